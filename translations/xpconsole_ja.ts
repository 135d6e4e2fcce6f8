<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AddBlacklistEntryCommand</name>
    <message>
        <source>Add blacklist entry %1</source>
        <translation>ブラックリストのエントリ %1 を追加</translation>
    </message>
</context>
<context>
    <name>AgentReply</name>
    <message>
        <source>The guest agent&apos;s reply is %1 bytes, more than the %2 MiB accepted.</source>
        <translation>ゲストエージェントの応答は %1 バイトで、受け付ける上限 %2 MiB を超えています。</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply is not JSON (%1 at byte %2).</source>
        <translation>ゲストエージェントの応答が JSON ではありません（バイト %2 で %1）。</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply is not a JSON object.</source>
        <translation>ゲストエージェントの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The guest agent refused: %1</source>
        <translation>ゲストエージェントが拒否しました: %1</translation>
    </message>
    <message>
        <source>The guest agent&apos;s reply has no &quot;return&quot; object.</source>
        <translation>ゲストエージェントの応答に &quot;return&quot; オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The guest agent&apos;s guest-exec reply has no valid pid.</source>
        <translation>ゲストエージェントの guest-exec 応答に有効な PID がありません。</translation>
    </message>
    <message>
        <source>The guest agent&apos;s guest-exec-status reply has no &quot;exited&quot; flag.</source>
        <translation>ゲストエージェントの guest-exec-status 応答に &quot;exited&quot; フラグがありません。</translation>
    </message>
    <message>
        <source>The guest agent says the program exited, but gives neither exit code nor signal.</source>
        <translation>ゲストエージェントはプログラムの終了を報告していますが、終了コードもシグナルも示していません。</translation>
    </message>
    <message>
        <source>The guest agent&apos;s output is not base64.</source>
        <translation>ゲストエージェントの出力が base64 ではありません。</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>--set needs KEY=VALUE</source>
        <translation>--set には KEY=VALUE が必要です</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>%2 に対する不明なオプション &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>%1 needs a VM name or --all</source>
        <translation>%1 には VM 名または --all が必要です</translation>
    </message>
    <message>
        <source>apply takes one VM name or --all, not &apos;%1&apos;</source>
        <translation>apply には VM 名 1 つまたは --all を指定します (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>apply needs at least one --set KEY=VALUE (%1)</source>
        <translation>apply には少なくとも 1 つの --set KEY=VALUE が必要です (%1)</translation>
    </message>
    <message>
        <source>blacklist needs list, add or remove</source>
        <translation>blacklist には list、add、または remove が必要です</translation>
    </message>
    <message>
        <source>blacklist list takes no more arguments</source>
        <translation>blacklist list はこれ以上の引数を受け付けません</translation>
    </message>
    <message>
        <source>blacklist needs list, add or remove, not &apos;%1&apos;</source>
        <translation>blacklist には list、add、または remove が必要です (&apos;%1&apos; は指定できません)</translation>
    </message>
    <message>
        <source>blacklist %1 needs PRODUCT and BUILD or FIRST-LAST</source>
        <translation>blacklist %1 には PRODUCT と、BUILD または FIRST-LAST が必要です</translation>
    </message>
    <message>
        <source>blacklist %1 &apos;%2&apos; &apos;%3&apos;: expected PRODUCT (a name of Xen&apos;s product registry or its number) and BUILD or FIRST-LAST (decimal or 0x hex, FIRST not above LAST)</source>
        <translation>blacklist %1 &apos;%2&apos; &apos;%3&apos;: PRODUCT (Xen の製品レジストリにある名前またはその番号) と、BUILD または FIRST-LAST (10 進数または 0x 付き 16 進数で、FIRST が LAST を超えないこと) が必要です</translation>
    </message>
    <message>
        <source>Metadata problems (the fields keep their text; everything else applies):</source>
        <translation>メタデータの問題 (該当するフィールドはテキストのまま保持され、それ以外はすべて適用されます):</translation>
    </message>
    <message>
        <source>No change: the domain XML already holds this.</source>
        <translation>変更なし: ドメイン XML には既にこの内容が含まれています。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: use &apos;xpctl preview&apos;; apply never writes it</source>
        <translation>--set %1 は what-if (仮定) 専用です: &apos;xpctl preview&apos; を使用してください。apply がこれを書き込むことはありません</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>%2 に &apos;%1&apos; という名前の VM はありません</translation>
    </message>
    <message>
        <source>Cannot take the change (nothing is written to these VMs):</source>
        <translation>変更を適用できません (これらの VM には何も書き込まれません):</translation>
    </message>
    <message>
        <source>Result: dry run, nothing written.</source>
        <translation>結果: ドライランのため、何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Result: not written (needs --yes).</source>
        <translation>結果: 書き込まれていません (--yes が必要です)。</translation>
    </message>
    <message>
        <source>Result: written and verified.</source>
        <translation>結果: 書き込み、検証しました。</translation>
    </message>
    <message>
        <source>Result: nothing to write.</source>
        <translation>結果: 書き込むものはありません。</translation>
    </message>
    <message>
        <source>Result: written, but libvirt did not keep everything:</source>
        <translation>結果: 書き込みましたが、libvirt はすべてを保持しませんでした:</translation>
    </message>
    <message>
        <source>Result: refused, the domain changed since it was read: nothing was written. Run the same command again to base the change on the new definition.</source>
        <translation>結果: 拒否されました。ドメインは読み取り後に変更されています: 何も書き込まれていません。新しい定義に基づいて変更するには、同じコマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <source>Result: not written: %1</source>
        <translation>結果: 書き込まれていません: %1</translation>
    </message>
    <message>
        <source>Note: %1 is libvirt&apos;s test driver; the change lives in this process&apos;s memory only.</source>
        <translation>注: %1 は libvirt のテストドライバーです。変更はこのプロセスのメモリ内にのみ存在します。</translation>
    </message>
    <message>
        <source>nothing was written: add --yes to write the changes above, or --dry-run to only show them</source>
        <translation>何も書き込まれていません: 上記の変更を書き込むには --yes を、表示のみ行うには --dry-run を指定してください</translation>
    </message>
    <message>
        <source>its XML could not be read: %1</source>
        <translation>XML を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>エントリなし</translation>
    </message>
    <message>
        <source>enforced by the device model</source>
        <translation>デバイスモデルによって強制されます</translation>
    </message>
    <message>
        <source>modeled, not enforced by this device model</source>
        <translation>モデル化のみ (このデバイスモデルでは強制されません)</translation>
    </message>
    <message>
        <source>metadata problem: %1</source>
        <translation>メタデータの問題: %1</translation>
    </message>
</context>
<context>
    <name>BindingEngine</name>
    <message>
        <source>The active xenbus device changes from %1 to %2: every PV child device gets a new ID at the next boot and its drivers are reinstalled.</source>
        <translation>アクティブな xenbus デバイスが %1 から %2 に変わります: 次回起動時にすべての PV 子デバイスが新しい ID を取得し、そのドライバーが再インストールされます。</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; the configured identity is kept in metadata only.</source>
        <translation>%1 デバイスモデルのプラットフォームデバイスは 5853:0001 rev 01 に固定されています。設定された識別情報はメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>libvirt has no element that removes the Xen platform device; remove it in the toolstack (xl.cfg xen_platform_pci=0). Previewed as absent.</source>
        <translation>libvirt には Xen プラットフォームデバイスを削除する要素がありません。ツールスタック (xl.cfg xen_platform_pci=0) で削除してください。プレビューでは存在しないものとして扱います。</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice: the vendor device is kept in metadata only and the guest does not see it.</source>
        <translation>qemu-traditional には xen-pvdevice がありません: ベンダーデバイスはメタデータにのみ保持され、ゲストからは見えません。</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01; this vendor device is previewed but cannot be realized through XAPI.</source>
        <translation>XenServer の has-vendor-device で追加できるのは 5853:c000 rev 01 のみです。このベンダーデバイスはプレビューされますが、XAPI では実現できません。</translation>
    </message>
    <message>
        <source>QEMU refuses this xen-pvdevice (device ID 0xffff means unset): the VM would not start.</source>
        <translation>QEMU はこの xen-pvdevice を拒否します (デバイス ID 0xffff は未設定を意味します): VM は起動しません。</translation>
    </message>
    <message>
        <source>Windows release &apos;%1&apos; not understood; Windows %2 assumed.</source>
        <translation>Windows リリース &apos;%1&apos; を解釈できません。Windows %2 とみなします。</translation>
    </message>
    <message>
        <source>Installed package &apos;%1&apos; is not a Windows package of the catalogue.</source>
        <translation>インストール済みパッケージ &apos;%1&apos; はカタログの Windows パッケージではありません。</translation>
    </message>
    <message>
        <source>The vendor device has revision %1, but %2 pins %3: nothing binds it.</source>
        <translation>ベンダーデバイスのリビジョンは %1 ですが、%2 は %3 を固定指定しています: バインドするものはありません。</translation>
    </message>
    <message>
        <source>xenbus stays on %1 because its active-device record says so, although the vendor device %2 is exposed.</source>
        <translation>ベンダーデバイス %2 が公開されていますが、アクティブデバイスの記録に従い、xenbus は %1 のままです。</translation>
    </message>
    <message>
        <source>xenbus refuses %1 as active: the vendor device&apos;s Enum key exists.</source>
        <translation>xenbus は %1 をアクティブとして受け入れません: ベンダーデバイスの Enum キーが存在します。</translation>
    </message>
    <message>
        <source>%1 from Windows Update binds %2 (rank %3)</source>
        <translation>Windows Update からの %1 が %2 をバインドします (ランク %3)</translation>
    </message>
    <message>
        <source>A legacy driver stack is running and Windows Update would install %1 at the next boot: two stacks would drive the same PV connections (bugcheck risk).</source>
        <translation>レガシードライバースタックが実行中で、次回起動時に Windows Update が %1 をインストールします: 2 つのスタックが同じ PV 接続を制御することになり、バグチェック (ブルースクリーン) の危険があります。</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2): its drivers do not load and the emulated devices stay.</source>
        <translation>デバイスモデルは %1 (ビルド %2) をブラックリストに登録しています: そのドライバーは読み込まれず、エミュレートされたデバイスが残ります。</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2), but this driver only logs it and unplugs the emulated devices anyway.</source>
        <translation>デバイスモデルは %1 (ビルド %2) をブラックリストに登録していますが、このドライバーはそれをログに記録するだけで、それでもエミュレートされたデバイスをアンプラグします。</translation>
    </message>
    <message>
        <source>Linux %1 does not bind the 0002 platform device (added in %2 and stable backports): no grant tables, the kernel crashes in gnttab_expand once PV devices appear.</source>
        <translation>Linux %1 は 0002 プラットフォームデバイスをバインドしません (%2 および stable バックポートで追加): グラントテーブルがなく、PV デバイスが現れるとカーネルが gnttab_expand でクラッシュします。</translation>
    </message>
    <message>
        <source>(unknown release)</source>
        <translation>(不明なリリース)</translation>
    </message>
    <message>
        <source>Devices 5853:0001 and 5853:0002 are exposed together; they must be mutually exclusive (xen-pci-device-reservations).</source>
        <translation>デバイス 5853:0001 と 5853:0002 が同時に公開されています。これらは相互に排他でなければなりません (xen-pci-device-reservations)。</translation>
    </message>
    <message>
        <source>The vendor device %1 is exposed without a platform device: there is no unplug protocol and PV drivers cannot start.</source>
        <translation>ベンダーデバイス %1 がプラットフォームデバイスなしで公開されています: アンプラグプロトコルがなく、PV ドライバーは起動できません。</translation>
    </message>
    <message>
        <source>Two driver stacks would start PV connections: %1.</source>
        <translation>2 つのドライバースタックが PV 接続を開始することになります: %1。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 device model does not enforce %n blacklist entries: they are modeled, not enforced.</source>
        <translation>
            <numerusform>%1 デバイスモデルは %n 件のブラックリストエントリを強制しません: モデル化されるだけで、強制されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>No PV driver starts, yet the emulated devices %1 are unplugged: the guest loses them.</source>
        <translation>PV ドライバーは起動しませんが、エミュレートされたデバイス %1 はアンプラグされます: ゲストはそれらを失います。</translation>
    </message>
    <message>
        <source>No PV driver binds: the guest runs on emulated devices.</source>
        <translation>PV ドライバーはバインドされません: ゲストはエミュレートされたデバイスで動作します。</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): no PV driver can be predicted.</source>
        <translation>ゲスト OS がメタデータに記録されていません (&lt;guest os=...&gt;): PV ドライバーを予測できません。</translation>
    </message>
    <message>
        <source>The VM&apos;s device-model profile is not recorded; qemu-upstream-compat (XAPI&apos;s default for BIOS VMs) is assumed. Under qemu-upstream-uefi the platform device would have class ff80, subsystem 5853:0001 and revision 01 (xen-api ocaml/xenopsd/xc/device.ml).</source>
        <translation>VM のデバイスモデルプロファイルが記録されていないため、qemu-upstream-compat (BIOS VM に対する XAPI の既定) を前提とします。qemu-upstream-uefi の場合、プラットフォームデバイスはクラス ff80、サブシステム 5853:0001、リビジョン 01 になります (xen-api ocaml/xenopsd/xc/device.ml)。</translation>
    </message>
    <message>
        <source>Linux %1 does not bind the 0002 platform device (added in %2 and stable backports), yet it unplugs %3 from early boot: the VM will not boot (no PV driver takes over its disks and network).</source>
        <translation>Linux %1 は 0002 プラットフォームデバイスをバインドしません (%2 および stable バックポートで追加) が、起動の初期段階で %3 を切り離します: VM は起動しません (ディスクとネットワークを引き継ぐ PV ドライバーがありません)。</translation>
    </message>
    <message>
        <source>The recorded active xenbus device %1 is not exposed; %2 forces the highest-precedence device %3 active.</source>
        <translation>記録されたアクティブな xenbus デバイス %1 は公開されていません。%2 は優先順位の最も高いデバイス %3 を強制的にアクティブにします。</translation>
    </message>
    <message>
        <source>xenbus stays inactive: its active-device record names %1, which is not exposed (another device, revision or subsystem), and %2 does not force another device active. No PV driver starts and nothing is unplugged.</source>
        <translation>xenbus は非アクティブのままです: アクティブデバイスの記録は %1 を指していますが、これは公開されていません (別のデバイス、リビジョン、またはサブシステム)。また、%2 は別のデバイスを強制的にアクティブにしません。PV ドライバーは起動せず、何も切り離されません。</translation>
    </message>
    <message>
        <source>xenbus stays inactive: its active-device record names %1, which is not exposed (another device, revision or subsystem), and %2 is not known to force another device active. No PV driver starts and nothing is unplugged.</source>
        <translation>xenbus は非アクティブのままです: アクティブデバイスの記録は %1 を指していますが、これは公開されていません (別のデバイス、リビジョン、またはサブシステム)。また、%2 が別のデバイスを強制的にアクティブにするかどうかは分かっていません。PV ドライバーは起動せず、何も切り離されません。</translation>
    </message>
    <message>
        <source>Whether %1 was built with FORCE_ACTIVATE is not public; if it was, xenbus activates %2 instead and its PV drivers start (xcp-ng/win-xenbus e6951ae).</source>
        <translation>%1 が FORCE_ACTIVATE 付きでビルドされたかどうかは公開されていません。そうであれば、xenbus は代わりに %2 をアクティブにし、その PV ドライバーが起動します (xcp-ng/win-xenbus e6951ae)。</translation>
    </message>
    <message>
        <source>Linux %1 is predicted without 0002 support: the change was queued for its stable series by AUTOSEL, but no release of that series is confirmed to carry it. With it, the kernel binds 0002 and runs PV.</source>
        <translation>Linux %1 は 0002 サポートなしとして予測されます: この変更は AUTOSEL によってその stable シリーズに予定されましたが、それを含むことが確認されたリリースはありません。変更があれば、カーネルは 0002 をバインドし PV で動作します。</translation>
    </message>
    <message>
        <source>%1 is predicted with the INF the catalogue holds. %2 With the other form, %3 binds %4 instead of %5.</source>
        <translation>%1 はカタログにある INF で予測されています。%2 もう一方の形式では、%5 の代わりに %3 が %4 をバインドします。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The device model blacklists %1 (build %2); this driver only logs it and asks for the unplug, but the device model ignores unplug requests from blacklisted drivers: the emulated devices stay.</source>
        <translation>デバイスモデルは %1 (ビルド %2) をブラックリストに登録しています。このドライバーはそれをログに記録するだけでアンプラグを要求しますが、デバイスモデルはブラックリストに登録されたドライバーからのアンプラグ要求を無視します: エミュレートされたデバイスは残ります。</translation>
    </message>
    <message>
        <source>the numbering of INF compatible IDs in the identifier score (facts §7.2)</source>
        <translation>識別子スコアにおける INF 互換 ID の番号付け (facts §7.2)</translation>
    </message>
    <message>
        <source>Windows Update offers %1, and its installer refuses: %2 (stack %3) is installed. The device keeps its driver.</source>
        <translation>Windows Update は %1 を提供しますが、そのインストーラーはインストールを拒否します: %2 (スタック %3) がインストールされています。デバイスは現在のドライバーのままです。</translation>
    </message>
</context>
<context>
    <name>BindingTab</name>
    <message>
        <source>Candidate drivers</source>
        <translation>候補ドライバー</translation>
    </message>
    <message>
        <source>Device / package</source>
        <translation>デバイス / パッケージ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <source>Matched ID</source>
        <translation>一致した ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>何が起こるか</translation>
    </message>
    <message>
        <source>At the next boot no PV driver is in charge.</source>
        <translation>次回起動時には、どの PV ドライバーも担当しません。</translation>
    </message>
    <message>
        <source>At the next boot %1 is in charge.</source>
        <translation>次回起動時には %1 が担当します。</translation>
    </message>
    <message>
        <source>Windows Update installs %1.</source>
        <translation>Windows Update が %1 をインストールします。</translation>
    </message>
    <message>
        <source>nothing binds</source>
        <translation>バインドするものなし</translation>
    </message>
    <message>
        <source>%1 binds</source>
        <translation>%1 がバインド</translation>
    </message>
    <message>
        <source>Nothing to report: the next boot looks healthy.</source>
        <translation>報告事項はありません: 次回起動は正常に見えます。</translation>
    </message>
    <message>
        <source>Select a VM to see which driver binds at its next boot, and why.</source>
        <translation>VM を選択すると、次回起動時にどのドライバーがバインドされるか、その理由が表示されます。</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不確実</translation>
    </message>
    <message numerus="yes">
        <source>The prediction rests on %n uncertain fact(s).</source>
        <translation>
            <numerusform>この予測は %n 件の不確実な事実に基づいています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlacklistDelegate</name>
    <message>
        <source>Product number 0x%1, %2</source>
        <translation>製品番号 0x%1、%2</translation>
    </message>
    <message>
        <source>Product: a registry name or number</source>
        <translation>製品: レジストリの名前または番号</translation>
    </message>
    <message>
        <source>Builds: N or FIRST-LAST, decimal or 0x hex</source>
        <translation>ビルド: N または FIRST-LAST (10 進数または 0x 付き 16 進数)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>N or FIRST-LAST</source>
        <translation>N または FIRST-LAST</translation>
    </message>
</context>
<context>
    <name>BlacklistEditor</name>
    <message>
        <source>Blacklist changes pending</source>
        <translation>ブラックリストの変更保留中</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>適用済みに戻す</translation>
    </message>
    <message>
        <source>Revert to the applied blacklist</source>
        <translation>適用済みのブラックリストに戻す</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>Apply the blacklist: review the diff</source>
        <translation>ブラックリストを適用: 差分を確認</translation>
    </message>
    <message>
        <source>Discard the unapplied blacklist edit for VM %1?</source>
        <translation>VM %1 のブラックリストに対する未適用の編集を破棄しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unapplied blacklist edits for VM %1?</source>
        <translation>
            <numerusform>VM %1 のブラックリストに対する未適用の編集 %n 件を破棄しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The blacklist of %1 stays as it was last applied, and the discarded edits cannot be redone.</source>
        <translation>%1 のブラックリストは最後に適用された状態のままとなり、破棄した編集はやり直せません。</translation>
    </message>
    <message>
        <source>Discard the unapplied edit of the blacklist template?</source>
        <translation>ブラックリストテンプレートに対する未適用の編集を破棄しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n unapplied edits of the blacklist template?</source>
        <translation>
            <numerusform>ブラックリストテンプレートに対する未適用の編集 %n 件を破棄しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>The template returns to how it was loaded or last applied, and the discarded edits cannot be redone.</source>
        <translation>テンプレートは読み込み時または最後に適用した時点の状態に戻り、破棄した編集はやり直せません。</translation>
    </message>
    <message>
        <source>Unapplied Blacklist Edits</source>
        <translation>未適用のブラックリスト編集</translation>
    </message>
    <message>
        <source>Changes pending: 1 unapplied edit</source>
        <translation>変更保留中: 未適用の編集 1 件</translation>
    </message>
    <message numerus="yes">
        <source>Changes pending: %n unapplied edits</source>
        <translation>
            <numerusform>変更保留中: 未適用の編集 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a VM to see and edit its driver blacklist.</source>
        <translation>VM を選択すると、そのドライバーのブラックリストを表示・編集できます。</translation>
    </message>
    <message>
        <source>Fleet template. %1</source>
        <translation>フリートテンプレート。%1</translation>
    </message>
    <message>
        <source>Blacklist of %1, device model %2. %3</source>
        <translation>%1 のブラックリスト (デバイスモデル %2)。%3</translation>
    </message>
    <message>
        <source>Its metadata uses a newer schema than this console understands, so the blacklist is shown read-only.</source>
        <translation>この VM のメタデータは、このコンソールが理解できるものより新しいスキーマを使用しているため、ブラックリストは読み取り専用で表示されます。</translation>
    </message>
</context>
<context>
    <name>BlacklistModel</name>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>ビルド</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>このセルは編集できません。</translation>
    </message>
    <message>
        <source>There is no such blacklist entry.</source>
        <translation>そのようなブラックリストのエントリはありません。</translation>
    </message>
    <message>
        <source>A comment must be a single line of text.</source>
        <translation>コメントは 1 行のテキストでなければなりません。</translation>
    </message>
    <message>
        <source>The effect follows from the entry and the device model; it cannot be edited.</source>
        <translation>効果はエントリとデバイスモデルから決まるため、編集できません。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n blacklist entries</source>
        <translation>
            <numerusform>%n 件のブラックリストのエントリを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1: %2</translation>
    </message>
    <message>
        <source>Product %1 is not in Xen&apos;s product registry: no device model can look it up.</source>
        <translation>製品 %1 は Xen の製品レジストリにありません: どのデバイスモデルもこの製品を参照できません。</translation>
    </message>
    <message>
        <source>The same product and builds as row %1.</source>
        <translation>行 %1 と同じ製品およびビルドです。</translation>
    </message>
    <message>
        <source>Builds %1 overlap row %2 (builds %3).</source>
        <translation>ビルド %1 が行 %2 (ビルド %3) と重複しています。</translation>
    </message>
    <message>
        <source>On %1 this range is %2 xenstore keys, one per build; xpconsole plans at most %3 per entry, so adding or removing it needs a split range or keys written by hand.</source>
        <translation>%1 ではこの範囲はビルドごとに 1 つ、計 %2 個の xenstore キーになります。xpconsole が計画するのはエントリあたり最大 %3 個までのため、追加または削除するには範囲を分割するか、キーを手動で書き込む必要があります。</translation>
    </message>
</context>
<context>
    <name>BlacklistTable</name>
    <message>
        <source>Blacklist entries</source>
        <translation>ブラックリストのエントリ</translation>
    </message>
    <message>
        <source>Blacklist problem</source>
        <translation>ブラックリストの問題</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a blacklist entry</source>
        <translation>ブラックリストのエントリを追加</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected blacklist entries</source>
        <translation>選択したブラックリストのエントリを削除</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo the last blacklist edit</source>
        <translation>ブラックリストの最後の編集を元に戻す</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Redo the blacklist edit</source>
        <translation>ブラックリストの編集をやり直す</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直し: %1</translation>
    </message>
