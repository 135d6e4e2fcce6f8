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
</TS>
