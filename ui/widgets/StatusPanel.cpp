#include "widgets/StatusPanel.h"

#include "format/DisplayFormat.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <limits>

namespace axion {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;

// Minutes are enough for a countdown in the status bar; seconds only in the last minute.
QString countdown(qint64 ms) {
    if (ms >= kHourMs || ms < kMinuteMs)
        return display::duration(ms);
    return StatusPanel::tr("%1m").arg(ms / kMinuteMs);
}

QString hhmm(qint64 utcMs) {
    return display::nyTime(utcMs).left(5);
}

// "Mon 09:30" for an open on another day, "09:30" for today's.
QString openText(const MarketCalendar& calendar, qint64 openMs, qint64 nowMs) {
    const QDate openDay = calendar.newYorkDate(openMs);
    if (openDay == calendar.newYorkDate(nowMs))
        return hhmm(openMs);
    return QLocale().dayName(openDay.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           hhmm(openMs);
}

QFrame* separator(QWidget* parent) {
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    line->setFixedHeight(16);
    return line;
}

const MarketCalendar& calendar() {
    static const MarketCalendar instance;
    return instance;
}

} // namespace

StatusPanel::StatusPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("statusPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    // Right-aligned even when the status bar gives the panel a stretch factor.
    layout->addStretch();

    m_brokers = addSection(QStringLiteral("brokers"));
    m_brokers->setTextFormat(Qt::RichText);
    m_marketDataSeparator = separator(this);
    layout->addWidget(m_marketDataSeparator);
    m_marketData = addSection(QStringLiteral("marketData"));
    m_marketData->setTextFormat(Qt::RichText);
    m_marketData->hide();
    m_marketDataSeparator->hide();
    layout->addWidget(separator(this));
    m_session = addSection(QStringLiteral("session"));
    layout->addWidget(separator(this));
    m_equity =
        addSection(QStringLiteral("equity"), tr("Equity %1").arg(QStringLiteral("$000,000.00")));
    m_dayPnl = addSection(
        QStringLiteral("dayPnl"),
        tr("Day %1 (%2)").arg(QStringLiteral("+$00,000.00"), QStringLiteral("+00.00 %")));
    layout->addWidget(separator(this));

    m_demo = new QLabel(tr("DEMO"), this);
    m_demo->setObjectName(QStringLiteral("demo"));
    m_demo->setStyleSheet(QStringLiteral("QLabel{background:#f9a825;color:#3e2723;font-weight:bold;"
                                         "border-radius:3px;padding:0px 5px}"));
    m_demo->setToolTip(tr("Demo mode: a replayed market with the paper broker, no real orders"));
    m_demo->hide();
    layout->addWidget(m_demo);
    m_clock = addSection(QStringLiteral("clock"), QStringLiteral("0000-00-00 00:00:00 ET"));

    m_brokers->setText(brokersText({}));
    m_session->setText(tr("Session unknown"));
    m_equity->setText(tr("Equity %1").arg(QStringLiteral("\u2014")));
    m_dayPnl->setText(tr("Day %1").arg(QStringLiteral("\u2014")));
    m_clock->setText(QStringLiteral("--:--:--"));
}

QLabel* StatusPanel::addSection(const QString& objectName, const QString& widthTemplate) {
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    // A fixed minimum width from a template keeps the panel from jittering as numbers tick.
    if (!widthTemplate.isEmpty())
        label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widthTemplate));
    layout()->addWidget(label);
    return label;
}

void StatusPanel::setSnapshot(const EngineSnapshot& s) {
    m_brokers->setText(brokersText(s.brokers));
    QStringList brokerTips;
    for (const BrokerView& b : s.brokers) {
        brokerTips << tr("%1: %2 (%3), %4, equity %5")
                          .arg(b.name, b.connected ? tr("connected") : tr("disconnected"),
                               connectivityText(b.connectivity),
                               b.live ? tr("live account") : tr("paper account"),
                               display::money(b.equity));
    }
    m_brokers->setToolTip(brokerTips.join(QLatin1Char('\n')));
    m_marketData->setText(marketDataText(s.marketData));
    m_marketData->setToolTip(s.marketData ? tr("Market data %1: %2 (%3)")
                                                .arg(s.marketData->name,
                                                     s.marketData->streaming
                                                         ? tr("live bars arrive")
                                                         : tr("no live bars: the exits wait"),
                                                     s.marketData->why)
                                          : QString());
    m_marketData->setVisible(s.marketData.has_value());
    m_marketDataSeparator->setVisible(s.marketData.has_value());

    m_session->setText(sessionText(s.session, s.nowMs));
    m_session->setToolTip(tr("NYSE: %1").arg(calendar().describe(s.nowMs)));

    m_equity->setText(tr("Equity %1").arg(display::money(s.equity)));
    m_equity->setToolTip(tr("Cash %1 \u00b7 buying power %2 \u00b7 unrealized %3")
                             .arg(display::money(s.cash), display::money(s.buyingPower),
                                  display::signedMoney(s.unrealizedPnl)));

    QString pnl = display::signedMoney(s.dayPnl);
    if (s.startOfDayEquity.isPositive()) {
        const double fraction =
            static_cast<double>(s.dayPnl.units()) / static_cast<double>(s.startOfDayEquity.units());
        pnl = tr("%1 (%2)").arg(pnl, display::percent(fraction, 2, true));
    }
    m_dayPnl->setText(tr("Day %1").arg(pnl));
    m_dayPnl->setToolTip(tr("Today's P&L against the start of day equity %1")
                             .arg(display::money(s.startOfDayEquity)));
    const QString style =
        QStringLiteral("QLabel{color:%1;font-weight:bold}").arg(display::pnlColor(s.dayPnl).name());
    if (style != m_pnlStyle) {
        m_pnlStyle = style;
        m_dayPnl->setStyleSheet(style);
    }

    m_demo->setVisible(s.demo);
    if (s.demo) {
        const QString speed = s.replaySpeed > 0.0
                                  ? tr("%1\u00d7").arg(QLocale().toString(s.replaySpeed, 'g', 4))
                                  : tr("paused");
        m_demo->setText(tr("DEMO %1").arg(speed));
        // A replay can be any day: the date matters as much as the time.
        m_clock->setText(
            tr("%1 %2 ET").arg(display::nyDateTime(s.nowMs).left(10), display::nyTime(s.nowMs)));
        m_clock->setToolTip(tr("Simulated New York time of the replayed market"));
    } else {
        m_clock->setText(tr("%1 ET").arg(display::nyTime(s.nowMs)));
        m_clock->setToolTip(
            tr("Engine clock, New York time (%1)").arg(display::nyDateTime(s.nowMs).left(10)));
    }
}

