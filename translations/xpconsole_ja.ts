<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>MainWindow</name>
    <message>
        <source>xpconsole</source>
        <translation>xpconsole</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Status Bar</source>
        <translation>ステータスバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About xpconsole</source>
        <translation>xpconsole について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>About xpconsole</source>
        <translation>xpconsole について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xpconsole %1&lt;/h3&gt;&lt;p&gt;Shows which Xen platform device and PV drivers each VM exposes and binds, edits the unplug blacklist and predicts the next boot before it happens.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xpconsole %1&lt;/h3&gt;&lt;p&gt;各 VM が公開・バインドする Xen プラットフォームデバイスと PV ドライバーを表示し、アンプラグのブラックリストを編集し、次回起動時の動作を事前に予測します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>Platform device</source>
        <translation>プラットフォームデバイス</translation>
    </message>
    <message>
        <source>Vendor device</source>
        <translation>ベンダーデバイス</translation>
    </message>
    <message>
        <source>Predicted driver</source>
        <translation>予測ドライバー</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Xen platform device and PV driver console</source>
        <translation>Xen プラットフォームデバイスと PV ドライバーのコンソール</translation>
    </message>
    <message>
        <source>libvirt connection URI.</source>
        <translation>libvirt 接続 URI。</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja).</source>
        <translation>ユーザーインターフェースの言語 (en, de, ja)。</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
</context>
</TS>
