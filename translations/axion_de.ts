<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="44"/>
        <source>the stored risk configuration is not a JSON object (%1)</source>
        <translation>die gespeicherte Risikokonfiguration ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="46"/>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="57"/>
        <source>the stored risk configuration is invalid: %1</source>
        <translation>die gespeicherte Risikokonfiguration ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="105"/>
        <source>%1; using the default settings instead</source>
        <translation>%1; stattdessen werden die Standardeinstellungen verwendet</translation>
    </message>
</context>
<context>
    <name>JournalQueries</name>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="129"/>
        <source>no journal file given</source>
        <translation>keine Journaldatei angegeben</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="132"/>
        <source>journal %1 does not exist</source>
        <translation>Journal %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="134"/>
        <source>journal %1 is a directory, not a file</source>
        <translation>Journal %1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="136"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="148"/>
        <source>cannot open journal %1: %2</source>
        <translation>Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="155"/>
        <source>journal %1 is not a usable SQLite database: %2</source>
        <translation>Journal %1 ist keine verwendbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="162"/>
        <source>%1 is an SQLite database of another application, not an Axion journal</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, kein Axion-Journal</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="171"/>
        <source>journal %1: %2</source>
        <translation>Journal %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="179"/>
        <source>%1 is not an Axion journal (no trade_executions table)</source>
        <translation>%1 ist kein Axion-Journal (keine Tabelle trade_executions)</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="185"/>
        <source>journal %1 has the older schema version %2: open it once with the engine (a replay or the workstation) to upgrade it to version %3</source>
        <translation>Journal %1 hat die ältere Schemaversion %2: öffnen Sie es einmal mit der Engine (einer Wiedergabe oder der Arbeitsstation), um es auf Version %3 zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="235"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="263"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="287"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="415"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="462"/>
        <source>journal is not open</source>
        <translation>Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="246"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="251"/>
        <source>trade history: %1</source>
        <translation>Trade-Historie: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="272"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="277"/>
        <source>trade count: %1</source>
        <translation>Anzahl der Trades: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="315"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="326"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="340"/>
        <source>daily summary: %1</source>
        <translation>Tagesübersicht: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="428"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="433"/>
        <source>equity curve: %1</source>
        <translation>Kapitalkurve: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="466"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="487"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="502"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="523"/>
        <source>journal %1 values: %2</source>
        <translation>Werte der Journalspalte %1: %2</translation>
    </message>
