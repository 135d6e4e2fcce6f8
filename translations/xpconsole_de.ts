<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddBlacklistEntryCommand</name>
    <message>
        <source>Add blacklist entry %1</source>
        <translation>Sperrlisteneintrag %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AgentReply</name>
    <message>
        <source>The guest agent&apos;s reply is %1 bytes, more than the %2 MiB accepted.</source>
        <translation>Die Antwort des Gastagenten hat %1 Bytes, mehr als die angenommenen %2 MiB.</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply is not JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Gastagenten ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply is not a JSON object.</source>
        <translation>Die Antwort des Gastagenten ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The guest agent refused: %1</source>
        <translation>Der Gastagent hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply has no &quot;return&quot; object.</source>
        <translation>Die Antwort des Gastagenten hat kein &quot;return&quot;-Objekt.</translation>
    </message>
    <message>
        <source>The guest agent&apos;s guest-exec reply has no valid pid.</source>
        <translation>Die guest-exec-Antwort des Gastagenten hat keine gültige PID.</translation>
    </message>
    <message>
        <source>The guest agent&apos;s guest-exec-status reply has no &quot;exited&quot; flag.</source>
        <translation>Die guest-exec-status-Antwort des Gastagenten hat kein &quot;exited&quot;-Feld.</translation>
    </message>
    <message>
        <source>The guest agent says the program exited, but gives neither exit code nor signal.</source>
        <translation>Der Gastagent meldet, das Programm sei beendet, nennt aber weder Exit-Code noch Signal.</translation>
    </message>
    <message>
        <source>The guest agent&apos;s output is not base64.</source>
        <translation>Die Ausgabe des Gastagenten ist kein Base64.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>--set needs KEY=VALUE</source>
        <translation>--set benötigt KEY=VALUE</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>unbekannte Option &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>%1 needs a VM name or --all</source>
        <translation>%1 benötigt einen VM-Namen oder --all</translation>
    </message>
    <message>
        <source>apply takes one VM name or --all, not &apos;%1&apos;</source>
        <translation>apply akzeptiert einen VM-Namen oder --all, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>apply needs at least one --set KEY=VALUE (%1)</source>
        <translation>apply benötigt mindestens ein --set KEY=VALUE (%1)</translation>
    </message>
    <message>
        <source>blacklist needs list, add or remove</source>
        <translation>blacklist benötigt list, add oder remove</translation>
    </message>
    <message>
        <source>blacklist list takes no more arguments</source>
        <translation>blacklist list akzeptiert keine weiteren Argumente</translation>
    </message>
    <message>
        <source>blacklist needs list, add or remove, not &apos;%1&apos;</source>
        <translation>blacklist benötigt list, add oder remove, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>blacklist %1 needs PRODUCT and BUILD or FIRST-LAST</source>
        <translation>blacklist %1 benötigt PRODUCT und BUILD oder FIRST-LAST</translation>
    </message>
    <message>
        <source>blacklist %1 &apos;%2&apos; &apos;%3&apos;: expected PRODUCT (a name of Xen&apos;s product registry or its number) and BUILD or FIRST-LAST (decimal or 0x hex, FIRST not above LAST)</source>
        <translation>blacklist %1 &apos;%2&apos; &apos;%3&apos;: PRODUCT (ein Name aus dem Produktregister von Xen oder dessen Nummer) und BUILD oder FIRST-LAST erwartet (dezimal oder hexadezimal mit 0x, FIRST nicht über LAST)</translation>
    </message>
    <message>
        <source>Metadata problems (the fields keep their text; everything else applies):</source>
        <translation>Probleme in den Metadaten (die betroffenen Felder behalten ihren Text; alles andere wird angewendet):</translation>
    </message>
    <message>
        <source>No change: the domain XML already holds this.</source>
        <translation>Keine Änderung: Das Domänen-XML enthält dies bereits.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: use &apos;xpctl preview&apos;; apply never writes it</source>
        <translation>--set %1 dient nur der Was-wäre-wenn-Vorschau: &apos;xpctl preview&apos; verwenden; apply schreibt es nie</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>keine VM namens &apos;%1&apos; auf %2</translation>
    </message>
    <message>
        <source>Cannot take the change (nothing is written to these VMs):</source>
        <translation>Die Änderung kann nicht übernommen werden (in diese VMs wird nichts geschrieben):</translation>
    </message>
    <message>
        <source>Result: dry run, nothing written.</source>
        <translation>Ergebnis: Probelauf, nichts geschrieben.</translation>
    </message>
    <message>
        <source>Result: not written (needs --yes).</source>
        <translation>Ergebnis: nicht geschrieben (erfordert --yes).</translation>
    </message>
    <message>
        <source>Result: written and verified.</source>
        <translation>Ergebnis: geschrieben und überprüft.</translation>
    </message>
    <message>
        <source>Result: nothing to write.</source>
        <translation>Ergebnis: nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Result: written, but libvirt did not keep everything:</source>
        <translation>Ergebnis: geschrieben, aber libvirt hat nicht alles übernommen:</translation>
    </message>
    <message>
        <source>Result: refused, the domain changed since it was read: nothing was written. Run the same command again to base the change on the new definition.</source>
        <translation>Ergebnis: abgelehnt, die Domäne wurde seit dem Lesen geändert: Es wurde nichts geschrieben. Führen Sie denselben Befehl erneut aus, um die Änderung auf die neue Definition zu stützen.</translation>
    </message>
    <message>
        <source>Result: not written: %1</source>
        <translation>Ergebnis: nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Note: %1 is libvirt&apos;s test driver; the change lives in this process&apos;s memory only.</source>
        <translation>Hinweis: %1 ist der Testtreiber von libvirt; die Änderung existiert nur im Speicher dieses Prozesses.</translation>
    </message>
    <message>
        <source>nothing was written: add --yes to write the changes above, or --dry-run to only show them</source>
        <translation>es wurde nichts geschrieben: --yes angeben, um die obigen Änderungen zu schreiben, oder --dry-run, um sie nur anzuzeigen</translation>
    </message>
    <message>
        <source>its XML could not be read: %1</source>
        <translation>das XML der Domäne konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>enforced by the device model</source>
        <translation>vom Gerätemodell durchgesetzt</translation>
    </message>
    <message>
        <source>modeled, not enforced by this device model</source>
        <translation>modelliert, von diesem Gerätemodell nicht durchgesetzt</translation>
    </message>
    <message>
        <source>metadata problem: %1</source>
        <translation>Problem in den Metadaten: %1</translation>
    </message>
</context>
<context>
    <name>BindingEngine</name>
    <message>
        <source>The active xenbus device changes from %1 to %2: every PV child device gets a new ID at the next boot and its drivers are reinstalled.</source>
        <translation>Das aktive xenbus-Gerät wechselt von %1 zu %2: Jedes untergeordnete PV-Gerät erhält beim nächsten Start eine neue ID, und seine Treiber werden neu installiert.</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; the configured identity is kept in metadata only.</source>
        <translation>Das Gerätemodell %1 hat ein festes Plattformgerät 5853:0001 rev 01; die konfigurierte Identität wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>libvirt has no element that removes the Xen platform device; remove it in the toolstack (xl.cfg xen_platform_pci=0). Previewed as absent.</source>
        <translation>libvirt hat kein Element, das das Xen-Plattformgerät entfernt; entfernen Sie es im Toolstack (xl.cfg xen_platform_pci=0). Die Vorschau behandelt es als nicht vorhanden.</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice: the vendor device is kept in metadata only and the guest does not see it.</source>
        <translation>qemu-traditional hat kein xen-pvdevice: Das Herstellergerät wird nur in den Metadaten gespeichert, und der Gast sieht es nicht.</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01; this vendor device is previewed but cannot be realized through XAPI.</source>
        <translation>Das has-vendor-device von XenServer kann nur 5853:c000 rev 01 hinzufügen; dieses Herstellergerät wird in der Vorschau gezeigt, lässt sich über XAPI aber nicht umsetzen.</translation>
    </message>
    <message>
        <source>QEMU refuses this xen-pvdevice (device ID 0xffff means unset): the VM would not start.</source>
        <translation>QEMU lehnt dieses xen-pvdevice ab (die Geräte-ID 0xffff bedeutet: nicht gesetzt): Die VM würde nicht starten.</translation>
    </message>
    <message>
        <source>Windows release &apos;%1&apos; not understood; Windows %2 assumed.</source>
        <translation>Windows-Release &apos;%1&apos; nicht verstanden; Windows %2 angenommen.</translation>
    </message>
    <message>
        <source>Installed package &apos;%1&apos; is not a Windows package of the catalogue.</source>
        <translation>Das installierte Paket &apos;%1&apos; ist kein Windows-Paket des Katalogs.</translation>
    </message>
    <message>
        <source>The vendor device has revision %1, but %2 pins %3: nothing binds it.</source>
        <translation>Das Herstellergerät hat Revision %1, aber %2 legt %3 fest: Nichts bindet es.</translation>
    </message>
    <message>
        <source>xenbus stays on %1 because its active-device record says so, although the vendor device %2 is exposed.</source>
        <translation>xenbus bleibt auf %1, weil sein Eintrag für das aktive Gerät dies vorgibt, obwohl das Herstellergerät %2 bereitgestellt wird.</translation>
    </message>
    <message>
        <source>xenbus refuses %1 as active: the vendor device&apos;s Enum key exists.</source>
        <translation>xenbus lehnt %1 als aktiv ab: Der Enum-Schlüssel des Herstellergeräts existiert.</translation>
    </message>
    <message>
        <source>%1 from Windows Update binds %2 (rank %3)</source>
        <translation>%1 aus Windows Update bindet %2 (Rang %3)</translation>
    </message>
    <message>
        <source>A legacy driver stack is running and Windows Update would install %1 at the next boot: two stacks would drive the same PV connections (bugcheck risk).</source>
        <translation>Ein Legacy-Treiberstapel läuft, und Windows Update würde beim nächsten Start %1 installieren: Zwei Stapel würden dieselben PV-Verbindungen steuern, mit dem Risiko eines Bugchecks (Bluescreen).</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2): its drivers do not load and the emulated devices stay.</source>
        <translation>%1 (Build %2) steht auf der Sperrliste des Gerätemodells: Seine Treiber werden nicht geladen, und die emulierten Geräte bleiben erhalten.</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2), but this driver only logs it and unplugs the emulated devices anyway.</source>
        <translation>%1 (Build %2) steht auf der Sperrliste des Gerätemodells, aber dieser Treiber protokolliert dies nur und entfernt die emulierten Geräte trotzdem per Unplug.</translation>
    </message>
    <message>
        <source>Linux %1 does not bind the 0002 platform device (added in %2 and stable backports): no grant tables, the kernel crashes in gnttab_expand once PV devices appear.</source>
        <translation>Linux %1 bindet das Plattformgerät 0002 nicht (hinzugefügt in %2 und stabilen Backports): Ohne Grant-Tabellen stürzt der Kernel in gnttab_expand ab, sobald PV-Geräte erscheinen.</translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation>(unbekanntes Release)</translation>
    </message>
    <message>
        <source>Devices 5853:0001 and 5853:0002 are exposed together; they must be mutually exclusive (xen-pci-device-reservations).</source>
        <translation>Die Geräte 5853:0001 und 5853:0002 werden gemeinsam bereitgestellt; sie müssen sich gegenseitig ausschließen (xen-pci-device-reservations).</translation>
    </message>
    <message>
        <source>The vendor device %1 is exposed without a platform device: there is no unplug protocol and PV drivers cannot start.</source>
        <translation>Das Herstellergerät %1 wird ohne Plattformgerät bereitgestellt: Es gibt kein Unplug-Protokoll, und PV-Treiber können nicht starten.</translation>
    </message>
    <message>
        <source>Two driver stacks would start PV connections: %1.</source>
        <translation>Zwei Treiberstapel würden PV-Verbindungen aufbauen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 device model does not enforce %n blacklist entries: they are modeled, not enforced.</source>
        <translation>
            <numerusform>Das Gerätemodell %1 setzt %n Sperrlisteneintrag nicht durch: Er wird modelliert, nicht durchgesetzt.</numerusform>
            <numerusform>Das Gerätemodell %1 setzt %n Sperrlisteneinträge nicht durch: Sie werden modelliert, nicht durchgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PV driver starts, yet the emulated devices %1 are unplugged: the guest loses them.</source>
        <translation>Kein PV-Treiber startet, dennoch werden die emulierten Geräte %1 per Unplug entfernt: Der Gast verliert sie.</translation>
    </message>
    <message>
        <source>No PV driver binds: the guest runs on emulated devices.</source>
        <translation>Kein PV-Treiber wird gebunden: Der Gast läuft auf emulierten Geräten.</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): no PV driver can be predicted.</source>
        <translation>Das Gastbetriebssystem ist nicht in den Metadaten erfasst (&lt;guest os=...&gt;): Es lässt sich kein PV-Treiber vorhersagen.</translation>
    </message>
    <message>
        <source>The VM&apos;s device-model profile is not recorded; qemu-upstream-compat (XAPI&apos;s default for BIOS VMs) is assumed. Under qemu-upstream-uefi the platform device would have class ff80, subsystem 5853:0001 and revision 01 (xen-api ocaml/xenopsd/xc/device.ml).</source>
        <translation>Das Device-Model-Profil der VM ist nicht erfasst; qemu-upstream-compat (die Vorgabe von XAPI für BIOS-VMs) wird angenommen. Unter qemu-upstream-uefi hätte das Plattformgerät die Klasse ff80, das Subsystem 5853:0001 und die Revision 01 (xen-api ocaml/xenopsd/xc/device.ml).</translation>
    </message>
    <message>
        <source>Linux %1 does not bind the 0002 platform device (added in %2 and stable backports), yet it unplugs %3 from early boot: the VM will not boot (no PV driver takes over its disks and network).</source>
        <translation>Linux %1 bindet das Plattformgerät 0002 nicht (hinzugefügt in %2 und stabilen Backports), entfernt aber schon beim frühen Start %3: Die VM startet nicht (kein PV-Treiber übernimmt ihre Datenträger und ihr Netzwerk).</translation>
    </message>
    <message>
        <source>The recorded active xenbus device %1 is not exposed; %2 forces the highest-precedence device %3 active.</source>
        <translation>Das erfasste aktive xenbus-Gerät %1 ist nicht vorhanden; %2 erzwingt die Aktivierung des Geräts mit der höchsten Priorität, %3.</translation>
    </message>
    <message>
        <source>xenbus stays inactive: its active-device record names %1, which is not exposed (another device, revision or subsystem), and %2 does not force another device active. No PV driver starts and nothing is unplugged.</source>
        <translation>xenbus bleibt inaktiv: Sein Eintrag für das aktive Gerät nennt %1, das nicht vorhanden ist (anderes Gerät, andere Revision oder anderes Subsystem), und %2 erzwingt kein anderes aktives Gerät. Kein PV-Treiber startet und nichts wird entfernt.</translation>
    </message>
    <message>
        <source>xenbus stays inactive: its active-device record names %1, which is not exposed (another device, revision or subsystem), and %2 is not known to force another device active. No PV driver starts and nothing is unplugged.</source>
        <translation>xenbus bleibt inaktiv: Sein Eintrag für das aktive Gerät nennt %1, das nicht vorhanden ist (anderes Gerät, andere Revision oder anderes Subsystem), und es ist nicht bekannt, dass %2 ein anderes aktives Gerät erzwingt. Kein PV-Treiber startet und nichts wird entfernt.</translation>
    </message>
    <message>
        <source>Whether %1 was built with FORCE_ACTIVATE is not public; if it was, xenbus activates %2 instead and its PV drivers start (xcp-ng/win-xenbus e6951ae).</source>
        <translation>Ob %1 mit FORCE_ACTIVATE gebaut wurde, ist nicht öffentlich; falls ja, aktiviert xenbus stattdessen %2 und seine PV-Treiber starten (xcp-ng/win-xenbus e6951ae).</translation>
    </message>
    <message>
        <source>Linux %1 is predicted without 0002 support: the change was queued for its stable series by AUTOSEL, but no release of that series is confirmed to carry it. With it, the kernel binds 0002 and runs PV.</source>
        <translation>Linux %1 wird ohne Unterstützung für 0002 vorhergesagt: Die Änderung wurde von AUTOSEL für seine stabile Reihe vorgemerkt, aber für kein Release dieser Reihe ist bestätigt, dass es sie enthält. Mit ihr bindet der Kernel 0002 und läuft mit PV.</translation>
    </message>
    <message>
        <source>%1 is predicted with the INF the catalogue holds. %2 With the other form, %3 binds %4 instead of %5.</source>
        <translation>%1 wird mit der INF aus dem Katalog vorhergesagt. %2 Mit der anderen Form bindet %3 das Gerät %4 statt %5.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2); this driver only logs it and asks for the unplug, but the device model ignores unplug requests from blacklisted drivers: the emulated devices stay.</source>
        <translation>Das Gerätemodell sperrt %1 (Build %2); dieser Treiber protokolliert das nur und fordert das Entfernen an, aber das Gerätemodell ignoriert Unplug-Anforderungen gesperrter Treiber: Die emulierten Geräte bleiben.</translation>
    </message>
    <message>
        <source>the numbering of INF compatible IDs in the identifier score (facts §7.2)</source>
        <translation>die Nummerierung der kompatiblen IDs einer INF im Bezeichnerwert (facts §7.2)</translation>
    </message>
    <message>
        <source>Windows Update offers %1, and its installer refuses: %2 (stack %3) is installed. The device keeps its driver.</source>
        <translation>Windows Update bietet %1 an, doch sein Installationsprogramm verweigert die Installation: %2 (Stapel %3) ist installiert. Das Gerät behält seinen Treiber.</translation>
    </message>
</context>
<context>
    <name>BindingTab</name>
    <message>
        <source>Candidate drivers</source>
        <translation>Treiberkandidaten</translation>
    </message>
    <message>
        <source>Device / package</source>
        <translation>Gerät / Paket</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Matched ID</source>
        <translation>Übereinstimmende ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>At the next boot no PV driver is in charge.</source>
        <translation>Beim nächsten Start ist kein PV-Treiber zuständig.</translation>
    </message>
    <message>
        <source>At the next boot %1 is in charge.</source>
        <translation>Beim nächsten Start ist %1 zuständig.</translation>
    </message>
    <message>
        <source>Windows Update installs %1.</source>
        <translation>Windows Update installiert %1.</translation>
    </message>
    <message>
        <source>nothing binds</source>
        <translation>nichts bindet</translation>
    </message>
    <message>
        <source>%1 binds</source>
        <translation>%1 bindet</translation>
    </message>
    <message>
        <source>Nothing to report: the next boot looks healthy.</source>
        <translation>Nichts zu melden: Der nächste Start sieht fehlerfrei aus.</translation>
    </message>
    <message>
        <source>Select a VM to see which driver binds at its next boot, and why.</source>
        <translation>Wählen Sie eine VM, um zu sehen, welcher Treiber bei ihrem nächsten Start bindet und warum.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message numerus="yes">
        <source>The prediction rests on %n uncertain fact(s).</source>
        <translation>
            <numerusform>Die Vorhersage beruht auf %n unsicheren Fakt.</numerusform>
            <numerusform>Die Vorhersage beruht auf %n unsicheren Fakten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistDelegate</name>
    <message>
        <source>Product number 0x%1, %2</source>
        <translation>Produktnummer 0x%1, %2</translation>
    </message>
    <message>
        <source>Product: a registry name or number</source>
        <translation>Produkt: ein Name aus dem Register oder eine Nummer</translation>
    </message>
    <message>
        <source>Builds: N or FIRST-LAST, decimal or 0x hex</source>
        <translation>Builds: N oder FIRST-LAST, dezimal oder hexadezimal mit 0x</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>N or FIRST-LAST</source>
        <translation>N oder FIRST-LAST</translation>
    </message>
</context>
<context>
    <name>BlacklistEditor</name>
    <message>
        <source>Blacklist changes pending</source>
        <translation>Ausstehende Änderungen an der Sperrliste</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Revert to the applied blacklist</source>
        <translation>Zur angewendeten Sperrliste zurückkehren</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>A&amp;nwenden…</translation>
    </message>
    <message>
        <source>Apply the blacklist: review the diff</source>
        <translation>Sperrliste anwenden: Diff prüfen</translation>
    </message>
    <message>
        <source>Discard the unapplied blacklist edit for VM %1?</source>
        <translation>Die nicht angewendete Bearbeitung der Sperrliste für VM %1 verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unapplied blacklist edits for VM %1?</source>
        <translation>
            <numerusform>%n nicht angewendete Bearbeitung der Sperrliste für VM %1 verwerfen?</numerusform>
            <numerusform>%n nicht angewendete Bearbeitungen der Sperrliste für VM %1 verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The blacklist of %1 stays as it was last applied, and the discarded edits cannot be redone.</source>
        <translation>Die Sperrliste von %1 bleibt so, wie sie zuletzt angewendet wurde, und die verworfenen Bearbeitungen können nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Discard the unapplied edit of the blacklist template?</source>
        <translation>Die nicht angewendete Bearbeitung der Sperrlistenvorlage verwerfen?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unapplied edits of the blacklist template?</source>
        <translation>
            <numerusform>%n nicht angewendete Bearbeitung der Sperrlistenvorlage verwerfen?</numerusform>
            <numerusform>%n nicht angewendete Bearbeitungen der Sperrlistenvorlage verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The template returns to how it was loaded or last applied, and the discarded edits cannot be redone.</source>
        <translation>Die Vorlage kehrt zu dem Stand zurück, in dem sie geladen oder zuletzt angewendet wurde, und die verworfenen Bearbeitungen können nicht wiederholt werden.</translation>
    </message>
    <message>
        <source>Unapplied Blacklist Edits</source>
        <translation>Nicht angewendete Bearbeitungen der Sperrliste</translation>
    </message>
    <message>
        <source>Changes pending: 1 unapplied edit</source>
        <translation>Änderungen ausstehend: 1 nicht angewendete Bearbeitung</translation>
    </message>
    <message numerus="yes">
        <source>Changes pending: %n unapplied edits</source>
        <translation>
            <numerusform>Änderungen ausstehend: %n nicht angewendete Bearbeitung</numerusform>
            <numerusform>Änderungen ausstehend: %n nicht angewendete Bearbeitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a VM to see and edit its driver blacklist.</source>
        <translation>Wählen Sie eine VM, um ihre Treibersperrliste anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Fleet template. %1</source>
        <translation>Flottenvorlage. %1</translation>
    </message>
    <message>
        <source>Blacklist of %1, device model %2. %3</source>
        <translation>Sperrliste von %1, Gerätemodell %2. %3</translation>
    </message>
    <message>
        <source>Its metadata uses a newer schema than this console understands, so the blacklist is shown read-only.</source>
        <translation>Die Metadaten der VM verwenden ein neueres Schema, als diese Konsole versteht, daher wird die Sperrliste schreibgeschützt angezeigt.</translation>
    </message>
</context>
<context>
    <name>BlacklistModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>Diese Zelle kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>There is no such blacklist entry.</source>
        <translation>Diesen Sperrlisteneintrag gibt es nicht.</translation>
    </message>
    <message>
        <source>A comment must be a single line of text.</source>
        <translation>Ein Kommentar muss aus einer einzigen Textzeile bestehen.</translation>
    </message>
    <message>
        <source>The effect follows from the entry and the device model; it cannot be edited.</source>
        <translation>Die Wirkung ergibt sich aus dem Eintrag und dem Gerätemodell; sie kann nicht bearbeitet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n blacklist entries</source>
        <translation>
            <numerusform>%n Sperrlisteneintrag entfernen</numerusform>
            <numerusform>%n Sperrlisteneinträge entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Product %1 is not in Xen&apos;s product registry: no device model can look it up.</source>
        <translation>Produkt %1 steht nicht im Produktregister von Xen: Kein Gerätemodell kann es nachschlagen.</translation>
    </message>
    <message>
        <source>The same product and builds as row %1.</source>
        <translation>Dasselbe Produkt und dieselben Builds wie Zeile %1.</translation>
    </message>
    <message>
        <source>Builds %1 overlap row %2 (builds %3).</source>
        <translation>Die Builds %1 überschneiden sich mit Zeile %2 (Builds %3).</translation>
    </message>
    <message>
        <source>On %1 this range is %2 xenstore keys, one per build; xpconsole plans at most %3 per entry, so adding or removing it needs a split range or keys written by hand.</source>
        <translation>Bei %1 entspricht dieser Bereich %2 xenstore-Schlüsseln, einem pro Build; xpconsole plant höchstens %3 pro Eintrag, daher erfordert das Hinzufügen oder Entfernen einen aufgeteilten Bereich oder von Hand geschriebene Schlüssel.</translation>
    </message>
