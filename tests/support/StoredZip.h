#pragma once

#include <QByteArray>
#include <QList>
#include <array>
#include <utility>

namespace axion::test {

// Zip archives written by hand, for tests that need Lean-shaped zips (one CSV inside) with any
// content, valid or not, without a zip library in the test.

// CRC-32 (IEEE, as zip uses).
inline quint32 crc32(const QByteArray& data) {
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

inline void le16(QByteArray& out, quint32 v) {
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}
inline void le32(QByteArray& out, quint32 v) {
    le16(out, v & 0xFFFF);
    le16(out, v >> 16);
}

// A zip with "stored" (uncompressed) entries: enough to put any CSV we like inside a Lean-shaped
// zip, so the Lean parser's paths (good and bad) can be tested.
inline QByteArray storedZip(const QList<std::pair<QByteArray, QByteArray>>& entries) {
    QByteArray out;
    QByteArray central;
    for (const auto& [name, data] : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);    // flags
        le16(out, 0);    // stored
        le16(out, 0);    // time
        le16(out, 0x21); // 1980-01-01
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint32(name.size()));
        le16(out, 0);
        out += name;
        out += data;

        le32(central, 0x02014b50);
        le16(central, 20);
        le16(central, 20);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0);
        le16(central, 0x21);
        le32(central, crc);
        le32(central, quint32(data.size()));
        le32(central, quint32(data.size()));
        le16(central, quint32(name.size()));
        le16(central, 0); // extra
        le16(central, 0); // comment
        le16(central, 0); // disk
        le16(central, 0); // internal attributes
        le32(central, 0); // external attributes
        le32(central, offset);
        central += name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint32(entries.size()));
    le16(out, quint32(entries.size()));
    le32(out, quint32(central.size()));
    le32(out, centralOffset);
    le16(out, 0);
    return out;
}

} // namespace axion::test