QString StatusPanel::sessionText(const MarketSessionView& session, qint64 nowMs) {
    if (session.open) {
        const QString left = countdown(session.msToClose);
        if (session.earlyClose)
            return tr("Early close %1 \u00b7 closes in %2").arg(hhmm(session.closeMs), left);
        return tr("Open \u00b7 closes in %1").arg(left);
    }
    if (session.tradingDay && nowMs < session.openMs) {
        if (session.earlyClose)
            return tr("Closed \u00b7 opens %1 \u00b7 early close %2")
                .arg(hhmm(session.openMs), hhmm(session.closeMs));
        return tr("Closed \u00b7 opens %1").arg(hhmm(session.openMs));
    }
    // After the close, or a day without a session: the next open comes from the calendar.
    const qint64 next = calendar().nextOpen(nowMs);
    const bool known = next != std::numeric_limits<qint64>::max();
    const QString opens = known ? openText(calendar(), next, nowMs) : QString();
    if (session.tradingDay)
        return known ? tr("Closed \u00b7 opens %1").arg(opens) : tr("Closed");
    if (calendar().isHoliday(calendar().newYorkDate(nowMs)))
        return known ? tr("Closed \u00b7 holiday \u00b7 opens %1").arg(opens)
                     : tr("Closed \u00b7 holiday");
    return known ? tr("Closed \u00b7 weekend \u00b7 opens %1").arg(opens)
                 : tr("Closed \u00b7 weekend");
}

QString StatusPanel::connectivityText(BrokerConnectivity c) {
    switch (c) {
    case BrokerConnectivity::Connecting:
        return tr("connecting");
    case BrokerConnectivity::Ready:
        return tr("ready");
    case BrokerConnectivity::Reconciling:
        return tr("reconciling");
    case BrokerConnectivity::Degraded:
        return tr("degraded");
    case BrokerConnectivity::Down:
        return tr("down");
    }
    return {};
}

QString StatusPanel::brokersText(const QList<BrokerView>& brokers) {
    if (brokers.isEmpty())
        return QStringLiteral("<span style=\"color:#9e9e9e\">\u25cf</span> ") + tr("no broker");
    const auto flagged = [](const QString& color, const QString& name,
                            const QString& word) -> QString {
        return QStringLiteral("<span style=\"color:%1\">\u25cf</span> ").arg(color) + name +
               QStringLiteral(" <span style=\"color:%1;font-weight:bold\">").arg(color) + word +
               QStringLiteral("</span>");
    };
    QStringList parts;
    for (const BrokerView& b : brokers) {
        const QString name = b.name.toHtmlEscaped();
        if (!b.connected || b.connectivity == BrokerConnectivity::Down) {
            parts << flagged(QStringLiteral("#c62828"), name,
                             b.connected ? connectivityText(b.connectivity) : tr("disconnected"));
        } else if (b.connectivity != BrokerConnectivity::Ready) {
            // Connecting, reconciling, degraded: exits go out, new entries wait.
            parts << flagged(QStringLiteral("#ef6c00"), name, connectivityText(b.connectivity));
        } else {
            parts << QStringLiteral("<span style=\"color:#2e7d32\">\u25cf</span> ") + name;
        }
    }
    return parts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;"));
}

QString StatusPanel::marketDataText(const std::optional<MarketDataView>& feed) {
    if (!feed)
        return {};
    const QString name = feed->name.toHtmlEscaped();
    if (feed->streaming)
        return QStringLiteral("<span style=\"color:#2e7d32\">\u25cf</span> ") + name;
    return QStringLiteral("<span style=\"color:#c62828\">\u25cf</span> ") + name +
           QStringLiteral(" <span style=\"color:#c62828;font-weight:bold\">") + tr("data down") +
           QStringLiteral("</span>");
}

QString StatusPanel::marketDataLabelText() const {
    return m_marketData->text();
}
QString StatusPanel::marketDataToolTip() const {
    return m_marketData->toolTip();
}

QString StatusPanel::brokersLabelText() const {
    return m_brokers->text();
}
QString StatusPanel::brokersToolTip() const {
    return m_brokers->toolTip();
}
QString StatusPanel::sessionLabelText() const {
    return m_session->text();
}
QString StatusPanel::equityLabelText() const {
    return m_equity->text();
}
QString StatusPanel::dayPnlLabelText() const {
    return m_dayPnl->text();
}
QString StatusPanel::clockLabelText() const {
    return m_clock->text();
}
bool StatusPanel::isDemoShown() const {
    return !m_demo->isHidden();
}

} // namespace axion
