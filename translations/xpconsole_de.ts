<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DeviceCommand</name>
    <message>
        <source>unknown action &apos;%1&apos; (use dump or io)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (dump oder io verwenden)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dump takes no operations: &apos;%1&apos;</source>
        <translation>dump akzeptiert keine Operationen: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--flavour applies to xen-platform only</source>
        <translation>--flavour gilt nur für xen-platform</translation>
    </message>
    <message>
        <source>--blacklist applies to xen-platform only: xen-pvdevice has no unplug ports</source>
        <translation>--blacklist gilt nur für xen-platform: xen-pvdevice hat keine Unplug-Ports</translation>
    </message>
    <message>
        <source>--model is required (xen-platform or xen-pvdevice)</source>
        <translation>--model ist erforderlich (xen-platform oder xen-pvdevice)</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (use xen-platform or xen-pvdevice)</source>
        <translation>unbekanntes Modell &apos;%1&apos; (xen-platform oder xen-pvdevice verwenden)</translation>
    </message>
    <message>
        <source>io needs at least one operation</source>
        <translation>io benötigt mindestens eine Operation</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>unbekannte Operation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port I/O needs --model xen-platform (xen-pvdevice has no I/O ports)</source>
        <translation>&apos;%1&apos;: Port-I/O erfordert --model xen-platform (xen-pvdevice hat keine I/O-Ports)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an address</source>
        <translation>&apos;%1&apos; benötigt eine Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; benötigt einen Wert</translation>
    </message>
</context>
<context>
    <name>DeviceMessages</name>
    <message>
        <source>&apos;%1&apos; is not a valid number here (decimal or 0x-prefixed hex, within the field&apos;s range).</source>
        <translation>&apos;%1&apos; ist hier keine gültige Zahl (dezimal oder hexadezimal mit Präfix 0x, innerhalb des Wertebereichs des Felds).</translation>
    </message>
    <message>
        <source>xen-pvdevice needs a device ID other than 0xffff (QEMU refuses to start without one).</source>
        <translation>xen-pvdevice benötigt eine Geräte-ID ungleich 0xffff (ohne eine solche verweigert QEMU den Start).</translation>
    </message>
    <message>
        <source>The BAR size %1 is not a power of two (QEMU aborts on such a size).</source>
        <translation>Die BAR-Größe %1 ist keine Zweierpotenz (QEMU bricht bei einer solchen Größe ab).</translation>
    </message>
    <message>
        <source>This device model cannot change that setting: %1.</source>
        <translation>Dieses Gerätemodell kann diese Einstellung nicht ändern: %1.</translation>
    </message>
    <message>
        <source>Unknown device model &apos;%1&apos; (use qemu-upstream, qemu-traditional or xenserver).</source>
        <translation>Unbekanntes Gerätemodell &apos;%1&apos; (qemu-upstream, qemu-traditional oder xenserver verwenden).</translation>
    </message>
    <message>
        <source>Unknown PV driver product &apos;%1&apos; (use a name or number from Xen&apos;s product registry).</source>
        <translation>Unbekanntes PV-Treiberprodukt &apos;%1&apos; (einen Namen oder eine Nummer aus dem Produktregister von Xen verwenden).</translation>
    </message>
    <message>
        <source>The build range %1 is inverted: its first build is above its last.</source>
        <translation>Der Build-Bereich %1 ist umgekehrt: Sein erster Build liegt über seinem letzten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not understood here.</source>
        <translation>&apos;%1&apos; wird hier nicht verstanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DriverRank</name>
    <message>
        <source>no match</source>
        <translation>keine Übereinstimmung</translation>
    </message>
    <message>
        <source>hardware ID matches the INF hardware ID</source>
        <translation>Hardware-ID stimmt mit der Hardware-ID der INF überein</translation>
    </message>
    <message>
        <source>hardware ID matches an INF compatible ID</source>
        <translation>Hardware-ID stimmt mit einer kompatiblen ID der INF überein</translation>
    </message>
    <message>
        <source>compatible ID matches the INF hardware ID</source>
        <translation>kompatible ID stimmt mit der Hardware-ID der INF überein</translation>
    </message>
    <message>
        <source>compatible ID matches an INF compatible ID</source>
        <translation>kompatible ID stimmt mit einer kompatiblen ID der INF überein</translation>
    </message>
    <message>
        <source>WHQL</source>
        <translation>WHQL</translation>
    </message>
    <message>
        <source>inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Authenticode</source>
        <translation>Authenticode</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>unknown signature</source>
        <translation>unbekannte Signatur</translation>
    </message>