</context>
<context>
    <name>BlacklistTable</name>
    <message>
        <source>Blacklist entries</source>
        <translation>Sperrlisteneinträge</translation>
    </message>
    <message>
        <source>Blacklist problem</source>
        <translation>Problem in der Sperrliste</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a blacklist entry</source>
        <translation>Sperrlisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected blacklist entries</source>
        <translation>Ausgewählte Sperrlisteneinträge entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last blacklist edit</source>
        <translation>Letzte Bearbeitung der Sperrliste rückgängig machen</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Wiederh&amp;olen</translation>
    </message>
    <message>
        <source>Redo the blacklist edit</source>
        <translation>Bearbeitung der Sperrliste wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>BlacklistText</name>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>builds %1</source>
        <translation>Builds %1</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <comment>a product number not in Xen&apos;s registry</comment>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Enter a product: a name of Xen&apos;s product registry (%1) or its number.</source>
        <translation>Geben Sie ein Produkt ein: einen Namen aus dem Produktregister von Xen (%1) oder dessen Nummer.</translation>
    </message>
    <message>
        <source>Product number %1 is not in Xen&apos;s product registry, so no device model can look it up.</source>
        <translation>Die Produktnummer %1 steht nicht im Produktregister von Xen, daher kann kein Gerätemodell sie nachschlagen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a product of Xen&apos;s registry (%2) nor a number from 0 to 0xffff.</source>
        <translation>&apos;%1&apos; ist weder ein Produkt aus dem Register von Xen (%2) noch eine Zahl von 0 bis 0xffff.</translation>
    </message>
    <message>
        <source>Enter a build number or a range FIRST-LAST.</source>
        <translation>Geben Sie eine Build-Nummer oder einen Bereich FIRST-LAST ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a build or a range: use N or FIRST-LAST.</source>
        <translation>&apos;%1&apos; ist weder ein Build noch ein Bereich: Verwenden Sie N oder FIRST-LAST.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a build number: use decimal or 0x hex, from 0 to 4294967295.</source>
        <translation>&apos;%1&apos; ist keine Build-Nummer: Verwenden Sie eine Dezimalzahl oder eine Hexadezimalzahl mit 0x, von 0 bis 4294967295.</translation>
    </message>
    <message>
        <source>The range %1 is reversed: the first build must not be above the last.</source>
        <translation>Der Bereich %1 ist umgekehrt: Der erste Build darf nicht über dem letzten liegen.</translation>
    </message>
    <message>
        <source>%1 is not a product of Xen&apos;s registry: no device model can look it up.</source>
        <translation>%1 ist kein Produkt aus dem Register von Xen: Kein Gerätemodell kann es nachschlagen.</translation>
    </message>
    <message>
        <source>Enforcement depends on each VM&apos;s device model, and none looks up %1: its drivers load normally on every VM; the entry is modeled only.</source>
        <translation>Die Durchsetzung hängt vom Gerätemodell der jeweiligen VM ab, und keines schlägt %1 nach: Die Treiber dieses Produkts werden in jeder VM normal geladen; der Eintrag wird nur modelliert.</translation>
    </message>
    <message>
        <source>Not enforced: upstream QEMU never answers 0xd249, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>Nicht durchgesetzt: Upstream-QEMU antwortet nie mit 0xd249, daher werden Treiber von %1 %2 normal geladen; der Eintrag wird nur modelliert.</translation>
    </message>
    <message>
        <source>Not enforced: qemu-traditional looks up only products 1, 2 and 0xffff, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>Nicht durchgesetzt: qemu-traditional schlägt nur die Produkte 1, 2 und 0xffff nach, daher werden Treiber von %1 %2 normal geladen; der Eintrag wird nur modelliert.</translation>
    </message>
    <message>
        <source>The device model answers 0xd249 to %1 %2, but the Xen Project xenbus drivers that use this product only log it and unplug the emulated disks and NICs anyway.</source>
        <translation>Das Gerätemodell antwortet auf %1 %2 mit 0xd249, aber die xenbus-Treiber des Xen Project, die dieses Produkt verwenden, protokollieren dies nur und entfernen die emulierten Festplatten und NICs trotzdem per Unplug.</translation>
    </message>
    <message>
        <source>Drivers of %1 %2 are refused: the device model answers 0xd249, drivers that obey it do not load, and the guest keeps its emulated disks and NICs.</source>
        <translation>Treiber von %1 %2 werden abgelehnt: Das Gerätemodell antwortet mit 0xd249, Treiber, die dies beachten, werden nicht geladen, und der Gast behält seine emulierten Festplatten und NICs.</translation>
    </message>
    <message>
        <source>Upstream QEMU never answers 0xd249: every entry is modeled, not enforced.</source>
        <translation>Upstream-QEMU antwortet nie mit 0xd249: Jeder Eintrag wird modelliert, nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>qemu-traditional enforces entries for products 1, 2 and 0xffff through the xenstore keys /mh/driver-blacklist/&lt;product&gt;/&lt;build&gt;, which libvirt cannot write, so they are set by running the plan&apos;s xenstore commands in dom0.</source>
        <translation>qemu-traditional setzt Einträge für die Produkte 1, 2 und 0xffff über die xenstore-Schlüssel /mh/driver-blacklist/&lt;product&gt;/&lt;build&gt; durch, die libvirt nicht schreiben kann; sie werden daher gesetzt, indem die xenstore-Befehle des Plans in dom0 ausgeführt werden.</translation>
    </message>
    <message>
        <source>Enforcement depends on each VM&apos;s device model: drivers of %1 %2 are refused on qemu-traditional and xenserver-trad, but not on qemu-upstream or xenserver, where the entry is modeled only.</source>
        <translation>Die Durchsetzung hängt vom Gerätemodell der jeweiligen VM ab: Treiber von %1 %2 werden bei qemu-traditional und xenserver-trad abgelehnt, nicht aber bei qemu-upstream oder xenserver, wo der Eintrag nur modelliert wird.</translation>
    </message>
    <message>
        <source>Not enforced: XenServer 8 and later run upstream QEMU, which never answers 0xd249, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>Nicht durchgesetzt: XenServer 8 und neuer verwenden Upstream-QEMU, das nie mit 0xd249 antwortet, daher werden Treiber von %1 %2 normal geladen; der Eintrag wird nur modelliert.</translation>
    </message>
    <message>
        <source>Not enforced as an entry: XenServer 7.x judges %1 by the platform device ID and revision encoded in the build number, never by blacklist entries.</source>
        <translation>Nicht als Eintrag durchgesetzt: XenServer 7.x beurteilt %1 anhand der in der Build-Nummer codierten Geräte-ID und Revision des Plattformgeräts, nie anhand von Sperrlisteneinträgen.</translation>
    </message>
    <message>
        <source>Not enforced: XenServer 7.x&apos;s device model looks up only products 1, 2 and 0xffff, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>Nicht durchgesetzt: Das Gerätemodell von XenServer 7.x schlägt nur die Produkte 1, 2 und 0xffff nach, daher werden Treiber von %1 %2 normal geladen; der Eintrag wird nur modelliert.</translation>
    </message>
    <message>
        <source>XenServer 7.x also refuses this product, any build, whenever the platform device ID is not 0x0001.</source>
        <translation>XenServer 7.x lehnt dieses Produkt außerdem in jedem Build ab, sobald die Geräte-ID des Plattformgeräts nicht 0x0001 ist.</translation>
    </message>
    <message>
        <source>Each VM&apos;s device model decides whether an entry is enforced: qemu-traditional and xenserver-trad enforce entries for products 1, 2 and 0xffff, qemu-upstream and xenserver enforce none.</source>
        <translation>Das Gerätemodell der jeweiligen VM entscheidet, ob ein Eintrag durchgesetzt wird: qemu-traditional und xenserver-trad setzen Einträge für die Produkte 1, 2 und 0xffff durch, qemu-upstream und xenserver setzen keine durch.</translation>
    </message>
    <message>
        <source>XenServer 8 and later run upstream QEMU, which never answers 0xd249: every entry is modeled, not enforced.</source>
        <translation>XenServer 8 und neuer verwenden Upstream-QEMU, das nie mit 0xd249 antwortet: Jeder Eintrag wird modelliert, nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>XenServer 7.x enforces entries for products 1, 2 and 0xffff through xenstore, and judges products 1, 3 and 4 by its version-2 rules as well.</source>
        <translation>XenServer 7.x setzt Einträge für die Produkte 1, 2 und 0xffff über xenstore durch und beurteilt die Produkte 1, 3 und 4 zusätzlich nach seinen Regeln der Version 2.</translation>
    </message>
</context>
<context>
    <name>BootView</name>
    <message>
        <source>XAPI, not libvirt, builds this VM&apos;s device-model command line: the metadata&apos;s record of the pool&apos;s settings stands for what boots.</source>
        <translation>XAPI, nicht libvirt, erzeugt die Befehlszeile des Gerätemodells dieser VM: Was die Metadaten über die Pool-Einstellungen festhalten, gilt als das, was startet.</translation>
    </message>
    <message>
        <source>The connection&apos;s libvirt driver is not known: the metadata stands for what boots.</source>
        <translation>Der libvirt-Treiber der Verbindung ist unbekannt: Die Metadaten gelten als das, was startet.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver keeps no device-model command line: the metadata stands for what boots.</source>
        <translation>Der Testtreiber von libvirt speichert keine Befehlszeile des Gerätemodells: Die Metadaten gelten als das, was startet.</translation>
    </message>
    <message>
        <source>This libvirt driver runs no QEMU device model: the VM has no Xen devices.</source>
        <translation>Dieser libvirt-Treiber startet kein QEMU-Gerätemodell: Die VM hat keine Xen-Geräte.</translation>
    </message>
    <message>
        <source>Read from the domain definition, which is what libvirt boots.</source>
        <translation>Aus der Domänendefinition gelesen – sie ist das, was libvirt startet.</translation>
    </message>
    <message>
        <source>&lt;os&gt;&lt;type&gt;%1&lt;/type&gt;: a Xen PV or PVH guest has no emulated PCI bus, so there is no platform device to bind and nothing to unplug; its PV drivers reach xenstore directly.</source>
        <translation>&lt;os&gt;&lt;type&gt;%1&lt;/type&gt;: Ein Xen-PV- oder PVH-Gast hat keinen emulierten PCI-Bus, also kein Plattformgerät zum Binden und nichts zum Abkoppeln; seine PV-Treiber erreichen xenstore direkt.</translation>
    </message>
    <message>
        <source>No &lt;emulator&gt;: libxl runs its default device model, upstream QEMU (qemu-xen).</source>
        <translation>Kein &lt;emulator&gt;: libxl startet sein Standard-Gerätemodell, Upstream-QEMU (qemu-xen).</translation>
    </message>
    <message>
        <source>&lt;emulator&gt;%1&lt;/emulator&gt;: %2, judged by its name.</source>
        <translation>&lt;emulator&gt;%1&lt;/emulator&gt;: %2, nach dem Namen beurteilt.</translation>
    </message>
    <message>
        <source>device model: libvirt tells qemu-traditional from upstream QEMU by running %1 -help (libvirt src/libxl/libxl_capabilities.c); xpconsole judges by the file name</source>
        <translation>Gerätemodell: libvirt unterscheidet qemu-traditional von Upstream-QEMU, indem es %1 -help ausführt (libvirt src/libxl/libxl_capabilities.c); xpconsole urteilt nach dem Dateinamen</translation>
    </message>
    <message>
        <source>libxl adds the Xen platform device to every HVM domain (xen_platform_pci defaults to 1, xen tools/libs/light/libxl_create.c); libvirt has no element that turns it off.</source>
        <translation>libxl fügt jeder HVM-Domäne das Xen-Plattformgerät hinzu (xen_platform_pci ist standardmäßig 1, xen tools/libs/light/libxl_create.c); libvirt hat kein Element, das es abschaltet.</translation>
    </message>
    <message>
        <source>The metadata says the device model is %1, but the definition runs %2. The prediction follows the definition.</source>
        <translation>Laut Metadaten ist das Gerätemodell %1, die Definition startet aber %2. Die Vorhersage folgt der Definition.</translation>
    </message>
    <message>
        <source>The metadata asks for no platform device, but libxl adds one to every HVM domain: it is there at the next boot (turn it off with xl.cfg xen_platform_pci=0).</source>
        <translation>Die Metadaten verlangen kein Plattformgerät, libxl fügt aber jeder HVM-Domäne eines hinzu: Beim nächsten Start ist es da (abschalten mit xl.cfg xen_platform_pci=0).</translation>
    </message>
    <message>
        <source>libvirt&apos;s QEMU driver runs upstream QEMU.</source>
        <translation>Der QEMU-Treiber von libvirt startet Upstream-QEMU.</translation>
    </message>
    <message>
        <source>The metadata says the device model is %1, but a %2 domain runs upstream QEMU. The prediction follows the definition.</source>
        <translation>Laut Metadaten ist das Gerätemodell %1, eine %2-Domäne startet aber Upstream-QEMU. Die Vorhersage folgt der Definition.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; asks KVM for Xen HVM emulation; QEMU then adds the Xen platform device by itself (QEMU docs/system/i386/xen.rst).</source>
        <translation>„%1“ verlangt von KVM die Xen-HVM-Emulation; QEMU fügt dann das Xen-Plattformgerät selbst hinzu (QEMU docs/system/i386/xen.rst).</translation>
    </message>
    <message>
        <source>Xen HVM emulation: needs QEMU 8.0 or later with CONFIG_XEN_EMU on the host (QEMU docs/system/i386/xen.rst); whether this host has it is not known</source>
        <translation>Xen-HVM-Emulation: braucht auf dem Host QEMU 8.0 oder neuer mit CONFIG_XEN_EMU (QEMU docs/system/i386/xen.rst); ob dieser Host das hat, ist unbekannt</translation>
    </message>
    <message>
        <source>A %1 domain: QEMU realizes the Xen platform device only for a Xen guest (hw/i386/xen/xen_platform.c), so this VM has none and no Xen PV driver binds to it.</source>
        <translation>Eine %1-Domäne: QEMU realisiert das Xen-Plattformgerät nur für einen Xen-Gast (hw/i386/xen/xen_platform.c), also hat diese VM keines und kein Xen-PV-Treiber bindet daran.</translation>
    </message>
    <message>
        <source>A push of this change is refused: another tool&apos;s vendor device is on the command line and xpconsole never adds a second one. Take it over (take-over=vendor-device) or remove it.</source>
        <translation>Eine Übertragung dieser Änderung wird abgelehnt: Das Herstellergerät eines anderen Werkzeugs steht auf der Befehlszeile, und xpconsole fügt nie ein zweites hinzu. Übernehmen Sie es (take-over=vendor-device) oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos;, so the VM would not start: %2</source>
        <translation>QEMU würde „-device %1“ ablehnen, die VM würde also nicht starten: %2</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos; (&quot;xen-platform device requires a Xen guest&quot;), so the VM would not start.</source>
        <translation>QEMU würde „-device %1“ ablehnen („xen-platform device requires a Xen guest“), die VM würde also nicht starten.</translation>
    </message>
    <message>
        <source>-device %1: a second platform device next to the one the toolstack adds; xpconsole models only one</source>
        <translation>-device %1: ein zweites Plattformgerät neben dem, das der Toolstack hinzufügt; xpconsole modelliert nur eines</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos;: xen-pvdevice needs a device ID other than 0xffff, so the VM would not start.</source>
        <translation>QEMU würde „-device %1“ ablehnen: xen-pvdevice braucht eine andere Geräte-ID als 0xffff, die VM würde also nicht starten.</translation>
    </message>
    <message>
        <source>The definition exposes %1 vendor devices (%2); the prediction models only the first.</source>
        <translation>Die Definition stellt %1 Herstellergeräte bereit (%2); die Vorhersage modelliert nur das erste.</translation>
    </message>
    <message>
        <source>vendor devices: only the first of %1 is modelled</source>
        <translation>Herstellergeräte: nur das erste von %1 ist modelliert</translation>
    </message>
    <message>
        <source>Another tool put vendor device %1 on the command line (&apos;-device %2&apos;). xpconsole leaves it as it is and never adds a second one; a push takes it over only when asked.</source>
        <translation>Ein anderes Werkzeug hat das Herstellergerät %1 auf die Befehlszeile gesetzt („-device %2“). xpconsole lässt es, wie es ist, und fügt nie ein zweites hinzu; eine Übertragung übernimmt es nur auf Wunsch.</translation>
    </message>
    <message>
        <source>The metadata asks for vendor device %1, but the definition has no argument for it: this boot has none. A push adds it.</source>
        <translation>Die Metadaten verlangen das Herstellergerät %1, die Definition hat aber kein Argument dafür: Dieser Start hat keines. Eine Übertragung fügt es hinzu.</translation>
    </message>
    <message>
        <source>The definition still has xpconsole&apos;s vendor-device argument &apos;%1&apos;, which the metadata no longer asks for: this boot has the device. A push removes it.</source>
        <translation>Die Definition enthält noch das Herstellergeräte-Argument „%1“ von xpconsole, das die Metadaten nicht mehr verlangen: Dieser Start hat das Gerät. Eine Übertragung entfernt es.</translation>
    </message>
    <message>
        <source>xpconsole&apos;s vendor-device argument was changed outside xpconsole: the definition has &apos;%1&apos;, the metadata asks for &apos;%2&apos;. This boot follows the definition; a push writes the metadata&apos;s.</source>
        <translation>Das Herstellergeräte-Argument von xpconsole wurde außerhalb von xpconsole geändert: Die Definition hat „%1“, die Metadaten verlangen „%2“. Dieser Start folgt der Definition; eine Übertragung schreibt das der Metadaten.</translation>
    </message>
    <message>
        <source>The VM would not start: its QEMU has no xen-pvdevice. %1</source>
        <translation>Die VM würde nicht starten: Ihr QEMU hat kein xen-pvdevice. %1</translation>
    </message>
    <message>
        <source>host: whether this VM&apos;s QEMU has xen-pvdevice was not asked (only QEMU built with Xen support has it, hw/i386/xen/meson.build)</source>
        <translation>Host: Ob das QEMU dieser VM xen-pvdevice hat, wurde nicht abgefragt (nur ein mit Xen-Unterstützung gebautes QEMU hat es, hw/i386/xen/meson.build)</translation>
    </message>
    <message>
        <source>OS: libosinfo&apos;s id %1 is not one xpconsole knows</source>
        <translation>BS: Die libosinfo-ID %1 kennt xpconsole nicht</translation>
    </message>
    <message>
        <source>The metadata says the guest is %1, but it was installed as %2 (libosinfo: %3). The prediction follows the metadata; correct whichever is wrong.</source>
        <translation>Laut Metadaten ist der Gast %1, installiert wurde er aber als %2 (libosinfo: %3). Die Vorhersage folgt den Metadaten; korrigieren Sie, was falsch ist.</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Windows (client)</source>
        <translation>Windows (Client)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>xpconsole&apos;s metadata</source>
        <translation>Metadaten von xpconsole</translation>
    </message>
    <message>
        <source>libosinfo: intended at install (%1)</source>
        <translation>libosinfo: bei der Installation vorgesehen (%1)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Add its blacklist &amp;entries</source>
        <translation>Sperrlisteneinträge dieser VM &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>Prüfen und an&amp;wenden…</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>Selected VMs and what the change does to each</source>
        <translation>Ausgewählte VMs und was die Änderung bei jeder einzelnen bewirkt</translation>
    </message>
    <message>
        <source>The connection is read-only: the change can be previewed, not applied. Reconnect read-write to apply it.</source>
        <translation>Die Verbindung ist schreibgeschützt: Die Änderung kann in der Vorschau angezeigt, aber nicht angewendet werden. Stellen Sie die Verbindung mit Schreibzugriff neu her, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>VM whose blacklist to use as a template</source>
        <translation>VM, deren Sperrliste als Vorlage dient</translation>
    </message>
    <message>
        <source>Add the template VM&apos;s blacklist entries to the changes</source>
        <translation>Sperrlisteneinträge der Vorlagen-VM zu den Änderungen hinzufügen</translation>
    </message>
    <message>
        <source>Review the diffs and apply</source>
        <translation>Diffs prüfen und anwenden</translation>
    </message>
    <message>
        <source>Blacklist &amp;template from:</source>
        <translation>Sperrlisten&amp;vorlage aus:</translation>
    </message>
    <message>
        <source>Compose a change and add it to the list: each VM&apos;s eligibility and prediction follow.</source>
        <translation>Stellen Sie eine Änderung zusammen und fügen Sie sie zur Liste hinzu: Für jede VM werden dann Anwendbarkeit und Vorhersage angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n VM ändert sich</numerusform>
            <numerusform>%n VMs ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change</source>
        <translation>
            <numerusform>%n bleibt unverändert</numerusform>
            <numerusform>%n bleiben unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot take it</source>
        <translation>
            <numerusform>%n kann die Änderung nicht übernehmen</numerusform>
            <numerusform>%n können die Änderung nicht übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would get a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n würde einen neuen Fehlerbefund erhalten (hervorgehoben).</numerusform>
            <numerusform>%n würden einen neuen Fehlerbefund erhalten (hervorgehoben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected VM(s) no longer listed, skipped.</source>
        <translation>
            <numerusform>%n ausgewählte VM ist nicht mehr aufgeführt und wird übersprungen.</numerusform>
            <numerusform>%n ausgewählte VMs sind nicht mehr aufgeführt und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected VM would change.</source>
        <translation>Keine ausgewählte VM würde sich ändern.</translation>
    </message>
    <message>
        <source>Bulk change: %1</source>
        <translation>Massenänderung: %1</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>Letzter Lauf: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Close without applying? The %n composed change(s) are discarded and no VM is changed.</source>
        <translation>
            <numerusform>Ohne Anwenden schließen? Die %n zusammengestellte Änderung wird verworfen, und keine VM wird geändert.</numerusform>
            <numerusform>Ohne Anwenden schließen? Die %n zusammengestellten Änderungen werden verworfen, und keine VM wird geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry/entries)</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>no selected VM has blacklist entries</source>
        <translation>keine ausgewählte VM hat Sperrlisteneinträge</translation>
    </message>
    <message>
        <source>VMs on %1</source>
        <translation>VMs auf %1</translation>
    </message>
    <message>
        <source>A bulk change works on the VMs of one connection: %1</source>
        <translation>Eine Massenänderung wirkt auf die VMs einer Verbindung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bulk change on %n VM(s) of %1</source>
        <translation>
            <numerusform>Massenänderung an %n VM von %1</numerusform>
            <numerusform>Massenänderung an %n VMs von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied; reading the VMs back…</source>
        <translation>Angewendet; VMs werden erneut eingelesen…</translation>
    </message>
    <message>
        <source>Applied: each VM as its connection holds it now, with its result.</source>
        <translation>Angewendet: jede VM so, wie ihre Verbindung sie jetzt führt, mit ihrem Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) still differ from the change</source>
        <translation>
            <numerusform>%n VM weicht noch von der Änderung ab</numerusform>
            <numerusform>%n VMs weichen noch von der Änderung ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n hat einen neuen Fehlerbefund erhalten (hervorgehoben).</numerusform>
            <numerusform>%n haben einen neuen Fehlerbefund erhalten (hervorgehoben).</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is being applied.</source>
        <translation>Die Änderung wird angewendet.</translation>
    </message>
    <message>
        <source>Applied: reading the VMs back.</source>
        <translation>Angewendet: VMs werden erneut eingelesen.</translation>
    </message>
    <message>
        <source>Applied: compose another change or pick other VMs to review it.</source>
        <translation>Angewendet: Stellen Sie eine weitere Änderung zusammen oder wählen Sie andere VMs aus, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>No VM is selected: pick VMs to change.</source>
        <translation>Keine VM ausgewählt: Wählen Sie die zu ändernden VMs aus.</translation>
    </message>
    <message>
        <source>This change gives VMs new findings at their next boot.
%1

Review and apply it anyway?</source>
        <translation>Diese Änderung führt bei VMs zu neuen Befunden beim nächsten Start.
%1

Trotzdem prüfen und anwenden?</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message numerus="yes">
        <source>%n VM(s) would get %1: %2</source>
        <translation>
            <numerusform>%n VM würde %1 erhalten: %2</numerusform>
            <numerusform>%n VMs würden %1 erhalten: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New errors at the next boot:</source>
        <translation>Neue Fehler beim nächsten Start:</translation>
    </message>
    <message>
        <source>New warnings at the next boot:</source>
        <translation>Neue Warnungen beim nächsten Start:</translation>
    </message>
</context>
<context>
    <name>BulkPreviewModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Anwendbarkeit</translation>
    </message>
    <message>
        <source>Predicted driver after</source>
        <translation>Erwarteter Treiber danach</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Devices after</source>
        <translation>Geräte danach</translation>
    </message>
    <message>
        <source>%1; platform %2; vendor %3</source>
        <translation>%1; Plattform %2; Hersteller %3</translation>
    </message>
</context>
<context>
    <name>CataloguePackageReader</name>
    <message>
        <source>it has no id</source>
        <translation>es hat keine ID</translation>
    </message>
    <message>
        <source>unknown os &apos;%1&apos;</source>
        <translation>unbekanntes os &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown handshake kind &apos;%1&apos;</source>
        <translation>unbekannte Handshake-Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad handshake product</source>
        <translation>ungültiges Handshake-Produkt</translation>
    </message>
    <message>
        <source>bad handshake build</source>
        <translation>ungültiger Handshake-Build</translation>
    </message>
    <message>
        <source>handshake forceActivate must be yes, no or unknown, not &apos;%1&apos;</source>
        <translation>handshake forceActivate muss yes, no oder unknown sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>package &apos;%1&apos;: bad deviceId in binds</source>
        <translation>Paket &apos;%1&apos;: ungültige deviceId in binds</translation>
    </message>
    <message>
        <source>unknown signer &apos;%1&apos;</source>
        <translation>unbekannter Signierer &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ChangeEditor</name>
    <message>
        <source>&amp;Add to list</source>
        <translation>Zur &amp;Liste hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
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
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>Add blacklist entry</source>
        <translation>Sperrlisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove blacklist entry</source>
        <translation>Sperrlisteneintrag entfernen</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>Add driver</source>
        <translation>Treiber hinzufügen</translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation>Treiber entfernen</translation>
    </message>
    <message>
        <source>Change as --set text</source>
        <translation>Änderung als --set-Text</translation>
    </message>
    <message>
        <source>The change in xpctl&apos;s --set syntax; edit it to type any change directly.
%1</source>
        <translation>Die Änderung in der --set-Syntax von xpctl; bearbeiten Sie den Text, um eine beliebige Änderung direkt einzugeben.
%1</translation>
    </message>
    <message>
        <source>Why the change cannot be added</source>
        <translation>Warum die Änderung nicht hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>Add the change to the list</source>
        <translation>Änderung zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Anzuwendende Änderungen</translation>
    </message>
    <message>
        <source>Remove the selected change</source>
        <translation>Ausgewählte Änderung entfernen</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>Än&amp;derung:</translation>
    </message>
    <message>
        <source>As --&amp;set:</source>
        <translation>Als --&amp;set:</translation>
    </message>
    <message>
        <source>Changes to appl&amp;y, in order:</source>
        <translation>A&amp;nzuwendende Änderungen, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Off (no such device)</source>
        <translation>&amp;Aus (Gerät nicht vorhanden)</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>ID, e.g. 0x0002</source>
        <translation>ID, z. B. 0x0002</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>default revision</source>
        <translation>Standardrevision</translation>
    </message>
    <message>
        <source>Device &amp;ID (hex with 0x):</source>
        <translation>Geräte-&amp;ID (hexadezimal mit 0x):</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>&amp;Revision:</translation>
    </message>
    <message>
        <source>Device mo&amp;del:</source>
        <translation>Geräte&amp;modell:</translation>
    </message>
    <message>
        <source>Driver product</source>
        <translation>Treiberprodukt</translation>
    </message>
    <message>
        <source>Build or build range</source>
        <translation>Build oder Build-Bereich</translation>
    </message>
    <message>
        <source>BUILD or FIRST-LAST, e.g. 60 or 60-70</source>
        <translation>BUILD oder FIRST-LAST, z. B. 60 oder 60-70</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>&amp;Builds:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Windows &amp;Update:</source>
        <translation>Windows &amp;Update:</translation>
    </message>
    <message>
        <source>Driver package</source>
        <translation>Treiberpaket</translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: it is never written to a VM; use the Binding tab&apos;s preview.</source>
        <translation>--set %1 dient nur der Was-wäre-wenn-Vorschau: Es wird nie in eine VM geschrieben; verwenden Sie die Vorschau im Reiter „Bindung“.</translation>
    </message>
    <message>
        <source>--set %1 is already in the list.</source>
        <translation>--set %1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: it is never written to a VM.</source>
        <translation>--set %1 dient nur der Was-wäre-wenn-Vorschau: Es wird nie in eine VM geschrieben.</translation>
    </message>
    <message>
        <source>Take over another tool&apos;s vendor device</source>
        <translation>Herstellergerät eines anderen Werkzeugs übernehmen</translation>
    </message>
    <message>
        <source>Replaces another tool&apos;s -device xen-pvdevice argument with xpconsole&apos;s own: the guest keeps the same device, and xpconsole manages it from now on.</source>
        <translation>Ersetzt das Argument -device xen-pvdevice eines anderen Werkzeugs durch das eigene von xpconsole: Der Gast behält dasselbe Gerät, und xpconsole verwaltet es von nun an.</translation>
    </message>
    <message>
        <source>Write despite the host check</source>
        <translation>Trotz Host-Prüfung schreiben</translation>
    </message>
    <message>
        <source>Writes a Xen device even where this host&apos;s QEMU has none. The VM will then not start on this host: use it only for a definition that moves to a host that has Xen support.</source>
        <translation>Schreibt ein Xen-Gerät auch dort, wo das QEMU dieses Hosts keines hat. Die VM startet dann auf diesem Host nicht: Nur für eine Definition verwenden, die auf einen Host mit Xen-Unterstützung umzieht.</translation>
    </message>
