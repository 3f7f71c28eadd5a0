#include "models/SignalsModel.h"

#include "format/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace axion {

SignalsModel::SignalsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int SignalsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SignalsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignalActivity& a = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return display::nyTime(a.timeMs);
        case SourceColumn:
            return sourceName(a.source);
        case TickerColumn:
            return a.ticker;
        case TypeColumn:
            return a.signalType;
        case DirectionColumn:
            return a.direction;
        case ConvictionColumn:
            return a.conviction >= 0 ? QVariant(a.conviction) : QVariant();
        case DecisionColumn:
            return decisionName(a.decision);
        case ReasonColumn:
            // The code is what the journal and the API say; the text explains it.
            if (a.decision == SignalActivity::Decision::Approved ||
                a.decision == SignalActivity::Decision::ExitHint || a.code.isEmpty())
                return a.reason;
            return a.reason.isEmpty() || a.reason == a.code
                       ? a.code
                       : a.code + QStringLiteral(": ") + a.reason;
        case SignalIdColumn:
            return a.signalId;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConvictionColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn) {
            switch (a.decision) {
            case SignalActivity::Decision::Approved:
                return QBrush(QColor(0x1b, 0x8a, 0x3c));
            case SignalActivity::Decision::Rejected:
                return QBrush(QColor(0xd8, 0x43, 0x15));
            case SignalActivity::Decision::Refused:
                return QBrush(QColor(0xc6, 0x28, 0x28));
            case SignalActivity::Decision::ExitHint:
                return QBrush(QColor(0x61, 0x61, 0x61));
            }
        }
        break;
    case Qt::FontRole:
        if (index.column() == DecisionColumn ||
            (index.column() == TickerColumn && !a.ticker.isEmpty())) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 New York, %2\nSignal id: %3\n%4: %5")
            .arg(display::nyDateTime(a.timeMs), sourceName(a.source),
                 a.signalId.isEmpty() ? tr("(none)") : a.signalId, a.code, a.reason);
    case DecisionRole:
        return int(a.decision);
    case SourceKeyRole:
        return a.source;
    case CodeRole:
        return a.code;
    case TimeMsRole:
        return a.timeMs;
    default:
        break;
    }
    return {};
}

QVariant SignalsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (NY)");
    case SourceColumn:
        return tr("Source");
    case TickerColumn:
        return tr("Ticker");
    case TypeColumn:
        return tr("Signal");
    case DirectionColumn:
        return tr("Direction");
    case ConvictionColumn:
        return tr("Conviction");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case SignalIdColumn:
        return tr("Signal id");
    }
    return {};
}

void SignalsModel::addActivity(const QList<SignalActivity>& activity) {
    if (activity.isEmpty())
        return;
    for (const SignalActivity& a : activity) {
        ++m_totals.received;
        m_totals.approved += a.decision == SignalActivity::Decision::Approved;
        m_totals.rejected += a.decision == SignalActivity::Decision::Rejected;
        m_totals.refused += a.decision == SignalActivity::Decision::Refused;
        m_totals.external += a.source != QLatin1String(Signal::kBuiltIn);
    }
    const qsizetype take = std::min<qsizetype>(activity.size(), m_capacity);
    const qsizetype first = activity.size() - take;
    trimTo(m_capacity - int(take));
    beginInsertRows({}, 0, int(take) - 1);
    for (qsizetype i = first; i < activity.size(); ++i)
        m_rows.push_front(activity.at(i)); // the batch's last decision ends up on top
    endInsertRows();
    Q_EMIT totalsChanged();
}

void SignalsModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_totals = {};
    Q_EMIT totalsChanged();
}

void SignalsModel::setCapacity(int capacity) {
    m_capacity = std::max(1, capacity);
    trimTo(m_capacity);
}

void SignalsModel::trimTo(int rows) {
    const int count = int(m_rows.size());
    rows = std::max(0, rows);
    if (count <= rows)
        return;
    beginRemoveRows({}, rows, count - 1);
    m_rows.erase(m_rows.begin() + rows, m_rows.end());
    endRemoveRows();
}

QString SignalsModel::decisionName(SignalActivity::Decision decision) {
    switch (decision) {
    case SignalActivity::Decision::Approved:
        return tr("Approved");
    case SignalActivity::Decision::Rejected:
        return tr("Rejected");
    case SignalActivity::Decision::Refused:
        return tr("Refused at intake");
    case SignalActivity::Decision::ExitHint:
        return tr("Exit hint");
    }
    return {};
}

QString SignalsModel::sourceName(const QString& source) {
    if (source == QLatin1String(Signal::kBuiltIn))
        return tr("Built-in engine");
    if (source == QLatin1String(Signal::kHttp))
        return tr("HTTP");
    if (source == QLatin1String(Signal::kWebSocket))
        return tr("WebSocket");
    return source; // ema_signals: the table's own name
}

} // namespace axion
