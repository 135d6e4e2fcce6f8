<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>DeviceCommand</name>
    <message>
        <source>unknown action &apos;%1&apos; (use dump or io)</source>
        <translation>不明なアクション &apos;%1&apos; です (dump または io を使用してください)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>dump takes no operations: &apos;%1&apos;</source>
        <translation>dump は操作を受け付けません: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--flavour applies to xen-platform only</source>
        <translation>--flavour は xen-platform にのみ適用されます</translation>
    </message>
    <message>
        <source>--blacklist applies to xen-platform only: xen-pvdevice has no unplug ports</source>
        <translation>--blacklist は xen-platform にのみ適用されます: xen-pvdevice にはアンプラグポートがありません</translation>
    </message>
    <message>
        <source>--model is required (xen-platform or xen-pvdevice)</source>
        <translation>--model は必須です (xen-platform または xen-pvdevice)</translation>
    </message>
    <message>
        <source>unknown model &apos;%1&apos; (use xen-platform or xen-pvdevice)</source>
        <translation>不明なモデル &apos;%1&apos; です (xen-platform または xen-pvdevice を使用してください)</translation>
    </message>
    <message>
        <source>io needs at least one operation</source>
        <translation>io には少なくとも 1 つの操作が必要です</translation>
    </message>
    <message>
        <source>unknown operation &apos;%1&apos;</source>
        <translation>不明な操作 &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: port I/O needs --model xen-platform (xen-pvdevice has no I/O ports)</source>
        <translation>&apos;%1&apos;: ポート I/O には --model xen-platform が必要です (xen-pvdevice には I/O ポートがありません)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an address</source>
        <translation>&apos;%1&apos; にはアドレスが必要です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a value</source>
        <translation>&apos;%1&apos; には値が必要です</translation>
    </message>
</context>
<context>
    <name>DeviceMessages</name>
    <message>
        <source>&apos;%1&apos; is not a valid number here (decimal or 0x-prefixed hex, within the field&apos;s range).</source>
        <translation>&apos;%1&apos; はここでは有効な数値ではありません (10 進数または 0x プレフィックス付きの 16 進数で、フィールドの範囲内の値を指定してください)。</translation>
    </message>
    <message>
        <source>xen-pvdevice needs a device ID other than 0xffff (QEMU refuses to start without one).</source>
        <translation>xen-pvdevice には 0xffff 以外のデバイス ID が必要です (指定しないと QEMU は起動を拒否します)。</translation>
    </message>
    <message>
        <source>The BAR size %1 is not a power of two (QEMU aborts on such a size).</source>
        <translation>BAR サイズ %1 は 2 のべき乗ではありません (このサイズでは QEMU は異常終了します)。</translation>
    </message>
    <message>
        <source>This device model cannot change that setting: %1.</source>
        <translation>このデバイスモデルではその設定を変更できません: %1。</translation>
    </message>
    <message>
        <source>Unknown device model &apos;%1&apos; (use qemu-upstream, qemu-traditional or xenserver).</source>
        <translation>不明なデバイスモデル &apos;%1&apos; です (qemu-upstream、qemu-traditional、または xenserver を使用してください)。</translation>
    </message>
    <message>
        <source>Unknown PV driver product &apos;%1&apos; (use a name or number from Xen&apos;s product registry).</source>
        <translation>不明な PV ドライバー製品 &apos;%1&apos; です (Xen の製品レジストリにある名前または番号を使用してください)。</translation>
    </message>
    <message>
        <source>The build range %1 is inverted: its first build is above its last.</source>
        <translation>ビルド範囲 %1 が逆転しています: 最初のビルドが最後のビルドより大きくなっています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not understood here.</source>
        <translation>&apos;%1&apos; はここでは解釈できません。</translation>
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
        <translation>一致なし</translation>
    </message>
    <message>
        <source>hardware ID matches the INF hardware ID</source>
        <translation>ハードウェア ID が INF のハードウェア ID と一致</translation>
    </message>
    <message>
        <source>hardware ID matches an INF compatible ID</source>
        <translation>ハードウェア ID が INF の互換 ID と一致</translation>
    </message>
    <message>
        <source>compatible ID matches the INF hardware ID</source>
        <translation>互換 ID が INF のハードウェア ID と一致</translation>
    </message>
    <message>
        <source>compatible ID matches an INF compatible ID</source>
        <translation>互換 ID が INF の互換 ID と一致</translation>
    </message>
    <message>
        <source>WHQL</source>
        <translation>WHQL</translation>
    </message>
    <message>
        <source>inbox</source>
        <translation>インボックス</translation>
    </message>
    <message>
        <source>Authenticode</source>
        <translation>Authenticode</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>署名なし</translation>
    </message>
    <message>
        <source>unknown signature</source>
        <translation>署名不明</translation>
    </message>
