#pragma once

// The golden EMA file of shared/data/reference (SOURCES.md §3): 2,340 SPY regular-session minute
// bars with EMAs computed by TA-Lib, pandas, backtrader and R TTR.

#include "TestPaths.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <limits>
#include <vector>

namespace axion::test {

inline const QString kGoldenEmaPath =
    QStringLiteral(AXION_SHARED_DIR "/data/reference/ema_spy_1m_rth_20131004_20131011.csv");
inline constexpr double kGoldenTolerance = 1e-9; // the file's documented comparison tolerance

// Raw cells (to rebuild exact fixed-point bars) and cells as doubles (NaN for an empty,
// "not ready" cell). Column 0 is the datetime: its double column is all NaN.
struct GoldenEmaTable {
    QList<QByteArray> header;
    std::vector<QList<QByteArray>> cells;
    std::vector<std::vector<double>> columns;
    int rows = 0;

    int indexOf(const QByteArray& name) const { return int(header.indexOf(name)); }

    // Returns an error message, or an empty string on success.
    QString load() {
        QFile file(kGoldenEmaPath);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("golden EMA file missing or unreadable: %1 (%2)")
                .arg(kGoldenEmaPath, file.errorString());
        const QList<QByteArray> lines = file.readAll().split('\n');
        header = lines.first().trimmed().split(',');
        columns.assign(std::size_t(header.size()), {});
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            QList<QByteArray> row = line.split(',');
            if (row.size() != header.size())
                return QStringLiteral("golden EMA file line %1 has %2 cells, header has %3")
                    .arg(i + 1)
                    .arg(row.size())
                    .arg(header.size());
            columns[0].push_back(std::numeric_limits<double>::quiet_NaN());
            for (qsizetype c = 1; c < row.size(); ++c) {
                double v = std::numeric_limits<double>::quiet_NaN();
                if (!row[c].isEmpty()) {
                    bool ok = false;
                    v = row[c].toDouble(&ok);
                    if (!ok)
                        return QStringLiteral("golden EMA file line %1: bad number in column %2")
                            .arg(i + 1)
                            .arg(QString::fromLatin1(header[c]));
                }
                columns[std::size_t(c)].push_back(v);
            }
            cells.push_back(std::move(row));
            ++rows;
        }
        if (rows == 0)
            return QStringLiteral("golden EMA file has no data rows: %1").arg(kGoldenEmaPath);
        return {};
    }
};

} // namespace axion::test