</context>
<context>
    <name>axion::ActivePositionsTab</name>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="28"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="29"/>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="66"/>
        <source>Move stop…</source>
        <translation>Stop verschieben…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="70"/>
        <source>Move the protective stop of the selected position (F2)</source>
        <translation>Schutz-Stop der ausgewählten Position verschieben (F2)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="71"/>
        <source>Close position…</source>
        <translation>Position schließen…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="75"/>
        <source>Close the selected position at market (Del)</source>
        <translation>Ausgewählte Position zum Marktpreis schließen (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="122"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="240"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="322"/>
        <source>No open positions</source>
        <translation>Keine offenen Positionen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="242"/>
        <source>Loading the %1 chart…</source>
        <translation>Chart für %1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="256"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="266"/>
        <source>Close position</source>
        <translation>Position schließen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="257"/>
        <source>Close %1 %2 shares of %3 at market?</source>
        <translation>%2 Aktien %3 (%1) zum Marktpreis schließen?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="262"/>
        <source>Unrealized P&amp;L %1 (%2). The exit order goes to %3.</source>
        <translation>Unrealisierte GuV %1 (%2). Die Ausstiegsorder geht an %3.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="336"/>
        <source>1 open position</source>
        <translation>1 offene Position</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="336"/>
        <source>%1 open positions</source>
        <translation>%1 offene Positionen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="338"/>
        <source>%1 long, %2 short</source>
        <translation>%1 long, %2 short</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="339"/>
        <source>Exposure %1</source>
        <translation>Exposure %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="340"/>
        <source>Unrealized %1</source>
        <translation>Unrealisiert %1</translation>
    </message>
</context>
<context>
    <name>axion::AlertLogModel</name>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="85"/>
        <source>%1 %2 New York
%3</source>
        <translation>%1 %2 New York
%3</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="104"/>
        <source>Time (NY)</source>
        <translation>Zeit (NY)</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="106"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="108"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="110"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="157"/>
        <source>Fill</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="159"/>
        <source>Stop hit</source>
        <translation>Stop erreicht</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="161"/>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="163"/>
        <source>Rejection</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="165"/>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="169"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>axion::AlertLogPanel</name>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="30"/>
        <source>All alerts</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="31"/>
        <source>Trading (no info)</source>
        <translation>Handel (ohne Info)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="33"/>
        <source>Fills</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="34"/>
        <source>Stop hits</source>
        <translation>Stops erreicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="35"/>
        <source>Exits</source>
        <translation>Ausstiege</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="36"/>
        <source>Rejections</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="37"/>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="38"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="56"/>
        <source>Show only some kinds of alerts</source>
        <translation>Nur bestimmte Arten von Meldungen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="71"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="72"/>
        <source>Clear the alert log (the journal keeps every event)</source>
        <translation>Meldungsprotokoll leeren (das Journal behält jedes Ereignis)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="97"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="144"/>
        <source>1 alert</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="144"/>
        <source>%1 alerts</source>
        <translation>%1 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="146"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>axion::AlertNotifier</name>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="41"/>
        <source>1 fill</source>
        <translation>1 Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="41"/>
        <source>%1 fills</source>
        <translation>%1 Ausführungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="43"/>
        <source>1 stop hit</source>
        <translation>1 Stop erreicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="43"/>
        <source>%1 stop hits</source>
        <translation>%1 Stops erreicht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="45"/>
        <source>1 exit</source>
        <translation>1 Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="45"/>
        <source>%1 exits</source>
        <translation>%1 Ausstiege</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="47"/>
        <source>1 rejection</source>
        <translation>1 Ablehnung</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="48"/>
        <source>%1 rejections</source>
        <translation>%1 Ablehnungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="50"/>
        <source>1 kill switch event</source>
        <translation>1 Not-Aus-Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="51"/>
        <source>%1 kill switch events</source>
        <translation>%1 Not-Aus-Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="55"/>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="55"/>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="138"/>
        <source>Kill switch · %1 alerts</source>
        <translation>Not-Aus · %1 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="141"/>
        <source>%1 alerts</source>
        <translation>%1 Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="153"/>
        <source>See the alert log for all of them.</source>
        <translation>Alle Meldungen finden Sie im Meldungsprotokoll.</translation>
    </message>
</context>
<context>
    <name>axion::AlpacaAccountCheck</name>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="31"/>
        <source>No API key id or secret key: enter both in the Alpaca section.</source>
        <translation>Keine API-Schlüssel-ID oder kein geheimer Schlüssel: beide im Abschnitt Alpaca eingeben.</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="51"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="56"/>
        <source>Alpaca refused the API keys (%1). Paper and live accounts have keys of their own.</source>
        <translation>Alpaca hat die API-Schlüssel abgelehnt (%1). Papier- und Live-Konten haben eigene Schlüssel.</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="62"/>
        <source>Alpaca answered %1</source>
        <translation>Alpaca antwortete %1</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="69"/>
        <source>Alpaca&apos;s account answer is not understood: %1</source>
        <translation>Alpacas Kontoantwort ist nicht verständlich: %1</translation>
    </message>
</context>
<context>
    <name>axion::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>must be at least 16 characters long</source>
        <translation>muss mindestens 16 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>may only hold visible ASCII characters (no spaces)</source>
        <translation>darf nur sichtbare ASCII-Zeichen enthalten (keine Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="33"/>
        <source>Axion Trade Executor: an autonomous EMA-cloud trade executor.
With no options it opens the workstation on the embedded default (demo mode): the
paper broker and a replayed demo market, no keys, no network. When the settings say
live mode with Alpaca as the primary broker it opens on Alpaca instead; --demo keeps
the demo.

Screenshot for bug reports and tests:
  axion-executor --demo --screenshot FILE --after SECONDS [--tab positions|orders|risk|journal]

Headless replay:
  axion-executor --headless --replay FILE... [--config FILE] [--journal FILE]
                 [--summary-json FILE] [--equity DOLLARS] [--raw-prices]
                 [--journal-detail audit|trades]
FILE is a Lean minute trade zip (&lt;symbol&gt;/&lt;yyyymmdd&gt;_trade.zip) or a CSV with the
header timestamp,open,high,low,close,volume. Lean zips are adjusted for splits and
dividends by &lt;root&gt;/factor_files/&lt;symbol&gt;.csv beside &lt;root&gt;/minute/ when it exists.

Headless live pipeline with the signal ingress, until SIGINT/SIGTERM:
  axion-executor --headless --ingress-port N [--broker paper] [--ingress-token TOKEN]
                 [--replay FILE...] [--speed N] [--journal FILE] [--config FILE]
  axion-executor --headless --ingress-port N --broker alpaca [--alpaca-live]
                 [--alpaca-url URL --alpaca-stream-url URL] [--clock-start ISO]
                 [--alpaca-data-url URL --alpaca-data-stream-url URL]
                 [--alpaca-feed iex|sip]
Alpaca&apos;s keys come from APCA_API_KEY_ID and APCA_API_SECRET_KEY; the paper account
unless --alpaca-live.
Signals: POST http://127.0.0.1:N/v1/signals (or a WebSocket on the same path) with
Authorization: Bearer TOKEN. The token is --ingress-token, else the environment
variable AXION_INGRESS_TOKEN, else the one in the settings (made on first run).</source>
        <translation>Axion Trade Executor: ein autonomer Ausführer für EMA-Cloud-Trades.
Ohne Optionen öffnet er die Arbeitsstation mit der eingebauten Voreinstellung (Demomodus):
Papierbroker und ein wiedergegebener Demomarkt, keine Schlüssel, kein Netz. Sagen die
Einstellungen Live-Modus mit Alpaca als primärem Broker, öffnet er sie stattdessen auf Alpaca;
--demo behält die Demo.

Bildschirmfoto für Fehlerberichte und Tests:
  axion-executor --demo --screenshot DATEI --after SEKUNDEN [--tab positions|orders|risk|journal]

Wiedergabe ohne Fenster:
  axion-executor --headless --replay DATEI... [--config DATEI] [--journal DATEI]
                 [--summary-json DATEI] [--equity DOLLAR] [--raw-prices]
                 [--journal-detail audit|trades]
DATEI ist ein Lean-Minuten-Zip (&lt;symbol&gt;/&lt;jjjjmmtt&gt;_trade.zip) oder eine CSV mit der
Kopfzeile timestamp,open,high,low,close,volume. Lean-Zips werden um Splits und
Dividenden bereinigt, wenn &lt;root&gt;/factor_files/&lt;symbol&gt;.csv neben &lt;root&gt;/minute/ liegt.

Live-Pipeline ohne Fenster mit Signaleingang, bis SIGINT/SIGTERM:
  axion-executor --headless --ingress-port N [--broker paper] [--ingress-token TOKEN]
                 [--replay DATEI...] [--speed N] [--journal DATEI] [--config DATEI]
  axion-executor --headless --ingress-port N --broker alpaca [--alpaca-live]
                 [--alpaca-url URL --alpaca-stream-url URL] [--clock-start ISO]
                 [--alpaca-data-url URL --alpaca-data-stream-url URL]
                 [--alpaca-feed iex|sip]
Alpacas Schlüssel kommen aus APCA_API_KEY_ID und APCA_API_SECRET_KEY; das Papierkonto,
außer mit --alpaca-live.
Signale: POST http://127.0.0.1:N/v1/signals (oder ein WebSocket auf demselben Pfad) mit
Authorization: Bearer TOKEN. Das Token ist --ingress-token, sonst die Umgebungsvariable
AXION_INGRESS_TOKEN, sonst das aus den Einstellungen (beim ersten Start erzeugt).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="61"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <source>Executor configuration (JSON) to use.</source>
        <translation>Zu verwendende Executor-Konfiguration (JSON).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>Run without a window: replay market data and exit.</source>
        <translation>Ohne Fenster ausführen: Marktdaten wiedergeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>Market data files to replay (several may follow).</source>
        <translation>Wiederzugebende Marktdatendateien (mehrere möglich).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>Trade journal (SQLite) to write; default: a temporary file.</source>
        <translation>Zu schreibendes Trade-Journal (SQLite); Standard: eine temporäre Datei.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <source>Write the run&apos;s summary as JSON to this file.</source>
        <translation>Die Zusammenfassung des Laufs als JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>Starting equity of the paper account in dollars (default 100000).</source>
        <translation>Anfangskapital des Papierkontos in Dollar (Standard 100000).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <source>Replay Lean minute zips as they are, without the splits and dividends of their factor files (config replay_adjust_prices false).</source>
        <translation>Lean-Minuten-Zips unverändert wiedergeben, ohne die Splits und Dividenden ihrer Faktordateien (Konfiguration replay_adjust_prices false).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="87"/>
        <source>Open the workstation in demo mode (paper broker, replayed demo market).</source>
        <translation>Die Workstation im Demomodus öffnen (Papier-Broker, wiedergegebener Demomarkt).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="90"/>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation>Ein PNG des Hauptfensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="93"/>
        <source>Seconds to run before the screenshot (default 5).</source>
        <translation>Laufzeit in Sekunden vor dem Bildschirmfoto (Standard 5).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>Tab to show: positions, orders, risk or journal.</source>
        <translation>Anzuzeigender Tab: positions, orders, risk oder journal.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="99"/>
        <source>Replay pace in simulated minutes per second (default 20 in the workstation, real time for --ingress-port).</source>
        <translation>Wiedergabetempo in simulierten Minuten pro Sekunde (Standard 20 in der Arbeitsstation, Echtzeit mit --ingress-port).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="104"/>
        <source>Serve the signal ingress on this port (0: any free port). With --headless: run the live pipeline until SIGINT/SIGTERM.</source>
        <translation>Den Signaleingang auf diesem Port anbieten (0: ein freier Port). Mit --headless: die Live-Pipeline bis SIGINT/SIGTERM betreiben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>Address the signal ingress listens on (default 127.0.0.1).</source>
        <translation>Adresse, auf der der Signaleingang lauscht (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="112"/>
        <source>Bearer token the signal ingress requires (default: AXION_INGRESS_TOKEN, else the settings).</source>
        <translation>Bearer-Token, das der Signaleingang verlangt (Standard: AXION_INGRESS_TOKEN, sonst die Einstellungen).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="116"/>
        <source>Broker of the headless live pipeline (default paper).</source>
        <translation>Broker der Live-Pipeline ohne Fenster (Standard paper).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="119"/>
        <source>Alpaca&apos;s trading API (default: its paper or live host).</source>
        <translation>Alpacas Handels-API (Voreinstellung: sein Papier- oder Live-Host).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="124"/>
        <source>Alpaca&apos;s trade_updates WebSocket (default: beside the trading API).</source>
        <translation>Alpacas trade_updates-WebSocket (Voreinstellung: neben der Handels-API).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="128"/>
        <source>Alpaca&apos;s market data API, for history (default https://data.alpaca.markets).</source>
        <translation>Alpacas Marktdaten-API für die Historie (Standard https://data.alpaca.markets).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="131"/>
        <source>Alpaca&apos;s market data WebSocket (default wss://stream.data.alpaca.markets/v2/FEED).</source>
        <translation>Alpacas Marktdaten-WebSocket (Standard wss://stream.data.alpaca.markets/v2/FEED).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="136"/>
        <source>Alpaca&apos;s market data feed: iex (every plan, the default) or sip (a paid plan).</source>
        <translation>Alpacas Marktdaten-Feed: iex (jeder Tarif, die Voreinstellung) oder sip (ein bezahlter Tarif).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="140"/>
        <source>Trade Alpaca&apos;s live account (real money) instead of the paper account.</source>
        <translation>Über Alpacas Live-Konto (echtes Geld) statt über das Papierkonto handeln.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <source>Start the live clock at this UTC instant (ISO 8601): a rehearsal outside market hours against a paper account or a fake.</source>
        <translation>Die Live-Uhr zu diesem UTC-Zeitpunkt (ISO 8601) starten: eine Probe außerhalb der Handelszeiten gegen ein Papierkonto oder eine Attrappe.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="148"/>
        <source>What a replay journals: audit (every signal, risk decision and order event, the default) or trades (trades, orders, fills and daily P&amp;L only).</source>
        <translation>Was eine Wiedergabe ins Journal schreibt: audit (jedes Signal, jede Risikoentscheidung und jedes Orderereignis, die Voreinstellung) oder trades (nur Trades, Orders, Ausführungen und Tages-GuV).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="153"/>
        <source>The headless live pipeline also trades the built-in cloud engine&apos;s signals.</source>
        <translation>Die Live-Pipeline ohne Fenster handelt auch die Signale der eingebauten Cloud-Engine.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="193"/>
        <source>--journal-detail must be audit or trades, got &quot;%1&quot;</source>
        <translation>--journal-detail muss audit oder trades sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="226"/>
        <source>--tab must be positions, orders, risk, journal or signals, got &quot;%1&quot;</source>
        <translation>--tab muss positions, orders, risk, journal oder signals sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="263"/>
        <source>--broker %1 is not available yet: the headless live pipeline runs on --broker paper or alpaca</source>
        <translation>--broker %1 ist noch nicht verfügbar: die Live-Pipeline ohne Fenster läuft mit --broker paper oder alpaca</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="288"/>
        <source>--%1 must be a %2 URL, got &quot;%3&quot;</source>
        <translation>--%1 muss eine %2-URL sein, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="300"/>
        <source>--clock-start must be an ISO 8601 instant with Z or an offset, got &quot;%1&quot;</source>
        <translation>--clock-start muss ein ISO-8601-Zeitpunkt mit Z oder einem Versatz sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="304"/>
        <source>--clock-start is for rehearsals: not with --alpaca-live</source>
        <translation>--clock-start ist für Proben: nicht mit --alpaca-live</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="309"/>
        <source>--broker, --built-in-signals and --clock-start are for the headless live pipeline (--headless --ingress-port N)</source>
        <translation>--broker, --built-in-signals und --clock-start gelten für die Live-Pipeline ohne Fenster (--headless --ingress-port N)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="317"/>
        <source>--summary-json is for headless replays, not with --ingress-port</source>
        <translation>--summary-json gilt für Wiedergaben ohne Fenster, nicht mit --ingress-port</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="321"/>
        <source>--headless needs --replay FILE... or --ingress-port N</source>
        <translation>--headless braucht --replay DATEI... oder --ingress-port N</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="323"/>
        <source>--ingress-address and --ingress-token go with --ingress-port</source>
        <translation>--ingress-address und --ingress-token gehören zu --ingress-port</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="331"/>
        <source>--raw-prices goes with --replay FILE...</source>
        <translation>--raw-prices gehört zu --replay DATEI...</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="200"/>
        <source>--equity must be a whole number of dollars above zero, got &quot;%1&quot;</source>
        <translation>--equity muss ein ganzzahliger Dollarbetrag größer als null sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="217"/>
        <source>--after must be a number of seconds from 0 to 86400, got &quot;%1&quot;</source>
        <translation>--after muss eine Anzahl Sekunden von 0 bis 86400 sein, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="232"/>
        <source>--speed must be simulated minutes per second from 0 to 100000, got &quot;%1&quot;</source>
        <translation>--speed muss in simulierten Minuten pro Sekunde von 0 bis 100000 angegeben werden, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="238"/>
        <source>--after and --tab go with --screenshot FILE</source>
        <translation>--after und --tab gehören zu --screenshot FILE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="244"/>
        <source>--ingress-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>--ingress-port muss eine Portnummer von 0 bis 65535 sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="252"/>
        <source>--ingress-address must be an IP address, got &quot;%1&quot;</source>
        <translation>--ingress-address muss eine IP-Adresse sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>--ingress-token %1</source>
        <translation>--ingress-token %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="267"/>
        <source>--broker must be paper, alpaca or ibkr, got &quot;%1&quot;</source>
        <translation>--broker muss paper, alpaca oder ibkr sein, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="273"/>
        <source>--alpaca-url, --alpaca-stream-url, --alpaca-live, --alpaca-data-url, --alpaca-data-stream-url and --alpaca-feed go with --broker alpaca</source>
        <translation>--alpaca-url, --alpaca-stream-url, --alpaca-live, --alpaca-data-url, --alpaca-data-stream-url und --alpaca-feed gehören zu --broker alpaca</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="295"/>
        <source>--alpaca-feed must be iex or sip, got &quot;%1&quot;</source>
        <translation>--alpaca-feed muss iex oder sip sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="314"/>
        <source>--demo and --screenshot open the workstation: not with --headless</source>
        <translation>--demo und --screenshot öffnen die Workstation: nicht zusammen mit --headless</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="327"/>
        <source>--replay and --summary-json are for --headless runs</source>
        <translation>--replay und --summary-json sind nur für Läufe mit --headless</translation>
    </message>
</context>
<context>
    <name>axion::CredentialStore</name>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="21"/>
        <source>the system keychain could not delete the entry</source>
        <translation>der System-Schlüsselbund konnte den Eintrag nicht löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="24"/>
        <source>access to the system keychain was denied</source>
        <translation>der Zugriff auf den System-Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="27"/>
        <source>the system keychain refused access</source>
        <translation>der System-Schlüsselbund hat den Zugriff abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="30"/>
        <source>no system keychain (Secret Service, KWallet) is available</source>
        <translation>kein System-Schlüsselbund (Secret Service, KWallet) verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="33"/>
        <source>the system keychain does not support this</source>
        <translation>der System-Schlüsselbund unterstützt dies nicht</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="38"/>
        <source>the system keychain is not available (no Secret Service such as GNOME Keyring or KWallet answered)</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar (kein Secret Service wie GNOME Keyring oder KWallet hat geantwortet)</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="41"/>
        <source>the system keychain is not available or did not answer</source>
        <translation>der System-Schlüsselbund ist nicht verfügbar oder hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="50"/>
        <source>unknown keychain error</source>
        <translation>unbekannter Fehler des Schlüsselbunds</translation>
    </message>
</context>
<context>
    <name>axion::DailySummaryModel</name>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="44"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="46"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="48"/>
        <source>Wins</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="50"/>
        <source>Losses</source>
        <translation>Verlierer</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="52"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="54"/>
        <source>Realized P&amp;L</source>
        <translation>Realisierte GuV</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="56"/>
        <source>Equity (EOD)</source>
        <translation>Kapital (Tagesende)</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="130"/>
        <source>%1: %2 trades, %3 won, %4 lost, %5 break-even
Gross profit %6, gross loss %7</source>
        <translation>%1: %2 Trades, %3 gewonnen, %4 verloren, %5 ausgeglichen
Bruttogewinn %6, Bruttoverlust %7</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="139"/>
        <source>The kill switch tripped this day</source>
        <translation>An diesem Tag wurde der Not-Aus ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="160"/>
        <source>Winning trades over all closed trades of the day</source>
        <translation>Gewinntrades im Verhältnis zu allen geschlossenen Trades des Tages</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="162"/>
        <source>Realized P&amp;L of the trades shown (the filters apply)</source>
        <translation>Realisierte GuV der angezeigten Trades (die Filter gelten)</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="164"/>
        <source>Account equity at the end of the day, as the engine recorded it (the whole account: filters do not apply)</source>
        <translation>Kontokapital am Tagesende, wie von der Engine erfasst (das gesamte Konto: die Filter gelten nicht)</translation>
    </message>
</context>
<context>
    <name>axion::EngineWorker</name>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="96"/>
        <source>Cannot open the trade journal %1: %2</source>
        <translation>Das Trade-Journal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="136"/>
        <source>Alpaca: %1%2</source>
        <translation>Alpaca: %1%2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="174"/>
        <source>Demo started: paper broker, replayed market</source>
        <translation>Demo gestartet: Papier-Broker, wiedergegebener Markt</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="175"/>
        <source>Live pipeline started on %1</source>
        <translation>Live-Pipeline auf %1 gestartet</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="176"/>
        <source>Replay started</source>
        <translation>Wiedergabe gestartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/execution/EngineWorker.cpp" line="179"/>
        <source>%n order intent(s) found that the journal had not committed: recorded as sent, to reconcile with the broker</source>
        <translation>
            <numerusform>%n Order-Absicht gefunden, die das Journal nicht gespeichert hatte: als gesendet erfasst, zum Abgleich mit dem Broker</numerusform>
            <numerusform>%n Order-Absichten gefunden, die das Journal nicht gespeichert hatte: als gesendet erfasst, zum Abgleich mit dem Broker</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="187"/>
        <source>The kill switch is still tripped from before the restart (%1): entries stay halted until an operator resets it</source>
        <translation>Der Not-Aus ist seit vor dem Neustart noch ausgelöst (%1): Einstiege bleiben gestoppt, bis ein Bediener ihn zurücksetzt</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="216"/>
        <source>Reconciled with %1: %2 working order(s) and %3 open trade(s) in the journal, %4 correction(s)</source>
        <translation>Mit %1 abgeglichen: %2 offene Order(s) und %3 offene(r) Trade(s) im Journal, %4 Korrektur(en)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="246"/>
        <source>Signals from outside need a trade journal to record them</source>
        <translation>Signale von außen brauchen ein Handelsjournal, das sie festhält</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="265"/>
        <source>Signal ingress listening on %1:%2</source>
        <translation>Signaleingang lauscht auf %1:%2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="270"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="271"/>
        <source>Signal ingress not started: %1</source>
        <translation>Signaleingang nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="287"/>
        <source>Signal database: %1</source>
        <translation>Signaldatenbank: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="291"/>
        <source>Taking signals from %1 (ema_signals)</source>
        <translation>Signale werden aus %1 übernommen (ema_signals)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="295"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="296"/>
        <source>Signal database not used: %1</source>
        <translation>Signaldatenbank nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="370"/>
        <source>Alpaca&apos;s calendar lists only %1 trading days from %2 to %3: not taken, the exchange&apos;s rules stay</source>
        <translation>Alpacas Kalender nennt nur %1 Handelstage von %2 bis %3: nicht übernommen, die Regeln der Börse gelten weiter</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="384"/>
        <source>Alpaca&apos;s calendar: %1 trades %2 to %3 New York time (the rules said otherwise)</source>
        <translation>Alpacas Kalender: am %1 wird von %2 bis %3 New Yorker Zeit gehandelt (die Regeln sagten anderes)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="391"/>
        <source>Alpaca&apos;s calendar: the market is closed on %1</source>
        <translation>Alpacas Kalender: der Markt ist am %1 geschlossen</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="424"/>
        <source>The replayed market has ended</source>
        <translation>Der wiedergegebene Markt ist zu Ende</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="471"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="478"/>
        <source>Alpaca market data (%1): streaming, %2</source>
        <translation>Alpaca-Marktdaten (%1): Stream läuft, %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="480"/>
        <source>Alpaca market data (%1): down, %2</source>
        <translation>Alpaca-Marktdaten (%1): ausgefallen, %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="510"/>
        <source>Alpaca market data: watching %1 (history first)</source>
        <translation>Alpaca-Marktdaten: %1 wird beobachtet (zuerst die Historie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/execution/EngineWorker.cpp" line="527"/>
        <source>Alpaca market data: %n minute bar(s) of history read</source>
        <translation>
            <numerusform>Alpaca-Marktdaten: %n Minutenbalken Historie gelesen</numerusform>
            <numerusform>Alpaca-Marktdaten: %n Minutenbalken Historie gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="541"/>
        <source>%1 %2 signal (conviction %3) rejected: %4</source>
        <translation>Signal %2 für %1 (Überzeugung %3) abgelehnt: %4</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="563"/>
        <source>Bought</source>
        <translation>Gekauft</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="563"/>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="564"/>
        <source>%1 %2 %3 @ %4 (%5)</source>
        <translation>%1 %2 %3 @ %4 (%5)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="577"/>
        <source>Order %1 rejected by %2: %3</source>
        <translation>Order %1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="584"/>
        <source>Closed %1 (%2): P&amp;L %3</source>
        <translation>%1 geschlossen (%2): GuV %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="588"/>
        <source>Kill switch tripped: %1</source>
        <translation>Not-Aus ausgelöst: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="778"/>
        <source>pressed</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="778"/>
        <source>not pressed</source>
        <translation>nicht gedrückt</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="779"/>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="789"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="788"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="791"/>
        <source>unreachable for %1 s</source>
        <translation>%1 s nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="790"/>
        <source>reachable (market paused by the operator)</source>
        <translation>erreichbar (Markt vom Bediener pausiert)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="802"/>
        <source>%1 in a row</source>
        <translation>%1 in Folge</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="803"/>
        <source>%1 losses worse than %2</source>
        <translation>%1 Verluste schlechter als %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="843"/>
        <source>Kill switch reset by the operator: %1</source>
        <translation>Not-Aus vom Bediener zurückgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="852"/>
        <source>Closing %1 at market (manual)</source>
        <translation>%1 wird zum Marktpreis geschlossen (manuell)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="855"/>
        <source>No open position in %1 to close</source>
        <translation>Keine offene Position in %1 zum Schließen</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="867"/>
        <source>Stop of %1 moved to %2 (manual)</source>
        <translation>Stop von %1 auf %2 verschoben (manuell)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="872"/>
        <source>Stop of %1 not moved to %2: %3</source>
        <translation>Stop von %1 nicht auf %2 verschoben: %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="886"/>
        <source>New settings in effect: risk limits, sizing, entries and exits</source>
        <translation>Neue Einstellungen aktiv: Risikolimits, Positionsgröße, Einstiege und Ausstiege</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="887"/>
        <source>New settings in effect; %1 apply at the next start</source>
        <translation>Neue Einstellungen aktiv; %1 gelten ab dem nächsten Start</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="898"/>
        <source>Order %1 is no longer working: nothing to cancel</source>
        <translation>Order %1 ist nicht mehr offen: nichts zu stornieren</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="916"/>
        <source>Connected to the paper broker: the replayed market resumes</source>
        <translation>Mit dem Papier-Broker verbunden: der wiedergegebene Markt läuft weiter</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="917"/>
        <source>Disconnected from the paper broker: the replayed market is paused</source>
        <translation>Vom Papier-Broker getrennt: der wiedergegebene Markt ist angehalten</translation>
    </message>
</context>
<context>
    <name>axion::EquityCurveChart</name>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="65"/>
        <source>Cumulative realized P&amp;L</source>
        <translation>Kumulierte realisierte GuV</translation>
    </message>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="70"/>
        <source>No closed trades to chart</source>
        <translation>Keine geschlossenen Trades für das Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="174"/>
        <source>%1
Cumulative P&amp;L %2</source>
        <translation>%1
Kumulierte GuV %2</translation>
    </message>
</context>
<context>
    <name>axion::ExposureModel</name>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="43"/>
        <source>%1: %2 of equity (%3), limit %4; %5 of the limit used</source>
        <translation>%1: %2 des Kapitals (%3), Limit %4; %5 des Limits ausgeschöpft</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="80"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="80"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="82"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="84"/>
        <source>Of equity</source>
        <translation>Vom Kapital</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="86"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>axion::FillsModel</name>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="86"/>
        <source>Broker time %1 ET, received %2 ET</source>
        <translation>Brokerzeit %1 ET, empfangen %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="90"/>
        <source>Execution %1 of order %2 (broker order %3)</source>
        <translation>Ausführung %1 der Order %2 (Broker-Order %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="134"/>
        <source>Broker execution time, New York</source>
        <translation>Ausführungszeit beim Broker, New York</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="139"/>
        <source>Time (ET)</source>
        <translation>Zeit (ET)</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="141"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="143"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="145"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="147"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="149"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="151"/>
        <source>Client order id</source>
        <translation>Client-Order-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="153"/>
        <source>Execution id</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="155"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
</context>
<context>
    <name>axion::JournalTradeModel</name>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="127"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="129"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="131"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="133"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="135"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="137"/>
        <source>Shares</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="139"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="141"/>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="143"/>
        <source>P&amp;L</source>
        <translation>GuV</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="145"/>
        <source>P&amp;L %</source>
        <translation>GuV %</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="147"/>
        <source>Exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="149"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="151"/>
        <source>Held</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="153"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="155"/>
        <source>TF</source>
        <translation>TF</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="157"/>
        <source>Conv.</source>
        <translation>Überz.</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="159"/>
        <source>Signal id</source>
        <translation>Signal-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="168"/>
        <source>Stop loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="170"/>
        <source>Momentum exhaustion</source>
        <translation>Momentum-Erschöpfung</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="172"/>
        <source>Cloud flip</source>
        <translation>Cloud-Wechsel</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="174"/>
        <source>Profit target</source>
        <translation>Kursziel</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="176"/>
        <source>Time stop</source>
        <translation>Zeit-Stop</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="178"/>
        <source>End of day</source>
        <translation>Tagesende</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="180"/>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="182"/>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="184"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="186"/>
        <source>Late fill</source>
        <translation>Späte Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="199"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="199"/>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="215"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="217"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="218"/>
        <source>Cancelled: %1</source>
        <translation>Storniert: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="321"/>
        <source>%1 realized on %2 shares</source>
        <translation>%1 realisiert auf %2 Aktien</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="330"/>
        <source>Signal %1
%2 on %3, conviction %4
Broker %5, entry order %6</source>
        <translation>Signal %1
%2 auf %3, Überzeugung %4
Broker %5, Einstiegsorder %6</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="337"/>
        <source>Opened %1, closed %2 (New York)</source>
        <translation>Eröffnet %1, geschlossen %2 (New York)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="340"/>
        <source>Opened %1 (New York)</source>
        <translation>Eröffnet %1 (New York)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="362"/>
        <source>Trade number in the journal</source>
        <translation>Trade-Nummer im Journal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="364"/>
        <source>Exit time, New York (cancel time of an entry that never filled)</source>
        <translation>Ausstiegszeit, New York (Stornozeit bei einem nie ausgeführten Einstieg)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="366"/>
        <source>Entry time, New York</source>
        <translation>Einstiegszeit, New York</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="368"/>
        <source>Time from entry to exit</source>
        <translation>Zeit vom Einstieg bis zum Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="370"/>
        <source>Timeframe of the signal</source>
        <translation>Zeitrahmen des Signals</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="372"/>
        <source>Conviction of the signal (0-100)</source>
        <translation>Überzeugung des Signals (0-100)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="374"/>
        <source>Realized P&amp;L as a percentage of the entry cost</source>
        <translation>Realisierte GuV in Prozent der Einstiegskosten</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchButton</name>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="148"/>
        <source>KILL SWITCH</source>
        <translation>NOT-AUS</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="149"/>
        <source>KILL SWITCH TRIPPED</source>
        <translation>NOT-AUS AUSGELÖST</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="164"/>
        <source>&lt;b&gt;Kill switch armed.&lt;/b&gt;&lt;br&gt;Click (or press %1) to stop trading at once: no new entries, working entries cancelled, day trades closed. Swing positions keep their broker-side stops.&lt;br&gt;There is no confirmation; resetting needs an operator note.</source>
        <translation>&lt;b&gt;Not-Aus scharf.&lt;/b&gt;&lt;br&gt;Klicken Sie (oder drücken Sie %1), um den Handel sofort zu stoppen: keine neuen Einstiege, offene Einstiegsorders werden storniert, Daytrades geschlossen. Swing-Positionen behalten ihre Stops beim Broker.&lt;br&gt;Es gibt keine Bestätigung; das Zurücksetzen erfordert eine Bedienernotiz.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="180"/>
        <source>%1: %2&lt;br&gt;Tripped at %3 New York time.</source>
        <translation>%1: %2&lt;br&gt;Ausgelöst um %3 New Yorker Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="184"/>
        <source>Trip requested, waiting for the engine to confirm.</source>
        <translation>Auslösung angefordert, warte auf Bestätigung der Engine.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="186"/>
        <source>&lt;b&gt;Kill switch TRIPPED.&lt;/b&gt; New entries are halted.&lt;br&gt;%1&lt;br&gt;Click to review and reset (needs an operator note).</source>
        <translation>&lt;b&gt;Not-Aus AUSGELÖST.&lt;/b&gt; Neue Einstiege sind gestoppt.&lt;br&gt;%1&lt;br&gt;Klicken Sie zum Prüfen und Zurücksetzen (erfordert eine Bedienernotiz).</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchHistoryModel</name>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="15"/>
        <source>Tripped</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="17"/>
        <source>Repeated</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="19"/>
        <source>Reset</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="90"/>
        <source>%1 (%2 New York time)</source>
        <translation>%1 (%2 New Yorker Zeit)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="128"/>
        <source>Time (ET)</source>
        <translation>Zeit (ET)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="130"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="132"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="134"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchResetDialog</name>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="55"/>
        <source>Reset kill switch</source>
        <translation>Not-Aus zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="19"/>
        <source>The kill switch is tripped: new entries are halted.</source>
        <translation>Der Not-Aus ist ausgelöst: neue Einstiege sind gestoppt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="36"/>
        <source>Trigger:</source>
        <translation>Auslöser:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="37"/>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="38"/>
        <source>Tripped at:</source>
        <translation>Ausgelöst um:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="41"/>
        <source>Resetting lets the executor open new positions again. Make sure the cause is understood and resolved. The note is written to the journal.</source>
        <translation>Nach dem Zurücksetzen kann der Executor wieder neue Positionen eröffnen. Stellen Sie sicher, dass die Ursache verstanden und behoben ist. Die Notiz wird ins Journal geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="48"/>
        <source>Operator note (required), e.g. &quot;broker reconnected, positions checked&quot;</source>
        <translation>Bedienernotiz (Pflichtfeld), z. B. &quot;Broker neu verbunden, Positionen geprüft&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="79"/>
        <source>Manual (waiting for the engine to confirm)</source>
        <translation>Manuell (warte auf Bestätigung der Engine)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="80"/>
        <source>manual: kill switch pressed in the toolbar</source>
        <translation>manuell: Not-Aus in der Werkzeugleiste gedrückt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="81"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="85"/>
        <source>(no detail)</source>
        <translation>(kein Detail)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="88"/>
        <source>%1 %2 New York time</source>
        <translation>%1 %2 New Yorker Zeit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="103"/>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="105"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="107"/>
        <source>Broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="109"/>
        <source>Equity below minimum</source>
        <translation>Kapital unter Minimum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="111"/>
        <source>Consecutive losses</source>
        <translation>Verluste in Folge</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchTriggerModel</name>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="26"/>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="28"/>
        <source>Manual stop</source>
        <translation>Manuelle Auslösung</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="30"/>
        <source>Broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="32"/>
        <source>Equity below minimum</source>
        <translation>Kapital unter Minimum</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="34"/>
        <source>Consecutive losses</source>
        <translation>Verluste in Folge</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="121"/>
        <source>Firing</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="122"/>
        <source>Tripped</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="122"/>
        <source>Clear</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="127"/>
        <source>This trigger tripped the kill switch; its condition has cleared but the switch stays tripped until an operator resets it.</source>
        <translation>Dieser Auslöser hat den Not-Aus ausgelöst; seine Bedingung besteht nicht mehr, aber der Not-Aus bleibt ausgelöst, bis ein Bediener ihn zurücksetzt.</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="129"/>
        <source>%1: %2 (limit %3)</source>
        <translation>%1: %2 (Limit %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="179"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="181"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="183"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="185"/>
        <source>Usage</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="187"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>axion::LiveAccountDialog</name>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="38"/>
        <source>Trade live with real money?</source>
        <translation>Live mit echtem Geld handeln?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="41"/>
        <source>Orders will go to this Alpaca account, with real money.</source>
        <translation>Orders gehen an dieses Alpaca-Konto, mit echtem Geld.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="64"/>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="65"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="66"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="67"/>
        <source>Equity:</source>
        <translation>Eigenkapital:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="68"/>
        <source>Cash:</source>
        <translation>Bargeld:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="69"/>
        <source>Buying power:</source>
        <translation>Kaufkraft:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="70"/>
        <source>Pattern day trader:</source>
        <translation>Pattern Day Trader:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="71"/>
        <source>Blocks:</source>
        <translation>Sperren:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="74"/>
        <source>I understand that the executor will trade this account on its own, with real money</source>
        <translation>Ich verstehe, dass der Ausführer dieses Konto selbstständig handelt, mit echtem Geld</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="80"/>
        <source>Trade live</source>
        <translation>Live handeln</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="82"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="122"/>
        <source>Reading the secret key from the system keychain…</source>
        <translation>Geheimer Schlüssel wird aus dem System-Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="126"/>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="134"/>
        <source>Asking Alpaca for the account…</source>
        <translation>Alpaca wird nach dem Konto gefragt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="140"/>
        <source>No secret key is stored: type it in the Alpaca section first.</source>
        <translation>Kein geheimer Schlüssel gespeichert: zuerst im Abschnitt Alpaca eingeben.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="145"/>
        <source>The secret key cannot be read from the keychain: %1</source>
        <translation>Der geheime Schlüssel kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="157"/>
        <source>yes (day trades in the last 5 days: %1)</source>
        <translation>ja (Daytrades in den letzten 5 Tagen: %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="158"/>
        <source>no (day trades in the last 5 days: %1)</source>
        <translation>nein (Daytrades in den letzten 5 Tagen: %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="162"/>
        <source>trading blocked</source>
        <translation>Handel gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="164"/>
        <source>account blocked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="166"/>
        <source>transfers blocked</source>
        <translation>Überweisungen gesperrt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="168"/>
        <source>trading suspended by the owner</source>
        <translation>Handel vom Inhaber ausgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="169"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="173"/>
        <source>Alpaca answered for account %1.</source>
        <translation>Alpaca hat für Konto %1 geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="176"/>
        <source>This account cannot trade: %1.</source>
        <translation>Dieses Konto kann nicht handeln: %1.</translation>
    </message>
</context>
<context>
    <name>axion::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="36"/>
        <source>Axion Trade Executor</source>
        <translation>Axion Trade Executor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="47"/>
        <source>Active Positions</source>
        <translation>Aktive Positionen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Order Book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Risk Dashboard</source>
        <translation>Risiko-Dashboard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Trade Journal</source>
        <translation>Trade-Journal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Connect to or disconnect from the broker</source>
        <translation>Mit dem Broker verbinden oder die Verbindung trennen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Signal ingress: POST http://%1:%2/v1/signals or WebSocket ws://%1:%2/v1/signals (bearer token in Settings, Signals)</source>
        <translation>Signaleingang: POST http://%1:%2/v1/signals oder WebSocket ws://%1:%2/v1/signals (Bearer-Token unter Einstellungen, Signale)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Trade journal not shown: %1</source>
        <translation>Trade-Journal wird nicht angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
</context>
<context>
    <name>axion::ModeBadge</name>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="22"/>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="22"/>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="23"/>
        <source>Orders go to a real brokerage account</source>
        <translation>Orders gehen an ein echtes Brokerkonto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="24"/>
        <source>Simulated orders, no real money</source>
        <translation>Simulierte Orders, kein echtes Geld</translation>
    </message>
</context>
<context>
    <name>axion::MoveStopDialog</name>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="26"/>
        <source>Move stop: %1</source>
        <translation>Stop verschieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="50"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="50"/>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="54"/>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="56"/>
        <source>%1 %2 %3 shares</source>
        <translation>%1 %2, %3 Aktien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="58"/>
        <source>Entry:</source>
        <translation>Einstieg:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="59"/>
        <source>Current price:</source>
        <translation>Aktueller Kurs:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="60"/>
        <source>Current stop:</source>
        <translation>Aktueller Stop:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="61"/>
        <source>New stop:</source>
        <translation>Neuer Stop:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="62"/>
        <source>If stopped:</source>
        <translation>Falls ausgestoppt:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="65"/>
        <source>Move stop</source>
        <translation>Stop verschieben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="97"/>
        <source>The stop must be a positive price.</source>
        <translation>Der Stop muss ein positiver Preis sein.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="99"/>
        <source>A long position&apos;s stop must be below the current price (%1).</source>
        <translation>Der Stop einer Long-Position muss unter dem aktuellen Kurs (%1) liegen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="102"/>
        <source>A short position&apos;s stop must be above the current price (%1).</source>
        <translation>Der Stop einer Short-Position muss über dem aktuellen Kurs (%1) liegen.</translation>
    </message>
</context>
<context>
    <name>axion::OrderBookTab</name>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="202"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="207"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="464"/>
        <source>Cancel order</source>
        <translation>Order stornieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="210"/>
        <source>Ask the broker to cancel the selected orders (Delete)</source>
        <translation>Den Broker bitten, die ausgewählten Orders zu stornieren (Entf)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="215"/>
        <source>Working orders</source>
        <translation>Offene Orders</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="218"/>
        <source>Select orders and press Delete to cancel</source>
        <translation>Orders auswählen und Entf drücken, um sie zu stornieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="263"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="269"/>
        <source>All legs</source>
        <translation>Alle Legs</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="276"/>
        <source>Buy and sell</source>
        <translation>Kauf und Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="283"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="292"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="374"/>
        <source>Showing %1 of %2 orders</source>
        <translation>%1 von %2 Orders angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="376"/>
        <source>1 order</source>
        <translation>1 Order</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="376"/>
        <source>%1 orders</source>
        <translation>%1 Orders</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="381"/>
        <source>Order history (%1)</source>
        <translation>Order-Historie (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="384"/>
        <source>Recent fills (%1)</source>
        <translation>Letzte Ausführungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="440"/>
        <source>Cancel protective stop?</source>
        <translation>Schutz-Stop stornieren?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="441"/>
        <source>Cancelling the protective stop of %1 leaves the position unprotected.</source>
        <translation>Wenn Sie den Schutz-Stop von %1 stornieren, ist die Position ungeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="446"/>
        <source>The shares stay open with no stop at the broker until a new stop is placed. Cancel the stop anyway?</source>
        <translation>Die Aktien bleiben ohne Stop beim Broker offen, bis ein neuer Stop platziert wird. Stop trotzdem stornieren?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="448"/>
        <source>Cancel stop</source>
        <translation>Stop stornieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="450"/>
        <source>Keep stop</source>
        <translation>Stop behalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/OrderBookTab.cpp" line="464"/>
        <source>Cancel %n orders</source>
        <translation>
            <numerusform>%n Order stornieren</numerusform>
            <numerusform>%n Orders stornieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="500"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="509"/>
        <source>Copy client order id</source>
        <translation>Client-Order-ID kopieren</translation>
    </message>
</context>
<context>
    <name>axion::OrderFilterProxy</name>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="72"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="74"/>
        <source>Working</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="76"/>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="78"/>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="80"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="82"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="84"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="86"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>axion::OrdersModel</name>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="154"/>
        <source>Deterministic client order id: signal id and leg</source>
        <translation>Deterministische Client-Order-ID: Signal-ID und Leg</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="156"/>
        <source>Shares still working: quantity - filled</source>
        <translation>Noch offene Stückzahl: Menge - ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="158"/>
        <source>Time since the order was created (engine clock)</source>
        <translation>Zeit seit Erstellung der Order (Engine-Uhr)</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="160"/>
        <source>Average price of the filled shares</source>
        <translation>Durchschnittspreis der ausgeführten Aktien</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="162"/>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="261"/>
        <source>Client order id: %1</source>
        <translation>Client-Order-ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="263"/>
        <source>Broker order id: %1</source>
        <translation>Broker-Order-ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="265"/>
        <source>Parent: %1</source>
        <translation>Übergeordnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="267"/>
        <source>OCO group: %1</source>
        <translation>OCO-Gruppe: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="273"/>
        <source>%1 since %2 ET</source>
        <translation>%1 seit %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="284"/>
        <source>Created %1 ET</source>
        <translation>Erstellt %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="287"/>
        <source>Updated %1 ET</source>
        <translation>Aktualisiert %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="291"/>
        <source>%1 shares at an average %2, %3</source>
        <translation>%1 Aktien zu durchschnittlich %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="304"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="306"/>
        <source>Scale-in</source>
        <translation>Aufstocken</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="308"/>
        <location filename="../ui/models/OrdersModel.cpp" line="328"/>
        <location filename="../ui/models/OrdersModel.cpp" line="406"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="310"/>
        <source>Target</source>
        <translation>Kursziel</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="312"/>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="318"/>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="318"/>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="324"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="326"/>
        <location filename="../ui/models/OrdersModel.cpp" line="404"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="330"/>
        <source>Stop limit</source>
        <translation>Stop-Limit</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="338"/>
        <source>DAY</source>
        <translation>DAY</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="340"/>
        <source>GTC</source>
        <translation>GTC</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="342"/>
        <source>IOC</source>
        <translation>IOC</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="350"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="352"/>
        <source>Submitting</source>
        <translation>Wird übermittelt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="354"/>
        <source>Working</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="356"/>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="358"/>
        <location filename="../ui/models/OrdersModel.cpp" line="398"/>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="360"/>
        <source>Cancel pending</source>
        <translation>Storno ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="362"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="364"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="366"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="368"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="375"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="377"/>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="379"/>
        <source>IBKR</source>
        <translation>IBKR</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="386"/>
        <source>Client order id</source>
        <translation>Client-Order-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="388"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="390"/>
        <source>Leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="392"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="394"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="396"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="400"/>
        <source>Remaining</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="402"/>
        <source>Avg fill</source>
        <translation>Ø Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="408"/>
        <source>TIF</source>
        <translation>TIF</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="410"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="412"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="414"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="416"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="418"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="420"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>axion::PnlCurveChart</name>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="78"/>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="101"/>
        <source>Day P&amp;L</source>
        <translation>Tages-GuV</translation>
    </message>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="79"/>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="106"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="135"/>
        <source>No P&amp;L yet today</source>
        <translation>Heute noch keine GuV</translation>
    </message>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="286"/>
        <source>Kill switch at %1</source>
        <translation>Not-Aus um %1</translation>
    </message>
</context>
<context>
    <name>axion::PositionChart</name>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="186"/>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="215"/>
        <location filename="../ui/charts/PositionChart.cpp" line="220"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="218"/>
        <source>Target</source>
        <translation>Kursziel</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="219"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="269"/>
        <source>EMA 5</source>
        <translation>EMA 5</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="269"/>
        <source>EMA 12</source>
        <translation>EMA 12</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="270"/>
        <source>EMA 8</source>
        <translation>EMA 8</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="270"/>
        <source>EMA 9</source>
        <translation>EMA 9</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="271"/>
        <source>EMA 34</source>
        <translation>EMA 34</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="271"/>
        <source>EMA 50</source>
        <translation>EMA 50</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="351"/>
        <source>Select a position to see its chart</source>
        <translation>Wählen Sie eine Position, um ihren Chart zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="652"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="652"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="653"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="653"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="654"/>
        <source>Vol</source>
        <translation>Vol.</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="659"/>
        <source>5/12</source>
        <translation>5/12</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="659"/>
        <source>8/9</source>
        <translation>8/9</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="659"/>
        <source>34/50</source>
        <translation>34/50</translation>
    </message>
</context>
<context>
    <name>axion::PositionsModel</name>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="160"/>
        <source>Initial stop %1 (defines 1R = %2 per share)</source>
        <translation>Anfänglicher Stop %1 (definiert 1R = %2 je Aktie)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="163"/>
        <source>Entered %1 New York time</source>
        <translation>Einstieg %1 New Yorker Zeit</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="165"/>
        <source>Market value %1, cost basis %2, realized %3</source>
        <translation>Marktwert %1, Einstandswert %2, realisiert %3</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="185"/>
        <source>Unrealized P&amp;L as a fraction of the cost basis</source>
        <translation>Unrealisierte GuV als Anteil am Einstandswert</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="187"/>
        <source>Move since entry in units of the initial risk (entry to initial stop)</source>
        <translation>Bewegung seit Einstieg als R-Vielfaches des Anfangsrisikos (Einstieg bis anfänglicher Stop)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="189"/>
        <source>Time since entry (engine clock)</source>
        <translation>Zeit seit Einstieg (Engine-Uhr)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="198"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="200"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="202"/>
        <source>Shares</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="204"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="206"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="208"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="210"/>
        <source>Target</source>
        <translation>Kursziel</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="212"/>
        <source>Unreal. P&amp;L</source>
        <translation>Unreal. GuV</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="214"/>
        <source>P&amp;L %</source>
        <translation>GuV %</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="216"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="218"/>
        <source>In trade</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="220"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="222"/>
        <source>Broker</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="224"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="235"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="235"/>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="243"/>
        <location filename="../ui/models/PositionsModel.cpp" line="245"/>
        <source>none</source>
        <translation>ohne</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="259"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
</context>
<context>
    <name>axion::ReplaySpeedControl</name>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="28"/>
        <source>Demo replay speed: 1× = one simulated minute per second.</source>
        <translation>Wiedergabetempo der Demo: 1× = eine simulierte Minute pro Sekunde.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="30"/>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="130"/>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="128"/>
        <source>Replay paused: click to resume</source>
        <translation>Wiedergabe angehalten: zum Fortsetzen klicken</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="128"/>
        <source>Pause the replay</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="129"/>
        <source>Resume replay</source>
        <translation>Wiedergabe fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="129"/>
        <source>Pause replay</source>
        <translation>Wiedergabe anhalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="130"/>
        <source>Replay paused</source>
        <translation>Wiedergabe angehalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="142"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>axion::RiskDashboardTab</name>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="128"/>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="153"/>
        <source>Day P&amp;L</source>
        <translation>Tages-GuV</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="161"/>
        <source>Daily loss</source>
        <translation>Tagesverlust</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="169"/>
        <source>Open positions</source>
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="188"/>
        <source>Day P&amp;L and drawdown (New York time)</source>
        <translation>Tages-GuV und Drawdown (New Yorker Zeit)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="199"/>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="283"/>
        <source>Exposure by ticker</source>
        <translation>Exposure nach Ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="203"/>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="286"/>
        <source>Exposure by sector</source>
        <translation>Exposure nach Sektor</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="222"/>
        <source>Kill switch triggers</source>
        <translation>Not-Aus-Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="248"/>
        <source>Trip history</source>
        <translation>Auslöseverlauf</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="280"/>
        <source>%1 · limit %2 of equity</source>
        <translation>%1 · Limit %2 des Kapitals</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="315"/>
        <source>TRIPPED</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="315"/>
        <source>ARMED</source>
        <translation>SCHARF</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="316"/>
        <source>Entries are halted until an operator resets the kill switch</source>
        <translation>Einstiege sind gestoppt, bis ein Bediener den Not-Aus zurücksetzt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="318"/>
        <source>Trading is allowed; the kill switch trips on any of its five triggers</source>
        <translation>Handel ist erlaubt; der Not-Aus löst bei jedem seiner fünf Auslöser aus</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="333"/>
        <source>since %1 ET</source>
        <translation>seit %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="337"/>
        <source>Tripped</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="340"/>
        <source>Entries are halted until an operator resets the switch</source>
        <translation>Einstiege sind gestoppt, bis ein Bediener den Not-Aus zurücksetzt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="348"/>
        <source>Trading allowed</source>
        <translation>Handel erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="349"/>
        <source>Trading allowed · firing: %1</source>
        <translation>Handel erlaubt · aktiv: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="357"/>
        <source>Closest trigger: %1 at %2 of its limit</source>
        <translation>Nächster Auslöser: %1 bei %2 seines Limits</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="360"/>
        <source>All triggers clear</source>
        <translation>Kein Auslöser aktiv</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="382"/>
        <source>%1 · start of day %2</source>
        <translation>%1 · Tagesbeginn %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="385"/>
        <source>Start of day equity not known yet</source>
        <translation>Kapital bei Tagesbeginn noch nicht bekannt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="398"/>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="400"/>
        <source>Loss today %1 of start of day equity; the kill switch trips beyond %2</source>
        <translation>Verlust heute %1 des Kapitals bei Tagesbeginn; der Not-Aus löst über %2 aus</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="410"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="417"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="417"/>
        <source>no new entries</source>
        <translation>keine neuen Einstiege</translation>
    </message>
</context>
<context>
    <name>axion::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="88"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="93"/>
        <source>The stored settings could not be used: %1</source>
        <translation>Die gespeicherten Einstellungen konnten nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="106"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="107"/>
        <source>Brokers</source>
        <translation>Broker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="108"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="109"/>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="149"/>
        <source>Checking the system keychain…</source>
        <translation>System-Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="154"/>
        <source>Credentials cannot be stored: no system keychain is available</source>
        <translation>Zugangsdaten können nicht gespeichert werden: kein System-Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="170"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="503"/>
        <source>JSON key: %1</source>
        <translation>JSON-Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="185"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="264"/>
        <source>Risk profile:</source>
        <translation>Risikoprofil:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="267"/>
        <source>Aggressive</source>
        <translation>Aggressiv</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="268"/>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="269"/>
        <source>Conservative</source>
        <translation>Konservativ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="270"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="271"/>
        <source>Choosing a preset fills in the risk limits; editing a limit makes the profile Custom</source>
        <translation>Eine Vorgabe setzt die Risikolimits; das Ändern eines Limits macht das Profil benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="299"/>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="300"/>
        <source>Risk per trade</source>
        <translation>Risiko pro Trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="301"/>
        <source>Equity at risk between entry and stop on one trade</source>
        <translation>Riskiertes Kapital zwischen Einstieg und Stop bei einem Trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="303"/>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="304"/>
        <source>Loss of start-of-day equity that stops trading for the day (kill switch)</source>
        <translation>Verlust des Kapitals bei Tagesbeginn, der den Handel für den Tag beendet (Not-Aus)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="306"/>
        <source>Open positions</source>
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="307"/>
        <source>Most positions open at the same time</source>
        <translation>Höchstzahl gleichzeitig offener Positionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="308"/>
        <source> positions</source>
        <translation> Positionen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="309"/>
        <source>Per stock</source>
        <translation>Pro Aktie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="310"/>
        <source>Largest position in one stock, as a share of equity</source>
        <translation>Größte Position in einer Aktie, als Anteil am Kapital</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="312"/>
        <source>Per sector</source>
        <translation>Pro Sektor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="313"/>
        <source>Largest exposure to one sector, as a share of equity</source>
        <translation>Größtes Exposure in einem Sektor, als Anteil am Kapital</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="320"/>
        <source>$ </source>
        <translation>$ </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="324"/>
        <source>Minimum equity</source>
        <translation>Mindestkapital</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="325"/>
        <source>Below this account equity no new trades are taken and the kill switch trips ($25,000 is the pattern-day-trader minimum)</source>
        <translation>Unter diesem Kontokapital werden keine neuen Trades eröffnet und der Not-Aus löst aus (25.000 $ ist das Minimum für Pattern Day Trader)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="337"/>
        <source>Kill switch</source>
        <translation>Not-Aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="338"/>
        <source>Losing streak</source>
        <translation>Verlustserie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="339"/>
        <source>Consecutive losing trades, each worse than the loss below, that trip the kill switch</source>
        <translation>Aufeinanderfolgende Verlusttrades, jeder schlechter als der Verlust unten, die den Not-Aus auslösen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="341"/>
        <source> trades</source>
        <translation> Trades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="342"/>
        <source>Loss per trade</source>
        <translation>Verlust pro Trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="343"/>
        <source>Loss on a trade&apos;s cost that counts towards the losing streak</source>
        <translation>Verlust bezogen auf die Kosten eines Trades, ab dem er zur Verlustserie zählt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="345"/>
        <source>Broker unreachable</source>
        <translation>Broker nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="346"/>
        <source>Seconds without a broker connection before the kill switch trips</source>
        <translation>Sekunden ohne Broker-Verbindung, bevor der Not-Aus auslöst</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="347"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="760"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="763"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="350"/>
        <source>Entries</source>
        <translation>Einstiege</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="351"/>
        <source>Minimum conviction</source>
        <translation>Mindest-Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="352"/>
        <source>Signals below this conviction are journaled, not traded</source>
        <translation>Signale unter dieser Überzeugung werden im Journal erfasst, aber nicht gehandelt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="353"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="357"/>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="354"/>
        <source>High conviction</source>
        <translation>Hohe Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="355"/>
        <source>From this conviction on a trade gets full size and, with volume confirmed, a market entry</source>
        <translation>Ab dieser Überzeugung erhält ein Trade die volle Größe und, bei bestätigtem Volumen, einen Market-Einstieg</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="358"/>
        <source>Medium size</source>
        <translation>Mittlere Größe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="359"/>
        <source>Size of a medium-conviction trade, as a share of full size</source>
        <translation>Größe eines Trades mit mittlerer Überzeugung, als Anteil der vollen Größe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="361"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="362"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="363"/>
        <source>High conviction order</source>
        <translation>Order bei hoher Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="364"/>
        <source>Order type of high-conviction entries</source>
        <translation>Ordertyp für Einstiege mit hoher Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="367"/>
        <source>Medium conviction order</source>
        <translation>Order bei mittlerer Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="367"/>
        <source>Order type of medium-conviction entries</source>
        <translation>Ordertyp für Einstiege mit mittlerer Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="370"/>
        <source>Enter in two parts</source>
        <translation>In zwei Teilen einsteigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="372"/>
        <source>Scale in</source>
        <translation>Aufstocken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="373"/>
        <source>Enter part of the position now and the rest on the first pullback to the entry cloud that holds</source>
        <translation>Einen Teil der Position sofort eröffnen und den Rest beim ersten Rücksetzer auf die Einstiegs-Cloud, der hält</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="379"/>
        <source>First part</source>
        <translation>Erster Teil</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="380"/>
        <source>Share of the position entered at once when scaling in</source>
        <translation>Anteil der Position, der beim Aufstocken sofort eröffnet wird</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="382"/>
        <source>Limit entry expires</source>
        <translation>Limit-Einstieg verfällt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="383"/>
        <source>An unfilled limit entry is cancelled after this many bars</source>
        <translation>Ein nicht ausgeführter Limit-Einstieg wird nach so vielen Kerzen storniert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="384"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="451"/>
        <source> bars</source>
        <translation> Kerzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="386"/>
        <source>Fast (5/12)</source>
        <translation>Schnell (5/12)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="387"/>
        <source>Pullback (8/9)</source>
        <translation>Pullback (8/9)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="388"/>
        <source>Trend (20/21)</source>
        <translation>Trend (20/21)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="389"/>
        <source>Macro (34/50)</source>
        <translation>Makro (34/50)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="390"/>
        <source>Long term (72/89)</source>
        <translation>Langfristig (72/89)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="391"/>
        <source>Entry cloud</source>
        <translation>Einstiegs-Cloud</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="392"/>
        <source>Cloud whose edge limit entries and scale-ins wait for</source>
        <translation>Cloud, an deren Rand Limit-Einstiege und Aufstockungen warten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="394"/>
        <source>Volume confirmation</source>
        <translation>Volumenbestätigung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="395"/>
        <source>Volume against its average that confirms a signal</source>
        <translation>Volumen im Verhältnis zu seinem Durchschnitt, das ein Signal bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="396"/>
        <source> × average</source>
        <translation> × Durchschnitt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="403"/>
        <source> shares</source>
        <translation> Aktien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="407"/>
        <source>Most shares</source>
        <translation>Max. Aktien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="408"/>
        <source>Hard cap on the shares of one position, whatever the sizing says</source>
        <translation>Feste Obergrenze für die Aktien einer Position, unabhängig von der Positionsgrößenberechnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="417"/>
        <source>Exits</source>
        <translation>Ausstiege</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="418"/>
        <source>Profit target</source>
        <translation>Kursziel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="419"/>
        <source>Target distance as a multiple of the stop distance</source>
        <translation>Abstand zum Kursziel als Vielfaches des Stop-Abstands</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="420"/>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="421"/>
        <source>Time stop</source>
        <translation>Zeit-Stop</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="422"/>
        <source>A day trade without enough progress is closed after this many minutes</source>
        <translation>Ein Daytrade ohne ausreichenden Fortschritt wird nach so vielen Minuten geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="423"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="424"/>
        <source>Progress needed</source>
        <translation>Nötiger Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="425"/>
        <source>Progress, in multiples of the initial risk (R), that keeps a trade past the time stop</source>
        <translation>Fortschritt in Vielfachen des Anfangsrisikos (R), mit dem ein Trade über den Zeit-Stop hinaus offen bleibt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="427"/>
        <source> R</source>
        <translation> R</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="433"/>
        <source>Day trades closed at</source>
        <translation>Daytrades schließen um</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="434"/>
        <source>New York time at which day trades are closed; on early-close days five minutes before the close</source>
        <translation>New Yorker Uhrzeit, zu der Daytrades geschlossen werden; an Tagen mit frühem Handelsschluss fünf Minuten vor Schluss</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="446"/>
        <source>Trailing stop cloud</source>
        <translation>Trailing-Stop-Cloud</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="447"/>
        <source>Cloud that trails the stop of swing trades</source>
        <translation>Cloud, an der der Stop von Swing-Trades nachgezogen wird</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="449"/>
        <source>Momentum exhaustion</source>
        <translation>Momentum-Erschöpfung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="450"/>
        <source>Closes in a row outside the fast cloud that count as exhaustion</source>
        <translation>Schlusskurse in Folge außerhalb der schnellen Cloud, die als Erschöpfung gelten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="453"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="454"/>
        <source>Slippage buffer</source>
        <translation>Slippage-Puffer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="455"/>
        <source>Price allowance for slippage used when sizing</source>
        <translation>Preispuffer für Slippage bei der Positionsgrößenberechnung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="457"/>
        <source>Paper slippage</source>
        <translation>Slippage des Papier-Brokers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="458"/>
        <source>Simulated slippage of the paper broker (at most half the bar&apos;s range; applies at the next start)</source>
        <translation>Simulierte Slippage des Papier-Brokers (höchstens die halbe Spanne des Balkens; gilt ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="461"/>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="462"/>
        <source>Time in force of entry orders</source>
        <translation>Gültigkeit von Einstiegsorders</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="463"/>
        <source>Day</source>
        <translation>Tagesgültig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="464"/>
        <source>Good till cancelled</source>
        <translation>Gültig bis Widerruf</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="465"/>
        <source>Immediate or cancel</source>
        <translation>Sofort ausführen oder stornieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="467"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="479"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="470"/>
        <source>AAPL = Technology
JPM = Financials</source>
        <translation>AAPL = Technologie
JPM = Finanzen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="474"/>
        <source>One TICKER = Sector per line. Unlisted tickers count as their own sector.</source>
        <translation>Ein TICKER = Sektor pro Zeile. Nicht aufgeführte Ticker gelten als eigener Sektor.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="502"/>
        <source>Sector of each ticker, for the sector exposure limit</source>
        <translation>Sektor jedes Tickers, für das Sektor-Exposure-Limit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="520"/>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="521"/>
        <source>Trading mode</source>
        <translation>Handelsmodus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="522"/>
        <source>Paper sends every order to the built-in paper broker; live sends orders to the primary broker</source>
        <translation>Papier schickt jede Order an den eingebauten Papier-Broker; Live schickt Orders an den primären Broker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="525"/>
        <source>Paper (simulated orders)</source>
        <translation>Papier (simulierte Orders)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="526"/>
        <source>Live (real money)</source>
        <translation>Live (echtes Geld)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="528"/>
        <source>Paper broker (built in)</source>
        <translation>Papier-Broker (eingebaut)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="529"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="584"/>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="530"/>
        <source>Interactive Brokers</source>
        <translation>Interactive Brokers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="532"/>
        <source>Primary broker</source>
        <translation>Primärer Broker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="533"/>
        <source>Where live orders go</source>
        <translation>Wohin Live-Orders gehen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="536"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="540"/>
        <source>Fallback broker</source>
        <translation>Ausweich-Broker</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="541"/>
        <source>Used only when the primary broker certainly did not take an order (not connected, connection refused)</source>
        <translation>Wird nur verwendet, wenn der primäre Broker eine Order sicher nicht angenommen hat (nicht verbunden, Verbindung abgelehnt)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="564"/>
        <source>Interactive Brokers (TWS / IB Gateway)</source>
        <translation>Interactive Brokers (TWS / IB Gateway)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="569"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="574"/>
        <source>IB Gateway: 4002 paper, 4001 live. TWS: 7497 paper, 7496 live.</source>
        <translation>IB Gateway: 4002 Papier, 4001 live. TWS: 7497 Papier, 7496 live.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="575"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="709"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="580"/>
        <source>Each program connected to the same TWS needs its own id</source>
        <translation>Jedes mit derselben TWS verbundene Programm braucht eine eigene ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="581"/>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="587"/>
        <source>Paper trading</source>
        <translation>Papierhandel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="588"/>
        <source>Live trading</source>
        <translation>Live-Handel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="591"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="594"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="607"/>
        <source>API key id</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="608"/>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="612"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="614"/>
        <source>The secret key is kept in the system keychain, never in the settings file</source>
        <translation>Der geheime Schlüssel wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="615"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="617"/>
        <source>Delete the stored secret key from the system keychain</source>
        <translation>Den gespeicherten geheimen Schlüssel aus dem System-Schlüsselbund löschen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="622"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="629"/>
        <source>SPY, QQQ, AAPL</source>
        <translation>SPY, QQQ, AAPL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="631"/>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="632"/>
        <source>Tickers whose minute bars Alpaca streams, their clouds warmed up from history at start; open trades and approved signals are watched anyway</source>
        <translation>Ticker, deren Minutenbalken Alpaca streamt, ihre Clouds beim Start aus der Historie vorgewärmt; offene Trades und angenommene Signale werden ohnehin beobachtet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="656"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="670"/>
        <source>Takes effect after a restart</source>
        <translation>Wirksam nach einem Neustart</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="671"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="677"/>
        <source> simulated min/s</source>
        <translation> simulierte Min./s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="678"/>
        <source>How fast the demo replays the market</source>
        <translation>Wie schnell die Demo den Markt wiedergibt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="679"/>
        <source>Demo speed</source>
        <translation>Demo-Tempo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="684"/>
        <source>SQLite database with every trade, order and fill</source>
        <translation>SQLite-Datenbank mit jedem Trade, jeder Order und jeder Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="685"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="690"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1030"/>
        <source>Trade journal</source>
        <translation>Trade-Journal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="692"/>
        <source>A new journal location is used from the next start.</source>
        <translation>Ein neuer Journal-Speicherort wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="701"/>
        <source>Signal ingress</source>
        <translation>Signaleingang</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="702"/>
        <source>External signal engines on this computer deliver signals over HTTP or WebSocket on 127.0.0.1 and must present this token.</source>
        <translation>Externe Signal-Engines auf diesem Computer liefern Signale über HTTP oder WebSocket an 127.0.0.1 und müssen dieses Token vorweisen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="719"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="722"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="724"/>
        <source>A new token locks out every source that has the old one</source>
        <translation>Ein neues Token sperrt jede Quelle aus, die noch das alte verwendet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="730"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="733"/>
        <source>not polled</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="736"/>
        <source>Choose the signal engine&apos;s SQLite file</source>
        <translation>SQLite-Datei der Signal-Engine wählen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="739"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="745"/>
        <source>Signal engine database</source>
        <translation>Datenbank der Signal-Engine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="740"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="746"/>
        <source>The EMA Cloud Signal Engine&apos;s SQLite file: new rows of its ema_signals table are taken once each (used from the next start)</source>
        <translation>Die SQLite-Datei der EMA Cloud Signal Engine: neue Zeilen ihrer Tabelle ema_signals werden je einmal übernommen (ab dem nächsten Start)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="757"/>
        <source>Signal checks</source>
        <translation>Signalprüfungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="758"/>
        <source>Oldest signal</source>
        <translation>Ältestes Signal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="759"/>
        <source>Signals older than this are rejected as stale</source>
        <translation>Ältere Signale werden als veraltet abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="761"/>
        <source>Clock tolerance</source>
        <translation>Uhrentoleranz</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="762"/>
        <source>How far in the future a signal&apos;s timestamp may be (clock skew)</source>
        <translation>Wie weit der Zeitstempel eines Signals in der Zukunft liegen darf (Uhrabweichung)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="765"/>
        <source>EMA clouds</source>
        <translation>EMA-Clouds</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="768"/>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="769"/>
        <source>(High + low) / 2</source>
        <translation>(Hoch + Tief) / 2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="771"/>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="772"/>
        <source>Price the EMAs are computed on; the EMA Cloud Signal Engine uses the close</source>
        <translation>Kurs, auf dem die EMAs berechnet werden; die EMA-Cloud-Signal-Engine verwendet den Schlusskurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="784"/>
        <source>First value (pandas)</source>
        <translation>Erster Wert (pandas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="785"/>
        <source>SMA (TradingView)</source>
        <translation>SMA (TradingView)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="787"/>
        <source>Seeding</source>
        <translation>Initialisierung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="788"/>
        <source>How an EMA starts; the EMA Cloud Signal Engine seeds with the first value</source>
        <translation>Wie ein EMA beginnt; die EMA-Cloud-Signal-Engine initialisiert mit dem ersten Wert</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="799"/>
        <source>Replays</source>
        <translation>Wiedergaben</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="801"/>
        <source>Adjust for splits and dividends</source>
        <translation>Um Splits und Dividenden bereinigen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="803"/>
        <source>Factor files</source>
        <translation>Faktordateien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="804"/>
        <source>Replayed Lean minute data is adjusted by the factor file beside its minute folder (factor_files/&lt;symbol&gt;.csv); off: raw prices (as --raw-prices)</source>
        <translation>Wiedergegebene Lean-Minutendaten werden mit der Faktordatei neben ihrem Minutenordner bereinigt (factor_files/&lt;symbol&gt;.csv); aus: Rohkurse (wie --raw-prices)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="810"/>
        <source>Jump that resets</source>
        <translation>Sprung, der zurücksetzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="811"/>
        <source>A close-to-open jump larger than this, in a symbol without a factor file, resets its clouds and is a warning of the replay summary (0: never)</source>
        <translation>Ein Sprung vom Schluss- zum Eröffnungskurs über diesem Wert setzt bei einem Symbol ohne Faktordatei dessen Clouds zurück und ist eine Warnung der Wiedergabe-Zusammenfassung (0: nie)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="846"/>
        <source>line %1: expected TICKER = Sector, got &quot;%2&quot;</source>
        <translation>Zeile %1: TICKER = Sektor erwartet, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="882"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="899"/>
        <source>Live mode with the built-in paper broker as primary: orders stay simulated.</source>
        <translation>Live-Modus mit dem eingebauten Papier-Broker als primärem Broker: Orders bleiben simuliert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="902"/>
        <source>Live mode: orders go to Alpaca paper trading (no real money).</source>
        <translation>Live-Modus: Orders gehen an den Alpaca-Papierhandel (kein echtes Geld).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="904"/>
        <source>Live: orders go to %1 with real money.</source>
        <translation>Live: Orders gehen mit echtem Geld an %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="913"/>
        <source>%1 % risk per trade · %2 % daily loss limit · %3 open positions · conviction ≥ %4</source>
        <translation>%1 % Risiko pro Trade · %2 % Tagesverlustlimit · %3 offene Positionen · Überzeugung ≥ %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1018"/>
        <source>Storing the secret key in the system keychain…</source>
        <translation>Geheimer Schlüssel wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1030"/>
        <source>SQLite databases (*.db)</source>
        <translation>SQLite-Datenbanken (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1049"/>
        <source>Removing the secret key from the system keychain…</source>
        <translation>Geheimer Schlüssel wird aus dem System-Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1057"/>
        <source>Secret key stored in the system keychain.</source>
        <translation>Geheimer Schlüssel im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1068"/>
        <source>A secret key is stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund ist ein geheimer Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1074"/>
        <source>No secret key stored yet.</source>
        <translation>Noch kein geheimer Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1080"/>
        <source>No secret key stored.</source>
        <translation>Kein geheimer Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1086"/>
        <source>Credentials cannot be stored: %1</source>
        <translation>Zugangsdaten können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>axion::SignalsModel</name>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="82"/>
        <source>%1 New York, %2
Signal id: %3
%4: %5</source>
        <translation>%1 New York, %2
Signal-ID: %3
%4: %5</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="84"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="104"/>
        <source>Time (NY)</source>
        <translation>Zeit (NY)</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="106"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="108"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="110"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="112"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="114"/>
        <source>Conviction</source>
        <translation>Überzeugung</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="116"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="118"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="120"/>
        <source>Signal id</source>
        <translation>Signal-ID</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="171"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="173"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="175"/>
        <source>Refused at intake</source>
        <translation>Beim Eingang abgewiesen</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="177"/>
        <source>Exit hint</source>
        <translation>Ausstiegshinweis</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="184"/>
        <source>Built-in engine</source>
        <translation>Eingebaute Engine</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="186"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="188"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
</context>
<context>
    <name>axion::SignalsTab</name>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="22"/>
        <source>Signals from outside: not enabled</source>
        <translation>Signale von außen: nicht aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="31"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="32"/>
        <source>From outside</source>
        <translation>Von außen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="42"/>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="76"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="79"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="102"/>
        <source>%1 received (%2 from outside): %3 approved, %4 rejected, %5 refused</source>
        <translation>%1 empfangen (%2 von außen): %3 genehmigt, %4 abgelehnt, %5 abgewiesen</translation>
    </message>
</context>
<context>
    <name>axion::SqliteSignalQueue</name>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="102"/>
        <source>no signal database given</source>
        <translation>keine Signaldatenbank angegeben</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="104"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="107"/>
        <source>signal database %1 is a directory, not a file</source>
        <translation>Signaldatenbank %1 ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="109"/>
        <source>cannot create signal database %1: directory %2 does not exist</source>
        <translation>Signaldatenbank %1 kann nicht angelegt werden: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="121"/>
        <source>cannot open signal database %1: %2</source>
        <translation>Signaldatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="149"/>
        <source>signal database %1 is not a usable SQLite database: %2</source>
        <translation>Signaldatenbank %1 ist keine brauchbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="169"/>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="176"/>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="183"/>
        <source>cannot create table ema_signals in %1: %2</source>
        <translation>Tabelle ema_signals in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="191"/>
        <source>cannot read the columns of ema_signals in %1: %2</source>
        <translation>die Spalten von ema_signals in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="202"/>
        <source>table ema_signals in %1 is not the PRD-134 signal table: it lacks %2</source>
        <translation>Tabelle ema_signals in %1 ist nicht die PRD-134-Signaltabelle: es fehlt %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="229"/>
        <source>signal database is not open</source>
        <translation>Signaldatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="247"/>
        <source>cannot read ema_signals in %1: %2</source>
        <translation>ema_signals in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="290"/>
        <source>cannot lock ema_signals in %1 (will retry): %2</source>
        <translation>ema_signals in %1 kann nicht gesperrt werden (neuer Versuch folgt): %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="304"/>
        <source>cannot mark ema_signals row %1 in %2 (will retry): %3</source>
        <translation>Zeile %1 von ema_signals in %2 kann nicht markiert werden (neuer Versuch folgt): %3</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="318"/>
        <source>cannot commit ema_signals marks in %1 (will retry): %2</source>
        <translation>Markierungen in ema_signals in %1 können nicht festgeschrieben werden (neuer Versuch folgt): %2</translation>
    </message>
</context>
<context>
    <name>axion::StatusPanel</name>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="22"/>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="74"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="91"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="131"/>
        <source>Equity %1</source>
        <translation>Kapital %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="77"/>
        <source>Day %1 (%2)</source>
        <translation>Tag %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="80"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="84"/>
        <source>Demo mode: a replayed market with the paper broker, no real orders</source>
        <translation>Demomodus: ein wiedergegebener Markt mit dem Papier-Broker, keine echten Orders</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="90"/>
        <source>Session unknown</source>
        <translation>Handelszeit unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="92"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="142"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="110"/>
        <source>%1: %2 (%3), %4, equity %5</source>
        <translation>%1: %2 (%3), %4, Kapital %5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="111"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="111"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="225"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="113"/>
        <source>live account</source>
        <translation>Live-Konto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="113"/>
        <source>paper account</source>
        <translation>Papierkonto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="118"/>
        <source>Market data %1: %2 (%3)</source>
        <translation>Marktdaten %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="121"/>
        <source>live bars arrive</source>
        <translation>Live-Balken kommen an</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="122"/>
        <source>no live bars: the exits wait</source>
        <translation>keine Live-Balken: die Ausstiege warten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="129"/>
        <source>NYSE: %1</source>
        <translation>NYSE: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="132"/>
        <source>Cash %1 · buying power %2 · unrealized %3</source>
        <translation>Bargeld %1 · Kaufkraft %2 · unrealisiert %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="143"/>
        <source>Today&apos;s P&amp;L against the start of day equity %1</source>
        <translation>Heutige GuV gegenüber dem Kapital bei Tagesbeginn %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="155"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="156"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="157"/>
        <source>DEMO %1</source>
        <translation>DEMO %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="160"/>
        <source>%1 %2 ET</source>
        <translation>%1 %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="161"/>
        <source>Simulated New York time of the replayed market</source>
        <translation>Simulierte New Yorker Zeit des wiedergegebenen Markts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="163"/>
        <source>%1 ET</source>
        <translation>%1 ET</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="165"/>
        <source>Engine clock, New York time (%1)</source>
        <translation>Engine-Uhr, New Yorker Zeit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="173"/>
        <source>Early close %1 · closes in %2</source>
        <translation>Früher Schluss %1 · schließt in %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="174"/>
        <source>Open · closes in %1</source>
        <translation>Geöffnet · schließt in %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="178"/>
        <source>Closed · opens %1 · early close %2</source>
        <translation>Geschlossen · öffnet %1 · früher Schluss %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="180"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="187"/>
        <source>Closed · opens %1</source>
        <translation>Geschlossen · öffnet %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="187"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="189"/>
        <source>Closed · holiday · opens %1</source>
        <translation>Geschlossen · Feiertag · öffnet %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="190"/>
        <source>Closed · holiday</source>
        <translation>Geschlossen · Feiertag</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="191"/>
        <source>Closed · weekend · opens %1</source>
        <translation>Geschlossen · Wochenende · öffnet %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="192"/>
        <source>Closed · weekend</source>
        <translation>Geschlossen · Wochenende</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="198"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="200"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="202"/>
        <source>reconciling</source>
        <translation>gleicht ab</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="204"/>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="206"/>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="213"/>
        <source>no broker</source>
        <translation>kein Broker</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="243"/>
        <source>data down</source>
        <translation>Daten ausgefallen</translation>
    </message>
</context>
<context>
    <name>axion::TradeJournalTab</name>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="91"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="173"/>
        <source>First New York trading date shown (exit date; entry date of an open trade)</source>
        <translation>Erster angezeigter Handelstag in New York (Ausstiegsdatum; Einstiegsdatum bei offenem Trade)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="175"/>
        <source>Last New York trading date shown</source>
        <translation>Letzter angezeigter Handelstag in New York</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="184"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="191"/>
        <source>All tickers</source>
        <translation>Alle Ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="197"/>
        <source>Ticker symbol (exact match)</source>
        <translation>Tickersymbol (exakte Übereinstimmung)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="199"/>
        <source>Tic&amp;ker</source>
        <translation>&amp;Ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="203"/>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="433"/>
        <source>All exit reasons</source>
        <translation>Alle Ausstiegsgründe</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="208"/>
        <source>E&amp;xit</source>
        <translation>&amp;Ausstieg</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="212"/>
        <source>All results</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="213"/>
        <source>Winners</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="214"/>
        <source>Losers</source>
        <translation>Verlierer</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="216"/>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="220"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="221"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="222"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="223"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="224"/>
        <source>Closed trades; open positions; entries that never filled; or all</source>
        <translation>Geschlossene Trades; offene Positionen; nie ausgeführte Einstiege; oder alle</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="226"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="230"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="236"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="238"/>
        <source>Save the filtered trades as a CSV file</source>
        <translation>Die gefilterten Trades als CSV-Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="285"/>
        <source>Daily summary</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="292"/>
        <source>Equity curve</source>
        <translation>Kapitalkurve</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="353"/>
        <source>Cannot show the trade journal: %1</source>
        <translation>Das Trade-Journal kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="507"/>
        <source>no journal is open</source>
        <translation>kein Journal geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="522"/>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="532"/>
        <source>Export trades</source>
        <translation>Trades exportieren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="523"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="533"/>
        <source>The trades could not be exported.

%1</source>
        <translation>Die Trades konnten nicht exportiert werden.

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="536"/>
        <source>Exported %n trade(s) to %1</source>
        <translation>
            <numerusform>%n Trade nach %1 exportiert</numerusform>
            <numerusform>%n Trades nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="595"/>
        <source>Cannot compute the daily summary: %1</source>
        <translation>Die Tagesübersicht kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="600"/>
        <source>Equity curve: cumulative realized P&amp;L per trade</source>
        <translation>Kapitalkurve: kumulierte realisierte GuV pro Trade</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="601"/>
        <source>Equity curve: cumulative realized P&amp;L per day</source>
        <translation>Kapitalkurve: kumulierte realisierte GuV pro Tag</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="608"/>
        <source>No journal open</source>
        <translation>Kein Journal geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="618"/>
        <source>No trades match the filters</source>
        <translation>Keine Trades entsprechen den Filtern</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="620"/>
        <source>Showing %1 of %2 trades</source>
        <translation>%1 von %2 Trades angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="622"/>
        <source>%1 trades</source>
        <translation>%1 Trades</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="624"/>
        <source>Showing %1 trades</source>
        <translation>%1 Trades angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="630"/>
        <source>%1 won, %2 lost</source>
        <translation>%1 gewonnen, %2 verloren</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="632"/>
        <source>win rate %1</source>
        <translation>Trefferquote %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="633"/>
        <source>net %1</source>
        <translation>netto %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="635"/>
        <source>avg %1 per trade</source>
        <translation>Ø %1 pro Trade</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="640"/>
        <source>profit factor %1</source>
        <translation>Profitfaktor %1</translation>
    </message>
</context>
<context>
    <name>axion::Workstation</name>
    <message>
        <location filename="../app/DemoSetup.cpp" line="31"/>
        <source>The demo market could not be built: %1</source>
        <translation>Der Demomarkt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/Workstation.cpp" line="59"/>
        <source>journal %1 is in use by %2: one executor per journal</source>
        <translation>Journal %1 wird von %2 verwendet: ein Executor pro Journal</translation>
    </message>
    <message>
        <location filename="../app/Workstation.cpp" line="116"/>
        <source>cannot write the PNG to %1</source>
        <translation>PNG kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../ui/format/DisplayFormat.cpp" line="95"/>
        <source>Day</source>
        <translation>Daytrade</translation>
    </message>
    <message>
        <location filename="../ui/format/DisplayFormat.cpp" line="97"/>
        <source>Swing</source>
        <translation>Swing</translation>
    </message>
    <message>
        <location filename="../ui/format/DisplayFormat.cpp" line="99"/>
        <source>Scalp</source>
        <translation>Scalp</translation>
    </message>
</context>
</TS>
