#pragma once

#include "signals/SignalActivity.h"

#include <QAbstractTableModel>
#include <QList>
#include <deque>

namespace axion {

// The Signals tab's rows: every signal received (built-in, HTTP, WebSocket, ema_signals) with
// what became of it, newest first, capped (the journal keeps everything). A batch is inserted
// with one beginInsertRows, so a burst of signals costs one view update.
class SignalsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        SourceColumn,
        TickerColumn,
        TypeColumn,
        DirectionColumn,
        ConvictionColumn,
        DecisionColumn,
        ReasonColumn,
        SignalIdColumn,
        ColumnCount
    };
    enum Role {
        DecisionRole = Qt::UserRole + 1, // int(SignalActivity::Decision)
        SourceKeyRole,                   // Signal::kBuiltIn, kHttp, ... (for filtering)
        CodeRole,                        // the reason code
        TimeMsRole
    };

    static constexpr int kDefaultCapacity = 5000;

    explicit SignalsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Decisions in engine order (oldest first), as the engine publishes them.
    void addActivity(const QList<axion::SignalActivity>& activity);
    void clear();

    // Row 0 is the newest.
    const SignalActivity& activityAt(int row) const { return m_rows.at(std::size_t(row)); }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);

    // Totals since the start, including rows that fell off the cap.
    struct Totals {
        qint64 received = 0;
        qint64 approved = 0;
        qint64 rejected = 0; // by the executor
        qint64 refused = 0;  // at intake
        qint64 external = 0; // not from the built-in engine
        bool operator==(const Totals&) const = default;
    };
    const Totals& totals() const { return m_totals; }

    // "Approved", "Rejected", "Refused at intake", "Exit hint" as a trader reads them.
    static QString decisionName(SignalActivity::Decision decision);
    // "Built-in engine", "HTTP", "WebSocket", "ema_signals".
    static QString sourceName(const QString& source);

Q_SIGNALS:
    void totalsChanged();

private:
    void trimTo(int rows);

    std::deque<SignalActivity> m_rows; // newest first
    int m_capacity = kDefaultCapacity;
    Totals m_totals;
};

} // namespace axion
