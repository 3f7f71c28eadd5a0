#include "format/DisplayFormat.h"

#include "market/MarketCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace axion::display {

namespace {

// Groups the integer part of a plain decimal string ("1234567.89" -> "1,234,567.89").
QString grouped(const QString& plain) {
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot);
    QString out;
    out.reserve(whole.size() + whole.size() / 3 + fraction.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            out += QLatin1Char(',');
        out += whole.at(i);
    }
    return out + fraction;
}

// Two decimals, rounded half away from zero, of a value in 1/10,000 units.
QString twoDecimals(qint64 unitsAbs) {
    const qint64 cents = (unitsAbs + 50) / 100;
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

QString money(Money value) {
    const qint64 u = value.units();
    const QString body = QLatin1Char('$') + grouped(twoDecimals(u < 0 ? -u : u));
    return u < 0 && (-u + 50) / 100 != 0 ? QLatin1Char('-') + body : body;
}

QString signedMoney(Money value) {
    const QString m = money(value);
    return value.units() >= 50 ? QLatin1Char('+') + m : m;
}

QString price(Price value) {
    const qint64 u = value.units();
    const qint64 a = u < 0 ? -u : u;
    if (a < 10'000)
        return value.toString(4);
    return (u < 0 ? QStringLiteral("-") : QString()) + grouped(twoDecimals(a));
}

QString shares(Quantity value) {
    return grouped(QString::number(value < 0 ? -value : value))
        .prepend(value < 0 ? QStringLiteral("-") : QString());
}

QString percent(double fraction, int decimals, bool showSign) {
    const double pct = fraction * 100.0;
    const QString body = QString::number(pct, 'f', decimals) + QStringLiteral(" %");
    return showSign && pct > 0.0 ? QLatin1Char('+') + body : body;
}

QString rMultiple(double r) {
    return (r > 0.0 ? QStringLiteral("+") : QString()) + QString::number(r, 'f', 1) +
           QLatin1Char('R');
}

QString nyTime(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork())
        .toString(QStringLiteral("HH:mm:ss"));
}

QString nyDateTime(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, MarketCalendar::newYork())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString duration(qint64 ms) {
    const qint64 s = ms < 0 ? 0 : ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

QString tradeTypeLabel(TradeType type) {
    switch (type) {
    case TradeType::Day:
        return QCoreApplication::translate("display", "Day");
    case TradeType::Swing:
        return QCoreApplication::translate("display", "Swing");
    case TradeType::Scalp:
        return QCoreApplication::translate("display", "Scalp");
    }
    return {};
}

QColor pnlColor(double value) {
    if (value > 0.0)
        return QColor(0x1b, 0x8a, 0x3c);
    if (value < 0.0)
        return QColor(0xc6, 0x28, 0x28);
    return QGuiApplication::palette().color(QPalette::Text);
}

QColor pnlColor(Money value) {
    return pnlColor(static_cast<double>(value.units()));
}

QColor orderStateColor(OrderState state) {
    switch (state) {
    case OrderState::New:
    case OrderState::Submitting:
    case OrderState::Accepted:
    case OrderState::CancelPending:
        return QColor(0xe3, 0xf0, 0xfc);
    case OrderState::PartiallyFilled:
        return QColor(0xff, 0xf3, 0xd6);
    case OrderState::Filled:
        return QColor(0xe4, 0xf5, 0xe6);
    case OrderState::Cancelled:
    case OrderState::Expired:
        return QColor(0xee, 0xee, 0xee);
    case OrderState::Rejected:
    case OrderState::Unknown:
        return QColor(0xfd, 0xe2, 0xe2);
    }
    return {};
}

} // namespace axion::display