</context>
<context>
    <name>ConfigChange</name>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
    <message>
        <source>expected KEY=VALUE (%1)</source>
        <translation>KEY=VALUE erwartet (%1)</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
    <message>
        <source>expected off or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)</source>
        <translation>off oder ID[:REV] erwartet (16-Bit-ID, 8-Bit-Revision, dezimal oder hexadezimal mit 0x)</translation>
    </message>
    <message>
        <source>xen-pvdevice refuses device ID 0xffff (it means unset)</source>
        <translation>xen-pvdevice lehnt die Geräte-ID 0xffff ab (sie bedeutet: nicht gesetzt)</translation>
    </message>
    <message>
        <source>expected PRODUCT:BUILD or PRODUCT:FIRST-LAST with a product of Xen&apos;s registry and FIRST not above LAST</source>
        <translation>PRODUCT:BUILD oder PRODUCT:FIRST-LAST erwartet, mit einem Produkt aus dem Register von Xen und FIRST nicht über LAST</translation>
    </message>
    <message>
        <source>expected off or automatic</source>
        <translation>off oder automatic erwartet</translation>
    </message>
    <message>
        <source>expected PACKAGE@HARDWARE-ID</source>
        <translation>PACKAGE@HARDWARE-ID erwartet</translation>
    </message>
    <message>
        <source>unknown key (%1)</source>
        <translation>unbekannter Schlüssel (%1)</translation>
    </message>
    <message>
        <source>the entry is already in the blacklist</source>
        <translation>der Eintrag ist bereits in der Sperrliste</translation>
    </message>
    <message>
        <source>no such entry in the blacklist</source>
        <translation>kein solcher Eintrag in der Sperrliste</translation>
    </message>
    <message>
        <source>the package is already installed</source>
        <translation>das Paket ist bereits installiert</translation>
    </message>
    <message>
        <source>the package is not installed</source>
        <translation>das Paket ist nicht installiert</translation>
    </message>
    <message>
        <source>a package id is letters, digits and . _ + : @ - (at most 128)</source>
        <translation>eine Paket-ID besteht aus Buchstaben, Ziffern und . _ + : @ - (höchstens 128)</translation>
    </message>
    <message>
        <source>expected off, default[:REV] or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)</source>
        <translation>off, default[:REV] oder ID[:REV] erwartet (16-Bit-ID, 8-Bit-Revision, dezimal oder hexadezimal mit 0x)</translation>
    </message>
    <message>
        <source>the text contains a line break or another control character</source>
        <translation>der Text enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>unknown device model (one of %1)</source>
        <translation>unbekanntes Gerätemodell (eines von %1)</translation>
    </message>
    <message>
        <source>expected vendor-device</source>
        <translation>vendor-device erwartet</translation>
    </message>
    <message>
        <source>its device ID is unset, which QEMU refuses (0xffff)</source>
        <translation>seine Geräte-ID ist nicht gesetzt, was QEMU ablehnt (0xffff)</translation>
    </message>
    <message>
        <source>the definition has no vendor device of another tool</source>
        <translation>die Definition hat kein Herstellergerät eines anderen Werkzeugs</translation>
    </message>
    <message>
        <source>expected host-check</source>
        <translation>host-check erwartet</translation>
    </message>
</context>
<context>
    <name>ConfigDelta</name>
    <message>
        <source>The difference cannot be expressed as --set changes (%1).</source>
        <translation>Der Unterschied lässt sich nicht als --set-Änderungen ausdrücken (%1).</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>Hostname nicht gefunden</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation>SSH-Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>SSH host key not trusted</source>
        <translation>SSH-Hostschlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>libvirt daemon not running</source>
        <translation>libvirt-Daemon läuft nicht</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>This computer does not run Xen</source>
        <translation>Auf diesem Computer läuft kein Xen</translation>
    </message>
    <message>
        <source>Hypervisor driver not available</source>
        <translation>Hypervisor-Treiber nicht verfügbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Check the URI, that libvirtd runs on that host and that you may use it.</source>
        <translation>Prüfen Sie die URI, ob libvirtd auf diesem Host läuft und ob Sie es verwenden dürfen.</translation>
    </message>
    <message>
        <source>The host name “%1” does not resolve to an address. Check the host in the URI for typing errors or use its IP address; if the name is right, check this computer&apos;s DNS settings.</source>
        <translation>Der Hostname „%1“ lässt sich nicht in eine Adresse auflösen. Prüfen Sie den Host in der URI auf Tippfehler oder verwenden Sie seine IP-Adresse; ist der Name richtig, prüfen Sie die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>%1 refused the connection on the SSH port %2. Check that the SSH server (sshd) runs on that host and that the port in the URI is right.</source>
        <translation>Die Verbindung zum SSH-Port %2 wurde von %1 abgelehnt. Prüfen Sie, ob der SSH-Server (sshd) auf diesem Host läuft und ob der Port in der URI stimmt.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check that libvirt on that host listens for %2 connections (libvirtd-%2.socket, or virtproxyd-%2.socket with the modular daemons) and that the port in the URI is right.</source>
        <translation>Die Verbindung wurde von %1 abgelehnt. Prüfen Sie, ob libvirt auf diesem Host auf %2-Verbindungen wartet (libvirtd-%2.socket oder, mit den modularen Daemons, virtproxyd-%2.socket) und ob der Port in der URI stimmt.</translation>
    </message>
    <message>
        <source>There is no network route to %1. Check that the host is up and that this computer can reach its network (cabling, VPN, firewall).</source>
        <translation>Es gibt keine Netzwerkroute zu %1. Prüfen Sie, ob der Host läuft und ob dieser Computer dessen Netzwerk erreichen kann (Verkabelung, VPN, Firewall).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The host may be down, or a firewall may drop the connection; check that it is up and that the port is open.</source>
        <translation>Von %1 kam nicht rechtzeitig eine Antwort. Der Host ist möglicherweise ausgeschaltet, oder eine Firewall verwirft die Verbindung; prüfen Sie, ob er läuft und ob der Port offen ist.</translation>
    </message>
    <message>
        <source>SSH could not log in to %1 as %2. Check the user name in the URI and that the host accepts your SSH key (ssh-copy-id, ssh-add); try “ssh %2@%1” in a terminal.</source>
        <translation>SSH konnte sich bei %1 nicht als %2 anmelden. Prüfen Sie den Benutzernamen in der URI und ob der Host Ihren SSH-Schlüssel akzeptiert (ssh-copy-id, ssh-add); versuchen Sie „ssh %2@%1“ in einem Terminal.</translation>
    </message>
    <message>
        <source>SSH does not know the host key of %1, or the key has changed. Connect once with “ssh %1” in a terminal and check the fingerprint before you accept it; if the host was reinstalled, first remove its old key with “ssh-keygen -R %1”.</source>
        <translation>SSH kennt den Hostschlüssel von %1 nicht, oder der Schlüssel hat sich geändert. Verbinden Sie sich einmal mit „ssh %1“ in einem Terminal und prüfen Sie den Fingerabdruck, bevor Sie ihn akzeptieren; wurde der Host neu installiert, entfernen Sie zuerst seinen alten Schlüssel mit „ssh-keygen -R %1“.</translation>
    </message>
    <message>
        <source>Nothing answers on the libvirt socket %1 on %2: the libvirt daemon is not running there. Start it with “systemctl start libvirtd” (or, with libvirt&apos;s modular daemons, “systemctl start %3.socket”).</source>
        <translation>Am libvirt-Socket %1 auf %2 antwortet nichts: Der libvirt-Daemon läuft dort nicht. Starten Sie ihn mit „systemctl start libvirtd“ (oder, mit den modularen Daemons von libvirt, „systemctl start %3.socket“).</translation>
    </message>
    <message>
        <source>libvirt on %1 refused this user (socket permissions or polkit).</source>
        <translation>libvirt auf %1 hat diesen Benutzer abgelehnt (Socket-Berechtigungen oder polkit).</translation>
    </message>
    <message>
        <source>This user may not use the libvirt socket %1 on %2.</source>
        <translation>Dieser Benutzer darf den libvirt-Socket %1 auf %2 nicht verwenden.</translation>
    </message>
    <message>
        <source>Add the user to the “libvirt” group (and log in again) or allow it with a polkit rule, or open the connection read-only, which every user may.</source>
        <translation>Fügen Sie den Benutzer der Gruppe „libvirt“ hinzu (und melden Sie sich neu an) oder erlauben Sie den Zugriff mit einer polkit-Regel, oder öffnen Sie die Verbindung schreibgeschützt, was jeder Benutzer darf.</translation>
    </message>
    <message>
        <source>This computer is not a Xen host (dom0), so xen:/// has nothing to connect to here. To manage a Xen host from here, connect to it over SSH (xen+ssh://root@host/system).</source>
        <translation>Dieser Computer ist kein Xen-Host (dom0), daher gibt es hier nichts, womit sich xen:/// verbinden könnte. Um einen Xen-Host von hier aus zu verwalten, verbinden Sie sich über SSH mit ihm (xen+ssh://root@host/system).</translation>
    </message>
    <message>
        <source>libvirt on %1 has no Xen driver: install libvirt-daemon-driver-xen there and restart libvirt; or that host does not run Xen (then use a QEMU/KVM connection).</source>
        <translation>libvirt auf %1 hat keinen Xen-Treiber: Installieren Sie dort libvirt-daemon-driver-xen und starten Sie libvirt neu; oder auf diesem Host läuft kein Xen (verwenden Sie dann eine QEMU/KVM-Verbindung).</translation>
    </message>
    <message>
        <source>libvirt on %1 has no driver for “%2” connections: install libvirt-daemon-driver-%2 there and restart libvirt, or check the URI.</source>
        <translation>libvirt auf %1 hat keinen Treiber für „%2“-Verbindungen: Installieren Sie dort libvirt-daemon-driver-%2 und starten Sie libvirt neu, oder prüfen Sie die URI.</translation>
    </message>
    <message>
        <source>libvirt on %1 did not accept the credentials, or the question was cancelled. Connect again with a user name and password that libvirt there accepts.</source>
        <translation>libvirt auf %1 hat die Anmeldedaten nicht akzeptiert, oder die Abfrage wurde abgebrochen. Verbinden Sie sich erneut mit einem Benutzernamen und einem Passwort, die libvirt dort akzeptiert.</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>libvirt error code: %1</source>
        <translation>libvirt-Fehlercode: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionDelegate</name>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open &amp;read-only (changes to VMs are refused)</source>
        <translation>&amp;Schreibgeschützt öffnen (Änderungen an VMs werden abgelehnt)</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>Verbindungstyp</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>host.example.com, host:2222 or 2001:db8::1</source>
        <translation>host.example.com, host:2222 oder 2001:db8::1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>optional, e.g. root</source>
        <translation>optional, z. B. root</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>Verbindungs-URI</translation>
    </message>
    <message>
        <source>driver[+transport]://[user@][host][:port]/path</source>
        <translation>driver[+transport]://[user@][host][:port]/path</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>Click to fill in the form, double-click to connect</source>
        <translation>Klicken, um das Formular auszufüllen; doppelklicken, um die Verbindung herzustellen</translation>
    </message>
    <message>
        <source>Why the connection cannot be opened yet</source>
        <translation>Warum die Verbindung noch nicht geöffnet werden kann</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>UR&amp;I:</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>demo node</source>
        <translation>Demo-Knoten</translation>
    </message>
    <message>
        <source>%1 (test driver)</source>
        <translation>%1 (Testtreiber)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Verbindung wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Verbindung wird in %n s wiederhergestellt</numerusform>
            <numerusform>Verbindung wird in %n s wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n verbunden</numerusform>
            <numerusform>%n verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n wird verbunden</numerusform>
            <numerusform>%n werden verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n geschlossen</numerusform>
            <numerusform>%n geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s): %1</source>
        <translation>
            <numerusform>%n Verbindung: %1</numerusform>
            <numerusform>%n Verbindungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: changes to VMs are refused before they reach the host.</source>
        <translation>Schreibgeschützt: Änderungen an VMs werden abgelehnt, bevor sie den Host erreichen.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Predictions checked against the guests: %1 confirmed, %2 differ</source>
        <translation>An den Gästen geprüfte Vorhersagen: %1 bestätigt, %2 abweichend</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionPreset</name>
    <message>
        <source>Xen (this host)</source>
        <translation>Xen (dieser Host)</translation>
    </message>
    <message>
        <source>QEMU/KVM (this host)</source>
        <translation>QEMU/KVM (dieser Host)</translation>
    </message>
    <message>
        <source>QEMU/KVM over SSH</source>
        <translation>QEMU/KVM über SSH</translation>
    </message>
    <message>
        <source>Xen over SSH</source>
        <translation>Xen über SSH</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>Benutzerdefinierte URI</translation>
    </message>
    <message>
        <source>Demo node (bundled)</source>
        <translation>Demo-Knoten (mitgeliefert)</translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation>Geben Sie den Host ein, mit dem eine Verbindung hergestellt werden soll.</translation>
    </message>
    <message>
        <source>Only an IPv6 address goes in square brackets.</source>
        <translation>Nur eine IPv6-Adresse wird in eckige Klammern gesetzt.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; ist weder ein Hostname noch eine Adresse.</translation>
    </message>
    <message>
        <source>Enter a connection URI.</source>
        <translation>Geben Sie eine Verbindungs-URI ein.</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces.</source>
        <translation>Eine URI darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Expected driver[+transport]://[user@][host][:port]/path, for example qemu:///system.</source>
        <translation>Erwartet wird driver[+transport]://[user@][host][:port]/path, zum Beispiel qemu:///system.</translation>
    </message>
    <message>
        <source>The URI must start with a driver such as xen://, qemu:// or qemu+ssh://.</source>
        <translation>Die URI muss mit einem Treiber wie xen://, qemu:// oder qemu+ssh:// beginnen.</translation>
    </message>
    <message>
        <source>This URI is malformed; check the host, port and user name.</source>
        <translation>Diese URI ist fehlerhaft; prüfen Sie Host, Port und Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>Verbindung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Verbindungsaktionen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Open another libvirt connection</source>
        <translation>Eine weitere libvirt-Verbindung öffnen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Close the selected connection; its VMs leave the list</source>
        <translation>Ausgewählte Verbindung schließen; ihre VMs verschwinden aus der Liste</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Open the selected connection again</source>
        <translation>Ausgewählte Verbindung erneut öffnen</translation>
    </message>
    <message>
        <source>Close Connection</source>
        <translation>Verbindung schließen</translation>
    </message>
    <message numerus="yes">
        <source>Close %1? Its %n VM(s) leave(s) the list; nothing on the host changes.</source>
        <translation>
            <numerusform>%1 schließen? Die %n VM dieser Verbindung verschwindet aus der Liste; auf dem Host ändert sich nichts.</numerusform>
            <numerusform>%1 schließen? Die %n VMs dieser Verbindung verschwinden aus der Liste; auf dem Host ändert sich nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lose Connection</source>
        <translation>Verbindung &amp;schließen</translation>
    </message>
    <message>
        <source>Read Guest &amp;Drivers Through the Agent</source>
        <translation>Gast&amp;treiber über den Agenten lesen</translation>
    </message>
    <message>
        <source>On this connection, run pnputil in each running Windows guest through its guest agent, so that the prediction uses the drivers the guest really has. Nothing is written to the VMs; the inventory is kept in the console.</source>
        <translation>Auf dieser Verbindung pnputil in jedem laufenden Windows-Gast über seinen Gastagenten ausführen, damit die Vorhersage die Treiber verwendet, die der Gast wirklich hat. In die VMs wird nichts geschrieben; das Inventar bleibt in der Konsole.</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>Verbindung be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected connection&apos;s URI or read-only setting; it is opened again</source>
        <translation>URI oder Schreibschutz der ausgewählten Verbindung ändern; sie wird erneut geöffnet</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>libvirt needs these to open &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>libvirt benötigt diese Angaben, um &lt;b&gt;%1&lt;/b&gt; zu öffnen:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>Realm:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Client nonce:</source>
        <translation>Client-Nonce:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
</context>
<context>
    <name>CtlDomains</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot list the domains of %1: %2</source>
        <translation>die Domänen von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>libvirt: %1</source>
        <translation>libvirt: %1</translation>
    </message>
</context>
<context>
    <name>CurrentVersionReader</name>
    <message>
        <source>it has no line id</source>
        <translation>es hat keine Produktlinien-ID (line)</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;%2&apos; is not a Windows package of the catalogue; left out</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: &apos;%2&apos; ist kein Windows-Paket des Katalogs; ausgelassen</translation>
    </message>
    <message>
        <source>it names no Windows package of the catalogue</source>
        <translation>es nennt kein Windows-Paket des Katalogs</translation>
    </message>
    <message>
        <source>&apos;maintained&apos; must be true or false</source>
        <translation>&apos;maintained&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>a maintained line needs its current release as a version, not &apos;%1&apos;</source>
        <translation>eine gepflegte Produktlinie braucht ihr aktuelles Release als Version, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a line that is not maintained has no current release</source>
        <translation>eine nicht mehr gepflegte Produktlinie hat kein aktuelles Release</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;released&apos; is not a date (YYYY-MM-DD); left out</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: &apos;released&apos; ist kein Datum (JJJJ-MM-TT); ausgelassen</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: a driver version to compare needs &apos;driver&apos;, the INF it is of; left out</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: Eine zu vergleichende Treiberversion braucht &apos;driver&apos;, die INF, zu der sie gehört; ausgelassen</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;outdatedBelow&apos; needs a version and a fact; left out</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: &apos;outdatedBelow&apos; braucht eine Version und einen Fakt; ausgelassen</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;currentDriverVersion&apos; is not a version; left out</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: &apos;currentDriverVersion&apos; ist keine Version; ausgelassen</translation>
    </message>
    <message>
        <source>it has no source</source>
        <translation>es hat keine Quellenangabe (source)</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;uncertain&apos; must be a list of phrases</source>
        <translation>Eintrag &apos;%1&apos; der aktuellen Versionen: &apos;uncertain&apos; muss eine Liste von Formulierungen sein</translation>
    </message>
</context>
<context>
    <name>CurrentVersionVerdict</name>
    <message>
        <source>The current-versions table has no line for %1.</source>
        <translation>Die Tabelle der aktuellen Versionen hat keine Produktlinie für %1.</translation>
    </message>
    <message>
        <source>%1 is no longer maintained; %2 replaces it, current release %3.</source>
        <translation>%1 wird nicht mehr gepflegt; Nachfolger ist %2, aktuelles Release %3.</translation>
    </message>
    <message>
        <source>%1 is no longer maintained; its last release was %2.</source>
        <translation>%1 wird nicht mehr gepflegt; das letzte Release war %2.</translation>
    </message>
    <message>
        <source>%1 is no longer maintained.</source>
        <translation>%1 wird nicht mehr gepflegt.</translation>
    </message>
    <message>
        <source>The sources give no driver version of %1 to compare with; current release: %2.</source>
        <translation>Die Quellen nennen keine Treiberversion von %1 zum Vergleich; aktuelles Release: %2.</translation>
    </message>
    <message>
        <source>No %1 version of %2 is known for this guest; current release of %3: %4.</source>
        <translation>Für diesen Gast ist keine %1-Version von %2 bekannt; aktuelles Release von %3: %4.</translation>
    </message>
    <message>
        <source>the guest&apos;s driver inventory</source>
        <translation>Treiberinventar des Gasts</translation>
    </message>
    <message>
        <source>the catalogue&apos;s placeholder DriverVer, not the guest&apos;s</source>
        <translation>Platzhalter-DriverVer des Katalogs, nicht die des Gasts</translation>
    </message>
    <message>
        <source>the catalogue&apos;s DriverVer</source>
        <translation>DriverVer des Katalogs</translation>
    </message>
    <message>
        <source>Import the guest&apos;s driver inventory to confirm.</source>
        <translation>Importieren Sie das Treiberinventar des Gasts, um dies zu bestätigen.</translation>
    </message>
    <message>
        <source>%1 (%2) is at least the %3 of %4 %5, the current release.</source>
        <translation>%1 (%2) ist mindestens der %3 von %4 %5, dem aktuellen Release.</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3 (%4); current release of %5: %6.</source>
        <translation>%1 (%2) ist älter als %3 (%4); aktuelles Release von %5: %6.</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3, the %4 of %5 %6 (%7); current release: %8.</source>
        <translation>%1 (%2) ist älter als %3, der %4 von %5 %6 (%7); aktuelles Release: %8.</translation>
    </message>
    <message>
        <source>Uncertain: %1.</source>
        <translation>Unsicher: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3, the %4 of the current release %5 %6.</source>
        <translation>%1 (%2) ist älter als %3, der %4 des aktuellen Release %5 %6.</translation>
    </message>
    <message>
        <source>%1 (%2) is not older than %3, and the sources give no %4 version of %5 %6, the current release, to tell it from an older build.</source>
        <translation>%1 (%2) ist nicht älter als %3, und die Quellen nennen keine %4-Version von %5 %6, dem aktuellen Release, um ihn von einem älteren Build zu unterscheiden.</translation>
    </message>
</context>
<context>
    <name>DeviceArgumentParser</name>
    <message>
        <source>The argument is in QEMU&apos;s JSON form, which xpconsole does not read: its properties are unknown.</source>
        <translation>Das Argument ist in QEMUs JSON-Form, die xpconsole nicht liest: Seine Eigenschaften sind unbekannt.</translation>
    </message>
    <message>
        <source>QEMU refuses &apos;%1=%2&apos;: the property expects %3.</source>
        <translation>QEMU lehnt „%1=%2“ ab: Die Eigenschaft erwartet %3.</translation>
    </message>
    <message>
        <source>&apos;%1=%2&apos; is a property xpconsole does not model; QEMU may refuse it or it may change the device.</source>
        <translation>„%1=%2“ ist eine Eigenschaft, die xpconsole nicht modelliert; QEMU lehnt sie vielleicht ab oder sie ändert das Gerät.</translation>
    </message>
    <message>
        <source>QEMU refuses &apos;id=%1&apos;: an id is a letter followed by letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;.</source>
        <translation>QEMU lehnt „id=%1“ ab: Eine ID ist ein Buchstabe, gefolgt von Buchstaben, Ziffern, „-“, „.“ und „_“.</translation>
    </message>
</context>
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
    <message>
        <source>Unknown device model &apos;%1&apos; (use one of %2).</source>
        <translation>Unbekanntes Gerätemodell &apos;%1&apos; (eines von %2 verwenden).</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>read magic (0x49d2 expected)</source>
        <translation>Magic-Wert lesen (0x49d2 erwartet)</translation>
    </message>
    <message>
        <source>read protocol version</source>
        <translation>Protokollversion lesen</translation>
    </message>
    <message>
        <source>write product number</source>
        <translation>Produktnummer schreiben</translation>
    </message>
    <message>
        <source>write build number</source>
        <translation>Build-Nummer schreiben</translation>
    </message>
    <message>
        <source>re-read magic (0xd249 = blacklisted)</source>
        <translation>Magic-Wert erneut lesen (0xd249 = auf der Sperrliste)</translation>
    </message>
    <message>
        <source>write unplug mask</source>
        <translation>Unplug-Maske schreiben</translation>
    </message>
    <message>
        <source>write disk unplug mask</source>
        <translation>Unplug-Maske für Festplatten schreiben</translation>
    </message>
    <message>
        <source>write NIC unplug mask</source>
        <translation>Unplug-Maske für NICs schreiben</translation>
    </message>
    <message>
        <source>Unassigned class</source>
        <translation>Nicht zugewiesene Klasse</translation>
    </message>
    <message>
        <source>SCSI storage controller</source>
        <translation>SCSI-Speichercontroller</translation>
    </message>
    <message>
        <source>System peripheral</source>
        <translation>Systemperipheriegerät</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>write unplug type (version 2)</source>
        <translation>Unplug-Typ schreiben (Version 2)</translation>
    </message>
    <message>
        <source>write protocol version (version 2)</source>
        <translation>Protokollversion schreiben (Version 2)</translation>
    </message>
    <message>
        <source>write unplug index (version 2)</source>
        <translation>Unplug-Index schreiben (Version 2)</translation>
    </message>
    <message>
        <source>Upstream QEMU (qemu-xen on Xen, or with KVM&apos;s Xen emulation): fixed platform device 5853:0001, no blacklist.</source>
        <translation>Upstream-QEMU (qemu-xen unter Xen oder mit der Xen-Emulation von KVM): festes Plattformgerät 5853:0001, keine Sperrliste.</translation>
    </message>
    <message>
        <source>Xen&apos;s old qemu-dm: only on old Xen hosts and stub domains (desupported since 2020); blacklist through xenstore keys.</source>
        <translation>Das alte qemu-dm von Xen: nur auf alten Xen-Hosts und in Stub-Domänen (seit 2020 nicht mehr unterstützt); Sperrliste über xenstore-Schlüssel.</translation>
    </message>
    <message>
        <source>XenServer / XCP-ng 8.0 and later: upstream QEMU with XenServer&apos;s patches; the device ID is set through XAPI; no blacklist.</source>
        <translation>XenServer / XCP-ng 8.0 und neuer: Upstream-QEMU mit den Patches von XenServer; die Geräte-ID wird über XAPI gesetzt; keine Sperrliste.</translation>
    </message>
    <message>
        <source>XenServer 7.x and earlier: XenServer&apos;s patched qemu-traditional with the version-2 blacklist rules.</source>
        <translation>XenServer 7.x und älter: das von XenServer gepatchte qemu-traditional mit den Sperrlistenregeln der Version 2.</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Exposed Xen devices</source>
        <translation>Bereitgestellte Xen-Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Vendor:Device</source>
        <translation>Hersteller:Gerät</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>Subsystem</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Interrupt pin</source>
        <translation>Interrupt-Pin</translation>
    </message>
    <message>
        <source>Bound driver</source>
        <translation>Gebundener Treiber</translation>
    </message>
    <message>
        <source>Configuration space</source>
        <translation>Konfigurationsbereich</translation>
    </message>
    <message>
        <source>Xen platform device</source>
        <translation>Xen-Plattformgerät</translation>
    </message>
    <message>
        <source>Vendor device (xen-pvdevice)</source>
        <translation>Herstellergerät (xen-pvdevice)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (from Windows Update)</source>
        <translation>%1 (aus Windows Update)</translation>
    </message>
    <message>
        <source>%1, xenbus active</source>
        <translation>%1, xenbus aktiv</translation>
    </message>
    <message>
        <source>Where the devices come from</source>
        <translation>Woher die Geräte stammen</translation>
    </message>
    <message>
        <source>Vendor device (another tool&apos;s xen-pvdevice)</source>
        <translation>Herstellergerät (xen-pvdevice eines anderen Werkzeugs)</translation>
    </message>
</context>
<context>
    <name>DomainPatcher</name>
    <message>
        <source>The XML is not a libvirt domain (its root is &lt;%1&gt;).</source>
        <translation>Das XML ist keine libvirt-Domäne (sein Wurzelelement ist &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1, column %2: %3).</source>
        <translation>Das Domänen-XML ist nicht wohlgeformt (Zeile %1, Spalte %2: %3).</translation>
    </message>
    <message>
        <source>The domain XML has no &lt;domain&gt; element.</source>
        <translation>Das Domänen-XML hat kein &lt;domain&gt;-Element.</translation>
    </message>
    <message>
        <source>Its xpconsole metadata is read-only, so nothing is written to it: %1</source>
        <translation>Die xpconsole-Metadaten der Domäne sind schreibgeschützt, daher wird nichts in die Domäne geschrieben: %1</translation>
    </message>
    <message>
        <source>xpconsole&apos;s device-model argument was changed outside xpconsole (&apos;%1&apos;); this push writes the metadata&apos;s (&apos;%2&apos;) again.</source>
        <translation>Das Gerätemodell-Argument von xpconsole wurde außerhalb von xpconsole geändert („%1“); diese Übertragung schreibt wieder das der Metadaten („%2“).</translation>
    </message>
    <message>
        <source>Another tool&apos;s vendor device is on the command line (&apos;%1 %2&apos;); xpconsole never adds a second one. Take it over (--set take-over=vendor-device) or remove it.</source>
        <translation>Das Herstellergerät eines anderen Werkzeugs steht auf der Befehlszeile („%1 %2“); xpconsole fügt nie ein zweites hinzu. Übernehmen Sie es (--set take-over=vendor-device) oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Takes over &apos;%1&apos;: xpconsole&apos;s own argument replaces it.</source>
        <translation>Übernimmt „%1“: Das eigene Argument von xpconsole ersetzt es.</translation>
    </message>
