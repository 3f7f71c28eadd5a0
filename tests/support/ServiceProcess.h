#pragma once

// `axion-executor --headless --ingress-port N` in a child process, for the tests that run it as
// an operator does: a made-up market, signals over real sockets, the journal read afterwards.

#include "TestPaths.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#if defined(Q_OS_UNIX)
#include <csignal>
#endif

namespace servicetest {

inline const QByteArray kToken = "service-test-token-0123456789";

// One regular session of a made-up ticker at a flat $100: the signal's entry fills at once, and
// neither its stop nor its target is reached, so the position is still open at the stop.
inline QString writeMarket(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("FLAT.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&f);
    out << "timestamp,open,high,low,close,volume\n";
    const QDateTime open(QDate(2024, 3, 4), QTime(9, 30), QTimeZone(-5 * 3600));
    for (int i = 0; i < 390; ++i)
        out << open.addSecs(60LL * i).toString(Qt::ISODate)
            << QStringLiteral(",100.00,100.10,99.90,100.00,20000\n");
    return path;
}

inline QJsonObject signalObject(const QString& id) {
    return QJsonObject{
        {QStringLiteral("signal_id"), id},
        {QStringLiteral("ticker"), QStringLiteral("FLAT")},
        {QStringLiteral("signal_type"), QStringLiteral("cloud_flip_bullish")},
        {QStringLiteral("direction"), QStringLiteral("long")},
        {QStringLiteral("timeframe"), QStringLiteral("5m")},
        {QStringLiteral("conviction"), 90},
        {QStringLiteral("entry_price"), 100.0},
        {QStringLiteral("stop_loss"), 98.0},
        {QStringLiteral("target_price"), 106.0},
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
}

inline QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Reply {
    int status = 0;
    QJsonObject body;
};

// One request on its own connection, blocking (the server is another process).
inline Reply post(quint16 port, const QByteArray& body, const QByteArray& token = kToken) {
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    Reply r;
    if (!s.waitForConnected(10'000))
        return r;
    s.write("POST /v1/signals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
            "\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
            const auto m = length.match(QString::fromLatin1(in.left(end)));
            const qsizetype need = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            if (in.size() >= need) {
                r.status = in.mid(9, 3).toInt();
                r.body = QJsonDocument::fromJson(in.mid(end + 4)).object();
                return r;
            }
        }
        if (!s.waitForReadyRead(1'000) && s.state() != QAbstractSocket::ConnectedState)
            break;
        in += s.readAll();
    }
    return r;
}

// The service in a child process, with its own settings folder (HOME) so that nothing of the
// user's is read or written.
struct Service {
    QProcess process;
    QString out;
    quint16 port = 0;
    QMap<QString, QString> extraEnv; // e.g. AXION_FAULT_KILL_AT

    bool start(const QTemporaryDir& dir, const QStringList& extra) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("home/.local")));
        env.remove(QStringLiteral("AXION_INGRESS_TOKEN"));
        env.remove(QStringLiteral("AXION_FAULT_KILL_AT"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AXION_EXECUTOR_PATH),
                      QStringList{QStringLiteral("--headless"), QStringLiteral("--ingress-port"),
                                  QStringLiteral("0")} +
                          extra);
        const QRegularExpression listening(
            QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)/v1/signals"));
        return waitFor(listening, [this](const QRegularExpressionMatch& m) {
            port = quint16(m.captured(1).toUInt());
        });
    }
    // Reads stdout until `pattern` shows up (30 s at most).
    template <typename F>
    bool waitFor(const QRegularExpression& pattern, F&& onMatch) {
        QDeadlineTimer deadline(30'000);
        while (!deadline.hasExpired()) {
            out += QString::fromUtf8(process.readAllStandardOutput());
            const auto m = pattern.match(out);
            if (m.hasMatch()) {
                onMatch(m);
                return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(200);
        }
        return false;
    }
    bool waitFor(const QString& text) {
        return waitFor(QRegularExpression(QRegularExpression::escape(text)),
                       [](const QRegularExpressionMatch&) {});
    }
    // Sends the signal and waits for the exit; the exit code, -1 on a crash or a hang.
    int stop(int signalNumber) {
#if defined(Q_OS_UNIX)
        ::kill(pid_t(process.processId()), signalNumber);
#else
        Q_UNUSED(signalNumber);
        process.terminate();
#endif
        if (!process.waitForFinished(30'000)) {
            process.kill();
            return -1;
        }
        out += QString::fromUtf8(process.readAllStandardOutput());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    // Waits for a process that ends by itself (a fault point killed it, a refusal to start).
    bool waitForEnd() {
        const bool ended =
            process.state() == QProcess::NotRunning || process.waitForFinished(30'000);
        out += QString::fromUtf8(process.readAllStandardOutput());
        return ended;
    }
    bool killedBySignal() const {
        return process.state() == QProcess::NotRunning &&
               process.exitStatus() == QProcess::CrashExit;
    }
    ~Service() {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5'000);
        }
    }
};

// Reads the journal the service wrote (after it stopped).
struct Journal {
    QString name = QStringLiteral("journal-reader");
    explicit Journal(const QString& path) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Journal() { QSqlDatabase::removeDatabase(name); }
    QVariant scalar(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    int count(const QString& sql) { return scalar(sql).toInt(); }
};

} // namespace servicetest