</context>
<context>
    <name>DriverSelection</name>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Rank %1 is worse than the selected driver&apos;s %2 (lower ranks win).</source>
        <translation>ランク %1 は選択されたドライバーのランク %2 より劣ります (ランクは低いほど優先されます)。</translation>
    </message>
    <message>
        <source>Same rank %1, but its DriverVer date %2 is older than %3.</source>
        <translation>ランク %1 は同じですが、DriverVer の日付 %2 が %3 より古くなっています。</translation>
    </message>
    <message>
        <source>Same rank %1 and date %2, but its DriverVer version %3 is lower than %4.</source>
        <translation>ランク %1 と日付 %2 は同じですが、DriverVer のバージョン %3 が %4 より低くなっています。</translation>
    </message>
    <message>
        <source>Ties with the selected driver on rank %1, date and version; Windows may pick either.</source>
        <translation>選択されたドライバーとランク %1、日付、バージョンがすべて同じです。Windows はどちらを選択することもあります。</translation>
    </message>
    <message>
        <source>Selected among equals: another candidate has the same rank %1, date and version, so Windows&apos; choice is arbitrary.</source>
        <translation>同等の候補から選択: 別の候補のランク %1、日付、バージョンがすべて同じため、Windows の選択は任意です。</translation>
    </message>
    <message>
        <source>Selected: rank %1 ties, and its DriverVer is newer.</source>
        <translation>選択: ランク %1 が同順位で、DriverVer がより新しいです。</translation>
    </message>
    <message>
        <source>Selected: rank %1 is the lowest (%2).</source>
        <translation>選択: ランク %1 が最も低いです (%2)。</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>selected (arbitrary tie)</source>
        <translation>選択 (同順位から任意)</translation>
    </message>
    <message>
        <source>worse rank</source>
        <translation>ランクが劣る</translation>
    </message>
    <message>
        <source>older date</source>
        <translation>日付が古い</translation>
    </message>
    <message>
        <source>lower version</source>
        <translation>バージョンが低い</translation>
    </message>
    <message>
        <source>arbitrary tie</source>
        <translation>同順位 (任意)</translation>
    </message>