</context>
<context>
    <name>DomainPush</name>
    <message>
        <source>The VM is running: the change takes effect after the VM is powered off and started again.</source>
        <translation>Die VM läuft: Die Änderung wird wirksam, nachdem die VM ausgeschaltet und wieder gestartet wurde.</translation>
    </message>
    <message>
        <source>Its XML could not be read: %1</source>
        <translation>Das XML der Domäne konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>libvirt gave no inactive XML for it.</source>
        <translation>libvirt hat für die Domäne kein inaktives XML geliefert.</translation>
    </message>
    <message>
        <source>It is a transient domain: there is no persistent definition to change.</source>
        <translation>Es ist eine transiente Domäne: Es gibt keine persistente Definition, die geändert werden könnte.</translation>
    </message>
    <message>
        <source>Its xpconsole metadata is read-only, so nothing is written to it: %1</source>
        <translation>Die xpconsole-Metadaten der Domäne sind schreibgeschützt, daher wird nichts in die Domäne geschrieben: %1</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: use preview; it is never written to a VM.</source>
        <translation>--set %1 dient nur der Was-wäre-wenn-Vorschau: preview verwenden; es wird nie in eine VM geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to change: the domain XML already holds this.</source>
        <translation>Nichts zu ändern: Das Domänen-XML enthält dies bereits.</translation>
    </message>
    <message>
        <source>Written; read back, every field is as written.</source>
        <translation>Geschrieben; beim Zurücklesen ist jedes Feld wie geschrieben.</translation>
    </message>
    <message>
        <source>Written, but libvirt did not keep everything: %1</source>
        <translation>Geschrieben, aber libvirt hat nicht alles übernommen: %1</translation>
    </message>
    <message>
        <source>%1 The change is kept: prepare it again on the new definition.</source>
        <translation>%1 Die Änderung bleibt erhalten: Bereiten Sie sie auf Grundlage der neuen Definition erneut vor.</translation>
    </message>
    <message>
        <source>The stored XML could not be read back: %1</source>
        <translation>Das gespeicherte XML konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: written as %2, libvirt keeps %3</source>
        <translation>%1: als %2 geschrieben, libvirt behält %3</translation>
    </message>
    <message>
        <source>The metadata read back is not usable: %1</source>
        <translation>Die zurückgelesenen Metadaten sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>xpconsole&apos;s device-model arguments</source>
        <translation>Gerätemodell-Argumente von xpconsole</translation>
    </message>
    <message>
        <source>other device-model arguments</source>
        <translation>andere Gerätemodell-Argumente</translation>
    </message>
    <message>
        <source>Other applications&apos; metadata changed: %1 element(s) before, %2 after.</source>
        <translation>Die Metadaten anderer Anwendungen haben sich geändert: vorher %1 Element(e), nachher %2.</translation>
    </message>
    <message>
        <source>The VM would not start: its QEMU has no xen-pvdevice. %1 Add override=host-check to write it anyway.</source>
        <translation>Die VM würde nicht starten: Ihr QEMU hat kein xen-pvdevice. %1 Fügen Sie override=host-check hinzu, um es trotzdem zu schreiben.</translation>
    </message>
    <message>
        <source>%1 (%2 packages, %3 devices)</source>
        <translation>%1 (%2 Pakete, %3 Geräte)</translation>
    </message>