</context>
<context>
    <name>BlacklistText</name>
    <message>
        <source>build %1</source>
        <translation>ビルド %1</translation>
    </message>
    <message>
        <source>builds %1</source>
        <translation>ビルド %1</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <comment>a product number not in Xen&apos;s registry</comment>
        <translation>%1 (不明)</translation>
    </message>
    <message>
        <source>Enter a product: a name of Xen&apos;s product registry (%1) or its number.</source>
        <translation>製品を入力してください: Xen の製品レジストリにある名前 (%1) またはその番号です。</translation>
    </message>
    <message>
        <source>Product number %1 is not in Xen&apos;s product registry, so no device model can look it up.</source>
        <translation>製品番号 %1 は Xen の製品レジストリにないため、どのデバイスモデルもこの製品を参照できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a product of Xen&apos;s registry (%2) nor a number from 0 to 0xffff.</source>
        <translation>&apos;%1&apos; は Xen のレジストリにある製品 (%2) でも、0 から 0xffff までの数値でもありません。</translation>
    </message>
    <message>
        <source>Enter a build number or a range FIRST-LAST.</source>
        <translation>ビルド番号または範囲 FIRST-LAST を入力してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a build or a range: use N or FIRST-LAST.</source>
        <translation>&apos;%1&apos; はビルドでも範囲でもありません: N または FIRST-LAST を使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a build number: use decimal or 0x hex, from 0 to 4294967295.</source>
        <translation>&apos;%1&apos; はビルド番号ではありません: 0 から 4294967295 までの 10 進数または 0x 付き 16 進数を使用してください。</translation>
    </message>
    <message>
        <source>The range %1 is reversed: the first build must not be above the last.</source>
        <translation>範囲 %1 が逆転しています: 最初のビルドは最後のビルド以下でなければなりません。</translation>
    </message>
    <message>
        <source>%1 is not a product of Xen&apos;s registry: no device model can look it up.</source>
        <translation>%1 は Xen のレジストリにある製品ではありません: どのデバイスモデルもこの製品を参照できません。</translation>
    </message>
    <message>
        <source>Enforcement depends on each VM&apos;s device model, and none looks up %1: its drivers load normally on every VM; the entry is modeled only.</source>
        <translation>強制されるかどうかは各 VM のデバイスモデルによりますが、%1 を参照するデバイスモデルはありません: そのドライバーはどの VM でも通常どおり読み込まれ、エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>Not enforced: upstream QEMU never answers 0xd249, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>強制されません: アップストリームの QEMU は 0xd249 を返すことがないため、%1 %2 のドライバーは通常どおり読み込まれます。エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>Not enforced: qemu-traditional looks up only products 1, 2 and 0xffff, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>強制されません: qemu-traditional が参照するのは製品 1、2、0xffff のみのため、%1 %2 のドライバーは通常どおり読み込まれます。エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>The device model answers 0xd249 to %1 %2, but the Xen Project xenbus drivers that use this product only log it and unplug the emulated disks and NICs anyway.</source>
        <translation>デバイスモデルは %1 %2 に対して 0xd249 を返しますが、この製品を使用する Xen Project の xenbus ドライバーはそれをログに記録するだけで、それでもエミュレートされたディスクと NIC をアンプラグします。</translation>
    </message>
    <message>
        <source>Drivers of %1 %2 are refused: the device model answers 0xd249, drivers that obey it do not load, and the guest keeps its emulated disks and NICs.</source>
        <translation>%1 %2 のドライバーは拒否されます: デバイスモデルが 0xd249 を返し、それに従うドライバーは読み込まれず、ゲストはエミュレートされたディスクと NIC を保持します。</translation>
    </message>
    <message>
        <source>Upstream QEMU never answers 0xd249: every entry is modeled, not enforced.</source>
        <translation>アップストリームの QEMU は 0xd249 を返すことがありません: すべてのエントリはモデル化されるだけで、強制されません。</translation>
    </message>
    <message>
        <source>qemu-traditional enforces entries for products 1, 2 and 0xffff through the xenstore keys /mh/driver-blacklist/&lt;product&gt;/&lt;build&gt;, which libvirt cannot write, so they are set by running the plan&apos;s xenstore commands in dom0.</source>
        <translation>qemu-traditional は製品 1、2、0xffff のエントリを xenstore キー /mh/driver-blacklist/&lt;product&gt;/&lt;build&gt; によって強制します。libvirt はこれらのキーを書き込めないため、計画の xenstore コマンドを dom0 で実行して設定します。</translation>
    </message>
    <message>
        <source>Enforcement depends on each VM&apos;s device model: drivers of %1 %2 are refused on qemu-traditional and xenserver-trad, but not on qemu-upstream or xenserver, where the entry is modeled only.</source>
        <translation>強制されるかどうかは各 VM のデバイスモデルによります: %1 %2 のドライバーは qemu-traditional と xenserver-trad では拒否されますが、qemu-upstream と xenserver では拒否されず、エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>Not enforced: XenServer 8 and later run upstream QEMU, which never answers 0xd249, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>強制されません: XenServer 8 以降はアップストリームの QEMU を使用し、0xd249 を返すことがないため、%1 %2 のドライバーは通常どおり読み込まれます。エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>Not enforced as an entry: XenServer 7.x judges %1 by the platform device ID and revision encoded in the build number, never by blacklist entries.</source>
        <translation>エントリとしては強制されません: XenServer 7.x は %1 を、ビルド番号にエンコードされたプラットフォームデバイスの ID とリビジョンで判定し、ブラックリストのエントリで判定することはありません。</translation>
    </message>
    <message>
        <source>Not enforced: XenServer 7.x&apos;s device model looks up only products 1, 2 and 0xffff, so drivers of %1 %2 load normally; the entry is modeled only.</source>
        <translation>強制されません: XenServer 7.x のデバイスモデルが参照するのは製品 1、2、0xffff のみのため、%1 %2 のドライバーは通常どおり読み込まれます。エントリはモデル化されるだけです。</translation>
    </message>
    <message>
        <source>XenServer 7.x also refuses this product, any build, whenever the platform device ID is not 0x0001.</source>
        <translation>さらに XenServer 7.x は、プラットフォームデバイスの ID が 0x0001 でない場合、この製品をビルドにかかわらず拒否します。</translation>
    </message>
    <message>
        <source>Each VM&apos;s device model decides whether an entry is enforced: qemu-traditional and xenserver-trad enforce entries for products 1, 2 and 0xffff, qemu-upstream and xenserver enforce none.</source>
        <translation>エントリが強制されるかどうかは各 VM のデバイスモデルが決定します: qemu-traditional と xenserver-trad は製品 1、2、0xffff のエントリを強制し、qemu-upstream と xenserver はどのエントリも強制しません。</translation>
    </message>
    <message>
        <source>XenServer 8 and later run upstream QEMU, which never answers 0xd249: every entry is modeled, not enforced.</source>
        <translation>XenServer 8 以降はアップストリームの QEMU を使用し、0xd249 を返すことがありません: すべてのエントリはモデル化されるだけで、強制されません。</translation>
    </message>
    <message>
        <source>XenServer 7.x enforces entries for products 1, 2 and 0xffff through xenstore, and judges products 1, 3 and 4 by its version-2 rules as well.</source>
        <translation>XenServer 7.x は製品 1、2、0xffff のエントリを xenstore によって強制し、さらに製品 1、3、4 をバージョン 2 のルールでも判定します。</translation>
    </message>
</context>
<context>
    <name>BootView</name>
    <message>
        <source>XAPI, not libvirt, builds this VM&apos;s device-model command line: the metadata&apos;s record of the pool&apos;s settings stands for what boots.</source>
        <translation>このVMのデバイスモデルのコマンドラインを作るのはlibvirtではなくXAPIです。プールの設定についてメタデータに記録された内容を、起動するものとみなします。</translation>
    </message>
    <message>
        <source>The connection&apos;s libvirt driver is not known: the metadata stands for what boots.</source>
        <translation>接続のlibvirtドライバーが不明です。メタデータを、起動するものとみなします。</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver keeps no device-model command line: the metadata stands for what boots.</source>
        <translation>libvirtのテストドライバーはデバイスモデルのコマンドラインを保持しません。メタデータを、起動するものとみなします。</translation>
    </message>
    <message>
        <source>This libvirt driver runs no QEMU device model: the VM has no Xen devices.</source>
        <translation>このlibvirtドライバーはQEMUデバイスモデルを実行しません。VMにXenデバイスはありません。</translation>
    </message>
    <message>
        <source>Read from the domain definition, which is what libvirt boots.</source>
        <translation>ドメイン定義から読み取りました。libvirtが起動するのはこの定義です。</translation>
    </message>
    <message>
        <source>&lt;os&gt;&lt;type&gt;%1&lt;/type&gt;: a Xen PV or PVH guest has no emulated PCI bus, so there is no platform device to bind and nothing to unplug; its PV drivers reach xenstore directly.</source>
        <translation>&lt;os&gt;&lt;type&gt;%1&lt;/type&gt;: Xen PVまたはPVHゲストにはエミュレートされたPCIバスがないため、バインドするプラットフォームデバイスも、アンプラグするものもありません。PVドライバーはxenstoreに直接アクセスします。</translation>
    </message>
    <message>
        <source>No &lt;emulator&gt;: libxl runs its default device model, upstream QEMU (qemu-xen).</source>
        <translation>&lt;emulator&gt;がありません。libxlは既定のデバイスモデル、アップストリームQEMU(qemu-xen)を実行します。</translation>
    </message>
    <message>
        <source>&lt;emulator&gt;%1&lt;/emulator&gt;: %2, judged by its name.</source>
        <translation>&lt;emulator&gt;%1&lt;/emulator&gt;: %2(名前から判断)。</translation>
    </message>
    <message>
        <source>device model: libvirt tells qemu-traditional from upstream QEMU by running %1 -help (libvirt src/libxl/libxl_capabilities.c); xpconsole judges by the file name</source>
        <translation>デバイスモデル: libvirtは%1 -helpを実行してqemu-traditionalとアップストリームQEMUを区別します(libvirt src/libxl/libxl_capabilities.c)。xpconsoleはファイル名で判断します</translation>
    </message>
    <message>
        <source>libxl adds the Xen platform device to every HVM domain (xen_platform_pci defaults to 1, xen tools/libs/light/libxl_create.c); libvirt has no element that turns it off.</source>
        <translation>libxlはすべてのHVMドメインにXenプラットフォームデバイスを追加します(xen_platform_pciの既定値は1、xen tools/libs/light/libxl_create.c)。libvirtにはそれを無効にする要素がありません。</translation>
    </message>
    <message>
        <source>The metadata says the device model is %1, but the definition runs %2. The prediction follows the definition.</source>
        <translation>メタデータではデバイスモデルは%1ですが、定義は%2を実行します。予測は定義に従います。</translation>
    </message>
    <message>
        <source>The metadata asks for no platform device, but libxl adds one to every HVM domain: it is there at the next boot (turn it off with xl.cfg xen_platform_pci=0).</source>
        <translation>メタデータはプラットフォームデバイスなしを求めていますが、libxlはすべてのHVMドメインに追加します。次回の起動時には存在します(xl.cfgのxen_platform_pci=0で無効化)。</translation>
    </message>
    <message>
        <source>libvirt&apos;s QEMU driver runs upstream QEMU.</source>
        <translation>libvirtのQEMUドライバーはアップストリームQEMUを実行します。</translation>
    </message>
    <message>
        <source>The metadata says the device model is %1, but a %2 domain runs upstream QEMU. The prediction follows the definition.</source>
        <translation>メタデータではデバイスモデルは%1ですが、%2ドメインはアップストリームQEMUを実行します。予測は定義に従います。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; asks KVM for Xen HVM emulation; QEMU then adds the Xen platform device by itself (QEMU docs/system/i386/xen.rst).</source>
        <translation>「%1」はKVMにXen HVMエミュレーションを求めます。その場合QEMUがXenプラットフォームデバイスを自動で追加します(QEMU docs/system/i386/xen.rst)。</translation>
    </message>
    <message>
        <source>Xen HVM emulation: needs QEMU 8.0 or later with CONFIG_XEN_EMU on the host (QEMU docs/system/i386/xen.rst); whether this host has it is not known</source>
        <translation>Xen HVMエミュレーション: ホストにCONFIG_XEN_EMU付きのQEMU 8.0以降が必要です(QEMU docs/system/i386/xen.rst)。このホストにあるかは不明です</translation>
    </message>
    <message>
        <source>A %1 domain: QEMU realizes the Xen platform device only for a Xen guest (hw/i386/xen/xen_platform.c), so this VM has none and no Xen PV driver binds to it.</source>
        <translation>%1ドメイン: QEMUはXenゲストに対してのみXenプラットフォームデバイスを実現します(hw/i386/xen/xen_platform.c)。このVMにはなく、Xen PVドライバーもバインドしません。</translation>
    </message>
    <message>
        <source>A push of this change is refused: another tool&apos;s vendor device is on the command line and xpconsole never adds a second one. Take it over (take-over=vendor-device) or remove it.</source>
        <translation>この変更のプッシュは拒否されます。別のツールのベンダーデバイスがコマンドラインにあり、xpconsoleは2つ目を追加しません。引き継ぐ(take-over=vendor-device)か、削除してください。</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos;, so the VM would not start: %2</source>
        <translation>QEMUは「-device %1」を拒否するため、VMは起動しません: %2</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos; (&quot;xen-platform device requires a Xen guest&quot;), so the VM would not start.</source>
        <translation>QEMUは「-device %1」を拒否する(「xen-platform device requires a Xen guest」)ため、VMは起動しません。</translation>
    </message>
    <message>
        <source>-device %1: a second platform device next to the one the toolstack adds; xpconsole models only one</source>
        <translation>-device %1: ツールスタックが追加するものに加えて2つ目のプラットフォームデバイスです。xpconsoleは1つだけモデル化します</translation>
    </message>
    <message>
        <source>QEMU would refuse &apos;-device %1&apos;: xen-pvdevice needs a device ID other than 0xffff, so the VM would not start.</source>
        <translation>QEMUは「-device %1」を拒否します。xen-pvdeviceには0xffff以外のデバイスIDが必要なため、VMは起動しません。</translation>
    </message>
    <message>
        <source>The definition exposes %1 vendor devices (%2); the prediction models only the first.</source>
        <translation>定義は%1個のベンダーデバイス(%2)を公開しています。予測は最初の1つだけをモデル化します。</translation>
    </message>
    <message>
        <source>vendor devices: only the first of %1 is modelled</source>
        <translation>ベンダーデバイス: %1個のうち最初の1つだけをモデル化</translation>
    </message>
    <message>
        <source>Another tool put vendor device %1 on the command line (&apos;-device %2&apos;). xpconsole leaves it as it is and never adds a second one; a push takes it over only when asked.</source>
        <translation>別のツールがベンダーデバイス%1をコマンドラインに追加しました(「-device %2」)。xpconsoleはそのままにし、2つ目は決して追加しません。プッシュで引き継ぐのは求められた場合だけです。</translation>
    </message>
    <message>
        <source>The metadata asks for vendor device %1, but the definition has no argument for it: this boot has none. A push adds it.</source>
        <translation>メタデータはベンダーデバイス%1を求めていますが、定義にはその引数がありません。今回の起動にはありません。プッシュで追加されます。</translation>
    </message>
    <message>
        <source>The definition still has xpconsole&apos;s vendor-device argument &apos;%1&apos;, which the metadata no longer asks for: this boot has the device. A push removes it.</source>
        <translation>定義には、メタデータがもう求めていないxpconsoleのベンダーデバイス引数「%1」が残っています。今回の起動にはデバイスがあります。プッシュで削除されます。</translation>
    </message>
    <message>
        <source>xpconsole&apos;s vendor-device argument was changed outside xpconsole: the definition has &apos;%1&apos;, the metadata asks for &apos;%2&apos;. This boot follows the definition; a push writes the metadata&apos;s.</source>
        <translation>xpconsoleのベンダーデバイス引数がxpconsoleの外で変更されました。定義は「%1」、メタデータは「%2」を求めています。今回の起動は定義に従い、プッシュでメタデータの内容が書き込まれます。</translation>
    </message>
    <message>
        <source>The VM would not start: its QEMU has no xen-pvdevice. %1</source>
        <translation>VMは起動しません。QEMUにxen-pvdeviceがありません。%1</translation>
    </message>
    <message>
        <source>host: whether this VM&apos;s QEMU has xen-pvdevice was not asked (only QEMU built with Xen support has it, hw/i386/xen/meson.build)</source>
        <translation>ホスト: このVMのQEMUにxen-pvdeviceがあるかは確認していません(Xenサポート付きでビルドされたQEMUにのみあります、hw/i386/xen/meson.build)</translation>
    </message>
    <message>
        <source>OS: libosinfo&apos;s id %1 is not one xpconsole knows</source>
        <translation>OS: libosinfoのID %1はxpconsoleが知らないものです</translation>
    </message>
    <message>
        <source>The metadata says the guest is %1, but it was installed as %2 (libosinfo: %3). The prediction follows the metadata; correct whichever is wrong.</source>
        <translation>メタデータではゲストは%1ですが、%2としてインストールされています(libosinfo: %3)。予測はメタデータに従います。誤っている方を修正してください。</translation>
    </message>
    <message>
        <source>Windows Server</source>
        <translation>Windows Server</translation>
    </message>
    <message>
        <source>Windows (client)</source>
        <translation>Windows(クライアント)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>xpconsole&apos;s metadata</source>
        <translation>xpconsoleのメタデータ</translation>
    </message>
    <message>
        <source>libosinfo: intended at install (%1)</source>
        <translation>libosinfo: インストール時の想定(%1)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Add its blacklist &amp;entries</source>
        <translation>この VM のブラックリストのエントリを追加(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review and apply…</source>
        <translation>確認して適用(&amp;R)…</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>一括変更</translation>
    </message>
    <message>
        <source>Selected VMs and what the change does to each</source>
        <translation>選択した VM と、各 VM に対する変更の影響</translation>
    </message>
    <message>
        <source>The connection is read-only: the change can be previewed, not applied. Reconnect read-write to apply it.</source>
        <translation>接続は読み取り専用です。変更はプレビューできますが、適用はできません。適用するには、読み書き可能な接続で再接続してください。</translation>
    </message>
    <message>
        <source>VM whose blacklist to use as a template</source>
        <translation>ブラックリストをテンプレートとして使用する VM</translation>
    </message>
    <message>
        <source>Add the template VM&apos;s blacklist entries to the changes</source>
        <translation>テンプレート VM のブラックリストのエントリを変更に追加</translation>
    </message>
    <message>
        <source>Review the diffs and apply</source>
        <translation>差分を確認して適用</translation>
    </message>
    <message>
        <source>Blacklist &amp;template from:</source>
        <translation>ブラックリストのテンプレート元(&amp;T):</translation>
    </message>
    <message>
        <source>Compose a change and add it to the list: each VM&apos;s eligibility and prediction follow.</source>
        <translation>変更を作成して一覧に追加してください。各 VM の適用可否と予測が表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n 台の VM が変更されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change</source>
        <translation>
            <numerusform>%n 台は変更なし</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot take it</source>
        <translation>
            <numerusform>%n 台は変更を適用できません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would get a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n 台に新しいエラーの検出事項が発生します (強調表示)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected VM(s) no longer listed, skipped.</source>
        <translation>
            <numerusform>選択した VM のうち %n 台は一覧から消えたため、スキップします。</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected VM would change.</source>
        <translation>変更される VM は選択範囲にありません。</translation>
    </message>
    <message>
        <source>Bulk change: %1</source>
        <translation>一括変更: %1</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>前回の実行: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Close without applying? The %n composed change(s) are discarded and no VM is changed.</source>
        <translation>
            <numerusform>適用せずに閉じますか? 作成した %n 件の変更は破棄され、どの VM も変更されません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n entry/entries)</source>
        <translation>
            <numerusform>%1 (%n 件のエントリ)</numerusform>
        </translation>
    </message>
    <message>
        <source>no selected VM has blacklist entries</source>
        <translation>ブラックリストのエントリを持つ VM が選択されていません</translation>
    </message>
    <message>
        <source>VMs on %1</source>
        <translation>%1 の VM</translation>
    </message>
    <message>
        <source>A bulk change works on the VMs of one connection: %1</source>
        <translation>一括変更は 1 つの接続の VM を対象とします: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bulk change on %n VM(s) of %1</source>
        <translation>
            <numerusform>%1 の %n 台の VM に対する一括変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied; reading the VMs back…</source>
        <translation>適用しました。VM を読み直しています…</translation>
    </message>
    <message>
        <source>Applied: each VM as its connection holds it now, with its result.</source>
        <translation>適用済み: 各 VM を、接続が現在保持している状態と結果とともに表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) still differ from the change</source>
        <translation>
            <numerusform>%n 台の VM はまだ変更内容と異なります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got a new error finding (highlighted).</source>
        <translation>
            <numerusform>%n 台に新しいエラーの検出事項が発生しました (強調表示)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is being applied.</source>
        <translation>変更を適用しています。</translation>
    </message>
    <message>
        <source>Applied: reading the VMs back.</source>
        <translation>適用済み: VM を読み直しています。</translation>
    </message>
    <message>
        <source>Applied: compose another change or pick other VMs to review it.</source>
        <translation>適用済み: 確認するには、別の変更を作成するか、別の VM を選択してください。</translation>
    </message>
    <message>
        <source>No VM is selected: pick VMs to change.</source>
        <translation>VM が選択されていません: 変更する VM を選択してください。</translation>
    </message>
    <message>
        <source>This change gives VMs new findings at their next boot.
%1

Review and apply it anyway?</source>
        <translation>この変更により、次回起動時に VM に新しい検出事項が発生します。
%1

それでも確認して適用しますか?</translation>
    </message>
</context>
<context>
    <name>BulkPreview</name>
    <message numerus="yes">
        <source>%n VM(s) would get %1: %2</source>
        <translation>
            <numerusform>%n 台の VM で %1 が発生します: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>New errors at the next boot:</source>
        <translation>次回起動時の新しいエラー:</translation>
    </message>
    <message>
        <source>New warnings at the next boot:</source>
        <translation>次回起動時の新しい警告:</translation>
    </message>
</context>
<context>
    <name>BulkPreviewModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>適用可否</translation>
    </message>
    <message>
        <source>Predicted driver after</source>
        <translation>変更後の予測ドライバー</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>新しい検出事項</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Devices after</source>
        <translation>変更後のデバイス</translation>
    </message>
    <message>
        <source>%1; platform %2; vendor %3</source>
        <translation>%1、プラットフォーム %2、ベンダー %3</translation>
    </message>
</context>
<context>
    <name>CataloguePackageReader</name>
    <message>
        <source>it has no id</source>
        <translation>ID がありません</translation>
    </message>
    <message>
        <source>unknown os &apos;%1&apos;</source>
        <translation>不明な os &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>unknown handshake kind &apos;%1&apos;</source>
        <translation>不明なハンドシェイク種別 &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>bad handshake product</source>
        <translation>ハンドシェイクの製品が無効です</translation>
    </message>
    <message>
        <source>bad handshake build</source>
        <translation>ハンドシェイクのビルドが無効です</translation>
    </message>
    <message>
        <source>handshake forceActivate must be yes, no or unknown, not &apos;%1&apos;</source>
        <translation>handshake forceActivate は yes、no、unknown のいずれかである必要があります (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>package &apos;%1&apos;: bad deviceId in binds</source>
        <translation>パッケージ &apos;%1&apos;: binds 内の deviceId が無効です</translation>
    </message>
    <message>
        <source>unknown signer &apos;%1&apos;</source>
        <translation>不明な署名者 &apos;%1&apos; です</translation>
    </message>
</context>
<context>
    <name>ChangeEditor</name>
    <message>
        <source>&amp;Add to list</source>
        <translation>一覧に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>変更の種類</translation>
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
        <source>Device model</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>Add blacklist entry</source>
        <translation>ブラックリストのエントリを追加</translation>
    </message>
    <message>
        <source>Remove blacklist entry</source>
        <translation>ブラックリストのエントリを削除</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>Add driver</source>
        <translation>ドライバーを追加</translation>
    </message>
    <message>
        <source>Remove driver</source>
        <translation>ドライバーを削除</translation>
    </message>
    <message>
        <source>Change as --set text</source>
        <translation>--set テキスト形式の変更</translation>
    </message>
    <message>
        <source>The change in xpctl&apos;s --set syntax; edit it to type any change directly.
%1</source>
        <translation>xpctl の --set 構文で表した変更です。編集すると、任意の変更を直接入力できます。
%1</translation>
    </message>
    <message>
        <source>Why the change cannot be added</source>
        <translation>変更を追加できない理由</translation>
    </message>
    <message>
        <source>Add the change to the list</source>
        <translation>変更を一覧に追加</translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>適用する変更</translation>
    </message>
    <message>
        <source>Remove the selected change</source>
        <translation>選択した変更を削除</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>変更(&amp;H):</translation>
    </message>
    <message>
        <source>As --&amp;set:</source>
        <translation>--set 形式(&amp;S):</translation>
    </message>
    <message>
        <source>Changes to appl&amp;y, in order:</source>
        <translation>適用する変更 (適用順)(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Off (no such device)</source>
        <translation>オフ (デバイスなし)(&amp;O)</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>デバイス ID</translation>
    </message>
    <message>
        <source>ID, e.g. 0x0002</source>
        <translation>ID (例: 0x0002)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>default revision</source>
        <translation>既定のリビジョン</translation>
    </message>
    <message>
        <source>Device &amp;ID (hex with 0x):</source>
        <translation>デバイス ID (0x 付き 16 進数)(&amp;I):</translation>
    </message>
    <message>
        <source>Re&amp;vision:</source>
        <translation>リビジョン(&amp;V):</translation>
    </message>
    <message>
        <source>Device mo&amp;del:</source>
        <translation>デバイスモデル(&amp;D):</translation>
    </message>
    <message>
        <source>Driver product</source>
        <translation>ドライバー製品</translation>
    </message>
    <message>
        <source>Build or build range</source>
        <translation>ビルドまたはビルド範囲</translation>
    </message>
    <message>
        <source>BUILD or FIRST-LAST, e.g. 60 or 60-70</source>
        <translation>BUILD または FIRST-LAST (例: 60 または 60-70)</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Builds:</source>
        <translation>ビルド(&amp;B):</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Windows &amp;Update:</source>
        <translation>Windows Update(&amp;U):</translation>
    </message>
    <message>
        <source>Driver package</source>
        <translation>ドライバーパッケージ</translation>
    </message>
    <message>
        <source>Pac&amp;kage:</source>
        <translation>パッケージ(&amp;K):</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: it is never written to a VM; use the Binding tab&apos;s preview.</source>
        <translation>--set %1 は what-if (仮定) 専用です: VM に書き込まれることはありません。「バインド」タブのプレビューを使用してください。</translation>
    </message>
    <message>
        <source>--set %1 is already in the list.</source>
        <translation>--set %1 は既に一覧にあります。</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: it is never written to a VM.</source>
        <translation>--set %1 は what-if (仮定) 専用です: VM に書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Take over another tool&apos;s vendor device</source>
        <translation>別のツールのベンダーデバイスを引き継ぐ</translation>
    </message>
    <message>
        <source>Replaces another tool&apos;s -device xen-pvdevice argument with xpconsole&apos;s own: the guest keeps the same device, and xpconsole manages it from now on.</source>
        <translation>別のツールの-device xen-pvdevice引数をxpconsole自身の引数に置き換えます。ゲストは同じデバイスのままで、以後xpconsoleが管理します。</translation>
    </message>
    <message>
        <source>Write despite the host check</source>
        <translation>ホストの確認に関係なく書き込む</translation>
    </message>
    <message>
        <source>Writes a Xen device even where this host&apos;s QEMU has none. The VM will then not start on this host: use it only for a definition that moves to a host that has Xen support.</source>
        <translation>このホストのQEMUにXenデバイスがなくても書き込みます。その場合VMはこのホストでは起動しません。Xenサポートのあるホストへ移す定義にだけ使ってください。</translation>
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
        <translation>KEY=VALUE の形式が必要です (%1)</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>値が空です</translation>
    </message>
    <message>
        <source>expected off or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)</source>
        <translation>off または ID[:REV] が必要です (16 ビットの ID、8 ビットのリビジョン、10 進数または 0x 付き 16 進数)</translation>
    </message>
    <message>
        <source>xen-pvdevice refuses device ID 0xffff (it means unset)</source>
        <translation>xen-pvdevice はデバイス ID 0xffff を拒否します (未設定を意味します)</translation>
    </message>
    <message>
        <source>expected PRODUCT:BUILD or PRODUCT:FIRST-LAST with a product of Xen&apos;s registry and FIRST not above LAST</source>
        <translation>Xen のレジストリにある製品で、FIRST が LAST を超えない PRODUCT:BUILD または PRODUCT:FIRST-LAST の形式が必要です</translation>
    </message>
    <message>
        <source>expected off or automatic</source>
        <translation>off または automatic が必要です</translation>
    </message>
    <message>
        <source>expected PACKAGE@HARDWARE-ID</source>
        <translation>PACKAGE@HARDWARE-ID の形式が必要です</translation>
    </message>
    <message>
        <source>unknown key (%1)</source>
        <translation>不明なキーです (%1)</translation>
    </message>
    <message>
        <source>the entry is already in the blacklist</source>
        <translation>エントリは既にブラックリストにあります</translation>
    </message>
    <message>
        <source>no such entry in the blacklist</source>
        <translation>そのエントリはブラックリストにありません</translation>
    </message>
    <message>
        <source>the package is already installed</source>
        <translation>パッケージは既にインストールされています</translation>
    </message>
    <message>
        <source>the package is not installed</source>
        <translation>パッケージはインストールされていません</translation>
    </message>
    <message>
        <source>a package id is letters, digits and . _ + : @ - (at most 128)</source>
        <translation>パッケージ ID には英字、数字、. _ + : @ - のみ使用できます (最大 128 文字)</translation>
    </message>
    <message>
        <source>expected off, default[:REV] or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)</source>
        <translation>off、default[:REV] または ID[:REV] が必要です (16 ビットの ID、8 ビットのリビジョン、10 進数または 0x 付き 16 進数)</translation>
    </message>
    <message>
        <source>the text contains a line break or another control character</source>
        <translation>テキストに改行またはその他の制御文字が含まれています</translation>
    </message>
    <message>
        <source>unknown device model (one of %1)</source>
        <translation>不明なデバイスモデルです (%1 のいずれか)</translation>
    </message>
    <message>
        <source>expected vendor-device</source>
        <translation>vendor-deviceが必要です</translation>
    </message>
    <message>
        <source>its device ID is unset, which QEMU refuses (0xffff)</source>
        <translation>デバイスIDが未設定で、QEMUが拒否します(0xffff)</translation>
    </message>
    <message>
        <source>the definition has no vendor device of another tool</source>
        <translation>定義に別のツールのベンダーデバイスがありません</translation>
    </message>
    <message>
        <source>expected host-check</source>
        <translation>host-checkが必要です</translation>
    </message>
