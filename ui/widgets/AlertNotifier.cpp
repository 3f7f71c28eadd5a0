#include "widgets/AlertNotifier.h"

#include "models/AlertLogModel.h"

#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

namespace axion {

namespace {

using Kind = EngineEvent::Kind;

// The order a summary lists the kinds in: what needs attention first.
constexpr std::array<Kind, AlertNotifier::kKindCount> kSummaryOrder = {
    Kind::KillSwitch, Kind::StopHit, Kind::Rejection, Kind::Exit, Kind::Fill, Kind::Info};

AlertNotifier::Severity severityOf(Kind kind) {
    switch (kind) {
    case Kind::KillSwitch:
        return AlertNotifier::Severity::Critical;
    case Kind::StopHit:
    case Kind::Rejection:
        return AlertNotifier::Severity::Warning;
    case Kind::Fill:
    case Kind::Exit:
    case Kind::Info:
        break;
    }
    return AlertNotifier::Severity::Information;
}

// "5 fills": spelled out per kind (English plurals without a translation file).
QString countText(Kind kind, int n) {
    switch (kind) {
    case Kind::Fill:
        return n == 1 ? AlertNotifier::tr("1 fill") : AlertNotifier::tr("%1 fills").arg(n);
    case Kind::StopHit:
        return n == 1 ? AlertNotifier::tr("1 stop hit") : AlertNotifier::tr("%1 stop hits").arg(n);
    case Kind::Exit:
        return n == 1 ? AlertNotifier::tr("1 exit") : AlertNotifier::tr("%1 exits").arg(n);
    case Kind::Rejection:
        return n == 1 ? AlertNotifier::tr("1 rejection")
                      : AlertNotifier::tr("%1 rejections").arg(n);
    case Kind::KillSwitch:
        return n == 1 ? AlertNotifier::tr("1 kill switch event")
                      : AlertNotifier::tr("%1 kill switch events").arg(n);
    case Kind::Info:
        break;
    }
    return n == 1 ? AlertNotifier::tr("1 message") : AlertNotifier::tr("%1 messages").arg(n);
}

QString eventLine(const EngineEvent& e) {
    return e.ticker.isEmpty() ? e.text : AlertNotifier::tr("%1: %2").arg(e.ticker, e.text);
}

QIcon fallbackTrayIcon() {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x15, 0x65, 0xc0));
    p.drawRoundedRect(QRectF(1, 1, 30, 30), 6, 6);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(20);
    p.setFont(f);
    p.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QStringLiteral("A"));
    return QIcon(pixmap);
}

} // namespace

void AlertNotifier::Burst::add(const EngineEvent& event) {
    const auto k = static_cast<size_t>(event.kind);
    if (k >= counts.size())
        return;
    ++counts[k];
    latest.append(event);
    if (latest.size() > kLatestKept)
        latest.removeFirst();
    if (event.kind == Kind::KillSwitch)
        killSwitch = event;
}

int AlertNotifier::Burst::total() const {
    int sum = 0;
    for (int c : counts)
        sum += c;
    return sum;
}

AlertNotifier::Decision AlertNotifier::decide(const Burst& pending, qint64 nowMs,
                                              std::optional<qint64> lastShownMs,
                                              qint64 minIntervalMs) {
    if (pending.isEmpty())
        return {};
    if (lastShownMs && nowMs - *lastShownMs < minIntervalMs)
        return {std::nullopt, *lastShownMs + minIntervalMs - nowMs};
    return {summarize(pending), 0};
}

