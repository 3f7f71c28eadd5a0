#include "core/FixedPoint.h"

#include <cmath>
#include <limits>

namespace axion::fixedpoint {

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();

bool addDigit(qint64& acc, int digit) {
    if (acc > (kMax - digit) / 10)
        return false;
    acc = acc * 10 + digit;
    return true;
}

} // namespace

std::optional<qint64> parse(QStringView text, Rounding rounding) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    qint64 whole = 0;
    int wholeDigits = 0;
    while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
        if (!addDigit(whole, text[i].unicode() - u'0'))
            return std::nullopt;
        ++wholeDigits;
        ++i;
    }
    qint64 frac = 0;
    int fracDigits = 0;
    bool roundUp = false;
    if (i < n && text[i] == u'.') {
        ++i;
        int seen = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            const int digit = text[i].unicode() - u'0';
            if (seen < kDecimals) {
                frac = frac * 10 + digit;
                ++fracDigits;
            } else if (digit != 0) {
                if (rounding == Rounding::Reject)
                    return std::nullopt;
                if (seen == kDecimals && digit >= 5)
                    roundUp = true;
            }
            ++seen;
            ++i;
        }
        if (seen == 0 && wholeDigits == 0)
            return std::nullopt;
    }
    if (i != n || (wholeDigits == 0 && fracDigits == 0))
        return std::nullopt;
    for (int d = fracDigits; d < kDecimals; ++d)
        frac *= 10;
    const qint64 low = frac + (roundUp ? 1 : 0);
    if (whole > (kMax - low) / kScale)
        return std::nullopt;
    const qint64 units = whole * kScale + low;
    return negative ? -units : units;
}

QString format(qint64 units, int minDecimals) {
    const bool negative = units < 0;
    // Work in unsigned so that INT64_MIN formats too.
    const quint64 magnitude =
        negative ? 0 - static_cast<quint64>(units) : static_cast<quint64>(units);
    const quint64 whole = magnitude / kScale;
    quint64 frac = magnitude % kScale;
    int decimals = kDecimals;
    while (decimals > minDecimals && frac % 10 == 0) {
        frac /= 10;
        --decimals;
    }
    QString out;
    if (negative)
        out += u'-';
    out += QString::number(whole);
    if (decimals > 0)
        out += u'.' + QStringLiteral("%1").arg(frac, decimals, 10, QLatin1Char('0'));
    return out;
}

std::optional<qint64> fromDouble(double value) {
    if (!std::isfinite(value))
        return std::nullopt;
    const double scaled = std::round(value * static_cast<double>(kScale));
    if (scaled >= 9.2e18 || scaled <= -9.2e18)
        return std::nullopt;
    return static_cast<qint64>(scaled);
}

} // namespace axion::fixedpoint
