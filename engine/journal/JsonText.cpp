#include "journal/JsonText.h"

#include <QJsonDocument>
#include <charconv>
#include <cmath>

namespace axion {

namespace {

char16_t hexDigit(unsigned v) {
    return char16_t(v < 10 ? u'0' + v : u'a' + (v - 10));
}

void appendAscii(QString& out, const char* begin, const char* end) {
    out += QLatin1StringView(begin, end);
}

} // namespace

JsonText& JsonText::num(QLatin1StringView key, qint64 value) {
    this->key(key);
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    appendAscii(m_text, buf, r.ptr);
    return *this;
}

JsonText& JsonText::real(QLatin1StringView key, double value) {
    this->key(key);
    if (std::isfinite(value))
        appendShortest(m_text, value);
    else
        m_text += QLatin1StringView("null"); // JSON has no NaN or infinity
    return *this;
}

JsonText& JsonText::object(QLatin1StringView key, const QJsonObject& value) {
    this->key(key);
    m_text += QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    return *this;
}

void JsonText::appendQtNumber(QString& out, double value) {
    if (!std::isfinite(value)) {
        out += QLatin1StringView("null");
        return;
    }
    // QJsonValue(double) keeps an integral value up to 2^53 as an integer (more would add
    // precision the double does not have), and an integer is written with all its digits.
    constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
    if (std::abs(value) <= kMaxExactInteger && std::trunc(value) == value) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<qint64>(value));
        appendAscii(out, buf, r.ptr);
        return;
    }
    appendShortest(out, value);
}

void JsonText::appendShortest(QString& out, double value) {
    if (value == 0.0) {
        out += u'0'; // -0.0 too, as Qt writes it
        return;
    }
    // The shortest round-trip digits, as d.ddde±XX; then laid out the way Qt lays them out.
    char sci[40];
    const auto r = std::to_chars(sci, sci + sizeof sci, value, std::chars_format::scientific);
    const char* p = sci;
    const char* const end = r.ptr;
    if (*p == '-')
        out += u'-', ++p;
    char digits[24];
    int n = 0;
    while (p < end && *p != 'e') {
        if (*p != '.')
            digits[n++] = *p;
        ++p;
    }
    int exponent = 0;
    std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent);
    const int decpt = exponent + 1; // digits[0] is the digit before the decimal point at decpt 1
    const int absExponent = exponent < 0 ? -exponent : exponent;
    const int exponentDigits = absExponent >= 100 ? 3 : 2;
    const int exponentLength = n + (n > 1 ? 1 : 0) + 2 + exponentDigits;
    const int decimalLength = decpt <= 0 ? 2 - decpt + n : decpt < n ? n + 1 : decpt;
    if (decimalLength <= exponentLength) {
        if (decpt <= 0) {
            out += QLatin1StringView("0.");
            for (int i = 0; i < -decpt; ++i)
                out += u'0';
            appendAscii(out, digits, digits + n);
        } else if (decpt < n) {
            appendAscii(out, digits, digits + decpt);
            out += u'.';
            appendAscii(out, digits + decpt, digits + n);
        } else {
            appendAscii(out, digits, digits + n);
            for (int i = n; i < decpt; ++i)
                out += u'0';
        }
        return;
    }
    out += QChar::fromLatin1(digits[0]);
    if (n > 1) {
        out += u'.';
        appendAscii(out, digits + 1, digits + n);
    }
    out += exponent < 0 ? QLatin1StringView("e-") : QLatin1StringView("e+");
    if (absExponent < 10)
        out += u'0';
    char buf[8];
    const auto e = std::to_chars(buf, buf + sizeof buf, absExponent);
    appendAscii(out, buf, e.ptr);
}

void JsonText::appendQtString(QString& out, QStringView value) {
    out += u'"';
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1StringView("\\\"");
            break;
        case u'\\':
            out += QLatin1StringView("\\\\");
            break;
        case u'\b':
            out += QLatin1StringView("\\b");
            break;
        case u'\f':
            out += QLatin1StringView("\\f");
            break;
        case u'\n':
            out += QLatin1StringView("\\n");
            break;
        case u'\r':
            out += QLatin1StringView("\\r");
            break;
        case u'\t':
            out += QLatin1StringView("\\t");
            break;
        default:
            if (u < 0x20) {
                out += QLatin1StringView("\\u00");
                out += hexDigit(u >> 4);
                out += hexDigit(u & 0xf);
            } else {
                out += c;
            }
        }
    }
    out += u'"';
}

void JsonText::quote(QStringView value) {
    // The journal's own escaping, older than appendQtString(): \u0008 and \u000c where Qt writes
    // \b and \f. Kept, so the rows of a journal do not change with the program's version. Runs
    // of characters that need no escape (nearly all text: ids, tickers, messages) are appended
    // at once.
    m_text += u'"';
    const QChar* const begin = value.data();
    const QChar* const end = begin + value.size();
    const QChar* run = begin;
    for (const QChar* p = begin; p != end; ++p) {
        const char16_t u = p->unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        m_text += QStringView(run, p);
        run = p + 1;
        switch (u) {
        case u'"':
            m_text += QLatin1StringView("\\\"");
            break;
        case u'\\':
            m_text += QLatin1StringView("\\\\");
            break;
        case u'\n':
            m_text += QLatin1StringView("\\n");
            break;
        case u'\r':
            m_text += QLatin1StringView("\\r");
            break;
        case u'\t':
            m_text += QLatin1StringView("\\t");
            break;
        default:
            m_text += QLatin1StringView("\\u00");
            m_text += hexDigit(u >> 4);
            m_text += hexDigit(u & 0xf);
        }
    }
    m_text += QStringView(run, end);
    m_text += u'"';
}

} // namespace axion