</context>
<context>
    <name>ConfigDelta</name>
    <message>
        <source>The difference cannot be expressed as --set changes (%1).</source>
        <translation>この差分は --set の変更として表現できません (%1)。</translation>
    </message>
</context>
<context>
    <name>ConnectError</name>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <source>Host name not found</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>ホストに到達できません</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>SSH login refused</source>
        <translation>SSH ログインが拒否されました</translation>
    </message>
    <message>
        <source>SSH host key not trusted</source>
        <translation>SSH ホスト鍵が信頼されていません</translation>
    </message>
    <message>
        <source>libvirt daemon not running</source>
        <translation>libvirt デーモンが動作していません</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>This computer does not run Xen</source>
        <translation>このコンピューターでは Xen が動作していません</translation>
    </message>
    <message>
        <source>Hypervisor driver not available</source>
        <translation>ハイパーバイザードライバーを利用できません</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>認証に失敗しました</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Check the URI, that libvirtd runs on that host and that you may use it.</source>
        <translation>URI、そのホストで libvirtd が動作していること、使用権限があることを確認してください。</translation>
    </message>
    <message>
        <source>The host name “%1” does not resolve to an address. Check the host in the URI for typing errors or use its IP address; if the name is right, check this computer&apos;s DNS settings.</source>
        <translation>ホスト名「%1」をアドレスに解決できません。URI のホスト名に入力ミスがないか確認するか、IP アドレスを使用してください。名前が正しい場合は、このコンピューターの DNS 設定を確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection on the SSH port %2. Check that the SSH server (sshd) runs on that host and that the port in the URI is right.</source>
        <translation>%1 が SSH ポート %2 への接続を拒否しました。そのホストで SSH サーバー (sshd) が動作していること、URI のポートが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check that libvirt on that host listens for %2 connections (libvirtd-%2.socket, or virtproxyd-%2.socket with the modular daemons) and that the port in the URI is right.</source>
        <translation>%1 が接続を拒否しました。そのホストの libvirt が %2 接続を待ち受けていること (libvirtd-%2.socket、モジュラーデーモンの場合は virtproxyd-%2.socket)、URI のポートが正しいことを確認してください。</translation>
    </message>
    <message>
        <source>There is no network route to %1. Check that the host is up and that this computer can reach its network (cabling, VPN, firewall).</source>
        <translation>%1 へのネットワーク経路がありません。ホストが起動していること、このコンピューターがそのネットワークに到達できること (ケーブル、VPN、ファイアウォール) を確認してください。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The host may be down, or a firewall may drop the connection; check that it is up and that the port is open.</source>
        <translation>%1 から時間内に応答がありませんでした。ホストが停止しているか、ファイアウォールが接続を破棄している可能性があります。ホストが起動していること、ポートが開いていることを確認してください。</translation>
    </message>
    <message>
        <source>SSH could not log in to %1 as %2. Check the user name in the URI and that the host accepts your SSH key (ssh-copy-id, ssh-add); try “ssh %2@%1” in a terminal.</source>
        <translation>SSH で %2 として %1 にログインできませんでした。URI のユーザー名と、ホストがあなたの SSH 鍵を受け入れること (ssh-copy-id、ssh-add) を確認してください。端末で「ssh %2@%1」を試してください。</translation>
    </message>
    <message>
        <source>SSH does not know the host key of %1, or the key has changed. Connect once with “ssh %1” in a terminal and check the fingerprint before you accept it; if the host was reinstalled, first remove its old key with “ssh-keygen -R %1”.</source>
        <translation>SSH が %1 のホスト鍵を知らないか、鍵が変更されています。端末で「ssh %1」を実行して一度接続し、受け入れる前にフィンガープリントを確認してください。ホストを再インストールした場合は、先に「ssh-keygen -R %1」で古い鍵を削除してください。</translation>
    </message>
    <message>
        <source>Nothing answers on the libvirt socket %1 on %2: the libvirt daemon is not running there. Start it with “systemctl start libvirtd” (or, with libvirt&apos;s modular daemons, “systemctl start %3.socket”).</source>
        <translation>%2 の libvirt ソケット %1 から応答がありません: そこでは libvirt デーモンが動作していません。「systemctl start libvirtd」(libvirt のモジュラーデーモンの場合は「systemctl start %3.socket」) で起動してください。</translation>
    </message>
    <message>
        <source>libvirt on %1 refused this user (socket permissions or polkit).</source>
        <translation>%1 の libvirt がこのユーザーを拒否しました (ソケットのパーミッションまたは polkit)。</translation>
    </message>
    <message>
        <source>This user may not use the libvirt socket %1 on %2.</source>
        <translation>このユーザーは %2 の libvirt ソケット %1 を使用できません。</translation>
    </message>
    <message>
        <source>Add the user to the “libvirt” group (and log in again) or allow it with a polkit rule, or open the connection read-only, which every user may.</source>
        <translation>ユーザーを「libvirt」グループに追加する (その後ログインし直す) か、polkit ルールで許可してください。または、接続を読み取り専用で開いてください。読み取り専用ならどのユーザーでも開けます。</translation>
    </message>
    <message>
        <source>This computer is not a Xen host (dom0), so xen:/// has nothing to connect to here. To manage a Xen host from here, connect to it over SSH (xen+ssh://root@host/system).</source>
        <translation>このコンピューターは Xen ホスト (dom0) ではないため、ここでは xen:/// の接続先がありません。ここから Xen ホストを管理するには、SSH 経由で接続してください (xen+ssh://root@host/system)。</translation>
    </message>
    <message>
        <source>libvirt on %1 has no Xen driver: install libvirt-daemon-driver-xen there and restart libvirt; or that host does not run Xen (then use a QEMU/KVM connection).</source>
        <translation>%1 の libvirt には Xen ドライバーがありません: そのホストに libvirt-daemon-driver-xen をインストールして libvirt を再起動してください。または、そのホストでは Xen が動作していません (その場合は QEMU/KVM 接続を使用してください)。</translation>
    </message>
    <message>
        <source>libvirt on %1 has no driver for “%2” connections: install libvirt-daemon-driver-%2 there and restart libvirt, or check the URI.</source>
        <translation>%1 の libvirt には「%2」接続用のドライバーがありません: そのホストに libvirt-daemon-driver-%2 をインストールして libvirt を再起動するか、URI を確認してください。</translation>
    </message>
    <message>
        <source>libvirt on %1 did not accept the credentials, or the question was cancelled. Connect again with a user name and password that libvirt there accepts.</source>
        <translation>%1 の libvirt が資格情報を受け入れなかったか、入力が取り消されました。そのホストの libvirt が受け入れるユーザー名とパスワードで接続し直してください。</translation>
    </message>
    <message>
        <source>URI: %1</source>
        <translation>URI: %1</translation>
    </message>
    <message>
        <source>libvirt error code: %1</source>
        <translation>libvirt エラーコード: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionDelegate</name>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n 台の VM</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open &amp;read-only (changes to VMs are refused)</source>
        <translation>読み取り専用で開く (VM への変更は拒否されます)(&amp;R)</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>接続の追加</translation>
    </message>
    <message>
        <source>Connection type</source>
        <translation>接続の種類</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>host.example.com, host:2222 or 2001:db8::1</source>
        <translation>host.example.com、host:2222、または 2001:db8::1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>optional, e.g. root</source>
        <translation>省略可 (例: root)</translation>
    </message>
    <message>
        <source>Connection URI</source>
        <translation>接続 URI</translation>
    </message>
    <message>
        <source>driver[+transport]://[user@][host][:port]/path</source>
        <translation>driver[+transport]://[user@][host][:port]/path</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>最近の接続</translation>
    </message>
    <message>
        <source>Click to fill in the form, double-click to connect</source>
        <translation>クリックでフォームに入力、ダブルクリックで接続</translation>
    </message>
    <message>
        <source>Why the connection cannot be opened yet</source>
        <translation>接続をまだ開けない理由</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>R&amp;ecent:</source>
        <translation>最近の接続(&amp;E):</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <source>UR&amp;I:</source>
        <translation>URI(&amp;I):</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>接続の編集</translation>
    </message>
</context>
<context>
    <name>ConnectionListModel</name>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n 台の VM</numerusform>
        </translation>
    </message>
    <message>
        <source>demo node</source>
        <translation>デモノード</translation>
    </message>
    <message>
        <source>%1 (test driver)</source>
        <translation>%1 (テストドライバー)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>%n 秒後に再接続します</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>接続なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>接続済み %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>接続中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed</source>
        <translation>
            <numerusform>切断済み %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s): %1</source>
        <translation>
            <numerusform>%n 件の接続: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: changes to VMs are refused before they reach the host.</source>
        <translation>読み取り専用: VM への変更はホストに届く前に拒否されます。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>直近のエラー: %1</translation>
    </message>
    <message>
        <source>Predictions checked against the guests: %1 confirmed, %2 differ</source>
        <translation>ゲストで確認した予測: 一致 %1、相違 %2</translation>
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
        <translation>Xen (このホスト)</translation>
    </message>
    <message>
        <source>QEMU/KVM (this host)</source>
        <translation>QEMU/KVM (このホスト)</translation>
    </message>
    <message>
        <source>QEMU/KVM over SSH</source>
        <translation>SSH 経由の QEMU/KVM</translation>
    </message>
    <message>
        <source>Xen over SSH</source>
        <translation>SSH 経由の Xen</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>カスタム URI</translation>
    </message>
    <message>
        <source>Demo node (bundled)</source>
        <translation>デモノード (同梱)</translation>
    </message>
    <message>
        <source>Enter the host to connect to.</source>
        <translation>接続先のホストを入力してください。</translation>
    </message>
    <message>
        <source>Only an IPv6 address goes in square brackets.</source>
        <translation>角かっこで囲むのは IPv6 アドレスだけです。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ポートには 1 から 65535 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>&quot;%1&quot; はホスト名でもアドレスでもありません。</translation>
    </message>
    <message>
        <source>Enter a connection URI.</source>
        <translation>接続 URI を入力してください。</translation>
    </message>
    <message>
        <source>A URI cannot contain spaces.</source>
        <translation>URI に空白を含めることはできません。</translation>
    </message>
    <message>
        <source>Expected driver[+transport]://[user@][host][:port]/path, for example qemu:///system.</source>
        <translation>driver[+transport]://[user@][host][:port]/path の形式で指定してください (例: qemu:///system)。</translation>
    </message>
    <message>
        <source>The URI must start with a driver such as xen://, qemu:// or qemu+ssh://.</source>
        <translation>URI は xen://、qemu://、qemu+ssh:// などのドライバーで始まる必要があります。</translation>
    </message>
    <message>
        <source>This URI is malformed; check the host, port and user name.</source>
        <translation>この URI は形式が正しくありません。ホスト、ポート、ユーザー名を確認してください。</translation>
    </message>
</context>
<context>
    <name>ConnectionsPane</name>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>接続を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove Connection…</source>
        <translation>接続を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>再接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>接続の操作</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Open another libvirt connection</source>
        <translation>別の libvirt 接続を開く</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Close the selected connection; its VMs leave the list</source>
        <translation>選択した接続を閉じる (その接続の VM は一覧から除かれます)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Open the selected connection again</source>
        <translation>選択した接続をもう一度開く</translation>
    </message>
    <message>
        <source>Close Connection</source>
        <translation>接続を閉じる</translation>
    </message>
    <message numerus="yes">
        <source>Close %1? Its %n VM(s) leave(s) the list; nothing on the host changes.</source>
        <translation>
            <numerusform>%1 を閉じますか? この接続の %n 台の VM は一覧から除かれます。ホスト上では何も変更されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lose Connection</source>
        <translation>接続を閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Read Guest &amp;Drivers Through the Agent</source>
        <translation>エージェント経由でゲストのドライバーを読む(&amp;D)</translation>
    </message>
    <message>
        <source>On this connection, run pnputil in each running Windows guest through its guest agent, so that the prediction uses the drivers the guest really has. Nothing is written to the VMs; the inventory is kept in the console.</source>
        <translation>この接続では、実行中の各 Windows ゲストでゲストエージェント経由で pnputil を実行し、ゲストに実際にあるドライバーを予測に使います。VM には何も書き込まず、インベントリはコンソール内に保持します。</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>接続を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Change the selected connection&apos;s URI or read-only setting; it is opened again</source>
        <translation>選択した接続の URI または読み取り専用の設定を変更 (接続は開き直されます)</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>%1 にログイン</translation>
    </message>
    <message>
        <source>libvirt needs these to open &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を開くために libvirt が次の情報を必要としています:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Realm:</source>
        <translation>レルム:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Client nonce:</source>
        <translation>クライアント nonce:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>応答:</translation>
    </message>
</context>
<context>
    <name>CtlDomains</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot list the domains of %1: %2</source>
        <translation>%1 のドメインを一覧表示できません: %2</translation>
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
        <translation>製品ラインの ID (line) がありません</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;%2&apos; is not a Windows package of the catalogue; left out</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: &apos;%2&apos; はカタログの Windows パッケージではありません。除外しました</translation>
    </message>
    <message>
        <source>it names no Windows package of the catalogue</source>
        <translation>カタログの Windows パッケージを 1 つも挙げていません</translation>
    </message>
    <message>
        <source>&apos;maintained&apos; must be true or false</source>
        <translation>&apos;maintained&apos; は true または false である必要があります</translation>
    </message>
    <message>
        <source>a maintained line needs its current release as a version, not &apos;%1&apos;</source>
        <translation>保守されている製品ラインには、最新リリースをバージョンとして指定する必要があります (&apos;%1&apos; は不可)</translation>
    </message>
    <message>
        <source>a line that is not maintained has no current release</source>
        <translation>保守されていない製品ラインには最新リリースはありません</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;released&apos; is not a date (YYYY-MM-DD); left out</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: &apos;released&apos; が日付 (YYYY-MM-DD) ではありません。除外しました</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: a driver version to compare needs &apos;driver&apos;, the INF it is of; left out</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: 比較するドライバーバージョンには、その INF を示す &apos;driver&apos; が必要です。除外しました</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;outdatedBelow&apos; needs a version and a fact; left out</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: &apos;outdatedBelow&apos; にはバージョンと事実が必要です。除外しました</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;currentDriverVersion&apos; is not a version; left out</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: &apos;currentDriverVersion&apos; がバージョンではありません。除外しました</translation>
    </message>
    <message>
        <source>it has no source</source>
        <translation>情報源 (source) がありません</translation>
    </message>
    <message>
        <source>current versions &apos;%1&apos;: &apos;uncertain&apos; must be a list of phrases</source>
        <translation>最新バージョン表のエントリ &apos;%1&apos;: &apos;uncertain&apos; は語句のリストである必要があります</translation>
    </message>
</context>
<context>
    <name>CurrentVersionVerdict</name>
    <message>
        <source>The current-versions table has no line for %1.</source>
        <translation>最新バージョン表に %1 の製品ラインがありません。</translation>
    </message>
    <message>
        <source>%1 is no longer maintained; %2 replaces it, current release %3.</source>
        <translation>%1 は保守が終了しています。後継は %2 です (最新リリース %3)。</translation>
    </message>
    <message>
        <source>%1 is no longer maintained; its last release was %2.</source>
        <translation>%1 は保守が終了しています。最後のリリースは %2 でした。</translation>
    </message>
    <message>
        <source>%1 is no longer maintained.</source>
        <translation>%1 は保守が終了しています。</translation>
    </message>
    <message>
        <source>The sources give no driver version of %1 to compare with; current release: %2.</source>
        <translation>情報源には比較に使える %1 のドライバーバージョンがありません。最新リリース: %2。</translation>
    </message>
    <message>
        <source>No %1 version of %2 is known for this guest; current release of %3: %4.</source>
        <translation>このゲストの %2 の %1 バージョンは不明です。%3 の最新リリース: %4。</translation>
    </message>
    <message>
        <source>the guest&apos;s driver inventory</source>
        <translation>ゲストのドライバーインベントリ</translation>
    </message>
    <message>
        <source>the catalogue&apos;s placeholder DriverVer, not the guest&apos;s</source>
        <translation>ゲストのものではなく、カタログのプレースホルダーの DriverVer</translation>
    </message>
    <message>
        <source>the catalogue&apos;s DriverVer</source>
        <translation>カタログの DriverVer</translation>
    </message>
    <message>
        <source>Import the guest&apos;s driver inventory to confirm.</source>
        <translation>確認するには、ゲストのドライバーインベントリをインポートしてください。</translation>
    </message>
    <message>
        <source>%1 (%2) is at least the %3 of %4 %5, the current release.</source>
        <translation>%1 (%2) は、最新リリースである %4 %5 の %3 以上です。</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3 (%4); current release of %5: %6.</source>
        <translation>%1 (%2) は %3 より古いです (%4)。%5 の最新リリース: %6。</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3, the %4 of %5 %6 (%7); current release: %8.</source>
        <translation>%1 (%2) は、%5 %6 の %4 である %3 より古いです (%7)。最新リリース: %8。</translation>
    </message>
    <message>
        <source>Uncertain: %1.</source>
        <translation>不確実: %1。</translation>
    </message>
    <message>
        <source>%1 (%2) is older than %3, the %4 of the current release %5 %6.</source>
        <translation>%1 (%2) は、最新リリース %5 %6 の %4 である %3 より古いです。</translation>
    </message>
    <message>
        <source>%1 (%2) is not older than %3, and the sources give no %4 version of %5 %6, the current release, to tell it from an older build.</source>
        <translation>%1 (%2) は %3 より古くはありませんが、情報源には最新リリースである %5 %6 の %4 バージョンがないため、古いビルドと区別できません。</translation>
    </message>
</context>
<context>
    <name>DeviceArgumentParser</name>
    <message>
        <source>The argument is in QEMU&apos;s JSON form, which xpconsole does not read: its properties are unknown.</source>
        <translation>引数はQEMUのJSON形式で、xpconsoleは読み取りません。プロパティは不明です。</translation>
    </message>
    <message>
        <source>QEMU refuses &apos;%1=%2&apos;: the property expects %3.</source>
        <translation>QEMUは「%1=%2」を拒否します。このプロパティには%3が必要です。</translation>
    </message>
    <message>
        <source>&apos;%1=%2&apos; is a property xpconsole does not model; QEMU may refuse it or it may change the device.</source>
        <translation>「%1=%2」はxpconsoleがモデル化していないプロパティです。QEMUが拒否するか、デバイスが変わる可能性があります。</translation>
    </message>
    <message>
        <source>QEMU refuses &apos;id=%1&apos;: an id is a letter followed by letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;.</source>
        <translation>QEMUは「id=%1」を拒否します。IDは英字で始まり、英字、数字、「-」「.」「_」が続くものです。</translation>
    </message>
</context>
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
    <message>
        <source>Unknown device model &apos;%1&apos; (use one of %2).</source>
        <translation>不明なデバイスモデル &apos;%1&apos; です (%2 のいずれかを使用してください)。</translation>
    </message>
</context>
<context>
    <name>DeviceText</name>
    <message>
        <source>read magic (0x49d2 expected)</source>
        <translation>マジック値の読み取り (期待値 0x49d2)</translation>
    </message>
    <message>
        <source>read protocol version</source>
        <translation>プロトコルバージョンの読み取り</translation>
    </message>
    <message>
        <source>write product number</source>
        <translation>製品番号の書き込み</translation>
    </message>
    <message>
        <source>write build number</source>
        <translation>ビルド番号の書き込み</translation>
    </message>
    <message>
        <source>re-read magic (0xd249 = blacklisted)</source>
        <translation>マジック値の再読み取り (0xd249 = ブラックリスト登録済み)</translation>
    </message>
    <message>
        <source>write unplug mask</source>
        <translation>アンプラグマスクの書き込み</translation>
    </message>
    <message>
        <source>write disk unplug mask</source>
        <translation>ディスクのアンプラグマスクの書き込み</translation>
    </message>
    <message>
        <source>write NIC unplug mask</source>
        <translation>NIC のアンプラグマスクの書き込み</translation>
    </message>
    <message>
        <source>Unassigned class</source>
        <translation>未割り当てクラス</translation>
    </message>
    <message>
        <source>SCSI storage controller</source>
        <translation>SCSI ストレージコントローラー</translation>
    </message>
    <message>
        <source>System peripheral</source>
        <translation>システム周辺機器</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>クラス %1</translation>
    </message>
    <message>
        <source>write unplug type (version 2)</source>
        <translation>アンプラグ種別の書き込み (バージョン 2)</translation>
    </message>
    <message>
        <source>write protocol version (version 2)</source>
        <translation>プロトコルバージョンの書き込み (バージョン 2)</translation>
    </message>
    <message>
        <source>write unplug index (version 2)</source>
        <translation>アンプラグインデックスの書き込み (バージョン 2)</translation>
    </message>
    <message>
        <source>Upstream QEMU (qemu-xen on Xen, or with KVM&apos;s Xen emulation): fixed platform device 5853:0001, no blacklist.</source>
        <translation>アップストリームの QEMU (Xen 上の qemu-xen、または KVM の Xen エミュレーション): プラットフォームデバイスは 5853:0001 に固定、ブラックリストなし。</translation>
    </message>
    <message>
        <source>Xen&apos;s old qemu-dm: only on old Xen hosts and stub domains (desupported since 2020); blacklist through xenstore keys.</source>
        <translation>Xen の古い qemu-dm: 古い Xen ホストとスタブドメインのみ (2020 年からサポート対象外)。xenstore キーによるブラックリスト。</translation>
    </message>
    <message>
        <source>XenServer / XCP-ng 8.0 and later: upstream QEMU with XenServer&apos;s patches; the device ID is set through XAPI; no blacklist.</source>
        <translation>XenServer / XCP-ng 8.0 以降: XenServer のパッチを適用したアップストリームの QEMU。デバイス ID は XAPI で設定。ブラックリストなし。</translation>
    </message>
    <message>
        <source>XenServer 7.x and earlier: XenServer&apos;s patched qemu-traditional with the version-2 blacklist rules.</source>
        <translation>XenServer 7.x 以前: バージョン 2 のブラックリスト規則を持つ、XenServer がパッチを適用した qemu-traditional。</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Exposed Xen devices</source>
        <translation>公開されている Xen デバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Vendor:Device</source>
        <translation>ベンダー:デバイス</translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation>サブシステム</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Interrupt pin</source>
        <translation>割り込みピン</translation>
    </message>
    <message>
        <source>Bound driver</source>
        <translation>バインドされたドライバー</translation>
    </message>
    <message>
        <source>Configuration space</source>
        <translation>コンフィギュレーション空間</translation>
    </message>
    <message>
        <source>Xen platform device</source>
        <translation>Xen プラットフォームデバイス</translation>
    </message>
    <message>
        <source>Vendor device (xen-pvdevice)</source>
        <translation>ベンダーデバイス (xen-pvdevice)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (from Windows Update)</source>
        <translation>%1 (Windows Update から)</translation>
    </message>
    <message>
        <source>%1, xenbus active</source>
        <translation>%1、xenbus アクティブ</translation>
    </message>
    <message>
        <source>Where the devices come from</source>
        <translation>デバイスの出所</translation>
    </message>
    <message>
        <source>Vendor device (another tool&apos;s xen-pvdevice)</source>
        <translation>ベンダーデバイス(別のツールのxen-pvdevice)</translation>
    </message>
</context>
<context>
    <name>DomainPatcher</name>
    <message>
        <source>The XML is not a libvirt domain (its root is &lt;%1&gt;).</source>
        <translation>XML は libvirt ドメインではありません (ルート要素が &lt;%1&gt; です)。</translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1, column %2: %3).</source>
        <translation>ドメイン XML が整形式ではありません (行 %1、列 %2: %3)。</translation>
    </message>
    <message>
        <source>The domain XML has no &lt;domain&gt; element.</source>
        <translation>ドメイン XML に &lt;domain&gt; 要素がありません。</translation>
    </message>
    <message>
        <source>Its xpconsole metadata is read-only, so nothing is written to it: %1</source>
        <translation>xpconsole のメタデータが読み取り専用のため、このドメインには何も書き込まれません: %1</translation>
    </message>
    <message>
        <source>xpconsole&apos;s device-model argument was changed outside xpconsole (&apos;%1&apos;); this push writes the metadata&apos;s (&apos;%2&apos;) again.</source>
        <translation>xpconsoleのデバイスモデル引数がxpconsoleの外で変更されました(「%1」)。このプッシュでメタデータの内容(「%2」)を再び書き込みます。</translation>
    </message>
    <message>
        <source>Another tool&apos;s vendor device is on the command line (&apos;%1 %2&apos;); xpconsole never adds a second one. Take it over (--set take-over=vendor-device) or remove it.</source>
        <translation>別のツールのベンダーデバイスがコマンドラインにあります(「%1 %2」)。xpconsoleは2つ目を追加しません。引き継ぐ(--set take-over=vendor-device)か、削除してください。</translation>
    </message>
    <message>
        <source>Takes over &apos;%1&apos;: xpconsole&apos;s own argument replaces it.</source>
        <translation>「%1」を引き継ぎます。xpconsole自身の引数で置き換えます。</translation>
    </message>