</context>
<context>
    <name>DomainXmlReader</name>
    <message>
        <source>The domain XML has no &lt;domain&gt; element.</source>
        <translation>Das Domänen-XML hat kein &lt;domain&gt;-Element.</translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1: %2).</source>
        <translation>Das Domänen-XML ist nicht wohlgeformt (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>%1: inside xpconsole&apos;s element, this binds the element&apos;s namespace prefix to another namespace; the metadata is shown read-only.</source>
        <translation>%1: Innerhalb des Elements von xpconsole bindet dies das Namensraumpräfix des Elements an einen anderen Namensraum; die Metadaten werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>&lt;metadata&gt; holds %1 elements in xpconsole&apos;s namespace; libvirt keeps only the first and drops the others on the next define, so only the first is read and changed.</source>
        <translation>&lt;metadata&gt; enthält %1 Elemente im Namensraum von xpconsole; libvirt behält beim nächsten Definieren nur das erste und verwirft die anderen, daher wird nur das erste gelesen und geändert.</translation>
    </message>
</context>
<context>
    <name>DriverCatalogue</name>
    <message>
        <source>Cannot read the driver catalogue %1: %2</source>
        <translation>Der Treiberkatalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The driver catalogue %1 is not valid JSON at offset %2: %3</source>
        <translation>Der Treiberkatalog %1 ist an Offset %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>The driver catalogue %1 has schema %2; this build reads schema 1.</source>
        <translation>Der Treiberkatalog %1 hat Schema %2; dieser Build liest Schema 1.</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; skipped: %3</source>
        <translation>%1: Paket &apos;%2&apos; übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: package id &apos;%2&apos; appears twice; the first one is kept</source>
        <translation>%1: Paket-ID &apos;%2&apos; kommt zweimal vor; das erste Vorkommen wird beibehalten</translation>
    </message>
    <message>
        <source>signature, handshake and stack of an imported INF</source>
        <translation>Signatur, Handshake und Treiberstapel einer importierten INF</translation>
    </message>
    <message>
        <source>A package named &apos;%1&apos; is already in the catalogue.</source>
        <translation>Ein Paket namens &apos;%1&apos; ist bereits im Katalog.</translation>
    </message>
    <message>
        <source>%1: &apos;currentVersions&apos; is not a list; no package is compared with a current release</source>
        <translation>%1: &apos;currentVersions&apos; ist keine Liste; kein Paket wird mit einem aktuellen Release verglichen</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; skipped: %3</source>
        <translation>%1: Eintrag &apos;%2&apos; der aktuellen Versionen übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; appears twice; the first one is kept</source>
        <translation>%1: Eintrag &apos;%2&apos; der aktuellen Versionen kommt zweimal vor; das erste Vorkommen wird beibehalten</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; is in current versions &apos;%3&apos; and &apos;%4&apos;; the first is kept</source>
        <translation>%1: Paket &apos;%2&apos; steht in den Einträgen &apos;%3&apos; und &apos;%4&apos; der aktuellen Versionen; der erste wird beibehalten</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; names an unknown successor &apos;%3&apos;; left out</source>
        <translation>%1: Eintrag &apos;%2&apos; der aktuellen Versionen nennt einen unbekannten Nachfolger &apos;%3&apos;; ausgelassen</translation>
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
    <name>EditBlacklistEntryCommand</name>
    <message>
        <source>Change product of blacklist entry %1 to %2</source>
        <translation>Produkt von Sperrlisteneintrag %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Change builds of blacklist entry %1 to %2</source>
        <translation>Builds von Sperrlisteneintrag %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Change comment of blacklist entry %1</source>
        <translation>Kommentar von Sperrlisteneintrag %1 ändern</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>Then choose Reconnect.</source>
        <translation>Wählen Sie dann „Neu verbinden“.</translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Before the VM boots again, move it off the legacy stack with the driver migration wizard (VM menu, Migrate Drivers), or set Windows Update to off for it until then.</source>
        <translation>Bevor die VM erneut startet, lösen Sie sie mit dem Assistenten für die Treibermigration (Menü VM, Treiber migrieren) vom Legacy-Stapel, oder schalten Sie Windows Update für sie bis dahin aus.</translation>
    </message>
    <message>
        <source>Leave one stack: remove the other&apos;s drivers in the guest, or blacklist their build on a device model that enforces it. The driver migration wizard plans the order.</source>
        <translation>Lassen Sie nur einen Stapel übrig: Entfernen Sie die Treiber des anderen im Gast, oder setzen Sie deren Build auf einem Gerätemodell, das die Sperrliste durchsetzt, auf die Sperrliste. Der Assistent für die Treibermigration plant die Reihenfolge.</translation>
    </message>
    <message>
        <source>Expose one platform device only: 5853:0001 or 5853:0002, not both.</source>
        <translation>Stellen Sie nur ein Plattformgerät bereit: 5853:0001 oder 5853:0002, nicht beide.</translation>
    </message>
    <message>
        <source>Give the vendor device the revision the drivers match (01), or turn the vendor device off.</source>
        <translation>Geben Sie dem Herstellergerät die Revision, auf die die Treiber passen (01), oder schalten Sie das Herstellergerät aus.</translation>
    </message>
    <message>
        <source>Turn the platform device on, or the vendor device off.</source>
        <translation>Schalten Sie das Plattformgerät ein oder das Herstellergerät aus.</translation>
    </message>
    <message>
        <source>Keep platform device 0001 for this guest, or first update its kernel to a release that binds 0002.</source>
        <translation>Behalten Sie für diesen Gast das Plattformgerät 0001, oder aktualisieren Sie zuerst seinen Kernel auf ein Release, das 0002 bindet.</translation>
    </message>
    <message>
        <source>On this device model the entries only record intent: to keep those drivers off, remove them in the guest, or run the VM on a device model that enforces the blacklist.</source>
        <translation>Auf diesem Gerätemodell halten die Einträge nur eine Absicht fest: Um diese Treiber fernzuhalten, entfernen Sie sie im Gast, oder betreiben Sie die VM auf einem Gerätemodell, das die Sperrliste durchsetzt.</translation>
    </message>
    <message>
        <source>The guest stays on emulated disks and NICs. For PV drivers, install a build that is not blacklisted, or lift the entry once the guest has a fixed build.</source>
        <translation>Der Gast bleibt bei emulierten Festplatten und Netzwerkkarten. Für PV-Treiber installieren Sie einen Build, der nicht auf der Sperrliste steht, oder heben Sie den Eintrag auf, sobald der Gast einen korrigierten Build hat.</translation>
    </message>
    <message>
        <source>Windows reinstalls every PV device at the next boot; a NIC with static addresses may need them set again. Plan a maintenance window, or keep the active xenbus device as it is.</source>
        <translation>Windows installiert beim nächsten Start jedes PV-Gerät neu; bei einer Netzwerkkarte mit statischen Adressen müssen diese eventuell neu gesetzt werden. Planen Sie ein Wartungsfenster ein, oder lassen Sie das aktive xenbus-Gerät unverändert.</translation>
    </message>
    <message>
        <source>The setting is kept in metadata only; Apply lists what, if anything, to run on the host.</source>
        <translation>Die Einstellung wird nur in den Metadaten gespeichert; Übernehmen listet auf, was gegebenenfalls auf dem Host auszuführen ist.</translation>
    </message>
    <message>
        <source>Install PV drivers in the guest that bind the exposed device, or expose the device its drivers bind.</source>
        <translation>Installieren Sie im Gast PV-Treiber, die das bereitgestellte Gerät binden, oder stellen Sie das Gerät bereit, das seine Treiber binden.</translation>
    </message>
    <message>
        <source>The record is the guest&apos;s own (XENFILT\Parameters\ActiveDeviceID); xpconsole cannot change it. If it names a device that is no longer exposed, expose that device again with the same ID, revision and subsystem, or clear the record in the guest before the change. To move xenbus to the vendor device, follow the driver vendor&apos;s procedure in the guest.</source>
        <translation>Der Eintrag gehört dem Gast selbst (XENFILT\Parameters\ActiveDeviceID); xpconsole kann ihn nicht ändern. Nennt er ein Gerät, das nicht mehr bereitgestellt wird, stellen Sie dieses Gerät mit derselben ID, Revision und demselben Subsystem wieder bereit oder löschen Sie den Eintrag im Gast vor der Änderung. Für den Wechsel von xenbus zum Herstellergerät folgen Sie im Gast dem Verfahren des Treiberherstellers.</translation>
    </message>
    <message>
        <source>Change the refused device setting: the VM would not start as configured. A xen-pvdevice needs a QEMU built with Xen support; on a plain KVM host remove it.</source>
        <translation>Ändern Sie die abgelehnte Geräteeinstellung: So konfiguriert würde die VM nicht starten. Ein xen-pvdevice braucht ein QEMU mit Xen-Unterstützung; auf einem reinen KVM-Host entfernen Sie es.</translation>
    </message>
    <message>
        <source>Push any change (or the same settings again) to make the definition match the metadata, or change the metadata to what the definition has.</source>
        <translation>Übertragen Sie eine beliebige Änderung (oder dieselben Einstellungen erneut), damit die Definition den Metadaten entspricht, oder ändern Sie die Metadaten auf das, was die Definition hat.</translation>
    </message>
    <message>
        <source>Add the change &quot;Take over another tool&apos;s vendor device&quot; (take-over=vendor-device) to let xpconsole manage it, or remove it with the tool that added it.</source>
        <translation>Fügen Sie die Änderung „Herstellergerät eines anderen Werkzeugs übernehmen“ (take-over=vendor-device) hinzu, damit xpconsole es verwaltet, oder entfernen Sie es mit dem Werkzeug, das es hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Keep one vendor device: remove the others from the device-model command line.</source>
        <translation>Behalten Sie ein Herstellergerät: Entfernen Sie die anderen von der Befehlszeile des Gerätemodells.</translation>
    </message>
    <message>
        <source>Set the device model in the metadata to what the definition runs (Device model change), or change the domain&apos;s emulator.</source>
        <translation>Setzen Sie das Gerätemodell in den Metadaten auf das, was die Definition startet (Änderung Gerätemodell), oder ändern Sie den Emulator der Domäne.</translation>
    </message>
    <message>
        <source>Nothing to do for Xen PV drivers here: no platform device is exposed, so none binds.</source>
        <translation>Für Xen-PV-Treiber ist hier nichts zu tun: Es wird kein Plattformgerät bereitgestellt, also bindet keiner.</translation>
    </message>
    <message>
        <source>Correct the guest OS in the metadata (or reinstall as recorded): the prediction uses the metadata&apos;s.</source>
        <translation>Korrigieren Sie das Gastbetriebssystem in den Metadaten (oder installieren Sie wie erfasst neu): Die Vorhersage verwendet das der Metadaten.</translation>
    </message>
    <message>
        <source>Correct the metadata to what the guest reports (What if, or xpctl apply with driver+= and driver-=); the prediction already follows the guest.</source>
        <translation>Korrigieren Sie die Metadaten auf das, was der Gast meldet (Was wäre wenn, oder xpctl apply mit driver+= und driver-=); die Vorhersage folgt bereits dem Gast.</translation>
    </message>
    <message>
        <source>Import a new inventory from the running guest (pnputil /enum-drivers and /enum-devices /drivers) before relying on this prediction.</source>
        <translation>Importieren Sie ein neues Inventar aus dem laufenden Gast (pnputil /enum-drivers und /enum-devices /drivers), bevor Sie sich auf diese Vorhersage verlassen.</translation>
    </message>
    <message>
        <source>Compare the bound driver with the record: an installed package missing from the catalogue, a newer build of a package, or a stale active-device record are the usual causes. Until they agree, preview the next boot with care.</source>
        <translation>Vergleichen Sie den gebundenen Treiber mit den Angaben zur VM: Übliche Ursachen sind ein installiertes Paket, das im Katalog fehlt, ein neuerer Build eines Pakets oder ein veralteter Eintrag für das aktive Gerät. Bis beides übereinstimmt, bewerten Sie die Vorschau des nächsten Starts mit Vorsicht.</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again when the findings below are acceptable (VM menu, Shut Down and Start to Apply); a reboot from inside the guest keeps the running definition.</source>
        <translation>Fahren Sie die VM herunter und starten Sie sie wieder, sobald die folgenden Befunde akzeptabel sind (Menü VM, Herunterfahren und starten, um anzuwenden); ein Neustart aus dem Gast heraus behält die laufende Definition bei.</translation>
    </message>
    <message>
        <source>Open the driver migration wizard (VM menu, Migrate Drivers) to finish the migration or roll it back; it resumes at the next step. Ask whoever recorded the last step before you go on.</source>
        <translation>Öffnen Sie den Assistenten für die Treibermigration (Menü VM, Treiber migrieren), um die Migration abzuschließen oder zurückzusetzen; er setzt beim nächsten Schritt fort. Sprechen Sie sich vor dem Fortfahren mit der Person ab, die den letzten Schritt erfasst hat.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Nothing breaks: the guest keeps its drivers. To give it the offered ones, move it off the installed stack with the driver migration wizard (VM menu, Migrate Drivers).</source>
        <translation>Nichts geht kaputt: Der Gast behält seine Treiber. Damit er die angebotenen erhält, lösen Sie ihn mit dem Assistenten für die Treibermigration (Menü VM, Treiber migrieren) vom installierten Stapel.</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Die Verbindung zu %1 kann nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2; reconnecting</source>
        <translation>Verbindung zu %1 verloren: %2; Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Listing %1 failed: %2</source>
        <translation>Auflisten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n VM(s)</source>
        <translation>
            <numerusform>%1: %n VM</numerusform>
            <numerusform>%1: %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Verbindung zu %1 geschlossen</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver has no guest agents.</source>
        <translation>Der Testtreiber von libvirt hat keine Gastagenten.</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>--format needs a value</source>
        <translation>--format benötigt einen Wert</translation>
    </message>
    <message>
        <source>--fail-on needs info, warning or error</source>
        <translation>--fail-on benötigt info, warning oder error</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE</source>
        <translation>--set benötigt KEY=VALUE</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>unbekannte Option &apos;%1&apos; für %2</translation>
    </message>
    <message>
        <source>--format must be %1 or json</source>
        <translation>--format muss %1 oder json sein</translation>
    </message>
    <message>
        <source>list takes no VM name</source>
        <translation>list akzeptiert keinen VM-Namen</translation>
    </message>
    <message>
        <source>%1 needs exactly one VM name</source>
        <translation>%1 benötigt genau einen VM-Namen</translation>
    </message>
    <message>
        <source>--set is only for preview and apply</source>
        <translation>--set gilt nur für preview und apply</translation>
    </message>
    <message>
        <source>the driver catalogue could not be loaded from %1</source>
        <translation>der Treiberkatalog konnte nicht aus %1 geladen werden</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>FLAVOUR</source>
        <translation>GERÄTEMODELL</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>TREIBER</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>BEFUNDE</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>keine VM namens &apos;%1&apos; auf %2</translation>
    </message>
    <message>
        <source>--pnputil needs the file that `pnputil /enum-drivers` wrote</source>
        <translation>--pnputil braucht die Datei, die `pnputil /enum-drivers` geschrieben hat</translation>
    </message>
    <message>
        <source>--inf needs an .inf file</source>
        <translation>--inf braucht eine .inf-Datei</translation>
    </message>
    <message>
        <source>--pnputil and --inf are for show and preview</source>
        <translation>--pnputil und --inf gelten nur für show und preview</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Show &amp;All Connections</source>
        <translation>Alle Verbindungen &amp;zeigen</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>Virtuelle Maschinen filtern</translation>
    </message>
    <message>
        <source>Filter by name, host, OS, device, driver or finding (Ctrl+F)</source>
        <translation>Nach Name, Host, Betriebssystem, Gerät, Treiber oder Befund filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <source>No VM matches “%1”: Esc clears the filter.</source>
        <translation>Keine VM passt zu „%1“: Esc löscht den Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n VM(s)</source>
        <translation>
            <numerusform>%1 von %n VM</numerusform>
            <numerusform>%1 von %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 only</source>
        <translation>nur auf %1</translation>
    </message>
    <message>
        <source>%1, shown below, is hidden by the filter</source>
        <translation>%1 (unten angezeigt) wird vom Filter ausgeblendet</translation>
    </message>
</context>
<context>
    <name>FleetWhatIf</name>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>needs a step in the guest</source>
        <translation>braucht einen Schritt im Gast</translation>
    </message>
    <message>
        <source>loses PV drivers</source>
        <translation>verliert die PV-Treiber</translation>
    </message>
    <message>
        <source>will not boot or two stacks</source>
        <translation>startet nicht oder zwei Stapel</translation>
    </message>
    <message>
        <source>changes, nothing new wrong</source>
        <translation>ändert sich, kein neues Problem</translation>
    </message>
</context>
<context>
    <name>FleetWhatIfDialog</name>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>&amp;Preview on the Fleet</source>
        <translation>Auf der &amp;Flotte vorausberechnen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Fleet what-if</source>
        <translation>Was wäre wenn – Flotte</translation>
    </message>
    <message>
        <source>Compose a change and preview it on every VM of every connection. Nothing is written.</source>
        <translation>Stellen Sie eine Änderung zusammen und berechnen Sie sie für jede VM jeder Verbindung voraus. Nichts wird geschrieben.</translation>
    </message>
    <message>
        <source>VMs and what the change does to each</source>
        <translation>VMs und was die Änderung bei jeder bewirkt</translation>
    </message>
    <message>
        <source>VMs per outcome</source>
        <translation>VMs je Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Previewing the change on %n VM(s)…</source>
        <translation>
            <numerusform>Berechne die Änderung für %n VM voraus …</numerusform>
            <numerusform>Berechne die Änderung für %n VMs voraus …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>Abgebrochen: %n VM vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>Abgebrochen: %n VMs vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n VM vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>%n VMs vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rest on uncertain facts (marked).</source>
        <translation>
            <numerusform>%n davon beruht auf unsicheren Fakten (markiert).</numerusform>
            <numerusform>%n davon beruhen auf unsicheren Fakten (markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to pick the VMs of one outcome first.</source>
        <translation>Klicken Sie zuerst auf einen Balken, um die VMs eines Ergebnisses auszuwählen.</translation>
    </message>
    <message>
        <source>The change does nothing to these VMs.</source>
        <translation>Die Änderung bewirkt bei diesen VMs nichts.</translation>
    </message>
    <message>
        <source>These VMs are on several connections: a bulk change runs on one.</source>
        <translation>Diese VMs liegen auf mehreren Verbindungen: Eine Massenänderung läuft auf einer.</translation>
    </message>
    <message>
        <source>Sho&amp;w All VMs</source>
        <translation>Alle VMs &amp;zeigen</translation>
    </message>
    <message>
        <source>Apply to the VMs in This Out&amp;come…</source>
        <translation>Auf diese VMs an&amp;wenden…</translation>
    </message>
</context>
<context>
    <name>GuestAgent</name>
    <message>
        <source>libvirt reported a failure without a message</source>
        <translation>libvirt meldete einen Fehler ohne Meldungstext</translation>
    </message>
    <message>
        <source>The guest agent answered without any OS information.</source>
        <translation>Der Gastagent hat ohne OS-Angaben geantwortet.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s in the guest; it is left running there.</source>
        <translation>%1 ist im Gast nicht innerhalb von %2 s fertig geworden; es läuft dort weiter.</translation>
    </message>
    <message>
        <source>Stopped waiting for %1; it is left running in the guest.</source>
        <translation>Warten auf %1 abgebrochen; es läuft im Gast weiter.</translation>
    </message>
</context>
<context>
    <name>GuestFacts</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>release: the guest agent reported Windows %1 build %2, which is not a Windows release xpconsole knows</source>
        <translation>Release: Der Gastagent meldete Windows %1 Build %2, ein Windows-Release, das xpconsole nicht kennt</translation>
    </message>
    <message>
        <source>release: %1 is a distribution kernel; which upstream point release (and so which backports) it carries is not in the guest agent&apos;s report</source>
        <translation>Release: %1 ist ein Distributionskernel; welches Upstream-Point-Release (und damit welche Backports) er enthält, steht nicht im Bericht des Gastagenten</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>installs drivers</source>
        <translation>installiert Treiber</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>declared in xpconsole&apos;s metadata: %1</source>
        <translation>in den Metadaten von xpconsole angegeben: %1</translation>
    </message>
    <message>
        <source>libosinfo (intended at install): %1</source>
        <translation>libosinfo (bei der Installation vorgesehen): %1</translation>
    </message>
    <message>
        <source>The guest agent reports %1 %2, but the metadata declares %3 %4. The prediction follows the guest agent; correct the metadata.</source>
        <translation>Der Gastagent meldet %1 %2, die Metadaten geben aber %3 %4 an. Die Vorhersage folgt dem Gastagenten; korrigieren Sie die Metadaten.</translation>
    </message>
    <message>
        <source>guest agent at %1</source>
        <translation>Gastagent um %1</translation>
    </message>
    <message>
        <source>The guest agent&apos;s report</source>
        <translation>Der Bericht des Gastagenten</translation>
    </message>
    <message>
        <source>Installed drivers</source>
        <translation>Installierte Treiber</translation>
    </message>
    <message>
        <source>installed drivers: only pnputil /enum-devices was imported, so packages bound to no device are not known</source>
        <translation>installierte Treiber: Nur pnputil /enum-devices wurde importiert, daher sind Pakete ohne gebundenes Gerät nicht bekannt</translation>
    </message>
    <message>
        <source>installed drivers: %1 match no catalogue package and take no part in the prediction</source>
        <translation>installierte Treiber: %1 entsprechen keinem Katalogpaket und gehen nicht in die Vorhersage ein</translation>
    </message>
    <message>
        <source>The imported driver inventory has %1 installed, but the metadata declares %2. The prediction follows the inventory; correct the metadata.</source>
        <translation>Laut importiertem Treiberinventar ist %1 installiert, die Metadaten geben aber %2 an. Die Vorhersage folgt dem Inventar; korrigieren Sie die Metadaten.</translation>
    </message>
    <message>
        <source>The driver inventory (%1)</source>
        <translation>Das Treiberinventar (%1)</translation>
    </message>
    <message>
        <source>Driver on %1</source>
        <translation>Treiber auf %1</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>kein Treiber</translation>
    </message>
    <message>
        <source>no driver (problem %1)</source>
        <translation>kein Treiber (Problem %1)</translation>
    </message>
    <message>
        <source>%1 is from %2, before the VM&apos;s last boot: the guest may have changed since.</source>
        <translation>%1 stammt von %2, vor dem letzten Start der VM: Der Gast kann sich seitdem geändert haben.</translation>
    </message>
    <message>
        <source>reported by the guest agent</source>
        <translation>vom Gastagenten gemeldet</translation>
    </message>
    <message>
        <source>imported (%1)</source>
        <translation>importiert (%1)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>declared in xpconsole&apos;s metadata</source>
        <translation>in den Metadaten von xpconsole angegeben</translation>
    </message>
    <message>
        <source>libosinfo: intended at install</source>
        <translation>libosinfo: bei der Installation vorgesehen</translation>
    </message>
    <message>
        <source>not recorded (default)</source>
        <translation>nicht erfasst (Vorgabe)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>read through the guest agent (%1)</source>
        <translation>über den Gastagenten gelesen (%1)</translation>
    </message>
</context>
<context>
    <name>GuestInventory</name>
    <message>
        <source>%1 %2 from %3 is catalogue package %4 (same provider, class and major version).</source>
        <translation>%1 %2 von %3 ist das Katalogpaket %4 (gleicher Anbieter, gleiche Klasse und Hauptversion).</translation>
    </message>
    <message>
        <source>No catalogue package from %1 with version %2.x; it does not take part in the preview.</source>
        <translation>Kein Katalogpaket von %1 mit Version %2.x; es geht nicht in die Vorschau ein.</translation>
    </message>
</context>
<context>
    <name>GuestTab</name>
    <message>
        <source>Guest agent: not asked.</source>
        <translation>Gastagent: nicht gefragt.</translation>
    </message>
    <message>
        <source>Guest agent: answered at %1.</source>
        <translation>Gastagent: hat um %1 geantwortet.</translation>
    </message>
    <message>
        <source>Guest agent: the VM is not running.</source>
        <translation>Gastagent: Die VM läuft nicht.</translation>
    </message>
    <message>
        <source>Guest agent: the VM has no agent channel.</source>
        <translation>Gastagent: Die VM hat keinen Agentenkanal.</translation>
    </message>
    <message>
        <source>Guest agent: did not answer at %1 (not installed, not started yet, or hung).</source>
        <translation>Gastagent: hat um %1 nicht geantwortet (nicht installiert, noch nicht gestartet oder hängt).</translation>
    </message>
    <message>
        <source>Guest agent: this libvirt driver cannot ask it.</source>
        <translation>Gastagent: Dieser libvirt-Treiber kann ihn nicht fragen.</translation>
    </message>
    <message>
        <source>Guest agent: not allowed on this connection.</source>
        <translation>Gastagent: auf dieser Verbindung nicht erlaubt.</translation>
    </message>
    <message>
        <source>Guest agent: asking failed at %1.</source>
        <translation>Gastagent: Die Anfrage um %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction confirmed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorhersage bestätigt.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction differs.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorhersage weicht ab.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction not checked.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorhersage nicht geprüft.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Import pnputil Output…</source>
        <translation>pnputil-Ausgabe &amp;importieren…</translation>
    </message>
    <message>
        <source>Guest facts and their sources</source>
        <translation>Angaben zum Gast und ihre Quellen</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Predicted and bound driver per Xen device</source>
        <translation>Vorhergesagter und gebundener Treiber je Xen-Gerät</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Bound in the guest</source>
        <translation>Im Gast gebunden</translation>
    </message>
    <message>
        <source>Import the output of pnputil /enum-drivers and pnputil /enum-devices /drivers saved in the guest: it replaces the VM&apos;s inventory, through a reviewed push.</source>
        <translation>Im Gast gespeicherte Ausgaben von pnputil /enum-drivers und pnputil /enum-devices /drivers importieren: Sie ersetzen das Inventar der VM über einen geprüften Push.</translation>
    </message>
    <message>
        <source>%1, before the last boot</source>
        <translation>%1, vor dem letzten Start</translation>
    </message>
    <message>
        <source>%1, last boot not seen</source>
        <translation>%1, letzter Start nicht beobachtet</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>(not exposed)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
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
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>Die Datei enthält ein NUL-Zeichen: Sie ist kein Text oder UTF-16 ohne Byte-Order-Mark.</translation>
    </message>
</context>
<context>
    <name>InventoryCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for inventory</source>
        <translation>unbekannte Option &apos;%1&apos; für inventory</translation>
    </message>
    <message>
        <source>usage: xpctl inventory import DIR [--dry-run]</source>
        <translation>Aufruf: xpctl inventory import DIR [--dry-run]</translation>
    </message>
    <message>
        <source>the driver catalogue could not be loaded from %1</source>
        <translation>der Treiberkatalog konnte nicht aus %1 geladen werden</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Xen driver packages and %2 Xen devices kept; %3 other packages and %4 other devices counted</source>
        <translation>%1 Xen-Treiberpakete und %2 Xen-Geräte übernommen; %3 andere Pakete und %4 andere Geräte nur gezählt</translation>
    </message>
    <message>
        <source>replaces the inventory imported %1 from %2</source>
        <translation>ersetzt das am %1 aus %2 importierte Inventar</translation>
    </message>
    <message>
        <source>predicted driver at the next boot: %1 (was %2)</source>
        <translation>vorhergesagter Treiber beim nächsten Start: %1 (bisher %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>prediction check: %1</source>
        <translation>Prüfung der Vorhersage: %1</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>Probelauf: nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>InventoryFiles</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: the folder has no files</source>
        <translation>%1: Der Ordner enthält keine Dateien</translation>
    </message>
    <message>
        <source>%1: matches no VM (name the file after the VM&apos;s name or UUID, e.g. NAME.txt or NAME-devices.txt)</source>
        <translation>%1: passt zu keiner VM (benennen Sie die Datei nach Name oder UUID der VM, z. B. NAME.txt oder NAME-devices.txt)</translation>
    </message>
    <message>
        <source>%1: matches %2 VMs: %3; name it after the UUID</source>
        <translation>%1: passt zu %2 VMs: %3; benennen Sie die Datei nach der UUID</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>The file holds pnputil&apos;s title line and no records.</source>
        <translation>Die Datei enthält die Titelzeile von pnputil und keine Einträge.</translation>
    </message>
    <message>
        <source>Two outputs of pnputil /enum-drivers for one VM: %1 and %2. Keep one.</source>
        <translation>Zwei Ausgaben von pnputil /enum-drivers für eine VM: %1 und %2. Behalten Sie eine.</translation>
    </message>
    <message>
        <source>Two outputs of pnputil /enum-devices for one VM: %1 and %2. Keep one.</source>
        <translation>Zwei Ausgaben von pnputil /enum-devices für eine VM: %1 und %2. Behalten Sie eine.</translation>
    </message>
</context>
<context>
    <name>InventoryMetadata</name>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: %4</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: %4</translation>
    </message>
    <message>
        <source>expected a UTC time such as 2026-12-07T10:00:00Z</source>
        <translation>UTC-Zeit wie 2026-12-07T10:00:00Z erwartet</translation>
    </message>
    <message>
        <source>expected a date such as 2021-07-01</source>
        <translation>Datum wie 2021-07-01 erwartet</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes oder no erwartet</translation>
    </message>
    <message>
        <source>expected a count (0-1000000)</source>
        <translation>Anzahl erwartet (0-1000000)</translation>
    </message>
    <message>
        <source>expected file or guest-agent</source>
        <translation>file oder guest-agent erwartet</translation>
    </message>
    <message>
        <source>&lt;package&gt;: the published attribute (oemNN.inf) is missing</source>
        <translation>&lt;package&gt;: das Attribut published (oemNN.inf) fehlt</translation>
    </message>
    <message>
        <source>&lt;device&gt;: the instance attribute is missing</source>
        <translation>&lt;device&gt;: das Attribut instance fehlt</translation>
    </message>
</context>
<context>
    <name>LibosinfoOs</name>
    <message>
        <source>Windows build: libosinfo&apos;s %1 covers several builds; %2 is assumed</source>
        <translation>Windows-Build: libosinfos %1 umfasst mehrere Builds; %2 wird angenommen</translation>
    </message>
    <message>
        <source>Linux kernel: libosinfo&apos;s %1 names the distribution, whose kernel series is %2; the point release, which decides 0002 support, is not known</source>
        <translation>Linux-Kernel: libosinfos %1 nennt die Distribution, deren Kernel-Reihe %2 ist; die Unterversion, die über die 0002-Unterstützung entscheidet, ist unbekannt</translation>
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
    <name>LibvirtWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its output was cut at %2 bytes</source>
        <translation>%1: Die Ausgabe wurde bei %2 Bytes abgeschnitten</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2: %3</source>
        <translation>%1 endete mit Exit-Code %2: %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>xpconsole</source>
        <translation>xpconsole</translation>
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
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>Apply the blacklist of %1</source>
        <translation>Sperrliste von %1 anwenden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 is no longer listed</source>
        <translation>%1 ist nicht mehr aufgeführt</translation>
    </message>
    <message>
        <source>It was undefined or its connection was closed. Your edit stays in the editor.</source>
        <translation>Die VM wurde entfernt (undefine) oder ihre Verbindung geschlossen. Ihre Bearbeitung bleibt im Editor erhalten.</translation>
    </message>
    <message>
        <source>V&amp;M</source>
        <translation>V&amp;M</translation>
    </message>
    <message>
        <source>Edit &amp;Blacklist</source>
        <translation>&amp;Sperrliste bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Bulk change covers the VMs of one connection at a time: %n selected VM(s) of other connections left out.</source>
        <translation>
            <numerusform>Eine Massenänderung umfasst jeweils nur die VMs einer Verbindung: %n ausgewählte VM anderer Verbindungen wurde ausgelassen.</numerusform>
            <numerusform>Eine Massenänderung umfasst jeweils nur die VMs einer Verbindung: %n ausgewählte VMs anderer Verbindungen wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;ulk Change…</source>
        <translation>Massenä&amp;nderung…</translation>
    </message>
    <message>
        <source>&amp;Migrate Drivers…</source>
        <translation>Treiber &amp;migrieren…</translation>
    </message>
    <message>
        <source>Shut down and start %1</source>
        <translation>%1 herunterfahren und starten</translation>
    </message>
    <message>
        <source>Shut %1 down and start it again? The guest is asked to shut down; its services are unavailable until it is back. Then its next boot takes effect: %2.</source>
        <translation>%1 herunterfahren und wieder starten? Der Gast wird gebeten, herunterzufahren; seine Dienste sind nicht verfügbar, bis er wieder läuft. Danach gilt sein nächster Start: %2.</translation>
    </message>
    <message>
        <source>%1 does not shut down</source>
        <translation>%1 fährt nicht herunter</translation>
    </message>
    <message>
        <source>%1 has not shut down yet. Force it off? That is like pulling the plug: whatever the guest has not saved is lost. No keeps waiting.</source>
        <translation>%1 ist noch nicht heruntergefahren. Hart ausschalten? Das ist, als zöge man den Stecker: Was der Gast nicht gespeichert hat, geht verloren. Nein wartet weiter.</translation>
    </message>
    <message>
        <source>%1 was not shut down and started again</source>
        <translation>%1 wurde nicht heruntergefahren und wieder gestartet</translation>
    </message>
    <message>
        <source>Check the VM&apos;s state: it may be shut off. Its next boot still holds the pending changes.</source>
        <translation>Prüfen Sie den Zustand der VM: Sie ist möglicherweise ausgeschaltet. Ihr nächster Start enthält weiterhin die ausstehenden Änderungen.</translation>
    </message>
    <message>
        <source>Shut Down and Start to &amp;Apply…</source>
        <translation>Herunterfahren und s&amp;tarten, um anzuwenden…</translation>
    </message>
    <message>
        <source>Pending changes take effect when the VM is shut down and started again.</source>
        <translation>Ausstehende Änderungen werden wirksam, wenn die VM heruntergefahren und wieder gestartet wird.</translation>
    </message>
    <message>
        <source>Stop waiting for %1</source>
        <translation>Nicht mehr auf %1 warten</translation>
    </message>
    <message>
        <source>Stop following the power cycle of %1</source>
        <translation>Aus- und Einschalten von %1 nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Stop following the power cycle of %1? If the guest is still shutting down it stays off, and nothing starts it again.</source>
        <translation>Das Aus- und Einschalten von %1 nicht mehr verfolgen? Fährt der Gast noch herunter, bleibt er ausgeschaltet, und nichts startet ihn wieder.</translation>
    </message>
    <message>
        <source>Import pnputil Output</source>
        <translation>pnputil-Ausgabe importieren</translation>
    </message>
    <message>
        <source>Saved pnputil output (*.txt *.log);;All files (*)</source>
        <translation>Gespeicherte pnputil-Ausgabe (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>Cannot apply the change</source>
        <translation>Änderung kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>Apply the what-if changes to %1</source>
        <translation>Was-wäre-wenn-Änderungen auf %1 anwenden</translation>
    </message>
    <message>
        <source>VM &amp;Details</source>
        <translation>VM-&amp;Details</translation>
    </message>
    <message>
        <source>%1 is read-only: reconnect it read-write to apply the change.</source>
        <translation>%1 ist schreibgeschützt: Verbinden Sie sie mit Schreibzugriff neu, um die Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>&amp;Fleet What If…</source>
        <translation>&amp;Flotte: Was wäre wenn …</translation>
    </message>
    <message>
        <source>Writing the fleet report…</source>
        <translation>Der Flottenbericht wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the fleet report of %n VM(s) to %1.</source>
        <translation>
            <numerusform>Flottenbericht mit %n VM nach %1 geschrieben.</numerusform>
            <numerusform>Flottenbericht mit %n VMs nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>E&amp;xport Fleet Report…</source>
        <translation>Flottenbericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export Fleet Report</source>
        <translation>Flottenbericht exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Fleet &amp;Strategies…</source>
        <translation>Flotte: Strategi&amp;en …</translation>
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
    <message>
        <source>&lt;guest edition=&quot;%1&quot;&gt;: expected server or workstation</source>
        <translation>&lt;guest edition=&quot;%1&quot;&gt;: server oder workstation erwartet</translation>
    </message>
    <message>
        <source>The metadata element declares its namespace prefix twice; it is shown read-only.</source>
        <translation>Das Metadatenelement deklariert sein Namensraumpräfix zweimal; es wird schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>The xpconsole metadata is refused: %1 It is shown read-only and kept as it is.</source>
        <translation>Die xpconsole-Metadaten werden abgelehnt: %1 Sie werden schreibgeschützt angezeigt und unverändert beibehalten.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in namespace &apos;%2&apos;: inside &lt;%3&gt;, the elements of xpconsole&apos;s namespace, and only those, must use its namespace prefix; the metadata is shown read-only.</source>
        <translation>&lt;%1&gt; im Namensraum &apos;%2&apos;: Innerhalb von &lt;%3&gt; müssen die Elemente des Namensraums von xpconsole, und nur diese, dessen Namensraumpräfix verwenden; die Metadaten werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <source>&lt;device-model flavour=&quot;%1&quot;&gt;: unknown device model (one of %2)</source>
        <translation>&lt;device-model flavour=&quot;%1&quot;&gt;: unbekanntes Gerätemodell (eines von %2)</translation>
    </message>
    <message>
        <source>&lt;device-model profile=&quot;%1&quot;&gt;: unknown XenServer device-model profile (one of qemu-upstream-compat, qemu-upstream-uefi)</source>
        <translation>&lt;device-model profile=&quot;%1&quot;&gt;: unbekanntes Device-Model-Profil von XenServer (eines von qemu-upstream-compat, qemu-upstream-uefi)</translation>
    </message>
    <message>
        <source>&lt;%1 hardware-id=&quot;%2&quot;&gt;: not a full PCI device ID such as PCI\VEN_5853&amp;DEV_0001&amp;SUBSYS_00015853&amp;REV_01</source>
        <translation>&lt;%1 hardware-id=&quot;%2&quot;&gt;: keine vollständige PCI-Geräte-ID wie PCI\VEN_5853&amp;DEV_0001&amp;SUBSYS_00015853&amp;REV_01</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears more than once, where the schema has it once; which one holds is not clear, so the metadata is shown read-only and kept as it is.</source>
        <translation>&lt;%1&gt; kommt mehrfach vor, obwohl das Schema es nur einmal vorsieht; welches gilt, ist unklar. Die Metadaten werden daher schreibgeschützt angezeigt und unverändert belassen.</translation>
    </message>
</context>
<context>
    <name>MigrationMetadata</name>
    <message>
        <source>&lt;migration %1=&quot;%2&quot;&gt;: %3</source>
        <translation>&lt;migration %1=&quot;%2&quot;&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;migration&gt;: the package attribute is missing</source>
        <translation>&lt;migration&gt;: das Attribut package fehlt</translation>
    </message>
    <message>
        <source>expected ID:REV</source>
        <translation>ID:REV erwartet</translation>
    </message>
    <message>
        <source>expected off or ID:REV</source>
        <translation>off oder ID:REV erwartet</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes oder no erwartet</translation>
    </message>
    <message>
        <source>expected the number of steps (0-1000)</source>
        <translation>Anzahl der Schritte erwartet (0-1000)</translation>
    </message>
    <message>
        <source>expected a number of completed steps, at most steps</source>
        <translation>Anzahl abgeschlossener Schritte erwartet, höchstens der Wert von steps</translation>
    </message>
    <message>
        <source>expected in-progress, done or rolled-back</source>
        <translation>in-progress, done oder rolled-back erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>Datum und Uhrzeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>&lt;migration&gt;&lt;rollback change=&quot;%1&quot;&gt;: not a --set change that can be written</source>
        <translation>&lt;migration&gt;&lt;rollback change=&quot;%1&quot;&gt;: keine --set-Änderung, die geschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>MigrationPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The steps in order, each with the next boot it leads to and its way back. Nothing has been written yet; each step is shown as a diff before it is applied.</source>
        <translation>Die Schritte in ihrer Reihenfolge, jeweils mit dem nächsten Start, zu dem sie führen, und ihrem Weg zurück. Noch wurde nichts geschrieben; jeder Schritt wird als Diff angezeigt, bevor er angewendet wird.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Migrationsschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Erfasste Änderungen</translation>
    </message>
    <message>
        <source>Next boot after it</source>
        <translation>Nächster Start danach</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>VM change (libvirt)</source>
        <translation>VM-Änderung (libvirt)</translation>
    </message>
    <message>
        <source>You, in the guest</source>
        <translation>Sie, im Gast</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>Aus- und Einschalten</translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation>(unsicher)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Error at this boot: %1</source>
        <translation>Fehler bei diesem Start: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) lead to a boot with an error finding that no order of the steps avoids: read their explanation before you apply them.</source>
        <translation>
            <numerusform>%n Schritt führt zu einem Start mit einem Fehlerbefund, den keine Reihenfolge der Schritte vermeidet: Lesen Sie seine Erläuterung, bevor Sie ihn anwenden.</numerusform>
            <numerusform>%n Schritte führen zu einem Start mit einem Fehlerbefund, den keine Reihenfolge der Schritte vermeidet: Lesen Sie ihre Erläuterung, bevor Sie sie anwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over a step for its full explanation. Your progress is recorded in %1&apos;s metadata with every step: you can close the wizard and continue later, here or on another console.</source>
        <translation>Zeigen Sie mit der Maus auf einen Schritt, um seine vollständige Erläuterung zu sehen. Ihr Fortschritt wird mit jedem Schritt in den Metadaten von %1 erfasst: Sie können den Assistenten schließen und später fortfahren, hier oder an einer anderen Konsole.</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>qemu-traditional has no xen-pvdevice: it cannot expose a vendor device.</source>
        <translation>qemu-traditional hat kein xen-pvdevice: Es kann kein Herstellergerät bereitstellen.</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01.</source>
        <translation>Das has-vendor-device von XenServer kann nur 5853:c000 rev 01 hinzufügen.</translation>
    </message>
    <message>
        <source>xen-pvdevice refuses device ID 0xffff (it means unset).</source>
        <translation>xen-pvdevice lehnt die Geräte-ID 0xffff ab (sie bedeutet: nicht gesetzt).</translation>
    </message>
    <message>
        <source>The VM&apos;s xpconsole metadata is read-only: nothing can be written to it (%1).</source>
        <translation>Die xpconsole-Metadaten der VM sind schreibgeschützt: Es kann nichts in sie geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): no driver can be planned.</source>
        <translation>Das Gastbetriebssystem ist nicht in den Metadaten erfasst (&lt;guest os=...&gt;): Es lässt sich kein Treiber planen.</translation>
    </message>
    <message>
        <source>%1 is not in the driver catalogue.</source>
        <translation>%1 ist nicht im Treiberkatalog enthalten.</translation>
    </message>
    <message>
        <source>%1 is not a driver for this guest&apos;s OS (%2).</source>
        <translation>%1 ist kein Treiber für das Betriebssystem dieses Gasts (%2).</translation>
    </message>
    <message>
        <source>No order of the steps applies to this VM&apos;s configuration.</source>
        <translation>Keine Reihenfolge der Schritte ist auf die Konfiguration dieser VM anwendbar.</translation>
    </message>
    <message>
        <source>Step %1 cannot be rolled back exactly: %2</source>
        <translation>Schritt %1 lässt sich nicht exakt zurücksetzen: %2</translation>
    </message>
    <message>
        <source>No driver migration is recorded for this VM.</source>
        <translation>Für diese VM ist keine Treibermigration erfasst.</translation>
    </message>
    <message>
        <source>The recorded way back to the start no longer applies: %1</source>
        <translation>Der erfasste Weg zurück zum Ausgangszustand gilt nicht mehr: %1</translation>
    </message>
    <message>
        <source>The recorded migration has %1 steps; planned again from its start it has %2 (a different xpconsole or driver catalogue?).</source>
        <translation>Die erfasste Migration hat %1 Schritte; vom Ausgangszustand aus neu geplant hat sie %2 (eine andere xpconsole-Version oder ein anderer Treiberkatalog?).</translation>
    </message>
    <message>
        <source>The VM was changed outside the wizard after step %1 was recorded.</source>
        <translation>Die VM wurde außerhalb des Assistenten geändert, nachdem Schritt %1 erfasst wurde.</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; only xenserver and xenserver-trad can expose another device ID or revision.</source>
        <translation>Das Gerätemodell %1 hat ein festes Plattformgerät 5853:0001 rev 01; nur xenserver und xenserver-trad können eine andere Geräte-ID oder Revision bereitstellen.</translation>
    </message>
</context>
<context>
    <name>MigrationPowerCycle</name>
    <message>
        <source>Shut down and start %1</source>
        <translation>%1 herunterfahren und starten</translation>
    </message>
    <message>
        <source>Shut %1 down and start it again now? The guest is asked to shut down; its services are unavailable until it is back. Then its next boot takes effect (%2) and step %3 is recorded.</source>
        <translation>%1 jetzt herunterfahren und wieder starten? Der Gast wird gebeten, herunterzufahren; seine Dienste sind nicht verfügbar, bis er wieder läuft. Danach gilt sein nächster Start (%2), und Schritt %3 wird erfasst.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Start %1 now? It starts from its definition, and step %2 is recorded.</source>
        <translation>%1 jetzt starten? Sie startet mit ihrer Definition, und Schritt %2 wird erfasst.</translation>
    </message>
</context>
<context>
    <name>MigrationPreCheckPage</name>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>The VM as it is now and what its next boot would bring.</source>
        <translation>Die VM in ihrem aktuellen Zustand und was ihr nächster Start bringen würde.</translation>
    </message>
    <message>
        <source>Findings at the next boot</source>
        <translation>Befunde beim nächsten Start</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Why the migration cannot start</source>
        <translation>Warum die Migration nicht starten kann</translation>
    </message>
    <message>
        <source>The VM is not listed on this connection.</source>
        <translation>Die VM ist in dieser Verbindung nicht aufgeführt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2; device model %3; guest: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2; Gerätemodell %3; Gast: %4.</translation>
    </message>
    <message>
        <source>Installed in the guest: %1.</source>
        <translation>Im Gast installiert: %1.</translation>
    </message>
    <message>
        <source>no PV drivers</source>
        <translation>keine PV-Treiber</translation>
    </message>
    <message>
        <source>At the next boot no PV driver is in charge.</source>
        <translation>Beim nächsten Start ist kein PV-Treiber zuständig.</translation>
    </message>
    <message>
        <source>At the next boot %1 is in charge.</source>
        <translation>Beim nächsten Start ist %1 zuständig.</translation>
    </message>
    <message>
        <source>Windows Update installs %1.</source>
        <translation>Windows Update installiert %1.</translation>
    </message>
    <message>
        <source>Nothing to report: the next boot looks healthy.</source>
        <translation>Nichts zu melden: Der nächste Start sieht fehlerfrei aus.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>A migration to %1 is recorded at step %2 of %3 (%4), but it cannot be continued: %5 Planning again starts a new migration from the VM as it is now.</source>
        <translation>Eine Migration zu %1 ist bei Schritt %2 von %3 erfasst (%4), kann aber nicht fortgesetzt werden: %5 Eine neue Planung beginnt eine neue Migration ausgehend vom aktuellen Zustand der VM.</translation>
    </message>
    <message>
        <source>The last migration, to %1, is %2 (%3).</source>
        <translation>Die letzte Migration zu %1 ist %2 (%3).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): record it first, then plan.</source>
        <translation>Das Gastbetriebssystem ist nicht in den Metadaten erfasst (&lt;guest os=...&gt;): Erfassen Sie es zuerst, und planen Sie dann.</translation>
    </message>
    <message>
        <source>Cannot migrate: %1</source>
        <translation>Migration nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>MigrationResultView</name>
    <message>
        <source>Result of the last write</source>
        <translation>Ergebnis des letzten Schreibvorgangs</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Recorded %1: written and read back, every field as written.</source>
        <translation>Erfasst: %1 – geschrieben und zurückgelesen, jedes Feld wie geschrieben.</translation>
    </message>
    <message>
        <source>Nothing written for %1: the definition already holds it.</source>
        <translation>Nichts geschrieben für %1: Die Definition enthält dies bereits.</translation>
    </message>
    <message>
        <source>%1 was written, but libvirt did not keep everything.</source>
        <translation>Geschrieben: %1 – aber libvirt hat nicht alles übernommen.</translation>
    </message>
    <message>
        <source>Compare the VM&apos;s XML with the diff; the wizard continues from what libvirt stored.</source>
        <translation>Vergleichen Sie das XML der VM mit dem Diff; der Assistent arbeitet mit dem Stand weiter, den libvirt gespeichert hat.</translation>
    </message>
    <message>
        <source>Not written: the VM&apos;s definition changed since %1 was prepared (another console or tool).</source>
        <translation>Nicht geschrieben: Die Definition der VM hat sich geändert, seit %1 vorbereitet wurde (andere Konsole oder anderes Werkzeug).</translation>
    </message>
    <message>
        <source>Your step is kept. Press &quot;Prepare again&quot; to see its diff on the new definition, then apply it.</source>
        <translation>Ihr Schritt bleibt erhalten. Klicken Sie auf „Erneut vorbereiten“, um seinen Diff auf Grundlage der neuen Definition zu sehen, und wenden Sie ihn dann an.</translation>
    </message>
    <message>
        <source>Not written: the connection is read-only.</source>
        <translation>Nicht geschrieben: Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Connect without --readonly to record the migration.</source>
        <translation>Stellen Sie die Verbindung ohne --readonly her, um die Migration zu erfassen.</translation>
    </message>
    <message>
        <source>Not written: the VM cannot take %1.</source>
        <translation>Nicht geschrieben: Die VM kann %1 nicht übernehmen.</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>Die Details nennen den Grund.</translation>
    </message>
    <message>
        <source>Not written: libvirt failed to define the VM.</source>
        <translation>Nicht geschrieben: libvirt konnte die VM nicht definieren.</translation>
    </message>
    <message>
        <source>Check the connection and try again; the step is kept.</source>
        <translation>Prüfen Sie die Verbindung, und versuchen Sie es erneut; der Schritt bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>The VM is no longer listed on this connection.</source>
        <translation>Die VM ist in dieser Verbindung nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>The connection to %1 is read-only: the wizard can show the plan, but nothing can be written. Connect without --readonly to migrate.</source>
        <translation>Die Verbindung zu %1 ist schreibgeschützt: Der Assistent kann den Plan anzeigen, aber nichts schreiben. Stellen Sie die Verbindung ohne --readonly her, um zu migrieren.</translation>
    </message>
    <message>
        <source>%1&apos;s xpconsole metadata is read-only (%2): nothing is written to it.</source>
        <translation>Die xpconsole-Metadaten von %1 sind schreibgeschützt (%2): Es wird nichts in sie geschrieben.</translation>
    </message>
    <message>
        <source>%1 is a transient domain: there is no persistent definition to record the migration in.</source>
        <translation>%1 ist eine transiente Domäne: Es gibt keine persistente Definition, in der die Migration erfasst werden könnte.</translation>
    </message>
    <message>
        <source>No migration in progress is recorded for %1.</source>
        <translation>Für %1 ist keine laufende Migration erfasst.</translation>
    </message>
    <message>
        <source>The step no longer applies to the VM&apos;s definition: %1</source>
        <translation>Der Schritt ist auf die Definition der VM nicht mehr anwendbar: %1</translation>
    </message>
</context>
<context>
    <name>MigrationStepPage</name>
    <message>
        <source>&lt;b&gt;Next boot after this step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nächster Start nach diesem Schritt:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>Fehler %1: %2</translation>
    </message>
    <message>
        <source>&amp;Prepare again</source>
        <translation>Erneut &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>One step at a time. Each write records the progress in the VM, so you can close the wizard and continue later.</source>
        <translation>Ein Schritt nach dem anderen. Jeder Schreibvorgang erfasst den Fortschritt in der VM, sodass Sie den Assistenten schließen und später fortfahren können.</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Migrationsschritte</translation>
    </message>
    <message>
        <source>Diff of the domain XML</source>
        <translation>Diff des Domänen-XML</translation>
    </message>
    <message>
        <source>Apply the next step</source>
        <translation>Nächsten Schritt anwenden</translation>
    </message>
    <message>
        <source>Record the next step as done</source>
        <translation>Nächsten Schritt als erledigt erfassen</translation>
    </message>
    <message>
        <source>Roll back the last step</source>
        <translation>Letzten Schritt zurücksetzen</translation>
    </message>
    <message>
        <source>Prepare the step again on the current definition</source>
        <translation>Schritt auf Grundlage der aktuellen Definition erneut vorbereiten</translation>
    </message>
    <message>
        <source>Prepared again on the VM&apos;s current definition: check the diff, then apply.</source>
        <translation>Auf Grundlage der aktuellen Definition der VM erneut vorbereitet: Prüfen Sie den Diff, und wenden Sie den Schritt dann an.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 von %2 Schritten erledigt.</translation>
    </message>
    <message>
        <source>Last recorded by %1 at %2.</source>
        <translation>Zuletzt erfasst von %1 am %2.</translation>
    </message>
    <message>
        <source>The VM&apos;s definition differs from the plan after step %1 (%2): it was changed outside the wizard; the steps still apply on top of it.</source>
        <translation>Die Definition der VM weicht vom Plan nach Schritt %1 ab (%2): Sie wurde außerhalb des Assistenten geändert; die Schritte lassen sich trotzdem darauf anwenden.</translation>
    </message>
    <message>
        <source>a change --set cannot name</source>
        <translation>eine Änderung, die --set nicht benennen kann</translation>
    </message>
    <message>
        <source>Nothing can be written: %1</source>
        <translation>Es kann nichts geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1; done.</source>
        <translation>%1; erledigt.</translation>
    </message>
    <message>
        <source>Rollback: %1%2</source>
        <translation>Rücknahme: %1%2</translation>
    </message>
    <message>
        <source> (records %1)</source>
        <translation> (erfasst %1)</translation>
    </message>
    <message>
        <source>What step %1 writes to %2&apos;s definition (with the progress):</source>
        <translation>Was Schritt %1 in die Definition von %2 schreibt (mit dem Fortschritt):</translation>
    </message>
    <message>
        <source>Rolling back step %1 would write:</source>
        <translation>Die Rücknahme von Schritt %1 würde Folgendes schreiben:</translation>
    </message>
    <message>
        <source>Done. Only the last step done can be rolled back.</source>
        <translation>Erledigt. Nur der zuletzt erledigte Schritt kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Its diff is prepared when it is the next step.</source>
        <translation>Sein Diff wird vorbereitet, sobald er der nächste Schritt ist.</translation>
    </message>
    <message>
        <source>Cannot be written: %1</source>
        <translation>Kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Run by hand: %1</source>
        <translation>Von Hand auszuführen: %1</translation>
    </message>
    <message>
        <source>&amp;Apply step %1</source>
        <translation>Schritt %1 &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Done in the guest: record step %1</source>
        <translation>Im Gast &amp;erledigt: Schritt %1 erfassen</translation>
    </message>
    <message>
        <source>&amp;Done: record step %1</source>
        <translation>&amp;Erledigt: Schritt %1 erfassen</translation>
    </message>
    <message>
        <source>&amp;Roll back step %1</source>
        <translation>Schritt %1 zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Step %1 cannot be written.</source>
        <translation>Schritt %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Apply step %1</source>
        <translation>Schritt %1 anwenden</translation>
    </message>
    <message>
        <source>Apply step %1 to %2: %3; %4.</source>
        <translation>Schritt %1 auf %2 anwenden: %3; %4.</translation>
    </message>
    <message>
        <source>takes effect after power-off and start</source>
        <translation>wirksam nach Ausschalten und Start</translation>
    </message>
    <message>
        <source>takes effect at the next start</source>
        <translation>wirksam beim nächsten Start</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>Schritt %1 erfassen</translation>
    </message>
    <message>
        <source>Record step %1 for %2: %3. Confirm only once it is done inside the guest; %2&apos;s metadata then records %4.</source>
        <translation>Schritt %1 für %2 erfassen: %3. Bestätigen Sie erst, wenn dies im Gast erledigt ist; die Metadaten von %2 erfassen dann %4.</translation>
    </message>
    <message>
        <source>Record step %1 for %2: %3.</source>
        <translation>Schritt %1 für %2 erfassen: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Then run the %n command(s) shown under the diff on the host.</source>
        <translation>
            <numerusform>Führen Sie danach den %n unter dem Diff angezeigten Befehl auf dem Host aus.</numerusform>
            <numerusform>Führen Sie danach die %n unter dem Diff angezeigten Befehle auf dem Host aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Writing step %1…</source>
        <translation>Schritt %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Step %1 cannot be rolled back.</source>
        <translation>Schritt %1 kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Roll back step %1 on %2: %3</source>
        <translation>Schritt %1 auf %2 zurücksetzen: %3</translation>
    </message>
    <message>
        <source>This writes %1; it takes effect after power-off and start.</source>
        <translation>Dabei wird %1 geschrieben; dies wird nach Ausschalten und Start wirksam.</translation>
    </message>
    <message>
        <source>Roll back step %1</source>
        <translation>Schritt %1 zurücksetzen</translation>
    </message>
    <message>
        <source>the rollback of step %1</source>
        <translation>die Rücknahme von Schritt %1</translation>
    </message>
    <message>
        <source>Rolling back step %1…</source>
        <translation>Schritt %1 wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again, then record the step</source>
        <translation>VM herunterfahren und wieder starten, dann den Schritt erfassen</translation>
    </message>
    <message>
        <source>%1 Step %2 is recorded once libvirt lists %3 running its new definition…</source>
        <translation>%1 Schritt %2 wird erfasst, sobald libvirt %3 mit der neuen Definition als laufend auflistet…</translation>
    </message>
    <message>
        <source>%1 was not shut down and started again.</source>
        <translation>%1 wurde nicht heruntergefahren und wieder gestartet.</translation>
    </message>
    <message>
        <source>Check the VM&apos;s state: it may be shut off. Its next boot still holds the steps written so far; the step is not recorded.</source>
        <translation>Prüfen Sie den Zustand der VM: Sie ist möglicherweise ausgeschaltet. Ihr nächster Start enthält weiterhin die bisher geschriebenen Schritte; der Schritt wird nicht erfasst.</translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded yet.</source>
        <translation>Schritt %1 kann noch nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Waiting for libvirt&apos;s listing of %1 after the last write…</source>
        <translation>Warten auf die Auflistung von %1 durch libvirt nach dem letzten Schreibvorgang…</translation>
    </message>
    <message>
        <source>%1 is shut off. Start it, here or yourself: the step can be recorded once libvirt lists it running.</source>
        <translation>%1 ist ausgeschaltet. Starten Sie sie, hier oder selbst: Der Schritt kann erfasst werden, sobald libvirt sie als laufend auflistet.</translation>
    </message>
    <message>
        <source>%1 still runs the definition it was started with; its next boot changes %2. Shut it down and start it again, here or yourself: a reboot inside the guest is not enough. The step can be recorded once libvirt lists it running with nothing pending.</source>
        <translation>%1 läuft noch mit der Definition, mit der sie gestartet wurde; ihr nächster Start ändert %2. Fahren Sie sie herunter und starten Sie sie wieder, hier oder selbst: Ein Neustart im Gast genügt nicht. Der Schritt kann erfasst werden, sobald libvirt sie als laufend ohne ausstehende Änderungen auflistet.</translation>
    </message>
    <message>
        <source>&amp;Start %1 now</source>
        <translation>%1 jetzt s&amp;tarten</translation>
    </message>
    <message>
        <source>&amp;Shut down and start %1 now</source>
        <translation>%1 jetzt &amp;herunterfahren und starten</translation>
    </message>
    <message>
        <source>%1 was started again, but its next boot still changes %2.</source>
        <translation>%1 wurde wieder gestartet, aber ihr nächster Start ändert weiterhin %2.</translation>
    </message>
    <message>
        <source>Its definition was changed while it restarted. Check the diff, then shut it down and start it again; step %1 is not recorded.</source>
        <translation>Ihre Definition wurde während des Neustarts geändert. Prüfen Sie den Diff, fahren Sie sie dann herunter und starten Sie sie wieder; Schritt %1 wird nicht erfasst.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Warten &amp;beenden</translation>
    </message>
    <message>
        <source>Stop following the power cycle</source>
        <translation>Aus- und Einschalten nicht mehr verfolgen</translation>
    </message>
    <message>
        <source>Roll back step %1 of %2: %3</source>
        <translation>Schritt %1 von %2 zurücksetzen: %3</translation>
    </message>
    <message>
        <source>What rolling back step %1 writes to %2&apos;s definition (with the progress):</source>
        <translation>Was das Zurücksetzen von Schritt %1 in die Definition von %2 schreibt (mit Fortschritt):</translation>
    </message>
</context>
<context>
    <name>MigrationStepWriter</name>
    <message>
        <source>%1 build %2</source>
        <translation>%1 Build %2</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>die VM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no PV driver in charge</source>
        <translation>kein PV-Treiber zuständig</translation>
    </message>
    <message>
        <source>%1 in charge</source>
        <translation>%1 zuständig</translation>
    </message>
    <message>
        <source>Windows Update installs %1</source>
        <translation>Windows Update installiert %1</translation>
    </message>
    <message>
        <source>nothing unplugged</source>
        <translation>nichts per Unplug entfernt</translation>
    </message>
    <message>
        <source>unplugged %1</source>
        <translation>per Unplug entfernt: %1</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1 is already in charge of %2 with this device identity.</source>
        <translation>Nichts zu migrieren: %1 ist für %2 bereits mit dieser Geräteidentität zuständig.</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1 already binds the platform device 5853:%2 as asked. Linux and BSD guests get their PV drivers with the kernel, so nothing is installed in the guest; a migration here only changes the device identity.</source>
        <translation>Nichts zu migrieren: %1 bindet das Plattformgerät 5853:%2 bereits wie gewünscht. Linux- und BSD-Gäste erhalten ihre PV-Treiber mit dem Kernel, daher wird im Gast nichts installiert; eine Migration ändert hier nur die Geräteidentität.</translation>
    </message>
    <message>
        <source>After the last step %1 would be in charge, not %2: %2 binds none of the devices the target identity exposes. Choose another package or device identity.</source>
        <translation>Nach dem letzten Schritt wäre %1 zuständig, nicht %2: %2 bindet keines der Geräte, die die Zielidentität bereitstellt. Wählen Sie ein anderes Paket oder eine andere Geräteidentität.</translation>
    </message>
    <message>
        <source>no PV driver</source>
        <translation>kein PV-Treiber</translation>
    </message>
    <message>
        <source>The active xenbus device changes, so at the next boot Windows finds every PV disk and network adapter again as new devices. Settings bound to the old network adapter, such as a static IP address, may have to be entered again (uncertain: whether xenvif carries them over depends on its build).</source>
        <translation>Das aktive xenbus-Gerät wechselt, daher erkennt Windows beim nächsten Start jede PV-Festplatte und jeden PV-Netzwerkadapter erneut als neue Geräte. Einstellungen, die an den alten Netzwerkadapter gebunden sind, etwa eine statische IP-Adresse, müssen eventuell neu eingegeben werden (unsicher: Ob xenvif sie übernimmt, hängt von dessen Build ab).</translation>
    </message>
    <message>
        <source>Warning: the simulated next boot after this step has an error finding; no order of the steps avoids it.</source>
        <translation>Warnung: Der simulierte nächste Start nach diesem Schritt hat einen Fehlerbefund; keine Reihenfolge der Schritte vermeidet ihn.</translation>
    </message>
    <message>
        <source>libvirt cannot apply this to a %1 VM: the push records it, and the xe commands shown with the diff apply it on the pool master (with the VM halted).</source>
        <translation>libvirt kann dies bei einer %1-VM nicht anwenden: Die Übernahme in libvirt erfasst es, und die mit dem Diff angezeigten xe-Befehle wenden es auf dem Pool-Master an (bei angehaltener VM).</translation>
    </message>
    <message>
        <source>libvirt cannot write xenstore: the push records the entry, and the xenstore commands shown with the diff put it into dom0 of the host; run them before the next start.</source>
        <translation>libvirt kann xenstore nicht schreiben: Die Übernahme in libvirt erfasst den Eintrag, und die mit dem Diff angezeigten xenstore-Befehle tragen ihn in dom0 des Hosts ein; führen Sie sie vor dem nächsten Start aus.</translation>
    </message>
    <message>
        <source>Stop Windows Update from installing drivers in the guest</source>
        <translation>Treiberinstallation durch Windows Update im Gast unterbinden</translation>
    </message>
    <message>
        <source>Windows Update no longer installs drivers in %1</source>
        <translation>Windows Update installiert keine Treiber mehr für %1</translation>
    </message>
    <message>
        <source>Windows Update would install %1 while the %2 drivers run, and two driver stacks would drive the same PV connections (XP-WU-BUGCHECK-RISK). It installs drivers whenever the guest runs, so this comes first. Inside the guest, on Windows Server 2016 or Windows 10 and later enable the Group Policy &quot;Do not include drivers with Windows Updates&quot;; on older releases choose &quot;Never install driver software from Windows Update&quot; under System Properties, Hardware, Device Installation Settings. Then confirm here: the metadata records windows-update=off.</source>
        <translation>Windows Update würde %1 installieren, während die Treiber %2 laufen, und zwei Treiberstapel würden dieselben PV-Verbindungen steuern (XP-WU-BUGCHECK-RISK). Windows Update installiert Treiber, sobald der Gast läuft, daher kommt dieser Schritt zuerst. Aktivieren Sie im Gast unter Windows Server 2016 bzw. Windows 10 und neuer die Gruppenrichtlinie „Keine Treiber in Windows-Updates einschließen“; wählen Sie bei älteren Versionen unter Systemeigenschaften, Hardware, Geräteinstallationseinstellungen die Option „Nie Treibersoftware von Windows Update installieren“. Bestätigen Sie dann hier: Die Metadaten erfassen windows-update=off.</translation>
    </message>
    <message>
        <source>a new driver package</source>
        <translation>ein neues Treiberpaket</translation>
    </message>
    <message>
        <source>current</source>
        <translation>des aktuellen Stapels</translation>
    </message>
    <message>
        <source>Allow Windows Update to install drivers in the guest again, then confirm.</source>
        <translation>Erlauben Sie Windows Update wieder, Treiber im Gast zu installieren, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Blacklist the old drivers for the migration (temporary)</source>
        <translation>Alte Treiber für die Migration auf die Sperrliste setzen (temporär)</translation>
    </message>
    <message>
        <source>blacklist %1</source>
        <translation>%1 auf die Sperrliste setzen</translation>
    </message>
    <message>
        <source>The %1 device model answers the unplug handshake of a blacklisted build with 0xd249, so from the next start the old drivers do not load and the guest runs on its emulated disk and network. The new drivers can then be installed while the old ones stay installed as a fallback, without two stacks starting together. Step %2 lifts the entry again.</source>
        <translation>Das Gerätemodell %1 beantwortet den Unplug-Handshake eines Builds auf der Sperrliste mit 0xd249, daher werden die alten Treiber ab dem nächsten Start nicht geladen, und der Gast läuft auf seiner emulierten Festplatte und seinem emulierten Netzwerk. Die neuen Treiber können dann installiert werden, während die alten als Rückfallebene installiert bleiben, ohne dass zwei Stapel gleichzeitig starten. Schritt %2 hebt den Eintrag wieder auf.</translation>
    </message>
    <message>
        <source>Remove the entries again: the old drivers load at the next start.</source>
        <translation>Entfernen Sie die Einträge wieder: Die alten Treiber werden beim nächsten Start geladen.</translation>
    </message>
    <message>
        <source>Let Windows Update install drivers in the guest again</source>
        <translation>Windows Update wieder Treiber im Gast installieren lassen</translation>
    </message>
    <message>
        <source>Windows Update installs drivers in %1 again</source>
        <translation>Windows Update installiert wieder Treiber für %1</translation>
    </message>
    <message>
        <source>Only %1 is left, so nothing can race any more. Undo the setting of step %2 inside the guest, then confirm.</source>
        <translation>Nur %1 ist noch vorhanden, daher kann nichts mehr in Konkurrenz treten. Machen Sie die Einstellung aus Schritt %2 im Gast rückgängig, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Windows Update then keeps %1 up to date.</source>
        <translation>Windows Update hält %1 dann aktuell.</translation>
    </message>
    <message>
        <source>Stop Windows Update from installing drivers again, then confirm.</source>
        <translation>Hindern Sie Windows Update wieder daran, Treiber zu installieren, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>5853:%1 rev %2</source>
        <translation>5853:%1 rev %2</translation>
    </message>
    <message>
        <source>Expose the platform device %1</source>
        <translation>Plattformgerät %1 bereitstellen</translation>
    </message>
    <message>
        <source>expose the Xen platform device %1</source>
        <translation>Xen-Plattformgerät %1 bereitstellen</translation>
    </message>
    <message>
        <source>Expose the vendor device xen-pvdevice %1</source>
        <translation>Herstellergerät xen-pvdevice %1 bereitstellen</translation>
    </message>
    <message>
        <source>expose xen-pvdevice %1</source>
        <translation>xen-pvdevice %1 bereitstellen</translation>
    </message>
    <message>
        <source>Remove the vendor device</source>
        <translation>Herstellergerät entfernen</translation>
    </message>
    <message>
        <source>remove the vendor device (xen-pvdevice)</source>
        <translation>Herstellergerät (xen-pvdevice) entfernen</translation>
    </message>
    <message>
        <source>%1 does not use it; without it Windows Update has no device to offer its vendor drivers for.</source>
        <translation>%1 verwendet es nicht; ohne es hat Windows Update kein Gerät, für das es seine Herstellertreiber anbieten kann.</translation>
    </message>
    <message>
        <source>At the next start %1 binds it.</source>
        <translation>Beim nächsten Start bindet %1 es.</translation>
    </message>
    <message>
        <source>Until %1 is installed nothing binds it; Windows shows it as an unknown device.</source>
        <translation>Bis %1 installiert ist, bindet nichts es; Windows zeigt es als unbekanntes Gerät an.</translation>
    </message>
    <message>
        <source>%1 does not bind it at the next start.</source>
        <translation>%1 bindet es beim nächsten Start nicht.</translation>
    </message>
    <message>
        <source>With this device the device model blacklists the old drivers (XP-DRIVER-BLACKLISTED): they do not start, so the new ones can be installed next to them.</source>
        <translation>Mit diesem Gerät setzt das Gerätemodell die alten Treiber auf die Sperrliste (XP-DRIVER-BLACKLISTED): Sie starten nicht, daher können die neuen daneben installiert werden.</translation>
    </message>
    <message>
        <source>It is a VM setting: it takes effect when %1 is started again after a power-off.</source>
        <translation>Dies ist eine VM-Einstellung: Sie wird wirksam, wenn %1 nach dem Ausschalten wieder gestartet wird.</translation>
    </message>
    <message>
        <source>Put the device back as it was; that too takes effect at the next start.</source>
        <translation>Stellen Sie das Gerät wieder wie zuvor ein; auch das wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Install %1 in the guest</source>
        <translation>%1 im Gast installieren</translation>
    </message>
    <message>
        <source>%1 is installed in the guest</source>
        <translation>%1 ist im Gast installiert</translation>
    </message>
    <message>
        <source>Inside the guest, run the installer of %1 as an administrator and restart the guest when it asks.</source>
        <translation>Führen Sie im Gast das Installationsprogramm von %1 als Administrator aus, und starten Sie den Gast neu, wenn es dazu auffordert.</translation>
    </message>
    <message>
        <source>It replaces %1 (the same driver stack).</source>
        <translation>Es ersetzt %1 (derselbe Treiberstapel).</translation>
    </message>
    <message>
        <source>At the next boot it binds %1.</source>
        <translation>Beim nächsten Start bindet es %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>xenbus is active on %1.</source>
        <translation>xenbus ist auf %1 aktiv.</translation>
    </message>
    <message>
        <source>The old drivers stay installed for now; blacklisted, they do not start.</source>
        <translation>Die alten Treiber bleiben vorerst installiert; da sie auf der Sperrliste stehen, starten sie nicht.</translation>
    </message>
    <message>
        <source>Windows Update may already have installed it; then just confirm.</source>
        <translation>Windows Update hat es möglicherweise bereits installiert; bestätigen Sie dann einfach.</translation>
    </message>
    <message>
        <source>Uninstall %1 in the guest%2, then confirm.</source>
        <translation>Deinstallieren Sie %1 im Gast%2; bestätigen Sie dann.</translation>
    </message>
    <message>
        <source> and reinstall %1</source>
        <translation> und installieren Sie %1 erneut</translation>
    </message>
    <message>
        <source>Uninstall %1 from the guest</source>
        <translation>%1 aus dem Gast deinstallieren</translation>
    </message>
    <message>
        <source>%1 is uninstalled from the guest</source>
        <translation>%1 ist aus dem Gast deinstalliert</translation>
    </message>
    <message>
        <source>Inside the guest, uninstall %1 (Programs and Features, or the vendor&apos;s uninstaller) and restart the guest. Then check in Device Manager that no device still uses one of its drivers: a filter driver left behind keeps starting.</source>
        <translation>Deinstallieren Sie %1 im Gast (Programme und Features oder das Deinstallationsprogramm des Herstellers), und starten Sie den Gast neu. Prüfen Sie dann im Geräte-Manager, dass kein Gerät mehr einen seiner Treiber verwendet: Ein zurückgebliebener Filtertreiber startet weiterhin.</translation>
    </message>
    <message>
        <source>This comes before %1 is installed: the %2 device model does not stop the old drivers (no enforced blacklist), and installed together both stacks would start (XP-TWO-STACKS). Until the new drivers are installed the guest runs on its emulated disk and network.</source>
        <translation>Dieser Schritt kommt vor der Installation von %1: Das Gerätemodell %2 hält die alten Treiber nicht auf (keine durchgesetzte Sperrliste), und gemeinsam installiert würden beide Stapel starten (XP-TWO-STACKS). Bis die neuen Treiber installiert sind, läuft der Gast auf seiner emulierten Festplatte und seinem emulierten Netzwerk.</translation>
    </message>
    <message>
        <source>Reinstall %1 in the guest, then confirm.</source>
        <translation>Installieren Sie %1 im Gast erneut, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Reinstall %1 in the guest (keep its installer: Windows Update does not offer it), then confirm.</source>
        <translation>Installieren Sie %1 im Gast erneut (bewahren Sie das Installationsprogramm auf: Windows Update bietet es nicht an), und bestätigen Sie dann.</translation>
    </message>
    <message>
        <source>Lift the temporary blacklist entry</source>
        <translation>Temporären Sperrlisteneintrag aufheben</translation>
    </message>
    <message>
        <source>remove the blacklist entry %1</source>
        <translation>Sperrlisteneintrag %1 entfernen</translation>
    </message>
    <message>
        <source>The old drivers are gone, so the entry of step %1 has nothing left to stop; removing it leaves the blacklist as it was before the migration.</source>
        <translation>Die alten Treiber sind entfernt, daher hat der Eintrag aus Schritt %1 nichts mehr aufzuhalten; nach seinem Entfernen ist die Sperrliste wieder so wie vor der Migration.</translation>
    </message>
    <message>
        <source>Add the entry again.</source>
        <translation>Fügen Sie den Eintrag wieder hinzu.</translation>
    </message>
    <message>
        <source>Power off %1 and start it again</source>
        <translation>%1 ausschalten und wieder starten</translation>
    </message>
    <message>
        <source>%1 was powered off and started again</source>
        <translation>%1 wurde ausgeschaltet und wieder gestartet</translation>
    </message>
    <message>
        <source>Step %1 takes effect only at a fresh start. %2 If it is off already, just start it. Expected at that start: %3.</source>
        <translation>Schritt %1 wird erst bei einem Kaltstart wirksam. %2 Ist die VM bereits ausgeschaltet, starten Sie sie einfach. Erwartet bei diesem Start: %3.</translation>
    </message>
    <message>
        <source>Nothing to undo: rolling back the steps before it needs another power cycle.</source>
        <translation>Nichts rückgängig zu machen: Die Rücknahme der vorherigen Schritte erfordert ein weiteres Aus- und Einschalten.</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>The prediction rests on uncertain facts: %1.</source>
        <translation>Die Vorhersage beruht auf unsicheren Fakten: %1.</translation>
    </message>
</context>
<context>
    <name>MigrationSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Where the VM stands now.</source>
        <translation>Der aktuelle Stand der VM.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is migrated to %2: all %n step(s) are done.</source>
        <translation>
            <numerusform>%1 ist zu %2 migriert: Der %n Schritt ist erledigt.</numerusform>
            <numerusform>%1 ist zu %2 migriert: Alle %n Schritte sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its next boot as predicted now: %1.</source>
        <translation>Nächster Start nach aktueller Vorhersage: %1.</translation>
    </message>
    <message>
        <source>The VM&apos;s metadata records the migration as %1 (by %2).</source>
        <translation>In den Metadaten der VM ist die Migration als %1 erfasst (von %2).</translation>
    </message>
    <message>
        <source>The way back to where it started is recorded there too: %1 (the driver changes are undone inside the guest).</source>
        <translation>Der Weg zurück zum Ausgangszustand ist dort ebenfalls erfasst: %1 (die Treiberänderungen werden im Gast rückgängig gemacht).</translation>
    </message>
</context>
<context>
    <name>MigrationTargetPage</name>
    <message>
        <source>Expose the &amp;vendor device (xen-pvdevice)</source>
        <translation>&amp;Herstellergerät bereitstellen (xen-pvdevice)</translation>
    </message>
    <message>
        <source>Keep the old drivers installed as a &amp;fallback, behind a temporary blacklist entry</source>
        <translation>Alte Treiber als &amp;Rückfallebene installiert lassen, geschützt durch einen temporären Sperrlisteneintrag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The driver package that should be in charge afterwards, and the devices the VM exposes for it.</source>
        <translation>Das Treiberpaket, das danach zuständig sein soll, und die Geräte, die die VM dafür bereitstellt.</translation>
    </message>
    <message>
        <source>Target driver package</source>
        <translation>Zieltreiberpaket</translation>
    </message>
    <message>
        <source>Platform device ID</source>
        <translation>Geräte-ID des Plattformgeräts</translation>
    </message>
    <message>
        <source>5853:0001 (Xen platform device)</source>
        <translation>5853:0001 (Xen-Plattformgerät)</translation>
    </message>
    <message>
        <source>5853:0002 (XenServer platform device)</source>
        <translation>5853:0002 (XenServer-Plattformgerät)</translation>
    </message>
    <message>
        <source>Platform device revision</source>
        <translation>Revision des Plattformgeräts</translation>
    </message>
    <message>
        <source>Expose the vendor device</source>
        <translation>Herstellergerät bereitstellen</translation>
    </message>
    <message>
        <source>Vendor device ID</source>
        <translation>Geräte-ID des Herstellergeräts</translation>
    </message>
    <message>
        <source>Vendor device revision</source>
        <translation>Revision des Herstellergeräts</translation>
    </message>
    <message>
        <source>Use a temporary blacklist entry</source>
        <translation>Temporären Sperrlisteneintrag verwenden</translation>
    </message>
    <message>
        <source>What the plan reaches</source>
        <translation>Was der Plan erreicht</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>5853:</source>
        <translation>5853:</translation>
    </message>
    <message>
        <source>Driver &amp;package:</source>
        <translation>Treiber&amp;paket:</translation>
    </message>
    <message>
        <source>P&amp;latform device:</source>
        <translation>P&amp;lattformgerät:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>Unsicher: %1</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01.</source>
        <translation>Das Gerätemodell %1 hat ein festes Plattformgerät 5853:0001 rev 01.</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice.</source>
        <translation>qemu-traditional hat kein xen-pvdevice.</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01.</source>
        <translation>Das has-vendor-device von XenServer kann nur 5853:c000 rev 01 hinzufügen.</translation>
    </message>
    <message>
        <source>Not needed for this target: the device model cannot stop the old drivers with a blacklist entry, or there are none to stop.</source>
        <translation>Für dieses Ziel nicht erforderlich: Das Gerätemodell kann die alten Treiber nicht mit einem Sperrlisteneintrag aufhalten, oder es gibt keine aufzuhaltenden.</translation>
    </message>
    <message>
        <source>%1 build %2</source>
        <translation>%1 Build %2</translation>
    </message>
    <message>
        <source>The entry (%1) keeps the old drivers from starting while the new ones are installed next to them, and is lifted at the end.</source>
        <translation>Der Eintrag (%1) verhindert, dass die alten Treiber starten, während die neuen daneben installiert werden, und wird am Ende aufgehoben.</translation>
    </message>
    <message>
        <source>It is host-wide (a xenstore key in dom0): %1 run the same build and would lose their PV drivers if started while it exists. Without it, the old drivers are uninstalled first.</source>
        <translation>Er gilt für den ganzen Host (ein xenstore-Schlüssel in dom0): %1 verwenden denselben Build und würden ihre PV-Treiber verlieren, wenn sie gestartet werden, solange er besteht. Ohne ihn werden die alten Treiber zuerst deinstalliert.</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). </source>
        <translation>
            <numerusform>%n Schritt. </numerusform>
            <numerusform>%n Schritte. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) end in a boot with an error finding. </source>
        <translation>
            <numerusform>%n Schritt endet in einem Start mit einem Fehlerbefund. </numerusform>
            <numerusform>%n Schritte enden in einem Start mit einem Fehlerbefund. </numerusform>
        </translation>
    </message>
    <message>
        <source>After the last step: %1.</source>
        <translation>Nach dem letzten Schritt: %1.</translation>
    </message>
