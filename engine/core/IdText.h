#pragma once

#include <QString>
#include <QStringView>
#include <algorithm>

namespace axion {

// Ids built on the replay hot path (client order ids, broker order ids, execution ids) are
// written straight into a string sized once: one allocation and no temporaries, where a
// QStringBuilder chain with QString::number() makes two and copies twice.

inline int decimalDigits(quint64 n) {
    int digits = 1;
    while (n >= 10) {
        n /= 10;
        ++digits;
    }
    return digits;
}

// Writes `text` at `out` and returns the position after it.
inline QChar* writeText(QChar* out, QStringView text) {
    return std::copy(text.begin(), text.end(), out);
}

// Writes n in `digits` decimal digits (decimalDigits(n)) and returns the position after them.
inline QChar* writeDecimal(QChar* out, quint64 n, int digits) {
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QChar(char16_t(u'0' + n % 10));
        n /= 10;
    }
    return out + digits;
}

} // namespace axion
