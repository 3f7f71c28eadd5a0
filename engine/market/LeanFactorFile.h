#pragma once

#include "market/Bar.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace axion {

// A QuantConnect Lean factor file (`<root>/factor_files/<sym>.csv`): the corporate actions
// (splits and dividends) of one equity, as the factors that turn raw prices into adjusted ones.
//
// Rows are `date,price_factor,split_factor[,reference_price]` (YYYYMMDD, decimals; Lean's
// older files have no reference price), dates strictly increasing. For a bar dated d the factors
// are those of the first row whose date is >= d (Lean's CorporateFactorProvider): a row's factors
// hold up to and including its date. Adjusted price = raw x price_factor x split_factor; Lean
// divides volume by split_factor. A date past the last row has no adjustment (factors 1 and 1);
// Lean's files end with 20501231,1,1 anyway.
//
// Pure parsing: no QObject, no I/O besides load(). A bad row gives "file:line: what".
class LeanFactorFile {
public:
    struct Row {
        QDate date;
        double priceFactor = 1.0; // dividends
        double splitFactor = 1.0; // splits: 1/7 before a 7:1 split, relative to today's shares
        Price referencePrice;     // the raw close the row was computed from (0 when not given)
        bool operator==(const Row&) const = default;
    };

    struct Factors {
        double priceFactor = 1.0;
        double splitFactor = 1.0;
        // What a raw price is multiplied by.
        double priceScale() const { return priceFactor * splitFactor; }
        bool isIdentity() const { return priceFactor == 1.0 && splitFactor == 1.0; }
    };

    // Reads and parses a file. nullopt with *error "path: why" or "path:line: why".
    static std::optional<LeanFactorFile> load(const QString& path, QString* error);
    // Parses text; `name` names it in messages.
    static std::optional<LeanFactorFile> parse(const QByteArray& text, const QString& name,
                                               QString* error);

    // The factors for a bar dated `date`: the first row whose date is >= date.
    Factors factorsOn(QDate date) const;
    // A raw bar of `date` adjusted: prices x priceScale() rounded half away from zero to
    // 1/10,000 (at least 1/10,000, so a price stays positive), volume / splitFactor rounded to
    // whole shares. Rounding is monotonic, so low <= open, close <= high still holds.
    static Bar adjusted(const Bar& raw, const Factors& factors);

    const std::vector<Row>& rows() const { return m_rows; }
    const QString& name() const { return m_name; }

private:
    QString m_name;
    std::vector<Row> m_rows;
};

} // namespace axion
