#pragma once

#include "execution/EngineSnapshot.h"
#include "market/MarketCalendar.h"

#include <QWidget>

class QLabel;

namespace axion {

// The status bar's permanent panel: broker connectivity, the NYSE session, equity, day P&L and the
// engine clock (New York time; a DEMO note when the market is replayed).
// Add it with QStatusBar::addPermanentWidget and feed it every snapshot.
class StatusPanel : public QWidget {
    Q_OBJECT

public:
    explicit StatusPanel(QWidget* parent = nullptr);

    void setSnapshot(const axion::EngineSnapshot& snapshot);

    // The session as one short line: "Open · closes in 2h 05m", "Early close 13:00 · closes in
    // 35m", "Closed · opens 09:30", "Closed · weekend · opens Mon 09:30", ...
    static QString sessionText(const MarketSessionView& session, qint64 nowMs);
    // Rich text: a coloured dot and the name per broker, "disconnected" in red.
    static QString brokersText(const QList<BrokerView>& brokers);
    // "● alpaca iex" while live bars arrive, red "alpaca iex down" when not; empty (the section
    // hidden) when the market is replayed.
    static QString marketDataText(const std::optional<MarketDataView>& feed);
    static QString connectivityText(BrokerConnectivity c);

    // The shown texts, for tests and accessibility.
    QString brokersLabelText() const;
    QString marketDataLabelText() const;
    QString marketDataToolTip() const;
    QString brokersToolTip() const;
    QString sessionLabelText() const;
    QString equityLabelText() const;
    QString dayPnlLabelText() const;
    QString clockLabelText() const;
    bool isDemoShown() const;

private:
    QLabel* addSection(const QString& objectName, const QString& widthTemplate = {});

    QLabel* m_brokers = nullptr;
    QLabel* m_marketData = nullptr;
    QWidget* m_marketDataSeparator = nullptr;
    QLabel* m_session = nullptr;
    QLabel* m_equity = nullptr;
    QLabel* m_dayPnl = nullptr;
    QLabel* m_demo = nullptr;
    QLabel* m_clock = nullptr;
    QString m_pnlStyle;
};

} // namespace axion
