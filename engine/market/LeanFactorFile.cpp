#include "market/LeanFactorFile.h"

#include <QFile>
#include <QList>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace axion {

namespace {

void setError(QString* error, const QString& message) {
    if (error)
        *error = message;
}

QString quoted(const QByteArray& text) {
    constexpr qsizetype kMax = 40;
    const QString s = QString::fromUtf8(text.left(kMax));
    return u'"' + s + (text.size() > kMax ? QStringLiteral("...\"") : QStringLiteral("\""));
}

// A plain decimal (digits, one optional '.', no sign, no exponent): what Lean writes.
std::optional<double> parseFactor(const QByteArray& text) {
    if (text.isEmpty())
        return std::nullopt;
    int dots = 0;
    int digitCount = 0;
    for (const char c : text) {
        if (c == '.')
            ++dots;
        else if (c >= '0' && c <= '9')
            ++digitCount;
        else
            return std::nullopt;
    }
    if (dots > 1 || digitCount == 0)
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(QString::fromLatin1(text), &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<LeanFactorFile> LeanFactorFile::load(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, path + QStringLiteral(": cannot open (") + f.errorString() + u')');
        return std::nullopt;
    }
    // A factor file has a row per quarter at most: anything this large is not one.
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        setError(error, path + QStringLiteral(": larger than 16 MiB, not a Lean factor file"));
        return std::nullopt;
    }
    return parse(f.readAll(), path, error);
}

std::optional<LeanFactorFile> LeanFactorFile::parse(const QByteArray& text, const QString& name,
                                                    QString* error) {
    LeanFactorFile file;
    file.m_name = name;
    const auto fail = [&](qsizetype line, const QString& what) {
        setError(error, name + u':' + QString::number(line) + QStringLiteral(": ") + what);
        return std::nullopt;
    };
    QList<QByteArray> lines = text.split('\n');
    // Trailing newlines (or none: Lean's own files end without one) are fine; a blank line between
    // rows is not.
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        setError(error, name + QStringLiteral(": the factor file is empty (expected rows "
                                              "date,price_factor,split_factor,reference_price)"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype lineNo = i + 1;
        const QByteArray line = lines[i].trimmed(); // also drops the '\r' of CRLF files
        if (line.isEmpty())
            return fail(lineNo, QStringLiteral("empty line"));
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 3 && fields.size() != 4)
            return fail(lineNo, QStringLiteral("expected 4 columns (date,price_factor,"
                                               "split_factor,reference_price), found ") +
                                    QString::number(fields.size()));
        Row row;
        const QByteArray dateText = fields[0].trimmed();
        row.date = QDate::fromString(QString::fromLatin1(dateText), QStringLiteral("yyyyMMdd"));
        if (dateText.size() != 8 || !row.date.isValid())
            return fail(lineNo, QStringLiteral("date ") + quoted(dateText) +
                                    QStringLiteral(" is not YYYYMMDD"));
        const auto factor = [&](int column, const char* what, double* out) -> bool {
            const QByteArray t = fields[column].trimmed();
            const std::optional<double> v = parseFactor(t);
            if (!v || *v <= 0.0) {
                setError(error, name + u':' + QString::number(lineNo) + QStringLiteral(": ") +
                                    QString::fromLatin1(what) + u' ' + quoted(t) +
                                    QStringLiteral(" is not a positive decimal"));
                return false;
            }
            *out = *v;
            return true;
        };
        if (!factor(1, "price_factor", &row.priceFactor) ||
            !factor(2, "split_factor", &row.splitFactor))
            return std::nullopt;
        if (fields.size() == 4) {
            const QByteArray t = fields[3].trimmed();
            const std::optional<Price> ref =
                Price::parse(QString::fromLatin1(t), fixedpoint::Rounding::HalfAwayFromZero);
            if (!ref || ref->isNegative())
                return fail(lineNo, QStringLiteral("reference_price ") + quoted(t) +
                                        QStringLiteral(" is not a price"));
            row.referencePrice = *ref;
        }
        if (!file.m_rows.empty() && row.date <= file.m_rows.back().date)
            return fail(lineNo, QStringLiteral("date ") + row.date.toString(Qt::ISODate) +
                                    QStringLiteral(" is not after the row before (") +
                                    file.m_rows.back().date.toString(Qt::ISODate) + u')');
        file.m_rows.push_back(row);
    }
    return file;
}

LeanFactorFile::Factors LeanFactorFile::factorsOn(QDate date) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), date,
                                     [](const Row& r, QDate d) { return r.date < d; });
    if (it == m_rows.end())
        return {};
    return {it->priceFactor, it->splitFactor};
}

Bar LeanFactorFile::adjusted(const Bar& raw, const Factors& factors) {
    if (factors.isIdentity())
        return raw;
    const double scale = factors.priceScale();
    const auto adjust = [scale](Price p) {
        const Price a = p.scaled(scale);
        return a.isPositive() ? a : Price::fromUnits(1);
    };
    Bar b = raw;
    b.open = adjust(raw.open);
    b.high = adjust(raw.high);
    b.low = adjust(raw.low);
    b.close = adjust(raw.close);
    // Lean divides volume by the split factor (7x the shares after a 7:1 split), so that price x
    // volume, the traded value, stays about the same; dividends leave volume alone.
    b.volume =
        static_cast<qint64>(std::llround(static_cast<double>(raw.volume) / factors.splitFactor));
    return b;
}

} // namespace axion
