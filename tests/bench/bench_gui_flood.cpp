// The workstation under a flood: the demo engine replaying as fast as its pace allows on its
// thread while a second thread fires 10,000 engine events per second at the main window, one
// queued call each (no batching: the worst case). Prints the worst stall of the GUI thread, the
// peak resident memory and the time to the first window with data.
//
//   build/release/tests/bench/bench_gui_flood            (10 s flood, the README's figures)
//   build/release/tests/bench/bench_gui_flood --quick    (2 s, what ctest -L bench runs)

#include "MainWindow.h"
#include "Workstation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <ctime>

using namespace axion;

namespace {

// Peak resident set size in MB (Linux: VmHWM), -1 where unknown.
double peakRssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

// Sends `perSecond` events a second, evenly, to the window's onEvents slot (queued).
class EventFlood : public QThread {
public:
    EventFlood(MainWindow* window, int perSecond, int seconds)
        : m_window(window)
        , m_perSecond(perSecond)
        , m_seconds(seconds) {}
    std::atomic<qint64> sent{0};

protected:
    void run() override {
        static const EngineEvent::Kind kinds[] = {EngineEvent::Kind::Fill, EngineEvent::Kind::Exit,
                                                  EngineEvent::Kind::Rejection,
                                                  EngineEvent::Kind::StopHit};
        QElapsedTimer t;
        t.start();
        const qint64 total = qint64(m_perSecond) * m_seconds;
        for (qint64 i = 0; i < total; ++i) {
            // Keep to the schedule: event i is due at i / perSecond seconds.
            const qint64 dueNs = i * 1'000'000'000LL / m_perSecond;
            while (t.nsecsElapsed() < dueNs)
                QThread::usleep(200);
            EngineEvent e{kinds[i % 4], i * 1000, QStringLiteral("FLD%1").arg(i % 7),
                          QStringLiteral("flood event %1").arg(i)};
            MainWindow* w = m_window;
            QMetaObject::invokeMethod(
                w, [w, e] { w->onEvents({e}); }, Qt::QueuedConnection);
            sent.fetch_add(1);
        }
    }

private:
    MainWindow* m_window;
    int m_perSecond;
    int m_seconds;
};

// CPU time of the calling thread in ns: what the GUI thread itself spent, without the time it
// waited for a core (the engine and the flood threads compete for the same two cores).
qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Times every event the GUI thread delivers (outermost only), by wall clock and by the thread's
// CPU time, to name the one behind the worst stall.
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type();
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu0 = threadCpuNs();
        const QPointer<QObject> alive(receiver);
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 cpuNs = threadCpuNs() - cpu0;
        const qint64 wallNs = wall.nsecsElapsed();
        if (cpuNs > worstCpuNs) {
            worstCpuNs = cpuNs;
            // The receiver may have deleted itself (DeferredDelete): named only while alive.
            worstCpuWhat = QStringLiteral("%1, event type %2")
                               .arg(alive ? path(alive) : QStringLiteral("deleted"))
                               .arg(type);
        }
        worstWallNs = std::max(worstWallNs, wallNs);
        // Events over 1 ms since the last heartbeat: what the worst stall was made of.
        if (wallNs > 1'000'000)
            gapEvents.append(QStringLiteral("%1 ms, event type %2 to %3")
                                 .arg(double(wallNs) / 1e6, 0, 'f', 1)
                                 .arg(type)
                                 .arg(alive ? path(alive) : QStringLiteral("(deleted)")));
        return result;
    }
    // "MainWindow/QTabWidget/OrderBookTab/QTableView": where in the window an event went.
    static QString path(const QObject* o) {
        QStringList parts;
        for (; o; o = o->parent()) {
            const QString name = o->objectName();
            parts.prepend(QLatin1String(o->metaObject()->className()) +
                          (name.isEmpty() ? QString() : QLatin1Char('#') + name));
        }
        return parts.join(QLatin1Char('/'));
    }
    void resetWorst() {
        worstCpuNs = 0;
        worstWallNs = 0;
        worstCpuWhat.clear();
    }
    qint64 worstCpuNs = 0;
    qint64 worstWallNs = 0;
    QStringList gapEvents;      // events over 1 ms since the last heartbeat
    QStringList worstGapEvents; // the same, for the worst gap
    QString worstCpuWhat;

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    TimedApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int seconds = quick ? 2 : 10;
    const int perSecond = 10'000;

    QTemporaryDir dir;
    Workstation::Options options;
    options.journalPath = dir.filePath(QStringLiteral("journal.db"));
    options.minutesPerSecond = 1'000.0; // the engine replays ~6,000 bars a second meanwhile
    Workstation workstation(options);
    QString error;
    if (!workstation.start(&error)) {
        QTextStream(stderr) << "bench_gui_flood: " << error << '\n';
        return 1;
    }
    MainWindow* window = workstation.window();
    QElapsedTimer wait;
    wait.start();
    while (window->snapshotsApplied() == 0 && wait.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstWindowMs = double(sinceStart.nsecsElapsed()) / 1e6;

    // The GUI thread's heartbeat: a 2 ms timer; any longer gap is time the thread was busy.
    qint64 worstGapNs = 0;
    qint64 beats = 0;
    QElapsedTimer beat;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(2);
    QObject::connect(&heart, &QTimer::timeout, [&] {
        const qint64 gap = beat.nsecsElapsed();
        beat.restart();
        if (beats++ > 0 && gap > worstGapNs) {
            worstGapNs = gap;
            app.worstGapEvents = app.gapEvents;
        }
        app.gapEvents.clear();
    });
    app.resetWorst();
    const std::size_t barsBefore = workstation.worker()->barsProcessed();
    EventFlood flood(window, perSecond, seconds);
    beat.start();
    heart.start();
    flood.start();
    QElapsedTimer run;
    run.start();
    while (!flood.isFinished() || run.elapsed() < seconds * 1000 + 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    heart.stop();
    flood.wait();
    const std::size_t bars = workstation.worker()->barsProcessed() - barsBefore;

    const double stallMs = double(worstGapNs) / 1e6 - 2.0;
    QTextStream out(stdout);
    out << "bench_gui_flood (" << (quick ? "quick" : "full") << "): " << flood.sent.load()
        << " events in " << seconds << " s at " << perSecond << "/s, engine replayed " << bars
        << " bars meanwhile, " << window->snapshotsApplied() << " snapshots applied\n";
    out << QStringLiteral("  worst GUI-thread stall  %1 ms   target <= 16 ms\n")
               .arg(std::max(0.0, stallMs), 0, 'f', 1);
    out << QStringLiteral("  longest GUI event       %1 ms wall, %2 ms CPU (longest by CPU: %3)\n")
               .arg(double(app.worstWallNs) / 1e6, 0, 'f', 1)
               .arg(double(app.worstCpuNs) / 1e6, 0, 'f', 1)
               .arg(app.worstCpuWhat);
    for (const QString& e : std::as_const(app.worstGapEvents))
        out << "    during the worst stall: " << e << '\n';
    out << QStringLiteral("  peak RSS                %1 MB   target <= 150 MB\n")
               .arg(peakRssMb(), 0, 'f', 1);
    out << QStringLiteral("  time to first window    %1 ms   target <= 1000 ms (process start to "
                          "the first snapshot on screen)\n")
               .arg(firstWindowMs, 0, 'f', 0);
    return 0;
}
