#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <optional>

struct zip; // libzip's archive handle; kept out of this header so users need not see zip.h

namespace axion {

// A read-only zip archive (libzip underneath). Small on purpose: market data zips (Lean) hold one
// CSV each, so the job is "list the entries, read one whole entry into memory".
//
// libzip verifies each entry's CRC-32 while reading, so a truncated or bit-flipped archive is an
// error here rather than a silently shortened CSV downstream.
class ZipArchive {
public:
    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ZipArchive(ZipArchive&& other) noexcept;
    ZipArchive& operator=(ZipArchive&& other) noexcept;

    // Opens `path` and checks the central directory for consistency. On failure returns false and
    // sets *error (when not null) to a sentence naming the file.
    bool open(const QString& path, QString* error);
    bool isOpen() const { return m_zip != nullptr; }
    void close();

    int entryCount() const;
    QString entryName(int index) const;

    // The whole uncompressed entry. Entries larger than maxBytes are refused (a zip bomb, or not
    // the kind of file the caller expects) before anything is inflated.
    std::optional<QByteArray> read(int index, QString* error,
                                   qint64 maxBytes = qint64(512) * 1024 * 1024) const;

private:
    zip* m_zip = nullptr;
    QString m_path;
};

} // namespace axion
