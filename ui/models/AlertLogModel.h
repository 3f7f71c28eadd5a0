#pragma once

#include "execution/EngineSnapshot.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <array>
#include <deque>

namespace axion {

// The in-app alert log: every EngineEvent, newest first, capped (the journal keeps everything).
// Batches are inserted with one beginInsertRows so a burst costs one view update.
class AlertLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, TickerColumn, TextColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(EngineEvent::Kind)
        KindKeyRole,                 // toString(kind): "fill", "stop", ... (for filtering)
        TimeMsRole                   // qint64 engine time
    };

    static constexpr int kDefaultCapacity = 5000;

    explicit AlertLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Events in engine order (oldest first), as the engine publishes them.
    void addEvents(const QList<axion::EngineEvent>& events);
    void clear();

    // Row 0 is the newest.
    const EngineEvent& eventAt(int row) const { return m_events.at(static_cast<size_t>(row)); }

    int capacity() const { return m_capacity; }
    // Drops the oldest rows beyond the new capacity at once. At least 1.
    void setCapacity(int capacity);

    // "Fill", "Stop hit", ... as a trader reads them.
    static QString kindName(EngineEvent::Kind kind);
    // The kind's colour: icons, the kind column, tray summaries.
    static QColor kindColor(EngineEvent::Kind kind);
    static constexpr int kKindCount = static_cast<int>(EngineEvent::Kind::Info) + 1;

private:
    void trimTo(int rows);

    std::deque<EngineEvent> m_events; // newest first
    int m_capacity = kDefaultCapacity;
    std::array<QIcon, kKindCount> m_icons;
};

} // namespace axion
