// The Signals tab: its model (newest first, capped, totals), the source/decision filter and the
// tab as a whole, each model under QAbstractItemModelTester.

#include "models/SignalFilterProxy.h"
#include "models/SignalsModel.h"
#include "signals/SignalParser.h"
#include "tabs/SignalsTab.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace axion;
using Decision = SignalActivity::Decision;

namespace {

SignalActivity activity(int n, const char* source, Decision decision,
                        const QString& code = QStringLiteral("approved")) {
    SignalActivity a;
    a.timeMs = 1'795'548'665'000 + n * 1000;
    a.source = QString::fromLatin1(source);
    a.signalId = QStringLiteral("sig-%1").arg(n);
    a.ticker = QStringLiteral("AAPL");
    a.signalType = QStringLiteral("cloud_flip_bullish");
    a.direction = QStringLiteral("long");
    a.conviction = 80;
    a.decision = decision;
    a.code = code;
    a.reason = QStringLiteral("reason %1").arg(n);
    return a;
}

QStringList ids(const char* spaced) {
    return QString::fromLatin1(spaced).split(u' ', Qt::SkipEmptyParts);
}

QString cell(const QAbstractItemModel& m, int row, int column) {
    return m.index(row, column).data().toString();
}

} // namespace

class tst_SignalsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batchIsOneInsertNewestFirstWithSourceDecisionAndReason() {
        SignalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addActivity(
            {activity(1, Signal::kHttp, Decision::Approved),
             activity(2, Signal::kWebSocket, Decision::Rejected, QStringLiteral("max_positions")),
             activity(3, Signal::kEmaSignals, Decision::Refused,
                      QStringLiteral("stale_timestamp"))});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        // Newest on top.
        QCOMPARE(cell(model, 0, SignalsModel::SignalIdColumn), QStringLiteral("sig-3"));
        QCOMPARE(cell(model, 0, SignalsModel::SourceColumn), QStringLiteral("ema_signals"));
        QCOMPARE(cell(model, 0, SignalsModel::DecisionColumn), QStringLiteral("Refused at intake"));
        QCOMPARE(cell(model, 0, SignalsModel::ReasonColumn),
                 QStringLiteral("stale_timestamp: reason 3"));
        QCOMPARE(cell(model, 1, SignalsModel::SourceColumn), QStringLiteral("WebSocket"));
        QCOMPARE(cell(model, 1, SignalsModel::DecisionColumn), QStringLiteral("Rejected"));
        QCOMPARE(cell(model, 1, SignalsModel::ReasonColumn),
                 QStringLiteral("max_positions: reason 2"));
        // An approval's reason is what was placed, without the code.
        QCOMPARE(cell(model, 2, SignalsModel::SourceColumn), QStringLiteral("HTTP"));
        QCOMPARE(cell(model, 2, SignalsModel::ReasonColumn), QStringLiteral("reason 1"));
        // A reason that only repeats its code is shown once; an exit hint needs no code.
        SignalActivity bare =
            activity(4, Signal::kBuiltIn, Decision::Rejected, QStringLiteral("zero_shares"));
        bare.reason = bare.code;
        SignalActivity hint =
            activity(5, Signal::kBuiltIn, Decision::ExitHint, QStringLiteral("exit_hint"));
        model.addActivity({bare, hint});
        QCOMPARE(cell(model, 1, SignalsModel::ReasonColumn), QStringLiteral("zero_shares"));
        QCOMPARE(cell(model, 0, SignalsModel::ReasonColumn), QStringLiteral("reason 5"));
        QCOMPARE(model.index(4, 0).data(SignalsModel::SourceKeyRole).toString(),
                 QStringLiteral("http"));
        QCOMPARE(model.index(3, 0).data(SignalsModel::CodeRole).toString(),
                 QStringLiteral("max_positions"));
        const SignalsModel::Totals t = model.totals();
        QCOMPARE(t.received, 5);
        QCOMPARE(t.approved, 1);
        QCOMPARE(t.rejected, 2);
        QCOMPARE(t.refused, 1);
        QCOMPARE(t.external, 3);
    }

    void refusalWithoutAReadableBodyShowsBlanksNotGarbage() {
        SignalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SignalParseResult r;
        r.code = SignalRejectCode::Unauthorized;
        r.message = QStringLiteral("missing or wrong bearer token");
        model.addActivity({SignalActivity::refused(r, "not json", QStringLiteral("http"), {}, 5)});
        QCOMPARE(cell(model, 0, SignalsModel::TickerColumn), QString());
        QVERIFY(!model.index(0, SignalsModel::ConvictionColumn).data().isValid());
        QCOMPARE(cell(model, 0, SignalsModel::ReasonColumn),
                 QStringLiteral("unauthorized: missing or wrong bearer token"));
        // A readable refused body gives its fields, for the trader to recognise the signal.
        SignalParseResult stale;
        stale.code = SignalRejectCode::StaleTimestamp;
        stale.message = QStringLiteral("too old");
        model.addActivity({SignalActivity::refused(
            stale, R"({"signal_id":"x-1","ticker":"MSFT","conviction":70,"direction":"short"})",
            QStringLiteral("websocket"), {}, 6)});
        QCOMPARE(cell(model, 0, SignalsModel::SignalIdColumn), QStringLiteral("x-1"));
        QCOMPARE(cell(model, 0, SignalsModel::TickerColumn), QStringLiteral("MSFT"));
        QCOMPARE(model.index(0, SignalsModel::ConvictionColumn).data().toInt(), 70);
        QCOMPARE(cell(model, 0, SignalsModel::DirectionColumn), QStringLiteral("short"));
    }

    void capacityKeepsTheNewestAndTotalsKeepCounting() {
        SignalsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(4);
        QList<SignalActivity> batch;
        for (int n = 1; n <= 10; ++n)
            batch << activity(n, Signal::kBuiltIn, Decision::Approved);
        model.addActivity(batch);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 0, SignalsModel::SignalIdColumn), QStringLiteral("sig-10"));
        QCOMPARE(cell(model, 3, SignalsModel::SignalIdColumn), QStringLiteral("sig-7"));
        model.addActivity({activity(11, Signal::kHttp, Decision::Approved)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, SignalsModel::SignalIdColumn), QStringLiteral("sig-8"));
        QCOMPARE(model.totals().received, 11);
        QCOMPARE(model.totals().external, 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totals(), SignalsModel::Totals{});
    }

    void filterBySourceAndDecision_data() {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("decision"); // -1: any
        QTest::addColumn<QStringList>("expected");
        using SF = SignalFilterProxy::SourceFilter;
        QTest::newRow("all") << int(SF::All) << -1 << ids("sig-4 sig-3 sig-2 sig-1");
        QTest::newRow("from outside") << int(SF::External) << -1 << ids("sig-4 sig-3 sig-2");
        QTest::newRow("built-in") << int(SF::BuiltIn) << -1 << ids("sig-1");
        QTest::newRow("http") << int(SF::Http) << -1 << ids("sig-3 sig-2");
        QTest::newRow("websocket") << int(SF::WebSocket) << -1 << ids("sig-4");
        QTest::newRow("ema_signals") << int(SF::EmaSignals) << -1 << QStringList{};
        QTest::newRow("refused") << int(SF::All) << int(Decision::Refused) << ids("sig-3");
        QTest::newRow("http approved") << int(SF::Http) << int(Decision::Approved) << ids("sig-2");
    }
    void filterBySourceAndDecision() {
        QFETCH(int, source);
        QFETCH(int, decision);
        QFETCH(QStringList, expected);
        SignalsModel model;
        SignalFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addActivity({activity(1, Signal::kBuiltIn, Decision::Approved),
                           activity(2, Signal::kHttp, Decision::Approved),
                           activity(3, Signal::kHttp, Decision::Refused),
                           activity(4, Signal::kWebSocket, Decision::Rejected)});
        proxy.setSourceFilter(SignalFilterProxy::SourceFilter(source));
        proxy.setDecisionFilter(decision < 0 ? std::nullopt : std::optional(Decision(decision)));
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << cell(proxy, row, SignalsModel::SignalIdColumn);
        QCOMPARE(shown, expected);
        // New rows are filtered as they come.
        model.addActivity({activity(5, Signal::kWebSocket, Decision::Refused)});
        const bool passes = SignalFilterProxy::accepts(
            SignalFilterProxy::SourceFilter(source),
            decision < 0 ? std::nullopt : std::optional(Decision(decision)),
            QStringLiteral("websocket"), Decision::Refused);
        QCOMPARE(proxy.rowCount(), int(expected.size()) + (passes ? 1 : 0));
    }

    void tabShowsIntakeCountsAndFilters() {
        SignalsTab tab;
        QAbstractItemModelTester tester(tab.proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.addActivity(
            {activity(1, Signal::kBuiltIn, Decision::Approved),
             activity(2, Signal::kHttp, Decision::Refused, QStringLiteral("unauthorized"))});
        auto* counts = tab.findChild<QLabel*>(QStringLiteral("signalCounts"));
        QVERIFY(counts);
        QCOMPARE(counts->text(),
                 QStringLiteral("2 received (1 from outside): 1 approved, 0 rejected, 1 refused"));
        tab.setIntakeStatus(QStringLiteral("Signal ingress not started: port taken"), false);
        auto* intake = tab.findChild<QLabel*>(QStringLiteral("intakeStatus"));
        QCOMPARE(intake->text(), QStringLiteral("Signal ingress not started: port taken"));
        QVERIFY(intake->styleSheet().contains(u"color"));
        auto* source = tab.findChild<QComboBox*>(QStringLiteral("sourceFilter"));
        source->setCurrentIndex(source->findData(int(SignalFilterProxy::SourceFilter::External)));
        QCOMPARE(tab.view()->model()->rowCount(), 1);
        QCOMPARE(cell(*tab.view()->model(), 0, SignalsModel::SignalIdColumn),
                 QStringLiteral("sig-2"));
        auto* decision = tab.findChild<QComboBox*>(QStringLiteral("decisionFilter"));
        decision->setCurrentIndex(decision->findData(int(Decision::Approved)));
        QCOMPARE(tab.view()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_SignalsModel)
#include "tst_SignalsModel.moc"
