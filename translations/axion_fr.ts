<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="44"/>
        <source>the stored risk configuration is not a JSON object (%1)</source>
        <translation>la configuration de risque enregistrée n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="46"/>
        <source>wrong type</source>
        <translation>type incorrect</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="57"/>
        <source>the stored risk configuration is invalid: %1</source>
        <translation>la configuration de risque enregistrée est invalide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AppSettings.cpp" line="105"/>
        <source>%1; using the default settings instead</source>
        <translation>%1&#xa0;; utilisation des paramètres par défaut à la place</translation>
    </message>
</context>
<context>
    <name>JournalQueries</name>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="129"/>
        <source>no journal file given</source>
        <translation>aucun fichier journal indiqué</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="132"/>
        <source>journal %1 does not exist</source>
        <translation>le journal %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="134"/>
        <source>journal %1 is a directory, not a file</source>
        <translation>le journal %1 est un répertoire, pas un fichier</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="136"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="148"/>
        <source>cannot open journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="155"/>
        <source>journal %1 is not a usable SQLite database: %2</source>
        <translation>le journal %1 n&apos;est pas une base SQLite utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="162"/>
        <source>%1 is an SQLite database of another application, not an Axion journal</source>
        <translation>%1 est une base SQLite d&apos;une autre application, pas un journal Axion</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="171"/>
        <source>journal %1: %2</source>
        <translation>journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="179"/>
        <source>%1 is not an Axion journal (no trade_executions table)</source>
        <translation>%1 n&apos;est pas un journal Axion (pas de table trade_executions)</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="185"/>
        <source>journal %1 has the older schema version %2: open it once with the engine (a replay or the workstation) to upgrade it to version %3</source>
        <translation>le journal %1 a l&apos;ancienne version de schéma %2 : ouvrez-le une fois avec le moteur (une relecture ou le poste de travail) pour le mettre à jour vers la version %3</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="235"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="263"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="287"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="415"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="462"/>
        <source>journal is not open</source>
        <translation>le journal n&apos;est pas ouvert</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="246"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="251"/>
        <source>trade history: %1</source>
        <translation>historique des trades&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="272"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="277"/>
        <source>trade count: %1</source>
        <translation>nombre de trades&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="315"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="326"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="340"/>
        <source>daily summary: %1</source>
        <translation>résumé journalier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="428"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="433"/>
        <source>equity curve: %1</source>
        <translation>courbe de capital&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="466"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="487"/>
        <location filename="../engine/journal/JournalQueries.cpp" line="502"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/journal/JournalQueries.cpp" line="523"/>
        <source>journal %1 values: %2</source>
        <translation>valeurs de %1 dans le journal&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>axion::ActivePositionsTab</name>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="28"/>
        <source>long</source>
        <translation>longue</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="29"/>
        <source>short</source>
        <translation>courte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="66"/>
        <source>Move stop…</source>
        <translation>Déplacer le stop…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="70"/>
        <source>Move the protective stop of the selected position (F2)</source>
        <translation>Déplacer le stop de protection de la position sélectionnée (F2)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="71"/>
        <source>Close position…</source>
        <translation>Clôturer la position…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="75"/>
        <source>Close the selected position at market (Del)</source>
        <translation>Clôturer la position sélectionnée au marché (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="122"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="240"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="322"/>
        <source>No open positions</source>
        <translation>Aucune position ouverte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="242"/>
        <source>Loading the %1 chart…</source>
        <translation>Chargement du graphique de %1…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="256"/>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="266"/>
        <source>Close position</source>
        <translation>Clôturer la position</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="257"/>
        <source>Close %1 %2 shares of %3 at market?</source>
        <translation>Clôturer la position %1 de %2 actions %3 au marché&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="262"/>
        <source>Unrealized P&amp;L %1 (%2). The exit order goes to %3.</source>
        <translation>P&amp;L latent %1 (%2). L&apos;ordre de sortie part chez %3.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="336"/>
        <source>1 open position</source>
        <translation>1 position ouverte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="336"/>
        <source>%1 open positions</source>
        <translation>%1 positions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="338"/>
        <source>%1 long, %2 short</source>
        <translation>%1 long, %2 short</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="339"/>
        <source>Exposure %1</source>
        <translation>Exposition %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/ActivePositionsTab.cpp" line="340"/>
        <source>Unrealized %1</source>
        <translation>Latent %1</translation>
    </message>
</context>
<context>
    <name>axion::AlertLogModel</name>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="85"/>
        <source>%1 %2 New York
%3</source>
        <translation>%1 %2, heure de New York
%3</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="104"/>
        <source>Time (NY)</source>
        <translation>Heure (NY)</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="106"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="108"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="110"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="157"/>
        <source>Fill</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="159"/>
        <source>Stop hit</source>
        <translation>Stop touché</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="161"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="163"/>
        <source>Rejection</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <location filename="../ui/models/AlertLogModel.cpp" line="165"/>
        <source>Kill switch</source>
        <translation>Arrêt d&apos;urgence</translation>
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
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="31"/>
        <source>Trading (no info)</source>
        <translation>Trading (sans info)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="33"/>
        <source>Fills</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="34"/>
        <source>Stop hits</source>
        <translation>Stops touchés</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="35"/>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="36"/>
        <source>Rejections</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="37"/>
        <source>Kill switch</source>
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="38"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="56"/>
        <source>Show only some kinds of alerts</source>
        <translation>N&apos;afficher que certains types d&apos;alertes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="71"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="72"/>
        <source>Clear the alert log (the journal keeps every event)</source>
        <translation>Effacer le journal des alertes (le journal des trades conserve chaque événement)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="97"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="144"/>
        <source>1 alert</source>
        <translation>1 alerte</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="144"/>
        <source>%1 alerts</source>
        <translation>%1 alertes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertLogPanel.cpp" line="146"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>axion::AlertNotifier</name>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="41"/>
        <source>1 fill</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="41"/>
        <source>%1 fills</source>
        <translation>%1 exécutions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="43"/>
        <source>1 stop hit</source>
        <translation>1 stop touché</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="43"/>
        <source>%1 stop hits</source>
        <translation>%1 stops touchés</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="45"/>
        <source>1 exit</source>
        <translation>1 sortie</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="45"/>
        <source>%1 exits</source>
        <translation>%1 sorties</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="47"/>
        <source>1 rejection</source>
        <translation>1 rejet</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="48"/>
        <source>%1 rejections</source>
        <translation>%1 rejets</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="50"/>
        <source>1 kill switch event</source>
        <translation>1 événement d&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="51"/>
        <source>%1 kill switch events</source>
        <translation>%1 événements d&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="55"/>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="55"/>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="59"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="124"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="138"/>
        <source>Kill switch · %1 alerts</source>
        <translation>Arrêt d&apos;urgence · %1 alertes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="141"/>
        <source>%1 alerts</source>
        <translation>%1 alertes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/AlertNotifier.cpp" line="153"/>
        <source>See the alert log for all of them.</source>
        <translation>Consultez le journal des alertes pour les voir toutes.</translation>
    </message>
</context>
<context>
    <name>axion::AlpacaAccountCheck</name>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="31"/>
        <source>No API key id or secret key: enter both in the Alpaca section.</source>
        <translation>Pas d&apos;identifiant de clé API ou de clé secrète : saisissez les deux dans la section Alpaca.</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="51"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="56"/>
        <source>Alpaca refused the API keys (%1). Paper and live accounts have keys of their own.</source>
        <translation>Alpaca a refusé les clés API (%1). Les comptes de simulation et réels ont chacun leurs clés.</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="62"/>
        <source>Alpaca answered %1</source>
        <translation>Alpaca a répondu %1</translation>
    </message>
    <message>
        <location filename="../engine/brokers/alpaca/AlpacaAccountCheck.cpp" line="69"/>
        <source>Alpaca&apos;s account answer is not understood: %1</source>
        <translation>La réponse d&apos;Alpaca sur le compte n&apos;est pas comprise : %1</translation>
    </message>
</context>
<context>
    <name>axion::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>must be at least 16 characters long</source>
        <translation>doit comporter au moins 16 caractères</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>may only hold visible ASCII characters (no spaces)</source>
        <translation>ne peut contenir que des caractères ASCII visibles (sans espaces)</translation>
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
        <translation>Axion Trade Executor : un exécuteur autonome de trades sur nuages EMA.
Sans option, il ouvre la station sur la configuration intégrée (mode démo) :
courtier fictif et marché de démonstration rejoué, sans clés ni réseau. Quand les
paramètres disent mode réel avec Alpaca comme courtier principal, il l&apos;ouvre sur Alpaca ;
--demo garde la démo.

Capture d&apos;écran pour les rapports de bogue et les tests :
  axion-executor --demo --screenshot FICHIER --after SECONDES [--tab positions|orders|risk|journal]

Relecture sans fenêtre :
  axion-executor --headless --replay FICHIER... [--config FICHIER] [--journal FICHIER]
                 [--summary-json FICHIER] [--equity DOLLARS] [--raw-prices]
                 [--journal-detail audit|trades]
FICHIER est un zip minute Lean (&lt;symbole&gt;/&lt;aaaammjj&gt;_trade.zip) ou un CSV d&apos;en-tête
timestamp,open,high,low,close,volume. Les zips Lean sont ajustés des divisions et
dividendes par &lt;root&gt;/factor_files/&lt;symbol&gt;.csv à côté de &lt;root&gt;/minute/ s&apos;il existe.

Chaîne en direct sans fenêtre avec l&apos;entrée des signaux, jusqu&apos;à SIGINT/SIGTERM :
  axion-executor --headless --ingress-port N [--broker paper] [--ingress-token JETON]
                 [--replay FICHIER...] [--speed N] [--journal FICHIER] [--config FICHIER]
  axion-executor --headless --ingress-port N --broker alpaca [--alpaca-live]
                 [--alpaca-url URL --alpaca-stream-url URL] [--clock-start ISO]
                 [--alpaca-data-url URL --alpaca-data-stream-url URL]
                 [--alpaca-feed iex|sip]
Les clés d’Alpaca viennent de APCA_API_KEY_ID et APCA_API_SECRET_KEY ; le compte de
simulation sauf avec --alpaca-live.
Signaux : POST http://127.0.0.1:N/v1/signals (ou un WebSocket sur le même chemin) avec
Authorization: Bearer JETON. Le jeton est --ingress-token, sinon la variable
d&apos;environnement AXION_INGRESS_TOKEN, sinon celui des paramètres (créé au premier lancement).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="61"/>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="65"/>
        <source>Executor configuration (JSON) to use.</source>
        <translation>Configuration de l&apos;exécuteur (JSON) à utiliser.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>Run without a window: replay market data and exit.</source>
        <translation>Exécute sans fenêtre&#xa0;: rejoue les données de marché puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>Market data files to replay (several may follow).</source>
        <translation>Fichiers de données de marché à rejouer (plusieurs peuvent suivre).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="74"/>
        <source>Trade journal (SQLite) to write; default: a temporary file.</source>
        <translation>Journal des trades (SQLite) à écrire&#xa0;; par défaut&#xa0;: un fichier temporaire.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="76"/>
        <source>Write the run&apos;s summary as JSON to this file.</source>
        <translation>Écrit le résumé du rejeu au format JSON dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="80"/>
        <source>Starting equity of the paper account in dollars (default 100000).</source>
        <translation>Capital initial du compte simulé, en dollars (100000 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="84"/>
        <source>Replay Lean minute zips as they are, without the splits and dividends of their factor files (config replay_adjust_prices false).</source>
        <translation>Rejouer les zips minute Lean tels quels, sans les divisions et dividendes de leurs fichiers de facteurs (configuration replay_adjust_prices false).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="87"/>
        <source>Open the workstation in demo mode (paper broker, replayed demo market).</source>
        <translation>Ouvre la station de travail en mode démo (courtier simulé, marché de démo rejoué).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="90"/>
        <source>Save a PNG of the main window to FILE and exit.</source>
        <translation>Enregistre une image PNG de la fenêtre principale dans FILE puis quitte.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="93"/>
        <source>Seconds to run before the screenshot (default 5).</source>
        <translation>Secondes d&apos;exécution avant la capture d&apos;écran (5 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="96"/>
        <source>Tab to show: positions, orders, risk or journal.</source>
        <translation>Onglet à afficher&#xa0;: positions, orders, risk ou journal.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="99"/>
        <source>Replay pace in simulated minutes per second (default 20 in the workstation, real time for --ingress-port).</source>
        <translation>Rythme de la relecture en minutes simulées par seconde (20 par défaut dans la station, temps réel avec --ingress-port).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="104"/>
        <source>Serve the signal ingress on this port (0: any free port). With --headless: run the live pipeline until SIGINT/SIGTERM.</source>
        <translation>Servir l&apos;entrée des signaux sur ce port (0 : un port libre). Avec --headless : faire tourner la chaîne en direct jusqu&apos;à SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="109"/>
        <source>Address the signal ingress listens on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute de l&apos;entrée des signaux (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="112"/>
        <source>Bearer token the signal ingress requires (default: AXION_INGRESS_TOKEN, else the settings).</source>
        <translation>Jeton Bearer exigé par l&apos;entrée des signaux (par défaut : AXION_INGRESS_TOKEN, sinon les paramètres).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="116"/>
        <source>Broker of the headless live pipeline (default paper).</source>
        <translation>Courtier de la chaîne en direct sans fenêtre (paper par défaut).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="119"/>
        <source>Alpaca&apos;s trading API (default: its paper or live host).</source>
        <translation>L’API de négociation d’Alpaca (par défaut : son hôte de simulation ou réel).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="124"/>
        <source>Alpaca&apos;s trade_updates WebSocket (default: beside the trading API).</source>
        <translation>Le WebSocket trade_updates d’Alpaca (par défaut : à côté de l’API de négociation).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="128"/>
        <source>Alpaca&apos;s market data API, for history (default https://data.alpaca.markets).</source>
        <translation>L&apos;API de données de marché d&apos;Alpaca, pour l&apos;historique (par défaut https://data.alpaca.markets).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="131"/>
        <source>Alpaca&apos;s market data WebSocket (default wss://stream.data.alpaca.markets/v2/FEED).</source>
        <translation>Le WebSocket de données de marché d’Alpaca (par défaut wss://stream.data.alpaca.markets/v2/FEED).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="136"/>
        <source>Alpaca&apos;s market data feed: iex (every plan, the default) or sip (a paid plan).</source>
        <translation>Le flux de données de marché d’Alpaca : iex (toutes les formules, par défaut) ou sip (une formule payante).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="140"/>
        <source>Trade Alpaca&apos;s live account (real money) instead of the paper account.</source>
        <translation>Négocier sur le compte réel d’Alpaca (argent réel) au lieu du compte de simulation.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="143"/>
        <source>Start the live clock at this UTC instant (ISO 8601): a rehearsal outside market hours against a paper account or a fake.</source>
        <translation>Démarrer l’horloge en direct à cet instant UTC (ISO 8601) : une répétition hors séance contre un compte de simulation ou une imitation.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="148"/>
        <source>What a replay journals: audit (every signal, risk decision and order event, the default) or trades (trades, orders, fills and daily P&amp;L only).</source>
        <translation>Ce qu’une relecture journalise&#xa0;: audit (chaque signal, décision de risque et événement d’ordre, par défaut) ou trades (seulement les trades, ordres, exécutions et P&amp;L du jour).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="153"/>
        <source>The headless live pipeline also trades the built-in cloud engine&apos;s signals.</source>
        <translation>La chaîne en direct sans fenêtre négocie aussi les signaux du moteur de nuages intégré.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="193"/>
        <source>--journal-detail must be audit or trades, got &quot;%1&quot;</source>
        <translation>--journal-detail doit valoir audit ou trades, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="226"/>
        <source>--tab must be positions, orders, risk, journal or signals, got &quot;%1&quot;</source>
        <translation>--tab doit valoir positions, orders, risk, journal ou signals, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="263"/>
        <source>--broker %1 is not available yet: the headless live pipeline runs on --broker paper or alpaca</source>
        <translation>--broker %1 n’est pas encore disponible : la chaîne en direct sans fenêtre fonctionne avec --broker paper ou alpaca</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="288"/>
        <source>--%1 must be a %2 URL, got &quot;%3&quot;</source>
        <translation>--%1 doit être une URL %2, reçu « %3 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="300"/>
        <source>--clock-start must be an ISO 8601 instant with Z or an offset, got &quot;%1&quot;</source>
        <translation>--clock-start doit être un instant ISO 8601 avec Z ou un décalage, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="304"/>
        <source>--clock-start is for rehearsals: not with --alpaca-live</source>
        <translation>--clock-start sert aux répétitions : pas avec --alpaca-live</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="309"/>
        <source>--broker, --built-in-signals and --clock-start are for the headless live pipeline (--headless --ingress-port N)</source>
        <translation>--broker, --built-in-signals et --clock-start sont pour la chaîne en direct sans fenêtre (--headless --ingress-port N)</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="317"/>
        <source>--summary-json is for headless replays, not with --ingress-port</source>
        <translation>--summary-json sert aux relectures sans fenêtre, pas avec --ingress-port</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="321"/>
        <source>--headless needs --replay FILE... or --ingress-port N</source>
        <translation>--headless exige --replay FICHIER... ou --ingress-port N</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="323"/>
        <source>--ingress-address and --ingress-token go with --ingress-port</source>
        <translation>--ingress-address et --ingress-token vont avec --ingress-port</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="331"/>
        <source>--raw-prices goes with --replay FILE...</source>
        <translation>--raw-prices va avec --replay FICHIER...</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="200"/>
        <source>--equity must be a whole number of dollars above zero, got &quot;%1&quot;</source>
        <translation>--equity doit être un nombre entier de dollars supérieur à zéro, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="209"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="217"/>
        <source>--after must be a number of seconds from 0 to 86400, got &quot;%1&quot;</source>
        <translation>--after doit être un nombre de secondes entre 0 et 86400, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="232"/>
        <source>--speed must be simulated minutes per second from 0 to 100000, got &quot;%1&quot;</source>
        <translation>--speed doit être un nombre de minutes simulées par seconde entre 0 et 100000, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="238"/>
        <source>--after and --tab go with --screenshot FILE</source>
        <translation>--after et --tab s&apos;utilisent avec --screenshot FILE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="244"/>
        <source>--ingress-port must be a port number from 0 to 65535, got &quot;%1&quot;</source>
        <translation>--ingress-port doit être un numéro de port de 0 à 65535, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="252"/>
        <source>--ingress-address must be an IP address, got &quot;%1&quot;</source>
        <translation>--ingress-address doit être une adresse IP, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="257"/>
        <source>--ingress-token %1</source>
        <translation>--ingress-token %1</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="267"/>
        <source>--broker must be paper, alpaca or ibkr, got &quot;%1&quot;</source>
        <translation>--broker doit valoir paper, alpaca ou ibkr, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="273"/>
        <source>--alpaca-url, --alpaca-stream-url, --alpaca-live, --alpaca-data-url, --alpaca-data-stream-url and --alpaca-feed go with --broker alpaca</source>
        <translation>--alpaca-url, --alpaca-stream-url, --alpaca-live, --alpaca-data-url, --alpaca-data-stream-url et --alpaca-feed vont avec --broker alpaca</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="295"/>
        <source>--alpaca-feed must be iex or sip, got &quot;%1&quot;</source>
        <translation>--alpaca-feed doit valoir iex ou sip, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="314"/>
        <source>--demo and --screenshot open the workstation: not with --headless</source>
        <translation>--demo et --screenshot ouvrent la station de travail&#xa0;: incompatibles avec --headless</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="327"/>
        <source>--replay and --summary-json are for --headless runs</source>
        <translation>--replay et --summary-json sont réservés aux exécutions --headless</translation>
    </message>
</context>
<context>
    <name>axion::CredentialStore</name>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="21"/>
        <source>the system keychain could not delete the entry</source>
        <translation>le trousseau du système n&apos;a pas pu supprimer l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="24"/>
        <source>access to the system keychain was denied</source>
        <translation>l&apos;accès au trousseau du système a été refusé</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="27"/>
        <source>the system keychain refused access</source>
        <translation>le trousseau du système a refusé l&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="30"/>
        <source>no system keychain (Secret Service, KWallet) is available</source>
        <translation>aucun trousseau système (Secret Service, KWallet) n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="33"/>
        <source>the system keychain does not support this</source>
        <translation>le trousseau du système ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="38"/>
        <source>the system keychain is not available (no Secret Service such as GNOME Keyring or KWallet answered)</source>
        <translation>le trousseau du système n&apos;est pas disponible (aucun service Secret Service tel que GNOME Keyring ou KWallet n&apos;a répondu)</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="41"/>
        <source>the system keychain is not available or did not answer</source>
        <translation>le trousseau du système n&apos;est pas disponible ou n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="49"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/CredentialStore.cpp" line="50"/>
        <source>unknown keychain error</source>
        <translation>erreur de trousseau inconnue</translation>
    </message>
</context>
<context>
    <name>axion::DailySummaryModel</name>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="44"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="46"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="48"/>
        <source>Wins</source>
        <translation>Gagnants</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="50"/>
        <source>Losses</source>
        <translation>Perdants</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="52"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="54"/>
        <source>Realized P&amp;L</source>
        <translation>P&amp;L réalisé</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="56"/>
        <source>Equity (EOD)</source>
        <translation>Capital (clôture)</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="130"/>
        <source>%1: %2 trades, %3 won, %4 lost, %5 break-even
Gross profit %6, gross loss %7</source>
        <translation>%1&#xa0;: %2 trades, %3 gagnants, %4 perdants, %5 à l&apos;équilibre
Gain brut %6, perte brute %7</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="139"/>
        <source>The kill switch tripped this day</source>
        <translation>L&apos;arrêt d&apos;urgence s&apos;est déclenché ce jour-là</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="160"/>
        <source>Winning trades over all closed trades of the day</source>
        <translation>Trades gagnants rapportés à l&apos;ensemble des trades clôturés du jour</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="162"/>
        <source>Realized P&amp;L of the trades shown (the filters apply)</source>
        <translation>P&amp;L réalisé des trades affichés (les filtres s&apos;appliquent)</translation>
    </message>
    <message>
        <location filename="../ui/models/DailySummaryModel.cpp" line="164"/>
        <source>Account equity at the end of the day, as the engine recorded it (the whole account: filters do not apply)</source>
        <translation>Capital du compte en fin de journée, tel qu&apos;enregistré par le moteur (tout le compte&#xa0;: les filtres ne s&apos;appliquent pas)</translation>
    </message>
</context>
<context>
    <name>axion::EngineWorker</name>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="96"/>
        <source>Cannot open the trade journal %1: %2</source>
        <translation>Impossible d&apos;ouvrir le journal des trades %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="136"/>
        <source>Alpaca: %1%2</source>
        <translation>Alpaca&#xa0;: %1%2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="174"/>
        <source>Demo started: paper broker, replayed market</source>
        <translation>Démo lancée&#xa0;: courtier simulé, marché rejoué</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="175"/>
        <source>Live pipeline started on %1</source>
        <translation>Chaîne en direct démarrée sur %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="176"/>
        <source>Replay started</source>
        <translation>Rejeu lancé</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/execution/EngineWorker.cpp" line="179"/>
        <source>%n order intent(s) found that the journal had not committed: recorded as sent, to reconcile with the broker</source>
        <translation>
            <numerusform>%n intention d’ordre trouvée que le journal n’avait pas enregistrée : notée comme envoyée, à rapprocher avec le courtier</numerusform>
            <numerusform>%n intentions d’ordre trouvées que le journal n’avait pas enregistrées : notées comme envoyées, à rapprocher avec le courtier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="187"/>
        <source>The kill switch is still tripped from before the restart (%1): entries stay halted until an operator resets it</source>
        <translation>Le kill switch est toujours déclenché depuis avant le redémarrage (%1) : les entrées restent suspendues jusqu’à ce qu’un opérateur le réarme</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="216"/>
        <source>Reconciled with %1: %2 working order(s) and %3 open trade(s) in the journal, %4 correction(s)</source>
        <translation>Rapproché avec %1&#xa0;: %2 ordre(s) actif(s) et %3 trade(s) ouvert(s) au journal, %4 correction(s)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="246"/>
        <source>Signals from outside need a trade journal to record them</source>
        <translation>Les signaux externes exigent un journal de trading pour les consigner</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="265"/>
        <source>Signal ingress listening on %1:%2</source>
        <translation>Entrée des signaux à l’écoute sur %1:%2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="270"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="271"/>
        <source>Signal ingress not started: %1</source>
        <translation>Entrée des signaux non démarrée : %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="287"/>
        <source>Signal database: %1</source>
        <translation>Base des signaux : %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="291"/>
        <source>Taking signals from %1 (ema_signals)</source>
        <translation>Signaux repris de %1 (ema_signals)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="295"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="296"/>
        <source>Signal database not used: %1</source>
        <translation>Base des signaux non utilisée : %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="370"/>
        <source>Alpaca&apos;s calendar lists only %1 trading days from %2 to %3: not taken, the exchange&apos;s rules stay</source>
        <translation>Le calendrier d&apos;Alpaca ne compte que %1 jours de bourse du %2 au %3 : non retenu, les règles de la bourse restent</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="384"/>
        <source>Alpaca&apos;s calendar: %1 trades %2 to %3 New York time (the rules said otherwise)</source>
        <translation>Calendrier d&apos;Alpaca : le %1, cotation de %2 à %3 heure de New York (les règles disaient autre chose)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="391"/>
        <source>Alpaca&apos;s calendar: the market is closed on %1</source>
        <translation>Calendrier d&apos;Alpaca : le marché est fermé le %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="424"/>
        <source>The replayed market has ended</source>
        <translation>Le marché rejoué est terminé</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="471"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="478"/>
        <source>Alpaca market data (%1): streaming, %2</source>
        <translation>Données de marché Alpaca (%1) : flux actif, %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="480"/>
        <source>Alpaca market data (%1): down, %2</source>
        <translation>Données de marché Alpaca (%1) : interrompues, %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="510"/>
        <source>Alpaca market data: watching %1 (history first)</source>
        <translation>Données de marché Alpaca : suivi de %1 (l&apos;historique d&apos;abord)</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/execution/EngineWorker.cpp" line="527"/>
        <source>Alpaca market data: %n minute bar(s) of history read</source>
        <translation>
            <numerusform>Données de marché Alpaca : %n barre minute d&apos;historique lue</numerusform>
            <numerusform>Données de marché Alpaca : %n barres minute d&apos;historique lues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="541"/>
        <source>%1 %2 signal (conviction %3) rejected: %4</source>
        <translation>Signal %2 sur %1 (conviction %3) rejeté&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="563"/>
        <source>Bought</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="563"/>
        <source>Sold</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="564"/>
        <source>%1 %2 %3 @ %4 (%5)</source>
        <translation>%1 %2 %3 @ %4 (%5)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="577"/>
        <source>Order %1 rejected by %2: %3</source>
        <translation>Ordre %1 rejeté par %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="584"/>
        <source>Closed %1 (%2): P&amp;L %3</source>
        <translation>Position %1 clôturée (%2)&#xa0;: P&amp;L %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="588"/>
        <source>Kill switch tripped: %1</source>
        <translation>Arrêt d&apos;urgence déclenché&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="778"/>
        <source>pressed</source>
        <translation>actionné</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="778"/>
        <source>not pressed</source>
        <translation>non actionné</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="779"/>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="789"/>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="788"/>
        <location filename="../engine/execution/EngineWorker.cpp" line="791"/>
        <source>unreachable for %1 s</source>
        <translation>injoignable pendant %1 s</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="790"/>
        <source>reachable (market paused by the operator)</source>
        <translation>joignable (marché mis en pause par l’opérateur)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="802"/>
        <source>%1 in a row</source>
        <translation>%1 d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="803"/>
        <source>%1 losses worse than %2</source>
        <translation>%1 pertes pires que %2</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="843"/>
        <source>Kill switch reset by the operator: %1</source>
        <translation>Arrêt d&apos;urgence réinitialisé par l&apos;opérateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="852"/>
        <source>Closing %1 at market (manual)</source>
        <translation>Clôture de %1 au marché (manuelle)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="855"/>
        <source>No open position in %1 to close</source>
        <translation>Aucune position ouverte sur %1 à clôturer</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="867"/>
        <source>Stop of %1 moved to %2 (manual)</source>
        <translation>Stop de %1 déplacé à %2 (manuel)</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="872"/>
        <source>Stop of %1 not moved to %2: %3</source>
        <translation>Stop de %1 non déplacé à %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="886"/>
        <source>New settings in effect: risk limits, sizing, entries and exits</source>
        <translation>Nouveaux réglages en vigueur&#xa0;: limites de risque, taille des positions, entrées et sorties</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="887"/>
        <source>New settings in effect; %1 apply at the next start</source>
        <translation>Nouveaux réglages en vigueur&#xa0;; %1 s’appliqueront au prochain démarrage</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="898"/>
        <source>Order %1 is no longer working: nothing to cancel</source>
        <translation>L&apos;ordre %1 n&apos;est plus actif&#xa0;: rien à annuler</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="916"/>
        <source>Connected to the paper broker: the replayed market resumes</source>
        <translation>Connecté au courtier simulé&#xa0;: le marché rejoué reprend</translation>
    </message>
    <message>
        <location filename="../engine/execution/EngineWorker.cpp" line="917"/>
        <source>Disconnected from the paper broker: the replayed market is paused</source>
        <translation>Déconnecté du courtier simulé&#xa0;: le marché rejoué est en pause</translation>
    </message>
</context>
<context>
    <name>axion::EquityCurveChart</name>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="65"/>
        <source>Cumulative realized P&amp;L</source>
        <translation>P&amp;L réalisé cumulé</translation>
    </message>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="70"/>
        <source>No closed trades to chart</source>
        <translation>Aucun trade clôturé à afficher</translation>
    </message>
    <message>
        <location filename="../ui/charts/EquityCurveChart.cpp" line="174"/>
        <source>%1
Cumulative P&amp;L %2</source>
        <translation>%1
P&amp;L cumulé %2</translation>
    </message>
</context>
<context>
    <name>axion::ExposureModel</name>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="43"/>
        <source>%1: %2 of equity (%3), limit %4; %5 of the limit used</source>
        <translation>%1&#xa0;: %2 du capital (%3), limite %4&#xa0;; %5 de la limite utilisée</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="80"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="80"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="82"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="84"/>
        <source>Of equity</source>
        <translation>Du capital</translation>
    </message>
    <message>
        <location filename="../ui/models/ExposureModel.cpp" line="86"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
</context>
<context>
    <name>axion::FillsModel</name>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="86"/>
        <source>Broker time %1 ET, received %2 ET</source>
        <translation>Heure courtier %1 ET, reçue à %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="90"/>
        <source>Execution %1 of order %2 (broker order %3)</source>
        <translation>Exécution %1 de l&apos;ordre %2 (ordre courtier %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="134"/>
        <source>Broker execution time, New York</source>
        <translation>Heure d&apos;exécution chez le courtier, New York</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="139"/>
        <source>Time (ET)</source>
        <translation>Heure (ET)</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="141"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="143"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="145"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="147"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="149"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="151"/>
        <source>Client order id</source>
        <translation>ID ordre client</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="153"/>
        <source>Execution id</source>
        <translation>ID exécution</translation>
    </message>
    <message>
        <location filename="../ui/models/FillsModel.cpp" line="155"/>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
</context>
<context>
    <name>axion::JournalTradeModel</name>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="127"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="129"/>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="131"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="133"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="135"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="137"/>
        <source>Shares</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="139"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="141"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="143"/>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="145"/>
        <source>P&amp;L %</source>
        <translation>P&amp;L %</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="147"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="149"/>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="151"/>
        <source>Held</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="153"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="155"/>
        <source>TF</source>
        <translation>UT</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="157"/>
        <source>Conv.</source>
        <translation>Conv.</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="159"/>
        <source>Signal id</source>
        <translation>ID signal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="168"/>
        <source>Stop loss</source>
        <translation>Stop loss</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="170"/>
        <source>Momentum exhaustion</source>
        <translation>Essoufflement du momentum</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="172"/>
        <source>Cloud flip</source>
        <translation>Inversion du nuage</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="174"/>
        <source>Profit target</source>
        <translation>Objectif de gain</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="176"/>
        <source>Time stop</source>
        <translation>Stop temporel</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="178"/>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="180"/>
        <source>Trailing stop</source>
        <translation>Stop suiveur</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="182"/>
        <source>Kill switch</source>
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="184"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="186"/>
        <source>Late fill</source>
        <translation>Exécution tardive</translation>
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
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="217"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="218"/>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="321"/>
        <source>%1 realized on %2 shares</source>
        <translation>%1 réalisé sur %2 actions</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="330"/>
        <source>Signal %1
%2 on %3, conviction %4
Broker %5, entry order %6</source>
        <translation>Signal %1
%2 sur %3, conviction %4
Courtier %5, ordre d&apos;entrée %6</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="337"/>
        <source>Opened %1, closed %2 (New York)</source>
        <translation>Ouvert le %1, clôturé le %2 (New York)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="340"/>
        <source>Opened %1 (New York)</source>
        <translation>Ouvert le %1 (New York)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="362"/>
        <source>Trade number in the journal</source>
        <translation>Numéro du trade dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="364"/>
        <source>Exit time, New York (cancel time of an entry that never filled)</source>
        <translation>Heure de sortie, New York (heure d&apos;annulation pour une entrée jamais exécutée)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="366"/>
        <source>Entry time, New York</source>
        <translation>Heure d&apos;entrée, New York</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="368"/>
        <source>Time from entry to exit</source>
        <translation>Durée entre l&apos;entrée et la sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="370"/>
        <source>Timeframe of the signal</source>
        <translation>Unité de temps du signal</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="372"/>
        <source>Conviction of the signal (0-100)</source>
        <translation>Conviction du signal (0-100)</translation>
    </message>
    <message>
        <location filename="../ui/models/JournalTradeModel.cpp" line="374"/>
        <source>Realized P&amp;L as a percentage of the entry cost</source>
        <translation>P&amp;L réalisé en pourcentage du coût d&apos;entrée</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchButton</name>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="148"/>
        <source>KILL SWITCH</source>
        <translation>ARRÊT D&apos;URGENCE</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="149"/>
        <source>KILL SWITCH TRIPPED</source>
        <translation>ARRÊT D&apos;URGENCE DÉCLENCHÉ</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="164"/>
        <source>&lt;b&gt;Kill switch armed.&lt;/b&gt;&lt;br&gt;Click (or press %1) to stop trading at once: no new entries, working entries cancelled, day trades closed. Swing positions keep their broker-side stops.&lt;br&gt;There is no confirmation; resetting needs an operator note.</source>
        <translation>&lt;b&gt;Arrêt d&apos;urgence armé.&lt;/b&gt;&lt;br&gt;Cliquez (ou appuyez sur %1) pour arrêter immédiatement le trading&#xa0;: plus de nouvelles entrées, entrées actives annulées, trades intraday clôturés. Les positions swing conservent leurs stops chez le courtier.&lt;br&gt;Aucune confirmation n&apos;est demandée&#xa0;; la réinitialisation exige une note de l&apos;opérateur.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="180"/>
        <source>%1: %2&lt;br&gt;Tripped at %3 New York time.</source>
        <translation>%1&#xa0;: %2&lt;br&gt;Déclenché à %3, heure de New York.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="184"/>
        <source>Trip requested, waiting for the engine to confirm.</source>
        <translation>Déclenchement demandé, en attente de confirmation du moteur.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/KillSwitchButton.cpp" line="186"/>
        <source>&lt;b&gt;Kill switch TRIPPED.&lt;/b&gt; New entries are halted.&lt;br&gt;%1&lt;br&gt;Click to review and reset (needs an operator note).</source>
        <translation>&lt;b&gt;Arrêt d&apos;urgence DÉCLENCHÉ.&lt;/b&gt; Les nouvelles entrées sont suspendues.&lt;br&gt;%1&lt;br&gt;Cliquez pour examiner et réinitialiser (note de l&apos;opérateur requise).</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchHistoryModel</name>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="15"/>
        <source>Tripped</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="17"/>
        <source>Repeated</source>
        <translation>Répété</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="19"/>
        <source>Reset</source>
        <translation>Réinitialisé</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="90"/>
        <source>%1 (%2 New York time)</source>
        <translation>%1 (%2, heure de New York)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="128"/>
        <source>Time (ET)</source>
        <translation>Heure (ET)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="130"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="132"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchHistoryModel.cpp" line="134"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchResetDialog</name>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="16"/>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="55"/>
        <source>Reset kill switch</source>
        <translation>Réinitialiser l&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="19"/>
        <source>The kill switch is tripped: new entries are halted.</source>
        <translation>L&apos;arrêt d&apos;urgence est déclenché&#xa0;: les nouvelles entrées sont suspendues.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="36"/>
        <source>Trigger:</source>
        <translation>Déclencheur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="37"/>
        <source>Detail:</source>
        <translation>Détail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="38"/>
        <source>Tripped at:</source>
        <translation>Déclenché à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="41"/>
        <source>Resetting lets the executor open new positions again. Make sure the cause is understood and resolved. The note is written to the journal.</source>
        <translation>La réinitialisation permet à l&apos;exécuteur d&apos;ouvrir à nouveau des positions. Assurez-vous que la cause est comprise et résolue. La note est enregistrée dans le journal.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="48"/>
        <source>Operator note (required), e.g. &quot;broker reconnected, positions checked&quot;</source>
        <translation>Note de l&apos;opérateur (obligatoire), p. ex. «&#xa0;courtier reconnecté, positions vérifiées&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="79"/>
        <source>Manual (waiting for the engine to confirm)</source>
        <translation>Manuel (en attente de confirmation du moteur)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="80"/>
        <source>manual: kill switch pressed in the toolbar</source>
        <translation>manuel&#xa0;: arrêt d&apos;urgence actionné dans la barre d&apos;outils</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="81"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="85"/>
        <source>(no detail)</source>
        <translation>(aucun détail)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="88"/>
        <source>%1 %2 New York time</source>
        <translation>%1 %2, heure de New York</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="103"/>
        <source>Daily loss limit</source>
        <translation>Limite de perte journalière</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="105"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="107"/>
        <source>Broker unreachable</source>
        <translation>Courtier injoignable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="109"/>
        <source>Equity below minimum</source>
        <translation>Capital sous le minimum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/KillSwitchResetDialog.cpp" line="111"/>
        <source>Consecutive losses</source>
        <translation>Pertes consécutives</translation>
    </message>
</context>
<context>
    <name>axion::KillSwitchTriggerModel</name>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="26"/>
        <source>Daily loss limit</source>
        <translation>Limite de perte journalière</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="28"/>
        <source>Manual stop</source>
        <translation>Arrêt manuel</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="30"/>
        <source>Broker unreachable</source>
        <translation>Courtier injoignable</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="32"/>
        <source>Equity below minimum</source>
        <translation>Capital sous le minimum</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="34"/>
        <source>Consecutive losses</source>
        <translation>Pertes consécutives</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="121"/>
        <source>Firing</source>
        <translation>En alerte</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="122"/>
        <source>Tripped</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="122"/>
        <source>Clear</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="127"/>
        <source>This trigger tripped the kill switch; its condition has cleared but the switch stays tripped until an operator resets it.</source>
        <translation>Ce déclencheur a activé l&apos;arrêt d&apos;urgence&#xa0;; sa condition n&apos;est plus remplie, mais l&apos;arrêt reste déclenché jusqu&apos;à ce qu&apos;un opérateur le réinitialise.</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="129"/>
        <source>%1: %2 (limit %3)</source>
        <translation>%1&#xa0;: %2 (limite %3)</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="179"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="181"/>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="183"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="185"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location filename="../ui/models/KillSwitchTriggerModel.cpp" line="187"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>axion::LiveAccountDialog</name>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="38"/>
        <source>Trade live with real money?</source>
        <translation>Trader en réel, avec de l’argent réel ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="41"/>
        <source>Orders will go to this Alpaca account, with real money.</source>
        <translation>Les ordres iront à ce compte Alpaca, avec de l’argent réel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="64"/>
        <source>Endpoint:</source>
        <translation>Point d’accès :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="65"/>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="66"/>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="67"/>
        <source>Equity:</source>
        <translation>Valeur du compte :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="68"/>
        <source>Cash:</source>
        <translation>Liquidités :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="69"/>
        <source>Buying power:</source>
        <translation>Pouvoir d&apos;achat :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="70"/>
        <source>Pattern day trader:</source>
        <translation>Pattern day trader :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="71"/>
        <source>Blocks:</source>
        <translation>Blocages :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="74"/>
        <source>I understand that the executor will trade this account on its own, with real money</source>
        <translation>Je comprends que l&apos;exécuteur tradera ce compte de lui-même, avec de l&apos;argent réel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="80"/>
        <source>Trade live</source>
        <translation>Trader en réel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="82"/>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="122"/>
        <source>Reading the secret key from the system keychain…</source>
        <translation>Lecture de la clé secrète dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="126"/>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="134"/>
        <source>Asking Alpaca for the account…</source>
        <translation>Demande du compte à Alpaca…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="140"/>
        <source>No secret key is stored: type it in the Alpaca section first.</source>
        <translation>Aucune clé secrète n&apos;est enregistrée : saisissez-la d&apos;abord dans la section Alpaca.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="145"/>
        <source>The secret key cannot be read from the keychain: %1</source>
        <translation>La clé secrète ne peut pas être lue dans le trousseau : %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="157"/>
        <source>yes (day trades in the last 5 days: %1)</source>
        <translation>oui (day trades sur les 5 derniers jours : %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="158"/>
        <source>no (day trades in the last 5 days: %1)</source>
        <translation>non (day trades sur les 5 derniers jours : %1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="162"/>
        <source>trading blocked</source>
        <translation>trading bloqué</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="164"/>
        <source>account blocked</source>
        <translation>compte bloqué</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="166"/>
        <source>transfers blocked</source>
        <translation>virements bloqués</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="168"/>
        <source>trading suspended by the owner</source>
        <translation>trading suspendu par le titulaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="169"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="173"/>
        <source>Alpaca answered for account %1.</source>
        <translation>Alpaca a répondu pour le compte %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/LiveAccountDialog.cpp" line="176"/>
        <source>This account cannot trade: %1.</source>
        <translation>Ce compte ne peut pas trader : %1.</translation>
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
        <translation>Positions actives</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Order Book</source>
        <translation>Carnet d&apos;ordres</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Risk Dashboard</source>
        <translation>Tableau de bord des risques</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Trade Journal</source>
        <translation>Journal des trades</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="95"/>
        <source>Trading</source>
        <translation>Trading</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="108"/>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>Connect to or disconnect from the broker</source>
        <translation>Se connecter au courtier ou s&apos;en déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="113"/>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="205"/>
        <source>Signal ingress: POST http://%1:%2/v1/signals or WebSocket ws://%1:%2/v1/signals (bearer token in Settings, Signals)</source>
        <translation>Entrée des signaux : POST http://%1:%2/v1/signals ou WebSocket ws://%1:%2/v1/signals (jeton Bearer dans Paramètres, Signaux)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Trade journal not shown: %1</source>
        <translation>Journal des trades non affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
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
        <translation>PAPER</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="23"/>
        <source>Orders go to a real brokerage account</source>
        <translation>Les ordres sont envoyés à un compte de courtage réel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ModeBadge.cpp" line="24"/>
        <source>Simulated orders, no real money</source>
        <translation>Ordres simulés, sans argent réel</translation>
    </message>
</context>
<context>
    <name>axion::MoveStopDialog</name>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="26"/>
        <source>Move stop: %1</source>
        <translation>Déplacer le stop&#xa0;: %1</translation>
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
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="56"/>
        <source>%1 %2 %3 shares</source>
        <translation>%1 %2 %3 actions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="58"/>
        <source>Entry:</source>
        <translation>Entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="59"/>
        <source>Current price:</source>
        <translation>Cours actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="60"/>
        <source>Current stop:</source>
        <translation>Stop actuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="61"/>
        <source>New stop:</source>
        <translation>Nouveau stop&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="62"/>
        <source>If stopped:</source>
        <translation>Si le stop est touché&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="65"/>
        <source>Move stop</source>
        <translation>Déplacer le stop</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="97"/>
        <source>The stop must be a positive price.</source>
        <translation>Le stop doit être un prix positif.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="99"/>
        <source>A long position&apos;s stop must be below the current price (%1).</source>
        <translation>Le stop d&apos;une position longue doit être inférieur au cours actuel (%1).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/MoveStopDialog.cpp" line="102"/>
        <source>A short position&apos;s stop must be above the current price (%1).</source>
        <translation>Le stop d&apos;une position courte doit être supérieur au cours actuel (%1).</translation>
    </message>
</context>
<context>
    <name>axion::OrderBookTab</name>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="202"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="207"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="464"/>
        <source>Cancel order</source>
        <translation>Annuler l&apos;ordre</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="210"/>
        <source>Ask the broker to cancel the selected orders (Delete)</source>
        <translation>Demander au courtier d&apos;annuler les ordres sélectionnés (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="215"/>
        <source>Working orders</source>
        <translation>Ordres actifs</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="218"/>
        <source>Select orders and press Delete to cancel</source>
        <translation>Sélectionnez des ordres et appuyez sur Suppr pour les annuler</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="263"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="269"/>
        <source>All legs</source>
        <translation>Toutes les jambes</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="276"/>
        <source>Buy and sell</source>
        <translation>Achat et vente</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="283"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="292"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="374"/>
        <source>Showing %1 of %2 orders</source>
        <translation>%1 ordres affichés sur %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="376"/>
        <source>1 order</source>
        <translation>1 ordre</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="376"/>
        <source>%1 orders</source>
        <translation>%1 ordres</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="381"/>
        <source>Order history (%1)</source>
        <translation>Historique des ordres (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="384"/>
        <source>Recent fills (%1)</source>
        <translation>Exécutions récentes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="440"/>
        <source>Cancel protective stop?</source>
        <translation>Annuler le stop de protection&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="441"/>
        <source>Cancelling the protective stop of %1 leaves the position unprotected.</source>
        <translation>Annuler le stop de protection de %1 laisse la position sans protection.</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="446"/>
        <source>The shares stay open with no stop at the broker until a new stop is placed. Cancel the stop anyway?</source>
        <translation>Les actions restent en position sans stop chez le courtier jusqu&apos;à ce qu&apos;un nouveau stop soit placé. Annuler quand même le stop&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="448"/>
        <source>Cancel stop</source>
        <translation>Annuler le stop</translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="450"/>
        <source>Keep stop</source>
        <translation>Conserver le stop</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/OrderBookTab.cpp" line="464"/>
        <source>Cancel %n orders</source>
        <translation>
            <numerusform>Annuler %n ordre</numerusform>
            <numerusform>Annuler %n ordres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="500"/>
        <location filename="../ui/tabs/OrderBookTab.cpp" line="509"/>
        <source>Copy client order id</source>
        <translation>Copier l&apos;ID d&apos;ordre client</translation>
    </message>
</context>
<context>
    <name>axion::OrderFilterProxy</name>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="72"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="74"/>
        <source>Working</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="76"/>
        <source>Filled</source>
        <translation>Exécutés</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="78"/>
        <source>Partially filled</source>
        <translation>Partiellement exécutés</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="80"/>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="82"/>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="84"/>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <location filename="../ui/models/OrderFilterProxy.cpp" line="86"/>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
</context>
<context>
    <name>axion::OrdersModel</name>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="154"/>
        <source>Deterministic client order id: signal id and leg</source>
        <translation>ID d&apos;ordre client déterministe&#xa0;: ID du signal et jambe</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="156"/>
        <source>Shares still working: quantity - filled</source>
        <translation>Actions encore actives&#xa0;: quantité - exécutées</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="158"/>
        <source>Time since the order was created (engine clock)</source>
        <translation>Temps écoulé depuis la création de l&apos;ordre (horloge du moteur)</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="160"/>
        <source>Average price of the filled shares</source>
        <translation>Prix moyen des actions exécutées</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="162"/>
        <source>Time in force</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="261"/>
        <source>Client order id: %1</source>
        <translation>ID ordre client&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="263"/>
        <source>Broker order id: %1</source>
        <translation>ID ordre courtier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="265"/>
        <source>Parent: %1</source>
        <translation>Parent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="267"/>
        <source>OCO group: %1</source>
        <translation>Groupe OCO&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="273"/>
        <source>%1 since %2 ET</source>
        <translation>%1 depuis %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="284"/>
        <source>Created %1 ET</source>
        <translation>Créé le %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="287"/>
        <source>Updated %1 ET</source>
        <translation>Mis à jour le %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="291"/>
        <source>%1 shares at an average %2, %3</source>
        <translation>%1 actions à %2 en moyenne, %3</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="304"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="306"/>
        <source>Scale-in</source>
        <translation>Renforcement</translation>
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
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="312"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="318"/>
        <source>Buy</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="318"/>
        <source>Sell</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="324"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="326"/>
        <location filename="../ui/models/OrdersModel.cpp" line="404"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="330"/>
        <source>Stop limit</source>
        <translation>Stop limite</translation>
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
        <translation>Nouveau</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="352"/>
        <source>Submitting</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="354"/>
        <source>Working</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="356"/>
        <source>Partially filled</source>
        <translation>Partiellement exécuté</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="358"/>
        <location filename="../ui/models/OrdersModel.cpp" line="398"/>
        <source>Filled</source>
        <translation>Exécuté</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="360"/>
        <source>Cancel pending</source>
        <translation>Annulation en cours</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="362"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="364"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="366"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="368"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="375"/>
        <source>Paper</source>
        <translation>Simulé</translation>
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
        <translation>ID ordre client</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="388"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="390"/>
        <source>Leg</source>
        <translation>Jambe</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="392"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="394"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="396"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="400"/>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="402"/>
        <source>Avg fill</source>
        <translation>Prix moy.</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="408"/>
        <source>TIF</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="410"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="412"/>
        <source>Broker</source>
        <translation>Courtier</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="414"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="416"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="418"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location filename="../ui/models/OrdersModel.cpp" line="420"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>axion::PnlCurveChart</name>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="78"/>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="101"/>
        <source>Day P&amp;L</source>
        <translation>P&amp;L du jour</translation>
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
        <translation>Pas encore de P&amp;L aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../ui/charts/PnlCurveChart.cpp" line="286"/>
        <source>Kill switch at %1</source>
        <translation>Arrêt d&apos;urgence à %1</translation>
    </message>
</context>
<context>
    <name>axion::PositionChart</name>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="186"/>
        <source>Candles</source>
        <translation>Bougies</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="215"/>
        <location filename="../ui/charts/PositionChart.cpp" line="220"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="218"/>
        <source>Target</source>
        <translation>Objectif</translation>
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
        <translation>Sélectionnez une position pour afficher son graphique</translation>
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
        <translation>B</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="653"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../ui/charts/PositionChart.cpp" line="654"/>
        <source>Vol</source>
        <translation>Vol</translation>
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
        <translation>Stop initial %1 (définit 1R = %2 par action)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="163"/>
        <source>Entered %1 New York time</source>
        <translation>Entrée le %1, heure de New York</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="165"/>
        <source>Market value %1, cost basis %2, realized %3</source>
        <translation>Valeur de marché %1, prix de revient %2, réalisé %3</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="185"/>
        <source>Unrealized P&amp;L as a fraction of the cost basis</source>
        <translation>P&amp;L latent rapporté au prix de revient</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="187"/>
        <source>Move since entry in units of the initial risk (entry to initial stop)</source>
        <translation>Variation depuis l&apos;entrée, en unités du risque initial (de l&apos;entrée au stop initial)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="189"/>
        <source>Time since entry (engine clock)</source>
        <translation>Temps écoulé depuis l&apos;entrée (horloge du moteur)</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="198"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="200"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="202"/>
        <source>Shares</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="204"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="206"/>
        <source>Current</source>
        <translation>Cours</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="208"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="210"/>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="212"/>
        <source>Unreal. P&amp;L</source>
        <translation>P&amp;L latent</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="214"/>
        <source>P&amp;L %</source>
        <translation>P&amp;L %</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="216"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="218"/>
        <source>In trade</source>
        <translation>En position</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="220"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="222"/>
        <source>Broker</source>
        <translation>Courtier</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/models/PositionsModel.cpp" line="259"/>
        <source>Paper</source>
        <translation>Simulé</translation>
    </message>
</context>
<context>
    <name>axion::ReplaySpeedControl</name>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="28"/>
        <source>Demo replay speed: 1× = one simulated minute per second.</source>
        <translation>Vitesse du rejeu de démo&#xa0;: 1× = une minute simulée par seconde.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="30"/>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="130"/>
        <source>Replay</source>
        <translation>Rejeu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="128"/>
        <source>Replay paused: click to resume</source>
        <translation>Rejeu en pause&#xa0;: cliquez pour reprendre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="128"/>
        <source>Pause the replay</source>
        <translation>Mettre le rejeu en pause</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="129"/>
        <source>Resume replay</source>
        <translation>Reprendre le rejeu</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="129"/>
        <source>Pause replay</source>
        <translation>Mettre le rejeu en pause</translation>
    </message>
    <message>
        <location filename="../ui/widgets/ReplaySpeedControl.cpp" line="130"/>
        <source>Replay paused</source>
        <translation>Rejeu en pause</translation>
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
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="153"/>
        <source>Day P&amp;L</source>
        <translation>P&amp;L du jour</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="161"/>
        <source>Daily loss</source>
        <translation>Perte du jour</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="169"/>
        <source>Open positions</source>
        <translation>Positions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="188"/>
        <source>Day P&amp;L and drawdown (New York time)</source>
        <translation>P&amp;L du jour et drawdown (heure de New York)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="199"/>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="283"/>
        <source>Exposure by ticker</source>
        <translation>Exposition par ticker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="203"/>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="286"/>
        <source>Exposure by sector</source>
        <translation>Exposition par secteur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="222"/>
        <source>Kill switch triggers</source>
        <translation>Déclencheurs de l&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="248"/>
        <source>Trip history</source>
        <translation>Historique des déclenchements</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="280"/>
        <source>%1 · limit %2 of equity</source>
        <translation>%1 · limite %2 du capital</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="315"/>
        <source>TRIPPED</source>
        <translation>DÉCLENCHÉ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="315"/>
        <source>ARMED</source>
        <translation>ARMÉ</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="316"/>
        <source>Entries are halted until an operator resets the kill switch</source>
        <translation>Les entrées sont suspendues jusqu&apos;à ce qu&apos;un opérateur réinitialise l&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="318"/>
        <source>Trading is allowed; the kill switch trips on any of its five triggers</source>
        <translation>Le trading est autorisé&#xa0;; l&apos;arrêt d&apos;urgence se déclenche dès que l&apos;un de ses cinq déclencheurs est atteint</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="333"/>
        <source>since %1 ET</source>
        <translation>depuis %1 ET</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="337"/>
        <source>Tripped</source>
        <translation>Déclenché</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="340"/>
        <source>Entries are halted until an operator resets the switch</source>
        <translation>Les entrées sont suspendues jusqu&apos;à ce qu&apos;un opérateur réinitialise l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="348"/>
        <source>Trading allowed</source>
        <translation>Trading autorisé</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="349"/>
        <source>Trading allowed · firing: %1</source>
        <translation>Trading autorisé · en alerte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="357"/>
        <source>Closest trigger: %1 at %2 of its limit</source>
        <translation>Déclencheur le plus proche&#xa0;: %1 à %2 de sa limite</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="360"/>
        <source>All triggers clear</source>
        <translation>Aucun déclencheur en alerte</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="382"/>
        <source>%1 · start of day %2</source>
        <translation>%1 · début de journée %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="385"/>
        <source>Start of day equity not known yet</source>
        <translation>Capital de début de journée encore inconnu</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="398"/>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="400"/>
        <source>Loss today %1 of start of day equity; the kill switch trips beyond %2</source>
        <translation>Perte du jour&#xa0;: %1 du capital de début de journée&#xa0;; l&apos;arrêt d&apos;urgence se déclenche au-delà de %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="410"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="417"/>
        <source>%1 free</source>
        <translation>%1 libre(s)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/RiskDashboardTab.cpp" line="417"/>
        <source>no new entries</source>
        <translation>aucune nouvelle entrée</translation>
    </message>
</context>
<context>
    <name>axion::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="88"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="93"/>
        <source>The stored settings could not be used: %1</source>
        <translation>Les paramètres enregistrés n&apos;ont pas pu être utilisés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="106"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="107"/>
        <source>Brokers</source>
        <translation>Courtiers</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="108"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="109"/>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="149"/>
        <source>Checking the system keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="154"/>
        <source>Credentials cannot be stored: no system keychain is available</source>
        <translation>Impossible d&apos;enregistrer les identifiants&#xa0;: aucun trousseau système n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="170"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="503"/>
        <source>JSON key: %1</source>
        <translation>Clé JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="185"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="264"/>
        <source>Risk profile:</source>
        <translation>Profil de risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="267"/>
        <source>Aggressive</source>
        <translation>Agressif</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="268"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="269"/>
        <source>Conservative</source>
        <translation>Prudent</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="270"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="271"/>
        <source>Choosing a preset fills in the risk limits; editing a limit makes the profile Custom</source>
        <translation>Choisir un préréglage remplit les limites de risque&#xa0;; modifier une limite rend le profil Personnalisé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="299"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="300"/>
        <source>Risk per trade</source>
        <translation>Risque par trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="301"/>
        <source>Equity at risk between entry and stop on one trade</source>
        <translation>Capital exposé entre l&apos;entrée et le stop sur un trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="303"/>
        <source>Daily loss limit</source>
        <translation>Limite de perte journalière</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="304"/>
        <source>Loss of start-of-day equity that stops trading for the day (kill switch)</source>
        <translation>Perte, en part du capital de début de journée, qui arrête le trading pour la journée (arrêt d&apos;urgence)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="306"/>
        <source>Open positions</source>
        <translation>Positions ouvertes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="307"/>
        <source>Most positions open at the same time</source>
        <translation>Nombre maximal de positions ouvertes simultanément</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="308"/>
        <source> positions</source>
        <translation> positions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="309"/>
        <source>Per stock</source>
        <translation>Par action</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="310"/>
        <source>Largest position in one stock, as a share of equity</source>
        <translation>Position maximale sur une même action, en part du capital</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="312"/>
        <source>Per sector</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="313"/>
        <source>Largest exposure to one sector, as a share of equity</source>
        <translation>Exposition maximale à un même secteur, en part du capital</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="320"/>
        <source>$ </source>
        <translation>$ </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="324"/>
        <source>Minimum equity</source>
        <translation>Capital minimum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="325"/>
        <source>Below this account equity no new trades are taken and the kill switch trips ($25,000 is the pattern-day-trader minimum)</source>
        <translation>Sous ce capital de compte, aucun nouveau trade n&apos;est pris et l&apos;arrêt d&apos;urgence se déclenche (25 000 $ est le minimum de la règle «&#xa0;pattern day trader&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="337"/>
        <source>Kill switch</source>
        <translation>Arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="338"/>
        <source>Losing streak</source>
        <translation>Série de pertes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="339"/>
        <source>Consecutive losing trades, each worse than the loss below, that trip the kill switch</source>
        <translation>Nombre de trades perdants consécutifs, chacun pire que la perte ci-dessous, qui déclenche l&apos;arrêt d&apos;urgence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="341"/>
        <source> trades</source>
        <translation> trades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="342"/>
        <source>Loss per trade</source>
        <translation>Perte par trade</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="343"/>
        <source>Loss on a trade&apos;s cost that counts towards the losing streak</source>
        <translation>Perte, en part du coût du trade, qui compte dans la série de pertes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="345"/>
        <source>Broker unreachable</source>
        <translation>Courtier injoignable</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="346"/>
        <source>Seconds without a broker connection before the kill switch trips</source>
        <translation>Secondes sans connexion au courtier avant le déclenchement de l&apos;arrêt d&apos;urgence</translation>
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
        <translation>Entrées</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="351"/>
        <source>Minimum conviction</source>
        <translation>Conviction minimale</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="352"/>
        <source>Signals below this conviction are journaled, not traded</source>
        <translation>Les signaux sous cette conviction sont journalisés, pas tradés</translation>
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
        <translation>Forte conviction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="355"/>
        <source>From this conviction on a trade gets full size and, with volume confirmed, a market entry</source>
        <translation>À partir de cette conviction, un trade reçoit la taille complète et, si le volume est confirmé, une entrée au marché</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="358"/>
        <source>Medium size</source>
        <translation>Taille moyenne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="359"/>
        <source>Size of a medium-conviction trade, as a share of full size</source>
        <translation>Taille d&apos;un trade à conviction moyenne, en part de la taille complète</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="361"/>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="362"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="363"/>
        <source>High conviction order</source>
        <translation>Ordre forte conviction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="364"/>
        <source>Order type of high-conviction entries</source>
        <translation>Type d&apos;ordre des entrées à forte conviction</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="367"/>
        <source>Medium conviction order</source>
        <translation>Ordre conviction moyenne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="367"/>
        <source>Order type of medium-conviction entries</source>
        <translation>Type d&apos;ordre des entrées à conviction moyenne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="370"/>
        <source>Enter in two parts</source>
        <translation>Entrer en deux fois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="372"/>
        <source>Scale in</source>
        <translation>Renforcement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="373"/>
        <source>Enter part of the position now and the rest on the first pullback to the entry cloud that holds</source>
        <translation>Prendre une partie de la position tout de suite et le reste au premier repli sur le nuage d&apos;entrée qui tient</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="379"/>
        <source>First part</source>
        <translation>Première partie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="380"/>
        <source>Share of the position entered at once when scaling in</source>
        <translation>Part de la position prise immédiatement lors d&apos;un renforcement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="382"/>
        <source>Limit entry expires</source>
        <translation>Expiration entrée limite</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="383"/>
        <source>An unfilled limit entry is cancelled after this many bars</source>
        <translation>Une entrée limite non exécutée est annulée après ce nombre de barres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="384"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="451"/>
        <source> bars</source>
        <translation> barres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="386"/>
        <source>Fast (5/12)</source>
        <translation>Rapide (5/12)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="387"/>
        <source>Pullback (8/9)</source>
        <translation>Repli (8/9)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="388"/>
        <source>Trend (20/21)</source>
        <translation>Tendance (20/21)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="389"/>
        <source>Macro (34/50)</source>
        <translation>Macro (34/50)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="390"/>
        <source>Long term (72/89)</source>
        <translation>Long terme (72/89)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="391"/>
        <source>Entry cloud</source>
        <translation>Nuage d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="392"/>
        <source>Cloud whose edge limit entries and scale-ins wait for</source>
        <translation>Nuage dont les entrées limites et les renforcements attendent le bord</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="394"/>
        <source>Volume confirmation</source>
        <translation>Confirmation par le volume</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="395"/>
        <source>Volume against its average that confirms a signal</source>
        <translation>Volume, rapporté à sa moyenne, qui confirme un signal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="396"/>
        <source> × average</source>
        <translation> × moyenne</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="403"/>
        <source> shares</source>
        <translation> actions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="407"/>
        <source>Most shares</source>
        <translation>Actions max.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="408"/>
        <source>Hard cap on the shares of one position, whatever the sizing says</source>
        <translation>Plafond absolu du nombre d&apos;actions d&apos;une position, quel que soit le dimensionnement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="417"/>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="418"/>
        <source>Profit target</source>
        <translation>Objectif de gain</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="419"/>
        <source>Target distance as a multiple of the stop distance</source>
        <translation>Distance de l&apos;objectif en multiple de la distance du stop</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="420"/>
        <source> : 1</source>
        <translation> : 1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="421"/>
        <source>Time stop</source>
        <translation>Stop temporel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="422"/>
        <source>A day trade without enough progress is closed after this many minutes</source>
        <translation>Un trade intraday sans progression suffisante est clôturé après ce nombre de minutes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="423"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="424"/>
        <source>Progress needed</source>
        <translation>Progression requise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="425"/>
        <source>Progress, in multiples of the initial risk (R), that keeps a trade past the time stop</source>
        <translation>Progression, en multiples du risque initial (R), qui maintient un trade au-delà du stop temporel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="427"/>
        <source> R</source>
        <translation> R</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="433"/>
        <source>Day trades closed at</source>
        <translation>Clôture des trades intraday à</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="434"/>
        <source>New York time at which day trades are closed; on early-close days five minutes before the close</source>
        <translation>Heure de New York à laquelle les trades intraday sont clôturés&#xa0;; les jours de clôture anticipée, cinq minutes avant la clôture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="446"/>
        <source>Trailing stop cloud</source>
        <translation>Nuage du stop suiveur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="447"/>
        <source>Cloud that trails the stop of swing trades</source>
        <translation>Nuage que suit le stop des trades swing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="449"/>
        <source>Momentum exhaustion</source>
        <translation>Essoufflement du momentum</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="450"/>
        <source>Closes in a row outside the fast cloud that count as exhaustion</source>
        <translation>Clôtures consécutives hors du nuage rapide considérées comme un essoufflement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="453"/>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="454"/>
        <source>Slippage buffer</source>
        <translation>Marge de slippage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="455"/>
        <source>Price allowance for slippage used when sizing</source>
        <translation>Marge de prix pour le slippage, utilisée lors du dimensionnement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="457"/>
        <source>Paper slippage</source>
        <translation>Glissement du courtier papier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="458"/>
        <source>Simulated slippage of the paper broker (at most half the bar&apos;s range; applies at the next start)</source>
        <translation>Glissement simulé du courtier papier (au plus la moitié de l&apos;étendue de la barre ; appliqué au prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="461"/>
        <source>Time in force</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="462"/>
        <source>Time in force of entry orders</source>
        <translation>Durée de validité des ordres d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="463"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="464"/>
        <source>Good till cancelled</source>
        <translation>Valable jusqu&apos;à annulation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="465"/>
        <source>Immediate or cancel</source>
        <translation>Immédiat ou annulé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="467"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="479"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="470"/>
        <source>AAPL = Technology
JPM = Financials</source>
        <translation>AAPL = Technologie
JPM = Finance</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="474"/>
        <source>One TICKER = Sector per line. Unlisted tickers count as their own sector.</source>
        <translation>Une paire TICKER = Secteur par ligne. Un ticker absent de la liste constitue son propre secteur.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="502"/>
        <source>Sector of each ticker, for the sector exposure limit</source>
        <translation>Secteur de chaque ticker, pour la limite d&apos;exposition par secteur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="520"/>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="521"/>
        <source>Trading mode</source>
        <translation>Mode de trading</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="522"/>
        <source>Paper sends every order to the built-in paper broker; live sends orders to the primary broker</source>
        <translation>Simulé envoie chaque ordre au courtier simulé intégré&#xa0;; réel envoie les ordres au courtier principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="525"/>
        <source>Paper (simulated orders)</source>
        <translation>Simulé (ordres fictifs)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="526"/>
        <source>Live (real money)</source>
        <translation>Réel (argent réel)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="528"/>
        <source>Paper broker (built in)</source>
        <translation>Courtier simulé (intégré)</translation>
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
        <translation>Courtier principal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="533"/>
        <source>Where live orders go</source>
        <translation>Destination des ordres réels</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="536"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="540"/>
        <source>Fallback broker</source>
        <translation>Courtier de secours</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="541"/>
        <source>Used only when the primary broker certainly did not take an order (not connected, connection refused)</source>
        <translation>Utilisé uniquement lorsque le courtier principal n&apos;a assurément pas pris l&apos;ordre (non connecté, connexion refusée)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="564"/>
        <source>Interactive Brokers (TWS / IB Gateway)</source>
        <translation>Interactive Brokers (TWS / IB Gateway)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="569"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="574"/>
        <source>IB Gateway: 4002 paper, 4001 live. TWS: 7497 paper, 7496 live.</source>
        <translation>IB Gateway&#xa0;: 4002 simulé, 4001 réel. TWS&#xa0;: 7497 simulé, 7496 réel.</translation>
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
        <translation>Chaque programme connecté au même TWS doit avoir son propre ID</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="581"/>
        <source>Client id</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="587"/>
        <source>Paper trading</source>
        <translation>Trading simulé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="588"/>
        <source>Live trading</source>
        <translation>Trading réel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="591"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="594"/>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="607"/>
        <source>API key id</source>
        <translation>ID de clé API</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="608"/>
        <source>Key id</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="612"/>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="614"/>
        <source>The secret key is kept in the system keychain, never in the settings file</source>
        <translation>La clé secrète est conservée dans le trousseau du système, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="615"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="617"/>
        <source>Delete the stored secret key from the system keychain</source>
        <translation>Supprimer la clé secrète enregistrée du trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="622"/>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="629"/>
        <source>SPY, QQQ, AAPL</source>
        <translation>SPY, QQQ, AAPL</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="631"/>
        <source>Watchlist</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="632"/>
        <source>Tickers whose minute bars Alpaca streams, their clouds warmed up from history at start; open trades and approved signals are watched anyway</source>
        <translation>Tickers dont Alpaca diffuse les barres minute, leurs nuages préchauffés par l&apos;historique au démarrage ; les trades ouverts et les signaux acceptés sont suivis de toute façon</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="656"/>
        <source>Workstation</source>
        <translation>Station de travail</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="670"/>
        <source>Takes effect after a restart</source>
        <translation>Prend effet après un redémarrage</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="671"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="677"/>
        <source> simulated min/s</source>
        <translation> min simulées/s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="678"/>
        <source>How fast the demo replays the market</source>
        <translation>Vitesse à laquelle la démo rejoue le marché</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="679"/>
        <source>Demo speed</source>
        <translation>Vitesse de la démo</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="684"/>
        <source>SQLite database with every trade, order and fill</source>
        <translation>Base SQLite contenant chaque trade, ordre et exécution</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="685"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="690"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1030"/>
        <source>Trade journal</source>
        <translation>Journal des trades</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="692"/>
        <source>A new journal location is used from the next start.</source>
        <translation>Un nouvel emplacement de journal est pris en compte au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="701"/>
        <source>Signal ingress</source>
        <translation>Réception des signaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="702"/>
        <source>External signal engines on this computer deliver signals over HTTP or WebSocket on 127.0.0.1 and must present this token.</source>
        <translation>Les moteurs de signaux externes de cet ordinateur envoient leurs signaux par HTTP ou WebSocket sur 127.0.0.1 et doivent présenter ce jeton.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="719"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="722"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="724"/>
        <source>A new token locks out every source that has the old one</source>
        <translation>Un nouveau jeton bloque toute source qui utilise l&apos;ancien</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="730"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="733"/>
        <source>not polled</source>
        <translation>non interrogée</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="736"/>
        <source>Choose the signal engine&apos;s SQLite file</source>
        <translation>Choisir le fichier SQLite du moteur de signaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="739"/>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="745"/>
        <source>Signal engine database</source>
        <translation>Base du moteur de signaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="740"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="746"/>
        <source>The EMA Cloud Signal Engine&apos;s SQLite file: new rows of its ema_signals table are taken once each (used from the next start)</source>
        <translation>Le fichier SQLite de l’EMA Cloud Signal Engine : les nouvelles lignes de sa table ema_signals sont reprises une fois chacune (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="757"/>
        <source>Signal checks</source>
        <translation>Contrôles des signaux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="758"/>
        <source>Oldest signal</source>
        <translation>Âge max. du signal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="759"/>
        <source>Signals older than this are rejected as stale</source>
        <translation>Les signaux plus anciens sont rejetés comme périmés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="761"/>
        <source>Clock tolerance</source>
        <translation>Tolérance d&apos;horloge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="762"/>
        <source>How far in the future a signal&apos;s timestamp may be (clock skew)</source>
        <translation>Avance maximale autorisée pour l&apos;horodatage d&apos;un signal (décalage d&apos;horloge)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="765"/>
        <source>EMA clouds</source>
        <translation>Nuages EMA</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="768"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="769"/>
        <source>(High + low) / 2</source>
        <translation>(Haut + bas) / 2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="771"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="772"/>
        <source>Price the EMAs are computed on; the EMA Cloud Signal Engine uses the close</source>
        <translation>Prix sur lequel les EMA sont calculées&#xa0;; le moteur de signaux EMA Cloud utilise la clôture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="784"/>
        <source>First value (pandas)</source>
        <translation>Première valeur (pandas)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="785"/>
        <source>SMA (TradingView)</source>
        <translation>SMA (TradingView)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="787"/>
        <source>Seeding</source>
        <translation>Initialisation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="788"/>
        <source>How an EMA starts; the EMA Cloud Signal Engine seeds with the first value</source>
        <translation>Manière dont une EMA démarre&#xa0;; le moteur de signaux EMA Cloud l&apos;initialise avec la première valeur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="799"/>
        <source>Replays</source>
        <translation>Rejeux</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="801"/>
        <source>Adjust for splits and dividends</source>
        <translation>Ajuster des divisions et dividendes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="803"/>
        <source>Factor files</source>
        <translation>Fichiers de facteurs</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="804"/>
        <source>Replayed Lean minute data is adjusted by the factor file beside its minute folder (factor_files/&lt;symbol&gt;.csv); off: raw prices (as --raw-prices)</source>
        <translation>Les données minute Lean rejouées sont ajustées par le fichier de facteurs à côté de leur dossier minute (factor_files/&lt;symbol&gt;.csv) ; désactivé : cours bruts (comme --raw-prices)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="810"/>
        <source>Jump that resets</source>
        <translation>Saut qui réinitialise</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="811"/>
        <source>A close-to-open jump larger than this, in a symbol without a factor file, resets its clouds and is a warning of the replay summary (0: never)</source>
        <translation>Un saut de la clôture à l&apos;ouverture plus grand que ceci, pour un symbole sans fichier de facteurs, réinitialise ses nuages et est un avertissement du résumé du rejeu (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="846"/>
        <source>line %1: expected TICKER = Sector, got &quot;%2&quot;</source>
        <translation>ligne %1&#xa0;: TICKER = Secteur attendu, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="882"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="899"/>
        <source>Live mode with the built-in paper broker as primary: orders stay simulated.</source>
        <translation>Mode réel avec le courtier simulé intégré comme courtier principal&#xa0;: les ordres restent simulés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="902"/>
        <source>Live mode: orders go to Alpaca paper trading (no real money).</source>
        <translation>Mode réel&#xa0;: les ordres vont au trading simulé d&apos;Alpaca (sans argent réel).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="904"/>
        <source>Live: orders go to %1 with real money.</source>
        <translation>Mode réel&#xa0;: les ordres partent chez %1 avec de l&apos;argent réel.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="913"/>
        <source>%1 % risk per trade · %2 % daily loss limit · %3 open positions · conviction ≥ %4</source>
        <translation>%1 % de risque par trade · %2 % de perte journalière max. · %3 positions ouvertes · conviction ≥ %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1018"/>
        <source>Storing the secret key in the system keychain…</source>
        <translation>Enregistrement de la clé secrète dans le trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1030"/>
        <source>SQLite databases (*.db)</source>
        <translation>Bases SQLite (*.db)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1049"/>
        <source>Removing the secret key from the system keychain…</source>
        <translation>Suppression de la clé secrète du trousseau du système…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1057"/>
        <source>Secret key stored in the system keychain.</source>
        <translation>Clé secrète enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1068"/>
        <source>A secret key is stored in the system keychain.</source>
        <translation>Une clé secrète est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1074"/>
        <source>No secret key stored yet.</source>
        <translation>Aucune clé secrète enregistrée pour le moment.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1080"/>
        <source>No secret key stored.</source>
        <translation>Aucune clé secrète enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="1086"/>
        <source>Credentials cannot be stored: %1</source>
        <translation>Impossible d&apos;enregistrer les identifiants&#xa0;: %1</translation>
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
Identifiant du signal : %3
%4 : %5</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="84"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="104"/>
        <source>Time (NY)</source>
        <translation>Heure (NY)</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="106"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="108"/>
        <source>Ticker</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="110"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="112"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="114"/>
        <source>Conviction</source>
        <translation>Conviction</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="116"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="118"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="120"/>
        <source>Signal id</source>
        <translation>Identifiant du signal</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="171"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="173"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="175"/>
        <source>Refused at intake</source>
        <translation>Refusé à l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="177"/>
        <source>Exit hint</source>
        <translation>Indication de sortie</translation>
    </message>
    <message>
        <location filename="../ui/models/SignalsModel.cpp" line="184"/>
        <source>Built-in engine</source>
        <translation>Moteur intégré</translation>
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
        <translation>Signaux externes : non activés</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="31"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="32"/>
        <source>From outside</source>
        <translation>De l&apos;extérieur</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="42"/>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="76"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="79"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/tabs/SignalsTab.cpp" line="102"/>
        <source>%1 received (%2 from outside): %3 approved, %4 rejected, %5 refused</source>
        <translation>%1 reçus (%2 externes) : %3 approuvés, %4 rejetés, %5 refusés</translation>
    </message>
</context>
<context>
    <name>axion::SqliteSignalQueue</name>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="102"/>
        <source>no signal database given</source>
        <translation>aucune base de signaux indiquée</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="104"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>le pilote SQLite de Qt (QSQLITE) n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="107"/>
        <source>signal database %1 is a directory, not a file</source>
        <translation>la base de signaux %1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="109"/>
        <source>cannot create signal database %1: directory %2 does not exist</source>
        <translation>impossible de créer la base de signaux %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="121"/>
        <source>cannot open signal database %1: %2</source>
        <translation>impossible d&apos;ouvrir la base de signaux %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="149"/>
        <source>signal database %1 is not a usable SQLite database: %2</source>
        <translation>la base de signaux %1 n&apos;est pas une base SQLite utilisable : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="169"/>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="176"/>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="183"/>
        <source>cannot create table ema_signals in %1: %2</source>
        <translation>impossible de créer la table ema_signals dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="191"/>
        <source>cannot read the columns of ema_signals in %1: %2</source>
        <translation>impossible de lire les colonnes de ema_signals dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="202"/>
        <source>table ema_signals in %1 is not the PRD-134 signal table: it lacks %2</source>
        <translation>la table ema_signals de %1 n&apos;est pas la table de signaux PRD-134 : il lui manque %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="229"/>
        <source>signal database is not open</source>
        <translation>la base de signaux n&apos;est pas ouverte</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="247"/>
        <source>cannot read ema_signals in %1: %2</source>
        <translation>impossible de lire ema_signals dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="290"/>
        <source>cannot lock ema_signals in %1 (will retry): %2</source>
        <translation>impossible de verrouiller ema_signals dans %1 (nouvel essai à venir) : %2</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="304"/>
        <source>cannot mark ema_signals row %1 in %2 (will retry): %3</source>
        <translation>impossible de marquer la ligne %1 de ema_signals dans %2 (nouvel essai à venir) : %3</translation>
    </message>
    <message>
        <location filename="../engine/signals/SqliteSignalQueue.cpp" line="318"/>
        <source>cannot commit ema_signals marks in %1 (will retry): %2</source>
        <translation>impossible de valider les marques de ema_signals dans %1 (nouvel essai à venir) : %2</translation>
    </message>
</context>
<context>
    <name>axion::StatusPanel</name>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="22"/>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="74"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="91"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="131"/>
        <source>Equity %1</source>
        <translation>Capital %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="77"/>
        <source>Day %1 (%2)</source>
        <translation>Jour %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="80"/>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="84"/>
        <source>Demo mode: a replayed market with the paper broker, no real orders</source>
        <translation>Mode démo&#xa0;: un marché rejoué avec le courtier simulé, sans ordres réels</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="90"/>
        <source>Session unknown</source>
        <translation>Séance inconnue</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="92"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="142"/>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="110"/>
        <source>%1: %2 (%3), %4, equity %5</source>
        <translation>%1&#xa0;: %2 (%3), %4, capital %5</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="111"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="111"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="225"/>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="113"/>
        <source>live account</source>
        <translation>compte réel</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="113"/>
        <source>paper account</source>
        <translation>compte simulé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="118"/>
        <source>Market data %1: %2 (%3)</source>
        <translation>Données de marché %1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="121"/>
        <source>live bars arrive</source>
        <translation>les barres en direct arrivent</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="122"/>
        <source>no live bars: the exits wait</source>
        <translation>pas de barres en direct : les sorties attendent</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="129"/>
        <source>NYSE: %1</source>
        <translation>NYSE&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="132"/>
        <source>Cash %1 · buying power %2 · unrealized %3</source>
        <translation>Liquidités %1 · pouvoir d&apos;achat %2 · latent %3</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="143"/>
        <source>Today&apos;s P&amp;L against the start of day equity %1</source>
        <translation>P&amp;L du jour par rapport au capital de début de journée %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="155"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="156"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="157"/>
        <source>DEMO %1</source>
        <translation>DÉMO %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="160"/>
        <source>%1 %2 ET</source>
        <translation>%1 %2 ET</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="161"/>
        <source>Simulated New York time of the replayed market</source>
        <translation>Heure de New York simulée du marché rejoué</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="163"/>
        <source>%1 ET</source>
        <translation>%1 ET</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="165"/>
        <source>Engine clock, New York time (%1)</source>
        <translation>Horloge du moteur, heure de New York (%1)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="173"/>
        <source>Early close %1 · closes in %2</source>
        <translation>Clôture anticipée %1 · ferme dans %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="174"/>
        <source>Open · closes in %1</source>
        <translation>Ouvert · ferme dans %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="178"/>
        <source>Closed · opens %1 · early close %2</source>
        <translation>Fermé · ouverture %1 · clôture anticipée %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="180"/>
        <location filename="../ui/widgets/StatusPanel.cpp" line="187"/>
        <source>Closed · opens %1</source>
        <translation>Fermé · ouverture %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="187"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="189"/>
        <source>Closed · holiday · opens %1</source>
        <translation>Fermé · jour férié · ouverture %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="190"/>
        <source>Closed · holiday</source>
        <translation>Fermé · jour férié</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="191"/>
        <source>Closed · weekend · opens %1</source>
        <translation>Fermé · week-end · ouverture %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="192"/>
        <source>Closed · weekend</source>
        <translation>Fermé · week-end</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="198"/>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="200"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="202"/>
        <source>reconciling</source>
        <translation>rapprochement</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="204"/>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="206"/>
        <source>down</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="213"/>
        <source>no broker</source>
        <translation>aucun courtier</translation>
    </message>
    <message>
        <location filename="../ui/widgets/StatusPanel.cpp" line="243"/>
        <source>data down</source>
        <translation>données interrompues</translation>
    </message>
</context>
<context>
    <name>axion::TradeJournalTab</name>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="91"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="173"/>
        <source>First New York trading date shown (exit date; entry date of an open trade)</source>
        <translation>Première date de séance (New York) affichée (date de sortie&#xa0;; date d&apos;entrée pour un trade ouvert)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="175"/>
        <source>Last New York trading date shown</source>
        <translation>Dernière date de séance (New York) affichée</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="183"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="184"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="191"/>
        <source>All tickers</source>
        <translation>Tous les tickers</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="197"/>
        <source>Ticker symbol (exact match)</source>
        <translation>Symbole du ticker (correspondance exacte)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="199"/>
        <source>Tic&amp;ker</source>
        <translation>Tic&amp;ker</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="203"/>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="433"/>
        <source>All exit reasons</source>
        <translation>Tous les motifs de sortie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="208"/>
        <source>E&amp;xit</source>
        <translation>&amp;Sortie</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="212"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="213"/>
        <source>Winners</source>
        <translation>Gagnants</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="214"/>
        <source>Losers</source>
        <translation>Perdants</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="216"/>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="220"/>
        <source>Closed</source>
        <translation>Clôturés</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="221"/>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="222"/>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="223"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="224"/>
        <source>Closed trades; open positions; entries that never filled; or all</source>
        <translation>Trades clôturés&#xa0;; positions ouvertes&#xa0;; entrées jamais exécutées&#xa0;; ou tous</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="226"/>
        <source>&amp;Status</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="230"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="236"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="238"/>
        <source>Save the filtered trades as a CSV file</source>
        <translation>Enregistrer les trades filtrés dans un fichier CSV</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="285"/>
        <source>Daily summary</source>
        <translation>Résumé journalier</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="292"/>
        <source>Equity curve</source>
        <translation>Courbe de capital</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="353"/>
        <source>Cannot show the trade journal: %1</source>
        <translation>Impossible d&apos;afficher le journal des trades&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="507"/>
        <source>no journal is open</source>
        <translation>aucun journal n&apos;est ouvert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="522"/>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="532"/>
        <source>Export trades</source>
        <translation>Exporter les trades</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="523"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="533"/>
        <source>The trades could not be exported.

%1</source>
        <translation>Les trades n&apos;ont pas pu être exportés.

%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="536"/>
        <source>Exported %n trade(s) to %1</source>
        <translation>
            <numerusform>%n trade exporté vers %1</numerusform>
            <numerusform>%n trades exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="595"/>
        <source>Cannot compute the daily summary: %1</source>
        <translation>Impossible de calculer le résumé journalier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="600"/>
        <source>Equity curve: cumulative realized P&amp;L per trade</source>
        <translation>Courbe de capital&#xa0;: P&amp;L réalisé cumulé par trade</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="601"/>
        <source>Equity curve: cumulative realized P&amp;L per day</source>
        <translation>Courbe de capital&#xa0;: P&amp;L réalisé cumulé par jour</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="608"/>
        <source>No journal open</source>
        <translation>Aucun journal ouvert</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="618"/>
        <source>No trades match the filters</source>
        <translation>Aucun trade ne correspond aux filtres</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="620"/>
        <source>Showing %1 of %2 trades</source>
        <translation>%1 trades affichés sur %2</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="622"/>
        <source>%1 trades</source>
        <translation>%1 trades</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="624"/>
        <source>Showing %1 trades</source>
        <translation>%1 trades affichés</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="630"/>
        <source>%1 won, %2 lost</source>
        <translation>%1 gagnants, %2 perdants</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="632"/>
        <source>win rate %1</source>
        <translation>taux de réussite %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="633"/>
        <source>net %1</source>
        <translation>net %1</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="635"/>
        <source>avg %1 per trade</source>
        <translation>moy. %1 par trade</translation>
    </message>
    <message>
        <location filename="../ui/tabs/TradeJournalTab.cpp" line="640"/>
        <source>profit factor %1</source>
        <translation>facteur de profit %1</translation>
    </message>
</context>
<context>
    <name>axion::Workstation</name>
    <message>
        <location filename="../app/DemoSetup.cpp" line="31"/>
        <source>The demo market could not be built: %1</source>
        <translation>Le marché de démo n&apos;a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/Workstation.cpp" line="59"/>
        <source>journal %1 is in use by %2: one executor per journal</source>
        <translation>le journal %1 est utilisé par %2 : un seul exécuteur par journal</translation>
    </message>
    <message>
        <location filename="../app/Workstation.cpp" line="116"/>
        <source>cannot write the PNG to %1</source>
        <translation>impossible d&apos;écrire le PNG dans %1</translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../ui/format/DisplayFormat.cpp" line="95"/>
        <source>Day</source>
        <translation>Intraday</translation>
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
