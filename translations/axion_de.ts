<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="10"/>
        <source>Axion Trade Executor: an autonomous EMA-cloud trade executor.
With no options it starts on the embedded default: the paper broker, no keys, no network.</source>
        <translation>Axion Trade Executor: ein autonomer EMA-Cloud-Trade-Executor.
Ohne Optionen startet er mit der eingebauten Voreinstellung: Papier-Broker, keine Schlüssel, kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>Executor configuration (JSON) to use.</source>
        <translation>Zu verwendende Executor-Konfiguration (JSON).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
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
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="18"/>
        <source>Axion Trade Executor %1</source>
        <translation>Axion Trade Executor %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="21"/>
        <source>Mode: %1 (orders go to %2)</source>
        <translation>Modus: %1 (Orders gehen an %2)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Risk: %1% per trade, daily loss limit %2%, max %3 positions, min equity $%4</source>
        <translation>Risiko: %1 % pro Trade, Tagesverlustlimit %2 %, max. %3 Positionen, Mindestkapital $%4</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="33"/>
        <source>Market (New York): %1</source>
        <translation>Markt (New York): %1</translation>
    </message>
</context>
</TS>
