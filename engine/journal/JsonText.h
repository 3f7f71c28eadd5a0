#pragma once

#include "core/FixedPoint.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <optional>

namespace axion {

// Builds a JSON object as text, fields in the order written. Event payloads are written once per
// journal call, so this avoids QJsonObject's per-field allocations and QJsonDocument's CBOR walk
// (measured: a quarter of the cost of a batched fill; over half of a replay's journal time went
// into the QJsonObjects of the signals' cloud states). Keys are ASCII literals and need no
// escaping.
//
// Two kinds of values:
// - str() / real(): the journal's own payload format (money as decimal strings, see amount()).
// - qtStr() / qtNumber() and nested objects and arrays: exactly the bytes QJsonDocument::Compact
//   writes for the same QJsonValue, for the parts of a payload that were once serialized through
//   a QJsonObject (a signal's cloud states and engine metadata, a risk decision's adjustments):
//   their journal text must not change with the writer. A QJsonObject sorts its keys, so the
//   caller writes them in sorted order.
class JsonText {
public:
    // reserve: the expected length, so that the text grows without reallocating (a signal's
    // payload is some 2,000 characters; growing to it by doubling copies it several times).
    explicit JsonText(qsizetype reserve = 512) {
        m_text.reserve(reserve);
        m_text += u'{';
    }

    JsonText& str(QLatin1StringView key, QStringView value) {
        this->key(key);
        quote(value);
        return *this;
    }
    JsonText& num(QLatin1StringView key, qint64 value);
    // QString::number(value, 'g', QLocale::FloatingPointShortest); null for NaN and infinities.
    JsonText& real(QLatin1StringView key, double value);
    JsonText& boolean(QLatin1StringView key, bool value) {
        this->key(key);
        m_text += value ? QLatin1StringView("true") : QLatin1StringView("false");
        return *this;
    }
    JsonText& null(QLatin1StringView key) { return raw(key, u"null"); }
    // Money and prices as exact decimal strings.
    template <typename T>
    JsonText& amount(QLatin1StringView key, FixedPoint<T> value) {
        return str(key, value.toString());
    }
    template <typename T>
    JsonText& amount(QLatin1StringView key, const std::optional<T>& value) {
        if (value)
            return str(key, value->toString());
        return null(key);
    }
    // QJsonDocument(value).toJson(QJsonDocument::Compact).
    JsonText& object(QLatin1StringView key, const QJsonObject& value);
    // Already serialized JSON (an object or array).
    JsonText& raw(QLatin1StringView key, QStringView json) {
        this->key(key);
        m_text += json;
        return *this;
    }

    // As QJsonDocument writes QJsonValue(value): see appendQtString().
    JsonText& qtStr(QLatin1StringView key, QStringView value) {
        this->key(key);
        appendQtString(m_text, value);
        return *this;
    }
    // As QJsonDocument writes QJsonValue(value): see appendQtNumber().
    JsonText& qtNumber(QLatin1StringView key, double value) {
        this->key(key);
        appendQtNumber(m_text, value);
        return *this;
    }

    // Nesting: a member that is an object or an array, and the elements of an array (without a
    // key). Every begin has its end.
    JsonText& beginObject(QLatin1StringView key) {
        this->key(key);
        return open(u'{');
    }
    JsonText& beginObject() {
        element();
        return open(u'{');
    }
    JsonText& endObject() { return close(u'}'); }
    JsonText& beginArray(QLatin1StringView key) {
        this->key(key);
        return open(u'[');
    }
    JsonText& endArray() { return close(u']'); }
    JsonText& qtStrElement(QStringView value) {
        element();
        appendQtString(m_text, value);
        return *this;
    }

    QString finish() {
        m_text += u'}';
        return std::move(m_text);
    }

    // What QJsonDocument::Compact writes for QJsonValue(double value) (Qt 6): an integral value of
    // at most 2^53 in magnitude is stored as an integer and written as one ("25", "0" for -0.0);
    // NaN and infinities are null; anything else is QByteArray::number(value, 'g',
    // QLocale::FloatingPointShortest).
    static void appendQtNumber(QString& out, double value);
    // QByteArray::number(value, 'g', QLocale::FloatingPointShortest) for a finite value: the
    // shortest digits that read back as the value, in the shorter of the decimal and the
    // exponent form (the decimal one when they are equally long; the exponent with at least two
    // digits: "1e-05", "1e+16").
    static void appendShortest(QString& out, double value);
    // A string as QJsonDocument writes it: quotes, backslash escapes for '"', '\\', \b, \f, \n,
    // \r, \t, \u00xx for the other control characters, everything else as is. (Qt escapes a
    // lone surrogate too; the identifiers written with it have none.)
    static void appendQtString(QString& out, QStringView value);

private:
    void key(QLatin1StringView key) {
        if (m_comma)
            m_text += u',';
        m_text += u'"';
        m_text += key;
        m_text += QLatin1StringView("\":");
        m_comma = true;
    }
    void element() {
        if (m_comma)
            m_text += u',';
        m_comma = true;
    }
    JsonText& open(char16_t bracket) {
        m_text += bracket;
        m_comma = false;
        return *this;
    }
    JsonText& close(char16_t bracket) {
        m_text += bracket;
        m_comma = true;
        return *this;
    }
    void quote(QStringView value);

    QString m_text;
    bool m_comma = false; // a member or element precedes at this level
};

} // namespace axion
