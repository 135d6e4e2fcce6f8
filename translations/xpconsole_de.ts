<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>xpconsole</source>
        <translation>xpconsole</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About xpconsole</source>
        <translation>Ü&amp;ber xpconsole</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About xpconsole</source>
        <translation>Über xpconsole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xpconsole %1&lt;/h3&gt;&lt;p&gt;Shows which Xen platform device and PV drivers each VM exposes and binds, edits the unplug blacklist and predicts the next boot before it happens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xpconsole %1&lt;/h3&gt;&lt;p&gt;Zeigt, welches Xen-Plattformgerät und welche PV-Treiber jede VM bereitstellt und bindet, bearbeitet die Unplug-Sperrliste und sagt den nächsten Start voraus, bevor er geschieht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>Platform device</source>
        <translation>Plattformgerät</translation>
    </message>
    <message>
        <source>Vendor device</source>
        <translation>Herstellergerät</translation>
    </message>
    <message>
        <source>Predicted driver</source>
        <translation>Erwarteter Treiber</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Xen platform device and PV driver console</source>
        <translation>Konsole für Xen-Plattformgerät und PV-Treiber</translation>
    </message>
    <message>
        <source>libvirt connection URI.</source>
        <translation>libvirt-Verbindungs-URI.</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja).</source>
        <translation>Sprache der Oberfläche (en, de, ja).</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
</TS>
