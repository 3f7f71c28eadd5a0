#pragma once

#include <QString>

namespace axion {

// QString equality that answers a shared string (the same text buffer, as a feed passes its
// ticker again and again, or a broker's copy of our order's id) with a pointer check. Qt's
// operator== calls into the library for every comparison, even of a string with itself; the hot
// paths compare such strings once or twice per bar.
inline bool sameString(const QString& a, const QString& b) {
    if (a.constData() == b.constData() && a.size() == b.size())
        return true;
    return a == b;
}

} // namespace axion