</context>
<context>
    <name>DomainPush</name>
    <message>
        <source>The VM is running: the change takes effect after the VM is powered off and started again.</source>
        <translation>VM は実行中です: 変更は、VM の電源を切って再び起動した後に有効になります。</translation>
    </message>
    <message>
        <source>Its XML could not be read: %1</source>
        <translation>XML を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>libvirt gave no inactive XML for it.</source>
        <translation>libvirt はこのドメインの非アクティブな XML を返しませんでした。</translation>
    </message>
    <message>
        <source>It is a transient domain: there is no persistent definition to change.</source>
        <translation>一時的 (transient) なドメインです: 変更できる永続的な定義がありません。</translation>
    </message>
    <message>
        <source>Its xpconsole metadata is read-only, so nothing is written to it: %1</source>
        <translation>xpconsole のメタデータが読み取り専用のため、このドメインには何も書き込まれません: %1</translation>
    </message>
    <message>
        <source>--set %1 is what-if only: use preview; it is never written to a VM.</source>
        <translation>--set %1 は what-if (仮定) 専用です: preview を使用してください。VM に書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Nothing to change: the domain XML already holds this.</source>
        <translation>変更するものはありません: ドメイン XML には既にこの内容が含まれています。</translation>
    </message>
    <message>
        <source>Written; read back, every field is as written.</source>
        <translation>書き込みました。読み戻した結果、すべてのフィールドが書き込んだとおりです。</translation>
    </message>
    <message>
        <source>Written, but libvirt did not keep everything: %1</source>
        <translation>書き込みましたが、libvirt はすべてを保持しませんでした: %1</translation>
    </message>
    <message>
        <source>%1 The change is kept: prepare it again on the new definition.</source>
        <translation>%1 変更は保持されています: 新しい定義に基づいてもう一度準備してください。</translation>
    </message>
    <message>
        <source>The stored XML could not be read back: %1</source>
        <translation>保存された XML を読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>%1: written as %2, libvirt keeps %3</source>
        <translation>%1: %2 として書き込みましたが、libvirt が保持しているのは %3 です</translation>
    </message>
    <message>
        <source>The metadata read back is not usable: %1</source>
        <translation>読み戻したメタデータは使用できません: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>xpconsole&apos;s device-model arguments</source>
        <translation>xpconsole のデバイスモデル引数</translation>
    </message>
    <message>
        <source>other device-model arguments</source>
        <translation>その他のデバイスモデル引数</translation>
    </message>
    <message>
        <source>Other applications&apos; metadata changed: %1 element(s) before, %2 after.</source>
        <translation>他のアプリケーションのメタデータが変更されました: 変更前 %1 要素、変更後 %2 要素。</translation>
    </message>
    <message>
        <source>The VM would not start: its QEMU has no xen-pvdevice. %1 Add override=host-check to write it anyway.</source>
        <translation>VMは起動しません。QEMUにxen-pvdeviceがありません。%1 それでも書き込むにはoverride=host-checkを追加してください。</translation>
    </message>
    <message>
        <source>%1 (%2 packages, %3 devices)</source>
        <translation>%1（パッケージ %2 個、デバイス %3 個）</translation>
    </message>
</context>
<context>
    <name>DomainXmlReader</name>
    <message>
        <source>The domain XML has no &lt;domain&gt; element.</source>
        <translation>ドメイン XML に &lt;domain&gt; 要素がありません。</translation>
    </message>
    <message>
        <source>The domain XML is not well-formed (line %1: %2).</source>
        <translation>ドメイン XML が整形式ではありません (行 %1: %2)。</translation>
    </message>
    <message>
        <source>%1: inside xpconsole&apos;s element, this binds the element&apos;s namespace prefix to another namespace; the metadata is shown read-only.</source>
        <translation>%1: xpconsole の要素内で、要素の名前空間プレフィックスを別の名前空間に割り当てています。メタデータは読み取り専用で表示されます。</translation>
    </message>
    <message>
        <source>&lt;metadata&gt; holds %1 elements in xpconsole&apos;s namespace; libvirt keeps only the first and drops the others on the next define, so only the first is read and changed.</source>
        <translation>&lt;metadata&gt; に xpconsole の名前空間の要素が %1 個あります。libvirt は次回の定義時に最初の要素だけを保持して他を破棄するため、最初の要素だけを読み取り、変更します。</translation>
    </message>
</context>
<context>
    <name>DriverCatalogue</name>
    <message>
        <source>Cannot read the driver catalogue %1: %2</source>
        <translation>ドライバーカタログ %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The driver catalogue %1 is not valid JSON at offset %2: %3</source>
        <translation>ドライバーカタログ %1 はオフセット %2 で有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>The driver catalogue %1 has schema %2; this build reads schema 1.</source>
        <translation>ドライバーカタログ %1 のスキーマは %2 です。このビルドが読み取れるのはスキーマ 1 です。</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; skipped: %3</source>
        <translation>%1: パッケージ &apos;%2&apos; をスキップしました: %3</translation>
    </message>
    <message>
        <source>%1: package id &apos;%2&apos; appears twice; the first one is kept</source>
        <translation>%1: パッケージ ID &apos;%2&apos; が 2 回出現します。最初のものが保持されます</translation>
    </message>
    <message>
        <source>signature, handshake and stack of an imported INF</source>
        <translation>インポートした INF の署名、ハンドシェイク、ドライバースタック</translation>
    </message>
    <message>
        <source>A package named &apos;%1&apos; is already in the catalogue.</source>
        <translation>&apos;%1&apos; という名前のパッケージは既にカタログにあります。</translation>
    </message>
    <message>
        <source>%1: &apos;currentVersions&apos; is not a list; no package is compared with a current release</source>
        <translation>%1: &apos;currentVersions&apos; がリストではありません。どのパッケージも最新リリースと比較されません</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; skipped: %3</source>
        <translation>%1: 最新バージョン表のエントリ &apos;%2&apos; をスキップしました: %3</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; appears twice; the first one is kept</source>
        <translation>%1: 最新バージョン表のエントリ &apos;%2&apos; が 2 回出現します。最初のものが保持されます</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; is in current versions &apos;%3&apos; and &apos;%4&apos;; the first is kept</source>
        <translation>%1: パッケージ &apos;%2&apos; は最新バージョン表のエントリ &apos;%3&apos; と &apos;%4&apos; の両方にあります。最初のものが保持されます</translation>
    </message>
    <message>
        <source>%1: current versions &apos;%2&apos; names an unknown successor &apos;%3&apos;; left out</source>
        <translation>%1: 最新バージョン表のエントリ &apos;%2&apos; が不明な後継 &apos;%3&apos; を挙げています。除外しました</translation>
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
    <name>EditBlacklistEntryCommand</name>
    <message>
        <source>Change product of blacklist entry %1 to %2</source>
        <translation>ブラックリストのエントリ %1 の製品を %2 に変更</translation>
    </message>
    <message>
        <source>Change builds of blacklist entry %1 to %2</source>
        <translation>ブラックリストのエントリ %1 のビルドを %2 に変更</translation>
    </message>
    <message>
        <source>Change comment of blacklist entry %1</source>
        <translation>ブラックリストのエントリ %1 のコメントを変更</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>%1 に接続できません</translation>
    </message>
    <message>
        <source>Then choose Reconnect.</source>
        <translation>その後「再接続」を選んでください。</translation>
    </message>
</context>
<context>
    <name>FindingAdvice</name>
    <message>
        <source>Before the VM boots again, move it off the legacy stack with the driver migration wizard (VM menu, Migrate Drivers), or set Windows Update to off for it until then.</source>
        <translation>VM を次に起動する前に、ドライバー移行ウィザード (VM メニューの「ドライバーの移行」) でレガシースタックから移行するか、それまでこの VM の Windows Update をオフにしてください。</translation>
    </message>
    <message>
        <source>Leave one stack: remove the other&apos;s drivers in the guest, or blacklist their build on a device model that enforces it. The driver migration wizard plans the order.</source>
        <translation>スタックを 1 つだけ残してください。もう一方のドライバーをゲストから削除するか、ブラックリストを適用するデバイスモデル上でそのビルドをブラックリストに登録します。手順の順序はドライバー移行ウィザードが計画します。</translation>
    </message>
    <message>
        <source>Expose one platform device only: 5853:0001 or 5853:0002, not both.</source>
        <translation>プラットフォームデバイスは 1 つだけ公開してください: 5853:0001 か 5853:0002 のどちらかで、両方ではありません。</translation>
    </message>
    <message>
        <source>Give the vendor device the revision the drivers match (01), or turn the vendor device off.</source>
        <translation>ベンダーデバイスのリビジョンをドライバーが一致するもの (01) にするか、ベンダーデバイスをオフにしてください。</translation>
    </message>
    <message>
        <source>Turn the platform device on, or the vendor device off.</source>
        <translation>プラットフォームデバイスをオンにするか、ベンダーデバイスをオフにしてください。</translation>
    </message>
    <message>
        <source>Keep platform device 0001 for this guest, or first update its kernel to a release that binds 0002.</source>
        <translation>このゲストではプラットフォームデバイス 0001 を維持するか、先にカーネルを 0002 をバインドできるリリースに更新してください。</translation>
    </message>
    <message>
        <source>On this device model the entries only record intent: to keep those drivers off, remove them in the guest, or run the VM on a device model that enforces the blacklist.</source>
        <translation>このデバイスモデルではエントリは意図を記録するだけです。それらのドライバーを使わせないには、ゲストから削除するか、ブラックリストを適用するデバイスモデルで VM を実行してください。</translation>
    </message>
    <message>
        <source>The guest stays on emulated disks and NICs. For PV drivers, install a build that is not blacklisted, or lift the entry once the guest has a fixed build.</source>
        <translation>ゲストはエミュレートされたディスクと NIC のままです。PV ドライバーを使うには、ブラックリストにないビルドをインストールするか、修正済みのビルドが入った後でエントリを解除してください。</translation>
    </message>
    <message>
        <source>Windows reinstalls every PV device at the next boot; a NIC with static addresses may need them set again. Plan a maintenance window, or keep the active xenbus device as it is.</source>
        <translation>次回の起動時に Windows はすべての PV デバイスを再インストールします。静的アドレスを持つ NIC では再設定が必要になる場合があります。メンテナンス時間を計画するか、アクティブな xenbus デバイスをそのままにしてください。</translation>
    </message>
    <message>
        <source>The setting is kept in metadata only; Apply lists what, if anything, to run on the host.</source>
        <translation>この設定はメタデータにのみ保存されます。ホストで実行すべき作業があれば、適用時に一覧表示されます。</translation>
    </message>
    <message>
        <source>Install PV drivers in the guest that bind the exposed device, or expose the device its drivers bind.</source>
        <translation>公開されているデバイスをバインドする PV ドライバーをゲストにインストールするか、ゲストのドライバーがバインドするデバイスを公開してください。</translation>
    </message>
    <message>
        <source>The record is the guest&apos;s own (XENFILT\Parameters\ActiveDeviceID); xpconsole cannot change it. If it names a device that is no longer exposed, expose that device again with the same ID, revision and subsystem, or clear the record in the guest before the change. To move xenbus to the vendor device, follow the driver vendor&apos;s procedure in the guest.</source>
        <translation>この記録はゲスト自身のもの (XENFILT\Parameters\ActiveDeviceID) であり、xpconsole では変更できません。もう公開されていないデバイスを指している場合は、同じ ID、リビジョン、サブシステムでそのデバイスを再び公開するか、変更の前にゲスト内で記録を消去してください。xenbus をベンダーデバイスへ移行するには、ゲスト内でドライバーベンダーの手順に従ってください。</translation>
    </message>
    <message>
        <source>Change the refused device setting: the VM would not start as configured. A xen-pvdevice needs a QEMU built with Xen support; on a plain KVM host remove it.</source>
        <translation>拒否されたデバイス設定を変更してください。この構成ではVMは起動しません。xen-pvdeviceにはXenサポート付きのQEMUが必要です。通常のKVMホストでは削除してください。</translation>
    </message>
    <message>
        <source>Push any change (or the same settings again) to make the definition match the metadata, or change the metadata to what the definition has.</source>
        <translation>何らかの変更(または同じ設定)をもう一度プッシュして定義をメタデータに合わせるか、メタデータを定義の内容に変更してください。</translation>
    </message>
    <message>
        <source>Add the change &quot;Take over another tool&apos;s vendor device&quot; (take-over=vendor-device) to let xpconsole manage it, or remove it with the tool that added it.</source>
        <translation>変更「別のツールのベンダーデバイスを引き継ぐ」(take-over=vendor-device)を追加してxpconsoleに管理させるか、追加したツールで削除してください。</translation>
    </message>
    <message>
        <source>Keep one vendor device: remove the others from the device-model command line.</source>
        <translation>ベンダーデバイスは1つにしてください。他のものはデバイスモデルのコマンドラインから削除してください。</translation>
    </message>
    <message>
        <source>Set the device model in the metadata to what the definition runs (Device model change), or change the domain&apos;s emulator.</source>
        <translation>メタデータのデバイスモデルを定義が実行するものに設定する(デバイスモデルの変更)か、ドメインのエミュレーターを変更してください。</translation>
    </message>
    <message>
        <source>Nothing to do for Xen PV drivers here: no platform device is exposed, so none binds.</source>
        <translation>Xen PVドライバーについてここで行うことはありません。プラットフォームデバイスが公開されていないため、何もバインドしません。</translation>
    </message>
    <message>
        <source>Correct the guest OS in the metadata (or reinstall as recorded): the prediction uses the metadata&apos;s.</source>
        <translation>メタデータのゲストOSを修正してください(または記録どおりに再インストールしてください)。予測はメタデータのOSを使います。</translation>
    </message>
    <message>
        <source>Correct the metadata to what the guest reports (What if, or xpctl apply with driver+= and driver-=); the prediction already follows the guest.</source>
        <translation>メタデータをゲストの報告に合わせて修正してください（仮定タブ、または xpctl apply の driver+= と driver-=）。予測は既にゲストに従っています。</translation>
    </message>
    <message>
        <source>Import a new inventory from the running guest (pnputil /enum-drivers and /enum-devices /drivers) before relying on this prediction.</source>
        <translation>この予測に頼る前に、実行中のゲストから新しいインベントリ（pnputil /enum-drivers と /enum-devices /drivers）をインポートしてください。</translation>
    </message>
    <message>
        <source>Compare the bound driver with the record: an installed package missing from the catalogue, a newer build of a package, or a stale active-device record are the usual causes. Until they agree, preview the next boot with care.</source>
        <translation>バインドされているドライバーを記録と比べてください。よくある原因は、カタログにないパッケージのインストール、パッケージの新しいビルド、古いアクティブデバイスの記録です。一致するまでは、次回起動の予測を慎重に扱ってください。</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again when the findings below are acceptable (VM menu, Shut Down and Start to Apply); a reboot from inside the guest keeps the running definition.</source>
        <translation>下の検出事項が許容できる状態になったら、VM をシャットダウンして再度起動してください (VM メニューの「シャットダウンと起動で適用」)。ゲスト内からの再起動では、実行中の定義がそのまま使われます。</translation>
    </message>
    <message>
        <source>Open the driver migration wizard (VM menu, Migrate Drivers) to finish the migration or roll it back; it resumes at the next step. Ask whoever recorded the last step before you go on.</source>
        <translation>ドライバー移行ウィザード (VM メニューの「ドライバーの移行」) を開いて、移行を完了するかロールバックしてください。ウィザードは次のステップから再開します。続行する前に、最後のステップを記録した人に確認してください。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Nothing breaks: the guest keeps its drivers. To give it the offered ones, move it off the installed stack with the driver migration wizard (VM menu, Migrate Drivers).</source>
        <translation>問題は起きません: ゲストは現在のドライバーを維持します。提供されたドライバーを使うには、ドライバー移行ウィザード (VM メニューの「ドライバーの移行」) でインストール済みのスタックから移行してください。</translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2; reconnecting</source>
        <translation>%1 への接続が切断されました: %2。再接続しています</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Listing %1 failed: %2</source>
        <translation>%1 の一覧取得に失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n VM(s)</source>
        <translation>
            <numerusform>%1: %n 台の VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 への接続を閉じました</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver has no guest agents.</source>
        <translation>libvirt のテストドライバーにはゲストエージェントがありません。</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source>--format needs a value</source>
        <translation>--format には値が必要です</translation>
    </message>
    <message>
        <source>--fail-on needs info, warning or error</source>
        <translation>--fail-on には info、warning、または error が必要です</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE</source>
        <translation>--set には KEY=VALUE が必要です</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; for %2</source>
        <translation>%2 に対する不明なオプション &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>--format must be %1 or json</source>
        <translation>--format は %1 または json でなければなりません</translation>
    </message>
    <message>
        <source>list takes no VM name</source>
        <translation>list は VM 名を受け付けません</translation>
    </message>
    <message>
        <source>%1 needs exactly one VM name</source>
        <translation>%1 には VM 名をちょうど 1 つ指定する必要があります</translation>
    </message>
    <message>
        <source>--set is only for preview and apply</source>
        <translation>--set は preview と apply でのみ使用できます</translation>
    </message>
    <message>
        <source>the driver catalogue could not be loaded from %1</source>
        <translation>ドライバーカタログを %1 から読み込めませんでした</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>FLAVOUR</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>no VM named &apos;%1&apos; on %2</source>
        <translation>%2 に &apos;%1&apos; という名前の VM はありません</translation>
    </message>
    <message>
        <source>--pnputil needs the file that `pnputil /enum-drivers` wrote</source>
        <translation>--pnputil には `pnputil /enum-drivers` が出力したファイルが必要です</translation>
    </message>
    <message>
        <source>--inf needs an .inf file</source>
        <translation>--inf には .inf ファイルが必要です</translation>
    </message>
    <message>
        <source>--pnputil and --inf are for show and preview</source>
        <translation>--pnputil と --inf は show と preview 専用です</translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Show &amp;All Connections</source>
        <translation>すべての接続を表示(&amp;A)</translation>
    </message>
    <message>
        <source>Filter virtual machines</source>
        <translation>仮想マシンの絞り込み</translation>
    </message>
    <message>
        <source>Filter by name, host, OS, device, driver or finding (Ctrl+F)</source>
        <translation>名前、ホスト、OS、デバイス、ドライバー、検出事項で絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>仮想マシン</translation>
    </message>
    <message>
        <source>No VM matches “%1”: Esc clears the filter.</source>
        <translation>「%1」に一致する VM はありません: Esc キーで絞り込みを解除します。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n 台の VM</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n VM(s)</source>
        <translation>
            <numerusform>%n 台中 %1 台の VM</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1 only</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>%1, shown below, is hidden by the filter</source>
        <translation>下に表示されている %1 は絞り込みで非表示になっています</translation>
    </message>
</context>
<context>
    <name>FleetWhatIf</name>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>needs a step in the guest</source>
        <translation>ゲストでの作業が必要</translation>
    </message>
    <message>
        <source>loses PV drivers</source>
        <translation>PV ドライバーを失う</translation>
    </message>
    <message>
        <source>will not boot or two stacks</source>
        <translation>起動しない、または 2 つのスタック</translation>
    </message>
    <message>
        <source>changes, nothing new wrong</source>
        <translation>変化するが新たな問題なし</translation>
    </message>
