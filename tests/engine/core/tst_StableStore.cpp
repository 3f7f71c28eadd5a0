#include "core/StableStore.h"

#include <QString>
#include <QTest>
#include <vector>

using namespace axion;

namespace {

// Counts constructions and destructions, so that a leak or a double destruction shows.
struct Tracked {
    static inline int alive = 0;
    static inline int destroyed = 0;
    QString text;
    int value = 0;
    Tracked(QString t, int v)
        : text(std::move(t))
        , value(v) {
        ++alive;
    }
    Tracked(const Tracked& other)
        : text(other.text)
        , value(other.value) {
        ++alive;
    }
    Tracked& operator=(const Tracked&) = default;
    ~Tracked() {
        --alive;
        ++destroyed;
    }
};

} // namespace

class tst_StableStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        Tracked::alive = 0;
        Tracked::destroyed = 0;
    }

    void addressesStayPutAcrossChunks() {
        StableStore<Tracked, 4> store;
        std::vector<const Tracked*> addresses;
        for (int i = 0; i < 11; ++i) // three chunks, the last one part full
            addresses.push_back(&store.emplace_back(QString::number(i), i));
        QCOMPARE(store.size(), std::size_t(11));
        for (int i = 0; i < 11; ++i) {
            QCOMPARE(&store[std::size_t(i)], addresses[std::size_t(i)]);
            QCOMPARE(store[std::size_t(i)].value, i);
            QCOMPARE(store[std::size_t(i)].text, QString::number(i));
        }
        const StableStore<Tracked, 4>& view = store;
        QCOMPARE(view[10].value, 10);
    }

    void everyElementIsDestroyedOnce() {
        {
            StableStore<Tracked, 4> store;
            for (int i = 0; i < 9; ++i)
                store.emplace_back(QStringLiteral("x"), i);
            QCOMPARE(Tracked::alive, 9);
        }
        QCOMPARE(Tracked::alive, 0);
        QCOMPARE(Tracked::destroyed, 9); // the unused slots of the last chunk are not touched
    }

    void emptyStoreHasNothing() {
        StableStore<Tracked> store;
        QCOMPARE(store.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(tst_StableStore)
#include "tst_StableStore.moc"