</context>
<context>
    <name>MigrationUnits</name>
    <message>
        <source>%1 is installed in the guest but not a Windows package of the driver catalogue: the plan leaves it alone.</source>
        <translation>%1 ist im Gast installiert, aber kein Windows-Paket des Treiberkatalogs: Der Plan lässt es unverändert.</translation>
    </message>
    <message>
        <source>No temporary blacklist entry: the old drivers are uninstalled before the new ones are installed, and the guest runs on its emulated disk and network in between.</source>
        <translation>Kein temporärer Sperrlisteneintrag: Die alten Treiber werden deinstalliert, bevor die neuen installiert werden, und der Gast läuft dazwischen auf seiner emulierten Festplatte und seinem emulierten Netzwerk.</translation>
    </message>
    <message>
        <source>If the migration stops Windows Update from installing drivers, it stays stopped: with it on, the next boot after the migration would be %1.</source>
        <translation>Wenn die Migration Windows Update daran hindert, Treiber zu installieren, bleibt das so: Wäre es eingeschaltet, wäre der nächste Start nach der Migration %1.</translation>
    </message>
    <message>
        <source>different from the plan&apos;s (%1 in charge)</source>
        <translation>ein anderer als im Plan (%1 zuständig)</translation>
    </message>
    <message>
        <source>one where Windows Update installs %1</source>
        <translation>einer, bei dem Windows Update %1 installiert</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Driver migration wizard</source>
        <translation>Assistent für die Treibermigration</translation>
    </message>
    <message>
        <source>Migrate drivers: %1</source>
        <translation>Treiber migrieren: %1</translation>
    </message>
    <message>
        <source>(no VM)</source>
        <translation>(keine VM)</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>Migration &amp;starten</translation>
    </message>