</context>
<context>
    <name>FleetWhatIfDialog</name>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>&amp;Preview on the Fleet</source>
        <translation>フリート全体で予測(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Fleet what-if</source>
        <translation>フリートの仮定</translation>
    </message>
    <message>
        <source>Compose a change and preview it on every VM of every connection. Nothing is written.</source>
        <translation>変更を作成し、すべての接続のすべての VM で予測します。何も書き込みません。</translation>
    </message>
    <message>
        <source>VMs and what the change does to each</source>
        <translation>VM と、変更が各 VM にもたらすこと</translation>
    </message>
    <message>
        <source>VMs per outcome</source>
        <translation>結果ごとの VM</translation>
    </message>
    <message numerus="yes">
        <source>Previewing the change on %n VM(s)…</source>
        <translation>
            <numerusform>%n 台の VM で変更を予測しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>停止: %n 台の VM を予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n 台の VM を予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rest on uncertain facts (marked).</source>
        <translation>
            <numerusform>うち %n 台は不確かな事実に依存します (印付き)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar to pick the VMs of one outcome first.</source>
        <translation>先に棒をクリックして、1 つの結果の VM を選んでください。</translation>
    </message>
    <message>
        <source>The change does nothing to these VMs.</source>
        <translation>この変更はこれらの VM に何ももたらしません。</translation>
    </message>
    <message>
        <source>These VMs are on several connections: a bulk change runs on one.</source>
        <translation>これらの VM は複数の接続にあります。一括変更は 1 つの接続で実行されます。</translation>
    </message>
    <message>
        <source>Sho&amp;w All VMs</source>
        <translation>すべての VM を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Apply to the VMs in This Out&amp;come…</source>
        <translation>この結果の VM に適用(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>GuestAgent</name>
    <message>
        <source>libvirt reported a failure without a message</source>
        <translation>libvirt がメッセージなしで失敗を報告しました</translation>
    </message>
    <message>
        <source>The guest agent answered without any OS information.</source>
        <translation>ゲストエージェントは OS 情報なしで応答しました。</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s in the guest; it is left running there.</source>
        <translation>%1 はゲスト内で %2 秒以内に終了しませんでした。ゲスト内で実行されたままです。</translation>
    </message>
    <message>
        <source>Stopped waiting for %1; it is left running in the guest.</source>
        <translation>%1 の待機を中止しました。ゲスト内で実行されたままです。</translation>
    </message>
</context>
<context>
    <name>GuestFacts</name>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>release: the guest agent reported Windows %1 build %2, which is not a Windows release xpconsole knows</source>
        <translation>リリース: ゲストエージェントは Windows %1 ビルド %2 を報告しましたが、xpconsole が知らない Windows リリースです</translation>
    </message>
    <message>
        <source>release: %1 is a distribution kernel; which upstream point release (and so which backports) it carries is not in the guest agent&apos;s report</source>
        <translation>リリース: %1 はディストリビューションのカーネルです。どのアップストリームのポイントリリース（つまりどのバックポート）を含むかは、ゲストエージェントの報告にありません</translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation>Windows Update</translation>
    </message>
    <message>
        <source>installs drivers</source>
        <translation>ドライバーをインストールする</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>ゲスト OS</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>リリース</translation>
    </message>
    <message>
        <source>declared in xpconsole&apos;s metadata: %1</source>
        <translation>xpconsole のメタデータでの宣言: %1</translation>
    </message>
    <message>
        <source>libosinfo (intended at install): %1</source>
        <translation>libosinfo（インストール時の想定）: %1</translation>
    </message>
    <message>
        <source>The guest agent reports %1 %2, but the metadata declares %3 %4. The prediction follows the guest agent; correct the metadata.</source>
        <translation>ゲストエージェントは %1 %2 を報告していますが、メタデータでは %3 %4 と宣言されています。予測はゲストエージェントに従います。メタデータを修正してください。</translation>
    </message>
    <message>
        <source>guest agent at %1</source>
        <translation>ゲストエージェント（%1）</translation>
    </message>
    <message>
        <source>The guest agent&apos;s report</source>
        <translation>ゲストエージェントの報告</translation>
    </message>
    <message>
        <source>Installed drivers</source>
        <translation>インストール済みドライバー</translation>
    </message>
    <message>
        <source>installed drivers: only pnputil /enum-devices was imported, so packages bound to no device are not known</source>
        <translation>インストール済みドライバー: pnputil /enum-devices だけがインポートされたため、どのデバイスにもバインドされていないパッケージは不明です</translation>
    </message>
    <message>
        <source>installed drivers: %1 match no catalogue package and take no part in the prediction</source>
        <translation>インストール済みドライバー: %1 はカタログのどのパッケージにも一致せず、予測には使われません</translation>
    </message>
    <message>
        <source>The imported driver inventory has %1 installed, but the metadata declares %2. The prediction follows the inventory; correct the metadata.</source>
        <translation>インポートしたドライバーインベントリでは %1 がインストールされていますが、メタデータでは %2 と宣言されています。予測はインベントリに従います。メタデータを修正してください。</translation>
    </message>
    <message>
        <source>The driver inventory (%1)</source>
        <translation>ドライバーインベントリ（%1）</translation>
    </message>
    <message>
        <source>Driver on %1</source>
        <translation>%1 のドライバー</translation>
    </message>
    <message>
        <source>no driver</source>
        <translation>ドライバーなし</translation>
    </message>
    <message>
        <source>no driver (problem %1)</source>
        <translation>ドライバーなし（問題 %1）</translation>
    </message>
    <message>
        <source>%1 is from %2, before the VM&apos;s last boot: the guest may have changed since.</source>
        <translation>%1 は %2 のもので、VM の最後の起動より前です。ゲストはその後変わっている可能性があります。</translation>
    </message>
    <message>
        <source>reported by the guest agent</source>
        <translation>ゲストエージェントの報告</translation>
    </message>
    <message>
        <source>imported (%1)</source>
        <translation>インポート（%1）</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>declared in xpconsole&apos;s metadata</source>
        <translation>xpconsole のメタデータでの宣言</translation>
    </message>
    <message>
        <source>libosinfo: intended at install</source>
        <translation>libosinfo: インストール時の想定</translation>
    </message>
    <message>
        <source>not recorded (default)</source>
        <translation>記録なし（既定値）</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>read through the guest agent (%1)</source>
        <translation>ゲストエージェント経由で読み取り（%1）</translation>
    </message>
</context>
<context>
    <name>GuestInventory</name>
    <message>
        <source>%1 %2 from %3 is catalogue package %4 (same provider, class and major version).</source>
        <translation>%3 の %1 %2 はカタログパッケージ %4 です (プロバイダー、クラス、メジャーバージョンが一致)。</translation>
    </message>
    <message>
        <source>No catalogue package from %1 with version %2.x; it does not take part in the preview.</source>
        <translation>%1 のバージョン %2.x のカタログパッケージはありません。プレビューには含まれません。</translation>
    </message>
</context>
<context>
    <name>GuestTab</name>
    <message>
        <source>Guest agent: not asked.</source>
        <translation>ゲストエージェント: 未問い合わせ。</translation>
    </message>
    <message>
        <source>Guest agent: answered at %1.</source>
        <translation>ゲストエージェント: %1 に応答しました。</translation>
    </message>
    <message>
        <source>Guest agent: the VM is not running.</source>
        <translation>ゲストエージェント: VM は実行されていません。</translation>
    </message>
    <message>
        <source>Guest agent: the VM has no agent channel.</source>
        <translation>ゲストエージェント: VM にエージェントのチャネルがありません。</translation>
    </message>
    <message>
        <source>Guest agent: did not answer at %1 (not installed, not started yet, or hung).</source>
        <translation>ゲストエージェント: %1 に応答しませんでした（未インストール、未起動、または停止中）。</translation>
    </message>
    <message>
        <source>Guest agent: this libvirt driver cannot ask it.</source>
        <translation>ゲストエージェント: この libvirt ドライバーでは問い合わせできません。</translation>
    </message>
    <message>
        <source>Guest agent: not allowed on this connection.</source>
        <translation>ゲストエージェント: この接続では許可されていません。</translation>
    </message>
    <message>
        <source>Guest agent: asking failed at %1.</source>
        <translation>ゲストエージェント: %1 の問い合わせに失敗しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction confirmed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;予測どおりでした。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction differs.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;予測と異なります。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prediction not checked.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;予測は未確認です。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Import pnputil Output…</source>
        <translation>pnputil の出力をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Guest facts and their sources</source>
        <translation>ゲストの情報とその出所</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Predicted and bound driver per Xen device</source>
        <translation>Xen デバイスごとの予測ドライバーとバインド済みドライバー</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>Bound in the guest</source>
        <translation>ゲストでのバインド</translation>
    </message>
    <message>
        <source>Import the output of pnputil /enum-drivers and pnputil /enum-devices /drivers saved in the guest: it replaces the VM&apos;s inventory, through a reviewed push.</source>
        <translation>ゲストで保存した pnputil /enum-drivers と pnputil /enum-devices /drivers の出力をインポートします。確認付きのプッシュで VM のインベントリを置き換えます。</translation>
    </message>
    <message>
        <source>%1, before the last boot</source>
        <translation>%1、最後の起動より前</translation>
    </message>
    <message>
        <source>%1, last boot not seen</source>
        <translation>%1、最後の起動は未確認</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>(not exposed)</source>
        <translation>（公開されていない）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>ファイルに NUL 文字が含まれています。テキストではないか、バイトオーダーマークのない UTF-16 です。</translation>
    </message>
</context>
<context>
    <name>InventoryCommand</name>
    <message>
        <source>unknown option &apos;%1&apos; for inventory</source>
        <translation>inventory の不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <source>usage: xpctl inventory import DIR [--dry-run]</source>
        <translation>使い方: xpctl inventory import DIR [--dry-run]</translation>
    </message>
    <message>
        <source>the driver catalogue could not be loaded from %1</source>
        <translation>ドライバーカタログを %1 から読み込めませんでした</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>何もインポートされませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Xen driver packages and %2 Xen devices kept; %3 other packages and %4 other devices counted</source>
        <translation>Xen ドライバーパッケージ %1 個と Xen デバイス %2 個を保持。その他のパッケージ %3 個とデバイス %4 個は数のみ記録</translation>
    </message>
    <message>
        <source>replaces the inventory imported %1 from %2</source>
        <translation>%1 に %2 からインポートしたインベントリを置き換えます</translation>
    </message>
    <message>
        <source>predicted driver at the next boot: %1 (was %2)</source>
        <translation>次回起動時に予測されるドライバー: %1（以前は %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>prediction check: %1</source>
        <translation>予測の確認: %1</translation>
    </message>
    <message>
        <source>dry run: nothing written</source>
        <translation>ドライラン: 何も書き込んでいません</translation>
    </message>
</context>
<context>
    <name>InventoryFiles</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: そのようなフォルダーはありません</translation>
    </message>
    <message>
        <source>%1: the folder has no files</source>
        <translation>%1: フォルダーにファイルがありません</translation>
    </message>
    <message>
        <source>%1: matches no VM (name the file after the VM&apos;s name or UUID, e.g. NAME.txt or NAME-devices.txt)</source>
        <translation>%1: どの VM にも一致しません（NAME.txt や NAME-devices.txt のように、VM の名前か UUID をファイル名にしてください）</translation>
    </message>
    <message>
        <source>%1: matches %2 VMs: %3; name it after the UUID</source>
        <translation>%1: %2 台の VM に一致します: %3。UUID をファイル名にしてください</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>The file holds pnputil&apos;s title line and no records.</source>
        <translation>ファイルには pnputil のタイトル行だけがあり、レコードがありません。</translation>
    </message>
    <message>
        <source>Two outputs of pnputil /enum-drivers for one VM: %1 and %2. Keep one.</source>
        <translation>1 台の VM に pnputil /enum-drivers の出力が 2 つあります: %1 と %2。1 つだけ残してください。</translation>
    </message>
    <message>
        <source>Two outputs of pnputil /enum-devices for one VM: %1 and %2. Keep one.</source>
        <translation>1 台の VM に pnputil /enum-devices の出力が 2 つあります: %1 と %2。1 つだけ残してください。</translation>
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
        <translation>2026-12-07T10:00:00Z のような UTC 時刻が必要です</translation>
    </message>
    <message>
        <source>expected a date such as 2021-07-01</source>
        <translation>2021-07-01 のような日付が必要です</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes または no が必要です</translation>
    </message>
    <message>
        <source>expected a count (0-1000000)</source>
        <translation>個数（0-1000000）が必要です</translation>
    </message>
    <message>
        <source>expected file or guest-agent</source>
        <translation>file または guest-agent が必要です</translation>
    </message>
    <message>
        <source>&lt;package&gt;: the published attribute (oemNN.inf) is missing</source>
        <translation>&lt;package&gt;: published 属性（oemNN.inf）がありません</translation>
    </message>
    <message>
        <source>&lt;device&gt;: the instance attribute is missing</source>
        <translation>&lt;device&gt;: instance 属性がありません</translation>
    </message>
</context>
<context>
    <name>LibosinfoOs</name>
    <message>
        <source>Windows build: libosinfo&apos;s %1 covers several builds; %2 is assumed</source>
        <translation>Windowsビルド: libosinfoの%1は複数のビルドを含みます。%2と仮定します</translation>
    </message>
    <message>
        <source>Linux kernel: libosinfo&apos;s %1 names the distribution, whose kernel series is %2; the point release, which decides 0002 support, is not known</source>
        <translation>Linuxカーネル: libosinfoの%1はディストリビューションを示し、そのカーネル系列は%2です。0002対応を決めるポイントリリースは不明です</translation>
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
    <name>LibvirtWorker</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its output was cut at %2 bytes</source>
        <translation>%1: 出力が %2 バイトで切り捨てられました</translation>
    </message>
    <message>
        <source>%1 ended with exit code %2: %3</source>
        <translation>%1 は終了コード %2 で終了しました: %3</translation>
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
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Apply the blacklist of %1</source>
        <translation>%1 のブラックリストを適用</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>%1 is no longer listed</source>
        <translation>%1 は一覧から消えました</translation>
    </message>
    <message>
        <source>It was undefined or its connection was closed. Your edit stays in the editor.</source>
        <translation>VM の定義が削除されたか (undefine)、その接続が閉じられました。編集内容はエディターに残っています。</translation>
    </message>
    <message>
        <source>V&amp;M</source>
        <translation>VM(&amp;M)</translation>
    </message>
    <message>
        <source>Edit &amp;Blacklist</source>
        <translation>ブラックリストを編集(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk change covers the VMs of one connection at a time: %n selected VM(s) of other connections left out.</source>
        <translation>
            <numerusform>一括変更の対象は一度に 1 つの接続の VM だけです: 他の接続で選択した VM %n 台は除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;ulk Change…</source>
        <translation>一括変更(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Migrate Drivers…</source>
        <translation>ドライバーの移行(&amp;M)…</translation>
    </message>
    <message>
        <source>Shut down and start %1</source>
        <translation>%1 をシャットダウンして起動</translation>
    </message>
    <message>
        <source>Shut %1 down and start it again? The guest is asked to shut down; its services are unavailable until it is back. Then its next boot takes effect: %2.</source>
        <translation>%1 をシャットダウンしてから再度起動しますか? ゲストにシャットダウンを要求します。復帰するまでサービスは利用できません。その後、次回起動の内容が有効になります: %2。</translation>
    </message>
    <message>
        <source>%1 does not shut down</source>
        <translation>%1 がシャットダウンしません</translation>
    </message>
    <message>
        <source>%1 has not shut down yet. Force it off? That is like pulling the plug: whatever the guest has not saved is lost. No keeps waiting.</source>
        <translation>%1 はまだシャットダウンしていません。強制的に電源を切りますか? 電源プラグを抜くのと同じで、ゲストが保存していないデータは失われます。「いいえ」を選ぶと待機を続けます。</translation>
    </message>
    <message>
        <source>%1 was not shut down and started again</source>
        <translation>%1 のシャットダウンと再起動は完了しませんでした</translation>
    </message>
    <message>
        <source>Check the VM&apos;s state: it may be shut off. Its next boot still holds the pending changes.</source>
        <translation>VM の状態を確認してください。電源がオフになっている可能性があります。次回起動には保留中の変更が引き続き含まれています。</translation>
    </message>
    <message>
        <source>Shut Down and Start to &amp;Apply…</source>
        <translation>シャットダウンと起動で適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Pending changes take effect when the VM is shut down and started again.</source>
        <translation>保留中の変更は、VM をシャットダウンして再度起動したときに有効になります。</translation>
    </message>
    <message>
        <source>Stop waiting for %1</source>
        <translation>%1 の待機を停止</translation>
    </message>
    <message>
        <source>Stop following the power cycle of %1</source>
        <translation>%1 の電源の入れ直しの追跡を停止</translation>
    </message>
    <message>
        <source>Stop following the power cycle of %1? If the guest is still shutting down it stays off, and nothing starts it again.</source>
        <translation>%1 の電源の入れ直しの追跡を停止しますか? ゲストがまだシャットダウン中の場合は電源オフのままとなり、再度起動されることはありません。</translation>
    </message>
    <message>
        <source>Import pnputil Output</source>
        <translation>pnputil の出力をインポート</translation>
    </message>
    <message>
        <source>Saved pnputil output (*.txt *.log);;All files (*)</source>
        <translation>保存した pnputil の出力 (*.txt *.log);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Cannot apply the change</source>
        <translation>変更を適用できません</translation>
    </message>
    <message>
        <source>Apply the what-if changes to %1</source>
        <translation>仮定の変更を %1 に適用</translation>
    </message>
    <message>
        <source>VM &amp;Details</source>
        <translation>VM の詳細(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is read-only: reconnect it read-write to apply the change.</source>
        <translation>%1 は読み取り専用です。変更を適用するには読み書き可能で再接続してください。</translation>
    </message>
    <message>
        <source>&amp;Fleet What If…</source>
        <translation>フリートの仮定(&amp;F)…</translation>
    </message>
    <message>
        <source>Writing the fleet report…</source>
        <translation>フリートレポートを書き込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the fleet report of %n VM(s) to %1.</source>
        <translation>
            <numerusform>%n 台の VM のフリートレポートを %1 に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>E&amp;xport Fleet Report…</source>
        <translation>フリートレポートをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Fleet Report</source>
        <translation>フリートレポートのエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Fleet &amp;Strategies…</source>
        <translation>フリートの戦略(&amp;S)…</translation>
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
    <message>
        <source>&lt;guest edition=&quot;%1&quot;&gt;: expected server or workstation</source>
        <translation>&lt;guest edition=&quot;%1&quot;&gt;: server または workstation が必要です</translation>
    </message>
    <message>
        <source>The metadata element declares its namespace prefix twice; it is shown read-only.</source>
        <translation>メタデータ要素が名前空間プレフィックスを 2 回宣言しています。読み取り専用で表示します。</translation>
    </message>
    <message>
        <source>The xpconsole metadata is refused: %1 It is shown read-only and kept as it is.</source>
        <translation>xpconsole のメタデータは拒否されました: %1 読み取り専用で表示され、そのまま保持されます。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; in namespace &apos;%2&apos;: inside &lt;%3&gt;, the elements of xpconsole&apos;s namespace, and only those, must use its namespace prefix; the metadata is shown read-only.</source>
        <translation>名前空間 &apos;%2&apos; の &lt;%1&gt;: &lt;%3&gt; 内では、xpconsole の名前空間の要素だけがその名前空間プレフィックスを使用する必要があります。メタデータは読み取り専用で表示されます。</translation>
    </message>
    <message>
        <source>&lt;device-model flavour=&quot;%1&quot;&gt;: unknown device model (one of %2)</source>
        <translation>&lt;device-model flavour=&quot;%1&quot;&gt;: 不明なデバイスモデルです (%2 のいずれか)</translation>
    </message>
    <message>
        <source>&lt;device-model profile=&quot;%1&quot;&gt;: unknown XenServer device-model profile (one of qemu-upstream-compat, qemu-upstream-uefi)</source>
        <translation>&lt;device-model profile=&quot;%1&quot;&gt;: 不明な XenServer デバイスモデルプロファイルです (qemu-upstream-compat、qemu-upstream-uefi のいずれか)</translation>
    </message>
    <message>
        <source>&lt;%1 hardware-id=&quot;%2&quot;&gt;: not a full PCI device ID such as PCI\VEN_5853&amp;DEV_0001&amp;SUBSYS_00015853&amp;REV_01</source>
        <translation>&lt;%1 hardware-id=&quot;%2&quot;&gt;: PCI\VEN_5853&amp;DEV_0001&amp;SUBSYS_00015853&amp;REV_01 のような完全な PCI デバイス ID ではありません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears more than once, where the schema has it once; which one holds is not clear, so the metadata is shown read-only and kept as it is.</source>
        <translation>&lt;%1&gt; が複数回出現しています (スキーマでは 1 回のみ)。どれが有効か判断できないため、メタデータは読み取り専用で表示され、そのまま保持されます。</translation>
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
        <translation>&lt;migration&gt;: package 属性がありません</translation>
    </message>
    <message>
        <source>expected ID:REV</source>
        <translation>ID:REV の形式が必要です</translation>
    </message>
    <message>
        <source>expected off or ID:REV</source>
        <translation>off または ID:REV が必要です</translation>
    </message>
    <message>
        <source>expected yes or no</source>
        <translation>yes または no が必要です</translation>
    </message>
    <message>
        <source>expected the number of steps (0-1000)</source>
        <translation>ステップ数 (0-1000) が必要です</translation>
    </message>
    <message>
        <source>expected a number of completed steps, at most steps</source>
        <translation>完了したステップ数 (steps 以下) が必要です</translation>
    </message>
    <message>
        <source>expected in-progress, done or rolled-back</source>
        <translation>in-progress、done、または rolled-back が必要です</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time</source>
        <translation>ISO 8601 形式の日時が必要です</translation>
    </message>
    <message>
        <source>&lt;migration&gt;&lt;rollback change=&quot;%1&quot;&gt;: not a --set change that can be written</source>
        <translation>&lt;migration&gt;&lt;rollback change=&quot;%1&quot;&gt;: 書き込み可能な --set の変更ではありません</translation>
    </message>
</context>
<context>
    <name>MigrationPlanPage</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>The steps in order, each with the next boot it leads to and its way back. Nothing has been written yet; each step is shown as a diff before it is applied.</source>
        <translation>各ステップを順番に、それぞれの実施後の次回起動と戻し方とともに示します。まだ何も書き込まれていません。各ステップは、適用する前に差分として表示されます。</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>移行のステップ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>実施方法</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>記録される変更</translation>
    </message>
    <message>
        <source>Next boot after it</source>
        <translation>実施後の次回起動</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>VM change (libvirt)</source>
        <translation>VM の変更 (libvirt)</translation>
    </message>
    <message>
        <source>You, in the guest</source>
        <translation>ユーザーがゲスト内で実施</translation>
    </message>
    <message>
        <source>Power cycle</source>
        <translation>電源の入れ直し</translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation>(不確実)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Error at this boot: %1</source>
        <translation>この起動でエラー: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) lead to a boot with an error finding that no order of the steps avoids: read their explanation before you apply them.</source>
        <translation>
            <numerusform>%n 個のステップは、どの順序でも避けられないエラーの検出事項がある起動につながります: 適用する前に、その説明を読んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over a step for its full explanation. Your progress is recorded in %1&apos;s metadata with every step: you can close the wizard and continue later, here or on another console.</source>
        <translation>ステップにマウスポインターを合わせると、詳しい説明が表示されます。進行状況はステップごとに %1 のメタデータに記録されます: ウィザードを閉じて、後でここまたは別のコンソールで続行できます。</translation>
    </message>
</context>
<context>
    <name>MigrationPlanner</name>
    <message>
        <source>qemu-traditional has no xen-pvdevice: it cannot expose a vendor device.</source>
        <translation>qemu-traditional には xen-pvdevice がありません: ベンダーデバイスを公開できません。</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01.</source>
        <translation>XenServer の has-vendor-device で追加できるのは 5853:c000 rev 01 のみです。</translation>
    </message>
    <message>
        <source>xen-pvdevice refuses device ID 0xffff (it means unset).</source>
        <translation>xen-pvdevice はデバイス ID 0xffff を拒否します (未設定を意味します)。</translation>
    </message>
    <message>
        <source>The VM&apos;s xpconsole metadata is read-only: nothing can be written to it (%1).</source>
        <translation>VM の xpconsole メタデータは読み取り専用です: 何も書き込めません (%1)。</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): no driver can be planned.</source>
        <translation>ゲスト OS がメタデータに記録されていません (&lt;guest os=...&gt;): ドライバーを計画できません。</translation>
    </message>
    <message>
        <source>%1 is not in the driver catalogue.</source>
        <translation>%1 はドライバーカタログにありません。</translation>
    </message>
    <message>
        <source>%1 is not a driver for this guest&apos;s OS (%2).</source>
        <translation>%1 はこのゲストの OS (%2) 用のドライバーではありません。</translation>
    </message>
    <message>
        <source>No order of the steps applies to this VM&apos;s configuration.</source>
        <translation>この VM の構成に適用できるステップの順序はありません。</translation>
    </message>
    <message>
        <source>Step %1 cannot be rolled back exactly: %2</source>
        <translation>ステップ %1 は正確にはロールバックできません: %2</translation>
    </message>
    <message>
        <source>No driver migration is recorded for this VM.</source>
        <translation>この VM にはドライバーの移行が記録されていません。</translation>
    </message>
    <message>
        <source>The recorded way back to the start no longer applies: %1</source>
        <translation>記録されている開始時点への戻し方は、もう適用できません: %1</translation>
    </message>
    <message>
        <source>The recorded migration has %1 steps; planned again from its start it has %2 (a different xpconsole or driver catalogue?).</source>
        <translation>記録されている移行は %1 ステップですが、開始時点から計画し直すと %2 ステップになります (xpconsole またはドライバーカタログが異なる可能性があります)。</translation>
    </message>
    <message>
        <source>The VM was changed outside the wizard after step %1 was recorded.</source>
        <translation>ステップ %1 が記録された後に、VM がウィザードの外部で変更されました。</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; only xenserver and xenserver-trad can expose another device ID or revision.</source>
        <translation>%1 デバイスモデルのプラットフォームデバイスは 5853:0001 rev 01 に固定されています。別のデバイス ID やリビジョンを公開できるのは xenserver と xenserver-trad のみです。</translation>
    </message>
</context>
<context>
    <name>MigrationPowerCycle</name>
    <message>
        <source>Shut down and start %1</source>
        <translation>%1 をシャットダウンして起動</translation>
    </message>
    <message>
        <source>Shut %1 down and start it again now? The guest is asked to shut down; its services are unavailable until it is back. Then its next boot takes effect (%2) and step %3 is recorded.</source>
        <translation>%1 を今すぐシャットダウンしてから再度起動しますか? ゲストにシャットダウンを要求します。復帰するまでサービスは利用できません。その後、次回起動の内容 (%2) が有効になり、ステップ %3 が記録されます。</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 を起動</translation>
    </message>
    <message>
        <source>Start %1 now? It starts from its definition, and step %2 is recorded.</source>
        <translation>%1 を今すぐ起動しますか? 定義どおりに起動し、ステップ %2 が記録されます。</translation>
    </message>
</context>
<context>
    <name>MigrationPreCheckPage</name>
    <message>
        <source>Pre-checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>The VM as it is now and what its next boot would bring.</source>
        <translation>VM の現在の状態と、次回起動時に起こること。</translation>
    </message>
    <message>
        <source>Findings at the next boot</source>
        <translation>次回起動時の検出事項</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>起こること</translation>
    </message>
    <message>
        <source>Why the migration cannot start</source>
        <translation>移行を開始できない理由</translation>
    </message>
    <message>
        <source>The VM is not listed on this connection.</source>
        <translation>この VM はこの接続の一覧にありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2; device model %3; guest: %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の状態: %2、デバイスモデル: %3、ゲスト: %4。</translation>
    </message>
    <message>
        <source>Installed in the guest: %1.</source>
        <translation>ゲストにインストール済み: %1。</translation>
    </message>
    <message>
        <source>no PV drivers</source>
        <translation>PV ドライバーなし</translation>
    </message>
    <message>
        <source>At the next boot no PV driver is in charge.</source>
        <translation>次回起動時には、どの PV ドライバーも担当しません。</translation>
    </message>
    <message>
        <source>At the next boot %1 is in charge.</source>
        <translation>次回起動時には %1 が担当します。</translation>
    </message>
    <message>
        <source>Windows Update installs %1.</source>
        <translation>Windows Update が %1 をインストールします。</translation>
    </message>
    <message>
        <source>Nothing to report: the next boot looks healthy.</source>
        <translation>報告事項はありません: 次回起動は正常に見えます。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>A migration to %1 is recorded at step %2 of %3 (%4), but it cannot be continued: %5 Planning again starts a new migration from the VM as it is now.</source>
        <translation>%1 への移行が、全 %3 ステップ中 %2 ステップ完了の状態で記録されていますが (%4)、続行できません: %5 もう一度計画すると、VM の現在の状態から新しい移行が開始されます。</translation>
    </message>
    <message>
        <source>The last migration, to %1, is %2 (%3).</source>
        <translation>前回の %1 への移行: %2 (%3)。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>The guest OS is not recorded in the metadata (&lt;guest os=...&gt;): record it first, then plan.</source>
        <translation>ゲスト OS がメタデータに記録されていません (&lt;guest os=...&gt;): 先に記録してから計画してください。</translation>
    </message>
    <message>
        <source>Cannot migrate: %1</source>
        <translation>移行できません: %1</translation>
    </message>
</context>
<context>
    <name>MigrationResultView</name>
    <message>
        <source>Result of the last write</source>
        <translation>前回の書き込みの結果</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Detai&amp;ls</source>
        <translation>詳細(&amp;L)</translation>
    </message>
    <message>
        <source>Recorded %1: written and read back, every field as written.</source>
        <translation>%1 を記録しました: 書き込んで読み戻し、すべてのフィールドが書き込んだとおりであることを確認しました。</translation>
    </message>
    <message>
        <source>Nothing written for %1: the definition already holds it.</source>
        <translation>%1 については何も書き込まれていません: 定義に既に含まれています。</translation>
    </message>
    <message>
        <source>%1 was written, but libvirt did not keep everything.</source>
        <translation>%1 を書き込みましたが、libvirt はすべてを保持しませんでした。</translation>
    </message>
    <message>
        <source>Compare the VM&apos;s XML with the diff; the wizard continues from what libvirt stored.</source>
        <translation>VM の XML を差分と比較してください。ウィザードは libvirt が保存した内容から続行します。</translation>
    </message>
    <message>
        <source>Not written: the VM&apos;s definition changed since %1 was prepared (another console or tool).</source>
        <translation>書き込まれていません: %1 の準備後に VM の定義が変更されました (別のコンソールまたはツールによる変更)。</translation>
    </message>
    <message>
        <source>Your step is kept. Press &quot;Prepare again&quot; to see its diff on the new definition, then apply it.</source>
        <translation>ステップは保持されています。「もう一度準備」を押して新しい定義に対する差分を確認してから、適用してください。</translation>
    </message>
    <message>
        <source>Not written: the connection is read-only.</source>
        <translation>書き込まれていません: 接続は読み取り専用です。</translation>
    </message>
    <message>
        <source>Connect without --readonly to record the migration.</source>
        <translation>移行を記録するには、--readonly を付けずに接続してください。</translation>
    </message>
    <message>
        <source>Not written: the VM cannot take %1.</source>
        <translation>書き込まれていません: VM は %1 を受け付けられません。</translation>
    </message>
    <message>
        <source>The details say why.</source>
        <translation>理由は詳細を参照してください。</translation>
    </message>
    <message>
        <source>Not written: libvirt failed to define the VM.</source>
        <translation>書き込まれていません: libvirt は VM の定義に失敗しました。</translation>
    </message>
    <message>
        <source>Check the connection and try again; the step is kept.</source>
        <translation>接続を確認して、もう一度お試しください。ステップは保持されています。</translation>
    </message>
</context>
<context>
    <name>MigrationSession</name>
    <message>
        <source>The VM is no longer listed on this connection.</source>
        <translation>この VM はもうこの接続の一覧にありません。</translation>
    </message>
    <message>
        <source>The connection to %1 is read-only: the wizard can show the plan, but nothing can be written. Connect without --readonly to migrate.</source>
        <translation>%1 への接続は読み取り専用です: ウィザードは計画を表示できますが、何も書き込めません。移行するには、--readonly を付けずに接続してください。</translation>
    </message>
    <message>
        <source>%1&apos;s xpconsole metadata is read-only (%2): nothing is written to it.</source>
        <translation>%1 の xpconsole メタデータは読み取り専用です (%2): 何も書き込まれません。</translation>
    </message>
    <message>
        <source>%1 is a transient domain: there is no persistent definition to record the migration in.</source>
        <translation>%1 は一時的 (transient) なドメインです: 移行を記録できる永続的な定義がありません。</translation>
    </message>
    <message>
        <source>No migration in progress is recorded for %1.</source>
        <translation>%1 には進行中の移行が記録されていません。</translation>
    </message>
    <message>
        <source>The step no longer applies to the VM&apos;s definition: %1</source>
        <translation>このステップは VM の定義にもう適用できません: %1</translation>
    </message>
</context>
<context>
    <name>MigrationStepPage</name>
    <message>
        <source>&lt;b&gt;Next boot after this step:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;このステップ後の次回起動:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation>エラー %1: %2</translation>
    </message>
    <message>
        <source>&amp;Prepare again</source>
        <translation>もう一度準備(&amp;P)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>One step at a time. Each write records the progress in the VM, so you can close the wizard and continue later.</source>
        <translation>一度に 1 ステップずつ進めます。書き込むたびに進行状況が VM に記録されるため、ウィザードを閉じて後で続行できます。</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>移行のステップ</translation>
    </message>
    <message>
        <source>Diff of the domain XML</source>
        <translation>ドメイン XML の差分</translation>
    </message>
    <message>
        <source>Apply the next step</source>
        <translation>次のステップを適用</translation>
    </message>
    <message>
        <source>Record the next step as done</source>
        <translation>次のステップを完了として記録</translation>
    </message>
    <message>
        <source>Roll back the last step</source>
        <translation>最後のステップをロールバック</translation>
    </message>
    <message>
        <source>Prepare the step again on the current definition</source>
        <translation>現在の定義に基づいてステップをもう一度準備</translation>
    </message>
    <message>
        <source>Prepared again on the VM&apos;s current definition: check the diff, then apply.</source>
        <translation>VM の現在の定義に基づいてもう一度準備しました: 差分を確認してから適用してください。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%2 ステップ中 %1 ステップが完了しました。</translation>
    </message>
    <message>
        <source>Last recorded by %1 at %2.</source>
        <translation>最終記録: %1 (%2)。</translation>
    </message>
    <message>
        <source>The VM&apos;s definition differs from the plan after step %1 (%2): it was changed outside the wizard; the steps still apply on top of it.</source>
        <translation>VM の定義は、ステップ %1 後の計画と異なります (%2): ウィザードの外部で変更されています。ステップは引き続きその上に適用されます。</translation>
    </message>
    <message>
        <source>a change --set cannot name</source>
        <translation>--set で表せない変更</translation>
    </message>
    <message>
        <source>Nothing can be written: %1</source>
        <translation>何も書き込めません: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <source>%1; done.</source>
        <translation>%1 (完了)</translation>
    </message>
    <message>
        <source>Rollback: %1%2</source>
        <translation>ロールバック: %1%2</translation>
    </message>
    <message>
        <source> (records %1)</source>
        <translation> (%1 を記録)</translation>
    </message>
    <message>
        <source>What step %1 writes to %2&apos;s definition (with the progress):</source>
        <translation>ステップ %1 が %2 の定義に書き込む内容 (進行状況を含む):</translation>
    </message>
    <message>
        <source>Rolling back step %1 would write:</source>
        <translation>ステップ %1 をロールバックすると、次の内容が書き込まれます:</translation>
    </message>
    <message>
        <source>Done. Only the last step done can be rolled back.</source>
        <translation>完了済みです。ロールバックできるのは、最後に完了したステップのみです。</translation>
    </message>
    <message>
        <source>Its diff is prepared when it is the next step.</source>
        <translation>差分は、このステップが次のステップになったときに準備されます。</translation>
    </message>
    <message>
        <source>Cannot be written: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Run by hand: %1</source>
        <translation>手動で実行: %1</translation>
    </message>
    <message>
        <source>&amp;Apply step %1</source>
        <translation>ステップ %1 を適用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Done in the guest: record step %1</source>
        <translation>ゲスト内で完了: ステップ %1 を記録(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Done: record step %1</source>
        <translation>完了: ステップ %1 を記録(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Roll back step %1</source>
        <translation>ステップ %1 をロールバック(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>ロールバック(&amp;R)</translation>
    </message>
    <message>
        <source>Step %1 cannot be written.</source>
        <translation>ステップ %1 は書き込めません。</translation>
    </message>
    <message>
        <source>Apply step %1</source>
        <translation>ステップ %1 を適用</translation>
    </message>
    <message>
        <source>Apply step %1 to %2: %3; %4.</source>
        <translation>ステップ %1 を %2 に適用します: %3。%4。</translation>
    </message>
    <message>
        <source>takes effect after power-off and start</source>
        <translation>電源オフと起動の後に有効になります</translation>
    </message>
    <message>
        <source>takes effect at the next start</source>
        <translation>次回の起動時に有効になります</translation>
    </message>
    <message>
        <source>Record step %1</source>
        <translation>ステップ %1 を記録</translation>
    </message>
    <message>
        <source>Record step %1 for %2: %3. Confirm only once it is done inside the guest; %2&apos;s metadata then records %4.</source>
        <translation>%2 のステップ %1 を記録します: %3。ゲスト内で完了してから確認してください。確認すると、%2 のメタデータに %4 が記録されます。</translation>
    </message>
    <message>
        <source>Record step %1 for %2: %3.</source>
        <translation>%2 のステップ %1 を記録します: %3。</translation>
    </message>
    <message numerus="yes">
        <source>Then run the %n command(s) shown under the diff on the host.</source>
        <translation>
            <numerusform>その後、差分の下に表示されている %n 個のコマンドをホストで実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Writing step %1…</source>
        <translation>ステップ %1 を書き込んでいます…</translation>
    </message>
    <message>
        <source>Step %1 cannot be rolled back.</source>
        <translation>ステップ %1 はロールバックできません。</translation>
    </message>
    <message>
        <source>Roll back step %1 on %2: %3</source>
        <translation>%2 のステップ %1 をロールバックします: %3</translation>
    </message>
    <message>
        <source>This writes %1; it takes effect after power-off and start.</source>
        <translation>これにより %1 が書き込まれます。電源オフと起動の後に有効になります。</translation>
    </message>
    <message>
        <source>Roll back step %1</source>
        <translation>ステップ %1 をロールバック</translation>
    </message>
    <message>
        <source>the rollback of step %1</source>
        <translation>ステップ %1 のロールバック</translation>
    </message>
    <message>
        <source>Rolling back step %1…</source>
        <translation>ステップ %1 をロールバックしています…</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again, then record the step</source>
        <translation>VM をシャットダウンして再度起動し、ステップを記録</translation>
    </message>
    <message>
        <source>%1 Step %2 is recorded once libvirt lists %3 running its new definition…</source>
        <translation>%1 libvirt が %3 を新しい定義で実行中として一覧に示した時点で、ステップ %2 が記録されます…</translation>
    </message>
    <message>
        <source>%1 was not shut down and started again.</source>
        <translation>%1 のシャットダウンと再起動は完了しませんでした。</translation>
    </message>
    <message>
        <source>Check the VM&apos;s state: it may be shut off. Its next boot still holds the steps written so far; the step is not recorded.</source>
        <translation>VM の状態を確認してください。電源がオフになっている可能性があります。次回起動にはこれまでに書き込んだステップが引き続き含まれています。このステップは記録されません。</translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded yet.</source>
        <translation>ステップ %1 はまだ記録できません。</translation>
    </message>
    <message>
        <source>Waiting for libvirt&apos;s listing of %1 after the last write…</source>
        <translation>最後の書き込みの後、libvirt による %1 の一覧を待っています…</translation>
    </message>
    <message>
        <source>%1 is shut off. Start it, here or yourself: the step can be recorded once libvirt lists it running.</source>
        <translation>%1 は電源オフです。ここで、またはご自身で起動してください。libvirt が実行中として一覧に示した時点で、ステップを記録できます。</translation>
    </message>
    <message>
        <source>%1 still runs the definition it was started with; its next boot changes %2. Shut it down and start it again, here or yourself: a reboot inside the guest is not enough. The step can be recorded once libvirt lists it running with nothing pending.</source>
        <translation>%1 は起動時の定義のまま実行中です。次回起動で %2 が変わります。ここで、またはご自身でシャットダウンしてから再度起動してください。ゲスト内での再起動では不十分です。libvirt が保留中の変更のない実行中として一覧に示した時点で、ステップを記録できます。</translation>
    </message>
    <message>
        <source>&amp;Start %1 now</source>
        <translation>%1 を今すぐ起動(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Shut down and start %1 now</source>
        <translation>%1 を今すぐシャットダウンして起動(&amp;S)</translation>
    </message>
    <message>
        <source>%1 was started again, but its next boot still changes %2.</source>
        <translation>%1 を再度起動しましたが、次回起動では引き続き %2 が変わります。</translation>
    </message>
    <message>
        <source>Its definition was changed while it restarted. Check the diff, then shut it down and start it again; step %1 is not recorded.</source>
        <translation>再起動中に定義が変更されました。差分を確認してから、シャットダウンして再度起動してください。ステップ %1 は記録されません。</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>待機を停止(&amp;W)</translation>
    </message>
    <message>
        <source>Stop following the power cycle</source>
        <translation>電源の入れ直しの追跡を停止</translation>
    </message>
    <message>
        <source>Roll back step %1 of %2: %3</source>
        <translation>ステップ %1/%2 のロールバック: %3</translation>
    </message>
    <message>
        <source>What rolling back step %1 writes to %2&apos;s definition (with the progress):</source>
        <translation>ステップ %1 のロールバックで %2 の定義に書き込まれる内容 (進行状況を含む):</translation>
    </message>
</context>
<context>
    <name>MigrationStepWriter</name>
    <message>
        <source>%1 build %2</source>
        <translation>%1 ビルド %2</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>この VM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no PV driver in charge</source>
        <translation>担当する PV ドライバーなし</translation>
    </message>
    <message>
        <source>%1 in charge</source>
        <translation>%1 が担当</translation>
    </message>
    <message>
        <source>Windows Update installs %1</source>
        <translation>Windows Update が %1 をインストール</translation>
    </message>
    <message>
        <source>nothing unplugged</source>
        <translation>アンプラグなし</translation>
    </message>
    <message>
        <source>unplugged %1</source>
        <translation>%1 をアンプラグ</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>検出事項なし</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1 is already in charge of %2 with this device identity.</source>
        <translation>移行の必要はありません: %1 は既にこのデバイスの識別情報で %2 を担当しています。</translation>
    </message>
    <message>
        <source>Nothing to migrate: %1 already binds the platform device 5853:%2 as asked. Linux and BSD guests get their PV drivers with the kernel, so nothing is installed in the guest; a migration here only changes the device identity.</source>
        <translation>移行の必要はありません: %1 は既に、指定どおりプラットフォームデバイス 5853:%2 をバインドしています。Linux および BSD のゲストは PV ドライバーをカーネルとともに取得するため、ゲストには何もインストールされません。ここでの移行で変わるのはデバイスの識別情報だけです。</translation>
    </message>
    <message>
        <source>After the last step %1 would be in charge, not %2: %2 binds none of the devices the target identity exposes. Choose another package or device identity.</source>
        <translation>最後のステップの後に担当するのは %2 ではありません (担当: %1): %2 は、移行先の識別情報で公開されるどのデバイスもバインドしません。別のパッケージまたはデバイスの識別情報を選択してください。</translation>
    </message>
    <message>
        <source>no PV driver</source>
        <translation>PV ドライバーなし</translation>
    </message>
    <message>
        <source>The active xenbus device changes, so at the next boot Windows finds every PV disk and network adapter again as new devices. Settings bound to the old network adapter, such as a static IP address, may have to be entered again (uncertain: whether xenvif carries them over depends on its build).</source>
        <translation>アクティブな xenbus デバイスが変わるため、次回起動時に Windows はすべての PV ディスクとネットワークアダプターを新しいデバイスとして再検出します。静的 IP アドレスなど、古いネットワークアダプターに結び付いた設定は再入力が必要になる場合があります (不確実: xenvif がそれらを引き継ぐかどうかはビルドによります)。</translation>
    </message>
    <message>
        <source>Warning: the simulated next boot after this step has an error finding; no order of the steps avoids it.</source>
        <translation>警告: このステップ後の次回起動をシミュレーションすると、エラーの検出事項があります。どのステップの順序でもこれは避けられません。</translation>
    </message>
    <message>
        <source>libvirt cannot apply this to a %1 VM: the push records it, and the xe commands shown with the diff apply it on the pool master (with the VM halted).</source>
        <translation>libvirt はこれを %1 の VM に適用できません: 書き込みでは記録のみ行われ、差分とともに表示される xe コマンドを (VM を停止した状態で) プールマスター上で実行すると適用されます。</translation>
    </message>
    <message>
        <source>libvirt cannot write xenstore: the push records the entry, and the xenstore commands shown with the diff put it into dom0 of the host; run them before the next start.</source>
        <translation>libvirt は xenstore に書き込めません: 書き込みではエントリが記録され、差分とともに表示される xenstore コマンドによってホストの dom0 に設定されます。次回の起動前に実行してください。</translation>
    </message>
    <message>
        <source>Stop Windows Update from installing drivers in the guest</source>
        <translation>ゲストで Windows Update によるドライバーのインストールを停止</translation>
    </message>
    <message>
        <source>Windows Update no longer installs drivers in %1</source>
        <translation>%1 で Windows Update によるドライバーのインストールを停止済み</translation>
    </message>
    <message>
        <source>Windows Update would install %1 while the %2 drivers run, and two driver stacks would drive the same PV connections (XP-WU-BUGCHECK-RISK). It installs drivers whenever the guest runs, so this comes first. Inside the guest, on Windows Server 2016 or Windows 10 and later enable the Group Policy &quot;Do not include drivers with Windows Updates&quot;; on older releases choose &quot;Never install driver software from Windows Update&quot; under System Properties, Hardware, Device Installation Settings. Then confirm here: the metadata records windows-update=off.</source>
        <translation>%2 ドライバーが動作している間に Windows Update が %1 をインストールすると、2 つのドライバースタックが同じ PV 接続を制御することになります (XP-WU-BUGCHECK-RISK)。Windows Update はゲストが動作しているときは常にドライバーをインストールするため、このステップを最初に行います。ゲスト内で、Windows Server 2016 または Windows 10 以降ではグループ ポリシー「Windows 更新プログラムにドライバーを含めない」(Do not include drivers with Windows Updates) を有効にし、それより前のリリースでは [システムのプロパティ]、[ハードウェア]、[デバイスのインストール設定] で「Windows Update からドライバー ソフトウェアをインストールしない」(Never install driver software from Windows Update) を選択してください。その後、ここで確認してください: メタデータに windows-update=off が記録されます。</translation>
    </message>
    <message>
        <source>a new driver package</source>
        <translation>新しいドライバーパッケージ</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現在の</translation>
    </message>
    <message>
        <source>Allow Windows Update to install drivers in the guest again, then confirm.</source>
        <translation>ゲストで Windows Update によるドライバーのインストールを再び許可してから、確認してください。</translation>
    </message>
    <message>
        <source>Blacklist the old drivers for the migration (temporary)</source>
        <translation>移行のために古いドライバーをブラックリストに登録 (一時的)</translation>
    </message>
    <message>
        <source>blacklist %1</source>
        <translation>%1 をブラックリストに登録</translation>
    </message>
    <message>
        <source>The %1 device model answers the unplug handshake of a blacklisted build with 0xd249, so from the next start the old drivers do not load and the guest runs on its emulated disk and network. The new drivers can then be installed while the old ones stay installed as a fallback, without two stacks starting together. Step %2 lifts the entry again.</source>
        <translation>%1 デバイスモデルは、ブラックリストに登録されたビルドのアンプラグハンドシェイクに 0xd249 を返すため、次回の起動以降、古いドライバーは読み込まれず、ゲストはエミュレートされたディスクとネットワークで動作します。これにより、2 つのスタックが同時に起動することなく、古いドライバーをフォールバックとしてインストールしたまま新しいドライバーをインストールできます。このエントリはステップ %2 で再び解除されます。</translation>
    </message>
    <message>
        <source>Remove the entries again: the old drivers load at the next start.</source>
        <translation>エントリを再び削除してください: 次回の起動時に古いドライバーが読み込まれます。</translation>
    </message>
    <message>
        <source>Let Windows Update install drivers in the guest again</source>
        <translation>ゲストで Windows Update によるドライバーのインストールを再び許可</translation>
    </message>
    <message>
        <source>Windows Update installs drivers in %1 again</source>
        <translation>%1 で Windows Update によるドライバーのインストールを再開済み</translation>
    </message>
    <message>
        <source>Only %1 is left, so nothing can race any more. Undo the setting of step %2 inside the guest, then confirm.</source>
        <translation>残っているのは %1 だけなので、競合はもう起こりません。ゲスト内でステップ %2 の設定を元に戻してから、確認してください。</translation>
    </message>
    <message>
        <source>Windows Update then keeps %1 up to date.</source>
        <translation>その後は Windows Update が %1 を最新の状態に保ちます。</translation>
    </message>
    <message>
        <source>Stop Windows Update from installing drivers again, then confirm.</source>
        <translation>Windows Update によるドライバーのインストールを再び停止してから、確認してください。</translation>
    </message>
    <message>
        <source>5853:%1 rev %2</source>
        <translation>5853:%1 rev %2</translation>
    </message>
    <message>
        <source>Expose the platform device %1</source>
        <translation>プラットフォームデバイス %1 を公開</translation>
    </message>
    <message>
        <source>expose the Xen platform device %1</source>
        <translation>Xen プラットフォームデバイス %1 を公開</translation>
    </message>
    <message>
        <source>Expose the vendor device xen-pvdevice %1</source>
        <translation>ベンダーデバイス xen-pvdevice %1 を公開</translation>
    </message>
    <message>
        <source>expose xen-pvdevice %1</source>
        <translation>xen-pvdevice %1 を公開</translation>
    </message>
    <message>
        <source>Remove the vendor device</source>
        <translation>ベンダーデバイスを削除</translation>
    </message>
    <message>
        <source>remove the vendor device (xen-pvdevice)</source>
        <translation>ベンダーデバイス (xen-pvdevice) を削除</translation>
    </message>
    <message>
        <source>%1 does not use it; without it Windows Update has no device to offer its vendor drivers for.</source>
        <translation>%1 はこのデバイスを使用しません。このデバイスがないと、Windows Update がベンダードライバーを提供する対象のデバイスがなくなります。</translation>
    </message>
    <message>
        <source>At the next start %1 binds it.</source>
        <translation>次回の起動時に %1 がこのデバイスをバインドします。</translation>
    </message>
    <message>
        <source>Until %1 is installed nothing binds it; Windows shows it as an unknown device.</source>
        <translation>%1 がインストールされるまで、このデバイスをバインドするものはありません。Windows では不明なデバイスとして表示されます。</translation>
    </message>
    <message>
        <source>%1 does not bind it at the next start.</source>
        <translation>%1 は次回の起動時にこのデバイスをバインドしません。</translation>
    </message>
    <message>
        <source>With this device the device model blacklists the old drivers (XP-DRIVER-BLACKLISTED): they do not start, so the new ones can be installed next to them.</source>
        <translation>このデバイスがあると、デバイスモデルは古いドライバーをブラックリストに登録します (XP-DRIVER-BLACKLISTED): 古いドライバーは起動しないため、古いドライバーを残したまま新しいドライバーをインストールできます。</translation>
    </message>
    <message>
        <source>It is a VM setting: it takes effect when %1 is started again after a power-off.</source>
        <translation>これは VM の設定です: %1 の電源をオフにしてから再び起動したときに有効になります。</translation>
    </message>
    <message>
        <source>Put the device back as it was; that too takes effect at the next start.</source>
        <translation>デバイスを元の状態に戻してください。これも次回の起動時に有効になります。</translation>
    </message>
    <message>
        <source>Install %1 in the guest</source>
        <translation>ゲストに %1 をインストール</translation>
    </message>
    <message>
        <source>%1 is installed in the guest</source>
        <translation>ゲストに %1 をインストール済み</translation>
    </message>
    <message>
        <source>Inside the guest, run the installer of %1 as an administrator and restart the guest when it asks.</source>
        <translation>ゲスト内で、管理者として %1 のインストーラーを実行し、再起動を求められたらゲストを再起動してください。</translation>
    </message>
    <message>
        <source>It replaces %1 (the same driver stack).</source>
        <translation>これは %1 を置き換えます (同じドライバースタック)。</translation>
    </message>
    <message>
        <source>At the next boot it binds %1.</source>
        <translation>次回起動時に %1 をバインドします。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>xenbus is active on %1.</source>
        <translation>xenbus は %1 でアクティブになります。</translation>
    </message>
    <message>
        <source>The old drivers stay installed for now; blacklisted, they do not start.</source>
        <translation>古いドライバーは当面インストールされたままですが、ブラックリストに登録されているため起動しません。</translation>
    </message>
    <message>
        <source>Windows Update may already have installed it; then just confirm.</source>
        <translation>Windows Update によって既にインストールされている場合があります。その場合は確認だけしてください。</translation>
    </message>
    <message>
        <source>Uninstall %1 in the guest%2, then confirm.</source>
        <translation>ゲストで %1 をアンインストール%2してから、確認してください。</translation>
    </message>
    <message>
        <source> and reinstall %1</source>
        <translation>し、%1 を再インストール</translation>
    </message>
    <message>
        <source>Uninstall %1 from the guest</source>
        <translation>ゲストから %1 をアンインストール</translation>
    </message>
    <message>
        <source>%1 is uninstalled from the guest</source>
        <translation>ゲストから %1 をアンインストール済み</translation>
    </message>
    <message>
        <source>Inside the guest, uninstall %1 (Programs and Features, or the vendor&apos;s uninstaller) and restart the guest. Then check in Device Manager that no device still uses one of its drivers: a filter driver left behind keeps starting.</source>
        <translation>ゲスト内で %1 をアンインストールし (「プログラムと機能」またはベンダーのアンインストーラーを使用)、ゲストを再起動してください。その後、そのドライバーをまだ使用しているデバイスがないことをデバイス マネージャーで確認してください: フィルタードライバーが残っていると、起動し続けます。</translation>
    </message>
    <message>
        <source>This comes before %1 is installed: the %2 device model does not stop the old drivers (no enforced blacklist), and installed together both stacks would start (XP-TWO-STACKS). Until the new drivers are installed the guest runs on its emulated disk and network.</source>
        <translation>このステップは %1 のインストールより前に行います: %2 デバイスモデルは古いドライバーを停止しない (ブラックリストが強制されない) ため、同時にインストールされていると両方のスタックが起動します (XP-TWO-STACKS)。新しいドライバーがインストールされるまで、ゲストはエミュレートされたディスクとネットワークで動作します。</translation>
    </message>
    <message>
        <source>Reinstall %1 in the guest, then confirm.</source>
        <translation>ゲストに %1 を再インストールしてから、確認してください。</translation>
    </message>
    <message>
        <source>Reinstall %1 in the guest (keep its installer: Windows Update does not offer it), then confirm.</source>
        <translation>ゲストに %1 を再インストールしてから、確認してください (インストーラーは保管しておいてください: Windows Update では提供されません)。</translation>
    </message>
    <message>
        <source>Lift the temporary blacklist entry</source>
        <translation>一時的なブラックリストのエントリを解除</translation>
    </message>
    <message>
        <source>remove the blacklist entry %1</source>
        <translation>ブラックリストのエントリ %1 を削除</translation>
    </message>
    <message>
        <source>The old drivers are gone, so the entry of step %1 has nothing left to stop; removing it leaves the blacklist as it was before the migration.</source>
        <translation>古いドライバーはなくなったため、ステップ %1 のエントリで停止するものはもうありません。エントリを削除すると、ブラックリストは移行前の状態に戻ります。</translation>
    </message>
    <message>
        <source>Add the entry again.</source>
        <translation>エントリを再び追加してください。</translation>
    </message>
    <message>
        <source>Power off %1 and start it again</source>
        <translation>%1 の電源をオフにして再び起動</translation>
    </message>
    <message>
        <source>%1 was powered off and started again</source>
        <translation>%1 の電源をオフにして再び起動済み</translation>
    </message>
    <message>
        <source>Step %1 takes effect only at a fresh start. %2 If it is off already, just start it. Expected at that start: %3.</source>
        <translation>ステップ %1 は、新たに起動したときにのみ有効になります。%2 既にオフの場合は、起動するだけでかまいません。その起動で予測される状態: %3。</translation>
    </message>
    <message>
        <source>Nothing to undo: rolling back the steps before it needs another power cycle.</source>
        <translation>元に戻すものはありません: その前のステップをロールバックするには、もう一度電源の入れ直しが必要です。</translation>
    </message>
    <message>
        <source>Assumed: %1</source>
        <translation>前提: %1</translation>
    </message>
    <message>
        <source>The prediction rests on uncertain facts: %1.</source>
        <translation>この予測は不確実な事実に基づいています: %1。</translation>
    </message>
</context>
<context>
    <name>MigrationSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Where the VM stands now.</source>
        <translation>VM の現在の状態。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is migrated to %2: all %n step(s) are done.</source>
        <translation>
            <numerusform>%1 は %2 に移行されました: 全 %n ステップが完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its next boot as predicted now: %1.</source>
        <translation>現時点で予測される次回起動: %1。</translation>
    </message>
    <message>
        <source>The VM&apos;s metadata records the migration as %1 (by %2).</source>
        <translation>VM のメタデータには、移行が %1 として記録されています (記録者: %2)。</translation>
    </message>
    <message>
        <source>The way back to where it started is recorded there too: %1 (the driver changes are undone inside the guest).</source>
        <translation>開始時点へ戻す方法もそこに記録されています: %1 (ドライバーの変更はゲスト内で元に戻します)。</translation>
    </message>
</context>
<context>
    <name>MigrationTargetPage</name>
    <message>
        <source>Expose the &amp;vendor device (xen-pvdevice)</source>
        <translation>ベンダーデバイス (xen-pvdevice) を公開(&amp;V)</translation>
    </message>
    <message>
        <source>Keep the old drivers installed as a &amp;fallback, behind a temporary blacklist entry</source>
        <translation>古いドライバーをフォールバックとしてインストールしたままにし、一時的なブラックリストのエントリで無効化(&amp;F)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>移行先</translation>
    </message>
    <message>
        <source>The driver package that should be in charge afterwards, and the devices the VM exposes for it.</source>
        <translation>移行後に担当するドライバーパッケージと、そのために VM が公開するデバイス。</translation>
    </message>
    <message>
        <source>Target driver package</source>
        <translation>移行先のドライバーパッケージ</translation>
    </message>
    <message>
        <source>Platform device ID</source>
        <translation>プラットフォームデバイスの ID</translation>
    </message>
    <message>
        <source>5853:0001 (Xen platform device)</source>
        <translation>5853:0001 (Xen プラットフォームデバイス)</translation>
    </message>
    <message>
        <source>5853:0002 (XenServer platform device)</source>
        <translation>5853:0002 (XenServer プラットフォームデバイス)</translation>
    </message>
    <message>
        <source>Platform device revision</source>
        <translation>プラットフォームデバイスのリビジョン</translation>
    </message>
    <message>
        <source>Expose the vendor device</source>
        <translation>ベンダーデバイスを公開</translation>
    </message>
    <message>
        <source>Vendor device ID</source>
        <translation>ベンダーデバイスの ID</translation>
    </message>
    <message>
        <source>Vendor device revision</source>
        <translation>ベンダーデバイスのリビジョン</translation>
    </message>
    <message>
        <source>Use a temporary blacklist entry</source>
        <translation>一時的なブラックリストのエントリを使用</translation>
    </message>
    <message>
        <source>What the plan reaches</source>
        <translation>計画の到達点</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <source>5853:</source>
        <translation>5853:</translation>
    </message>
    <message>
        <source>Driver &amp;package:</source>
        <translation>ドライバーパッケージ(&amp;P):</translation>
    </message>
    <message>
        <source>P&amp;latform device:</source>
        <translation>プラットフォームデバイス(&amp;L):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uncertain: %1</source>
        <translation>不確実: %1</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01.</source>
        <translation>%1 デバイスモデルのプラットフォームデバイスは 5853:0001 rev 01 に固定されています。</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice.</source>
        <translation>qemu-traditional には xen-pvdevice がありません。</translation>
    </message>
    <message>
        <source>XenServer&apos;s has-vendor-device can only add 5853:c000 rev 01.</source>
        <translation>XenServer の has-vendor-device で追加できるのは 5853:c000 rev 01 のみです。</translation>
    </message>
    <message>
        <source>Not needed for this target: the device model cannot stop the old drivers with a blacklist entry, or there are none to stop.</source>
        <translation>この移行先には不要です: デバイスモデルがブラックリストのエントリで古いドライバーを停止できないか、停止すべきドライバーがありません。</translation>
    </message>
    <message>
        <source>%1 build %2</source>
        <translation>%1 ビルド %2</translation>
    </message>
    <message>
        <source>The entry (%1) keeps the old drivers from starting while the new ones are installed next to them, and is lifted at the end.</source>
        <translation>このエントリ (%1) は、新しいドライバーをインストールする間、古いドライバーが起動しないようにします。エントリは最後に解除されます。</translation>
    </message>
    <message>
        <source>It is host-wide (a xenstore key in dom0): %1 run the same build and would lose their PV drivers if started while it exists. Without it, the old drivers are uninstalled first.</source>
        <translation>このエントリはホスト全体に適用されます (dom0 の xenstore キー): %1 は同じビルドを実行しているため、エントリが存在する間に起動すると PV ドライバーを失います。エントリを使用しない場合は、先に古いドライバーをアンインストールします。</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>計画なし: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). </source>
        <translation>
            <numerusform>%n ステップ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) end in a boot with an error finding. </source>
        <translation>
            <numerusform>%n ステップは、エラーの検出事項がある起動で終わります。</numerusform>
        </translation>
    </message>
    <message>
        <source>After the last step: %1.</source>
        <translation>最後のステップの後: %1。</translation>
    </message>
</context>
<context>
    <name>MigrationUnits</name>
    <message>
        <source>%1 is installed in the guest but not a Windows package of the driver catalogue: the plan leaves it alone.</source>
        <translation>%1 はゲストにインストールされていますが、ドライバーカタログの Windows パッケージではありません: 計画ではこのパッケージを変更しません。</translation>
    </message>
    <message>
        <source>No temporary blacklist entry: the old drivers are uninstalled before the new ones are installed, and the guest runs on its emulated disk and network in between.</source>
        <translation>一時的なブラックリストのエントリなし: 新しいドライバーをインストールする前に古いドライバーをアンインストールし、その間、ゲストはエミュレートされたディスクとネットワークで動作します。</translation>
    </message>
    <message>
        <source>If the migration stops Windows Update from installing drivers, it stays stopped: with it on, the next boot after the migration would be %1.</source>
        <translation>移行で Windows Update によるドライバーのインストールを停止した場合、停止したままになります: オンにすると、移行後の次回起動は %1 になります。</translation>
    </message>
    <message>
        <source>different from the plan&apos;s (%1 in charge)</source>
        <translation>計画とは異なる状態 (%1 が担当)</translation>
    </message>
    <message>
        <source>one where Windows Update installs %1</source>
        <translation>Windows Update が %1 をインストールする状態</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Driver migration wizard</source>
        <translation>ドライバー移行ウィザード</translation>
    </message>
    <message>
        <source>Migrate drivers: %1</source>
        <translation>ドライバーの移行: %1</translation>
    </message>
    <message>
        <source>(no VM)</source>
        <translation>(VM なし)</translation>
    </message>
    <message>
        <source>&amp;Start migration</source>
        <translation>移行を開始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>NextBoot</name>
    <message>
        <source>device model</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>platform device</source>
        <translation>プラットフォームデバイス</translation>
    </message>
    <message>
        <source>vendor device</source>
        <translation>ベンダーデバイス</translation>
    </message>
    <message>
        <source>blacklist</source>
        <translation>ブラックリスト</translation>
    </message>
    <message>
        <source>Shut the VM down and start it again: a reboot from inside the guest keeps the running device model.</source>
        <translation>VM をシャットダウンしてから再度起動してください。ゲスト内からの再起動では、実行中のデバイスモデルがそのまま使われます。</translation>
    </message>
</context>
<context>
    <name>PendingBoot</name>
    <message>
        <source>The VM still runs its previous definition (%1 changed): these findings are about its next boot, once it is shut down and started again.</source>
        <translation>VM はまだ以前の定義で実行中です (%1 が変更されました): これらの検出事項は、VM をシャットダウンして再度起動した後の次回起動に関するものです。</translation>
    </message>
</context>
<context>
    <name>PlanHost</name>
    <message>
        <source>the demo node</source>
        <translation>デモノード</translation>
    </message>
    <message>
        <source>the test driver&apos;s %1</source>
        <translation>テストドライバーの %1</translation>
    </message>
    <message>
        <source>the host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>the pool master of %1&apos;s pool</source>
        <translation>%1 のプールのプールマスター</translation>
    </message>
    <message>
        <source>Uncertain: xpconsole cannot tell which host is the pool master; on any host of the pool, &apos;xe pool-list params=master&apos; gives its UUID.</source>
        <translation>不確実: xpconsole はどのホストがプールマスターかを判別できません。プール内の任意のホストで &apos;xe pool-list params=master&apos; を実行すると、その UUID がわかります。</translation>
    </message>
</context>
<context>
    <name>PlanScript</name>
    <message>
        <source>Not runnable, a word holds a NUL character: %1</source>
        <translation>実行できません。単語に NUL 文字が含まれています: %1</translation>
    </message>
    <message>
        <source>VM %1 (UUID %2)</source>
        <translation>VM %1 (UUID %2)</translation>
    </message>
    <message>
        <source>xpconsole plan: the xenstore commands to run as root in dom0 of %1.</source>
        <translation>xpconsole の計画: %1 の dom0 で root として実行する xenstore コマンド。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>xpconsole plan: the xe commands to run on %1.</source>
        <translation>xpconsole の計画: %1 で実行する xe コマンド。</translation>
    </message>
    <message>
        <source>Host: %1 (uncertain)</source>
        <translation>ホスト: %1 (不確実)</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>接続: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <source>VMs (%1): %2</source>
        <translation>VM (%1): %2</translation>
    </message>
    <message>
        <source>The keys are host-wide: every VM on %1 whose device model reads the xenstore blacklist (%2, %3) reads them at its drivers&apos; next unplug handshake, not only the VMs above.</source>
        <translation>キーはホスト全体に適用されます: 上記の VM だけでなく、%1 上で xenstore のブラックリストを読み取るデバイスモデル (%2、%3) を使用するすべての VM が、ドライバーの次回のアンプラグハンドシェイク時にこれらを読み取ります。</translation>
    </message>
    <message>
        <source>Other VMs of %1 that read them (%2): %3</source>
        <translation>これらを読み取る %1 のその他の VM (%2 台): %3</translation>
    </message>
    <message>
        <source>Run them with the VMs halted; XAPI applies them at each VM&apos;s next start.</source>
        <translation>VM を停止した状態で実行してください。XAPI は各 VM の次回起動時にこれらを適用します。</translation>
    </message>
    <message>
        <source>libvirt&apos;s test driver: no real host is behind this connection; the script shows what a real one would need.</source>
        <translation>libvirt のテストドライバー: この接続の背後に実際のホストはありません。このスクリプトは、実際のホストで必要になる内容を示しています。</translation>
    </message>
    <message>
        <source>libvirt cannot run these commands and xpconsole does not: apply the push, review this script, then run it.</source>
        <translation>libvirt はこれらのコマンドを実行できず、xpconsole も実行しません: 書き込みを適用し、このスクリプトを確認してから実行してください。</translation>
    </message>
    <message>
        <source>===== Script %1 of %2: %3 =====</source>
        <translation>===== スクリプト %1/%2: %3 =====</translation>
    </message>
    <message>
        <source>for dom0 of the VMs&apos; host</source>
        <translation>VM のホストの dom0 用</translation>
    </message>
    <message>
        <source>for the pool master, not for dom0 of the VMs&apos; host</source>
        <translation>プールマスター用 (VM のホストの dom0 用ではありません)</translation>
    </message>
</context>
<context>
    <name>PnputilDeviceParser</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>ファイルが %1 MiB を超えており、pnputil の出力としては大きすぎます。</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>行が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The device record has no instance ID.</source>
        <translation>デバイスのレコードにインスタンス ID がありません。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; comes before the first &quot;Instance ID:&quot;, outside any device record.</source>
        <translation>フィールド &quot;%1&quot; が最初の &quot;Instance ID:&quot; より前、どのデバイスのレコードにも属さない位置にあります。</translation>
    </message>
    <message>
        <source>The matching driver has no driver name.</source>
        <translation>一致するドライバーにドライバー名がありません。</translation>
    </message>
    <message>
        <source>The matching driver&apos;s field &quot;%1&quot; comes before its &quot;Driver Name:&quot;.</source>
        <translation>一致するドライバーのフィールド &quot;%1&quot; が &quot;Driver Name:&quot; より前にあります。</translation>
    </message>
    <message>
        <source>The driver date and version &apos;%1&apos; is not &apos;mm/dd/yyyy w.x.y.z&apos;.</source>
        <translation>ドライバーの日付とバージョン &apos;%1&apos; が &apos;mm/dd/yyyy w.x.y.z&apos; の形式ではありません。</translation>
    </message>
    <message>
        <source>The driver rank &apos;%1&apos; is not a hexadecimal number of up to 8 digits.</source>
        <translation>ドライバーランク &apos;%1&apos; が 8 桁以下の 16 進数ではありません。</translation>
    </message>
    <message>
        <source>The problem code &apos;%1&apos; does not start with a number.</source>
        <translation>問題コード &apos;%1&apos; が数字で始まっていません。</translation>
    </message>
</context>
<context>
    <name>PnputilInput</name>
    <message>
        <source>The file is larger than %1 MiB, too large for pnputil output.</source>
        <translation>ファイルが %1 MiB を超えており、pnputil の出力としては大きすぎます。</translation>
    </message>
    <message>
        <source>The file is empty: it holds no pnputil output.</source>
        <translation>ファイルが空です。pnputil の出力が含まれていません。</translation>
    </message>
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>ファイルに NUL 文字が含まれています。テキストではないか、BOM のない UTF-16 です。</translation>
    </message>
    <message>
        <source>The file is not text: %1 of its first %2 characters are control characters or no characters at all.</source>
        <translation>ファイルはテキストではありません。先頭 %2 文字のうち %1 文字が制御文字か、文字ではありません。</translation>
    </message>
    <message>
        <source>The file is pnputil output, but of another command than /enum-drivers or /enum-devices (it has the fields %1).</source>
        <translation>ファイルは pnputil の出力ですが、/enum-drivers や /enum-devices 以外のコマンドのものです（フィールド %1 があります）。</translation>
    </message>
    <message>
        <source>The file is pnputil output in another language (it has the fields %1): this build reads only the English field names, such as &quot;Published Name:&quot; and &quot;Instance ID:&quot;.</source>
        <translation>ファイルは別の言語の pnputil 出力です（フィールド %1 があります）。このビルドが読めるのは &quot;Published Name:&quot; や &quot;Instance ID:&quot; などの英語のフィールド名だけです。</translation>
    </message>
    <message>
        <source>The file is not pnputil output: none of its lines is a field of pnputil /enum-drivers or /enum-devices, such as &quot;Published Name:&quot; or &quot;Instance ID:&quot;.</source>
        <translation>ファイルは pnputil の出力ではありません。&quot;Published Name:&quot; や &quot;Instance ID:&quot; のような pnputil /enum-drivers または /enum-devices のフィールドである行が一つもありません。</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>The file is the output of pnputil /enum-devices; here the output of pnputil /enum-drivers is read.</source>
        <translation>ファイルは pnputil /enum-devices の出力です。ここで読むのは pnputil /enum-drivers の出力です。</translation>
    </message>
    <message>
        <source>The file is the output of pnputil /enum-drivers; here the output of pnputil /enum-devices is read.</source>
        <translation>ファイルは pnputil /enum-drivers の出力です。ここで読むのは pnputil /enum-devices の出力です。</translation>
    </message>
    <message>
        <source>The file is pnputil&apos;s usage text, which it prints for a command or flag its Windows does not know: /enum-devices needs Windows 10 1903 or later, its /drivers flag Windows 10 2004 or later.</source>
        <translation>ファイルは pnputil の使い方の説明です。その Windows が知らないコマンドやフラグに対して表示されます。/enum-devices には Windows 10 1903 以降、/drivers フラグには Windows 10 2004 以降が必要です。</translation>
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
    <message>
        <source>The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.</source>
        <translation>ファイルに NUL 文字が含まれています。テキストではないか、バイトオーダーマークのない UTF-16 です。</translation>
    </message>
    <message>
        <source>The line is longer than %1 characters.</source>
        <translation>行が %1 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>PowerCycle</name>
    <message>
        <source>The connection was closed.</source>
        <translation>接続が閉じられました。</translation>
    </message>
    <message>
        <source>%1: asking the guest to shut down…</source>
        <translation>%1: ゲストにシャットダウンを要求しています…</translation>
    </message>
    <message>
        <source>%1: forcing it off…</source>
        <translation>%1: 強制的に電源を切っています…</translation>
    </message>
    <message>
        <source>%1: stopped following the power cycle; check the VM&apos;s state.</source>
        <translation>%1: 電源の入れ直しの追跡を中止しました。VM の状態を確認してください。</translation>
    </message>
    <message>
        <source>%1 started again: its pending changes are in effect.</source>
        <translation>%1 を再度起動しました。保留中の変更が有効になりました。</translation>
    </message>
    <message>
        <source>%1 was shut down and started again.</source>
        <translation>%1 をシャットダウンして再度起動しました。</translation>
    </message>
    <message>
        <source>%1 is shut off; starting it…</source>
        <translation>%1 は電源オフです。起動しています…</translation>
    </message>
    <message>
        <source>%1: starting it…</source>
        <translation>%1: 起動しています…</translation>
    </message>
    <message>
        <source>%1 was started.</source>
        <translation>%1 を起動しました。</translation>
    </message>
</context>
<context>
    <name>PredictionCheck</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The inventory (%1) is older than the VM&apos;s last boot (%2): it describes an earlier boot.</source>
        <translation>インベントリ（%1）は VM の最後の起動（%2）より古く、それ以前の起動を表しています。</translation>
    </message>
    <message>
        <source>The definition changed since this boot (%1): the prediction shown is for the next boot, not the one the inventory describes.</source>
        <translation>この起動以降に定義が変更されました（%1）。表示している予測は次回の起動のもので、インベントリが表す起動のものではありません。</translation>
    </message>
    <message>
        <source>not listed by the guest</source>
        <translation>ゲストの一覧にない</translation>
    </message>
    <message>
        <source>Neither the prediction nor the inventory has a Xen PCI device.</source>
        <translation>予測にもインベントリにも Xen PCI デバイスがありません。</translation>
    </message>
    <message>
        <source>The inventory of %1 confirms the prediction.</source>
        <translation>%1 のインベントリは予測と一致しています。</translation>
    </message>
    <message>
        <source>The inventory of %1 differs from the prediction.</source>
        <translation>%1 のインベントリは予測と異なります。</translation>
    </message>
    <message>
        <source>The console did not see the VM&apos;s last boot; the inventory is taken to describe it.</source>
        <translation>コンソールは VM の最後の起動を見ていません。インベントリはその起動を表すものとみなします。</translation>
    </message>
    <message>
        <source>No imported pnputil /enum-devices output says which driver is bound.</source>
        <translation>どのドライバーがバインドされているかを示す pnputil /enum-devices の出力がインポートされていません。</translation>
    </message>
    <message>
        <source>%1: not exposed in the prediction; the guest has %2</source>
        <translation>%1: 予測では公開されていません。ゲストには %2 があります</translation>
    </message>
    <message>
        <source>%1: predicted %2; the guest has %3</source>
        <translation>%1: 予測は %2、ゲストでは %3</translation>
    </message>
    <message>
        <source>What the guest&apos;s driver inventory says is bound differs from the prediction for this boot: check the VM&apos;s record (OS, installed drivers, active xenbus device) before trusting the prediction for its next boot.</source>
        <translation>ゲストのドライバーインベントリでバインドされているものが、この起動の予測と異なります。次回起動の予測を信頼する前に、VM の記録（OS、インストール済みドライバー、アクティブな xenbus デバイス）を確認してください。</translation>
    </message>
    <message>
        <source>%1: predicted %2; the guest does not list this device</source>
        <translation>%1: 予測は %2、ゲストの一覧にこのデバイスがありません</translation>
    </message>
</context>
<context>
    <name>PushDialog</name>
    <message>
        <source>&amp;Apply to libvirt</source>
        <translation>libvirt に適用(&amp;A)</translation>
    </message>
    <message>
        <source>Write to libvirt</source>
        <translation>libvirt に書き込む</translation>
    </message>
    <message>
        <source>VMs of this change</source>
        <translation>この変更の対象 VM</translation>
    </message>
    <message>
        <source>Domain XML diff</source>
        <translation>ドメイン XML の差分</translation>
    </message>
    <message>
        <source>What else the change needs</source>
        <translation>この変更に必要なその他の作業</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message numerus="yes">
        <source>Write the new definition of %n VM(s) to %1?</source>
        <translation>
            <numerusform>%n 台の VM の新しい定義を %1 に書き込みますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run: the change takes effect after each is powered off and started again.</source>
        <translation>
            <numerusform>そのうち %n 台が実行中です。変更は各 VM の電源を切って再起動した後に有効になります。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>No change: the domain XML already holds this.</source>
        <translation>変更なし: ドメイン XML にはすでにこの内容が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) change</source>
        <translation>
            <numerusform>%n 台の VM が変更されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n take(s) no change or cannot take it</source>
        <translation>
            <numerusform>%n 台は変更なし、または変更を適用できません</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection is read-only: nothing can be written.</source>
        <translation>接続は読み取り専用です。何も書き込めません。</translation>
    </message>
    <message>
        <source>Done: %1 verified, %2 changed meanwhile, %3 failed, %4 cancelled.</source>
        <translation>完了: 検証済み %1、途中で変更 %2、失敗 %3、キャンセル %4。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;opy Plan</source>
        <translation>計画をコピー(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport Plan…</source>
        <translation>計画をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>シェルスクリプト (*.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Copy the commands to run by hand as shell scripts</source>
        <translation>手動で実行するコマンドをシェルスクリプトとしてコピー</translation>
    </message>
    <message>
        <source>Save the commands to run by hand as shell scripts, one per host</source>
        <translation>手動で実行するコマンドを、ホストごとに 1 つのシェルスクリプトとして保存</translation>
    </message>
    <message>
        <source>The xenstore keys to write in dom0 of %1 are host-wide: other VMs there read them too (%2).</source>
        <translation>%1 の dom0 に書き込む xenstore キーはホスト全体に適用されます: そこにある他の VM もこれらを読み取ります (%2 台)。</translation>
    </message>
    <message>
        <source>Host-wide: the xenstore keys this change writes in dom0 of %1 are read by every VM there whose device model reads the xenstore blacklist, not only by the VMs of this change.</source>
        <translation>ホスト全体: この変更が %1 の dom0 に書き込む xenstore キーは、この変更の対象 VM だけでなく、そこで xenstore のブラックリストを読み取るデバイスモデルを使用するすべての VM に読み取られます。</translation>
    </message>
    <message>
        <source>The other VMs of %1 are not known here: check which of them run such a device model before applying.</source>
        <translation>%1 のその他の VM はここでは不明です: 適用する前に、そのうちどの VM がこのようなデバイスモデルを実行しているか確認してください。</translation>
    </message>
    <message>
        <source>No other VM listed on %1 reads them now; one defined there later will.</source>
        <translation>%1 の一覧にある他の VM で、現在これらを読み取るものはありません。ただし、今後そこで定義される VM は読み取ります。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Other VMs of %1 that read them too (%2): %3.</source>
        <translation>これらを読み取る %1 のその他の VM (%2 台): %3。</translation>
    </message>
    <message>
        <source>Host-wide effect</source>
        <translation>ホスト全体への影響</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n script(s) to the clipboard.</source>
        <translation>
            <numerusform>%n 個のスクリプトをクリップボードにコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the xenstore commands for dom0 of %1</source>
        <translation>%1 の dom0 用の xenstore コマンドをエクスポート</translation>
    </message>
    <message>
        <source>Export the xe commands for %1</source>
        <translation>%1 用の xe コマンドをエクスポート</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>計画はエクスポートされませんでした</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or copy the plan instead.</source>
        <translation>書き込み可能なフォルダーを選択するか、代わりに計画をコピーしてください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Exported the plan to %1.</source>
        <translation>計画を %1 にエクスポートしました。</translation>
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
        <translation>実行前</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>PushItemText</name>
    <message>
        <source>Device-model arguments: xpconsole&apos;s arguments are removed.</source>
        <translation>デバイスモデルの引数: xpconsole の引数は削除されます。</translation>
    </message>
    <message>
        <source>Device-model arguments: %1</source>
        <translation>デバイスモデルの引数: %1</translation>
    </message>
    <message>
        <source>Run on the host (libvirt cannot do this; neither xpctl nor xpconsole runs them):</source>
        <translation>ホストで実行してください (libvirt ではできません。xpctl も xpconsole も実行しません):</translation>
    </message>
    <message>
        <source>Model only (kept in metadata, not realized):</source>
        <translation>モデルのみ (メタデータに保持され、実現されません):</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>changes; takes effect after power-off and start</source>
        <translation>変更あり。電源オフと起動の後に有効</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>written and verified</source>
        <translation>書き込み・検証済み</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>書き込む内容なし</translation>
    </message>
    <message>
        <source>refused: nothing written</source>
        <translation>拒否: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>changed meanwhile: nothing written, the edit is kept</source>
        <translation>途中で変更されました: 何も書き込まれず、編集内容は保持されています</translation>
    </message>
    <message>
        <source>read-only connection: nothing written</source>
        <translation>読み取り専用の接続: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>written, but libvirt did not keep everything</source>
        <translation>書き込み済み。ただし libvirt はすべてを保持しませんでした</translation>
    </message>
    <message>
        <source>cancelled: nothing written</source>
        <translation>キャンセル: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>Run on %1, in dom0 (libvirt cannot do this; neither xpctl nor xpconsole runs them):</source>
        <translation>%1 の dom0 で実行してください (libvirt ではできません。xpctl も xpconsole も実行しません):</translation>
    </message>
    <message>
        <source>Run on %1 (libvirt cannot do this; neither xpctl nor xpconsole runs them). %2</source>
        <translation>%1 で実行してください (libvirt ではできません。xpctl も xpconsole も実行しません)。%2</translation>
    </message>
</context>
<context>
    <name>PushJob</name>
    <message>
        <source>The connection was closed while the VM was being written; reload to see whether libvirt kept the change.</source>
        <translation>VM の書き込み中に接続が閉じられました。libvirt が変更を保持したかどうかは、再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>Cancelled before this VM&apos;s turn: nothing was written.</source>
        <translation>この VM の順番が来る前にキャンセルされました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The connection was closed: nothing was written.</source>
        <translation>接続が閉じられました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Realization</name>
    <message>
        <source>libvirt has no element that removes the Xen platform device (libxl&apos;s xen_platform_pci, XAPI has no such parameter); remove it in the toolstack.</source>
        <translation>libvirt には Xen プラットフォームデバイスを削除する要素がありません (libxl の xen_platform_pci に相当するもので、XAPI にはそのようなパラメーターはありません)。ツールスタックで削除してください。</translation>
    </message>
    <message>
        <source>The %1 device model has a fixed platform device 5853:0001 rev 01; the configured identity is kept in metadata only.</source>
        <translation>%1 デバイスモデルのプラットフォームデバイスは 5853:0001 rev 01 に固定されています。設定された識別情報はメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>XAPI sets the revision itself (2 once platform:device_id is set, else 1); revision %1 is kept in metadata only.</source>
        <translation>XAPI はリビジョンを自身で設定します (platform:device_id が設定されていれば 2、そうでなければ 1)。リビジョン %1 はメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>qemu-traditional has no xen-pvdevice: the vendor device is kept in metadata only and the guest does not see it.</source>
        <translation>qemu-traditional には xen-pvdevice がありません: ベンダーデバイスはメタデータにのみ保持され、ゲストからは見えません。</translation>
    </message>
    <message>
        <source>XAPI&apos;s has-vendor-device can only add 5853:c000 rev 01; this vendor device is kept in metadata only.</source>
        <translation>XAPI の has-vendor-device で追加できるのは 5853:c000 rev 01 のみです。このベンダーデバイスはメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>libvirt has no device-model command line for this domain (libvirt&apos;s test driver keeps none; only the QEMU and libxl drivers have one); the vendor device is kept in metadata only.</source>
        <translation>libvirt にはこのドメインのデバイスモデルのコマンドラインがありません (libvirt のテストドライバーはこれを保持せず、持っているのは QEMU と libxl のドライバーのみです)。ベンダーデバイスはメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>Upstream QEMU never answers 0xd249: the entry is modeled, not enforced.</source>
        <translation>アップストリームの QEMU は 0xd249 を返すことがありません: このエントリはモデル化されるだけで、強制されません。</translation>
    </message>
    <message>
        <source>The %1 device model reads the xenstore blacklist only for products 1, 2 and 0xffff: the entry is modeled, not enforced.</source>
        <translation>%1 デバイスモデルが xenstore のブラックリストを読み取るのは製品 1、2、0xffff の場合のみです: このエントリはモデル化されるだけで、強制されません。</translation>
    </message>
    <message>
        <source>%1 covers %2 builds; the %3 device model reads one xenstore key per build and xpconsole plans at most %4 of them. Split the range, or write the keys by hand.</source>
        <translation>%1 は %2 個のビルドを対象としています。%3 デバイスモデルはビルドごとに 1 つの xenstore キーを読み取りますが、xpconsole が計画するのは最大 %4 個までです。範囲を分割するか、キーを手動で書き込んでください。</translation>
    </message>
    <message>
        <source>Run the xenstore commands in dom0 of the host that runs the VM. The keys are host-wide: every VM with this device model on that host reads them at its drivers&apos; next unplug handshake.</source>
        <translation>VM を実行しているホストの dom0 で xenstore コマンドを実行してください。キーはホスト全体に適用されます: そのホスト上でこのデバイスモデルを使用するすべての VM が、ドライバーの次回のアンプラグハンドシェイク時にこれらを読み取ります。</translation>
    </message>
    <message>
        <source>The VM&apos;s UUID &apos;%1&apos; is not a UUID, so no xe command can name it.</source>
        <translation>VM の UUID &apos;%1&apos; は UUID ではないため、xe コマンドでこの VM を指定できません。</translation>
    </message>
    <message>
        <source>Run the xe commands on the pool master with the VM halted; XAPI applies them at the VM&apos;s next start (it warns that changing has-vendor-device on an installed Windows VM is likely to crash it).</source>
        <translation>xe コマンドは、VM を停止した状態でプールマスター上で実行してください。XAPI は VM の次回起動時にこれらを適用します (インストール済みの Windows VM で has-vendor-device を変更すると VM がクラッシュする可能性が高いと XAPI は警告しています)。</translation>
    </message>
    <message>
        <source>Under qemu-upstream-uefi XAPI passes no revision, so QEMU shows 1; revision %1 is kept in metadata only.</source>
        <translation>qemu-upstream-uefi では XAPI がリビジョンを渡さないため、QEMU は 1 を示します。リビジョン %1 はメタデータにのみ保持されます。</translation>
    </message>
    <message>
        <source>XenServer 8 and later run upstream QEMU, which never answers 0xd249: the entry is modeled, not enforced.</source>
        <translation>XenServer 8 以降はアップストリームの QEMU を使用し、0xd249 を返すことがありません: エントリはモデル化されるだけで、強制されません。</translation>
    </message>
</context>
<context>
    <name>RemoveBlacklistEntryCommand</name>
    <message>
        <source>Remove blacklist entry %1</source>
        <translation>ブラックリストのエントリ %1 を削除</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>不明な引数「%1」</translation>
    </message>
    <message>
        <source>--format needs a value</source>
        <translation>--format には値が必要です</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format は csv または json です</translation>
    </message>
</context>
<context>
    <name>StrategiesCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>予期しない「%1」</translation>
    </message>
    <message>
        <source>--format must be table or json (csv with --show)</source>
        <translation>--format は table または json です (--show と併用する場合は csv も可)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>no strategy &apos;%1&apos; (one of %2)</source>
        <translation>戦略「%1」はありません (%2 のいずれか)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n 台の VM を各戦略で予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>戦略</translation>
    </message>
    <message>
        <source>(N?): N of the VMs in that cell rest on uncertain facts; each counts in its class.</source>
        <translation>(N?): そのセルの VM のうち N 台は不確かな事実に依存します。それぞれの分類に数えています。</translation>
    </message>
    <message>
        <source>The VMs of one strategy: xpctl strategies --show ID; docs/strategies.md: what each models.</source>
        <translation>1 つの戦略の VM: xpctl strategies --show ID。各戦略が何をモデル化しているか: docs/strategies.md。</translation>
    </message>
</context>
<context>
    <name>StrategiesDialog</name>
    <message>
        <source>&amp;Run Again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Apply to These VMs…</source>
        <translation>これらの VM に適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Fleet strategies</source>
        <translation>フリートの戦略</translation>
    </message>
    <message>
        <source>The strategies could not be read: %1</source>
        <translation>戦略を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Each column is one option of the 2013 debate on how new Windows PV drivers reach Xen VMs, or what shipped, previewed on every VM of every connection. Nothing is written. Click a count to list its VMs.</source>
        <translation>各列は、新しい Windows PV ドライバーを Xen VM に届ける方法をめぐる 2013 年の議論の選択肢の 1 つ、または実際に出荷された構成で、すべての接続のすべての VM で予測したものです。何も書き込みません。数をクリックすると、その VM を一覧表示します。</translation>
    </message>
    <message>
        <source>VMs per strategy and outcome</source>
        <translation>戦略と結果ごとの VM</translation>
    </message>
    <message>
        <source>The VMs of the chosen strategy and outcome</source>
        <translation>選択した戦略と結果の VM</translation>
    </message>
    <message numerus="yes">
        <source>Previewing %n strategies on %1 VM(s)…</source>
        <translation>
            <numerusform>%n 個の戦略を %1 台の VM で予測しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>停止: %n 台の VM を各戦略で予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) previewed with each strategy; nothing was written.</source>
        <translation>
            <numerusform>%n 台の VM を各戦略で予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>“(N?)”: N of the cell&apos;s VMs rest on uncertain facts; each counts in its class.</source>
        <translation>「(N?)」: セルの VM のうち N 台は不確かな事実に依存します。それぞれの分類に数えています。</translation>
    </message>
    <message>
        <source>Click a count to pick the VMs of one strategy and outcome first.</source>
        <translation>先に数をクリックして、1 つの戦略と結果の VM を選んでください。</translation>
    </message>
    <message>
        <source>This strategy only publishes packages on Windows Update: nothing can be written to the VMs.</source>
        <translation>この戦略は Windows Update でパッケージを公開するだけです。VM に書き込めるものはありません。</translation>
    </message>
    <message>
        <source>The strategy does nothing to these VMs.</source>
        <translation>この戦略はこれらの VM に何ももたらしません。</translation>
    </message>
    <message>
        <source>These VMs are on several connections (or none): a bulk change runs on one.</source>
        <translation>これらの VM は複数の接続にあります (または接続がありません)。一括変更は 1 つの接続で実行されます。</translation>
    </message>
    <message>
        <source>Opens the bulk change with this strategy&apos;s changes that can be written: %1</source>
        <translation>この戦略の変更のうち書き込めるものを指定して一括変更を開きます: %1</translation>
    </message>
</context>
<context>
    <name>StrategySet</name>
    <message>
        <source>Cannot read the strategies %1: %2</source>
        <translation>戦略 %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The strategies %1 are not valid JSON at offset %2: %3</source>
        <translation>戦略 %1 はオフセット %2 で有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>The strategies %1 have schema %2; this build reads schema 1.</source>
        <translation>戦略 %1 のスキーマは %2 です。このビルドが読み取れるのはスキーマ 1 です。</translation>
    </message>
    <message>
        <source>%1: package &apos;%2&apos; unusable: %3</source>
        <translation>%1: パッケージ &apos;%2&apos; は使用できません: %3</translation>
    </message>
    <message>
        <source>%1: package id &apos;%2&apos; is already in the driver catalogue</source>
        <translation>%1: パッケージ ID &apos;%2&apos; は既にドライバーカタログにあります</translation>
    </message>
    <message>
        <source>%1: a strategy without an id, or with one used twice (&apos;%2&apos;)</source>
        <translation>%1: ID のない戦略、または ID が重複している戦略があります (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1: strategy &apos;%2&apos;: %3</source>
        <translation>%1: 戦略 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: strategy &apos;%2&apos; publishes &apos;%3&apos;, which no catalogue holds</source>
        <translation>%1: 戦略 &apos;%2&apos; が公開する &apos;%3&apos; はどのカタログにもありません</translation>
    </message>
    <message>
        <source>%1 holds no strategy</source>
        <translation>%1 には戦略がありません</translation>
    </message>
    <message>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <source>Publish for 0001</source>
        <translation>0001 向けに公開</translation>
    </message>
    <message>
        <source>Platform device v2</source>
        <translation>プラットフォームデバイス v2</translation>
    </message>
    <message>
        <source>Blacklist old builds</source>
        <translation>旧ビルドをブラックリスト登録</translation>
    </message>
    <message>
        <source>Expose both devices</source>
        <translation>両方のデバイスを公開</translation>
    </message>
    <message>
        <source>Stub through WU</source>
        <translation>WU 経由のスタブ</translation>
    </message>
    <message>
        <source>Refuse over legacy</source>
        <translation>レガシー上では拒否</translation>
    </message>
    <message>
        <source>What shipped</source>
        <translation>実際の出荷内容</translation>
    </message>
    <message>
        <source>Nothing changes: the fleet as it is, the baseline of every other column.</source>
        <translation>何も変更しません: 現状のままのフリートで、他のすべての列の基準です。</translation>
    </message>
    <message>
        <source>Windows Update publishes today&apos;s xenbus drivers for the platform device IDs 0001 and 0002.</source>
        <translation>Windows Update が現在の xenbus ドライバーをプラットフォームデバイス ID 0001 と 0002 向けに公開します。</translation>
    </message>
    <message>
        <source>XenServer&apos;s 2013 proposal: platform device 5853:0002 with a revision from the device model&apos;s command line; the new drivers are published for 0002 only.</source>
        <translation>XenServer の 2013 年の提案: デバイスモデルのコマンドラインで指定したリビジョンを持つプラットフォームデバイス 5853:0002。新しいドライバーは 0002 向けにのみ公開されます。</translation>
    </message>
    <message>
        <source>The device model blacklists every build of product 1 (Citrix&apos;s drivers before xenbus) through the unplug protocol; the new drivers are published for 0001.</source>
        <translation>デバイスモデルがアンプラグプロトコルを通じて製品 1 (xenbus 以前の Citrix のドライバー) のすべてのビルドをブラックリストに登録します。新しいドライバーは 0001 向けに公開されます。</translation>
    </message>
    <message>
        <source>Every VM gets a xen-pvdevice 5853:0002 (its default in July 2013) next to the platform device 0001; the new drivers are published for 0002.</source>
        <translation>すべての VM に、プラットフォームデバイス 0001 と並んで xen-pvdevice 5853:0002 (2013 年 7 月時点の既定値) を追加します。新しいドライバーは 0002 向けに公開されます。</translation>
    </message>
    <message>
        <source>Windows Update publishes a self-disabling stub for 0001 and 0002: it binds them and starts no PV connection.</source>
        <translation>Windows Update が 0001 と 0002 向けに、自身を無効化するスタブを公開します。スタブはこれらをバインドしますが、PV 接続は開始しません。</translation>
    </message>
    <message>
        <source>Windows Update publishes new drivers for 0001 and 0002 whose installer refuses to install where a legacy stack is installed.</source>
        <translation>Windows Update が 0001 と 0002 向けに新しいドライバーを公開します。そのインストーラーは、レガシースタックがインストールされている環境へのインストールを拒否します。</translation>
    </message>
    <message>
        <source>The vendor device 5853:c000 on every VM, which Windows Update targets with the XenServer VM Tools.</source>
        <translation>すべての VM 上のベンダーデバイス 5853:c000。Windows Update はこれを対象に XenServer VM Tools を配信します。</translation>
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
            <numerusform>%n 台の VM: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rest on uncertain facts.</source>
        <translation>
            <numerusform>うち %n 台は不確かな事実に依存します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnfinishedMigration</name>
    <message>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <source>A driver migration stopped after step %1 of %2 (last step recorded by %3 at %4): the VM is between its old and its new drivers until the migration is finished or rolled back.</source>
        <translation>ドライバーの移行がステップ %1/%2 の後で停止しています (最後のステップは %3 が %4 に記録): 移行を完了するかロールバックするまで、VM は古いドライバーと新しいドライバーの中間の状態にあります。</translation>
    </message>
    <message>
        <source>migration %1/%2</source>
        <translation>移行 %1/%2</translation>
    </message>
    <message>
        <source>migration %1/%2 by %3</source>
        <translation>移行 %1/%2 (%3)</translation>
    </message>
</context>
<context>
    <name>UnplugTab</name>
    <message>
        <source>Unplug handshake</source>
        <translation>アンプラグハンドシェイク</translation>
    </message>
    <message>
        <source>Driver / step</source>
        <translation>ドライバー / ステップ</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Emulated devices after the unplug</source>
        <translation>アンプラグ後のエミュレートされたデバイス</translation>
    </message>
    <message>
        <source>Emulated device</source>
        <translation>エミュレートされたデバイス</translation>
    </message>
    <message>
        <source>At next boot</source>
        <translation>次回起動時</translation>
    </message>
    <message>
        <source>blacklisted</source>
        <translation>ブラックリスト登録済み</translation>
    </message>
    <message>
        <source>proceeds</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>stops</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>no port access</source>
        <translation>ポートアクセスなし</translation>
    </message>
    <message>
        <source>read %1-bit</source>
        <translation>%1 ビット読み取り</translation>
    </message>
    <message>
        <source>write %1-bit</source>
        <translation>%1 ビット書き込み</translation>
    </message>
    <message>
        <source>unplugged: replaced by its PV device</source>
        <translation>アンプラグ: 対応する PV デバイスに置き換えられます</translation>
    </message>
    <message>
        <source>stays (%1)</source>
        <translation>残る (%1)</translation>
    </message>
    <message>
        <source>No emulated device is unplugged at the next boot.</source>
        <translation>次回起動時にアンプラグされるエミュレートされたデバイスはありません。</translation>
    </message>
    <message>
        <source>Unplugged at the next boot: %1</source>
        <translation>次回起動時にアンプラグ: %1</translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <source>The inventory was not imported</source>
        <translation>インベントリはインポートされませんでした</translation>
    </message>
    <message>
        <source>The VM is no longer listed.</source>
        <translation>VM はもう一覧にありません。</translation>
    </message>
    <message>
        <source>Import the driver inventory of %1</source>
        <translation>%1 のドライバーインベントリをインポート</translation>
    </message>
</context>
<context>
    <name>VmDetailsView</name>
    <message>
        <source>&amp;Binding</source>
        <translation>バインド(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>デバイス(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unplug</source>
        <translation>アンプラグ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>XML(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>仮定(&amp;W)</translation>
    </message>
    <message>
        <source>No change: this is the next boot as configured.</source>
        <translation>変更なし: 現在の構成での次回起動です。</translation>
    </message>
    <message>
        <source>Previewing: %1</source>
        <translation>プレビュー中: %1</translation>
    </message>
    <message>
        <source>B&amp;lacklist</source>
        <translation>ブラックリスト(&amp;L)</translation>
    </message>
    <message>
        <source>B&amp;lacklist (changes pending)</source>
        <translation>ブラックリスト (変更保留中)(&amp;L)</translation>
    </message>
    <message>
        <source>Plan and apply a move to another driver stack, step by step, each step simulated first.</source>
        <translation>別のドライバースタックへの移行を段階的に計画して適用します。各ステップは先にシミュレーションされます。</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>ゲスト(&amp;G)</translation>
    </message>
    <message>
        <source>M&amp;igrate Drivers…</source>
        <translation>ドライバーの移行(&amp;I)…</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>仮定</translation>
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
    <message>
        <source>%1 · changes pending</source>
        <translation>%1 · 変更保留中</translation>
    </message>
    <message>
        <source>The next boot differs from the running VM: %1.
%2</source>
        <translation>次回の起動は実行中の VM と異なります: %1。
%2</translation>
    </message>
    <message>
        <source>libvirt did not start it: %1</source>
        <translation>libvirtが起動しませんでした: %1</translation>
    </message>
    <message>
        <source>%1 · start failed</source>
        <translation>%1 · 起動失敗</translation>
    </message>
    <message>
        <source>A driver migration is under way (%1): the VM is between its old and its new drivers.</source>
        <translation>ドライバーの移行が進行中です (%1): VM は古いドライバーと新しいドライバーの中間の状態にあります。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
</context>
<context>
    <name>VmQueryBar</name>
    <message>
        <source>Repla&amp;ce list</source>
        <translation>一覧を置換(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xtend list</source>
        <translation>一覧に追加(&amp;X)</translation>
    </message>
    <message>
        <source>Pick VMs by</source>
        <translation>VM の選択基準</translation>
    </message>
    <message>
        <source>OS containing</source>
        <translation>次を含む OS</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>All VMs of this connection</source>
        <translation>この接続のすべての VM</translation>
    </message>
    <message>
        <source>Text the OS contains</source>
        <translation>OS に含まれるテキスト</translation>
    </message>
    <message>
        <source>e.g. Windows Server 2019</source>
        <translation>例: Windows Server 2019</translation>
    </message>
    <message>
        <source>Value to pick VMs by</source>
        <translation>VM を選択する値</translation>
    </message>
    <message>
        <source>Replace the list with the matching VMs</source>
        <translation>一覧を一致する VM で置き換える</translation>
    </message>
    <message>
        <source>Add the matching VMs to the list</source>
        <translation>一致する VM を一覧に追加</translation>
    </message>
    <message>
        <source>Pick VMs by &amp;query:</source>
        <translation>クエリで VM を選択(&amp;Q):</translation>
    </message>
    <message>
        <source>no VM has one</source>
        <translation>該当する VM なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmReport</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>VM:              %1 (%2)</source>
        <translation>VM:                       %1 (%2)</translation>
    </message>
    <message>
        <source>Device model:    %1</source>
        <translation>デバイスモデル:           %1</translation>
    </message>
    <message>
        <source>Platform device: %1</source>
        <translation>プラットフォームデバイス: %1</translation>
    </message>
    <message>
        <source>Vendor device:   %1</source>
        <translation>ベンダーデバイス:         %1</translation>
    </message>
    <message>
        <source>Candidates for %1:</source>
        <translation>%1 の候補:</translation>
    </message>
    <message>
        <source>Active driver:   %1</source>
        <translation>アクティブドライバー:     %1</translation>
    </message>
    <message>
        <source>Windows Update:  installs %1</source>
        <translation>Windows Update:           %1 をインストール</translation>
    </message>
    <message>
        <source>Unplugged:       %1</source>
        <translation>アンプラグ対象:           %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Metadata error:  %1</source>
        <translation>メタデータエラー:         %1</translation>
    </message>
    <message>
        <source>Findings:        none</source>
        <translation>検出事項:                 なし</translation>
    </message>
    <message numerus="yes">
        <source>metadata errors: %n</source>
        <translation>
            <numerusform>メタデータエラー: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Assumed:         %1</source>
        <translation>前提:                     %1</translation>
    </message>
    <message>
        <source>Uncertain facts this prediction rests on:</source>
        <translation>この予測が基づいている不確実な事実:</translation>
    </message>
    <message>
        <source>%1 (libosinfo)</source>
        <translation>%1(libosinfo)</translation>
    </message>
    <message>
        <source>What boots:      %1</source>
        <translation>起動するもの:             %1</translation>
    </message>
    <message>
        <source>-device %1 (xpconsole&apos;s)</source>
        <translation>-device %1(xpconsoleのもの)</translation>
    </message>
    <message>
        <source>-device %1 (another tool&apos;s)</source>
        <translation>-device %1(別のツールのもの)</translation>
    </message>
    <message>
        <source>%1 (guest agent)</source>
        <translation>%1（ゲストエージェント）</translation>
    </message>
    <message>
        <source>OS:              %1</source>
        <translation>OS:              %1</translation>
    </message>
    <message>
        <source>Guest facts:</source>
        <translation>ゲストの情報:</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>%1, older than the last boot</source>
        <translation>%1、最後の起動より前</translation>
    </message>
    <message>
        <source>%1, last boot not seen</source>
        <translation>%1、最後の起動は未確認</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>相違: %1</translation>
    </message>
    <message>
        <source>Guest agent:     %1 (%2)</source>
        <translation>ゲストエージェント: %1（%2）</translation>
    </message>
    <message>
        <source>Prediction check: %1</source>
        <translation>予測の確認: %1</translation>
    </message>
    <message>
        <source>predicted %1, the guest has %2</source>
        <translation>予測は %1、ゲストでは %2</translation>
    </message>
    <message>
        <source>(not exposed)</source>
        <translation>（公開されていない）</translation>
    </message>
</context>
<context>
    <name>WhatIfCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>予期しない「%1」</translation>
    </message>
    <message>
        <source>--format must be table, json or csv</source>
        <translation>--format は table、json、csv のいずれかです</translation>
    </message>
    <message>
        <source>--fail-on needs unchanged, healthy, guest-step, loses-pv or breaks</source>
        <translation>--fail-on には unchanged、healthy、guest-step、loses-pv、breaks のいずれかが必要です</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション「%1」</translation>
    </message>
    <message>
        <source>give the change with --set KEY=VALUE (one or more)</source>
        <translation>変更を --set KEY=VALUE で指定してください (1 つ以上)</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (不確か)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>適用不可: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rests on uncertain facts:
%1</source>
        <translation>不確かな事実に依存:
%1</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Driver in charge</source>
        <translation>担当ドライバー</translation>
    </message>
    <message>
        <source>Findings gained</source>
        <translation>追加された検出事項</translation>
    </message>
    <message>
        <source>Findings lost</source>
        <translation>解消された検出事項</translation>
    </message>
</context>
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>Platform device</source>
        <translation>プラットフォームデバイス</translation>
    </message>
    <message>
        <source>5853:0001 (default)</source>
        <translation>5853:0001 (既定)</translation>
    </message>
    <message>
        <source>5853:0002 (XenServer)</source>
        <translation>5853:0002 (XenServer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Platform device revision</source>
        <translation>プラットフォームデバイスのリビジョン</translation>
    </message>
    <message>
        <source>Vendor device ID</source>
        <translation>ベンダーデバイスの ID</translation>
    </message>
    <message>
        <source>Vendor device revision</source>
        <translation>ベンダーデバイスのリビジョン</translation>
    </message>
    <message>
        <source>Device model</source>
        <translation>デバイスモデル</translation>
    </message>
    <message>
        <source>Add a blacklist entry</source>
        <translation>ブラックリストのエントリを追加</translation>
    </message>
    <message>
        <source>PRODUCT:BUILD[-BUILD], e.g. xensource-windows:60</source>
        <translation>PRODUCT:BUILD[-BUILD] (例: xensource-windows:60)</translation>
    </message>
    <message>
        <source>Publish a package on Windows Update</source>
        <translation>Windows Update でパッケージを公開</translation>
    </message>
    <message>
        <source>PACKAGE@HARDWARE-ID, e.g. xenserver-vmtools-9@PCI\VEN_5853&amp;DEV_0001</source>
        <translation>PACKAGE@HARDWARE-ID (例: xenserver-vmtools-9@PCI\VEN_5853&amp;DEV_0001)</translation>
    </message>
    <message>
        <source>&amp;Platform device:</source>
        <translation>プラットフォームデバイス(&amp;P):</translation>
    </message>
    <message>
        <source>V&amp;endor device</source>
        <translation>ベンダーデバイス(&amp;E)</translation>
    </message>
    <message>
        <source>Windows Update &amp;on</source>
        <translation>Windows Update を有効化(&amp;O)</translation>
    </message>
    <message>
        <source>Appl&amp;y…</source>
        <translation>適用(&amp;Y)…</translation>
    </message>
    <message>
        <source>Review and write this change to the VM</source>
        <translation>この変更を確認して VM に書き込む</translation>
    </message>
    <message>
        <source>Devi&amp;ce model:</source>
        <translation>デバイスモデル(&amp;C):</translation>
    </message>
    <message>
        <source>Blac&amp;klist:</source>
        <translation>ブラックリスト(&amp;K):</translation>
    </message>
    <message>
        <source>Publi&amp;sh:</source>
        <translation>公開(&amp;S):</translation>
    </message>
    <message>
        <source>The connection is read-only: reconnect read-write to apply a change.</source>
        <translation>接続は読み取り専用です: 変更を適用するには、読み書き可能な接続で再接続してください。</translation>
    </message>
    <message>
        <source>The controls describe no change.</source>
        <translation>コントロールで変更が指定されていません。</translation>
    </message>
    <message>
        <source>A Windows Update publication is what-if only: it is never written to a VM.</source>
        <translation>Windows Update での公開は仮定専用です: VM に書き込まれることはありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid change: %2</source>
        <translation>%1 は有効な変更ではありません: %2</translation>
    </message>
    <message>
        <source>Review the diff of %1 and write it</source>
        <translation>%1 の差分を確認して書き込む</translation>
    </message>
</context>
<context>
    <name>WhatIfTable</name>
    <message numerus="yes">
        <source>%n VM(s) previewed; nothing was written.</source>
        <translation>
            <numerusform>%n 台の VM を予測しました。何も書き込んでいません。</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 resting on uncertain facts)</source>
        <translation>(うち %1 台は不確かな事実に依存)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>GAINED</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>LOST</source>
        <translation>解消</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>適用不可: %1</translation>
    </message>
    <message numerus="yes">
        <source>? %n VM(s) rest on uncertain facts (see --format json); each counts in its class.</source>
        <translation>
            <numerusform>? %n 台の VM は不確かな事実に依存します (--format json を参照)。それぞれの分類に数えています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhereClause</name>
    <message>
        <source>expected KEY=VALUE or KEY~TEXT, got &quot;%1&quot;</source>
        <translation>KEY=VALUE または KEY~TEXT が必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;%2&quot; (os, host, flavour, finding, driver or state)</source>
        <translation>「%2」のキー「%1」は不明です (os、host、flavour、finding、driver、state のいずれか)</translation>
    </message>
</context>
<context>
    <name>WhereField</name>
    <message>
        <source>every VM; or e.g. os~Windows; host=xen3; finding=XP-NO-PV</source>
        <translation>すべての VM。例: os~Windows; host=xen3; finding=XP-NO-PV</translation>
    </message>
    <message>
        <source>Conditions on what the VM list shows, separated by &quot;;&quot;, all of them met: KEY=VALUE (equal) or KEY~TEXT (contains), ignoring case. Keys: os, host, flavour, finding, driver, state. The same as xpctl --where.</source>
        <translation>VM 一覧に表示する対象の条件を「;」で区切って指定します (すべてを満たすものが対象): KEY=VALUE (一致) または KEY~TEXT (含む)。大文字と小文字は区別しません。キー: os、host、flavour、finding、driver、state。xpctl --where と同じです。</translation>
    </message>
    <message>
        <source>O&amp;nly the VMs where:</source>
        <translation>次の条件に合う VM のみ(&amp;N):</translation>
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
    <name>XenDeviceProbe</name>
    <message>
        <source>the default emulator</source>
        <translation>既定のエミュレーター</translation>
    </message>
    <message>
        <source>Not connected: whether %1 has xen-pvdevice was not asked.</source>
        <translation>未接続: %1にxen-pvdeviceがあるかは確認していません。</translation>
    </message>
    <message>
        <source>libvirt&apos;s domain capabilities: %1 offers machine type xenfv, which QEMU builds only with Xen support, as it builds xen-pvdevice.</source>
        <translation>libvirtのドメイン機能: %1はマシンタイプxenfvを提供しています。QEMUはこれをxen-pvdeviceと同じくXenサポート付きの場合にのみビルドします。</translation>
    </message>
    <message>
        <source>libvirt&apos;s domain capabilities: %1 has no machine type xenfv, so it was built without Xen support and has no xen-pvdevice (libvirt: %2).</source>
        <translation>libvirtのドメイン機能: %1にはマシンタイプxenfvがないため、Xenサポートなしでビルドされており、xen-pvdeviceもありません(libvirt: %2)。</translation>
    </message>
    <message>
        <source>Whether %1 has xen-pvdevice could not be established: libvirt answered &quot;%2&quot;.</source>
        <translation>%1にxen-pvdeviceがあるかを確認できませんでした。libvirtの応答:「%2」。</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>メッセージなし</translation>
    </message>
</context>
<context>
    <name>XmlLimits</name>
    <message>
        <source>The XML has a document type declaration (&lt;!DOCTYPE&gt;, line %1); libvirt never writes one, so it is not read.</source>
        <translation>XML に文書型宣言 (&lt;!DOCTYPE&gt;、%1 行目) があります。libvirt はこれを書き込まないため、読み取りません。</translation>
    </message>
    <message>
        <source>The XML is nested deeper than %1 elements (line %2); libvirt refuses such documents.</source>
        <translation>XML の入れ子が %1 要素を超えています (%2 行目)。libvirt はこのような文書を拒否します。</translation>
    </message>
</context>
<context>
    <name>XmlTab</name>
    <message>
        <source>Inactive domain XML</source>
        <translation>非アクティブなドメイン XML</translation>
    </message>
    <message>
        <source>Diff of the pending edits</source>
        <translation>保留中の編集の差分</translation>
    </message>
    <message>
        <source>The pending edits cannot be written: %1</source>
        <translation>保留中の編集を書き込めません: %1</translation>
    </message>
    <message>
        <source>No edits pending: this is the definition the next boot uses.</source>
        <translation>保留中の編集はありません: これが次回起動時に使用される定義です。</translation>
    </message>
    <message>
        <source>Pending edits, not yet applied (Apply shows this diff again before writing):</source>
        <translation>保留中の未適用の編集 (「適用」を押すと、書き込む前にこの差分がもう一度表示されます):</translation>
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
        <source>Open the connection read-only.</source>
        <translation>接続を読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file once the fleet has loaded, then quit.</source>
        <translation>フリートの読み込み後にウィンドウを PNG ファイルにレンダリングして終了します。</translation>
    </message>
    <message>
        <source>Select this VM (with --screenshot).</source>
        <translation>この VM を選択します (--screenshot と併用)。</translation>
    </message>
    <message>
        <source>Show this details tab: binding, whatIf, blacklist, devices, unplug or xml.</source>
        <translation>この詳細タブを表示します: binding、whatIf、blacklist、devices、unplug、xml。</translation>
    </message>
    <message>
        <source>With --screenshot: open the driver migration wizard on the selected VM, go to page N (0 pre-checks, 1 target, 2 plan, 3 steps) and picture the wizard.</source>
        <translation>--screenshot と併用: 選択した VM でドライバー移行ウィザードを開き、ページ N (0 事前チェック、1 ターゲット、2 計画、3 ステップ) に移動してウィザードを画像にします。</translation>
    </message>
    <message>
        <source>Load the fleet, measure paint, load, GUI blocks, filter latency and a full refresh (on a test:// node after changing the state of some VMs), write them as JSON to FILE, then quit.</source>
        <translation>VM 群を読み込み、描画、読み込み、GUI のブロック、フィルターの遅延、および完全な更新 (test:// ノードでは一部の VM の状態を変更した後) を測定し、JSON として FILE に書き込んでから終了します。</translation>
    </message>
</context>
</TS>