</context>
<context>
    <name>DriverSelection</name>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>Rank %1 is worse than the selected driver&apos;s %2 (lower ranks win).</source>
        <translation>Rang %1 ist schlechter als Rang %2 des ausgewählten Treibers (niedrigere Ränge gewinnen).</translation>
    </message>
    <message>
        <source>Same rank %1, but its DriverVer date %2 is older than %3.</source>
        <translation>Gleicher Rang %1, aber sein DriverVer-Datum %2 ist älter als %3.</translation>
    </message>
    <message>
        <source>Same rank %1 and date %2, but its DriverVer version %3 is lower than %4.</source>
        <translation>Gleicher Rang %1 und gleiches Datum %2, aber seine DriverVer-Version %3 ist niedriger als %4.</translation>
    </message>
    <message>
        <source>Ties with the selected driver on rank %1, date and version; Windows may pick either.</source>
        <translation>Gleichstand mit dem ausgewählten Treiber bei Rang %1, Datum und Version; Windows kann jeden der beiden wählen.</translation>
    </message>
    <message>
        <source>Selected among equals: another candidate has the same rank %1, date and version, so Windows&apos; choice is arbitrary.</source>
        <translation>Unter Gleichwertigen ausgewählt: Ein anderer Kandidat hat denselben Rang %1, dasselbe Datum und dieselbe Version, daher ist die Wahl von Windows willkürlich.</translation>
    </message>
    <message>
        <source>Selected: rank %1 ties, and its DriverVer is newer.</source>
        <translation>Ausgewählt: Gleichstand bei Rang %1, und sein DriverVer ist neuer.</translation>
    </message>
    <message>
        <source>Selected: rank %1 is the lowest (%2).</source>
        <translation>Ausgewählt: Rang %1 ist der niedrigste (%2).</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>selected (arbitrary tie)</source>
        <translation>ausgewählt (willkürlicher Gleichstand)</translation>
    </message>
    <message>
        <source>worse rank</source>
        <translation>schlechterer Rang</translation>
    </message>
    <message>
        <source>older date</source>
        <translation>älteres Datum</translation>
    </message>
    <message>
        <source>lower version</source>
        <translation>niedrigere Version</translation>
    </message>
    <message>
        <source>arbitrary tie</source>
        <translation>willkürlicher Gleichstand</translation>
    </message>