</context>
<context>
    <name>NextBoot</name>
    <message>
        <source>device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>platform device</source>
        <translation>Plattformgerät</translation>
    </message>
    <message>
        <source>vendor device</source>
        <translation>Herstellergerät</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again: a reboot from inside the guest keeps the running device model.</source>
        <translation>Fahren Sie die VM herunter und starten Sie sie erneut: Ein Neustart aus dem Gast heraus behält das laufende Gerätemodell.</translation>
    </message>
</context>
<context>
    <name>PendingBoot</name>
    <message>
        <source>The VM still runs its previous definition (%1 changed): these findings are about its next boot, once it is shut down and started again.</source>
        <translation>Die VM läuft noch mit ihrer vorherigen Definition (%1 geändert): Diese Befunde betreffen ihren nächsten Start, sobald sie heruntergefahren und wieder gestartet wird.</translation>
    </message>
</context>
<context>
    <name>PlanHost</name>
    <message>
        <source>the demo node</source>
        <translation>Demo-Knoten</translation>
    </message>
    <message>
        <source>the test driver&apos;s %1</source>
        <translation>%1 des Testtreibers</translation>
    </message>
    <message>
        <source>the host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>the pool master of %1&apos;s pool</source>
        <translation>Pool-Master des Pools von %1</translation>
    </message>
    <message>
        <source>Uncertain: xpconsole cannot tell which host is the pool master; on any host of the pool, &apos;xe pool-list params=master&apos; gives its UUID.</source>
        <translation>Unsicher: xpconsole kann nicht feststellen, welcher Host der Pool-Master ist; auf jedem Host des Pools liefert „xe pool-list params=master“ dessen UUID.</translation>
    </message>
</context>
<context>
    <name>PlanScript</name>
    <message>
        <source>Not runnable, a word holds a NUL character: %1</source>
        <translation>Nicht ausführbar, ein Wort enthält ein NUL-Zeichen: %1</translation>
    </message>
    <message>
        <source>VM %1 (UUID %2)</source>
        <translation>VM %1 (UUID %2)</translation>
    </message>
    <message>
        <source>xpconsole plan: the xenstore commands to run as root in dom0 of %1.</source>
        <translation>xpconsole-Plan: die xenstore-Befehle, die als root in dom0 von %1 auszuführen sind.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>xpconsole plan: the xe commands to run on %1.</source>
        <translation>xpconsole-Plan: die xe-Befehle, die auf %1 auszuführen sind.</translation>
    </message>
    <message>
        <source>Host: %1 (uncertain)</source>
        <translation>Host: %1 (unsicher)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>VMs (%1): %2</source>
        <translation>VMs (%1): %2</translation>
    </message>
    <message>
        <source>The keys are host-wide: every VM on %1 whose device model reads the xenstore blacklist (%2, %3) reads them at its drivers&apos; next unplug handshake, not only the VMs above.</source>
        <translation>Die Schlüssel gelten für den ganzen Host: Jede VM auf %1, deren Gerätemodell die xenstore-Sperrliste liest (%2, %3), liest sie beim nächsten Unplug-Handshake ihrer Treiber, nicht nur die oben genannten VMs.</translation>
    </message>
    <message>
        <source>Other VMs of %1 that read them (%2): %3</source>
        <translation>Weitere VMs von %1, die sie lesen (%2): %3</translation>
    </message>
    <message>
        <source>Run them with the VMs halted; XAPI applies them at each VM&apos;s next start.</source>
        <translation>Führen Sie sie bei angehaltenen VMs aus; XAPI wendet sie beim nächsten Start jeder VM an.</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver: no real host is behind this connection; the script shows what a real one would need.</source>
        <translation>Testtreiber von libvirt: Hinter dieser Verbindung steht kein echter Host; das Skript zeigt, was ein echter Host benötigen würde.</translation>
    </message>
    <message>
        <source>libvirt cannot run these commands and xpconsole does not: apply the push, review this script, then run it.</source>
        <translation>libvirt kann diese Befehle nicht ausführen, und xpconsole tut es nicht: Wenden Sie die Übertragung an, prüfen Sie dieses Skript und führen Sie es dann aus.</translation>
    </message>
    <message>
        <source>===== Script %1 of %2: %3 =====</source>
        <translation>===== Skript %1 von %2: %3 =====</translation>
    </message>
    <message>
        <source>for dom0 of the VMs&apos; host</source>
        <translation>für dom0 des Hosts der VMs</translation>
    </message>
    <message>
        <source>for the pool master, not for dom0 of the VMs&apos; host</source>
        <translation>für den Pool-Master, nicht für dom0 des Hosts der VMs</translation>
    </message>
</context>
<context>
    <name>PnputilDeviceParser</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>Die Datei ist größer als %1 MiB und damit zu groß für eine pnputil-Ausgabe.</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>Die Zeile ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The device record has no instance ID.</source>
        <translation>Der Geräteeintrag hat keine Instanz-ID.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; comes before the first &quot;Instance ID:&quot;, outside any device record.</source>
        <translation>Das Feld &quot;%1&quot; steht vor der ersten &quot;Instance ID:&quot;, außerhalb jedes Geräteeintrags.</translation>
    </message>
    <message>
        <source>The matching driver has no driver name.</source>
        <translation>Der passende Treiber hat keinen Treibernamen.</translation>
    </message>
    <message>
        <source>The matching driver&apos;s field &quot;%1&quot; comes before its &quot;Driver Name:&quot;.</source>
        <translation>Das Feld &quot;%1&quot; des passenden Treibers steht vor dessen &quot;Driver Name:&quot;.</translation>
    </message>
    <message>
        <source>The driver date and version &apos;%1&apos; is not &apos;mm/dd/yyyy w.x.y.z&apos;.</source>
        <translation>Treiberdatum und -version &apos;%1&apos; haben nicht die Form &apos;mm/dd/yyyy w.x.y.z&apos;.</translation>
    </message>
    <message>
        <source>The driver rank &apos;%1&apos; is not a hexadecimal number of up to 8 digits.</source>
        <translation>Der Treiberrang &apos;%1&apos; ist keine Hexadezimalzahl mit höchstens 8 Stellen.</translation>
    </message>
    <message>
        <source>The problem code &apos;%1&apos; does not start with a number.</source>
        <translation>Der Problemcode &apos;%1&apos; beginnt nicht mit einer Zahl.</translation>
    </message>
</context>
<context>
    <name>PnputilInput</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>Die Datei ist größer als %1 MiB und damit zu groß für eine pnputil-Ausgabe.</translation>
    </message>
    <message>
        <source>The file is empty: it holds no pnputil output.</source>
        <translation>Die Datei ist leer: Sie enthält keine pnputil-Ausgabe.</translation>
    </message>
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>Die Datei enthält ein NUL-Zeichen: Sie ist kein Text oder UTF-16 ohne Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>The file is not text: %1 of its first %2 characters are control characters or no characters at all.</source>
        <translation>Die Datei ist kein Text: %1 ihrer ersten %2 Zeichen sind Steuerzeichen oder gar keine Zeichen.</translation>
    </message>
    <message>
        <source>The file is pnputil output, but of another command than /enum-drivers or /enum-devices (it has the fields %1).</source>
        <translation>Die Datei ist eine pnputil-Ausgabe, aber eines anderen Befehls als /enum-drivers oder /enum-devices (sie hat die Felder %1).</translation>
    </message>
    <message>
        <source>The file is pnputil output in another language (it has the fields %1): this build reads only the English field names, such as &quot;Published Name:&quot; and &quot;Instance ID:&quot;.</source>
        <translation>Die Datei ist eine pnputil-Ausgabe in einer anderen Sprache (sie hat die Felder %1): Diese Version liest nur die englischen Feldnamen wie &quot;Published Name:&quot; und &quot;Instance ID:&quot;.</translation>
    </message>
    <message>
        <source>The file is not pnputil output: none of its lines is a field of pnputil /enum-drivers or /enum-devices, such as &quot;Published Name:&quot; or &quot;Instance ID:&quot;.</source>
        <translation>Die Datei ist keine pnputil-Ausgabe: Keine ihrer Zeilen ist ein Feld von pnputil /enum-drivers oder /enum-devices wie &quot;Published Name:&quot; oder &quot;Instance ID:&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is the output of pnputil /enum-devices; here the output of pnputil /enum-drivers is read.</source>
        <translation>Die Datei ist die Ausgabe von pnputil /enum-devices; hier wird die Ausgabe von pnputil /enum-drivers gelesen.</translation>
    </message>
    <message>
        <source>The file is the output of pnputil /enum-drivers; here the output of pnputil /enum-devices is read.</source>
        <translation>Die Datei ist die Ausgabe von pnputil /enum-drivers; hier wird die Ausgabe von pnputil /enum-devices gelesen.</translation>
    </message>
    <message>
        <source>The file is pnputil&apos;s usage text, which it prints for a command or flag its Windows does not know: /enum-devices needs Windows 10 1903 or later, its /drivers flag Windows 10 2004 or later.</source>
        <translation>Die Datei ist der Hilfetext von pnputil, den es für einen Befehl oder Schalter ausgibt, den sein Windows nicht kennt: /enum-devices erfordert Windows 10 1903 oder neuer, der Schalter /drivers Windows 10 2004 oder neuer.</translation>
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
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>Die Datei enthält ein NUL-Zeichen: Sie ist kein Text oder UTF-16 ohne Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>Die Zeile ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>PowerCycle</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>%1: asking the guest to shut down…</source>
        <translation>%1: Gast wird gebeten herunterzufahren…</translation>
    </message>
    <message>
        <source>%1: forcing it off…</source>
        <translation>%1: wird hart ausgeschaltet…</translation>
    </message>
    <message>
        <source>%1: stopped following the power cycle; check the VM&apos;s state.</source>
        <translation>%1: Aus- und Einschalten wird nicht mehr verfolgt; prüfen Sie den Zustand der VM.</translation>
    </message>
    <message>
        <source>%1 started again: its pending changes are in effect.</source>
        <translation>%1 wieder gestartet: Die ausstehenden Änderungen sind wirksam.</translation>
    </message>
    <message>
        <source>%1 was shut down and started again.</source>
        <translation>%1 wurde heruntergefahren und wieder gestartet.</translation>
    </message>
    <message>
        <source>%1 is shut off; starting it…</source>
        <translation>%1 ist ausgeschaltet; wird gestartet…</translation>
    </message>
    <message>
        <source>%1: starting it…</source>
        <translation>%1: wird gestartet…</translation>
    </message>
    <message>
        <source>%1 was started.</source>
        <translation>%1 wurde gestartet.</translation>
    </message>
