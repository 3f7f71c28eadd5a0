#include "execution/PositionManager.h"

namespace axion {

namespace {

// cost x part / whole, rounded half away from zero, without forming cost x part (which could
// overflow for a large position). cost >= 0, 0 < part < whole.
Money proportionalCost(Money cost, Quantity part, Quantity whole) {
    const qint64 units = cost.units();
    const qint64 q = units / whole;
    const qint64 r = units % whole; // r x part < whole x part: small
    return Money::fromUnits(q * part + (2 * r * part + whole) / (2 * whole));
}

OrderSide openingSide(Direction d) {
    return d == Direction::Long ? OrderSide::Buy : OrderSide::Sell;
}

FillOutcome rejected(const QString& error) {
    FillOutcome out;
    out.kind = FillOutcome::Rejected;
    out.error = error;
    return out;
}

QString describe(const Fill& fill) {
    return QStringLiteral("%1 %2 %3 @ %4 (execution %5)")
        .arg(toString(fill.side), QString::number(fill.quantity), fill.ticker,
             fill.price.toString(), fill.executionId);
}

} // namespace

FillOutcome PositionManager::apply(const Fill& fill, Direction direction,
                                   const Position& openingTemplate) {
    if (fill.executionId.isEmpty())
        return rejected(QStringLiteral("fill has no execution id, so it cannot be deduplicated"));
    if (fill.ticker.isEmpty())
        return rejected(QStringLiteral("fill has no ticker"));
    if (fill.quantity <= 0)
        return rejected(QStringLiteral("fill quantity must be positive: %1").arg(describe(fill)));
    if (!fill.price.isPositive())
        return rejected(QStringLiteral("fill price must be positive: %1").arg(describe(fill)));

    const auto it = m_open.find(fill.ticker);
    if (!m_seenExecutions.insert(fill.broker, fill.executionId)) {
        FillOutcome out;
        out.kind = FillOutcome::Duplicate;
        if (it != m_open.end()) {
            const Book& book = slot(*it)->book;
            out.position = book.position;
            out.tradeEntryCost = book.entryCost;
        }
        return out;
    }

    // The execution counts as seen from here on; a refusal below gives its id back.
    const auto refuse = [&](const QString& why) {
        m_seenExecutions.remove(fill.broker, fill.executionId);
        return rejected(why);
    };
    const Money value = fill.price * fill.quantity;

    if (it == m_open.end()) {
        if (fill.side != openingSide(direction)) {
            return refuse(
                QStringLiteral("overfill: %1 but no %2 position is open; not opening a reversed "
                               "position")
                    .arg(describe(fill), toString(opposite(direction))));
        }
        Book book;
        Position& p = book.position;
        p = openingTemplate;
        p.ticker = fill.ticker;
        p.direction = direction;
        p.shares = fill.quantity;
        p.averageEntry = fill.price;
        p.lastPrice = fill.price;
        p.entryTimeMs = fill.brokerTimeMs != 0 ? fill.brokerTimeMs : fill.receivedTimeMs;
        if (!fill.broker.isEmpty())
            p.broker = fill.broker;
        p.realizedPnl = Money();
        book.openCost = value;
        book.entryCost = value;
        const int h = handle(fill.ticker);
        Slot& s = *slot(h);
        s.book = std::move(book);
        s.open = true;
        m_open.insert(fill.ticker, h);

        FillOutcome out;
        out.kind = FillOutcome::Opened;
        out.position = s.book.position;
        out.tradeEntryCost = s.book.entryCost;
        return out;
    }

    Book& book = slot(*it)->book;
    Position& p = book.position;
    if (!fill.broker.isEmpty() && !p.broker.isEmpty() && fill.broker != p.broker) {
        return refuse(QStringLiteral("%1 reported by %2, but the %3 position lives at %4")
                          .arg(describe(fill), fill.broker, fill.ticker, p.broker));
    }

    FillOutcome out;
    if (fill.side == openingSide(p.direction)) {
        book.openCost += value;
        book.entryCost += value;
        p.shares += fill.quantity;
        p.averageEntry = averagePrice(book.openCost, p.shares);
        out.kind = FillOutcome::Increased;
    } else {
        if (fill.quantity > p.shares) {
            return refuse(
                QStringLiteral("overfill: %1 exceeds the %2 open %3 shares; not "
                               "opening a reversed position")
                    .arg(describe(fill), QString::number(p.shares), toString(p.direction)));
        }
        // The last exit takes whatever cost is left, so the round trip sums exactly.
        const Money removed = fill.quantity == p.shares
                                  ? book.openCost
                                  : proportionalCost(book.openCost, fill.quantity, p.shares);
        const Money realized = (value - removed) * qint64{sign(p.direction)};
        book.openCost -= removed;
        p.shares -= fill.quantity;
        p.realizedPnl += realized;
        m_realizedPnl += realized;
        out.realizedPnl = realized;
        if (p.shares == 0) {
            out.kind = FillOutcome::Closed;
        } else {
            p.averageEntry = averagePrice(book.openCost, p.shares);
            out.kind = FillOutcome::Reduced;
        }
    }
    out.position = p;
    out.tradeEntryCost = book.entryCost;
    if (out.kind == FillOutcome::Closed) {
        slot(*it)->open = false;
        m_open.erase(it); // its realized P&L stays in m_realizedPnl
    }
    return out;
}

PositionManager::PositionManager(const PositionManager& other)
    : m_handles(other.m_handles)
    , m_open(other.m_open)
    , m_seenExecutions(other.m_seenExecutions)
    , m_realizedPnl(other.m_realizedPnl) {
    m_slots.reserve(other.m_slots.size());
    for (const auto& s : other.m_slots)
        m_slots.push_back(std::make_unique<Slot>(*s));
}

PositionManager& PositionManager::operator=(const PositionManager& other) {
    if (this != &other)
        *this = PositionManager(other);
    return *this;
}

PositionManager::Slot* PositionManager::slot(int handle) {
    return handle >= 0 && std::size_t(handle) < m_slots.size() ? m_slots[std::size_t(handle)].get()
                                                               : nullptr;
}

const PositionManager::Slot* PositionManager::slot(int handle) const {
    return handle >= 0 && std::size_t(handle) < m_slots.size() ? m_slots[std::size_t(handle)].get()
                                                               : nullptr;
}

int PositionManager::handle(const QString& ticker) {
    const auto it = m_handles.constFind(ticker);
    if (it != m_handles.cend())
        return *it;
    const int h = static_cast<int>(m_slots.size());
    m_slots.push_back(std::make_unique<Slot>(Slot{ticker, Book{}, false}));
    m_handles.insert(ticker, h);
    return h;
}

const Position* PositionManager::position(int handle) const {
    const Slot* s = slot(handle);
    return s && s->open ? &s->book.position : nullptr;
}

const Position* PositionManager::markPrice(int handle, Price last) {
    Slot* s = slot(handle);
    if (!s || !s->open)
        return nullptr;
    s->book.position.lastPrice = last;
    return &s->book.position;
}

const Position* PositionManager::position(const QString& ticker) const {
    const auto it = m_open.constFind(ticker);
    return it == m_open.cend() ? nullptr : &slot(*it)->book.position;
}

QList<Position> PositionManager::positions() const {
    QList<Position> out;
    positionsInto(out);
    return out;
}

void PositionManager::positionsInto(QList<Position>& out) const {
    out.clear(); // keeps the capacity of an unshared list
    out.reserve(m_open.size());
    for (const int h : m_open) // in ticker order
        out.append(slot(h)->book.position);
}

Money PositionManager::openCost(const QString& ticker) const {
    const auto it = m_open.constFind(ticker);
    return it == m_open.cend() ? Money() : slot(*it)->book.openCost;
}

const Position* PositionManager::markPrice(const QString& ticker, Price last) {
    const auto it = m_open.constFind(ticker);
    return it == m_open.cend() ? nullptr : markPrice(*it, last);
}

bool PositionManager::setStop(const QString& ticker, Price stop) {
    const auto it = m_open.constFind(ticker);
    if (it == m_open.cend())
        return false;
    slot(*it)->book.position.stopLoss = stop;
    return true;
}

Money PositionManager::unrealizedPnl() const {
    Money total;
    for (const int h : m_open) {
        const Book& b = slot(h)->book;
        total += (b.position.lastPrice * b.position.shares - b.openCost) *
                 qint64{sign(b.position.direction)};
    }
    return total;
}

} // namespace axion