</context>
<context>
    <name>InfParser</name>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>Die Zeile ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The section header is not closed: &apos;]&apos; is missing.</source>
        <translation>Der Abschnittskopf ist nicht geschlossen: &apos;]&apos; fehlt.</translation>
    </message>
    <message>
        <source>Unexpected text after the section header.</source>
        <translation>Unerwarteter Text nach dem Abschnittskopf.</translation>
    </message>
    <message>
        <source>The section name is empty.</source>
        <translation>Der Abschnittsname ist leer.</translation>
    </message>
    <message>
        <source>The quoted string is not terminated: &apos;&quot;&apos; is missing.</source>
        <translation>Die Zeichenfolge in Anführungszeichen ist nicht abgeschlossen: &apos;&quot;&apos; fehlt.</translation>
    </message>
    <message>
        <source>The string is longer than %1 characters.</source>
        <translation>Die Zeichenfolge ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Unknown string token %%1%: [%2] does not define it.</source>
        <translation>Unbekanntes Zeichenfolgentoken %%1%: [%2] definiert es nicht.</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters after string substitution.</source>
        <translation>Der Wert ist nach der Zeichenfolgenersetzung länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>There is no [Version] section, so this is not a driver INF.</source>
        <translation>Es gibt keinen Abschnitt [Version], daher ist dies keine Treiber-INF.</translation>
    </message>
    <message>
        <source>DriverVer date &apos;%1&apos; is not a valid mm/dd/yyyy date.</source>
        <translation>Das DriverVer-Datum &apos;%1&apos; ist kein gültiges Datum im Format mm/dd/yyyy.</translation>
    </message>
    <message>
        <source>DriverVer version &apos;%1&apos; is not w.x.y.z with numbers up to 65535.</source>
        <translation>Die DriverVer-Version &apos;%1&apos; hat nicht die Form w.x.y.z mit Zahlen bis 65535.</translation>
    </message>
    <message>
        <source>[Version] has no Signature entry.</source>
        <translation>[Version] hat keinen Signature-Eintrag.</translation>
    </message>
    <message>
        <source>The manufacturer entry names no Models section.</source>
        <translation>Der Herstellereintrag nennt keinen Models-Abschnitt.</translation>
    </message>
    <message>
        <source>The Models entry has no &apos;=&apos;: expected description = install-section, hardware-id[, compatible-id...].</source>
        <translation>Der Models-Eintrag hat kein &apos;=&apos;: Erwartet wird description = install-section, hardware-id[, compatible-id...].</translation>
    </message>
    <message>
        <source>The Models entry &apos;%1&apos; has no install section.</source>
        <translation>Der Models-Eintrag &apos;%1&apos; hat keinen Installationsabschnitt.</translation>
    </message>
    <message>
        <source>The Models entry &apos;%1&apos; has no hardware ID.</source>
        <translation>Der Models-Eintrag &apos;%1&apos; hat keine Hardware-ID.</translation>
    </message>
    <message>
        <source>FeatureScore &apos;%1&apos; is not a number from 0x00 to 0xFF.</source>
        <translation>FeatureScore &apos;%1&apos; ist keine Zahl von 0x00 bis 0xFF.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a driver INF.</source>
        <translation>Die Datei ist größer als %1 MiB und damit zu groß für eine Treiber-INF.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>LibvirtSession</name>
    <message>
        <source>libvirt reported a failure without a message</source>
        <translation>libvirt meldete einen Fehler ohne Meldungstext</translation>
    </message>
    <message>
        <source>The other end closed the connection.</source>
        <translation>Die Gegenseite hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The host stopped answering keepalive probes.</source>
        <translation>Der Host antwortet nicht mehr auf Keepalive-Anfragen.</translation>
    </message>
    <message>
        <source>The connection was closed by this program.</source>
        <translation>Die Verbindung wurde von diesem Programm geschlossen.</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>Die Verbindung ist mit einem I/O-Fehler fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not connected to libvirt.</source>
        <translation>Nicht mit libvirt verbunden.</translation>
    </message>
    <message>
        <source>The connection to %1 is read-only; nothing was written.</source>
        <translation>Die Verbindung zu %1 ist schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The new XML of domain %1 has no UUID; nothing was written.</source>
        <translation>Das neue XML der Domäne %1 hat keine UUID; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The new XML has UUID %1 instead of %2; nothing was written.</source>
        <translation>Das neue XML hat die UUID %1 statt %2; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Domain %1 was changed by someone else since it was read; nothing was written.</source>
        <translation>Die Domäne %1 wurde seit dem Lesen von jemand anderem geändert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>im Leerlauf</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>in shutdown</source>
        <translation>wird heruntergefahren</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>pmsuspended</source>
        <translation>PM-suspendiert</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Zustand</translation>
    </message>
