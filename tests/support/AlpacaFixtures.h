#pragma once

#include "TestPaths.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QString>

namespace axion::test {

// The bytes of ../shared/fixtures/alpaca/<name> (a missing fixture ends the test run).
inline QByteArray alpacaFixture(const char* name) {
    QFile f(QStringLiteral(AXION_SHARED_DIR "/fixtures/alpaca/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

inline QJsonDocument alpacaFixtureJson(const char* name) {
    return QJsonDocument::fromJson(alpacaFixture(name));
}

} // namespace axion::test
