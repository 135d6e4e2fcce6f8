<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BindingEngine</name>
    <message numerus="yes">
        <source>The %1 device model does not enforce %n blacklist entries: they are modeled, not enforced.</source>
        <translation>
            <numerusform>The %1 device model does not enforce %n blacklist entry: it is modeled, not enforced.</numerusform>
            <numerusform>The %1 device model does not enforce %n blacklist entries: they are modeled, not enforced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindingTab</name>
    <message numerus="yes">
        <source>The prediction rests on %n uncertain fact(s).</source>
        <translation>
            <numerusform>The prediction rests on %n uncertain fact.</numerusform>
            <numerusform>The prediction rests on %n uncertain facts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistEditor</name>
    <message numerus="yes">
        <source>Discard %n unapplied blacklist edits for VM %1?</source>
        <translation>
            <numerusform>Discard %n unapplied blacklist edit for VM %1?</numerusform>
            <numerusform>Discard %n unapplied blacklist edits for VM %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unapplied edits of the blacklist template?</source>
        <translation>
            <numerusform>Discard %n unapplied edit of the blacklist template?</numerusform>
            <numerusform>Discard %n unapplied edits of the blacklist template?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes pending: %n unapplied edits</source>
        <translation>
            <numerusform>Changes pending: %n unapplied edit</numerusform>
            <numerusform>Changes pending: %n unapplied edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistModel</name>
    <message numerus="yes">
        <source>Remove %n blacklist entries</source>
        <translation>
            <numerusform>Remove %n blacklist entry</numerusform>
            <numerusform>Remove %n blacklist entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n VM changes</numerusform>
            <numerusform>%n VMs change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change</source>
        <translation>
            <numerusform>%n takes no change</numerusform>
            <numerusform>%n take no change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot take it</source>
        <translation>
            <numerusform>%n cannot take it</numerusform>
            <numerusform>%n cannot take it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would get a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n would get a new error finding (highlighted).</numerusform>
            <numerusform>%n would get a new error finding (highlighted).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected VM(s) no longer listed, skipped.</source>
        <translation>
            <numerusform>%n selected VM no longer listed, skipped.</numerusform>
            <numerusform>%n selected VMs no longer listed, skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close without applying? The %n composed change(s) are discarded and no VM is changed.</source>
        <translation>
            <numerusform>Close without applying? The %n composed change is discarded and no VM is changed.</numerusform>
            <numerusform>Close without applying? The %n composed changes are discarded and no VM is changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry/entries)</source>
        <translation>
            <numerusform>%1 (%n entry)</numerusform>
            <numerusform>%1 (%n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk change on %n VM(s) of %1</source>
        <translation>
            <numerusform>Bulk change on %n VM of %1</numerusform>
            <numerusform>Bulk change on %n VMs of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) still differ from the change</source>
        <translation>
            <numerusform>%n VM still differs from the change</numerusform>
            <numerusform>%n VMs still differ from the change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n got a new error finding (highlighted).</numerusform>
            <numerusform>%n got a new error finding (highlighted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message numerus="yes">
        <source>%n VM(s) would get %1: %2</source>
        <translation>
            <numerusform>%n VM would get %1: %2</numerusform>
            <numerusform>%n VMs would get %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDelegate</name>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n connected</numerusform>
            <numerusform>%n connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n connecting</numerusform>
            <numerusform>%n connecting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s): %1</source>
        <translation>
            <numerusform>%n connection: %1</numerusform>
            <numerusform>%n connections: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message numerus="yes">
        <source>Close %1? Its %n VM(s) leave(s) the list; nothing on the host changes.</source>
        <translation>
            <numerusform>Close %1? Its %n VM leaves the list; nothing on the host changes.</numerusform>
            <numerusform>Close %1? Its %n VMs leave the list; nothing on the host changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message numerus="yes">
        <source>%1: %n VM(s)</source>
        <translation>
            <numerusform>%1: %n VM</numerusform>
            <numerusform>%1: %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetView</name>
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
            <numerusform>%1 of %n VM</numerusform>
            <numerusform>%1 of %n VMs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetWhatIfDialog</name>
    <message numerus="yes">
        <source>Previewing the change on %n VM(s)…</source>
        <translation>
            <numerusform>Previewing the change on %n VM…</numerusform>
            <numerusform>Previewing the change on %n VMs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>Stopped: %n VM previewed; nothing was written.</numerusform>
            <numerusform>Stopped: %n VMs previewed; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n VM previewed; nothing was written.</numerusform>
            <numerusform>%n VMs previewed; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rest on uncertain facts (marked).</source>
        <translation>
            <numerusform>%n of them rests on uncertain facts (marked).</numerusform>
            <numerusform>%n of them rest on uncertain facts (marked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestFacts</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Bulk change covers the VMs of one connection at a time: %n selected VM(s) of other connections left out.</source>
        <translation>
            <numerusform>Bulk change covers the VMs of one connection at a time: %n selected VM of other connections left out.</numerusform>
            <numerusform>Bulk change covers the VMs of one connection at a time: %n selected VMs of other connections left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the fleet report of %n VM(s) to %1.</source>
        <translation>
            <numerusform>Wrote the fleet report of %n VM to %1.</numerusform>
            <numerusform>Wrote the fleet report of %n VMs to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationPlanPage</name>
    <message numerus="yes">
        <source>%n step(s) lead to a boot with an error finding that no order of the steps avoids: read their explanation before you apply them.</source>
        <translation>
            <numerusform>%n step leads to a boot with an error finding that no order of the steps avoids: read its explanation before you apply it.</numerusform>
            <numerusform>%n steps lead to a boot with an error finding that no order of the steps avoids: read their explanation before you apply them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationStepPage</name>
    <message numerus="yes">
        <source>Then run the %n command(s) shown under the diff on the host.</source>
        <translation>
            <numerusform>Then run the %n command shown under the diff on the host.</numerusform>
            <numerusform>Then run the %n commands shown under the diff on the host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationSummaryPage</name>
    <message numerus="yes">
        <source>%1 is migrated to %2: all %n step(s) are done.</source>
        <translation>
            <numerusform>%1 is migrated to %2: its %n step is done.</numerusform>
            <numerusform>%1 is migrated to %2: all %n steps are done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MigrationTargetPage</name>
    <message numerus="yes">
        <source>%n step(s). </source>
        <translation>
            <numerusform>%n step. </numerusform>
            <numerusform>%n steps. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) end in a boot with an error finding. </source>
        <translation>
            <numerusform>%n step ends in a boot with an error finding. </numerusform>
            <numerusform>%n steps end in a boot with an error finding. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message numerus="yes">
        <source>Write the new definition of %n VM(s) to %1?</source>
        <translation>
            <numerusform>Write the new definition of %n VM to %1?</numerusform>
            <numerusform>Write the new definitions of %n VMs to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run: the change takes effect after each is powered off and started again.</source>
        <translation>
            <numerusform>%n of them runs: the change takes effect after it is powered off and started again.</numerusform>
            <numerusform>%n of them run: the change takes effect after each is powered off and started again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n VM changes</numerusform>
            <numerusform>%n VMs change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change or cannot take it</source>
        <translation>
            <numerusform>%n takes no change or cannot take it</numerusform>
            <numerusform>%n take no change or cannot take it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n script(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n script to the clipboard.</numerusform>
            <numerusform>Copied %n scripts to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategiesCommand</name>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n VM previewed with each strategy; nothing was written.</numerusform>
            <numerusform>%n VMs previewed with each strategy; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategiesDialog</name>
    <message numerus="yes">
        <source>Previewing %n strategies on %1 VM(s)…</source>
        <translation>
            <numerusform>Previewing %n strategy on %1 VM(s)…</numerusform>
            <numerusform>Previewing %n strategies on %1 VM(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>Stopped: %n VM previewed with each strategy; nothing was written.</numerusform>
            <numerusform>Stopped: %n VMs previewed with each strategy; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n VM previewed with each strategy; nothing was written.</numerusform>
            <numerusform>%n VMs previewed with each strategy; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrategyTableModel</name>
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
            <numerusform>%n of them rests on uncertain facts.</numerusform>
            <numerusform>%n of them rest on uncertain facts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmQueryBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmReport</name>
    <message numerus="yes">
        <source>metadata errors: %n</source>
        <translation>
            <numerusform>metadata errors: %n</numerusform>
            <numerusform>metadata errors: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n VM previewed; nothing was written.</numerusform>
            <numerusform>%n VMs previewed; nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>? %n VM(s) rest on uncertain facts (see --format json); each counts in its class.</source>
        <translation>
            <numerusform>? %n VM rests on uncertain facts (see --format json); it counts in its class.</numerusform>
            <numerusform>? %n VMs rest on uncertain facts (see --format json); each counts in its class.</numerusform>
        </translation>
    </message>
</context>
</TS>