</context>
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
    <name>MetadataCodec</name>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: not a number in %4 (decimal or 0x hex)</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: keine Zahl im Bereich %4 (dezimal oder hexadezimal mit 0x)</translation>
    </message>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: expected yes or no</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: yes oder no erwartet</translation>
    </message>
    <message>
        <source>&lt;device-model flavour=&quot;%1&quot;&gt;: unknown device model (qemu-upstream, qemu-traditional or xenserver)</source>
        <translation>&lt;device-model flavour=&quot;%1&quot;&gt;: unbekanntes Gerätemodell (qemu-upstream, qemu-traditional oder xenserver)</translation>
    </message>
    <message>
        <source>&lt;entry product=&quot;%1&quot;&gt;: not a product of Xen&apos;s registry</source>
        <translation>&lt;entry product=&quot;%1&quot;&gt;: kein Produkt aus dem Register von Xen</translation>
    </message>
    <message>
        <source>&lt;entry builds=&quot;%1&quot;&gt;: expected FIRST-LAST</source>
        <translation>&lt;entry builds=&quot;%1&quot;&gt;: FIRST-LAST erwartet</translation>
    </message>
    <message>
        <source>&lt;entry builds=&quot;%1&quot;&gt;: the range is inverted</source>
        <translation>&lt;entry builds=&quot;%1&quot;&gt;: der Bereich ist umgekehrt</translation>
    </message>
    <message>
        <source>&lt;entry product=&quot;%1&quot;&gt;: needs build or builds</source>
        <translation>&lt;entry product=&quot;%1&quot;&gt;: benötigt build oder builds</translation>
    </message>
    <message>
        <source>&lt;guest os=&quot;%1&quot;&gt;: expected windows, linux, freebsd, netbsd or openbsd</source>
        <translation>&lt;guest os=&quot;%1&quot;&gt;: windows, linux, freebsd, netbsd oder openbsd erwartet</translation>
    </message>
    <message>
        <source>&lt;guest windows-update=&quot;%1&quot;&gt;: expected off or automatic</source>
        <translation>&lt;guest windows-update=&quot;%1&quot;&gt;: off oder automatic erwartet</translation>
    </message>
    <message>
        <source>&lt;driver&gt;: the package attribute is missing</source>
        <translation>&lt;driver&gt;: das Attribut package fehlt</translation>
    </message>
    <message>
        <source>The xpconsole metadata is not well-formed XML (line %1, column %2: %3); it is shown read-only and kept as it is.</source>
        <translation>Die xpconsole-Metadaten sind kein wohlgeformtes XML (Zeile %1, Spalte %2: %3); sie werden schreibgeschützt angezeigt und unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The metadata element &lt;%1&gt; in namespace &apos;%2&apos; is not xpconsole&apos;s &lt;platform&gt;.</source>
        <translation>Das Metadatenelement &lt;%1&gt; im Namensraum &apos;%2&apos; ist nicht das &lt;platform&gt;-Element von xpconsole.</translation>
    </message>
    <message>
        <source>&lt;platform schema=&quot;%1&quot;&gt;: not a schema version</source>
        <translation>&lt;platform schema=&quot;%1&quot;&gt;: keine Schemaversion</translation>
    </message>
    <message>
        <source>The metadata uses schema %1, newer than this xpconsole understands (%2); it is shown read-only. Update xpconsole to change this VM.</source>
        <translation>Die Metadaten verwenden Schema %1, das neuer ist, als diese xpconsole-Version versteht (%2); sie werden schreibgeschützt angezeigt. Aktualisieren Sie xpconsole, um diese VM zu ändern.</translation>
    </message>
</context>
<context>
    <name>PnputilParser</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>Die Datei ist größer als %1 MiB und damit zu groß für eine pnputil-Ausgabe.</translation>
    </message>
    <message>
        <source>The driver package record has no published name (oemNN.inf).</source>
        <translation>Der Treiberpaket-Datensatz hat keinen veröffentlichten Namen (oemNN.inf).</translation>
    </message>
    <message>
        <source>The driver date and version &apos;%1&apos; is not &apos;mm/dd/yyyy w.x.y.z&apos;.</source>
        <translation>Treiberdatum und -version &apos;%1&apos; haben nicht die Form &apos;mm/dd/yyyy w.x.y.z&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
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
    <name>WindowsVersion</name>
    <message>
        <source>Windows Server 2016</source>
        <translation>Windows Server 2016</translation>
    </message>
    <message>
        <source>Windows Server 2019</source>
        <translation>Windows Server 2019</translation>
    </message>
    <message>
        <source>Windows Server 2022</source>
        <translation>Windows Server 2022</translation>
    </message>
    <message>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server (Build %1)</translation>
    </message>
    <message>
        <source>Windows 11 (build %1)</source>
        <translation>Windows 11 (Build %1)</translation>
    </message>
    <message>
        <source>Windows 10 (build %1)</source>
        <translation>Windows 10 (Build %1)</translation>
    </message>
    <message>
        <source>Windows %1</source>
        <translation>Windows %1</translation>
    </message>
    <message>
        <source>Windows Server 2008</source>
        <translation>Windows Server 2008</translation>
    </message>
    <message>
        <source>Windows Vista</source>
        <translation>Windows Vista</translation>
    </message>
    <message>
        <source>Windows Server 2008 R2</source>
        <translation>Windows Server 2008 R2</translation>
    </message>
    <message>
        <source>Windows 7</source>
        <translation>Windows 7</translation>
    </message>
    <message>
        <source>Windows Server 2012</source>
        <translation>Windows Server 2012</translation>
    </message>
    <message>
        <source>Windows 8</source>
        <translation>Windows 8</translation>
    </message>
    <message>
        <source>Windows Server 2012 R2</source>
        <translation>Windows Server 2012 R2</translation>
    </message>
    <message>
        <source>Windows 8.1</source>
        <translation>Windows 8.1</translation>
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
