#pragma once

// Small helpers shared by the test suites.

#include "core/Money.h"

#include <QTest>

namespace axion::test {

// A price from a literal written in the test, e.g. px("187.42"). A typo fails loudly.
inline Price px(const char* text) {
    const auto p = Price::parse(QString::fromLatin1(text));
    if (!p)
        qFatal("bad price literal in test: %s", text);
    return *p;
}

inline Money usd(const char* text) {
    const auto m = Money::parse(QString::fromLatin1(text));
    if (!m)
        qFatal("bad money literal in test: %s", text);
    return *m;
}

} // namespace axion::test

// QCOMPARE cannot print the project's enums (their toString() returns QString, which hides
// QTest's own printer), so enums are compared by name.
#define COMPARE_NAMED(actual, expected) QCOMPARE(toString(actual), toString(expected))
