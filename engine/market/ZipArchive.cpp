#include "market/ZipArchive.h"

#include <QFile>
#include <QFileInfo>
#include <limits>
#include <memory>
#include <utility>
#include <zip.h>

namespace axion {

namespace {

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

QString libzipMessage(zip_error_t* err) {
    return QString::fromLocal8Bit(zip_error_strerror(err));
}

QString libzipMessage(int code) {
    zip_error_t err;
    zip_error_init_with_code(&err, code);
    const QString message = libzipMessage(&err);
    zip_error_fini(&err);
    return message;
}

// zip_file_t closed on every path out of read().
struct ZipFileCloser {
    void operator()(zip_file_t* f) const {
        if (f)
            zip_fclose(f);
    }
};

} // namespace

ZipArchive::~ZipArchive() {
    close();
}

ZipArchive::ZipArchive(ZipArchive&& other) noexcept
    : m_zip(std::exchange(other.m_zip, nullptr))
    , m_path(std::move(other.m_path)) {}

ZipArchive& ZipArchive::operator=(ZipArchive&& other) noexcept {
    if (this != &other) {
        close();
        m_zip = std::exchange(other.m_zip, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void ZipArchive::close() {
    // Read-only: discard, never write anything back.
    if (m_zip)
        zip_discard(m_zip);
    m_zip = nullptr;
}

bool ZipArchive::open(const QString& path, QString* error) {
    close();
    m_path = path;
    // libzip's own messages ("No such file") do not say which file or why it matters; check the
    // common cases first so that the user reads one clear sentence.
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, path + QStringLiteral(": file not found"));
        return false;
    }
    if (!info.isFile()) {
        setError(error, path + QStringLiteral(": not a regular file"));
        return false;
    }
    if (info.size() == 0) {
        setError(error, path + QStringLiteral(": the file is empty (0 bytes), not a zip archive"));
        return false;
    }
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        setError(error, path + QStringLiteral(": not a readable zip archive (") +
                            libzipMessage(code) + u')');
        return false;
    }
    return true;
}

int ZipArchive::entryCount() const {
    if (!m_zip)
        return 0;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    return n < 0 ? 0 : int(qMin<zip_int64_t>(n, std::numeric_limits<int>::max()));
}

QString ZipArchive::entryName(int index) const {
    if (!m_zip || index < 0 || index >= entryCount())
        return {};
    const char* name = zip_get_name(m_zip, zip_uint64_t(index), ZIP_FL_ENC_GUESS);
    return name ? QString::fromUtf8(name) : QString();
}

std::optional<QByteArray> ZipArchive::read(int index, QString* error, qint64 maxBytes) const {
    if (!m_zip || index < 0 || index >= entryCount()) {
        setError(error, m_path + QStringLiteral(": no zip entry number ") + QString::number(index));
        return std::nullopt;
    }
    const QString where = m_path + QStringLiteral(" (") + entryName(index) + QStringLiteral(")");
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        setError(error, where + QStringLiteral(": cannot read the entry's size (") +
                            libzipMessage(zip_get_error(m_zip)) + u')');
        return std::nullopt;
    }
    if (st.size > quint64(maxBytes)) {
        setError(error, where + QStringLiteral(": the entry is ") + QString::number(st.size) +
                            QStringLiteral(" bytes uncompressed, more than the limit of ") +
                            QString::number(maxBytes));
        return std::nullopt;
    }
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(m_zip, zip_uint64_t(index), 0));
    if (!file) {
        setError(error, where + QStringLiteral(": cannot open the entry (") +
                            libzipMessage(zip_get_error(m_zip)) + u')');
        return std::nullopt;
    }
    // One byte of slack: a stream longer than the directory says is corruption, and reading up to
    // the end (a read that returns 0) is what makes libzip check the CRC.
    QByteArray data(qsizetype(st.size) + 1, Qt::Uninitialized);
    qint64 filled = 0;
    for (;;) {
        const zip_int64_t n =
            zip_fread(file.get(), data.data() + filled, zip_uint64_t(data.size() - filled));
        if (n < 0) {
            setError(error, where + QStringLiteral(": corrupt data (") +
                                libzipMessage(zip_file_get_error(file.get())) + u')');
            return std::nullopt;
        }
        if (n == 0)
            break;
        filled += n;
        if (filled > qint64(st.size)) {
            setError(error, where + QStringLiteral(": the entry is longer than its directory "
                                                   "record says (corrupt archive)"));
            return std::nullopt;
        }
    }
    if (filled != qint64(st.size)) {
        setError(error, where + QStringLiteral(": the entry ends after ") +
                            QString::number(filled) + QStringLiteral(" of ") +
                            QString::number(st.size) + QStringLiteral(" bytes (corrupt archive)"));
        return std::nullopt;
    }
    data.truncate(filled);
    return data;
}

} // namespace axion