</context>
<context>
    <name>PredictionCheck</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The inventory (%1) is older than the VM&apos;s last boot (%2): it describes an earlier boot.</source>
        <translation>Das Inventar (%1) ist älter als der letzte Start der VM (%2): Es beschreibt einen früheren Start.</translation>
    </message>
    <message>
        <source>The definition changed since this boot (%1): the prediction shown is for the next boot, not the one the inventory describes.</source>
        <translation>Die Definition hat sich seit diesem Start geändert (%1): Die angezeigte Vorhersage gilt für den nächsten Start, nicht für den, den das Inventar beschreibt.</translation>
    </message>
    <message>
        <source>not listed by the guest</source>
        <translation>vom Gast nicht aufgeführt</translation>
    </message>
    <message>
        <source>Neither the prediction nor the inventory has a Xen PCI device.</source>
        <translation>Weder die Vorhersage noch das Inventar enthält ein Xen-PCI-Gerät.</translation>
    </message>
    <message>
        <source>The inventory of %1 confirms the prediction.</source>
        <translation>Das Inventar vom %1 bestätigt die Vorhersage.</translation>
    </message>
    <message>
        <source>The inventory of %1 differs from the prediction.</source>
        <translation>Das Inventar vom %1 weicht von der Vorhersage ab.</translation>
    </message>
    <message>
        <source>The console did not see the VM&apos;s last boot; the inventory is taken to describe it.</source>
        <translation>Die Konsole hat den letzten Start der VM nicht gesehen; es wird angenommen, dass das Inventar ihn beschreibt.</translation>
    </message>
    <message>
        <source>No imported pnputil /enum-devices output says which driver is bound.</source>
        <translation>Keine importierte Ausgabe von pnputil /enum-devices gibt an, welcher Treiber gebunden ist.</translation>
    </message>
    <message>
        <source>%1: not exposed in the prediction; the guest has %2</source>
        <translation>%1: in der Vorhersage nicht vorhanden; der Gast hat %2</translation>
    </message>
    <message>
        <source>%1: predicted %2; the guest has %3</source>
        <translation>%1: vorhergesagt %2; der Gast hat %3</translation>
    </message>
    <message>
        <source>What the guest&apos;s driver inventory says is bound differs from the prediction for this boot: check the VM&apos;s record (OS, installed drivers, active xenbus device) before trusting the prediction for its next boot.</source>
        <translation>Was laut Treiberinventar des Gastes gebunden ist, weicht von der Vorhersage für diesen Start ab: Prüfen Sie die Angaben zur VM (Betriebssystem, installierte Treiber, aktives xenbus-Gerät), bevor Sie sich auf die Vorhersage für den nächsten Start verlassen.</translation>
    </message>
    <message>
        <source>%1: predicted %2; the guest does not list this device</source>
        <translation>%1: vorhergesagt %2; der Gast führt dieses Gerät nicht auf</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>&amp;Apply to libvirt</source>
        <translation>In libvirt &amp;übernehmen</translation>
    </message>
    <message>
        <source>Write to libvirt</source>
        <translation>In libvirt schreiben</translation>
    </message>
    <message>
        <source>VMs of this change</source>
        <translation>VMs dieser Änderung</translation>
    </message>
    <message>
        <source>Domain XML diff</source>
        <translation>Diff des Domänen-XML</translation>
    </message>
    <message>
        <source>What else the change needs</source>
        <translation>Was die Änderung außerdem erfordert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Write the new definition of %n VM(s) to %1?</source>
        <translation>
            <numerusform>Die neue Definition von %n VM nach %1 schreiben?</numerusform>
            <numerusform>Die neue Definition von %n VMs nach %1 schreiben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run: the change takes effect after each is powered off and started again.</source>
        <translation>
            <numerusform>%n davon läuft: Die Änderung wird wirksam, nachdem sie ausgeschaltet und wieder gestartet wurde.</numerusform>
            <numerusform>%n davon laufen: Die Änderung wird wirksam, nachdem jede ausgeschaltet und wieder gestartet wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>No change: the domain XML already holds this.</source>
        <translation>Keine Änderung: Das Domänen-XML enthält dies bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n VM ändert sich</numerusform>
            <numerusform>%n VMs ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change or cannot take it</source>
        <translation>
            <numerusform>%n bleibt unverändert oder kann die Änderung nicht übernehmen</numerusform>
            <numerusform>%n bleiben unverändert oder können die Änderung nicht übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is read-only: nothing can be written.</source>
        <translation>Die Verbindung ist schreibgeschützt: Es kann nichts geschrieben werden.</translation>
    </message>
    <message>
        <source>Done: %1 verified, %2 changed meanwhile, %3 failed, %4 cancelled.</source>
        <translation>Fertig: %1 überprüft, %2 zwischenzeitlich geändert, %3 fehlgeschlagen, %4 abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>C&amp;opy Plan</source>
        <translation>Plan k&amp;opieren</translation>
    </message>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell-Skripte (*.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copy the commands to run by hand as shell scripts</source>
        <translation>Die von Hand auszuführenden Befehle als Shell-Skripte kopieren</translation>
    </message>
    <message>
        <source>Save the commands to run by hand as shell scripts, one per host</source>
        <translation>Die von Hand auszuführenden Befehle als Shell-Skripte speichern, eines pro Host</translation>
    </message>
    <message>
        <source>The xenstore keys to write in dom0 of %1 are host-wide: other VMs there read them too (%2).</source>
        <translation>Die in dom0 von %1 zu schreibenden xenstore-Schlüssel gelten für den ganzen Host: Andere VMs dort lesen sie ebenfalls (%2).</translation>
    </message>
    <message>
        <source>Host-wide: the xenstore keys this change writes in dom0 of %1 are read by every VM there whose device model reads the xenstore blacklist, not only by the VMs of this change.</source>
        <translation>Hostweit: Die xenstore-Schlüssel, die diese Änderung in dom0 von %1 schreibt, werden von jeder VM dort gelesen, deren Gerätemodell die xenstore-Sperrliste liest, nicht nur von den VMs dieser Änderung.</translation>
    </message>
    <message>
        <source>The other VMs of %1 are not known here: check which of them run such a device model before applying.</source>
        <translation>Die anderen VMs von %1 sind hier nicht bekannt: Prüfen Sie vor dem Anwenden, welche davon ein solches Gerätemodell verwenden.</translation>
    </message>
    <message>
        <source>No other VM listed on %1 reads them now; one defined there later will.</source>
        <translation>Keine andere auf %1 aufgeführte VM liest sie derzeit; eine später dort definierte VM wird es tun.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Other VMs of %1 that read them too (%2): %3.</source>
        <translation>Weitere VMs von %1, die sie ebenfalls lesen (%2): %3.</translation>
    </message>
    <message>
        <source>Host-wide effect</source>
        <translation>Hostweite Auswirkung</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n script(s) to the clipboard.</source>
        <translation>
            <numerusform>%n Skript in die Zwischenablage kopiert.</numerusform>
            <numerusform>%n Skripte in die Zwischenablage kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the xenstore commands for dom0 of %1</source>
        <translation>xenstore-Befehle für dom0 von %1 exportieren</translation>
    </message>
    <message>
        <source>Export the xe commands for %1</source>
        <translation>xe-Befehle für %1 exportieren</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Der Plan wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or copy the plan instead.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder kopieren Sie stattdessen den Plan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported the plan to %1.</source>
        <translation>Plan nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>PushItemModel</name>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Before the run</source>
        <translation>Vor dem Lauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>PushItemText</name>
    <message>
        <source>Device-model arguments: xpconsole&apos;s arguments are removed.</source>
        <translation>Gerätemodell-Argumente: Die Argumente von xpconsole werden entfernt.</translation>
    </message>
    <message>
        <source>Device-model arguments: %1</source>
        <translation>Gerätemodell-Argumente: %1</translation>
    </message>
    <message>
        <source>Run on the host (libvirt cannot do this; neither xpctl nor xpconsole runs them):</source>
        <translation>Auf dem Host auszuführen (libvirt kann dies nicht; weder xpctl noch xpconsole führt diese Befehle aus):</translation>
    </message>
    <message>
        <source>Model only (kept in metadata, not realized):</source>
        <translation>Nur im Modell (in den Metadaten gespeichert, nicht umgesetzt):</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>changes; takes effect after power-off and start</source>
        <translation>ändert sich; wirksam nach Ausschalten und Start</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ändert sich</translation>
    </message>
    <message>
        <source>written and verified</source>
        <translation>geschrieben und überprüft</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>abgelehnt: nichts geschrieben</translation>
    </message>
    <message>
        <source>changed meanwhile: nothing written, the edit is kept</source>
        <translation>zwischenzeitlich geändert: nichts geschrieben, die Bearbeitung bleibt erhalten</translation>
    </message>
    <message>
        <source>read-only connection: nothing written</source>
        <translation>schreibgeschützte Verbindung: nichts geschrieben</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>written, but libvirt did not keep everything</source>
        <translation>geschrieben, aber libvirt hat nicht alles übernommen</translation>
    </message>
    <message>
        <source>cancelled: nothing written</source>
        <translation>abgebrochen: nichts geschrieben</translation>
    </message>
    <message>
        <source>Run on %1, in dom0 (libvirt cannot do this; neither xpctl nor xpconsole runs them):</source>
        <translation>Auf %1 in dom0 auszuführen (libvirt kann dies nicht; weder xpctl noch xpconsole führt diese Befehle aus):</translation>
    </message>
    <message>
        <source>Run on %1 (libvirt cannot do this; neither xpctl nor xpconsole runs them). %2</source>
        <translation>Auf %1 auszuführen (libvirt kann dies nicht; weder xpctl noch xpconsole führt diese Befehle aus). %2</translation>
    </message>
</context>
<context>
    <name>PushJob</name>
    <message>
        <source>The connection was closed while the VM was being written; reload to see whether libvirt kept the change.</source>
        <translation>Die Verbindung wurde geschlossen, während die VM geschrieben wurde; laden Sie neu, um zu sehen, ob libvirt die Änderung übernommen hat.</translation>
    </message>
    <message>
        <source>Cancelled before this VM&apos;s turn: nothing was written.</source>
        <translation>Abgebrochen, bevor diese VM an der Reihe war: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The connection was closed: nothing was written.</source>
        <translation>Die Verbindung wurde geschlossen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>Realization</name>
    <message>
        <source>libvirt has no element that removes the Xen platform device (libxl&apos;s xen_platform_pci, XAPI has no such parameter); remove it in the toolstack.</source>
        <translation>libvirt hat kein Element, das das Xen-Plattformgerät entfernt (xen_platform_pci von libxl; XAPI hat keinen solchen Parameter); entfernen Sie es im Toolstack.</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; the configured identity is kept in metadata only.</source>
        <translation>Das Gerätemodell %1 hat ein festes Plattformgerät 5853:0001 rev 01; die konfigurierte Identität wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>XAPI sets the revision itself (2 once platform:device_id is set, else 1); revision %1 is kept in metadata only.</source>
        <translation>XAPI legt die Revision selbst fest (2, sobald platform:device_id gesetzt ist, sonst 1); Revision %1 wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice: the vendor device is kept in metadata only and the guest does not see it.</source>
        <translation>qemu-traditional hat kein xen-pvdevice: Das Herstellergerät wird nur in den Metadaten gespeichert, und der Gast sieht es nicht.</translation>
    </message>
    <message>
        <source>XAPI&apos;s has-vendor-device can only add 5853:c000 rev 01; this vendor device is kept in metadata only.</source>
        <translation>Das has-vendor-device von XAPI kann nur 5853:c000 rev 01 hinzufügen; dieses Herstellergerät wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>libvirt has no device-model command line for this domain (libvirt&apos;s test driver keeps none; only the QEMU and libxl drivers have one); the vendor device is kept in metadata only.</source>
        <translation>libvirt hat für diese Domäne keine Befehlszeile des Gerätemodells (der Testtreiber von libvirt speichert keine; nur die Treiber für QEMU und libxl haben eine); das Herstellergerät wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>Upstream QEMU never answers 0xd249: the entry is modeled, not enforced.</source>
        <translation>Upstream-QEMU antwortet nie mit 0xd249: Der Eintrag wird modelliert, nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>The %1 device model reads the xenstore blacklist only for products 1, 2 and 0xffff: the entry is modeled, not enforced.</source>
        <translation>Das Gerätemodell %1 liest die xenstore-Sperrliste nur für die Produkte 1, 2 und 0xffff: Der Eintrag wird modelliert, nicht durchgesetzt.</translation>
    </message>
    <message>
        <source>%1 covers %2 builds; the %3 device model reads one xenstore key per build and xpconsole plans at most %4 of them. Split the range, or write the keys by hand.</source>
        <translation>%1 umfasst %2 Builds; das Gerätemodell %3 liest einen xenstore-Schlüssel pro Build, und xpconsole plant höchstens %4 davon. Teilen Sie den Bereich auf, oder schreiben Sie die Schlüssel von Hand.</translation>
    </message>
    <message>
        <source>Run the xenstore commands in dom0 of the host that runs the VM. The keys are host-wide: every VM with this device model on that host reads them at its drivers&apos; next unplug handshake.</source>
        <translation>Führen Sie die xenstore-Befehle in dom0 des Hosts aus, auf dem die VM läuft. Die Schlüssel gelten für den ganzen Host: Jede VM mit diesem Gerätemodell auf diesem Host liest sie beim nächsten Unplug-Handshake ihrer Treiber.</translation>
    </message>
    <message>
        <source>The VM&apos;s UUID &apos;%1&apos; is not a UUID, so no xe command can name it.</source>
        <translation>Die UUID &apos;%1&apos; der VM ist keine gültige UUID, daher kann kein xe-Befehl die VM ansprechen.</translation>
    </message>
    <message>
        <source>Run the xe commands on the pool master with the VM halted; XAPI applies them at the VM&apos;s next start (it warns that changing has-vendor-device on an installed Windows VM is likely to crash it).</source>
        <translation>Führen Sie die xe-Befehle bei angehaltener VM auf dem Pool-Master aus; XAPI wendet sie beim nächsten Start der VM an (XAPI warnt, dass eine Änderung von has-vendor-device bei einer installierten Windows-VM diese wahrscheinlich zum Absturz bringt).</translation>
    </message>
    <message>
        <source>Under qemu-upstream-uefi XAPI passes no revision, so QEMU shows 1; revision %1 is kept in metadata only.</source>
        <translation>Unter qemu-upstream-uefi übergibt XAPI keine Revision, daher zeigt QEMU 1; Revision %1 wird nur in den Metadaten gespeichert.</translation>
    </message>
    <message>
        <source>XenServer 8 and later run upstream QEMU, which never answers 0xd249: the entry is modeled, not enforced.</source>
        <translation>XenServer 8 und neuer verwenden Upstream-QEMU, das nie mit 0xd249 antwortet: Der Eintrag wird modelliert, nicht durchgesetzt.</translation>
    </message>
</context>
<context>
    <name>RemoveBlacklistEntryCommand</name>
    <message>
        <source>Remove blacklist entry %1</source>
        <translation>Sperrlisteneintrag %1 entfernen</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>unbekanntes Argument „%1“</translation>
    </message>
    <message>
        <source>--format needs a value</source>
        <translation>--format braucht einen Wert</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format muss csv oder json sein</translation>
    </message>
</context>
<context>
    <name>StrategiesCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>--format must be table or json (csv with --show)</source>
        <translation>--format muss table oder json sein (csv mit --show)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no strategy &apos;%1&apos; (one of %2)</source>
        <translation>keine Strategie „%1“ (eine von %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n VM mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>%n VMs mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <source>(N?): N of the VMs in that cell rest on uncertain facts; each counts in its class.</source>
        <translation>(N?): N der VMs dieser Zelle beruhen auf unsicheren Fakten; jede zählt in ihrer Klasse.</translation>
    </message>
    <message>
        <source>The VMs of one strategy: xpctl strategies --show ID; docs/strategies.md: what each models.</source>
        <translation>Die VMs einer Strategie: xpctl strategies --show ID; was jede modelliert: docs/strategies.md.</translation>
    </message>
</context>
<context>
    <name>StrategiesDialog</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Apply to These VMs…</source>
        <translation>Auf diese VMs an&amp;wenden…</translation>
    </message>
    <message>
        <source>Fleet strategies</source>
        <translation>Strategien – Flotte</translation>
    </message>
    <message>
        <source>The strategies could not be read: %1</source>
        <translation>Die Strategien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each column is one option of the 2013 debate on how new Windows PV drivers reach Xen VMs, or what shipped, previewed on every VM of every connection. Nothing is written. Click a count to list its VMs.</source>
        <translation>Jede Spalte ist eine Option aus der Debatte von 2013 darüber, wie neue Windows-PV-Treiber zu Xen-VMs gelangen, oder das, was tatsächlich ausgeliefert wurde, vorausberechnet für jede VM jeder Verbindung. Nichts wird geschrieben. Klicken Sie auf eine Anzahl, um ihre VMs aufzulisten.</translation>
    </message>
    <message>
        <source>VMs per strategy and outcome</source>
        <translation>VMs je Strategie und Ergebnis</translation>
    </message>
    <message>
        <source>The VMs of the chosen strategy and outcome</source>
        <translation>Die VMs der gewählten Strategie und des gewählten Ergebnisses</translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n strategies on %1 VM(s)…</source>
        <translation>
            <numerusform>Berechne %n Strategie für %1 VM(s) voraus …</numerusform>
            <numerusform>Berechne %n Strategien für %1 VM(s) voraus …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>Abgebrochen: %n VM mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>Abgebrochen: %n VMs mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n VM mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>%n VMs mit jeder Strategie vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“(N?)”: N of the cell&apos;s VMs rest on uncertain facts; each counts in its class.</source>
        <translation>„(N?)“: N der VMs der Zelle beruhen auf unsicheren Fakten; jede zählt in ihrer Klasse.</translation>
    </message>
    <message>
        <source>Click a count to pick the VMs of one strategy and outcome first.</source>
        <translation>Klicken Sie zuerst auf eine Anzahl, um die VMs einer Strategie und eines Ergebnisses auszuwählen.</translation>
    </message>
    <message>
        <source>This strategy only publishes packages on Windows Update: nothing can be written to the VMs.</source>
        <translation>Diese Strategie veröffentlicht nur Pakete über Windows Update: Nichts davon lässt sich in die VMs schreiben.</translation>
    </message>
    <message>
        <source>The strategy does nothing to these VMs.</source>
        <translation>Die Strategie bewirkt bei diesen VMs nichts.</translation>
    </message>
    <message>
        <source>These VMs are on several connections (or none): a bulk change runs on one.</source>
        <translation>Diese VMs liegen auf mehreren Verbindungen (oder auf keiner): Eine Massenänderung läuft auf einer.</translation>
    </message>
    <message>
        <source>Opens the bulk change with this strategy&apos;s changes that can be written: %1</source>
        <translation>Öffnet die Massenänderung mit den schreibbaren Änderungen dieser Strategie: %1</translation>
    </message>
</context>
<context>
    <name>StrategySet</name>
    <message>
        <source>Cannot read the strategies %1: %2</source>
        <translation>Die Strategien %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The strategies %1 are not valid JSON at offset %2: %3</source>
        <translation>Die Strategien %1 sind an Offset %2 kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>The strategies %1 have schema %2; this build reads schema 1.</source>
        <translation>Die Strategien %1 haben Schema %2; dieser Build liest Schema 1.</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; unusable: %3</source>
        <translation>%1: Paket &apos;%2&apos; unbrauchbar: %3</translation>
    </message>
    <message>
        <source>%1: package id &apos;%2&apos; is already in the driver catalogue</source>
        <translation>%1: Paket-ID &apos;%2&apos; ist bereits im Treiberkatalog</translation>
    </message>
    <message>
        <source>%1: a strategy without an id, or with one used twice (&apos;%2&apos;)</source>
        <translation>%1: eine Strategie ohne ID oder mit einer doppelt verwendeten ID (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: strategy &apos;%2&apos;: %3</source>
        <translation>%1: Strategie &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: strategy &apos;%2&apos; publishes &apos;%3&apos;, which no catalogue holds</source>
        <translation>%1: Strategie &apos;%2&apos; veröffentlicht &apos;%3&apos;, das in keinem Katalog steht</translation>
    </message>
    <message>
        <source>%1 holds no strategy</source>
        <translation>%1 enthält keine Strategie</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <source>Publish for 0001</source>
        <translation>Für 0001 veröffentlichen</translation>
    </message>
    <message>
        <source>Platform device v2</source>
        <translation>Plattformgerät v2</translation>
    </message>
    <message>
        <source>Blacklist old builds</source>
        <translation>Alte Builds sperren</translation>
    </message>
    <message>
        <source>Expose both devices</source>
        <translation>Beide Geräte bereitstellen</translation>
    </message>
    <message>
        <source>Stub through WU</source>
        <translation>Stub über WU</translation>
    </message>
    <message>
        <source>Refuse over legacy</source>
        <translation>Nicht über Legacy</translation>
    </message>
    <message>
        <source>What shipped</source>
        <translation>Was ausgeliefert wurde</translation>
    </message>
    <message>
        <source>Nothing changes: the fleet as it is, the baseline of every other column.</source>
        <translation>Nichts ändert sich: die Flotte, wie sie ist, die Vergleichsbasis jeder anderen Spalte.</translation>
    </message>
    <message>
        <source>Windows Update publishes today&apos;s xenbus drivers for the platform device IDs 0001 and 0002.</source>
        <translation>Windows Update veröffentlicht die heutigen xenbus-Treiber für die Plattformgeräte-IDs 0001 und 0002.</translation>
    </message>
    <message>
        <source>XenServer&apos;s 2013 proposal: platform device 5853:0002 with a revision from the device model&apos;s command line; the new drivers are published for 0002 only.</source>
        <translation>Der Vorschlag von XenServer aus dem Jahr 2013: Plattformgerät 5853:0002 mit einer Revision aus der Befehlszeile des Gerätemodells; die neuen Treiber werden nur für 0002 veröffentlicht.</translation>
    </message>
    <message>
        <source>The device model blacklists every build of product 1 (Citrix&apos;s drivers before xenbus) through the unplug protocol; the new drivers are published for 0001.</source>
        <translation>Das Gerätemodell setzt über das Unplug-Protokoll jeden Build von Produkt 1 (die Citrix-Treiber vor xenbus) auf die Sperrliste; die neuen Treiber werden für 0001 veröffentlicht.</translation>
    </message>
    <message>
        <source>Every VM gets a xen-pvdevice 5853:0002 (its default in July 2013) next to the platform device 0001; the new drivers are published for 0002.</source>
        <translation>Jede VM erhält neben dem Plattformgerät 0001 ein xen-pvdevice 5853:0002 (dessen Vorgabe im Juli 2013); die neuen Treiber werden für 0002 veröffentlicht.</translation>
    </message>
    <message>
        <source>Windows Update publishes a self-disabling stub for 0001 and 0002: it binds them and starts no PV connection.</source>
        <translation>Windows Update veröffentlicht für 0001 und 0002 einen Stub, der sich selbst deaktiviert: Er bindet sie und baut keine PV-Verbindung auf.</translation>
    </message>
    <message>
        <source>Windows Update publishes new drivers for 0001 and 0002 whose installer refuses to install where a legacy stack is installed.</source>
        <translation>Windows Update veröffentlicht für 0001 und 0002 neue Treiber, deren Installationsprogramm die Installation verweigert, wo ein Legacy-Stapel installiert ist.</translation>
    </message>
    <message>
        <source>The vendor device 5853:c000 on every VM, which Windows Update targets with the XenServer VM Tools.</source>
        <translation>Das Herstellergerät 5853:c000 auf jeder VM, auf das Windows Update die XenServer VM Tools ausrichtet.</translation>
    </message>
</context>
<context>
    <name>StrategyTableModel</name>
    <message>
        <source>%1 (%2?)</source>
        <translation>%1 (%2?)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s): %1</source>
        <translation>
            <numerusform>%n VM: %1</numerusform>
            <numerusform>%n VMs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rest on uncertain facts.</source>
        <translation>
            <numerusform>%n davon beruht auf unsicheren Fakten.</numerusform>
            <numerusform>%n davon beruhen auf unsicheren Fakten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnfinishedMigration</name>
    <message>
        <source>an unknown user</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>A driver migration stopped after step %1 of %2 (last step recorded by %3 at %4): the VM is between its old and its new drivers until the migration is finished or rolled back.</source>
        <translation>Eine Treibermigration wurde nach Schritt %1 von %2 angehalten (letzter Schritt erfasst – Benutzer: %3, Zeitpunkt: %4): Die VM befindet sich zwischen ihren alten und ihren neuen Treibern, bis die Migration abgeschlossen oder zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>migration %1/%2</source>
        <translation>Migration %1/%2</translation>
    </message>
    <message>
        <source>migration %1/%2 by %3</source>
        <translation>Migration %1/%2 von %3</translation>
    </message>
</context>
<context>
    <name>UnplugTab</name>
    <message>
        <source>Unplug handshake</source>
        <translation>Unplug-Handshake</translation>
    </message>
    <message>
        <source>Driver / step</source>
        <translation>Treiber / Schritt</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Emulated devices after the unplug</source>
        <translation>Emulierte Geräte nach dem Unplug</translation>
    </message>
    <message>
        <source>Emulated device</source>
        <translation>Emuliertes Gerät</translation>
    </message>
    <message>
        <source>At next boot</source>
        <translation>Beim nächsten Start</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>auf der Sperrliste</translation>
    </message>
    <message>
        <source>proceeds</source>
        <translation>fährt fort</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>bricht ab</translation>
    </message>
    <message>
        <source>no port access</source>
        <translation>kein Portzugriff</translation>
    </message>
    <message>
        <source>read %1-bit</source>
        <translation>Lesen (%1 Bit)</translation>
    </message>
    <message>
        <source>write %1-bit</source>
        <translation>Schreiben (%1 Bit)</translation>
    </message>
    <message>
        <source>unplugged: replaced by its PV device</source>
        <translation>per Unplug entfernt: durch sein PV-Gerät ersetzt</translation>
    </message>
    <message>
        <source>stays (%1)</source>
        <translation>bleibt (%1)</translation>
    </message>
    <message>
        <source>No emulated device is unplugged at the next boot.</source>
        <translation>Beim nächsten Start wird kein emuliertes Gerät per Unplug entfernt.</translation>
    </message>
    <message>
        <source>Unplugged at the next boot: %1</source>
        <translation>Beim nächsten Start per Unplug entfernt: %1</translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <source>The inventory was not imported</source>
        <translation>Das Inventar wurde nicht importiert</translation>
    </message>
    <message>
        <source>The VM is no longer listed.</source>
        <translation>Die VM ist nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Import the driver inventory of %1</source>
        <translation>Treiberinventar von %1 importieren</translation>
    </message>
</context>
<context>
    <name>VmDetailsView</name>
    <message>
        <source>&amp;Binding</source>
        <translation>&amp;Bindung</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>&amp;Unplug-Ablauf</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>&amp;XML</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Was wäre wenn</translation>
    </message>
    <message>
        <source>No change: this is the next boot as configured.</source>
        <translation>Keine Änderung: So verläuft der nächste Start mit der aktuellen Konfiguration.</translation>
    </message>
    <message>
        <source>Previewing: %1</source>
        <translation>Vorschau für: %1</translation>
    </message>
    <message>
        <source>B&amp;lacklist</source>
        <translation>Sperr&amp;liste</translation>
    </message>
    <message>
        <source>B&amp;lacklist (changes pending)</source>
        <translation>Sperr&amp;liste (Änderungen ausstehend)</translation>
    </message>
    <message>
        <source>Plan and apply a move to another driver stack, step by step, each step simulated first.</source>
        <translation>Den Wechsel zu einem anderen Treiberstapel Schritt für Schritt planen und anwenden; jeder Schritt wird zuerst simuliert.</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>Ga&amp;st</translation>
    </message>
    <message>
        <source>M&amp;igrate Drivers…</source>
        <translation>Treiber m&amp;igrieren…</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Was wäre wenn</translation>
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
    <message>
        <source>%1 · changes pending</source>
        <translation>%1 · Änderungen ausstehend</translation>
    </message>
    <message>
        <source>The next boot differs from the running VM: %1.
%2</source>
        <translation>Der nächste Start unterscheidet sich von der laufenden VM: %1.
%2</translation>
    </message>
    <message>
        <source>libvirt did not start it: %1</source>
        <translation>libvirt hat sie nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1 · start failed</source>
        <translation>%1 · Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>A driver migration is under way (%1): the VM is between its old and its new drivers.</source>
        <translation>Eine Treibermigration ist im Gange (%1): Die VM befindet sich zwischen ihren alten und ihren neuen Treibern.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
</context>
<context>
    <name>VmQueryBar</name>
    <message>
        <source>Repla&amp;ce list</source>
        <translation>Liste erset&amp;zen</translation>
    </message>
    <message>
        <source>E&amp;xtend list</source>
        <translation>Liste er&amp;gänzen</translation>
    </message>
    <message>
        <source>Pick VMs by</source>
        <translation>VMs auswählen nach</translation>
    </message>
    <message>
        <source>OS containing</source>
        <translation>Betriebssystem enthält</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>All VMs of this connection</source>
        <translation>Alle VMs dieser Verbindung</translation>
    </message>
    <message>
        <source>Text the OS contains</source>
        <translation>Im Betriebssystem enthaltener Text</translation>
    </message>
    <message>
        <source>e.g. Windows Server 2019</source>
        <translation>z. B. Windows Server 2019</translation>
    </message>
    <message>
        <source>Value to pick VMs by</source>
        <translation>Wert, nach dem VMs ausgewählt werden</translation>
    </message>
    <message>
        <source>Replace the list with the matching VMs</source>
        <translation>Liste durch die passenden VMs ersetzen</translation>
    </message>
    <message>
        <source>Add the matching VMs to the list</source>
        <translation>Passende VMs zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Pick VMs by &amp;query:</source>
        <translation>VMs per Ab&amp;frage auswählen:</translation>
    </message>
    <message>
        <source>no VM has one</source>
        <translation>bei keiner VM vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmReport</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Windows %1</source>
        <translation>Windows %1</translation>
    </message>
    <message>
        <source>Linux %1</source>
        <translation>Linux %1</translation>
    </message>
    <message>
        <source>FreeBSD %1</source>
        <translation>FreeBSD %1</translation>
    </message>
    <message>
        <source>NetBSD %1</source>
        <translation>NetBSD %1</translation>
    </message>
    <message>
        <source>OpenBSD %1</source>
        <translation>OpenBSD %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>VM:              %1 (%2)</source>
        <translation>VM:                  %1 (%2)</translation>
    </message>
    <message>
        <source>Device model:    %1</source>
        <translation>Gerätemodell:        %1</translation>
    </message>
    <message>
        <source>Platform device: %1</source>
        <translation>Plattformgerät:      %1</translation>
    </message>
    <message>
        <source>Vendor device:   %1</source>
        <translation>Herstellergerät:     %1</translation>
    </message>
    <message>
        <source>Candidates for %1:</source>
        <translation>Kandidaten für %1:</translation>
    </message>
    <message>
        <source>Active driver:   %1</source>
        <translation>Aktiver Treiber:     %1</translation>
    </message>
    <message>
        <source>Windows Update:  installs %1</source>
        <translation>Windows Update:      installiert %1</translation>
    </message>
    <message>
        <source>Unplugged:       %1</source>
        <translation>Per Unplug entfernt: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Metadata error:  %1</source>
        <translation>Metadatenfehler:     %1</translation>
    </message>
    <message>
        <source>Findings:        none</source>
        <translation>Befunde:             keine</translation>
    </message>
    <message numerus="yes">
        <source>metadata errors: %n</source>
        <translation>
            <numerusform>Metadatenfehler: %n</numerusform>
            <numerusform>Metadatenfehler: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumed:         %1</source>
        <translation>Angenommen:          %1</translation>
    </message>
    <message>
        <source>Uncertain facts this prediction rests on:</source>
        <translation>Unsichere Fakten, auf denen diese Vorhersage beruht:</translation>
    </message>
    <message>
        <source>%1 (libosinfo)</source>
        <translation>%1 (libosinfo)</translation>
    </message>
    <message>
        <source>What boots:      %1</source>
        <translation>Was startet:         %1</translation>
    </message>
    <message>
        <source>-device %1 (xpconsole&apos;s)</source>
        <translation>-device %1 (von xpconsole)</translation>
    </message>
    <message>
        <source>-device %1 (another tool&apos;s)</source>
        <translation>-device %1 (eines anderen Werkzeugs)</translation>
    </message>
    <message>
        <source>%1 (guest agent)</source>
        <translation>%1 (Gastagent)</translation>
    </message>
    <message>
        <source>OS:              %1</source>
        <translation>Betriebssystem:  %1</translation>
    </message>
    <message>
        <source>Guest facts:</source>
        <translation>Angaben zum Gast:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, older than the last boot</source>
        <translation>%1, älter als der letzte Start</translation>
    </message>
    <message>
        <source>%1, last boot not seen</source>
        <translation>%1, letzter Start nicht beobachtet</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>abweichend: %1</translation>
    </message>
    <message>
        <source>Guest agent:     %1 (%2)</source>
        <translation>Gastagent:       %1 (%2)</translation>
    </message>
    <message>
        <source>Prediction check: %1</source>
        <translation>Vorhersageprüfung: %1</translation>
    </message>
    <message>
        <source>predicted %1, the guest has %2</source>
        <translation>vorhergesagt %1, der Gast hat %2</translation>
    </message>
    <message>
        <source>(not exposed)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format muss table, json oder csv sein</translation>
    </message>
    <message>
        <source>--fail-on needs unchanged, healthy, guest-step, loses-pv or breaks</source>
        <translation>--fail-on braucht unchanged, healthy, guest-step, loses-pv oder breaks</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>give the change with --set KEY=VALUE (one or more)</source>
        <translation>geben Sie die Änderung mit --set SCHLÜSSEL=WERT an (einmal oder öfter)</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rests on uncertain facts:
%1</source>
        <translation>Beruht auf unsicheren Fakten:
%1</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Driver in charge</source>
        <translation>Zuständiger Treiber</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>Entfallene Befunde</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Platform device</source>
        <translation>Plattformgerät</translation>
    </message>
    <message>
        <source>5853:0001 (default)</source>
        <translation>5853:0001 (Standard)</translation>
    </message>
    <message>
        <source>5853:0002 (XenServer)</source>
        <translation>5853:0002 (XenServer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Platform device revision</source>
        <translation>Revision des Plattformgeräts</translation>
    </message>
    <message>
        <source>Vendor device ID</source>
        <translation>Geräte-ID des Herstellergeräts</translation>
    </message>
    <message>
        <source>Vendor device revision</source>
        <translation>Revision des Herstellergeräts</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <source>Add a blacklist entry</source>
        <translation>Sperrlisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>PRODUCT:BUILD[-BUILD], e.g. xensource-windows:60</source>
        <translation>PRODUCT:BUILD[-BUILD], z. B. xensource-windows:60</translation>
    </message>
    <message>
        <source>Publish a package on Windows Update</source>
        <translation>Paket über Windows Update veröffentlichen</translation>
    </message>
    <message>
        <source>PACKAGE@HARDWARE-ID, e.g. xenserver-vmtools-9@PCI\VEN_5853&amp;DEV_0001</source>
        <translation>PACKAGE@HARDWARE-ID, z. B. xenserver-vmtools-9@PCI\VEN_5853&amp;DEV_0001</translation>
    </message>
    <message>
        <source>&amp;Platform device:</source>
        <translation>&amp;Plattformgerät:</translation>
    </message>
    <message>
        <source>V&amp;endor device</source>
        <translation>H&amp;erstellergerät</translation>
    </message>
    <message>
        <source>Windows Update &amp;on</source>
        <translation>Windows Upda&amp;te an</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <translation>A&amp;nwenden…</translation>
    </message>
    <message>
        <source>Review and write this change to the VM</source>
        <translation>Diese Änderung prüfen und in die VM schreiben</translation>
    </message>
    <message>
        <source>Devi&amp;ce model:</source>
        <translation>Gerätem&amp;odell:</translation>
    </message>
    <message>
        <source>Blac&amp;klist:</source>
        <translation>Spe&amp;rrliste:</translation>
    </message>
    <message>
        <source>Publi&amp;sh:</source>
        <translation>&amp;Veröffentlichen:</translation>
    </message>
    <message>
        <source>The connection is read-only: reconnect read-write to apply a change.</source>
        <translation>Die Verbindung ist schreibgeschützt: Stellen Sie die Verbindung mit Schreibzugriff neu her, um eine Änderung anzuwenden.</translation>
    </message>
    <message>
        <source>The controls describe no change.</source>
        <translation>Die Einstellungen beschreiben keine Änderung.</translation>
    </message>
    <message>
        <source>A Windows Update publication is what-if only: it is never written to a VM.</source>
        <translation>Eine Veröffentlichung über Windows Update dient nur der Was-wäre-wenn-Vorschau: Sie wird nie in eine VM geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not a valid change: %2</source>
        <translation>%1 ist keine gültige Änderung: %2</translation>
    </message>
    <message>
        <source>Review the diff of %1 and write it</source>
        <translation>Diff von %1 prüfen und schreiben</translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n VM vorausberechnet; nichts wurde geschrieben.</numerusform>
            <numerusform>%n VMs vorausberechnet; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 resting on uncertain facts)</source>
        <translation>(%1 davon auf unsicheren Fakten)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>KLASSE</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>TREIBER</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>WEG</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht anwendbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>? %n VM(s) rest on uncertain facts (see --format json); each counts in its class.</source>
        <translation>
            <numerusform>? %n VM beruht auf unsicheren Fakten (siehe --format json); sie zählt in ihrer Klasse.</numerusform>
            <numerusform>? %n VMs beruhen auf unsicheren Fakten (siehe --format json); jede zählt in ihrer Klasse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereClause</name>
    <message>
        <source>expected KEY=VALUE or KEY~TEXT, got &quot;%1&quot;</source>
        <translation>SCHLÜSSEL=WERT oder SCHLÜSSEL~TEXT erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;%2&quot; (os, host, flavour, finding, driver or state)</source>
        <translation>unbekannter Schlüssel „%1“ in „%2“ (os, host, flavour, finding, driver oder state)</translation>
    </message>
</context>
<context>
    <name>WhereField</name>
    <message>
        <source>every VM; or e.g. os~Windows; host=xen3; finding=XP-NO-PV</source>
        <translation>jede VM; oder z. B. os~Windows; host=xen3; finding=XP-NO-PV</translation>
    </message>
    <message>
        <source>Conditions on what the VM list shows, separated by &quot;;&quot;, all of them met: KEY=VALUE (equal) or KEY~TEXT (contains), ignoring case. Keys: os, host, flavour, finding, driver, state. The same as xpctl --where.</source>
        <translation>Bedingungen an das, was die VM-Liste zeigt, getrennt durch „;“, alle müssen erfüllt sein: SCHLÜSSEL=WERT (gleich) oder SCHLÜSSEL~TEXT (enthält), ohne Beachtung der Groß-/Kleinschreibung. Schlüssel: os, host, flavour, finding, driver, state. Dasselbe wie xpctl --where.</translation>
    </message>
    <message>
        <source>O&amp;nly the VMs where:</source>
        <translation>Nur die &amp;VMs, für die gilt:</translation>
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
    <name>XenDeviceProbe</name>
    <message>
        <source>the default emulator</source>
        <translation>der Standard-Emulator</translation>
    </message>
    <message>
        <source>Not connected: whether %1 has xen-pvdevice was not asked.</source>
        <translation>Nicht verbunden: Ob %1 xen-pvdevice hat, wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>libvirt&apos;s domain capabilities: %1 offers machine type xenfv, which QEMU builds only with Xen support, as it builds xen-pvdevice.</source>
        <translation>Domänen-Fähigkeiten von libvirt: %1 bietet den Maschinentyp xenfv, den QEMU nur mit Xen-Unterstützung baut, so wie xen-pvdevice.</translation>
    </message>
    <message>
        <source>libvirt&apos;s domain capabilities: %1 has no machine type xenfv, so it was built without Xen support and has no xen-pvdevice (libvirt: %2).</source>
        <translation>Domänen-Fähigkeiten von libvirt: %1 hat keinen Maschinentyp xenfv, wurde also ohne Xen-Unterstützung gebaut und hat kein xen-pvdevice (libvirt: %2).</translation>
    </message>
    <message>
        <source>Whether %1 has xen-pvdevice could not be established: libvirt answered &quot;%2&quot;.</source>
        <translation>Ob %1 xen-pvdevice hat, ließ sich nicht feststellen: libvirt antwortete „%2“.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
</context>
<context>
    <name>XmlLimits</name>
    <message>
        <source>The XML has a document type declaration (&lt;!DOCTYPE&gt;, line %1); libvirt never writes one, so it is not read.</source>
        <translation>Das XML enthält eine Dokumenttyp-Deklaration (&lt;!DOCTYPE&gt;, Zeile %1); libvirt schreibt nie eine, daher wird es nicht gelesen.</translation>
    </message>
    <message>
        <source>The XML is nested deeper than %1 elements (line %2); libvirt refuses such documents.</source>
        <translation>Das XML ist tiefer als %1 Elemente verschachtelt (Zeile %2); libvirt lehnt solche Dokumente ab.</translation>
    </message>
</context>
<context>
    <name>XmlTab</name>
    <message>
        <source>Inactive domain XML</source>
        <translation>Inaktives Domänen-XML</translation>
    </message>
    <message>
        <source>Diff of the pending edits</source>
        <translation>Diff der ausstehenden Bearbeitungen</translation>
    </message>
    <message>
        <source>The pending edits cannot be written: %1</source>
        <translation>Die ausstehenden Bearbeitungen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No edits pending: this is the definition the next boot uses.</source>
        <translation>Keine ausstehenden Bearbeitungen: Dies ist die Definition, die der nächste Start verwendet.</translation>
    </message>
    <message>
        <source>Pending edits, not yet applied (Apply shows this diff again before writing):</source>
        <translation>Ausstehende, noch nicht angewendete Bearbeitungen („Anwenden“ zeigt diesen Diff vor dem Schreiben erneut an):</translation>
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
        <source>Open the connection read-only.</source>
        <translation>Verbindung schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once the fleet has loaded, then quit.</source>
        <translation>Das Fenster nach dem Laden der Flotte in eine PNG-Datei rendern und dann beenden.</translation>
    </message>
    <message>
        <source>Select this VM (with --screenshot).</source>
        <translation>Diese VM auswählen (mit --screenshot).</translation>
    </message>
    <message>
        <source>Show this details tab: binding, whatIf, blacklist, devices, unplug or xml.</source>
        <translation>Diesen Detail-Reiter zeigen: binding, whatIf, blacklist, devices, unplug oder xml.</translation>
    </message>
    <message>
        <source>With --screenshot: open the driver migration wizard on the selected VM, go to page N (0 pre-checks, 1 target, 2 plan, 3 steps) and picture the wizard.</source>
        <translation>Mit --screenshot: den Assistenten für die Treibermigration für die ausgewählte VM öffnen, zu Seite N gehen (0 Vorprüfungen, 1 Ziel, 2 Plan, 3 Schritte) und den Assistenten abbilden.</translation>
    </message>
    <message>
        <source>Load the fleet, measure paint, load, GUI blocks, filter latency and a full refresh (on a test:// node after changing the state of some VMs), write them as JSON to FILE, then quit.</source>
        <translation>Den Bestand laden, Zeichnen, Laden, Blockaden der Oberfläche, Filterlatenz und eine vollständige Aktualisierung messen (auf einem test://-Knoten, nachdem der Zustand einiger VMs geändert wurde), als JSON in FILE schreiben und beenden.</translation>
    </message>
</context>
</TS>