AlertNotifier::Balloon AlertNotifier::summarize(const Burst& burst) {
    Balloon b;
    b.eventCount = burst.total();
    if (b.eventCount == 0)
        return b;

    for (Kind k : kSummaryOrder) {
        if (burst.count(k) > 0 && severityOf(k) > b.severity)
            b.severity = severityOf(k);
    }

    if (b.eventCount == 1) {
        const EngineEvent& e = burst.latest.constLast();
        const QString kind = AlertLogModel::kindName(e.kind);
        b.title = e.ticker.isEmpty() ? kind : tr("%1 \u00b7 %2").arg(kind, e.ticker);
        b.message = e.text;
        return b;
    }

    QStringList counts;
    for (Kind k : kSummaryOrder) {
        if (burst.count(k) > 0)
            counts << countText(k, burst.count(k));
    }
    const QString summary = counts.join(QStringLiteral(", "));

    QStringList lines;
    if (burst.killSwitch) {
        b.title = tr("Kill switch \u00b7 %1 alerts").arg(b.eventCount);
        lines << burst.killSwitch->text << summary;
    } else {
        b.title = tr("%1 alerts").arg(b.eventCount);
        lines << summary;
    }
    // The newest two lines, newest first, as a taste of what happened.
    for (qsizetype i = burst.latest.size() - 1, shown = 0; i >= 0 && shown < 2; --i) {
        const EngineEvent& e = burst.latest.at(i);
        if (burst.killSwitch && e.kind == Kind::KillSwitch && e.text == burst.killSwitch->text)
            continue; // already the first line
        lines << eventLine(e);
        ++shown;
    }
    if (b.eventCount > kLatestKept)
        lines << tr("See the alert log for all of them.");
    b.message = lines.join(QLatin1Char('\n'));
    return b;
}

AlertNotifier::AlertNotifier(QSystemTrayIcon* tray, QObject* parent)
    : QObject(parent)
    , m_tray(tray) {
    m_enabled.fill(true);
    m_enabled[static_cast<size_t>(Kind::Info)] = false; // the log has them; a balloon is too much
    m_clock.start();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AlertNotifier::onTimeout);

    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        QIcon icon = QGuiApplication::windowIcon();
        if (icon.isNull())
            icon = fallbackTrayIcon();
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        m_tray->show();
    }
}

void AlertNotifier::setKindEnabled(EngineEvent::Kind kind, bool enabled) {
    const auto k = static_cast<size_t>(kind);
    if (k < m_enabled.size())
        m_enabled[k] = enabled;
}

bool AlertNotifier::isKindEnabled(EngineEvent::Kind kind) const {
    const auto k = static_cast<size_t>(kind);
    return k < m_enabled.size() && m_enabled[k];
}

void AlertNotifier::setMinInterval(qint64 ms) {
    m_minIntervalMs = std::max<qint64>(0, ms);
}

void AlertNotifier::setPresenter(std::function<void(const Balloon&)> presenter) {
    m_presenter = std::move(presenter);
}

bool AlertNotifier::isActive() const {
    return m_presenter || (m_tray && QSystemTrayIcon::isSystemTrayAvailable());
}

void AlertNotifier::addEvents(const QList<EngineEvent>& events) {
    if (!isActive())
        return;
    bool added = false;
    for (const EngineEvent& e : events) {
        if (isKindEnabled(e.kind)) {
            m_pending.add(e);
            added = true;
        }
    }
    if (added)
        flush();
}

void AlertNotifier::onTimeout() {
    flush();
}

void AlertNotifier::flush() {
    const Decision d = decide(m_pending, m_clock.elapsed(), m_lastShownMs, m_minIntervalMs);
    if (d.balloon) {
        m_pending = {};
        m_lastShownMs = m_clock.elapsed();
        present(*d.balloon);
    } else if (d.waitMs > 0 && !m_timer->isActive()) {
        m_timer->start(static_cast<int>(d.waitMs));
    }
}

void AlertNotifier::present(const Balloon& balloon) {
    if (m_presenter) {
        m_presenter(balloon);
        return;
    }
    if (!m_tray)
        return;
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    int durationMs = 5000;
    switch (balloon.severity) {
    case Severity::Information:
        break;
    case Severity::Warning:
        icon = QSystemTrayIcon::Warning;
        break;
    case Severity::Critical:
        icon = QSystemTrayIcon::Critical;
        durationMs = 15000; // the kill switch: long enough to be seen on return to the desk
        break;
    }
    m_tray->showMessage(balloon.title, balloon.message, icon, durationMs);
}

} // namespace axion
