#include "models/AlertLogModel.h"

#include "format/DisplayFormat.h"

#include <QBrush>
#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace axion {

namespace {

QIcon kindIcon(const QColor& color) {
    constexpr int kSize = 16;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

AlertLogModel::AlertLogModel(QObject* parent)
    : QAbstractTableModel(parent) {
    for (int k = 0; k < kKindCount; ++k)
        m_icons[static_cast<size_t>(k)] = kindIcon(kindColor(static_cast<EngineEvent::Kind>(k)));
}

int AlertLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AlertLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EngineEvent& e = m_events[static_cast<size_t>(index.row())];
    const auto kind = static_cast<size_t>(e.kind);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return display::nyTime(e.timeMs);
        case KindColumn:
            return kindName(e.kind);
        case TickerColumn:
            return e.ticker;
        case TextColumn:
            return e.text;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == KindColumn && kind < m_icons.size())
            return m_icons[kind];
        break;
    case Qt::ForegroundRole:
        if (index.column() == KindColumn)
            return QBrush(kindColor(e.kind).darker(115));
        if (e.kind == EngineEvent::Kind::Info)
            return QBrush(QColor(0x61, 0x61, 0x61));
        break;
    case Qt::BackgroundRole:
        // Kill switch rows stand out in a long log; everything else stays plain to stay readable.
        if (e.kind == EngineEvent::Kind::KillSwitch)
            return QBrush(QColor(0xfd, 0xe2, 0xe2));
        break;
    case Qt::FontRole:
        if (e.kind == EngineEvent::Kind::KillSwitch ||
            (index.column() == TickerColumn && !e.ticker.isEmpty())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 %2 New York\n%3")
            .arg(display::nyDateTime(e.timeMs).left(10), display::nyTime(e.timeMs), e.text);
    case KindRole:
        return static_cast<int>(e.kind);
    case KindKeyRole:
        return toString(e.kind);
    case TimeMsRole:
        return e.timeMs;
    default:
        break;
    }
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (NY)");
    case KindColumn:
        return tr("Kind");
    case TickerColumn:
        return tr("Ticker");
    case TextColumn:
        return tr("Message");
    }
    return {};
}

void AlertLogModel::addEvents(const QList<EngineEvent>& events) {
    if (events.isEmpty())
        return;
    // Only the newest `capacity` of a huge batch can be shown anyway.
    const qsizetype take = std::min<qsizetype>(events.size(), m_capacity);
    const qsizetype first = events.size() - take;

    // Make room first, so the view never holds more than the cap.
    trimTo(m_capacity - static_cast<int>(take));

    beginInsertRows({}, 0, static_cast<int>(take) - 1);
    for (qsizetype i = first; i < events.size(); ++i)
        m_events.push_front(events.at(i)); // the batch's last event ends up on top
    endInsertRows();
}

void AlertLogModel::clear() {
    if (m_events.empty())
        return;
    beginResetModel();
    m_events.clear();
    endResetModel();
}

void AlertLogModel::setCapacity(int capacity) {
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void AlertLogModel::trimTo(int rows) {
    const int count = static_cast<int>(m_events.size());
    rows = std::max(0, rows);
    if (count <= rows)
        return;
    beginRemoveRows({}, rows, count - 1);
    m_events.erase(m_events.begin() + rows, m_events.end());
    endRemoveRows();
}

QString AlertLogModel::kindName(EngineEvent::Kind kind) {
    switch (kind) {
    case EngineEvent::Kind::Fill:
        return tr("Fill");
    case EngineEvent::Kind::StopHit:
        return tr("Stop hit");
    case EngineEvent::Kind::Exit:
        return tr("Exit");
    case EngineEvent::Kind::Rejection:
        return tr("Rejection");
    case EngineEvent::Kind::KillSwitch:
        return tr("Kill switch");
    case EngineEvent::Kind::Info:
        break;
    }
    return tr("Info");
}

QColor AlertLogModel::kindColor(EngineEvent::Kind kind) {
    switch (kind) {
    case EngineEvent::Kind::Fill:
        return QColor(0x1b, 0x8a, 0x3c); // green, like a gain
    case EngineEvent::Kind::StopHit:
        return QColor(0xe6, 0x7e, 0x00); // amber: a loss taken as planned
    case EngineEvent::Kind::Exit:
        return QColor(0x19, 0x76, 0xd2); // blue: neutral close
    case EngineEvent::Kind::Rejection:
        return QColor(0xd8, 0x43, 0x15); // deep orange: something was refused
    case EngineEvent::Kind::KillSwitch:
        return QColor(0xc6, 0x28, 0x28); // the kill switch's red
    case EngineEvent::Kind::Info:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace axion
