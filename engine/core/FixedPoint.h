#pragma once

#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace axion {

// Decimal text <-> integer ten-thousandths, shared by Price and Money.
namespace fixedpoint {

inline constexpr qint64 kScale = 10'000;
inline constexpr int kDecimals = 4;

enum class Rounding {
    Reject, // more than four decimals is an error: the value would not be exact
    HalfAwayFromZero
};

// Parses "-123.4567", "+0.5", ".25", "17" exactly. No exponents, no thousands separators,
// no surrounding text. Returns nullopt on anything else or on int64 overflow.
std::optional<qint64> parse(QStringView text, Rounding rounding = Rounding::Reject);

// Shortest exact text with at least `minDecimals` decimals: 1874200 -> "187.42".
QString format(qint64 units, int minDecimals = 2);

// Nearest representable value, for numbers that arrive as JSON doubles. nullopt for NaN/inf or
// values outside the int64 range.
std::optional<qint64> fromDouble(double value);

} // namespace fixedpoint

// CRTP base: a signed amount in 1/10,000 of a dollar. Derived types (Price, Money) stay distinct
// so that a price can never be added to an amount of money by accident.
template <typename Derived>
class FixedPoint {
public:
    constexpr FixedPoint() = default;

    static constexpr Derived fromUnits(qint64 units) {
        Derived d;
        d.m_units = units;
        return d;
    }
    static constexpr Derived fromWhole(qint64 dollars) {
        return fromUnits(dollars * fixedpoint::kScale);
    }
    static std::optional<Derived>
    parse(QStringView text, fixedpoint::Rounding rounding = fixedpoint::Rounding::Reject) {
        if (auto units = fixedpoint::parse(text, rounding))
            return fromUnits(*units);
        return std::nullopt;
    }
    static std::optional<Derived> fromDouble(double value) {
        if (auto units = fixedpoint::fromDouble(value))
            return fromUnits(*units);
        return std::nullopt;
    }

    constexpr qint64 units() const { return m_units; }
    constexpr double toDouble() const {
        return static_cast<double>(m_units) / static_cast<double>(fixedpoint::kScale);
    }
    QString toString(int minDecimals = 2) const { return fixedpoint::format(m_units, minDecimals); }

    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isPositive() const { return m_units > 0; }
    constexpr bool isNegative() const { return m_units < 0; }
    constexpr Derived abs() const { return fromUnits(m_units < 0 ? -m_units : m_units); }

    constexpr Derived operator-() const { return fromUnits(-m_units); }
    constexpr Derived operator+(Derived o) const { return fromUnits(m_units + o.m_units); }
    constexpr Derived operator-(Derived o) const { return fromUnits(m_units - o.m_units); }
    constexpr Derived& operator+=(Derived o) {
        m_units += o.m_units;
        return static_cast<Derived&>(*this);
    }
    constexpr Derived& operator-=(Derived o) {
        m_units -= o.m_units;
        return static_cast<Derived&>(*this);
    }
    // Multiplication is deliberately not defined here: Price x shares is Money (see Money.h),
    // and a price times a plain number is a `scaled()` ratio or a sign flip (`-price`).

    // Scaling by a ratio (a percentage limit, a slippage buffer) rounds half away from zero.
    Derived scaled(double ratio) const {
        const double v = static_cast<double>(m_units) * ratio;
        return fromUnits(static_cast<qint64>(v < 0 ? v - 0.5 : v + 0.5));
    }

    friend constexpr bool operator==(FixedPoint a, FixedPoint b) { return a.m_units == b.m_units; }
    friend constexpr auto operator<=>(FixedPoint a, FixedPoint b) {
        return a.m_units <=> b.m_units;
    }

private:
    qint64 m_units = 0;
};

} // namespace axion