</context>
<context>
    <name>InfParser</name>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>行が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The section header is not closed: &apos;]&apos; is missing.</source>
        <translation>セクションヘッダーが閉じられていません: &apos;]&apos; がありません。</translation>
    </message>
    <message>
        <source>Unexpected text after the section header.</source>
        <translation>セクションヘッダーの後に予期しないテキストがあります。</translation>
    </message>
    <message>
        <source>The section name is empty.</source>
        <translation>セクション名が空です。</translation>
    </message>
    <message>
        <source>The quoted string is not terminated: &apos;&quot;&apos; is missing.</source>
        <translation>引用符で囲まれた文字列が終了していません: &apos;&quot;&apos; がありません。</translation>
    </message>
    <message>
        <source>The string is longer than %1 characters.</source>
        <translation>文字列が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Unknown string token %%1%: [%2] does not define it.</source>
        <translation>不明な文字列トークン %%1% です: [%2] で定義されていません。</translation>
    </message>
    <message>
        <source>The value is longer than %1 characters after string substitution.</source>
        <translation>文字列置換後の値が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>There is no [Version] section, so this is not a driver INF.</source>
        <translation>[Version] セクションがないため、ドライバー INF ではありません。</translation>
    </message>
    <message>
        <source>DriverVer date &apos;%1&apos; is not a valid mm/dd/yyyy date.</source>
        <translation>DriverVer の日付 &apos;%1&apos; は有効な mm/dd/yyyy 形式の日付ではありません。</translation>
    </message>
    <message>
        <source>DriverVer version &apos;%1&apos; is not w.x.y.z with numbers up to 65535.</source>
        <translation>DriverVer のバージョン &apos;%1&apos; は、各数値が 65535 以下の w.x.y.z 形式ではありません。</translation>
    </message>
    <message>
        <source>[Version] has no Signature entry.</source>
        <translation>[Version] に Signature エントリがありません。</translation>
    </message>
    <message>
        <source>The manufacturer entry names no Models section.</source>
        <translation>製造元エントリで Models セクションが指定されていません。</translation>
    </message>
    <message>
        <source>The Models entry has no &apos;=&apos;: expected description = install-section, hardware-id[, compatible-id...].</source>
        <translation>Models エントリに &apos;=&apos; がありません: description = install-section, hardware-id[, compatible-id...] の形式が必要です。</translation>
    </message>
    <message>
        <source>The Models entry &apos;%1&apos; has no install section.</source>
        <translation>Models エントリ &apos;%1&apos; にインストールセクションがありません。</translation>
    </message>
    <message>
        <source>The Models entry &apos;%1&apos; has no hardware ID.</source>
        <translation>Models エントリ &apos;%1&apos; にハードウェア ID がありません。</translation>
    </message>
    <message>
        <source>FeatureScore &apos;%1&apos; is not a number from 0x00 to 0xFF.</source>
        <translation>FeatureScore &apos;%1&apos; は 0x00 から 0xFF までの数値ではありません。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a driver INF.</source>
        <translation>ファイルが %1 MiB を超えており、ドライバー INF としては大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>LibvirtSession</name>
    <message>
        <source>libvirt reported a failure without a message</source>
        <translation>libvirt がメッセージなしで失敗を報告しました</translation>
    </message>
    <message>
        <source>The other end closed the connection.</source>
        <translation>相手側が接続を閉じました。</translation>
    </message>
    <message>
        <source>The host stopped answering keepalive probes.</source>
        <translation>ホストがキープアライブプローブに応答しなくなりました。</translation>
    </message>
    <message>
        <source>The connection was closed by this program.</source>
        <translation>接続はこのプログラムによって閉じられました。</translation>
    </message>
    <message>
        <source>The connection failed with an I/O error.</source>
        <translation>I/O エラーにより接続に失敗しました。</translation>
    </message>
    <message>
        <source>Not connected to libvirt.</source>
        <translation>libvirt に接続されていません。</translation>
    </message>
    <message>
        <source>The connection to %1 is read-only; nothing was written.</source>
        <translation>%1 への接続は読み取り専用です。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The new XML of domain %1 has no UUID; nothing was written.</source>
        <translation>ドメイン %1 の新しい XML に UUID がありません。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The new XML has UUID %1 instead of %2; nothing was written.</source>
        <translation>新しい XML の UUID が %2 ではなく %1 です。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Domain %1 was changed by someone else since it was read; nothing was written.</source>
        <translation>ドメイン %1 は読み取り後に他者によって変更されました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>in shutdown</source>
        <translation>シャットダウン中</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>シャットオフ</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>クラッシュ</translation>
    </message>
    <message>
        <source>pmsuspended</source>
        <translation>PM サスペンド</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>状態なし</translation>
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
    <name>MetadataCodec</name>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: not a number in %4 (decimal or 0x hex)</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: %4 の範囲の数値ではありません (10 進数または 0x 付き 16 進数)</translation>
    </message>
    <message>
        <source>&lt;%1 %2=&quot;%3&quot;&gt;: expected yes or no</source>
        <translation>&lt;%1 %2=&quot;%3&quot;&gt;: yes または no が必要です</translation>
    </message>
    <message>
        <source>&lt;device-model flavour=&quot;%1&quot;&gt;: unknown device model (qemu-upstream, qemu-traditional or xenserver)</source>
        <translation>&lt;device-model flavour=&quot;%1&quot;&gt;: 不明なデバイスモデルです (qemu-upstream、qemu-traditional、または xenserver)</translation>
    </message>
    <message>
        <source>&lt;entry product=&quot;%1&quot;&gt;: not a product of Xen&apos;s registry</source>
        <translation>&lt;entry product=&quot;%1&quot;&gt;: Xen のレジストリにある製品ではありません</translation>
    </message>
    <message>
        <source>&lt;entry builds=&quot;%1&quot;&gt;: expected FIRST-LAST</source>
        <translation>&lt;entry builds=&quot;%1&quot;&gt;: FIRST-LAST の形式が必要です</translation>
    </message>
    <message>
        <source>&lt;entry builds=&quot;%1&quot;&gt;: the range is inverted</source>
        <translation>&lt;entry builds=&quot;%1&quot;&gt;: 範囲が逆転しています</translation>
    </message>
    <message>
        <source>&lt;entry product=&quot;%1&quot;&gt;: needs build or builds</source>
        <translation>&lt;entry product=&quot;%1&quot;&gt;: build または builds が必要です</translation>
    </message>
    <message>
        <source>&lt;guest os=&quot;%1&quot;&gt;: expected windows, linux, freebsd, netbsd or openbsd</source>
        <translation>&lt;guest os=&quot;%1&quot;&gt;: windows、linux、freebsd、netbsd、または openbsd が必要です</translation>
    </message>
    <message>
        <source>&lt;guest windows-update=&quot;%1&quot;&gt;: expected off or automatic</source>
        <translation>&lt;guest windows-update=&quot;%1&quot;&gt;: off または automatic が必要です</translation>
    </message>
    <message>
        <source>&lt;driver&gt;: the package attribute is missing</source>
        <translation>&lt;driver&gt;: package 属性がありません</translation>
    </message>
    <message>
        <source>The xpconsole metadata is not well-formed XML (line %1, column %2: %3); it is shown read-only and kept as it is.</source>
        <translation>xpconsole のメタデータは整形式の XML ではありません (行 %1、列 %2: %3)。読み取り専用で表示され、そのまま保持されます。</translation>
    </message>
    <message>
        <source>The metadata element &lt;%1&gt; in namespace &apos;%2&apos; is not xpconsole&apos;s &lt;platform&gt;.</source>
        <translation>名前空間 &apos;%2&apos; のメタデータ要素 &lt;%1&gt; は xpconsole の &lt;platform&gt; ではありません。</translation>
    </message>
    <message>
        <source>&lt;platform schema=&quot;%1&quot;&gt;: not a schema version</source>
        <translation>&lt;platform schema=&quot;%1&quot;&gt;: スキーマバージョンではありません</translation>
    </message>
    <message>
        <source>The metadata uses schema %1, newer than this xpconsole understands (%2); it is shown read-only. Update xpconsole to change this VM.</source>
        <translation>メタデータはスキーマ %1 を使用しており、この xpconsole が理解できるバージョン (%2) より新しいため、読み取り専用で表示されます。この VM を変更するには xpconsole を更新してください。</translation>
    </message>
</context>
<context>
    <name>PnputilParser</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>ファイルが %1 MiB を超えており、pnputil の出力としては大きすぎます。</translation>
    </message>
    <message>
        <source>The driver package record has no published name (oemNN.inf).</source>
        <translation>ドライバーパッケージのレコードに公開名 (oemNN.inf) がありません。</translation>
    </message>
    <message>
        <source>The driver date and version &apos;%1&apos; is not &apos;mm/dd/yyyy w.x.y.z&apos;.</source>
        <translation>ドライバーの日付とバージョン &apos;%1&apos; が &apos;mm/dd/yyyy w.x.y.z&apos; 形式ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
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
        <translation>Windows Server (ビルド %1)</translation>
    </message>
    <message>
        <source>Windows 11 (build %1)</source>
        <translation>Windows 11 (ビルド %1)</translation>
    </message>
    <message>
        <source>Windows 10 (build %1)</source>
        <translation>Windows 10 (ビルド %1)</translation>
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
