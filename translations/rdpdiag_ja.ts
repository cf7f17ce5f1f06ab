<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>rdpdiag::Bundle</name>
    <message>
        <source>no file name given for the bundle</source>
        <translation>バンドルのファイル名が指定されていません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 はファイル名ではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 に書き込めません: フォルダー %2 が存在しません</translation>
    </message>
    <message>
        <source>the report has no valid reference code</source>
        <translation>レポートに有効な参照コードがありません</translation>
    </message>
    <message>
        <source>The server&apos;s certificates (%1 PEM files) are not in this redacted bundle: a certificate carries its subject and issuer names, which cannot be replaced without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report identify it.</source>
        <translation>サーバーの証明書 (PEM ファイル %1 個) は、この匿名化されたバンドルには含まれていません。証明書にはサブジェクト名と発行者名が含まれており、署名を壊さずにこれらを置き換えることはできないためです。証明書は、レポートに記載されている SHA-1 と SHA-256 の拇印で識別できます。</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 bytes)</source>
        <translation>%1 はバンドルに含めるには大きすぎます (%2 バイト)</translation>
    </message>
    <message>
        <source>the bundle&apos;s files are too large together (%1 bytes)</source>
        <translation>バンドルのファイルの合計サイズが大きすぎます (%1 バイト)</translation>
    </message>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>zip アーカイブを作成できません: %1</translation>
    </message>
    <message>
        <source>the bundle is too large (%1 bytes)</source>
        <translation>バンドルが大きすぎます (%1 バイト)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not written completely</source>
        <translation>%1 に書き込めません: ファイルが最後まで書き込まれませんでした</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 が存在しません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle (%2 bytes, at most %3)</source>
        <translation>%1 は検出結果バンドルとしては大きすぎます (%2 バイト、上限は %3 バイト)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle</source>
        <translation>%1 は検出結果バンドルとしては大きすぎます</translation>
    </message>
    <message>
        <source>too large for a findings bundle</source>
        <translation>検出結果バンドルとしては大きすぎます</translation>
    </message>
    <message>
        <source>not a valid findings bundle: %1</source>
        <translation>有効な検出結果バンドルではありません: %1</translation>
    </message>
    <message>
        <source>not a findings bundle: it has no manifest.json</source>
        <translation>検出結果バンドルではありません: manifest.json がありません</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json が大きすぎます</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the bundle has format %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>このバンドルの形式は %1 で、新しいバージョンの rdpdiag で作成されています。このバージョンで読み取れるのは %2 です</translation>
    </message>
    <message>
        <source>not a findings bundle (manifest schema &quot;%1&quot;)</source>
        <translation>検出結果バンドルではありません (マニフェストのスキーマ「%1」)</translation>
    </message>
    <message>
        <source>manifest.json has no valid file list</source>
        <translation>manifest.json に有効なファイル一覧がありません</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry (&quot;%1&quot;)</source>
        <translation>manifest.json に無効なエントリがあります (「%1」)</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest: the bundle was changed</source>
        <translation>%1 はバンドル内にありますが、マニフェストに記載されていません: バンドルが変更されています</translation>
    </message>
    <message>
        <source>the manifest lists %1, but the bundle lacks it</source>
        <translation>マニフェストには %1 が記載されていますが、バンドルにありません</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3: the bundle was changed or damaged</source>
        <translation>%1 は %2 バイトですが、マニフェストでは %3 バイトとなっています: バンドルが変更されたか、破損しています</translation>
    </message>
    <message>
        <source>%1 expands %2 times: not a findings bundle (a zip bomb?)</source>
        <translation>%1 は展開すると %2 倍になります: 検出結果バンドルではありません (zip 爆弾の可能性があります)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest: the bundle was changed or damaged</source>
        <translation>%1 がマニフェスト内の SHA-256 と一致しません: バンドルが変更されたか、破損しています</translation>
    </message>
    <message>
        <source>environment.json is not a JSON object</source>
        <translation>environment.json が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the bundle has no report.json</source>
        <translation>バンドルに report.json がありません</translation>
    </message>
    <message>
        <source>manifest.json and report.json name different runs</source>
        <translation>manifest.json と report.json に記載されている実行が一致しません</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>zip アーカイブではありません (短すぎます)</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>zip アーカイブではありません (セントラル ディレクトリの終端レコードがありません)</translation>
    </message>
    <message>
        <source>zip64 archives are not findings bundles</source>
        <translation>zip64 アーカイブは検出結果バンドルではありません</translation>
    </message>
    <message>
        <source>multi-part zip archives are not findings bundles</source>
        <translation>分割された zip アーカイブは検出結果バンドルではありません</translation>
    </message>
    <message>
        <source>too many files in the archive (%1, at most %2)</source>
        <translation>アーカイブ内のファイルが多すぎます (%1 個、上限は %2 個)</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged</source>
        <translation>アーカイブのセントラル ディレクトリが破損しています</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>zip アーカイブが破損しています (%1)</translation>
    </message>
    <message>
        <source>damaged zip archive (entry %1 unreadable)</source>
        <translation>zip アーカイブが破損しています (エントリ %1 を読み取れません)</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: &quot;%1&quot;</source>
        <translation>アーカイブ内に安全でないファイル名があります: 「%1」</translation>
    </message>
    <message>
        <source>the archive holds &quot;%1&quot; twice</source>
        <translation>アーカイブに「%1」が 2 つ含まれています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>「%1」は暗号化されています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported compression method</source>
        <translation>「%1」はサポートされていない圧縮方式を使っています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes declared, at most %3)</source>
        <translation>「%1」が大きすぎます (宣言されたサイズは %2 バイト、上限は %3 バイト)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2)</source>
        <translation>「%1」を読み取れません (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2)</source>
        <translation>「%1」は破損しています (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inflates to more than its declared %2 bytes</source>
        <translation>「%1」は展開すると、宣言されたサイズ %2 バイトを超えます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2 bytes instead of %3)</source>
        <translation>「%1」は破損しています (%3 バイトのはずが %2 バイトです)</translation>
    </message>
    <message>
        <source>the bundle was not written because it would not open again: %1</source>
        <translation>再び開けないため、バンドルは書き込まれませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>不明な検出結果コード %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>rdpdiag の不具合です。カタログにこのコードが定義されていません。このレポートを添えてご報告ください。</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>このコンピューターからポートをテストします (Windows)。「TcpTestSucceeded : True」と表示されれば、接続を開くことができています。</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>macOS または Linux での同じテストです。「succeeded」または「open」と表示されれば、接続を開くことができています。</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>リモート コンピューターで、リモート デスクトップ関連のサービスが実行中 (Status: Running) であることを確認します。</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>管理者として、リモート コンピューターのリモート デスクトップ サービスを再起動します。そのコンピューター上のリモート セッションはすべて終了するため、コンソールから実行するか、接続が切断されることを想定しておいてください。</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>リモート デスクトップのリスナーが準備できていることを確認します。「rdp-tcp」の行の状態が「Listen」になっている必要があります。</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>ポート {port} で待ち受けているものを確認します。「LISTENING」の行のうち、最後の数値 (プロセス ID) が TermService に表示される PID と一致するものがあるはずです。ルーターが別のポートをこのコンピューターに転送している場合は、代わりにそのポートを使ってください。</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>リモート デスクトップが待ち受けているポートを確認します。値は 16 進数で表示されます。0xd3d が既定の 3389 です。</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>リモート デスクトップのリスナーのセキュリティ設定を読み取ります。通常の値は、SecurityLayer 1 (ネゴシエート) または 2 (TLS)、UserAuthentication 1 (NLA が必須)、MinEncryptionLevel 2 または 3、MaxInstanceCount -1 (制限なし。PowerShell では 0xffffffff が -1 と表示されます) です。SecurityLayer 2 は MinEncryptionLevel 1 と組み合わせると動作しません。</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>リスナーのセキュリティ層を確認します。0x0 = 標準 RDP セキュリティのみ、0x1 = ネゴシエート、0x2 = TLS が必須です。</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>TLS を必須にします。管理者として SecurityLayer を 2 に設定し、リモート デスクトップ サービスを再起動してください。TLS には正常に使える証明書が必要です。変更後に接続できなくなった場合は、証明書に関する検出結果の手順に従ってください。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>グループ ポリシーでセキュリティ層が設定されているかどうかを確認します ([リモート (RDP) 接続に特定のセキュリティ層の使用を必要とする])。この値が存在する場合はリスナーの設定より優先されるため、代わりにポリシーを変更してください。</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>リスナーの NLA 設定を確認します。UserAuthentication が 0x1 であれば、ネットワーク レベル認証が必須になっています。</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>ネットワーク レベル認証を必須にします (管理者として実行)。NLA を使うには、SecurityLayer が 1 または 2 である必要もあります。</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>リモート コンピューターで、証明書の問題を裏付けるイベントを探します。対象は Schannel 36870 (TLS の秘密キーにアクセスできない) または 36871 (TLS の資格情報を作成できない)、およびリモート デスクトップ 1057 または 1058 (自己署名証明書を作成または更新できなかった) です。「No events were found」(日本語版 Windows では「指定された選択条件に一致するイベントが見つかりませんでした」) と表示された場合、これらが原因である可能性は低くなります。</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>wevtutil を使った同じ確認です。過去 24 時間の Schannel イベント 36870 を表示します。</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>変更を加える前に、MachineKeys フォルダーのアクセス許可をバックアップします。Windows はこのフォルダーに、コンピューターの証明書の秘密キーを保存しています。後で変更を元に戻すには、次のコマンドを実行します: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>フォルダーのアクセス許可を表示します。Administrators にはフル コントロール (F)、Everyone にはフォルダー自体に対する読み取りと書き込みのアクセス権が必要です。エントリが欠けている場合や、「Access is denied」(日本語版 Windows では「アクセスが拒否されました。」) と表示される場合は、アクセス許可が壊れています。</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>アクセス許可が壊れている場合は、まず Administrators グループをフォルダーとその中のキー ファイルの所有者にします (管理者として実行)。</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>次に、SYSTEM (S-1-5-18) と Administrators (S-1-5-32-544) にフル コントロールを、NETWORK SERVICE (S-1-5-20) に読み取りアクセスを付与します。数値の ID はどの言語の Windows でも使えます。その後、リモート デスクトップ サービスを再起動してください。</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>リモート デスクトップの自己署名証明書を更新します。証明書を削除してサービスを再起動すると、新しい証明書が作成されます (イベント 1056)。この操作により、そのコンピューター上のリモート セッションはすべて終了します。</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>リモート デスクトップ用に特定の証明書が選択されているかどうかを確認します。この値が存在する場合、その証明書が秘密キーと共に、コンピューターの「個人」ストアに残っている必要があります。</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>リモート デスクトップで使用できる証明書を一覧表示します。選択されている証明書 (または自己署名証明書) で、HasPrivateKey が True、NotAfter が将来の日付になっている必要があります。</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>選択された証明書が存在しないか使用できない場合は、この設定を削除してリモート デスクトップが自己署名証明書を使うように戻し、リモート デスクトップ サービスを再起動します。</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>リモート コンピューターで、提示された証明書 (拇印 {thumbprint}) を探し、その名前、有効期間、用途を表示します。何も出力されない場合、サーバーはこれらのストアにない証明書を送信しています。目的のコンピューターに接続できているかどうかを確認してください。</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>リモート コンピューターで、リモート デスクトップが実際に使っている証明書の拇印を表示します。これは {thumbprint} である必要があります。異なる場合は、途中で別のデバイスが応答しています (通信の傍受、または別のコンピューター)。この証明書は受け入れないでください。</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>証明書が組織の証明機関 (CA) から発行されたものである場合は、新しい証明書 (RSA 2048 ビット以上、SHA-256、用途は [サーバー認証]、クライアントが使う名前を含むもの) を発行してもらい、コンピューターの「個人」ストアにインストールして、リモート デスクトップ用に選択します。選択には、たとえばグループ ポリシー [サーバー認証証明書テンプレート] を使用できます。</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>他の方法では接続できないクラウドの仮想マシンの場合: リモート デスクトップではなく、クラウドのコンソールから修正を実行します。Azure では、VM の [コマンドの実行] &gt; ResetRDPCert、またはシリアル コンソールを使います。Azure CLI を使う場合は、先に VM と RG に VM の名前とリソース グループを設定してください。ResetRDPCert は SecurityLayer 0 と MinEncryptionLevel 1 も設定するため、セキュリティが低下します。実行後に元に戻してください (次の手順)。</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>ResetRDPCert の実行後や、セキュリティを下げてテストした後は、リスナーを安全な値に戻します。TLS を必須 (SecurityLayer 2)、暗号化をクライアント互換 (MinEncryptionLevel 2) に設定し、リモート デスクトップ サービスを再起動してください。</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>サーバーに問題がないように見える場合は、ここからサーバーまでの間にあるファイアウォール、VPN、または侵入防止システム (IPS) が、リモート デスクトップ接続を遮断している可能性があります。サーバーと同じネットワーク上のコンピューターからテストし、途中にあるデバイスのログを確認してください。</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>リモート コンピューターで Schannel のイベントを確認します。36874 (クライアントと共通の暗号スイートがない)、36888 (サーバーが致命的なアラートを送信した。アラート番号はメッセージに記載されています)、36871 (TLS の資格情報を作成できなかった。TLS のバージョンが無効にされていることが多い) です。</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>レジストリで有効または無効にされている TLS のバージョンを表示します。「TLS 1.2\Server」の下で Enabled が 0x0、または DisabledByDefault が 0x1 の場合、TLS 1.2 は無効です。エントリがない場合は Windows の既定値が使われます。</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>サーバー側で TLS 1.2 を有効にします (管理者として実行)。Windows はこの設定を起動時にしか読み込まないため、その後コンピューターを再起動してください。</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>新しい TLS 設定を有効にするため、リモート コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>Windows Server 2008 R2 または Windows 7 では、リモート デスクトップで TLS 1.1 と 1.2 を使うには更新プログラム KB3080079 が必要です。それより古いバージョンの Windows はこの方法では修正できないため、アップグレードしてください。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>グループ ポリシーで暗号スイートの一覧が設定されているかどうかを確認します ([SSL 暗号の順位])。この値が存在する場合は Windows の既定値が置き換えられるため、TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 や TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 など、リモート デスクトップ クライアントが使う暗号スイートが含まれている必要があります。</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>リモート コンピューターが提供している暗号スイートを一覧表示します (Windows 10、Windows Server 2016 以降)。</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>xrdp を使っている Linux サーバーで、サービスが実行中で、ポート {port} で待ち受けていることを確認します。</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>xrdp サーバーで、ログの末尾を確認します。「Error loading TLS certificate chain」、「ee key too small」、「Permission denied」のいずれかがある場合は、証明書またはそのキー ファイルを使用できません。</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>xrdp サーバーで、セキュリティ設定を表示します。certificate と key_file が空の場合は、/etc/xrdp/cert.pem と /etc/xrdp/key.pem が使われます。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>Debian または Ubuntu では、xrdp はユーザー xrdp として実行されます。既定のキー ファイルを読み取るには、このユーザーが ssl-cert グループに属している必要があります。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>Debian または Ubuntu で、xrdp がシステムの既定の証明書 (snakeoil) を使っている場合は、新しい証明書 (RSA 2048 ビット、SHA-256) を作成して xrdp を再起動します。既定の証明書を使っている他のサービスにも、新しい証明書が使われるようになります。</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>xrdp サーバーで、証明書の名前、有効期限、SHA-1 フィンガープリントを表示します。フィンガープリントは {thumbprint} と一致する必要があります (openssl では 2 桁ごとにコロンで区切って表示されます)。</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>xrdp サーバーで、TLS 1.2 と 1.3 のみを許可して、xrdp を再起動します。</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>このコンピューターの時計をタイム サーバーと比較します。ずれは秒単位で表示されます。</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>このコンピューターの時計を今すぐ同期します (管理者として実行)。</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>Linux で時計を確認します。「System clock synchronized: yes」と表示されている必要があります。</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>Linux で、時刻の自動同期を有効にします。</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>macOS で、Apple のタイム サーバーから時計を設定します。</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>リモートの Windows コンピューターで、時刻の取得元 (ドメインではドメイン コントローラー) を表示し、時刻を同期します。</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>このコンピューターから DNS に名前を問い合わせて (Windows)、応答またはエラー メッセージを書き留めます。</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>名前やそのアドレスが最近変わった場合は、このコンピューターの DNS キャッシュをクリアしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>コンピューター名が DNS に存在しません</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>コンピューター名をネットワーク アドレスに変換するサービスである DNS から、{host} というコンピューターは存在しないという応答がありました。そのため、接続を開始することすらできません。通常は、名前のつづりが間違っている、ドメイン部分が欠けている、またはこのコンピューターが接続していない社内ネットワークの中にしか名前が存在しない (VPN がオフになっている場合など) ことが原因です。リモート デスクトップ クライアントでは、エラー コード 0x104 または 0x208 として報告されます。</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>{host} のつづりを確認してください。短いコンピューター名の場合は、ドメインを含む完全な名前 (pc01.corp.example.com など) か、コンピューターの IP アドレスをお試しください。</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>コンピューターが社内ネットワークにある場合は、まず VPN に接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The same question with nslookup (Windows).</source>
        <translation>nslookup を使った同じ問い合わせです (Windows)。</translation>
    </message>
    <message>
        <source>On Linux, resolve the name the way applications do.</source>
        <translation>Linux で、アプリと同じ方法で名前を解決します。</translation>
    </message>
    <message>
        <source>On macOS, resolve the name the way applications do.</source>
        <translation>macOS で、アプリと同じ方法で名前を解決します。</translation>
    </message>
    <message>
        <source>If the name should exist, ask the network administrator to add it to DNS. A Windows computer in a domain registers its own name again with this command, run on the remote computer.</source>
        <translation>名前が存在するはずの場合は、ネットワーク管理者に DNS への追加を依頼してください。ドメインに参加している Windows コンピューターでは、リモート コンピューター上でこのコマンドを実行すると、自身の名前が再登録されます。</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>コンピューター名を解決できませんでした</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>このコンピューターは DNS に {host} のアドレスを問い合わせましたが、有効な応答を得られませんでした。DNS サーバーが時間内に応答しなかったか、エラーを返しました。通常は、このコンピューターで使える DNS サーバーがない (ネットワークに接続されていない、Wi-Fi で先にサインインが必要、VPN によって DNS 設定が変更された) か、社内の DNS サーバーが停止していることが原因です。リモート デスクトップ クライアントでは、エラー コード 0x104、0x508、または 0x604 として報告されます。</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>Web ページを開いて、このコンピューターがオンラインであることを確認してください。ホテル、空港、ゲスト用の Wi-Fi では、先にネットワークのサインイン ページで手続きを済ませてください。</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>このコンピューターが使っている DNS サーバーを表示します (Windows)。VPN に接続している場合は、VPN のアダプターに VPN の DNS サーバーが表示されているはずです。</translation>
    </message>
    <message>
        <source>On Linux with systemd-resolved, show the DNS servers in use.</source>
        <translation>systemd-resolved を使っている Linux で、使用中の DNS サーバーを表示します。</translation>
    </message>
    <message>
        <source>On macOS, show the DNS servers in use.</source>
        <translation>macOS で、使用中の DNS サーバーを表示します。</translation>
    </message>
    <message>
        <source>As a workaround, connect to the computer&apos;s IP address instead of its name (its administrator knows it); expect a certificate name warning then.</source>
        <translation>回避策として、名前の代わりにコンピューターの IP アドレス (そのコンピューターの管理者が把握しています) に接続します。その場合、証明書の名前に関する警告が表示されることがあります。</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>リモート デスクトップのポートで待ち受けているプログラムがありません</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>{address} のリモート コンピューターには到達できますが、ポート {port} への接続が拒否されました。このポートで接続を受け付けるプログラムがありません。通常は、リモート デスクトップが無効になっているかサービスが停止している、別のポートで待ち受けている、または指定したコンピューターやポートが間違っていることが原因です (一部のファイアウォールも、この方法で接続を拒否します)。リモート デスクトップ クライアントでは、エラー コード 0x204 として報告されます。</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>ポートを確認してください。管理者が変更していない限り、リモート デスクトップはポート 3389 を使います。別のポートの場合は、{host}:3390 のように、名前の後にコロンとポート番号を付けて接続します。</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>リモート コンピューターで、リモート デスクトップが許可されていることを確認します。fDenyTSConnections が 0x0 である必要があります。</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>リモート デスクトップを有効にします (管理者として実行。[設定] &gt; [システム] &gt; [リモート デスクトップ] でも同じ操作ができます)。自動的に無効に戻る場合は、グループ ポリシーで制御されています。ドメインの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>Linux サーバーで xrdp を起動し、システムの起動時に自動的に開始されるように設定します。</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>リモート デスクトップのポートから応答がありません</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>{address} のポート {port} への接続試行に対して、制限時間内にまったく応答がありませんでした。通常は、ファイアウォールが通知なしに通信を破棄しています。たとえば、リモート コンピューターの Windows Defender ファイアウォール、社内のファイアウォール、ポート転送が設定されていないルーター、クラウドのセキュリティ グループなどです。リモート コンピューターの電源が切れているか、スリープ状態になっている可能性もあります。リモート デスクトップ クライアントでは、エラー コード 0x204 または 0x108 として報告されます。</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>リモート コンピューターの電源が入っていてスリープ状態でないこと、また接続に VPN が必要な場合は VPN に接続されていることを確認してください。</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>コマンド プロンプトから netsh を使って、同じ操作を行います。</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>リモート コンピューターがクラウドの仮想マシン (Azure、AWS、Google Cloud) の場合は、そのネットワーク セキュリティ グループまたはファイアウォール規則で、お使いのパブリック アドレスから TCP ポート {port} への受信を許可する必要があります。Azure では、Network Watcher の [IP フロー検証] で、どの規則が通信を破棄しているかを確認できます。</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>ファイアウォールがリモート デスクトップをブロックしているクラウドの仮想マシンの場合: 代わりにクラウドのコンソールからファイアウォールのコマンドを実行します (Azure では [コマンドの実行] &gt; RunPowerShellScript、またはシリアル コンソール)。Azure CLI を使う場合は、先に VM と RG に VM の名前とリソース グループを設定してください。</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>自宅やオフィスのルーターを経由してインターネットから接続する場合は、ルーターで TCP ポート {port} をそのコンピューターに転送する必要があります。インターネット全体に公開されたリモート デスクトップは、パスワード推測攻撃の標的になります。VPN またはリモート デスクトップ ゲートウェイを使う方が安全です。</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>リモート コンピューターへのネットワーク経路がありません</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>{address} への接続試行を届けることができませんでした。コンピューターまたはそのネットワークに到達できないと、ネットワークから通知されました。通常は、このコンピューターが正しいネットワークに接続されていない (VPN がオフ、別の Wi-Fi に接続している)、アドレスが VPN 経由でしか到達できないプライベート ネットワークのものである、または途中のルーターが通信を拒否していることが原因です。リモート デスクトップ クライアントでは、エラー コード 0x204 として報告されます。</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>リモート コンピューターが属しているネットワーク (社内の VPN など) に接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>このコンピューターが {address} への通信に使う経路とネットワーク アダプターを表示します (Windows)。エラーになる場合は、経路がありません。</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>経路をたどります (Windows)。最後に応答したルーターの位置で、通信が止まっています。</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>macOS または Linux で経路をたどります。</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>接続の確立に時間がかかっています</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>{address} への接続はできますが、1 回の接続の確立に 150 ms を超える時間がかかりました (複数回の試行の中央値)。この場合、リモート デスクトップの操作が重く感じられ、パケットの損失も起きている低速な回線ではセッションが切断されることがあります (エラー コード 0x904、拡張コード 0x0)。主な原因は、距離が遠い、VPN が通信を遠回りさせている、Wi-Fi やモバイル回線が混雑している、などです。</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>往復時間とパケット損失を測定します (Windows)。ping に応答しないサーバーもあります。その場合は、接続にかかる時間だけが目安になります。</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>macOS または Linux で同じ操作を行います。</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>遅延や損失が始まる場所を調べます (Windows。数分かかります)。</translation>
    </message>
    <message>
        <source>Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic can take a shorter path (split tunnelling) or a closer VPN gateway.</source>
        <translation>できるだけ有線接続か、より強い Wi-Fi 信号を使ってください。VPN を使っている場合は、この通信をより短い経路 (スプリット トンネリング) や、より近い VPN ゲートウェイで通せないか確認してください。</translation>
    </message>
    <message>
        <source>In the Remote Desktop client, let it detect the connection quality or choose a lower connection speed, so that less data is sent.</source>
        <translation>リモート デスクトップ クライアントで、接続品質を自動検出するように設定するか、より低い接続速度を選択して、送信されるデータ量を減らします。</translation>
    </message>
    <message>
        <source>Some connection attempts failed</source>
        <translation>一部の接続試行が失敗しました</translation>
    </message>
    <message>
        <source>Of several connection attempts to {address} on port {port}, some failed while others worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), a load balancer or router with one bad path, or a server or firewall that limits how many new connections it accepts. Users see connections that work one time and fail with 0x204 or 0x904 the next.</source>
        <translation>{address} のポート {port} への複数回の接続試行のうち、一部が失敗し、残りは成功しました。失敗が断続的に起こる場合は、不安定な回線 (Wi-Fi、モバイル、VPN)、経路の 1 つに問題があるロード バランサーやルーター、または新しい接続の受け付け数を制限しているサーバーやファイアウォールが考えられます。ユーザーからは、接続できたりできなかったりして、0x204 や 0x904 で失敗するように見えます。</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>接続テストを 20 回繰り返します (Windows)。「False」が 1 つ表示されるごとに、1 回失敗しています。</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>失敗が特定のネットワーク (Wi-Fi、VPN) で起こる場合は、別のネットワークをお試しください。特定の時間帯に起こる場合は、サーバーやファイアウォールの負荷を疑ってください。</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>リモート コンピューターで、システム イベント ログにイベント 1006 (不完全な接続が多数ある) がないか確認します。このイベントは、サーバーが大量の接続から自身を守っていることを示します。ポート {port} がインターネットに公開されている場合、インターネット上のスキャナーが原因であることがよくあります。</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>リスナーの接続数の上限を確認します。MaxInstanceCount は 0xffffffff (制限なし) である必要があります。</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>ロード バランサーやルーターがこの名前を複数のサーバーで共有している場合は、各サーバーを直接テストしてください。そのうちの 1 台が停止している可能性があります。</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>このコンピューター自身のファイアウォールがリモート デスクトップのポートをブロックしています</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>このコンピューターのファイアウォールの規則によって、ポート {port} への送信接続が破棄または拒否されているため、接続がこのコンピューターから外に出ていません。このような規則は、会社のセキュリティ ポリシーやセキュリティ ソフトウェアによるもの、または手動で追加されたものです。この場合、リモート コンピューターにはまったく問題がなくても、リモート デスクトップ クライアントではエラー コード 0x204 またはタイムアウトが報告されます。</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>Windows で、ポート {port} への送信接続をブロックしている、有効なファイアウォール規則を一覧表示します。</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>規則が組織によるもの (グループ ポリシーやセキュリティ ソフトウェア) である場合は、{host} へのリモート デスクトップ接続を許可するよう IT 部門に依頼してください。ファイアウォールは無効にしないでください。</translation>
    </message>
    <message>
        <source>On Linux, list the firewall rules that mention port {port}.</source>
        <translation>Linux で、ポート {port} に関係するファイアウォール規則を一覧表示します。</translation>
    </message>
    <message>
        <source>On Linux with ufw, show the active rules.</source>
        <translation>ufw を使っている Linux で、有効な規則を表示します。</translation>
    </message>
    <message>
        <source>On Linux with ufw, allow outgoing connections to port {port}.</source>
        <translation>ufw を使っている Linux で、ポート {port} への送信接続を許可します。</translation>
    </message>
    <message>
        <source>On macOS the built-in firewall only filters incoming connections; look for outgoing rules in installed security or firewall software.</source>
        <translation>macOS の組み込みファイアウォールは受信接続のみをフィルターします。送信の規則は、インストールされているセキュリティ ソフトウェアやファイアウォール ソフトウェアで確認してください。</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>セキュリティのネゴシエーション中にサーバーが接続をリセットしました</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>リモート コンピューターは接続を受け付けましたが、このコンピューターがセキュリティのネゴシエーションを要求した直後に、何も応答せずに突然接続を切断しました (リセット)。これはエラー コード 0x904 (拡張コード 0x7) の典型的なパターンで、サーバーは呼び出しに応じた後、ハンドシェイクが完了する前に接続を切断しています。最も多い原因は、サーバーのリモート デスクトップ証明書またはその秘密キーが使用できないこと (Windows がコンピューターの秘密キーを保管するフォルダーのアクセス許可の誤り、証明書ストアの破損) です。それより少ないのは、セキュリティ設定の不一致や、ファイアウォールまたは侵入防止システムによる接続の遮断です。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>リモート コンピューターは接続を受け付けましたが、このコンピューターがセキュリティのネゴシエーションを要求した直後に、何も応答せずに接続を閉じました。リセットの場合と同様に、通常はエラー コード 0x904 (拡張コード 0x7) として表示されます。よくある原因は、リモート デスクトップ サービスが新しい接続を拒否している (開始中、停止中、または過負荷)、証明書やセキュリティ設定が使用できない、またはポートの転送先が、接続は受け付けるものの正常なリモート デスクトップ サーバーではないデバイスである (電源の切れたコンピューターへのポート転送など)、のいずれかです。</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>ルーター、ロード バランサー、またはプロキシがポートを転送している場合は、転送先が正しいコンピューターであること、そしてそのコンピューターが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>サーバーがセキュリティのネゴシエーションに時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>ポート {port} への接続は受け付けられましたが、リモート デスクトップのネゴシエーション要求に対する完全な応答が時間内に届きませんでした。通常は、ポートの接続先が、接続は受け付けるもののリモート デスクトップのプロトコルを使わないもの (転送先が停止しているプロキシやポート転送、別のプロトコルを待っているリモート デスクトップ ゲートウェイや Web サービス) であるか、サーバーのリモート デスクトップ サービスが応答しなくなっています。クライアントは待機した後に失敗し、通常はエラー コード 0x904、0x108、または 0x704 が表示されます。</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>{port} がリモート デスクトップそのもののポートであることを確認してください。リモート デスクトップ ゲートウェイ (通常はポート 443) は、接続先のコンピューターとしてではなく、クライアントの詳細設定でゲートウェイとして入力します。</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>ルーター、ロード バランサー、またはプロキシがポートを転送している場合は、転送先のコンピューターが稼働していて、転送元から到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>このポートでリモート デスクトップ以外のものが応答しています</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>{address} のポート {port} で応答しているプログラムは、リモート デスクトップ サーバーではありません。その応答は、SSH や Web サーバーなど、別のサービスのもののようです (証拠データに先頭のバイトが示されています)。通常は、ポート番号が間違っているか、ルーターがポートを別のコンピューターやサービスに転送しています。リモート デスクトップ クライアントでは、エラー コード 0x904 などの一般的な失敗としてしか報告されません。</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>サーバーの管理者にポートを確認してください。リモート デスクトップは通常 3389 を使います。ポート 22 は SSH、ポート 80 と 443 は Web サービスかリモート デスクトップ ゲートウェイです。ゲートウェイは、接続先のコンピューターとしてではなく、クライアントの設定でゲートウェイとして入力します。</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>リモートの Windows コンピューターで、ポート {port} で待ち受けているプログラムを表示します。</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>Linux サーバーで、ポート {port} で待ち受けているプログラムを表示します。</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>ルーターがポートを転送している場合は、転送先が正しいコンピューターの、リモート デスクトップのポートになっていることを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>セキュリティのネゴシエーションに対するサーバーの応答が壊れています</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>リモート コンピューターはリモート デスクトップの形式で応答しましたが、その内容はネゴシエーション要求に対する有効な応答ではありません (種類、長さ、またはフィールドが正しくありません。バイト列は証拠データにあります)。リモート デスクトップ サーバー ソフトウェアの不具合や特殊な実装、またはネットワーク経路上で通信を改変しているデバイスが考えられます。クライアントは接続をあきらめ、通常はエラー コード 0x904 またはプロトコル エラーが表示されます。</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>可能であれば、プロキシ、ロード バランサー、セキュリティ デバイスを間に挟まずに直接接続して、もう一度テストを実行してください。</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>リモート デスクトップ サーバー ソフトウェア (Windows の更新プログラム、xrdp、またはリモート デスクトップに組み込まれるリモート アクセス ソフトウェア) を更新し、そのログを確認してください。</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>このレポートを、証拠データのバイト列と共に、サーバー ソフトウェアのベンダーに送ってください。</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>サーバーは古い標準 RDP セキュリティしか提供していません</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>リモート コンピューターは、TLS を使わない本来のリモート デスクトップ暗号化である標準 RDP セキュリティしか許可していません。TLS を拒否するか、TLS を要求しても古い方式を選択します。最近の多くのクライアントは、サーバーの ID を証明できないこの方式を拒否するため、接続に失敗し、多くの場合エラー コード 0x904 が表示されます。Windows では SecurityLayer 0、xrdp では security_layer=rdp の設定がこれに当たります。</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>xrdp サーバーで security_layer=negotiate を設定し、xrdp を再起動します (標準 RDP セキュリティを完全に拒否するには、negotiate の代わりに tls を使います)。</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>接続するために、このコンピューターのセキュリティ設定を下げないでください。変更が必要なのはサーバー側の設定です。</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>サーバーに、セキュリティで保護された接続に使える証明書がありません</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the folder where Windows keeps the computer&apos;s private keys, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>リモート コンピューターは、有効な証明書がないため TLS を開始できないと応答しました (SSL_CERT_NOT_ON_SERVER)。通常、Windows はリモート デスクトップ用の自己署名証明書を自動的に作成するため、その作成または読み取りに失敗しています。最も多い原因は、Windows がコンピューターの秘密キーを保管するフォルダーのアクセス許可の誤りによって秘密キーを読み取れないこと、証明書ストアの破損、またはリモート デスクトップ用に選択されていた証明書の削除です。クライアントでは、エラー コード 0x904 (拡張コード 0x7) またはセキュリティ エラーとして表示されます。</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>要求したセキュリティ プロトコルの組み合わせに矛盾があるとして、サーバーに拒否されました</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>リモート コンピューターは、ネゴシエーションに INCONSISTENT_FLAGS で応答しました。要求されたセキュリティ プロトコルの組み合わせが、すでに有効になっているものと矛盾していると判断しています。これはまれなケースで、通常はサーバー ソフトウェアの不具合か、途中にあるデバイスがネゴシエーションを書き換えていることを示します。クライアントは処理を続行できず、エラー コード 0x904 などの一般的な失敗として報告します。</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>もう一度テストを実行してください。結果が変わらない場合は、プロキシやロード バランサーを挟まない別のネットワークからテストしてください。</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>サーバーのリモート デスクトップ ソフトウェアについて、保留中の更新プログラムをインストールしてください。それでも問題が解決しない場合は、このレポートをそのベンダーに送ってください。</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>サーバーは TLS による暗号化を必須にしています</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>リモート コンピューターは古い標準 RDP セキュリティを拒否し、TLS で保護された接続のみを受け付けます (SSL_REQUIRED_BY_SERVER)。これは推奨される設定で、最新のリモート デスクトップ クライアントはすべて対応しています。接続できないのは、非常に古いクライアントだけです。</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>最新のクライアントでは変更は不要です。古いクライアントで接続できない場合は、サーバーのセキュリティを下げるのではなく、クライアントを更新してください。</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>サーバーはネットワーク レベル認証 (NLA) を必須にしています</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>リモート コンピューターは、セッションの開始前にネットワーク レベル認証 (CredSSP、応答は HYBRID_REQUIRED_BY_SERVER) でサインインするクライアントだけを受け付けます。これは Windows の安全な既定の設定です。クライアントで NLA が有効になっていて、資格情報が有効である必要があります。また、ドメイン アカウントの場合は、リモート コンピューターがドメイン コントローラーに到達できる必要があります。そうでない場合、サインインはネットワーク エラーではなく認証エラーで失敗します。</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>クライアントで NLA が有効になっていることを確認してください。.rdp ファイルに enablecredsspsupport:i:0 という行があると、NLA は無効になります。この行を enablecredsspsupport:i:1 に変更するか、削除してください。</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>そのコンピューターでリモート デスクトップを使用できるアカウント (Remote Desktop Users または Administrators のメンバー) で、DOMAIN\user または user@domain の形式でサインインしてください。</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>リモート コンピューターがドメイン コントローラーに到達できないためにサインインが失敗する場合 (「The Local Security Authority cannot be contacted」、日本語版では「ローカル セキュリティ機関に接続できません」) に限り、NLA を一時的に無効にします。ポートに到達できる人なら誰でもサインイン画面を表示できるようになるため、セキュリティが低下します。ドメインへの接続が回復したら、すぐに /d 1 で再び有効にしてください。</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>サーバーはクライアント証明書を必須にしています</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>リモート コンピューターは、クライアントも証明書で自身の ID を証明する TLS 接続のみを受け付けます (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER)。これは一般的ではない設定です。rdpdiag はクライアント証明書を送信しないため、これ以上はテストできません。想定された証明書を持たないクライアントは接続できません。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>必要なクライアント証明書またはスマート カードをサーバーの管理者に確認し、このコンピューターにインストールしてください。</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>リモート コンピューターで、適用されているグループ ポリシー設定のレポートを保存して開き、クライアント認証を必須にしている設定を探します。</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>サーバーは安全でない標準 RDP セキュリティをまだ受け付けています</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>リモート コンピューターは、TLS に加えて、本来のリモート デスクトップ暗号化である標準 RDP セキュリティもまだ受け付けています。この方式ではサーバーの ID を証明できないため、ネットワーク経路上のデバイスがサーバーになりすまして、パスワードを含む入力内容を読み取るおそれがあります。接続が妨げられることはありませんが、この方式は無効にしてください。</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>ドメインでは、グループ ポリシー [コンピューターの構成] &gt; [管理用テンプレート] &gt; [Windows コンポーネント] &gt; [リモート デスクトップ サービス] &gt; [リモート デスクトップ セッション ホスト] &gt; [セキュリティ] &gt; [リモート (RDP) 接続に特定のセキュリティ層の使用を必要とする] を SSL に設定します。</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>xrdp サーバーで、TLS のみを受け付けるように設定して、xrdp を再起動します (正常に使える証明書が必要です)。</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>サーバーはネットワーク レベル認証 (NLA) を提供していません</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>リモート コンピューターは、ネットワーク レベル認証の基盤となるプロトコルである CredSSP を提供していません。NLA がないと、ポートに到達できる人なら誰でもサインイン画面を表示できるため、サーバーのリソースが消費され、パスワード推測攻撃やサインイン前の攻撃にさらされます。接続はできますが、Windows サーバーでは NLA を必須にしてください。</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 は NLA を提供していません。代わりに、ファイアウォール規則や VPN を使って、そのポートに到達できる相手を制限してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>このコンピューターの接続設定がサーバーのポリシーと一致しません</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>ここで使われた接続ファイル (.rdp) の設定では、リモート コンピューターの要件を満たせません。たとえば、サーバーはネットワーク レベル認証 (CredSSP) を必須にしているのに、ファイルではそれが無効になっています。サーバーには問題はありません。クライアントはエラー コード 0x904 または認証に関するメッセージを表示して、接続をあきらめます。.rdp ファイルで下記の行を変更すると解決します。</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>.rdp ファイルをテキスト エディター (メモ帳など) で開き、enablecredsspsupport:i:0 の行を enablecredsspsupport:i:1 に変更するか、削除してください。NLA は既定で有効です。</translation>
    </message>
    <message>
        <source>If the file contains negotiate security layer:i:0, change it to negotiate security layer:i:1 (the default), so that the client negotiates TLS and NLA with the server.</source>
        <translation>ファイルに negotiate security layer:i:0 が含まれている場合は、negotiate security layer:i:1 (既定値) に変更して、クライアントがサーバーと TLS および NLA をネゴシエートするようにします。</translation>
    </message>
    <message>
        <source>Save the file and connect again. If your IT department provides the file (for example through a Remote Desktop web feed), ask them to correct it there.</source>
        <translation>ファイルを保存して、もう一度接続してください。ファイルが IT 部門から提供されている場合 (リモート デスクトップの Web フィード経由など) は、提供元で修正するよう依頼してください。</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>TLS ハンドシェイク中にサーバーが接続をリセットしました</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>リモート コンピューターは TLS の使用に同意した後、安全な通信路が確立される前の TLS ハンドシェイクの途中で、突然接続をリセットしました。これは、エラー コード 0x904 (拡張コード 0x7) の典型的なパターンです。最も多い原因は、サーバーが証明書の秘密キーを使用できないこと (Windows がコンピューターの秘密キーを保管するフォルダーのアクセス許可の誤り、証明書ストアの破損) です。それより少ないのは、サーバーで TLS 1.2 や必要な暗号スイートが無効にされている場合や、ファイアウォールまたは侵入防止システムが TLS 接続を遮断している場合です。</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>TLS ハンドシェイク中にサーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong permissions on its private keys or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>リモート コンピューターは TLS の使用に同意しましたが、ハンドシェイクの途中で、エラー メッセージを送らずに接続を閉じました。リセットの場合と同様に、通常の原因は、サーバーが証明書または秘密キーを使用できないことです。Windows では秘密キーのアクセス許可の誤りや証明書ストアの破損、xrdp では読み取れないキー ファイルや、TLS ライブラリが拒否する証明書 (2048 ビット未満のキーなど) が考えられます。クライアントではエラー コード 0x904、Mac と iOS のアプリでは 0x4 または 0x2104 が報告されます。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>TLS ハンドシェイクが途中で止まりました</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>リモート コンピューターは TLS の使用に同意しましたが、ハンドシェイクが進まなくなり、時間切れになりました。特に VPN 経由の場合に考えられる原因は、フルサイズのパケットを通せない経路 (MTU ブラック ホール) です。小さなメッセージは届きますが、大きなパケットで送られるサーバーの証明書が届きません。過負荷のサーバーや、接続を保留するセキュリティ デバイスでも同じ症状になります。クライアントは接続の保護中 (「Securing connection」) の表示のまま待機した後に失敗し、多くの場合エラー コード 0x904 が表示されます。</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>フルサイズのパケットが通るかどうかをテストします (Windows)。データ 1372 バイトとヘッダー 28 バイトで 1400 バイトになります。通常の ping は成功するのに、「Packet needs to be fragmented」(日本語版 Windows では「パケットの断片化が必要ですが、DF が設定されています。」) と表示されるか応答がない場合は、MTU の問題が考えられます。</translation>
    </message>
    <message>
        <source>The same test on Linux.</source>
        <translation>Linux での同じテストです。</translation>
    </message>
    <message>
        <source>The same test on macOS.</source>
        <translation>macOS での同じテストです。</translation>
    </message>
    <message>
        <source>Show the MTU of this computer&apos;s network adapters, including the VPN adapter (Windows).</source>
        <translation>VPN アダプターを含む、このコンピューターのネットワーク アダプターの MTU を表示します (Windows)。</translation>
    </message>
    <message>
        <source>Try without the VPN or from another network to confirm.</source>
        <translation>確認のため、VPN を使わずに、または別のネットワークからお試しください。</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake with an alert</source>
        <translation>サーバーがアラートを送信して TLS ハンドシェイクを拒否しました</translation>
    </message>
    <message>
        <source>The remote computer ended the TLS handshake with an alert message; the evidence names it. Alert 40 (handshake failure) usually means the server and the client have no cipher suite in common, alert 70 (protocol version) no TLS version in common; other alerts point to a certificate or configuration error on the server. This typically follows TLS versions or cipher suites being switched off by a hardening script or Group Policy, and clients report error code 0x904 (extended code 0x7).</source>
        <translation>リモート コンピューターは、アラート メッセージを送信して TLS ハンドシェイクを終了しました。アラートの種類は証拠データに示されています。アラート 40 (handshake failure) は通常、サーバーとクライアントに共通の暗号スイートがないこと、アラート 70 (protocol version) は共通の TLS バージョンがないことを意味します。その他のアラートは、サーバーの証明書または構成のエラーを示します。このエラーは通常、セキュリティ強化スクリプトやグループ ポリシーによって TLS のバージョンや暗号スイートが無効にされた後に発生し、クライアントではエラー コード 0x904 (拡張コード 0x7) が報告されます。</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>サーバーが TLS 1.2 にも TLS 1.3 にも対応していません</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>リモート コンピューターは、最新のクライアントが想定している TLS 1.2 と TLS 1.3 のどちらでも TLS ハンドシェイクを完了できません。多くのクライアントは、TLS 1.0 や 1.1 をまったく受け付けなくなっています。原因は、古いサーバー (更新プログラムを適用していない Windows Server 2008 R2 以前) か、TLS 1.2 を無効にするレジストリ設定です。接続は保護の処理中に失敗し、通常はエラー コード 0x904 が表示されます。</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>サーバーは古い TLS 1.0 または TLS 1.1 をまだ受け付けています</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>リモート コンピューターは TLS 1.0 または TLS 1.1 をまだ受け付けています (どちらであるかは証拠データに示されています)。どちらのバージョンにも既知の脆弱性があり、すでに廃止されています。接続には影響しませんが、接続するすべてのクライアントが TLS 1.2 に対応したら、サーバーでは TLS 1.2 以降のみを受け付けるようにしてください。</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>古いバージョンを無効にする前に、すべてのクライアントが TLS 1.2 に対応していることを確認してください (Windows 7 のリモート デスクトップには更新プログラム KB3080079 が必要です)。この変更は、Web サーバーや SQL Server など、サーバー上で TLS を使う他のプログラムにも影響します。</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>サーバー側で TLS 1.0 と 1.1 を無効にし (管理者として実行)、コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>サーバーは弱い暗号化を受け付けています</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>リモート コンピューターは、弱い暗号スイート (RC4、3DES、NULL、EXPORT。証拠データに名前が示されています) を少なくとも 1 つ受け付けています。通信を記録した第三者にこのような暗号化を解読される可能性があり、NULL スイートはそもそも暗号化を行いません。接続はできますが、これらの暗号スイートは無効にしてください。</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>弱い暗号スイートを無効にします (Windows 10、Windows Server 2016 以降。管理者として実行)。</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>どのバージョンの Windows でも、Schannel 自体で弱い暗号を無効にし (管理者として、コマンド プロンプトから実行)、コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>xrdp サーバーで、強力な暗号スイートのみを許可して xrdp を再起動します (xrdp.ini に tls_ciphers の行がない場合は、[Globals] の下に tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 を追加します)。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>サーバーの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because Windows cannot write the computer&apos;s private keys (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、有効期限が過ぎています。クライアントは警告を表示し、接続を拒否するクライアントもあります。Windows はリモート デスクトップの自己署名証明書を自動的に更新するため、期限切れの証明書がある場合は更新に失敗しています。通常は、Windows がコンピューターの秘密キーに書き込めないことが原因です (イベント 1058)。証明機関から発行された証明書は、その管理者が更新する必要があります。</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>サーバー上の日付が正しく見える場合は、このコンピューターの日付と時刻を確認してください。時計が未来の時刻に設定されていると、有効な証明書も期限切れに見えます。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>サーバーの証明書はまだ有効になっていません</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、将来の日付から有効になります。ほとんどの場合、どちらかの時計がずれています。このコンピューターの時計が遅れているか、サーバーが証明書を作成したときにサーバーの時計が進んでいました。クライアントは警告を表示するか、接続を拒否します。また、時計がずれているとネットワーク レベル認証も失敗します。</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>両方の時計が正しく、証明書が自己署名証明書である場合は、証明書を更新してください。証明書を削除してサービスを再起動すると、新しい証明書が作成されます。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>サーバーの証明書の有効期限が 30 日以内に切れます</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、今後 30 日以内に有効期限が切れます。現時点では問題はありませんが、期限が切れると、クライアントが警告を表示したり接続を拒否したりするようになります。Windows はリモート デスクトップの自己署名証明書を自動的に更新しますが、証明機関から発行された証明書は期限までに更新する必要があります。</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>自己署名証明書の場合は、自動更新が機能していることを確認してください。更新の失敗はイベント 1057 または 1058 で報告され、通常は MachineKeys フォルダーのアクセス許可が原因です。</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>サーバーは自己署名証明書を使っています</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>リモート コンピューターの証明書 (拇印 {thumbprint}) は、Windows がリモート デスクトップで既定で行うように、コンピューター自身によって署名されています。クライアントは信頼できる証明機関でこの証明書を検証できないため、信頼するかどうかを確認するメッセージを表示します。一部のモバイル クライアントは、この処理にうまく対応できません。これは通常の状態ですが、受け入れる前に、クライアントに表示される拇印がサーバーのものであることを確認してください。</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>クライアントから確認を求められたら、表示された拇印を {thumbprint} と比較してください。一致する場合にのみ、証明書を受け入れて記憶させてください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>サーバーの証明書がこのコンピューターで信頼されていません</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、このコンピューターが信頼する証明機関にたどり着きません。通常は、会社独自の証明機関が発行した証明書で、そのルート証明書がこのコンピューターにインストールされていないか、サーバーが中間証明書を送信していません。クライアントは信頼するかどうかを確認するメッセージを表示します。拇印を確認してから受け入れてください。</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>証明書が組織の証明機関から発行されたものである場合は、そのルート証明書をこのコンピューターにインストールしてください (通常は、IT 部門がグループ ポリシーやデバイス管理を使って行います)。</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>証明書チェーンの中間証明書を、リモート コンピューターの「中間証明機関」ストアにインストールして、サーバーがチェーン全体を送信するようにします。</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>証明書が別の名前に対して発行されています</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>接続に使った名前 {host} は、証明書のサブジェクトにも、サブジェクト代替名にも含まれていません (証明書に含まれる名前は証拠データに一覧表示されています)。Windows の自己署名証明書にはコンピューター自身の完全な名前しか含まれないため、IP アドレス、短い名前、または別名で接続すると、このようになります。クライアントはサーバーの ID を確認できないという警告を表示します。別のコンピューターが応答したことを意味する場合もあります。</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>証明書に含まれる名前 (証拠データを参照) を使って接続してください。通常は、pc01.corp.example.com のようなコンピューターの完全な名前です。</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>警告なしで {host} として接続するには、{host} をサブジェクト代替名として含む証明書を証明機関に発行してもらい、リモート デスクトップ用に選択してください。</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>名前が目的のコンピューターとまったく関係ない場合は、操作を中止してください。このアドレスでは別のデバイスが応答しています (アドレスの誤り、ポート転送の誤り、または通信の傍受)。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>証明書のキーが短すぎます</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、2048 ビット未満の RSA キー、またはそれと同程度に弱いキーを使っています。このようなキーは十分な計算能力があれば解読でき、最新の TLS ライブラリでは拒否されます。このような証明書を使う xrdp サーバーは、TLS ハンドシェイクを一切完了できません。キーが 2048 ビット以上の証明書に置き換えてください。</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>証明書が古いアルゴリズムで署名されています</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) は、SHA-1 または MD5 で署名されています。これらのアルゴリズムは安全性が破られているため、このような署名では証明書の発行者を証明できず、最新のクライアントでは拒否される場合があります。SHA-256 以上で署名された証明書に置き換えてください。</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>証明書がサーバー認証用ではありません</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>リモート コンピューターが提示した証明書 (拇印 {thumbprint}) には許可された用途 (拡張キー使用法) が記載されていますが、その中に [サーバー認証] が含まれていないため、サーバーを識別するための証明書ではありません。クライアントに拒否される場合があり、リモート デスクトップ用に選択された証明書の用途が正しくない場合、Windows はイベント 1054 を記録します。通常は、間違った証明書が選択されたか、間違ったテンプレートから発行されています。</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>サーバーがネットワーク レベル認証を中断しました</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>TLS ハンドシェイクの後、リモート コンピューターは、rdpdiag が送信する NTLM メッセージでネットワーク レベル認証 (CredSSP) を開始せずに、接続を終了しました。rdpdiag が名前やパスワードを送信することはありません。通常は、サーバーまたはそのドメインで NTLM が無効にされていて Kerberos によるサインインしか機能しないか、サーバーの CredSSP が壊れています。Kerberos を使えないクライアント (Mac やドメイン外のコンピューターなど) は、エラー コード 0x904 または認証エラー (Mac アプリでは 0x207) で失敗します。</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>リモート コンピューターで受信 NTLM が拒否されているかどうかを確認します。RestrictReceivingNTLMTraffic が 0x2 の場合は「すべて拒否」を意味します。</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>リモート コンピューターの NTLM イベントを確認します (NTLM の監査が有効な場合、ブロックまたは監査された NTLM サインインがここに記録されます)。</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>NTLM が意図的に無効にされている場合は、Kerberos で接続してください。コンピューターの完全な DNS 名 (IP アドレスではなく) を使い、user@domain の形式でサインインし、このコンピューターがドメイン コントローラーに到達できることを確認してください (Mac の場合は、そのドメインの Kerberos 構成が必要です)。</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>ドメインに参加していないコンピューターでは、ローカル アカウントの確認に NTLM が必要です。そのようなコンピューターでは、受信 NTLM を拒否しないでください。</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>サーバーの CredSSP が 2018 年のセキュリティ修正より前のものです</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>リモート コンピューターは、ネットワーク レベル認証の基盤となるプロトコル CredSSP について、CVE-2018-0886 (「暗号化オラクル」の脆弱性) に対する 2018 年 5 月の修正より前のバージョンを使っています。既定のポリシー (AllowEncryptionOracle = 軽減 (Mitigated)) が適用された更新済みのクライアントは、このようなサーバーへの接続を拒否し、CredSSP の暗号化オラクルの修復に言及した「認証エラーが発生しました」(&apos;An authentication error has occurred&apos;) というメッセージを表示します。解決策はサーバーを更新することです。クライアントのポリシーの変更は、一時的な回避策にすぎません。</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>リモート コンピューターに最新の Windows 更新プログラムをインストールし (2018 年 5 月以降のすべての累積更新プログラムに修正が含まれています)、再起動してください。</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>リモート コンピューターに最近インストールされた更新プログラムを表示します。</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>このコンピューターも最新の状態に保ってください。修正は両方のコンピューターに必要です。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>このコンピューターのポリシーを確認します。AllowEncryptionOracle は 0 = 強制的に更新されたクライアント (Force Updated Clients)、1 = 軽減 (Mitigated)、2 = 脆弱 (Vulnerable) です。値がない場合は、既定の「軽減」になります。</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>サーバーが更新されるまでの一時的な回避策としてのみ、また信頼できるネットワーク上でのみ、修正が適用されていないサーバーへの接続を許可します (管理者として実行)。これにより、このコンピューターで脆弱性が再び有効になります。次の手順で、必ず元に戻してください。</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>サーバーが更新されたら、すぐに回避策を取り消してください。</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>サーバーの時計とこのコンピューターの時計が 5 分を超えてずれています</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>ネットワーク レベル認証の際にリモート コンピューターが通知した時刻が、このコンピューターの時計と 5 分を超えてずれています (正確な差は証拠データにあります)。ドメインのサインインで使われる Kerberos は最大 5 分のずれしか許容しないため、認証エラーでサインインに失敗することがあり、証明書が期限切れやまだ有効でないように見えることもあります。時計は協定世界時 (UTC) で比較されるため、表示される時刻が正しく見えても、タイム ゾーンが間違っていればずれとして扱われます。</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>このコンピューターの時計をリモート コンピューターの時計と直接比較します (ドメイン コントローラーのように、リモート コンピューターが時刻の要求に応答する場合に使えます)。</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>両方のコンピューターのタイム ゾーンの設定を確認してください。表示される時刻が正しく見えても、タイム ゾーン、ひいては実際の時刻が間違っていることがあります。</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>アドレスが IPv6 アドレス (コロンを含む) で、このネットワークで IPv6 が使えない場合は、代わりにコンピューターの IPv4 アドレスに接続してください。</translation>
    </message>
    <message>
        <source>This computer has no route to the remote computer</source>
        <translation>このコンピューターにはリモート コンピューターへの経路がありません</translation>
    </message>
    <message>
        <source>This computer does not know where to send packets for {address}: it has no network route that leads there. Usually the network connection is down, the computer is on the wrong network, or the address belongs to a company network that is reachable only while the VPN is connected. The problem is on this computer&apos;s side, not on the remote computer.</source>
        <translation>このコンピューターは、{address} 宛てのパケットをどこに送ればよいかわかりません。そこへ通じるネットワーク経路がありません。通常は、ネットワーク接続が切断されている、コンピューターが別のネットワークに接続されている、またはアドレスが VPN 接続中にしか到達できない社内ネットワークのものであることが原因です。問題はリモート コンピューターではなく、このコンピューター側にあります。</translation>
    </message>
    <message>
        <source>Show the routing table (Windows).</source>
        <translation>ルーティング テーブルを表示します (Windows)。</translation>
    </message>
    <message>
        <source>The same check on Linux.</source>
        <translation>Linux で同じ確認を行います。</translation>
    </message>
    <message>
        <source>The same check on macOS.</source>
        <translation>macOS で同じ確認を行います。</translation>
    </message>
    <message>
        <source>This computer cannot open network connections anywhere</source>
        <translation>このコンピューターからはどこにもネットワーク接続を開けません</translation>
    </message>
    <message>
        <source>Not only the remote computer failed: every other test connection from this computer failed too (the evidence lists them), so the fault starts here and not on the server. Common causes are a broken network adapter or driver, a damaged network stack after an update, security or VPN software that filters all traffic, or no working network connection at all. Fix this computer first; checking the server makes sense only afterwards.</source>
        <translation>リモート コンピューターだけでなく、このコンピューターからの他のテスト接続もすべて失敗しました (証拠データに一覧があります)。つまり、問題はサーバーではなく、このコンピューターから始まっています。よくある原因は、ネットワーク アダプターやドライバーの故障、更新後のネットワーク スタックの破損、すべての通信をフィルターするセキュリティ ソフトウェアや VPN ソフトウェア、またはネットワーク接続がまったくないことです。まずこのコンピューターを修正してください。サーバーの確認は、その後に行ってください。</translation>
    </message>
    <message>
        <source>Check that this computer is connected (cable, Wi-Fi) and that a web page opens.</source>
        <translation>このコンピューターがネットワークに接続されていること (ケーブル、Wi-Fi) と、Web ページを開けることを確認してください。</translation>
    </message>
    <message>
        <source>Windows: test a well-known web server; &apos;TcpTestSucceeded : False&apos; confirms that nothing gets through.</source>
        <translation>Windows: よく知られた Web サーバーへの接続をテストします。「TcpTestSucceeded : False」と表示されれば、何も通過できないことが確認できます。</translation>
    </message>
    <message>
        <source>Windows: reset the Winsock catalogue (as administrator), then restart the computer.</source>
        <translation>Windows: Winsock カタログをリセットし (管理者として実行)、コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>Windows: reset the TCP/IP settings (as administrator), then restart the computer.</source>
        <translation>Windows: TCP/IP の設定をリセットし (管理者として実行)、コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>Windows: renew the address from the network.</source>
        <translation>Windows: ネットワークからアドレスを再取得します。</translation>
    </message>
    <message>
        <source>Update or reinstall the network adapter&apos;s driver (Device Manager &gt; Network adapters), and switch off VPN or security software for a test.</source>
        <translation>ネットワーク アダプターのドライバーを更新または再インストールし ([デバイス マネージャー] &gt; [ネットワーク アダプター])、テストのために VPN やセキュリティ ソフトウェアを一時的に無効にします。</translation>
    </message>
    <message>
        <source>Linux: show the addresses and routes, then restart the network service.</source>
        <translation>Linux: アドレスと経路を表示してから、ネットワーク サービスを再起動します。</translation>
    </message>
    <message>
        <source>The connection goes through a VPN or tunnel adapter</source>
        <translation>接続が VPN またはトンネル アダプターを経由しています</translation>
    </message>
    <message>
        <source>The route from this computer to {address} leaves through a VPN or tunnel adapter (named in the evidence). That is normal when the remote computer is in a company network, but it adds a hop that can drop or shrink packets. If the connection stalls while it is being secured, suspect the VPN&apos;s packet size (MTU) first.</source>
        <translation>このコンピューターから {address} への経路は、VPN またはトンネル アダプター (証拠データに名前があります) を通っています。リモート コンピューターが社内ネットワークにある場合は通常のことですが、経由する機器が 1 つ増えるため、パケットが破棄されたり小さくされたりすることがあります。接続の保護中に接続が止まる場合は、まず VPN のパケット サイズ (MTU) を疑ってください。</translation>
    </message>
    <message>
        <source>Windows: list the adapters with their packet size (NlMtu) and priority.</source>
        <translation>Windows: アダプターを、パケット サイズ (NlMtu) と優先順位と共に一覧表示します。</translation>
    </message>
    <message>
        <source>Linux: show the route to the server.</source>
        <translation>Linux: サーバーへの経路を表示します。</translation>
    </message>
    <message>
        <source>If Remote Desktop should not use the VPN, ask the VPN&apos;s administrator about split tunnelling.</source>
        <translation>リモート デスクトップで VPN を使う必要がない場合は、スプリット トンネリングについて VPN の管理者に相談してください。</translation>
    </message>
    <message>
        <source>The path to the remote computer only carries small packets</source>
        <translation>リモート コンピューターへの経路は小さなパケットしか通せません</translation>
    </message>
    <message>
        <source>Linux: show the adapters&apos; MTU.</source>
        <translation>Linux: アダプターの MTU を表示します。</translation>
    </message>
    <message>
        <source>Lower the VPN adapter&apos;s MTU (for example to 1350) in the VPN client, or have the VPN gateway clamp the TCP segment size (MSS clamping); then try again.</source>
        <translation>VPN クライアントで VPN アダプターの MTU を下げる (たとえば 1350) か、VPN ゲートウェイで TCP セグメント サイズを制限 (MSS クランプ) してもらってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The name points to a private address this computer cannot reach</source>
        <translation>名前が、このコンピューターから到達できないプライベート アドレスを指しています</translation>
    </message>
    <message>
        <source>The name {host} resolves to {address}, an address of a private network, but this computer is not in that network and has no VPN route to it: the packets go out to the internet, where private addresses lead nowhere. Usually the VPN is not connected, or a DNS server gave the internal answer to a computer outside the company network.</source>
        <translation>名前 {host} は、プライベート ネットワークのアドレスである {address} に解決されますが、このコンピューターはそのネットワークに属しておらず、そこへの VPN 経路もありません。そのため、パケットはインターネットに送られますが、インターネット上ではプライベート アドレスはどこにも到達できません。通常は、VPN に接続していないか、社内ネットワークの外にあるコンピューターに対して、DNS サーバーが社内向けの応答を返したことが原因です。</translation>
    </message>
    <message>
        <source>Connect the company VPN, then try again.</source>
        <translation>社内の VPN に接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Windows: see which addresses the name resolves to and which DNS server answered.</source>
        <translation>Windows: 名前がどのアドレスに解決されるか、どの DNS サーバーが応答したかを確認します。</translation>
    </message>
    <message>
        <source>From outside the company network use the public name or the Remote Desktop Gateway your IT department provides.</source>
        <translation>社内ネットワークの外からは、IT 部門が提供している公開名またはリモート デスクトップ ゲートウェイを使ってください。</translation>
    </message>
    <message>
        <source>A web proxy is configured on this computer</source>
        <translation>このコンピューターに Web プロキシが構成されています</translation>
    </message>
    <message>
        <source>This computer is set up to use a web proxy (the evidence shows it). Direct Remote Desktop connections do not use it, but the HTTPS connection to a Remote Desktop Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break it.</source>
        <translation>このコンピューターは Web プロキシを使うように設定されています (証拠データに表示されています)。直接のリモート デスクトップ接続ではプロキシは使われませんが、リモート デスクトップ ゲートウェイへの HTTPS 接続では使われる場合があります。HTTPS を検査するプロキシや、独自のサインインを必要とするプロキシは、この接続を妨げることがあります。</translation>
    </message>
    <message>
        <source>Windows: show the system proxy.</source>
        <translation>Windows: システムのプロキシ設定を表示します。</translation>
    </message>
    <message>
        <source>Linux or macOS: show the proxy variables.</source>
        <translation>Linux または macOS: プロキシの環境変数を表示します。</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator to exempt the gateway&apos;s name from HTTPS inspection.</source>
        <translation>ゲートウェイの名前を HTTPS 検査の対象から除外するよう、プロキシの管理者に依頼してください。</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block the connection</source>
        <translation>このコンピューターのファイアウォールの規則が接続をブロックしている可能性があります</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s own firewall drops or rejects outgoing connections to port {port}, but only under a condition the tool could not check (a network adapter, an address list, a firewall profile). The evidence shows the rule and the condition. If the connection fails, check this rule first.</source>
        <translation>このコンピューター自身のファイアウォールの規則が、ポート {port} への送信接続を破棄または拒否していますが、この規則は、ツールでは確認できなかった条件 (ネットワーク アダプター、アドレス一覧、ファイアウォール プロファイル) の下でのみ適用されます。規則と条件は証拠データに表示されています。接続に失敗する場合は、まずこの規則を確認してください。</translation>
    </message>
    <message>
        <source>Windows: list the enabled rules that block outgoing connections.</source>
        <translation>Windows: 送信接続をブロックしている有効な規則を一覧表示します。</translation>
    </message>
    <message>
        <source>Linux with ufw: show the numbered rules.</source>
        <translation>ufw を使っている Linux: 規則を番号付きで表示します。</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation, ask the IT department whether it applies here. Do not switch the firewall off.</source>
        <translation>規則が組織によるものである場合は、この環境に適用されるものかどうかを IT 部門に確認してください。ファイアウォールは無効にしないでください。</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be checked</source>
        <translation>このコンピューターのファイアウォールを確認できませんでした</translation>
    </message>
    <message>
        <source>The firewall rules of this computer could not be read, usually because reading them needs administrator rights. So a local rule blocking port {port} is neither confirmed nor ruled out.</source>
        <translation>このコンピューターのファイアウォール規則を読み取れませんでした。通常は、読み取りに管理者権限が必要なためです。そのため、ポート {port} をブロックするローカルの規則があるかどうかは、確認も否定もできていません。</translation>
    </message>
    <message>
        <source>Linux or macOS: run the check again with administrator rights.</source>
        <translation>Linux または macOS: 管理者権限でもう一度確認を実行します。</translation>
    </message>
    <message>
        <source>Windows: run rdpdiag from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: [管理者として実行] で開いたコマンド プロンプトから rdpdiag を実行します。</translation>
    </message>
    <message>
        <source>Linux: read the rules yourself.</source>
        <translation>Linux: 規則を直接確認します。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway {host}</source>
        <translation>クライアントはリモート デスクトップ ゲートウェイ {host} を経由して接続します</translation>
    </message>
    <message>
        <source>The .rdp file tells the client to connect through the Remote Desktop Gateway {host} (HTTPS, port {port}); the gateway then connects to the remote computer. So the client&apos;s path is this computer to the gateway, and the gateway to the remote computer; a direct test of the remote computer from here checks a path the client may not use. The evidence says which path the client takes and what the gateway answered.</source>
        <translation>.rdp ファイルでは、リモート デスクトップ ゲートウェイ {host} (HTTPS、ポート {port}) を経由して接続するようにクライアントに指示しており、ゲートウェイがリモート コンピューターに接続します。つまり、クライアントの経路は「このコンピューターからゲートウェイまで」と「ゲートウェイからリモート コンピューターまで」であり、ここからリモート コンピューターを直接テストしても、クライアントが使わない可能性のある経路を確認することになります。クライアントがどの経路を使うか、およびゲートウェイの応答は、証拠データに示されています。</translation>
    </message>
    <message>
        <source>Test the gateway&apos;s HTTPS port from this computer (Windows).</source>
        <translation>このコンピューターからゲートウェイの HTTPS ポートをテストします (Windows)。</translation>
    </message>
    <message>
        <source>To check the path between the gateway and the remote computer, run rdpdiag on the gateway itself or on a computer in the same network, and read the gateway&apos;s event log.</source>
        <translation>ゲートウェイとリモート コンピューターの間の経路を確認するには、ゲートウェイ自体か同じネットワーク上のコンピューターで rdpdiag を実行し、ゲートウェイのイベント ログを確認してください。</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway {host} cannot be reached</source>
        <translation>リモート デスクトップ ゲートウェイ {host} に到達できません</translation>
    </message>
    <message>
        <source>The client must connect through the Remote Desktop Gateway {host}, but this computer could not open a connection to it on port {port} (the evidence shows the name lookup and each attempt). As long as the gateway cannot be reached, no Remote Desktop connection through it can work, whatever the state of the remote computer behind it.</source>
        <translation>クライアントはリモート デスクトップ ゲートウェイ {host} を経由して接続する必要がありますが、このコンピューターからポート {port} でゲートウェイへの接続を開けませんでした (名前解決と各試行の結果は証拠データに示されています)。ゲートウェイに到達できない限り、その背後にあるリモート コンピューターの状態にかかわらず、ゲートウェイ経由のリモート デスクトップ接続は機能しません。</translation>
    </message>
    <message>
        <source>Test the gateway from this computer (Windows).</source>
        <translation>このコンピューターからゲートウェイをテストします (Windows)。</translation>
    </message>
    <message>
        <source>Check the gateway name in the .rdp file (the line gatewayhostname:s:) against the name your IT department gave you.</source>
        <translation>.rdp ファイル内のゲートウェイ名 (gatewayhostname:s: の行) が、IT 部門から伝えられた名前と一致しているかどうかを確認してください。</translation>
    </message>
    <message>
        <source>On the gateway, check that the Remote Desktop Gateway service runs.</source>
        <translation>ゲートウェイで、リモート デスクトップ ゲートウェイ サービスが実行中であることを確認します。</translation>
    </message>
    <message>
        <source>On the gateway, check that something listens on port {port}.</source>
        <translation>ゲートウェイで、ポート {port} で待ち受けているプログラムがあることを確認します。</translation>
    </message>
    <message>
        <source>The secure connection to the Remote Desktop Gateway failed</source>
        <translation>リモート デスクトップ ゲートウェイへのセキュリティで保護された接続に失敗しました</translation>
    </message>
    <message>
        <source>This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS handshake did not complete (the evidence shows how it ended). The usual causes are a gateway certificate without a usable private key, TLS versions switched off on the gateway, or a proxy or security device that interferes with HTTPS.</source>
        <translation>このコンピューターはポート {port} でリモート デスクトップ ゲートウェイ {host} に到達しましたが、TLS ハンドシェイクが完了しませんでした (どのように終了したかは証拠データに示されています)。よくある原因は、ゲートウェイの証明書に使用可能な秘密キーがない、ゲートウェイで TLS のバージョンが無効にされている、または HTTPS を妨げるプロキシやセキュリティ デバイスがある、のいずれかです。</translation>
    </message>
    <message>
        <source>On the gateway, show which certificate HTTPS uses (Certificate Hash).</source>
        <translation>ゲートウェイで、HTTPS が使っている証明書を表示します (Certificate Hash。日本語版 Windows では「証明書ハッシュ」)。</translation>
    </message>
    <message>
        <source>In RD Gateway Manager (Properties &gt; SSL Certificate), import the certificate again together with its private key.</source>
        <translation>RD ゲートウェイ マネージャー ([プロパティ] &gt; [SSL 証明書]) で、証明書を秘密キーと共にもう一度インポートします。</translation>
    </message>
    <message>
        <source>On the gateway, read its recent events.</source>
        <translation>ゲートウェイで、最近のイベントを確認します。</translation>
    </message>
    <message>
        <source>Try the handshake from macOS or Linux to see the error.</source>
        <translation>macOS または Linux からハンドシェイクを試して、エラーを確認します。</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway&apos;s certificate has expired</source>
        <translation>リモート デスクトップ ゲートウェイの証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop Gateway {host} presents is no longer valid (the evidence has its dates). Unlike a remote computer&apos;s certificate, a gateway certificate cannot be accepted anyway: Remote Desktop clients refuse to connect through the gateway until it is renewed.</source>
        <translation>リモート デスクトップ ゲートウェイ {host} が提示している証明書は、もう有効ではありません (有効期間は証拠データにあります)。リモート コンピューターの証明書とは異なり、ゲートウェイの証明書は、警告を無視して受け入れることができません。証明書が更新されるまで、リモート デスクトップ クライアントはゲートウェイ経由の接続を拒否します。</translation>
    </message>
    <message>
        <source>On the gateway, list the computer&apos;s certificates with their end dates.</source>
        <translation>ゲートウェイで、コンピューターの証明書を有効期限と共に一覧表示します。</translation>
    </message>
    <message>
        <source>Have a new certificate issued for the gateway&apos;s name, then select it in RD Gateway Manager (Properties &gt; SSL Certificate).</source>
        <translation>ゲートウェイの名前で新しい証明書を発行してもらい、RD ゲートウェイ マネージャー ([プロパティ] &gt; [SSL 証明書]) で選択します。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: a wrong date makes a valid certificate look expired.</source>
        <translation>このコンピューターの時計を確認してください。日付が間違っていると、有効な証明書も期限切れに見えます。</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate does not carry the gateway&apos;s name</source>
        <translation>ゲートウェイの証明書にゲートウェイの名前が含まれていません</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway is not made out to {host}, the name in the .rdp file (the evidence lists the names it does carry). Remote Desktop clients refuse such a gateway without offering to continue.</source>
        <translation>リモート デスクトップ ゲートウェイの証明書は、.rdp ファイル内の名前 {host} に対して発行されていません (証明書に含まれている名前は証拠データに一覧表示されています)。リモート デスクトップ クライアントは、このようなゲートウェイを拒否し、続行するかどうかの選択肢も表示しません。</translation>
    </message>
    <message>
        <source>Show the names in the gateway&apos;s certificate (macOS or Linux).</source>
        <translation>ゲートウェイの証明書に含まれる名前を表示します (macOS または Linux)。</translation>
    </message>
    <message>
        <source>Change gatewayhostname in the .rdp file to a name the certificate carries, if that name leads to the same gateway.</source>
        <translation>証明書に含まれる名前が同じゲートウェイを指している場合は、.rdp ファイルの gatewayhostname をその名前に変更します。</translation>
    </message>
    <message>
        <source>Otherwise have a certificate issued that includes the name clients use, and select it in RD Gateway Manager.</source>
        <translation>そうでない場合は、クライアントが使う名前を含む証明書を発行してもらい、RD ゲートウェイ マネージャーで選択します。</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted here</source>
        <translation>ゲートウェイの証明書がこのコンピューターで信頼されていません</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway {host} does not lead to a certificate authority this computer trusts (the evidence lists the verification errors). Remote Desktop clients refuse untrusted gateway certificates, so unless the client computer trusts the issuing authority, connections through this gateway fail.</source>
        <translation>リモート デスクトップ ゲートウェイ {host} の証明書は、このコンピューターが信頼する証明機関にたどり着きません (検証エラーは証拠データに一覧表示されています)。リモート デスクトップ クライアントは信頼されていないゲートウェイ証明書を拒否するため、クライアント コンピューターが発行元の証明機関を信頼していない限り、このゲートウェイ経由の接続は失敗します。</translation>
    </message>
    <message>
        <source>Show the certificate chain the gateway sends (macOS or Linux).</source>
        <translation>ゲートウェイが送信する証明書チェーンを表示します (macOS または Linux)。</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, install its root certificate on this computer (Windows, as administrator; replace the file name).</source>
        <translation>組織が独自の証明機関を運用している場合は、そのルート証明書をこのコンピューターにインストールします (Windows、管理者として実行。ファイル名は実際のものに置き換えてください)。</translation>
    </message>
    <message>
        <source>For users outside the organisation, give the gateway a certificate from a public certificate authority.</source>
        <translation>組織外のユーザー向けには、パブリック証明機関が発行した証明書をゲートウェイに設定してください。</translation>
    </message>
    <message>
        <source>The gateway address answers, but not as a Remote Desktop Gateway</source>
        <translation>ゲートウェイのアドレスは応答しますが、リモート デスクトップ ゲートウェイとしては応答していません</translation>
    </message>
    <message>
        <source>The server at {host} port {port} answered the request a Remote Desktop Gateway handles with &apos;not found&apos;, so it is a web server without the gateway service. The gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy does not forward the gateway&apos;s path /remoteDesktopGateway/.</source>
        <translation>{host} のポート {port} のサーバーは、リモート デスクトップ ゲートウェイが処理する要求に「not found」(見つかりません) と応答しました。つまり、ゲートウェイ サービスのない Web サーバーです。.rdp ファイル内のゲートウェイ名が間違っているか、ロード バランサーまたはリバース プロキシがゲートウェイのパス /remoteDesktopGateway/ を転送していない可能性があります。</translation>
    </message>
    <message>
        <source>Check the line gatewayhostname:s: of the .rdp file with your IT department.</source>
        <translation>.rdp ファイルの gatewayhostname:s: の行について、IT 部門に確認してください。</translation>
    </message>
    <message>
        <source>On the gateway, check that the web site carries the gateway&apos;s applications.</source>
        <translation>ゲートウェイで、Web サイトにゲートウェイのアプリケーションが含まれていることを確認します。</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy is in front, it must pass the methods RDG_OUT_DATA and RDG_IN_DATA and the path /remoteDesktopGateway/ to the gateway.</source>
        <translation>前段にロード バランサーやリバース プロキシがある場合は、メソッド RDG_OUT_DATA と RDG_IN_DATA、およびパス /remoteDesktopGateway/ をゲートウェイに転送する必要があります。</translation>
    </message>
    <message>
        <source>No Remote Desktop server was found on this computer</source>
        <translation>このコンピューターにリモート デスクトップ サーバーが見つかりませんでした</translation>
    </message>
    <message>
        <source>Neither Windows Remote Desktop Services nor xrdp was found on this computer, so nothing here can accept Remote Desktop connections. Install or switch on a Remote Desktop server first, or run this check on the computer you connect to.</source>
        <translation>このコンピューターには Windows のリモート デスクトップ サービスも xrdp も見つからなかったため、リモート デスクトップ接続を受け付けるものがありません。まずリモート デスクトップ サーバーをインストールするか有効にしてください。または、接続先のコンピューターでこの確認を実行してください。</translation>
    </message>
    <message>
        <source>Windows (Pro, Enterprise or Server): allow Remote Desktop connections (as administrator).</source>
        <translation>Windows (Pro、Enterprise、または Server): リモート デスクトップ接続を許可します (管理者として実行)。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: install xrdp.</source>
        <translation>Debian または Ubuntu: xrdp をインストールします。</translation>
    </message>
    <message>
        <source>Then start xrdp and have it start at boot.</source>
        <translation>次に、xrdp を起動し、システムの起動時に自動的に開始されるように設定します。</translation>
    </message>
    <message>
        <source>The Remote Desktop service is not running</source>
        <translation>リモート デスクトップのサービスが実行されていません</translation>
    </message>
    <message>
        <source>The Remote Desktop service of this computer (named in the evidence) is not running, so connections to port {port} are refused. Clients report this as error code 0x204. Start the service and look at why it stopped.</source>
        <translation>このコンピューターのリモート デスクトップのサービス (証拠データに名前があります) が実行されていないため、ポート {port} への接続は拒否されます。クライアントでは、エラー コード 0x204 として報告されます。サービスを開始し、停止した理由を調べてください。</translation>
    </message>
    <message>
        <source>Windows: start Remote Desktop Services (as administrator).</source>
        <translation>Windows: リモート デスクトップ サービスを開始します (管理者として実行)。</translation>
    </message>
    <message>
        <source>Linux: read why xrdp stopped or did not start.</source>
        <translation>Linux: xrdp が停止した理由、または起動しなかった理由を確認します。</translation>
    </message>
    <message>
        <source>A helper service of Remote Desktop is not running</source>
        <translation>リモート デスクトップの補助サービスが実行されていません</translation>
    </message>
    <message>
        <source>A service that Remote Desktop needs besides the main one is stopped (named in the evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then fail after the sign-in, or certificates are not renewed.</source>
        <translation>リモート デスクトップがメインのサービス以外に必要とするサービス (証拠データに名前があります) が停止しています。Windows では Remote Desktop Configuration (SessionEnv) または UserMode Port Redirector (UmRdpService)、Linux では xrdp のセッション マネージャーです。この場合、サインイン後に接続が失敗したり、証明書が更新されなかったりすることがあります。</translation>
    </message>
    <message>
        <source>Windows: start the helper services.</source>
        <translation>Windows: 補助サービスを開始します。</translation>
    </message>
    <message>
        <source>Linux: start the xrdp session manager.</source>
        <translation>Linux: xrdp のセッション マネージャーを起動します。</translation>
    </message>
    <message>
        <source>The Remote Desktop service does not listen on its port</source>
        <translation>リモート デスクトップのサービスが自身のポートで待ち受けていません</translation>
    </message>
    <message>
        <source>The Remote Desktop service runs, but no socket of it listens on the port it is configured for (the evidence shows what listens where). Often another program took the port first, or the service could not bind to the address in its settings. Clients get &apos;connection refused&apos; (error code 0x204).</source>
        <translation>リモート デスクトップのサービスは実行中ですが、構成されたポートで待ち受けているソケットがありません (どのポートで何が待ち受けているかは証拠データに示されています)。多くの場合、別のプログラムが先にそのポートを使用しているか、サービスが設定内のアドレスにバインドできませんでした。クライアントでは「接続拒否」(エラー コード 0x204) になります。</translation>
    </message>
    <message>
        <source>Remote Desktop listens on another port than clients use</source>
        <translation>リモート デスクトップが、クライアントの使うポートとは別のポートで待ち受けています</translation>
    </message>
    <message>
        <source>Clients connect to port {port}, but the Remote Desktop service of this computer listens on another port (shown in the evidence). Either tell the clients the port (host name followed by a colon and the port), or set the service back to port {port}.</source>
        <translation>クライアントはポート {port} に接続しますが、このコンピューターのリモート デスクトップのサービスは別のポート (証拠データに表示されています) で待ち受けています。クライアントにそのポートを伝える (ホスト名の後にコロンとポート番号を付ける) か、サービスのポートを {port} に戻してください。</translation>
    </message>
    <message>
        <source>Linux: set xrdp&apos;s first port= line to {port} and restart it.</source>
        <translation>Linux: xrdp の最初の port= の行を {port} に設定し、xrdp を再起動します。</translation>
    </message>
    <message>
        <source>Windows: set the listener&apos;s port (as administrator), then restart Remote Desktop Services and allow the port in the firewall.</source>
        <translation>Windows: リスナーのポートを設定し (管理者として実行)、リモート デスクトップ サービスを再起動して、ファイアウォールでそのポートを許可します。</translation>
    </message>
    <message>
        <source>Remote Desktop only accepts connections from this computer itself</source>
        <translation>リモート デスクトップが、このコンピューター自身からの接続しか受け付けません</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), so other computers cannot connect. That is right only when connections arrive through an SSH tunnel or a local proxy.</source>
        <translation>リモート デスクトップのサービスがループバック アドレス (127.0.0.1 または ::1) でしか待ち受けていないため、他のコンピューターからは接続できません。これが正しいのは、SSH トンネルやローカル プロキシ経由で接続する場合だけです。</translation>
    </message>
    <message>
        <source>Linux: show xrdp&apos;s listen setting; port=3389 listens on every address, port=tcp://127.0.0.1:3389 only on loopback.</source>
        <translation>Linux: xrdp の待ち受け設定を表示します。port=3389 はすべてのアドレスで待ち受け、port=tcp://127.0.0.1:3389 はループバックでのみ待ち受けます。</translation>
    </message>
    <message>
        <source>Windows: the listener&apos;s adapter setting should be 0 (all adapters).</source>
        <translation>Windows: リスナーのアダプター設定は 0 (すべてのアダプター) である必要があります。</translation>
    </message>
    <message>
        <source>Remote Desktop connections are switched off</source>
        <translation>リモート デスクトップ接続が無効になっています</translation>
    </message>
    <message>
        <source>The setting fDenyTSConnections is 1 on this computer (the evidence says whether a Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group Policy value wins over the local one and must be changed in the policy.</source>
        <translation>このコンピューターでは fDenyTSConnections が 1 に設定されているため (グループ ポリシーによる設定かどうかは証拠データに示されています)、Windows はすべてのリモート デスクトップ接続を拒否します。グループ ポリシーの値はローカルの値より優先されるため、ポリシー側で変更する必要があります。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy denies the connections; if this value exists, change the policy &apos;Allow users to connect remotely by using Remote Desktop Services&apos;.</source>
        <translation>グループ ポリシーで接続が拒否されているかどうかを確認します。この値が存在する場合は、ポリシー [ユーザーがリモート デスクトップ サービスを使用してリモート接続することを許可する] を変更してください。</translation>
    </message>
    <message>
        <source>The server is set to Standard RDP Security only</source>
        <translation>サーバーが標準 RDP セキュリティのみに設定されています</translation>
    </message>
    <message>
        <source>This computer&apos;s Remote Desktop service is configured for the old Standard RDP Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. Current clients that require TLS or Network Level Authentication refuse it, often with error code 0x904, and the connection is open to interception.</source>
        <translation>このコンピューターのリモート デスクトップのサービスは、TLS を使わない古い標準 RDP セキュリティのみに構成されています (xrdp の security_layer=rdp、または Windows の SecurityLayer 0)。TLS やネットワーク レベル認証を必須とする最近のクライアントはこれを拒否し、多くの場合エラー コード 0x904 が表示されます。また、接続が傍受されるおそれがあります。</translation>
    </message>
    <message>
        <source>Network Level Authentication is not required</source>
        <translation>ネットワーク レベル認証が必須になっていません</translation>
    </message>
    <message>
        <source>UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen to anyone who connects, before checking who they are. That exposes the computer to password guessing and denial of service.</source>
        <translation>このコンピューターでは UserAuthentication が 0 になっているため、リモート デスクトップは、接続してきた相手がだれなのかを確認する前にサインイン画面を表示します。これにより、コンピューターがパスワード推測攻撃やサービス拒否 (DoS) 攻撃にさらされます。</translation>
    </message>
    <message>
        <source>The listener&apos;s security layer and encryption level do not fit</source>
        <translation>リスナーのセキュリティ層と暗号化レベルの組み合わせが正しくありません</translation>
    </message>
    <message>
        <source>SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a combination Windows does not support. Windows then changes the settings by itself (event 1050), and connections may fail until the values agree.</source>
        <translation>SecurityLayer 2 (TLS が必須) と MinEncryptionLevel 1 (低) が組み合わせて設定されていますが、この組み合わせは Windows ではサポートされていません。この場合、Windows は設定を自動的に変更し (イベント 1050)、値の整合性が取れるまで接続が失敗することがあります。</translation>
    </message>
    <message>
        <source>Set the encryption level to client compatible (2), as administrator, then restart Remote Desktop Services.</source>
        <translation>管理者として、暗号化レベルを [クライアント互換] (2) に設定し、リモート デスクトップ サービスを再起動します。</translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 are switched off for the server</source>
        <translation>サーバー側で TLS 1.2 と TLS 1.3 が無効になっています</translation>
    </message>
    <message>
        <source>The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp&apos;s ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients offer nothing older, so every secured connection fails, usually with error code 0x904 and Schannel event 36871 or 36874.</source>
        <translation>このコンピューターのサーバー側では、TLS 1.2 も TLS 1.3 も許可されていません (xrdp の ssl_protocols、または証拠データに示されている SCHANNEL のレジストリ キー)。最近のクライアントはそれより古いバージョンを提示しないため、保護された接続はすべて失敗し、通常はエラー コード 0x904 と Schannel イベント 36871 または 36874 が発生します。</translation>
    </message>
    <message>
        <source>The server still allows TLS 1.0 or 1.1</source>
        <translation>サーバーは TLS 1.0 または 1.1 をまだ許可しています</translation>
    </message>
    <message>
        <source>TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence says where). These versions are outdated and weak; current clients do not need them.</source>
        <translation>このコンピューターのサーバー側で TLS 1.0 または TLS 1.1 が有効になっています (設定場所は証拠データに示されています)。これらのバージョンは古く脆弱で、最近のクライアントには必要ありません。</translation>
    </message>
    <message>
        <source>Windows: switch TLS 1.0 off for the server side (as administrator) once no old client needs it; repeat for TLS 1.1 and restart the computer.</source>
        <translation>Windows: 古いクライアントが必要としなくなったら、サーバー側で TLS 1.0 を無効にします (管理者として実行)。TLS 1.1 についても同じ操作を行い、コンピューターを再起動します。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is missing or unreadable</source>
        <translation>サーバーの TLS 証明書が見つからないか、読み取れません</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service is configured to use cannot be found or read (the evidence names the file or the thumbprint). The service then fails every TLS handshake, which clients report as error code 0x904 (extended code 0x7).</source>
        <translation>リモート デスクトップのサービスが使うように構成されている証明書が見つからないか、読み取れません (ファイルまたは拇印は証拠データに示されています)。この場合、サービスはすべての TLS ハンドシェイクに失敗し、クライアントではエラー コード 0x904 (拡張コード 0x7) として報告されます。</translation>
    </message>
    <message>
        <source>The service cannot read its certificate&apos;s private key</source>
        <translation>サービスが証明書の秘密キーを読み取れません</translation>
    </message>
    <message>
        <source>The private key of the Remote Desktop certificate is missing or cannot be read by the account the service runs as (the evidence names the file, the account and the error). Without its key the service cannot complete a TLS handshake: this is the classic cause of error code 0x904 with extended code 0x7.</source>
        <translation>リモート デスクトップ証明書の秘密キーが存在しないか、サービスの実行アカウントで読み取れません (ファイル、アカウント、エラーは証拠データに示されています)。キーがないと、サービスは TLS ハンドシェイクを完了できません。これは、エラー コード 0x904 (拡張コード 0x7) の典型的な原因です。</translation>
    </message>
    <message>
        <source>Linux: show the permissions along the key file&apos;s path.</source>
        <translation>Linux: キー ファイルのパス上にある各フォルダーとファイルのアクセス許可を表示します。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>秘密キーが証明書と対応していません</translation>
    </message>
    <message>
        <source>The key file configured for Remote Desktop is not the key of the configured certificate, typically after only one of the two files was replaced. The TLS handshake then fails for every client (error code 0x904).</source>
        <translation>リモート デスクトップ用に構成されたキー ファイルが、構成された証明書のキーではありません。通常は、2 つのファイルのうち一方だけを置き換えた後に起こります。この場合、すべてのクライアントで TLS ハンドシェイクが失敗します (エラー コード 0x904)。</translation>
    </message>
    <message>
        <source>Linux: compare the two public keys; the two checksums must be equal (adjust the paths to xrdp.ini&apos;s certificate and key_file).</source>
        <translation>Linux: 2 つの公開キーを比較します。2 つのチェックサムが一致している必要があります (パスは xrdp.ini の certificate と key_file に合わせて変更してください)。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has expired</source>
        <translation>サーバーの TLS 証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service uses is outside its validity dates (the evidence has them). Clients warn about it or, with strict settings, refuse to connect.</source>
        <translation>リモート デスクトップのサービスが使っている証明書が、有効期間外になっています (有効期間は証拠データにあります)。クライアントは警告を表示するか、厳格な設定の場合は接続を拒否します。</translation>
    </message>
    <message>
        <source>Linux: show the certificate&apos;s dates (adjust the path to xrdp.ini&apos;s certificate).</source>
        <translation>Linux: 証明書の有効期間を表示します (パスは xrdp.ini の certificate に合わせて変更してください)。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key is too short to be used</source>
        <translation>サーバーの証明書のキーが短すぎて使用できません</translation>
    </message>
    <message>
        <source>The certificate xrdp is configured with has an RSA key shorter than 2048 bits. xrdp&apos;s TLS library refuses such a key at the first handshake (&apos;ee key too small&apos; in the log), so every secured connection fails although the service runs.</source>
        <translation>xrdp に構成されている証明書の RSA キーは 2048 ビット未満です。xrdp の TLS ライブラリは最初のハンドシェイクでこのキーを拒否するため (ログに「ee key too small」と記録されます)、サービスは実行中でも、保護された接続はすべて失敗します。</translation>
    </message>
    <message>
        <source>Make a new 3072-bit key and certificate in files of xrdp&apos;s own, point certificate= and key_file= in xrdp.ini at them and restart xrdp.</source>
        <translation>xrdp 専用のファイルに新しい 3072 ビットのキーと証明書を作成し、xrdp.ini の certificate= と key_file= でそれらを指定して、xrdp を再起動します。</translation>
    </message>
    <message>
        <source>The permissions of the MachineKeys folder are broken</source>
        <translation>MachineKeys フォルダーのアクセス許可が壊れています</translation>
    </message>
    <message>
        <source>The folder where Windows keeps the private keys of the computer&apos;s certificates (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) lacks the permissions Remote Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or create its certificate&apos;s key: TLS handshakes fail with error code 0x904 (extended code 0x7) and the System log shows event 36870 or 1057.</source>
        <translation>Windows がコンピューターの証明書の秘密キーを保存するフォルダー (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) に、リモート デスクトップが必要とするアクセス許可がありません (現在の設定は証拠データに一覧表示されています)。この場合、リモート デスクトップは証明書のキーを使用または作成できず、TLS ハンドシェイクがエラー コード 0x904 (拡張コード 0x7) で失敗し、システム ログにイベント 36870 または 1057 が記録されます。</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing grace period has ended</source>
        <translation>リモート デスクトップのライセンスの猶予期間が終了しました</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role, its 120-day licensing grace period is over, and no license server hands out licenses (the evidence shows the days left, the licensing mode and the license servers). Connections are then refused after the security handshake, which clients may show as error code 0x904 or as a licensing message.</source>
        <translation>このコンピューターではリモート デスクトップ セッション ホストの役割が実行されていますが、120 日間のライセンス猶予期間が終了しており、ライセンスを発行するライセンス サーバーもありません (残り日数、ライセンス モード、ライセンス サーバーは証拠データに示されています)。この場合、セキュリティ ハンドシェイクの後に接続が拒否され、クライアントではエラー コード 0x904 またはライセンスに関するメッセージが表示されることがあります。</translation>
    </message>
    <message>
        <source>Show the days left of the grace period.</source>
        <translation>猶予期間の残り日数を表示します。</translation>
    </message>
    <message>
        <source>Open the RD Licensing Diagnoser: it names the missing license server or licenses.</source>
        <translation>RD ライセンス診断ツールを開きます。不足しているライセンス サーバーまたはライセンスが表示されます。</translation>
    </message>
    <message>
        <source>Set the licensing mode (Per User or Per Device) and the license server with Group Policy: Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Licensing.</source>
        <translation>グループ ポリシーで、ライセンス モード (ユーザー単位またはデバイス単位) とライセンス サーバーを設定します: [コンピューターの構成] &gt; [管理用テンプレート] &gt; [Windows コンポーネント] &gt; [リモート デスクトップ サービス] &gt; [リモート デスクトップ セッション ホスト] &gt; [ライセンス]。</translation>
    </message>
    <message>
        <source>If the computer only needs the two administrative connections, remove the Session Host role instead (restarts the computer).</source>
        <translation>コンピューターに必要なのが管理用の 2 つの接続だけの場合は、代わりにセッション ホストの役割を削除します (コンピューターが再起動されます)。</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing mode is not configured</source>
        <translation>リモート デスクトップのライセンス モードが構成されていません</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role without a configured licensing mode or license server. It works during the 120-day grace period (the evidence shows the days left) and refuses connections afterwards.</source>
        <translation>このコンピューターでは、ライセンス モードやライセンス サーバーが構成されないまま、リモート デスクトップ セッション ホストの役割が実行されています。120 日間の猶予期間中は動作しますが (残り日数は証拠データに示されています)、その後は接続が拒否されます。</translation>
    </message>
    <message>
        <source>Show the configured licensing mode.</source>
        <translation>構成されているライセンス モードを表示します。</translation>
    </message>
    <message>
        <source>Configure the licensing mode and the license server by Group Policy (Remote Desktop Session Host &gt; Licensing).</source>
        <translation>グループ ポリシーで、ライセンス モードとライセンス サーバーを構成します ([リモート デスクトップ セッション ホスト] &gt; [ライセンス])。</translation>
    </message>
    <message>
        <source>The listener accepts only a few connections</source>
        <translation>リスナーが少数の接続しか受け付けません</translation>
    </message>
    <message>
        <source>MaxInstanceCount limits the Remote Desktop listener to the number of connections shown in the evidence. Once that many are open, further connections are refused, which clients may report as error code 0x904.</source>
        <translation>MaxInstanceCount によって、リモート デスクトップのリスナーが受け付ける接続の数が、証拠データに示されている数に制限されています。その数の接続が開かれると、それ以降の接続は拒否され、クライアントではエラー コード 0x904 として報告されることがあります。</translation>
    </message>
    <message>
        <source>Show the limit and its policy copy.</source>
        <translation>上限の値と、そのポリシー側の値を表示します。</translation>
    </message>
    <message>
        <source>Remove the limit (as administrator); if a Group Policy (&apos;Limit number of connections&apos;) sets it, change the policy instead.</source>
        <translation>上限を解除します (管理者として実行)。グループ ポリシー ([接続数を制限する]) で設定されている場合は、代わりにポリシーを変更してください。</translation>
    </message>
    <message>
        <source>List the sessions that are open now.</source>
        <translation>現在開いているセッションを一覧表示します。</translation>
    </message>
    <message>
        <source>Windows could not access the TLS certificate&apos;s private key</source>
        <translation>Windows が TLS 証明書の秘密キーにアクセスできませんでした</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), shown in the evidence. Remote Desktop cannot use its certificate&apos;s key, usually because of wrong permissions on the MachineKeys folder or a damaged key file. This is the cause behind error code 0x904 with extended code 0x7.</source>
        <translation>システム ログに Schannel イベント 36870 (「a fatal error occurred when attempting to access the TLS server credential private key」、TLS サーバー資格情報の秘密キーへのアクセス中に致命的なエラーが発生) が記録されています (証拠データに表示されています)。リモート デスクトップが証明書のキーを使用できません。通常は、MachineKeys フォルダーのアクセス許可の誤りか、キー ファイルの破損が原因です。これが、エラー コード 0x904 (拡張コード 0x7) の原因です。</translation>
    </message>
    <message>
        <source>Windows could not create the TLS credential</source>
        <translation>Windows が TLS の資格情報を作成できませんでした</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), shown in the evidence. Most often the TLS versions Remote Desktop needs are switched off in the SCHANNEL registry keys, or the certificate&apos;s key is unusable.</source>
        <translation>システム ログに Schannel イベント 36871 (「a fatal error occurred while creating a TLS server credential」、TLS サーバー資格情報の作成中に致命的なエラーが発生) が記録されています (証拠データに表示されています)。最も多い原因は、リモート デスクトップに必要な TLS のバージョンが SCHANNEL のレジストリ キーで無効にされていること、または証明書のキーが使用できないことです。</translation>
    </message>
    <message>
        <source>Windows could not create or renew the Remote Desktop certificate</source>
        <translation>Windows がリモート デスクトップ証明書を作成または更新できませんでした</translation>
    </message>
    <message>
        <source>The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): the self-signed certificate could not be created or replaced, typically with &apos;Keyset does not exist&apos; or &apos;Access is denied&apos;. The cause is almost always the permissions or contents of the MachineKeys folder.</source>
        <translation>システム ログにリモート デスクトップのイベント 1057 または 1058 が記録されています (証拠データに表示されています)。自己署名証明書を作成することも置き換えることもできませんでした。通常は「Keyset does not exist」(キー セットがありません) または「Access is denied」(アクセスが拒否されました) というエラーを伴います。原因はほぼ必ず、MachineKeys フォルダーのアクセス許可または内容です。</translation>
    </message>
    <message>
        <source>Clients offered no cipher suite this server accepts</source>
        <translation>このサーバーで受け付けられる暗号スイートをクライアントが提示しませんでした</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36874 (shown in the evidence): a client asked for TLS, but none of its cipher suites is allowed on this computer. Usually a Group Policy or a hardening script shortened the cipher suite list too much.</source>
        <translation>システム ログに Schannel イベント 36874 が記録されています (証拠データに表示されています)。クライアントは TLS を要求しましたが、クライアントの暗号スイートはどれもこのコンピューターで許可されていません。通常は、グループ ポリシーやセキュリティ強化スクリプトによって、暗号スイートの一覧が過度に絞り込まれています。</translation>
    </message>
    <message>
        <source>The server ended TLS handshakes with an alert</source>
        <translation>サーバーがアラートを送信して TLS ハンドシェイクを終了しました</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36888 (shown in the evidence with the alert number): this computer refused TLS handshakes. Alert 40 means no common settings, 70 a TLS version that is switched off.</source>
        <translation>システム ログに Schannel イベント 36888 が記録されています (アラート番号と共に証拠データに表示されています)。このコンピューターは TLS ハンドシェイクを拒否しました。アラート 40 は共通の設定がないこと、アラート 70 は無効にされている TLS バージョンが使われたことを意味します。</translation>
    </message>
    <message>
        <source>The xrdp log shows recent errors</source>
        <translation>xrdp のログに最近のエラーが記録されています</translation>
    </message>
    <message>
        <source>xrdp&apos;s log has error lines from the last days (the evidence quotes them). Errors about the certificate, the key file or TLS explain failing connections directly; others help when nothing else was found.</source>
        <translation>xrdp のログに、ここ数日のエラー行があります (証拠データに引用されています)。証明書、キー ファイル、TLS に関するエラーは、接続の失敗を直接説明するものです。その他のエラーは、ほかに何も見つからなかった場合の手がかりになります。</translation>
    </message>
    <message>
        <source>Read the service&apos;s journal as well.</source>
        <translation>サービスのジャーナルも確認します。</translation>
    </message>
    <message>
        <source>The xrdp configuration cannot be read</source>
        <translation>xrdp の構成を読み取れません</translation>
    </message>
    <message>
        <source>The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp nor this check knows the port, the security settings or the certificate. xrdp does not start without it.</source>
        <translation>xrdp.ini ファイル (証拠データに名前があります) が存在しないか読み取れないため、xrdp もこの確認も、ポート、セキュリティ設定、証明書を把握できません。このファイルがないと xrdp は起動しません。</translation>
    </message>
    <message>
        <source>Show the file and its permissions.</source>
        <translation>ファイルとそのアクセス許可を表示します。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: restore missing configuration files of the package.</source>
        <translation>Debian または Ubuntu: パッケージの不足している構成ファイルを復元します。</translation>
    </message>
    <message>
        <source>Some server settings could not be checked</source>
        <translation>一部のサーバー設定を確認できませんでした</translation>
    </message>
    <message>
        <source>Parts of the self-check could not read what they need, usually for lack of administrator rights (the evidence lists them). Those causes are neither confirmed nor ruled out.</source>
        <translation>自己診断の一部で、必要な情報を読み取れませんでした。通常は、管理者権限がないことが原因です (該当する項目は証拠データに一覧表示されています)。それらの原因については、確認も否定もできていません。</translation>
    </message>
    <message>
        <source>Linux: run the self-check with administrator rights.</source>
        <translation>Linux: 管理者権限で自己診断を実行します。</translation>
    </message>
    <message>
        <source>Windows: run it from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: [管理者として実行] で開いたコマンド プロンプトから実行します。</translation>
    </message>
    <message>
        <source>This server&apos;s firewall blocks incoming Remote Desktop connections</source>
        <translation>このサーバーのファイアウォールが、リモート デスクトップの受信接続をブロックしています</translation>
    </message>
    <message>
        <source>A rule or the default policy of this computer&apos;s firewall drops or rejects incoming connections to port {port} (the evidence names it). Clients then time out (error code 0x204) or are refused, although the Remote Desktop service itself is fine.</source>
        <translation>このコンピューターのファイアウォールの規則または既定のポリシーが、ポート {port} への受信接続を破棄または拒否しています (証拠データに名前があります)。この場合、リモート デスクトップのサービス自体には問題がなくても、クライアントはタイムアウトする (エラー コード 0x204) か、接続を拒否されます。</translation>
    </message>
    <message>
        <source>Windows: allow Remote Desktop through the firewall (as administrator).</source>
        <translation>Windows: ファイアウォールでリモート デスクトップの通信を許可します (管理者として実行)。</translation>
    </message>
    <message>
        <source>Windows in another language: the rule&apos;s internal name works everywhere.</source>
        <translation>英語以外の言語の Windows: 規則の内部名であれば、どの言語でも使えます。</translation>
    </message>
    <message>
        <source>Windows with another port than 3389: add a rule for port {port}.</source>
        <translation>3389 以外のポートを使う Windows: ポート {port} の規則を追加します。</translation>
    </message>
    <message>
        <source>Linux with ufw: allow the port.</source>
        <translation>ufw を使っている Linux: ポートを許可します。</translation>
    </message>
    <message>
        <source>Linux with firewalld: allow the port.</source>
        <translation>firewalld を使っている Linux: ポートを許可します。</translation>
    </message>
    <message>
        <source>Linux with plain nftables: find the rule, then change it in /etc/nftables.conf.</source>
        <translation>nftables だけを使っている Linux: 規則を探し、/etc/nftables.conf で変更します。</translation>
    </message>
    <message>
        <source>This server&apos;s firewall may block some Remote Desktop clients</source>
        <translation>このサーバーのファイアウォールが一部のリモート デスクトップ クライアントをブロックしている可能性があります</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets incoming connections to port {port} through only under conditions (client addresses, network adapters, firewall profiles), shown in the evidence. Clients that do not meet them are blocked.</source>
        <translation>このコンピューターのファイアウォールは、ポート {port} への受信接続を、特定の条件 (クライアントのアドレス、ネットワーク アダプター、ファイアウォール プロファイル) を満たす場合にのみ通過させます (条件は証拠データに示されています)。条件を満たさないクライアントはブロックされます。</translation>
    </message>
    <message>
        <source>Windows: show the Remote Desktop rules with their profiles and address filters.</source>
        <translation>Windows: リモート デスクトップの規則を、プロファイルとアドレス フィルターと共に表示します。</translation>
    </message>
    <message>
        <source>Linux with ufw: show the rules.</source>
        <translation>ufw を使っている Linux: 規則を表示します。</translation>
    </message>
    <message>
        <source>Linux with firewalld: show the zones.</source>
        <translation>firewalld を使っている Linux: ゾーンを表示します。</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>不明な検出結果 %1</translation>
    </message>
    <message>
        <source>This version of rdpdiag does not know this finding: the report was made by another version. Its evidence is shown, but no explanation and no fix; open the report with the version that made it, or a newer one.</source>
        <translation>このバージョンの rdpdiag はこの検出結果を知りません。レポートは別のバージョンで作成されました。証拠は表示されますが、説明と修正方法はありません。レポートを作成したバージョンか、より新しいバージョンで開いてください。</translation>
    </message>
    <message>
        <source>The server accepts weak 40-bit or 56-bit encryption</source>
        <translation>サーバーが脆弱な 40 ビットまたは 56 ビットの暗号化を受け付けています</translation>
    </message>
    <message>
        <source>When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, the remote computer accepts it. Keys that short can be found by trying them all, and Standard RDP Security does not protect the choice of method, so a device in the network path can make both sides use the weakest one and then read what is typed, passwords included. Connections still work; this is a hardening note. On Windows this is the encryption level Low or Client Compatible (MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium.</source>
        <translation>クライアントが標準 RDP セキュリティ用に 40 ビットまたは 56 ビットの RC4 暗号化だけを提示すると、リモート コンピューターはそれを受け付けます。これほど短い鍵は総当たりで見つけられます。また標準 RDP セキュリティは方式の選択を保護しないため、ネットワーク経路上のデバイスが両側に最も弱い方式を使わせ、パスワードを含む入力内容を読み取ることができます。接続は引き続き機能します。これはセキュリティ強化のための注意事項です。Windows では暗号化レベル「低」または「クライアント互換」(MinEncryptionLevel 1 または 2)、xrdp では crypt_level=low または medium に当たります。</translation>
    </message>
    <message>
        <source>The server requires FIPS encryption for Standard RDP Security</source>
        <translation>サーバーが標準 RDP セキュリティに FIPS 暗号化を要求しています</translation>
    </message>
    <message>
        <source>The remote computer&apos;s encryption level is FIPS Compliant: with Standard RDP Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients that do not implement that method, such as rdesktop and some thin clients, cannot connect with Standard RDP Security; when the server offers nothing else they fail during the connection sequence, often with error code 0x904 or a security error. On Windows the level comes from MinEncryptionLevel 4 or from the policy &apos;System cryptography: Use FIPS compliant algorithms&apos;, on xrdp from crypt_level=fips. If your organisation requires FIPS, keep it and require TLS instead, which current clients support.</source>
        <translation>リモート コンピューターの暗号化レベルは「FIPS 準拠」です。標準 RDP セキュリティでは FIPS 方式 (Triple DES) だけを受け付け、RC4 方式は受け付けません。rdesktop や一部のシン クライアントなど、この方式を実装していないクライアントは標準 RDP セキュリティで接続できません。サーバーがほかの方式を提供していない場合、接続シーケンスの途中で失敗し、多くの場合エラー コード 0x904 またはセキュリティ エラーになります。Windows ではこのレベルは MinEncryptionLevel 4 またはポリシー「システム暗号化: 暗号化、ハッシュ、署名のための FIPS 準拠アルゴリズムを使う」(英語では &apos;System cryptography: Use FIPS compliant algorithms&apos;) によって、xrdp では crypt_level=fips によって決まります。組織で FIPS が必要な場合はそのままにして、代わりに現行のクライアントが対応している TLS を必須にしてください。</translation>
    </message>
    <message>
        <source>On the remote computer, check whether the system-wide FIPS policy is on (Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only if your organisation does not require FIPS.</source>
        <translation>リモート コンピューターで、システム全体の FIPS ポリシーが有効かどうか (Enabled 0x1) を確認します。このポリシーはリモート デスクトップに FIPS レベルを強制します。無効にするのは、組織で FIPS が必要ない場合だけにしてください。</translation>
    </message>
    <message>
        <source>No client can agree on encryption with the server&apos;s Standard RDP Security</source>
        <translation>どのクライアントもサーバーの標準 RDP セキュリティと暗号化方式で合意できません</translation>
    </message>
    <message>
        <source>Each of the four encryption methods a client can offer for Standard RDP Security (40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took none of them: it answered with a method the client had not offered, with no encryption at all, or refused. The protocol requires the server to pick one of the client&apos;s methods, so clients that check this cannot connect with Standard RDP Security, and a session without encryption would carry passwords in clear text. When the server offers nothing else, connections fail during the connection sequence, often with error code 0x904. Setting the level to High (128-bit), or requiring TLS, fixes it.</source>
        <translation>クライアントが標準 RDP セキュリティ用に提示できる 4 つの暗号化方式 (40 ビット、56 ビット、128 ビット、FIPS) をそれぞれ単独で提示しましたが、リモート コンピューターはどれも採用しませんでした。クライアントが提示していない方式で応答したか、暗号化なしで応答したか、拒否しました。プロトコルではサーバーはクライアントの方式の中から 1 つを選ぶ必要があるため、これを確認するクライアントは標準 RDP セキュリティで接続できません。また暗号化なしのセッションではパスワードが平文で送られます。サーバーがほかの方式を提供していない場合、接続シーケンスの途中で接続が失敗し、多くの場合エラー コード 0x904 になります。レベルを「高」(128 ビット) にするか、TLS を必須にすると解決します。</translation>
    </message>
    <message>
        <source>Set the encryption level of Standard RDP Security to High (128-bit): MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), then restart Remote Desktop Services.</source>
        <translation>標準 RDP セキュリティの暗号化レベルを「高」(128 ビット) に設定します。管理者としてリモート デスクトップ リスナーの MinEncryptionLevel を 3 にしてから、リモート デスクトップ サービスを再起動します。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the level (&apos;Set client connection encryption level&apos; under Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security). If this value exists it overrides the listener&apos;s setting, so set the policy to High Level instead.</source>
        <translation>グループ ポリシーがレベルを設定しているかどうかを確認します ([コンピューターの構成] &gt; [管理用テンプレート] &gt; [Windows コンポーネント] &gt; [リモート デスクトップ サービス] &gt; [リモート デスクトップ セッション ホスト] &gt; [セキュリティ] の [クライアント接続の暗号化レベルを設定する])。この値が存在する場合はリスナーの設定より優先されるため、代わりにポリシーを [高レベル] に設定してください。</translation>
    </message>
    <message>
        <source>On an xrdp server, set crypt_level=high (128-bit) and restart xrdp.</source>
        <translation>xrdp サーバーで crypt_level=high (128 ビット) を設定し、xrdp を再起動します。</translation>
    </message>
    <message>
        <source>The server limits simultaneous connections</source>
        <translation>サーバーは同時接続数を制限しています</translation>
    </message>
    <message>
        <source>This check opens several connections to {address} at the same time. The server refused, reset or closed some of them before answering, while the same requests worked when they were sent again one at a time, so the results shown come from those. The server, or a device in front of it, limits how many connections it accepts at once: Remote Desktop&apos;s limit on connections that have not signed in yet, a firewall or intrusion prevention system that limits new connections to port {port}, or the short queue of waiting connections of xrdp. A Remote Desktop client opens one connection and is not affected; several users who connect at the same moment, for example from behind one shared address, may be.</source>
        <translation>このチェックは {address} への接続を同時に複数開きます。サーバーはその一部を応答する前に拒否、リセット、または切断しましたが、同じ要求を 1 つずつ送り直すと成功したため、表示されている結果はそちらのものです。サーバー、またはその手前の機器が、同時に受け付ける接続数を制限しています。考えられるのは、サインイン前の接続に対するリモート デスクトップの上限、ポート {port} への新しい接続を制限するファイアウォールや侵入防止システム、または xrdp の短い接続待ちキューです。リモート デスクトップ クライアントは接続を 1 つしか開かないため影響を受けませんが、共有アドレスの背後などから同じ瞬間に接続する複数のユーザーは影響を受ける可能性があります。</translation>
    </message>
    <message>
        <source>Nothing needs to change for a single user. If users who connect at the same time fail now and then, show the Windows limit on connections that have not signed in yet (the value is absent when the default applies).</source>
        <translation>1 人のユーザーについては何も変更する必要はありません。同時に接続するユーザーがときどき失敗する場合は、サインイン前の接続に対する Windows の上限を表示してください (既定値が適用されている場合、値は存在しません)。</translation>
    </message>
    <message>
        <source>If a firewall, load balancer or intrusion prevention system sits in front of the server, check its limit of simultaneous or new connections per source address to port {port}.</source>
        <translation>サーバーの手前にファイアウォール、ロード バランサー、または侵入防止システムがある場合は、ポート {port} への送信元アドレスごとの同時接続数または新規接続数の上限を確認してください。</translation>
    </message>
    <message>
        <source>Only small packets get through between this computer and {address}: the largest packet this computer can send toward it (the MTU of the adapter or route) is below 1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops larger packets; the evidence shows which. Small packets alone are fine, but if a device on the way silently drops packets that are too large, the server&apos;s certificate never arrives and the connection hangs at &apos;Securing connection&apos; before failing with error code 0x904. When the evidence says &quot;proven&quot;, a second handshake with small packets completed where the normal one stalled: then this is the cause, otherwise a risk and the likely cause when the TLS handshake stalls.</source>
        <translation>このコンピューターと {address} の間では小さなパケットしか通りません。このコンピューターがそちらへ送信できる最大のパケット (アダプターまたは経路の MTU) が 1400 バイト未満 (VPN やトンネルによく見られる値) であるか、途中のデバイスがそれより大きなパケットを破棄しています。どちらであるかは証拠データに示されています。小さなパケットだけなら問題ありませんが、大きすぎるパケットを途中のデバイスが通知なしに破棄すると、サーバーの証明書が届かず、接続は接続の保護中 (「Securing connection」) の状態で止まった後、エラー コード 0x904 で失敗します。証拠データに &quot;proven&quot; とある場合は、通常のハンドシェイクが途中で止まったのに対し、小さなパケットによる 2 回目のハンドシェイクは完了しています。その場合はこれが原因です。それ以外の場合はリスク要因であり、TLS ハンドシェイクが途中で止まるときに最も考えられる原因です。</translation>
    </message>
    <message>
        <source>On the VPN gateway or router on the way (Linux), clamp the TCP segment size to the path&apos;s MTU, and let ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) through its firewall, so that servers learn to send smaller packets.</source>
        <translation>途中の VPN ゲートウェイまたはルーター (Linux) で、TCP セグメント サイズを経路の MTU に制限 (クランプ) し、ICMP の「fragmentation needed」(IPv6 では「packet too big」) メッセージがそのファイアウォールを通過できるようにします。これにより、サーバーはより小さなパケットを送信するようになります。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag: ログ ファイル %1 に書き込めません: %2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>リモート デスクトップ接続が失敗する原因 (エラー コード 0x904、拡張エラー コード 0x7 など) を調べます。名前解決、TCP、RDP のセキュリティ ネゴシエーション、TLS、証明書、CredSSP を確認し、修正すべき点を示します。</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>概要の代わりに JSON レポートを出力します。</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>各ネットワーク手順の制限時間 (ミリ秒単位、既定値は 5000)。</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>TARGET にポートが含まれていない場合に使うポート (既定値は 3389)。</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>リモート デスクトップ クライアントに表示されたエラー コード (例: 0x904)。</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>クライアントに表示された拡張エラー コード (例: 0x7)。</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>詳細を標準エラー出力に記録します。</translation>
    </message>
    <message>
        <source>Write the debug log to this file.</source>
        <translation>デバッグ ログをこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file.</source>
        <translation>ホスト、ホスト:ポート、[IPv6 アドレス]:ポート、IPv6 アドレス、または .rdp ファイル。</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout には 1 から %1 までのミリ秒数を指定してください (指定された値: 「%2」)</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port には 1 から 65535 までの数値を指定してください (指定された値: 「%1」)</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code「%1」はエラー コードではありません (例: 0x904)</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code「%1」はエラー コードではありません (例: 0x7)</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>対象が指定されていません。確認するコンピューターを指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>対象は一度に 1 つだけ指定できます。%1 個指定されました: %2</translation>
    </message>
    <message>
        <source>rdpdiag: cannot open the bundle %1: %2
</source>
        <translation>rdpdiag: バンドル %1 を開けません: %2
</translation>
    </message>
    <message>
        <source>Findings bundle %1: run %2 of %3 UTC</source>
        <translation>検出結果バンドル %1: 実行 %2 (%3 UTC)</translation>
    </message>
    <message>
        <source>, made on %1</source>
        <translation>、作成元: %1</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation> (匿名化済み)</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write the bundle %1: the folder %2 %3
</source>
        <translation>rdpdiag: バンドル %1 を書き込めません: フォルダー %2 %3
</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>に書き込めません</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>が存在しません</translation>
    </message>
    <message>
        <source>rdpdiag: the findings bundle was not written: %1
</source>
        <translation>rdpdiag: 検出結果バンドルは書き込まれませんでした: %1
</translation>
    </message>
    <message>
        <source>rdpdiag: findings bundle written to %1
</source>
        <translation>rdpdiag: 検出結果バンドルを %1 に書き込みました
</translation>
    </message>
    <message>
        <source>Also write the findings bundle (a zip for a support ticket) to this file, or into this folder under its default name.</source>
        <translation>検出結果バンドル (サポート チケット用の zip) もこのファイルに書き込みます。フォルダーを指定した場合は、既定の名前でそのフォルダーに書き込みます。</translation>
    </message>
    <message>
        <source>Replace user, host, computer and domain names, certificate names and IP addresses with placeholders (host-1, 10.x.x.1 …) in the output and the bundle.</source>
        <translation>出力とバンドルで、ユーザー名、ホスト名、コンピューター名、ドメイン名、証明書の名前、IP アドレスをプレースホルダー (host-1、10.x.x.1 …) に置き換えます。</translation>
    </message>
    <message>
        <source>Open a findings bundle instead of running: print its summary (with --json, its report).</source>
        <translation>診断を実行する代わりに検出結果バンドルを開き、その概要を出力します (--json を指定した場合はレポートを出力します)。</translation>
    </message>
    <message>
        <source>Fleet mode: check every target of this file (one per line, or a CSV file with a host column; - reads standard input) and print one CSV row per target (with --json, one JSON report per line), then a table of the findings on standard error.</source>
        <translation>一括モード: このファイルに記載されたすべての対象 (1 行に 1 つ、または host 列を含む CSV ファイル。- を指定すると標準入力から読み取ります) を確認し、対象ごとに CSV の行を 1 行ずつ出力します (--json を指定した場合は、1 行に 1 つの JSON レポート)。最後に、検出結果の表を標準エラー出力に出力します。</translation>
    </message>
    <message>
        <source>Fleet mode: targets checked at once (default %1, fewer when the open-file limit is low).</source>
        <translation>一括モード: 同時に確認する対象の数 (既定値は %1。開くことができるファイル数の上限が低い場合は、これより少なくなります)。</translation>
    </message>
    <message>
        <source>Fleet mode: CSV output (the default without --json).</source>
        <translation>一括モード: CSV 形式で出力します (--json を指定しない場合の既定)。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage (also: a bundle that cannot be read with --read, or that could not be written with --bundle).
</source>
        <translation>
終了コード: 0 = エラーは見つかりませんでした、1 = 1 つ以上のエラーが見つかりました、2 = 入力または使用方法が正しくありません (--read でバンドルを読み取れなかった場合や、--bundle でバンドルを書き込めなかった場合も含みます)。
</translation>
    </message>
    <message>
        <source>--bundle needs a file name</source>
        <translation>--bundle にはファイル名を指定してください</translation>
    </message>
    <message>
        <source>--read needs the file name of a findings bundle</source>
        <translation>--read には検出結果バンドルのファイル名を指定してください</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and runs nothing: it cannot be combined with --%1</source>
        <translation>--read は保存されたバンドルを開くだけで、診断は実行しません。--%1 と組み合わせることはできません</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and takes no target, got %1</source>
        <translation>--read は保存されたバンドルを開くもので、対象は指定できません (指定された対象: %1)</translation>
    </message>
    <message>
        <source>--%1 is for fleet mode: use it with --hosts FILE</source>
        <translation>--%1 は一括モード用です。--hosts FILE と一緒に使用してください</translation>
    </message>
    <message>
        <source>--hosts needs the name of a file of targets</source>
        <translation>--hosts には、対象の一覧を記載したファイルの名前を指定してください</translation>
    </message>
    <message>
        <source>--hosts takes its targets from the file, not from the command line: remove %1</source>
        <translation>--hosts では、対象をコマンド ラインではなくファイルから読み取ります。%1 を削除してください</translation>
    </message>
    <message>
        <source>--csv and --json: choose one output format</source>
        <translation>--csv と --json: 出力形式はどちらか 1 つを選択してください</translation>
    </message>
    <message>
        <source>--%1 is for one target: it cannot be used with --hosts</source>
        <translation>--%1 は単一の対象用です。--hosts と一緒には使用できません</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency には 1 から %1 までの数値を指定してください (指定された値: 「%2」)</translation>
    </message>
    <message>
        <source>Usage: rdpdiag --server [options]
Checks this computer as a Remote Desktop server (xrdp on Linux, Remote Desktop
Services on Windows). Read-only: nothing on this computer is changed.

  --json                 print the JSON report
  --port N               the port clients connect to (default 3389)
  --error-code CODE      the error code clients see (e.g. 0x904)
  --extended-code CODE   the extended error code (e.g. 0x7)
  --script FILE          also write a repair script to review (PowerShell on
                         Windows, bash on Linux); it changes nothing unless run
                         with -Apply / --apply
  --xrdp-config FILE     the xrdp.ini to check (default /etc/xrdp/xrdp.ini)
  --service-user NAME    check file access for this account instead of the one
                         xrdp runs as
  --lang CODE            language of the output, e.g. de, fr, es, ja, zh_CN
  --verbose, --log FILE  more detail on stderr / the log written to FILE

Exit codes: 0 no error found, 1 at least one error found, 2 bad usage.
</source>
        <translation>使用方法: rdpdiag --server [オプション]
このコンピューターをリモート デスクトップ サーバー (Linux では xrdp、Windows では
リモート デスクトップ サービス) として確認します。読み取り専用で、このコンピューター上の
設定は何も変更しません。

  --json                 JSON レポートを出力します
  --port N               クライアントが接続するポート (既定値は 3389)
  --error-code CODE      クライアントに表示されるエラー コード (例: 0x904)
  --extended-code CODE   拡張エラー コード (例: 0x7)
  --script FILE          確認用の修復スクリプトも書き込みます (Windows では
                         PowerShell、Linux では bash)。-Apply / --apply を
                         付けて実行しない限り、何も変更しません
  --xrdp-config FILE     確認する xrdp.ini (既定値は /etc/xrdp/xrdp.ini)
  --service-user NAME    xrdp の実行アカウントではなく、このアカウントでの
                         ファイル アクセスを確認します
  --lang CODE            出力の言語 (例: de、fr、es、ja、zh_CN)
  --verbose, --log FILE  標準エラー出力に詳細を表示 / FILE にログを書き込みます

終了コード: 0 = エラーは見つかりませんでした、1 = 1 つ以上のエラーが見つかりました、
2 = 使用方法が正しくありません。
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 には値を指定してください</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port には 1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an error code</source>
        <translation>%1: 「%2」はエラー コードではありません</translation>
    </message>
    <message>
        <source>unknown option for --server: %1</source>
        <translation>--server では使用できないオプションです: %1</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write %1: %2
</source>
        <translation>rdpdiag: %1 に書き込めません: %2
</translation>
    </message>
    <message>
        <source>
On the Remote Desktop server itself: rdpdiag --server checks this computer&apos;s service (see rdpdiag --server --help).
</source>
        <translation>
リモート デスクトップ サーバー上では、rdpdiag --server でこのコンピューターのサービスをチェックできます (rdpdiag --server --help を参照)。
</translation>
    </message>
    <message>
        <source>Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>出力の言語。例: de、fr、es、ja、zh_CN (既定: システムの言語)。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>TLS ハンドシェイクとサーバー証明書</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>サインイン: ユーザー名、パスワード、アカウントのロックアウト、および [リモート デスクトップ サービスを使ったログオンを許可] のユーザー権利</translation>
    </message>
    <message>
        <source>Remote Desktop licensing (grace period, license server)</source>
        <translation>リモート デスクトップのライセンス (猶予期間、ライセンス サーバー)</translation>
    </message>
    <message>
        <source>connection limits on the server (MaxInstanceCount, sessions in use)</source>
        <translation>サーバーの接続数の上限 (MaxInstanceCount、使用中のセッション)</translation>
    </message>
    <message>
        <source>the server&apos;s event logs (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</source>
        <translation>サーバーのイベント ログ (システム: Schannel 36870/36871/36874/36888、TerminalServices-RemoteConnectionManager 1057/1058)</translation>
    </message>
    <message>
        <source>The server cannot use its certificate&apos;s private key, so it drops every connection during the TLS handshake; repair the key (MachineKeys permissions, then a new certificate) before anything else.</source>
        <translation>サーバーが証明書の秘密キーを使用できないため、TLS ハンドシェイク中にすべての接続を切断しています。何よりも先にキーを修復してください (MachineKeys のアクセス許可を修正してから、新しい証明書を作成します)。</translation>
    </message>
    <message>
        <source>Every test connection from this computer failed, so the server is not the first place to look.</source>
        <translation>このコンピューターからのテスト接続はすべて失敗しました。そのため、最初に調べるべきなのはサーバーではありません。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, and that path fails before it reaches the remote computer.</source>
        <translation>クライアントはリモート デスクトップ ゲートウェイ %1 を経由して接続しますが、その経路はリモート コンピューターに到達する前に失敗しています。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, which answered correctly. The direct test of %2 failed, which is expected when %2 is reachable only through the gateway; check the path from the gateway to %2 on the gateway itself (its event log and its resource authorization policy).</source>
        <translation>クライアントはリモート デスクトップ ゲートウェイ %1 を経由して接続し、ゲートウェイは正しく応答しました。%2 への直接のテストは失敗しましたが、%2 にゲートウェイ経由でしか到達できない場合、これは想定どおりです。ゲートウェイから %2 への経路は、ゲートウェイ自体で確認してください (イベント ログとリソース承認ポリシー)。</translation>
    </message>
    <message>
        <source>The connection never leaves this computer; the remote computer may be fine.</source>
        <translation>接続がこのコンピューターから外に出ていません。リモート コンピューターには問題がない可能性があります。</translation>
    </message>
    <message>
        <source>The path goes through a VPN or small-packet link (%1): the server&apos;s certificate, sent in full-size packets, most likely never arrives. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>経路が VPN または小さなパケットしか通せない回線 (%1) を通っています。フルサイズのパケットで送られるサーバーの証明書は、届いていない可能性が高いです。VPN の MTU を下げるか、MSS クランプを有効にしてもらってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>error code %1 (extended %2)</source>
        <translation>エラー コード %1 (拡張 %2)</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>エラー コード %1</translation>
    </message>
    <message>
        <source>extended error code %1</source>
        <translation>拡張エラー コード %1</translation>
    </message>
    <message>
        <source>Nothing this run could see from here explains %1 (%2).</source>
        <translation>この実行でここから確認できた範囲には、%1 (%2) を説明するものはありません。</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>接続を妨げる問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>You reported %1.</source>
        <translation>報告されたのは %1 です。</translation>
    </message>
    <message>
        <source>This explains %1.</source>
        <translation>これが %1 の原因です。</translation>
    </message>
    <message>
        <source>This stops the connection.</source>
        <translation>これにより接続できません。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a finding&apos;s title, then how it relates to the reported error (a sentence)</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>This alone stops the connection, although it is not what usually causes %1.</source>
        <translation>これだけで接続できなくなりますが、%1 の通常の原因ではありません。</translation>
    </message>
    <message>
        <source>A second TLS handshake that asked for small packets completed where the normal one stalled: a device on the way drops the server&apos;s full-size packets. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>小さなパケットを要求した 2 回目の TLS ハンドシェイクは、通常のハンドシェイクが途中で止まったのに完了しました。途中のデバイスがサーバーのフルサイズのパケットを破棄しています。VPN の MTU を下げるか、MSS クランプを有効にしてもらってから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>情報はありません。クライアントは理由を示しませんでした。</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>接続はこのコンピューター側で (ユーザーまたはアプリによって) 終了されました。エラーではありません。</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>リモート側のユーザーがセッションを終了しました (サインアウトまたは切断)。</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>サーバーがセッションを終了しました (管理者による操作や時間制限など)。接続エラーではありません。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Mac および iOS アプリのユーザーから報告されているコードです。接続の確立中にセッションが終了しました。xrdp サーバーの場合、サーバーのログに TLS ハンドシェイクの失敗が記録されています。</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>コンピューター名が見つかりませんでした (DNS の参照に失敗しました)。</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>クライアントのメモリが不足しました。</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>接続試行がタイムアウトしました。リモート コンピューターが応答しませんでした。</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>接続を開けませんでした。リモート アクセスが無効になっている、コンピューターの電源が切れているか到達できない、またはファイアウォールによって妨げられています。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Mac アプリのユーザーから報告されているコードです。サインインに失敗しました。確認されている原因は、パスワードの期限切れや誤り、サーバーでの NTLM の無効化、Kerberos によるサインインの失敗です。</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>コンピューター名が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>リモート コンピューターへのデータの送信に失敗しました。接続が切断されました。</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>指定された IP アドレスは無効です。</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>リモート コンピューターからのデータの受信に失敗しました。接続が切断されました。</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>クライアントが受け付けられないセキュリティ データが、サーバーから送信されました。</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>クライアントの内部エラーです。</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>暗号化方式が無効です。</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>コンピューター名をアドレスに変換できませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s security information is not valid.</source>
        <translation>サーバーのセキュリティ情報が無効です。</translation>
    </message>
    <message>
        <source>An internal timer error of the client.</source>
        <translation>クライアントの内部タイマー エラーです。</translation>
    </message>
    <message>
        <source>A time limit ran out while connecting.</source>
        <translation>接続中に制限時間を超えました。</translation>
    </message>
    <message>
        <source>The client could not read the server&apos;s certificate.</source>
        <translation>クライアントがサーバーの証明書を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>ユーザーから報告されているコードです。コンソール セッションがすでにあるため、コンソール セッションへの接続に失敗しました (使用中のコンピューター自身に接続した場合など)。</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>IP アドレスが無効です。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>サインインに失敗しました。ユーザー名またはパスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>リモート デスクトップのライセンス処理に失敗しました。</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>接続が確立された後、リモート コンピューターまたはネットワークによって接続が閉じられました (ソケットのクローズ)。</translation>
    </message>
    <message>
        <source>An internal security error.</source>
        <translation>内部のセキュリティ エラーです。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing timed out.</source>
        <translation>リモート デスクトップのライセンス処理がタイムアウトしました。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account does not exist.</source>
        <translation>サインインに失敗しました。ユーザー アカウントが存在しません。</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>暗号化のエラーです。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>サインインに失敗しました。ユーザー アカウントが無効になっています。</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>暗号化解除のエラーです。</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>サインインに失敗しました。アカウントの制限によりサインインできません (Protected Users グループのメンバーである場合など)。</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>サーバーから送信されたデータを、クライアントが圧縮解除できませんでした。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>サインインに失敗しました。ユーザー アカウントがロックアウトされています。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>サインインに失敗しました。ユーザー アカウントの有効期限が切れています。</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>サインインに失敗しました。パスワードの有効期限が切れています。</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>ユーザーから報告されているコードです。クライアントがプロトコル エラーを検出し、セッションを切断しました。</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>サインインに失敗しました。サインインする前にパスワードを変更する必要があります。</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>サインインに失敗しました。資格情報の委任ポリシーにより、このサーバーへの資格情報の送信が許可されていません。</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>NTLM 認証のみを許可するポリシーのため、サインインに失敗しました。</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>サインインに失敗しました。資格情報を確認できる機関がありません (ドメイン コントローラーまたは Kerberos サーバーに到達できません)。</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>サインインに失敗しました。サインインに使われた証明書の有効期限が切れています。</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>サインインに失敗しました。スマート カードの PIN が正しくありません。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Mac アプリのユーザーから、xrdp サーバーでのプロトコル エラーとして報告されているコードです。サーバーで新しい証明書を作成すると解決しました。</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>サインインに失敗しました。サーバーは保存された資格情報を受け付けません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>サインインに失敗しました。スマート カードがブロックされています。</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>ユーザーから報告されているコードです。リモートでサインインするアクセス許可がない可能性があります (アカウントが Remote Desktop Users グループに属していません)。</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>追加情報はありません。ネットワークまたはサーバーが単に接続を閉じた場合によく見られます。</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>管理ツールによってセッションが切断されました。</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>管理ツールによってセッションからサインアウトされました。</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>セッションのアイドル時間の制限に達しました。</translation>
    </message>
    <message>
        <source>The session&apos;s active time limit was reached.</source>
        <translation>セッションのアクティブ時間の制限に達しました。</translation>
    </message>
    <message>
        <source>Another connection took over the session.</source>
        <translation>別の接続がセッションを引き継ぎました。</translation>
    </message>
    <message>
        <source>The server ran out of memory.</source>
        <translation>サーバーのメモリが不足しました。</translation>
    </message>
    <message>
        <source>The server denied the connection before the session started.</source>
        <translation>セッションの開始前に、サーバーが接続を拒否しました。</translation>
    </message>
    <message>
        <source>The server denied the connection for security reasons (its FIPS encryption policy).</source>
        <translation>サーバーがセキュリティ上の理由 (FIPS 暗号化ポリシー) で接続を拒否しました。</translation>
    </message>
    <message>
        <source>The user does not have the right to connect.</source>
        <translation>ユーザーに接続する権限がありません。</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>サーバーは保存された資格情報を受け付けません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>ユーザーが管理ツールを使ってセッションを切断しました。</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>ユーザーがサインアウトしました。</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>リモート コンピューターはシャットダウン中です。</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>リモート コンピューターは再起動中です。</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>リモート デスクトップのライセンスの内部エラーです。</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>使用できるリモート デスクトップ ライセンス サーバーがありません。</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>このクライアントで使用できるリモート デスクトップ ライセンスがありません。</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>サーバーが、クライアントから無効なライセンス メッセージを受信しました。</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>クライアントのハードウェア ID がライセンスと一致しません。</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>クライアントのライセンスが無効です。</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>ライセンスのやり取りを完了できませんでした (ライセンス処理中のネットワークの問題)。</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>クライアントがライセンスのやり取りを終了しました。</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>ライセンス メッセージが正しく暗号化されていませんでした。</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>クライアントのライセンスをアップグレードまたは更新できませんでした。</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>サーバーには、リモート接続を受け付けるためのライセンスがありません。</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>クライアントがライセンス ストアを作成できませんでした。アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>資格情報が無効です。</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>リモート デスクトップのプロトコル エラーです (コード 0x1000 から 0x7fff まで)。詳細はサーバーのイベント ログに記録されています。</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 は Microsoft が公開している一覧に含まれていません。末尾が 07 のコードは、通常はサインイン (ネットワーク レベル認証) のエラーです。</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 は Microsoft が公開している一覧に含まれていません。末尾が 04 または 08 のコードは、通常はネットワークまたはタイムアウトのエラーです。</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 は既知の拡張エラー コードではありません。</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 は既知のエラー コードではありません。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Fleet</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the hosts file is too large (%1 bytes, at most %2)</source>
        <translation>ホスト一覧ファイルが大きすぎます (%1 バイト、上限は %2 バイト)</translation>
    </message>
    <message>
        <source>the hosts file is not text (save it as UTF-8)</source>
        <translation>ホスト一覧ファイルがテキストではありません (UTF-8 で保存してください)</translation>
    </message>
    <message>
        <source>the hosts file is not text (it contains NUL characters)</source>
        <translation>ホスト一覧ファイルがテキストではありません (NUL 文字が含まれています)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <source>the host column is empty</source>
        <translation>host 列が空です</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>ポート「%1」が 1 から 65535 までの数値ではありません</translation>
    </message>
    <message>
        <source>more than %1 targets in the hosts file</source>
        <translation>ホスト一覧ファイルに %1 個を超える対象があります</translation>
    </message>
    <message>
        <source>the hosts file has a header but no rows</source>
        <translation>ホスト一覧ファイルにヘッダーはありますが、データ行がありません</translation>
    </message>
    <message>
        <source>the hosts file names no target</source>
        <translation>ホスト一覧ファイルに対象が記載されていません</translation>
    </message>
    <message>
        <source>[%1/%2] %3 with errors, %4 s</source>
        <translation>[%1/%2] エラーあり %3 件、%4 秒</translation>
    </message>
    <message>
        <source>%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 with warnings only, %7 without either.
</source>
        <translation>%2 の対象 %1 件を %3 秒で確認しました (同時に %4 件): エラーあり %5 件、警告のみ %6 件、どちらもなし %7 件。
</translation>
    </message>
    <message>
        <source>Interrupted: %1 runs cut short, %2 targets not checked.
</source>
        <translation>中断されました: 途中で打ち切られた実行 %1 件、未確認の対象 %2 件。
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>検出結果はありません。
</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>対象数</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>rdpdiag: cannot read the hosts file %1: %2
</source>
        <translation>rdpdiag: ホスト一覧ファイル %1 を読み取れません: %2
</translation>
    </message>
    <message>
        <source>rdpdiag: %1: %2
</source>
        <translation>rdpdiag: %1: %2
</translation>
    </message>
    <message>
        <source>rdpdiag: --concurrency %1 needs more open files than the limit of %2 allows; running %3 at once
</source>
        <translation>rdpdiag: --concurrency %1 には、上限の %2 を超える数のファイルを開く必要があります。同時に %3 件ずつ実行します
</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Headline</name>
    <message>
        <source>The fix is on this computer.</source>
        <translation>このコンピューターで対処します。</translation>
    </message>
    <message>
        <source>The fix is in the network: the name service, the VPN or a firewall on the way.</source>
        <translation>ネットワーク側で対処します: 名前解決、VPN、または経路上のファイアウォール。</translation>
    </message>
    <message>
        <source>The fault is on the remote computer, not on yours: its administrator has to fix it.</source>
        <translation>問題はお使いのコンピューターではなくリモート コンピューターにあります。その管理者が修正する必要があります。</translation>
    </message>
    <message>
        <source>Open Windows Security &gt; Firewall &amp; network protection and check that Remote Desktop is allowed.</source>
        <translation>[Windows セキュリティ] &gt; [ファイアウォールとネットワーク保護] を開き、リモート デスクトップが許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Network &gt; Firewall and check that your Remote Desktop app may connect.</source>
        <translation>[システム設定] &gt; [ネットワーク] &gt; [ファイアウォール] を開き、リモート デスクトップ アプリの接続が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s firewall lets connections out to port %1.</source>
        <translation>このコンピューターのファイアウォールがポート %1 への送信接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <source>Nothing on this computer needs changing.</source>
        <translation>このコンピューターで変更する必要はありません。</translation>
    </message>
    <message>
        <source>Give reference %1 to whoever manages %2.</source>
        <translation>参照コード %1 を %2 の管理者に伝えてください。</translation>
    </message>
    <message>
        <source>Try again once they have fixed it.</source>
        <translation>修正されたら、もう一度接続してください。</translation>
    </message>
    <message>
        <source>Check the spelling of the computer name: %1.</source>
        <translation>コンピューター名のつづりを確認してください: %1。</translation>
    </message>
    <message>
        <source>If the remote computer is in your company&apos;s network and you are not, connect the VPN first.</source>
        <translation>リモート コンピューターが社内ネットワークにあり、あなたが社外にいる場合は、先に VPN に接続してください。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it still fails, give reference %1 to your IT support.</source>
        <translation>数分後にもう一度試してください。それでも失敗する場合は、参照コード %1 を IT サポートに伝えてください。</translation>
    </message>
    <message>
        <source>Check that this computer is online: open a web page.</source>
        <translation>このコンピューターがオンラインか確認してください: Web ページを開いてみます。</translation>
    </message>
    <message>
        <source>If it still fails, give reference %1 to your IT support.</source>
        <translation>それでも失敗する場合は、参照コード %1 を IT サポートに伝えてください。</translation>
    </message>
    <message>
        <source>Try to connect again.</source>
        <translation>もう一度接続してみてください。</translation>
    </message>
    <message>
        <source>If it fails again, run this check at that moment and give reference %1 to your IT support.</source>
        <translation>また失敗したら、その時点でこのチェックを実行し、参照コード %1 を IT サポートに伝えてください。</translation>
    </message>
    <message>
        <source>The check was stopped before it ended.</source>
        <translation>チェックは終了前に停止されました。</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>接続を妨げる問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but it should be fixed on this computer.</source>
        <translation>接続はできますが、このコンピューターで修正することをお勧めします。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but whoever manages the network should look at it.</source>
        <translation>接続はできますが、ネットワークの管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but the remote computer&apos;s administrator should look at it.</source>
        <translation>接続はできますが、リモート コンピューターの管理者に確認してもらってください。</translation>
    </message>
    <message>
        <source>You can connect.</source>
        <translation>接続できます。</translation>
    </message>
    <message>
        <source>If your Remote Desktop app warns you about this, ask whoever manages %1 before you accept the warning.</source>
        <translation>リモート デスクトップ アプリでこの警告が表示された場合は、承諾する前に %1 の管理者に確認してください。</translation>
    </message>
    <message>
        <source>Give reference %1 to them so that they can look at it.</source>
        <translation>確認してもらえるよう、参照コード %1 を伝えてください。</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finding&apos;s title made a sentence</comment>
        <translation>%1。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::HtmlReport</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>エラー (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>情報 (%1)</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Remote Desktop connection report</source>
        <translation>リモート デスクトップ接続レポート</translation>
    </message>
    <message>
        <source>Made by rdpdiag %1 on %2</source>
        <translation>rdpdiag %1 により %2 に作成</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>参照コード</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Connection file</source>
        <translation>接続ファイル</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time budget per step</source>
        <translation>手順ごとの制限時間</translation>
    </message>
    <message>
        <source>Error reported by the user</source>
        <translation>ユーザーが報告したエラー</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1、拡張 %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>匿名化済み: ユーザー名、ホスト名、コンピューター名、ドメイン名、証明書の名前、IP アドレスは、host-1、user-1、10.x.x.1 などのプレースホルダーに置き換えられています。</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>実行は取り消されました。以下の内容は不完全です。</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>主な検出結果:</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>今回の実行で確認できなかった項目:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>It broke here</source>
        <translation>ここで失敗</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>カテゴリ %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>段階 %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>On the client:</source>
        <translation>クライアント側:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>サーバー側:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠データ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>検出結果はありません。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>収集した情報</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>IPv4 (A)</source>
        <translation>IPv4 (A)</translation>
    </message>
    <message>
        <source>IPv6 (AAAA)</source>
        <translation>IPv6 (AAAA)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>接続時間の中央値</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <source>Protocols the server selected</source>
        <translation>サーバーが選択したプロトコル</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>ハンドシェイク</translation>
    </message>
    <message>
        <source>TLS %1 alone</source>
        <translation>TLS %1 のみ</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted</source>
        <translation>受け付けられた弱い暗号スイート</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>拡張キー使用法</translation>
    </message>
    <message>
        <source>no extension (any usage)</source>
        <translation>拡張機能なし (すべての用途)</translation>
    </message>
    <message>
        <source>Name matches the target</source>
        <translation>名前が対象と一致</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 拇印</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>CredSSP のバージョン</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラー コード</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>NetBIOS computer</source>
        <translation>NetBIOS コンピューター名</translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation>NetBIOS ドメイン名</translation>
    </message>
    <message>
        <source>DNS computer</source>
        <translation>DNS コンピューター名</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS ドメイン名</translation>
    </message>
    <message>
        <source>DNS tree</source>
        <translation>DNS ツリー名</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows のバージョン</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>サーバーの時刻</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>時刻の差</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the report page (HTML lang attribute)</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2</source>
        <translation>rdpdiag %1 — %2</translation>
    </message>
    <message>
        <source>rdpdiag %1 · reference %2 · run of %3. Quote the reference code when you contact support.</source>
        <translation>rdpdiag %1 · 参照コード %2 · %3 に実行。サポートに問い合わせる際は、参照コードをお伝えください。</translation>
    </message>
    <message>
        <source>confirm without negotiation data</source>
        <translation>ネゴシエーション データなしの確認応答</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>フラグ %1</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Failed repeat connections</source>
        <translation>失敗した繰り返し接続</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 回中 %1 回</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>接続の試行</translation>
    </message>
    <message>
        <source>Repeat connections (latency and loss)</source>
        <translation>繰り返し接続 (遅延と損失)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>アラート %1</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 バイトを受信</translation>
    </message>
    <message>
        <source>Weak cipher suites offered</source>
        <translation>提示した弱い暗号スイート</translation>
    </message>
    <message>
        <source>Handshake with weak suites only</source>
        <translation>弱い暗号スイートのみでのハンドシェイク</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>共通名</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>キー使用法</translation>
    </message>
    <message>
        <source>Chain verification errors</source>
        <translation>証明書チェーンの検証エラー</translation>
    </message>
    <message>
        <source>NTLM target name</source>
        <translation>NTLM ターゲット名</translation>
    </message>
    <message>
        <source>up</source>
        <translation>アップ</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ダウン</translation>
    </message>
    <message>
        <source>running</source>
        <translation>動作中</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>キャリアなし</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>ループバック</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>VPN or tunnel</source>
        <translation>VPN またはトンネル</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>経路なし</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>既定のルート</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>送信元アドレス</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Route MTU</source>
        <translation>経路の MTU</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>パス MTU</translation>
    </message>
    <message>
        <source>Learned with</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>設定場所</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS プロキシ</translation>
    </message>
    <message>
        <source>Proxy for all protocols</source>
        <translation>全プロトコル用のプロキシ</translation>
    </message>
    <message>
        <source>Not through the proxy</source>
        <translation>プロキシを経由しない</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1、ポート %2</translation>
    </message>
    <message>
        <source>%1, %2 port %3</source>
        <translation>%1、%2 ポート %3</translation>
    </message>
    <message>
        <source>%1 (chain policy)</source>
        <translation>%1 (チェーンの既定のポリシー)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Can this computer connect elsewhere?</source>
        <translation>このコンピューターは他の宛先に接続できますか?</translation>
    </message>
    <message>
        <source>direct, without the gateway</source>
        <translation>直接接続 (ゲートウェイを使わない)</translation>
    </message>
    <message>
        <source>always through the gateway</source>
        <translation>常にゲートウェイを経由</translation>
    </message>
    <message>
        <source>direct first, through the gateway when that fails</source>
        <translation>まず直接接続し、失敗した場合はゲートウェイを経由</translation>
    </message>
    <message>
        <source>the client&apos;s default (usually through the gateway)</source>
        <translation>クライアントの既定値 (通常はゲートウェイを経由)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>規則数</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>確認した接続</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Conditions it cannot check</source>
        <translation>確認できない条件</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Firewall rules that block or may block</source>
        <translation>ブロックする、またはブロックする可能性があるファイアウォール規則</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>収集できなかった項目</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>既定のルート</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>DNS 検索ドメイン</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>ネットワーク インターフェイス</translation>
    </message>
    <message>
        <source>Routes toward the server</source>
        <translation>サーバーへの経路</translation>
    </message>
    <message>
        <source>Path in the .rdp file</source>
        <translation>.rdp ファイルでの接続経路</translation>
    </message>
    <message>
        <source>Usage method (gatewayusagemethod)</source>
        <translation>使用方法 (gatewayusagemethod)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>テスト済み</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP 応答</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP ステータス</translation>
    </message>
    <message>
        <source>Authentication offered</source>
        <translation>提示された認証方式</translation>
    </message>
    <message>
        <source>Name resolution of the gateway</source>
        <translation>ゲートウェイの名前解決</translation>
    </message>
    <message>
        <source>TCP connections to the gateway</source>
        <translation>ゲートウェイへの TCP 接続</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate</source>
        <translation>ゲートウェイの証明書</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Process ids</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <source>Starts at boot</source>
        <translation>起動時に自動開始</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>待ち受け中のソケット</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>いいえ: %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>Certificate readable</source>
        <translation>証明書を読み取り可能</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>キー ファイル</translation>
    </message>
    <message>
        <source>Key readable</source>
        <translation>キーを読み取り可能</translation>
    </message>
    <message>
        <source>Readability checked for</source>
        <translation>読み取り可否を確認したアカウント</translation>
    </message>
    <message>
        <source>The key file holds a private key</source>
        <translation>キー ファイルに秘密キーが含まれている</translation>
    </message>
    <message>
        <source>The key belongs to the certificate</source>
        <translation>キーが証明書に対応している</translation>
    </message>
    <message>
        <source>xrdp&apos;s certificate and key</source>
        <translation>xrdp の証明書とキー</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <source>Configuration read</source>
        <translation>構成を読み取り済み</translation>
    </message>
    <message>
        <source>Port (port=)</source>
        <translation>ポート (port=)</translation>
    </message>
    <message>
        <source>Security layer (security_layer=)</source>
        <translation>セキュリティ層 (security_layer=)</translation>
    </message>
    <message>
        <source>Encryption level (crypt_level=)</source>
        <translation>暗号化レベル (crypt_level=)</translation>
    </message>
    <message>
        <source>TLS versions (ssl_protocols=)</source>
        <translation>TLS のバージョン (ssl_protocols=)</translation>
    </message>
    <message>
        <source>Cipher suites (tls_ciphers=)</source>
        <translation>暗号スイート (tls_ciphers=)</translation>
    </message>
    <message>
        <source>Certificate (certificate=)</source>
        <translation>証明書 (certificate=)</translation>
    </message>
    <message>
        <source>Key (key_file=)</source>
        <translation>キー (key_file=)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ログ ファイル</translation>
    </message>
    <message>
        <source>Log read</source>
        <translation>ログを読み取り済み</translation>
    </message>
    <message>
        <source>xrdp</source>
        <translation>xrdp</translation>
    </message>
    <message>
        <source>Recent errors in the xrdp log</source>
        <translation>xrdp のログに記録された最近のエラー</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>レジストリ値</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>グループ ポリシー</translation>
    </message>
    <message>
        <source>Remote connections refused</source>
        <translation>リモート接続を拒否</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>セキュリティ層</translation>
    </message>
    <message>
        <source>Network Level Authentication required</source>
        <translation>ネットワーク レベル認証が必須</translation>
    </message>
    <message>
        <source>Minimum encryption level</source>
        <translation>最小暗号化レベル</translation>
    </message>
    <message>
        <source>Connections allowed</source>
        <translation>許可される接続数</translation>
    </message>
    <message>
        <source>Licensing mode</source>
        <translation>ライセンス モード</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>使用中の証明書</translation>
    </message>
    <message>
        <source>Remote Desktop settings (registry)</source>
        <translation>リモート デスクトップの設定 (レジストリ)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>ストア</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>秘密キー</translation>
    </message>
    <message>
        <source>Certificates in the stores</source>
        <translation>ストア内の証明書</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>クライアント/サーバー</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>DisabledByDefault</source>
        <translation>DisabledByDefault</translation>
    </message>
    <message>
        <source>SCHANNEL protocol keys</source>
        <translation>SCHANNEL プロトコルのレジストリ キー</translation>
    </message>
    <message>
        <source>Permissions of MachineKeys</source>
        <translation>MachineKeys のアクセス許可</translation>
    </message>
    <message>
        <source>Reading them needs administrator rights.</source>
        <translation>読み取るには管理者権限が必要です。</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>読み取っていません。</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>ライセンス サーバー</translation>
    </message>
    <message>
        <source>Grace period days left</source>
        <translation>猶予期間の残り日数</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Events of the last %1 days</source>
        <translation>過去 %1 日間のイベント</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Port clients use</source>
        <translation>クライアントが使うポート</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>今できること:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>その他の気付いた点 (接続は妨げません)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提示した方式</translation>
    </message>
    <message>
        <source>Method chosen</source>
        <translation>選択された方式</translation>
    </message>
    <message>
        <source>Server random</source>
        <translation>サーバー乱数</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 ビット</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>証明書 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>retried alone</source>
        <translation>単独で再試行</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Methods accepted when offered alone</source>
        <translation>単独で提示したときに受け付けられた方式</translation>
    </message>
    <message>
        <source>Encryption level</source>
        <translation>暗号化レベル</translation>
    </message>
    <message>
        <source>Broken among simultaneous connections</source>
        <translation>同時接続の中で切断された接続</translation>
    </message>
    <message>
        <source>%1; tried again alone: %2, answered then: %3</source>
        <translation>%1、単独で再試行: %2、その際に応答あり: %3</translation>
    </message>
    <message>
        <source>Connections the server held at once</source>
        <translation>サーバーが同時に保持した接続数</translation>
    </message>
    <message>
        <source>not determined (%1)</source>
        <translation>判定できず (%1)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>判定できなかった項目</translation>
    </message>
    <message>
        <source>Handshake with small packets (MSS %1)</source>
        <translation>小さなパケットでのハンドシェイク (MSS %1)</translation>
    </message>
    <message>
        <source>Packets lost for their size (path MTU)</source>
        <translation>サイズのために失われるパケット (経路 MTU)</translation>
    </message>
    <message>
        <source>not determined: %1</source>
        <translation>判定できません: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::NotDetermined</name>
    <message>
        <source>its connection broke among the run&apos;s simultaneous connections and could not be tried again alone</source>
        <translation>同時に開いた接続の中でこの接続が切断され、単独での再試行もできませんでした</translation>
    </message>
    <message>
        <source>its connection could not be opened</source>
        <translation>接続を開けませんでした</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>実行が中止されました</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>the server did not finish the handshake in time</source>
        <translation>サーバーが時間内にハンドシェイクを完了しませんでした</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library refused to offer it</source>
        <translation>このコンピューターの TLS ライブラリが提示を拒否しました</translation>
    </message>
    <message>
        <source>its connection did not get as far as TLS</source>
        <translation>接続が TLS の段階まで進みませんでした</translation>
    </message>
    <message>
        <source>no X.224 request selected TLS, so no version was tried alone</source>
        <translation>TLS を選択した X.224 要求がなかったため、バージョンごとの試行は行われませんでした</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library has no weak cipher suite to offer</source>
        <translation>このコンピューターの TLS ライブラリには提示できる弱い暗号スイートがありません</translation>
    </message>
    <message>
        <source>the weak-cipher probe did not get an answer to its handshake</source>
        <translation>弱い暗号のテストはハンドシェイクへの応答を得られませんでした</translation>
    </message>
    <message>
        <source>no handshake got as far as the server&apos;s certificate</source>
        <translation>サーバー証明書の段階まで進んだハンドシェイクはありませんでした</translation>
    </message>
    <message>
        <source>CredSSP was not attempted</source>
        <translation>CredSSP は試行されませんでした</translation>
    </message>
    <message>
        <source>no connection to the server could be opened</source>
        <translation>サーバーへの接続を開けませんでした</translation>
    </message>
    <message>
        <source>the connections held at once did not show the limit</source>
        <translation>同時に保持した接続では上限が分かりませんでした</translation>
    </message>
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>ファイルが有効な UTF-16 テキストではありません</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>ファイルにはテキストではなくバイナリ データが含まれています</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>the file is too large for a Remote Desktop file (%1 bytes, at most %2)</source>
        <translation>ファイルがリモート デスクトップ ファイルとしては大きすぎます (%1 バイト、上限は %2 バイト)</translation>
    </message>
    <message>
        <source>the file has no &quot;full address&quot; setting</source>
        <translation>ファイルに「full address」の設定がありません</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>「full address」の設定が空です</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>%1 文字を超えています</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>true または false ではありません</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>%1 から %2 までの整数ではありません</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>エントリが %1 個を超えています</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>「%1」は ISO 8601 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>16 進数のバイト列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は %2 のいずれでもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>「%1」は既知の ID ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>「%1」はプロトコルではありません</translation>
    </message>
    <message>
        <source>evidence too large</source>
        <translation>証拠データが大きすぎます</translation>
    </message>
    <message>
        <source>evidence nested too deeply</source>
        <translation>証拠データの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>「%1」は有効な段階ではありません</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>「%1」は argument でも rdp-file でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>「%1」は検出結果コードではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>「%1」は 16 進数のコードではありません</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>有効な所要時間ではありません</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>rdpdiag ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>「%1」は参照コードではありません</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>段階が 2 回記載されています</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>rdpdiag のレポートではありません (「schema」がありません)</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>このレポートのスキーマは %1 で、新しいバージョンの rdpdiag で作成されています。このバージョンで読み取れるのは %2 です</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>rdpdiag のレポートではありません (スキーマ「%1」、想定値 %2)</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>レポートが %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>レポートが有効な JSON ではありません (%2 バイト目で %1)</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>rdpdiag のレポートではありません (JSON オブジェクトではありません)</translation>
    </message>
    <message>
        <source>names no proxy</source>
        <translation>プロキシが指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>「%1」はプレースホルダー名ではありません</translation>
    </message>
    <message>
        <source>not upper-case hexadecimal</source>
        <translation>大文字の 16 進数ではありません</translation>
    </message>
    <message>
        <source>not a process id</source>
        <translation>プロセス ID ではありません</translation>
    </message>
    <message>
        <source>without the local facts it belongs to</source>
        <translation>所属するローカルの事実がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption method</source>
        <translation>&quot;%1&quot; は暗号化方式ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption level</source>
        <translation>&quot;%1&quot; は暗号化レベルではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type</source>
        <translation>&quot;%1&quot; は証明書の種類ではありません</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>.rdp ファイルではネットワーク レベル認証が無効にされています (enablecredsspsupport:i:0) が、%1 では NLA が必須です。</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>.rdp ファイルではサーバー認証が必須にされています (authentication level:i:1) が、%1 は標準 RDP セキュリティしか提供しておらず、サーバーを認証できません。</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>証明書が %1 に対して発行されていません</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>.rdp ファイルではサーバー認証が必須にされています (authentication level:i:1) が、サーバーの証明書はこの検証に合格しません: %1。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>名前「%1」は DNS に存在しません (ネーム サーバーの応答は NXDOMAIN)。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>名前「%1」は存在しますが、DNS にはその IPv4 アドレスも IPv6 アドレスもありません。</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>「%1」について、%2 ms 以内に応答したネーム サーバーはありませんでした。</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>「%1」の名前解決に失敗しました: %2。</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 は %2 ms 後に接続を拒否しました。コンピューターには到達できますが、ポート %3 で接続を受け付けるものがありません。</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 は %2 ms 以内に接続試行に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>このコンピューターから %1 に到達できません: %2。</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>%1 への接続の確立に %2 ms かかりました (%3 回の試行の中央値)。</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>%3 への接続試行 %2 回のうち、%1 回が失敗しました。</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 は TCP 接続を受け付けましたが、X.224 Connection Request を受信してから %2 ms 後に、応答せずに接続をリセットしました。</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 は X.224 Connection Request を受信してから %2 ms 後に、応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 は Connection Confirm を %2 バイトだけ送信して、接続を閉じました。</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 は TCP 接続を受け付けましたが、%2 ms 以内に完全な Connection Confirm を送信しませんでした (受信したのは %3 バイト)。</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>%1 で応答しているのはリモート デスクトップ サーバーではありません。送信された内容: 「%2」</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 は、有効な Connection Confirm ではない TPKT パケットで応答しました (%2)。</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>TLS を要求しましたが、%1 は代わりに標準 RDP セキュリティを選択しました。TLS もネットワーク レベル認証も提供していません。</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>%1 は %2 を要求されて SSL_NOT_ALLOWED_BY_SERVER と応答しました。標準 RDP セキュリティのみを使うように設定されています。</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>%1 は %2 を要求されて SSL_CERT_NOT_ON_SERVER と応答しました。TLS に使える証明書がありません。</translation>
    </message>
    <message>
        <source>%1 answered INCONSISTENT_FLAGS when asked for %2.</source>
        <translation>%1 は %2 を要求されて INCONSISTENT_FLAGS と応答しました。</translation>
    </message>
    <message>
        <source>%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires TLS.</source>
        <translation>%1 は標準 RDP セキュリティを拒否し (SSL_REQUIRED_BY_SERVER)、TLS を必須にしています。</translation>
    </message>
    <message>
        <source>%1 requires Network Level Authentication: it answered HYBRID_REQUIRED_BY_SERVER to %2.</source>
        <translation>%1 はネットワーク レベル認証を必須にしています。%2 に対して HYBRID_REQUIRED_BY_SERVER と応答しました。</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 は、クライアント証明書を使った TLS を必須にしています (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER)。</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>%1 は、クライアントから要求された場合に、標準 RDP セキュリティをまだ受け付けます。</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>%1 は、CredSSP (ネットワーク レベル認証) を要求されても選択しませんでした。</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1 (.rdp ファイルから)</translation>
    </message>
    <message>
        <source>IP address given, no lookup needed</source>
        <translation>IP アドレスが指定されているため、名前解決は不要</translation>
    </message>
    <message>
        <source>resolved to %1</source>
        <translation>%1 に解決</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>名前が存在しません</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>名前にアドレスがありません</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>ネーム サーバーから応答がありません</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>名前解決に失敗しました: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消されました</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>接続先のアドレスがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>%1 に接続しました (中央値 %2 ms、%4 回中 %3 回の試行が失敗)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>サーバーが %1 を選択。受け付けるプロトコル: %2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>サーバーが拒否: %1。受け付けるプロトコル: %2</translation>
    </message>
    <message>
        <source>%1 after the Connection Request (%2 ms)</source>
        <translation>Connection Request の後に %1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>アラート %1 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2 ms, %3 bytes received</source>
        <translation>%2 ms 後に %1、%3 バイト受信</translation>
    </message>
    <message>
        <source>NTLM challenge from %1, CredSSP version %2</source>
        <translation>%1 からの NTLM チャレンジ、CredSSP バージョン %2</translation>
    </message>
    <message>
        <source>not used: the server selected Standard RDP Security</source>
        <translation>未使用: サーバーが標準 RDP セキュリティを選択しました</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>未使用: サーバーが CredSSP を選択しませんでした</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>The system has no route to %1.</source>
        <translation>システムに %1 への経路がありません。</translation>
    </message>
    <message>
        <source>This computer has no default route at all.</source>
        <translation>このコンピューターには既定のルートがまったくありません。</translation>
    </message>
    <message numerus="yes">
        <source>The target and %n other endpoint(s) (DNS servers, gateway) could not be reached from this computer.</source>
        <translation>
            <numerusform>このコンピューターから、対象とその他 %n 個のエンドポイント (DNS サーバー、ゲートウェイ) に到達できませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The route to %1 leaves through %2 (%3).</source>
        <translation>%1 への経路は %2 (%3) を通っています。</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>トンネル</translation>
    </message>
    <message>
        <source>The largest packet toward %1 is %2 bytes (adapter %3).</source>
        <translation>%1 に向けて送信できる最大のパケットは %2 バイトです (アダプター %3)。</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3), which this computer would send to its default gateway %4.</source>
        <translation>%1 は %2 (%3) に解決されますが、このコンピューターはこのアドレス宛ての通信を既定のゲートウェイ %4 に送ります。</translation>
    </message>
    <message>
        <source>The answer is the address of a DNS server or router of this network, which points to a captive portal or a DNS server that answers every name with its own address.</source>
        <translation>応答は、このネットワークの DNS サーバーまたはルーターのアドレスです。キャプティブ ポータル、またはあらゆる名前に対して自身のアドレスを返す DNS サーバーがあることを示しています。</translation>
    </message>
    <message>
        <source>Outgoing TCP to port %1 is stopped by %2.</source>
        <translation>ポート %1 への送信 TCP 通信が %2 によって止められています。</translation>
    </message>
    <message>
        <source>Possibly blocking: %1.</source>
        <translation>ブロックしている可能性があるもの: %1。</translation>
    </message>
    <message>
        <source>Not readable: %1.</source>
        <translation>読み取れないもの: %1。</translation>
    </message>
    <message>
        <source>The .rdp file says to always use the gateway (gatewayusagemethod 1): the client never connects to %1 directly.</source>
        <translation>.rdp ファイルでは、常にゲートウェイを使うように指定されています (gatewayusagemethod 1)。クライアントが %1 に直接接続することはありません。</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct test failed, so the client goes through the gateway.</source>
        <translation>.rdp ファイルでは、直接接続に失敗した場合にゲートウェイを使うように指定されています (gatewayusagemethod 2)。直接のテストは失敗したため、クライアントはゲートウェイを経由します。</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct connection worked, so the client connects directly.</source>
        <translation>.rdp ファイルでは、直接接続に失敗した場合にゲートウェイを使うように指定されています (gatewayusagemethod 2)。直接の接続は成功したため、クライアントは直接接続します。</translation>
    </message>
    <message>
        <source>The .rdp file names the gateway and leaves its use to the client&apos;s default settings, which normally means through the gateway.</source>
        <translation>.rdp ファイルではゲートウェイが指定されており、その使用はクライアントの既定の設定に任されています。通常は、ゲートウェイを経由することになります。</translation>
    </message>
    <message>
        <source>The .rdp file names a gateway but says not to use it.</source>
        <translation>.rdp ファイルではゲートウェイが指定されていますが、使わないように設定されています。</translation>
    </message>
    <message>
        <source>The gateway&apos;s name %1 could not be resolved (%2).</source>
        <translation>ゲートウェイの名前 %1 を解決できませんでした (%2)。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 ended with: %3.</source>
        <translation>%1 のポート %2 への接続の結果: %3。</translation>
    </message>
    <message>
        <source>The TLS handshake with the gateway ended with: %1.</source>
        <translation>ゲートウェイとの TLS ハンドシェイクの結果: %1。</translation>
    </message>
    <message>
        <source>It ended on %1.</source>
        <translation>%1 に有効期限が切れました。</translation>
    </message>
    <message>
        <source>It is made out to %1.</source>
        <translation>発行先は %1 です。</translation>
    </message>
    <message>
        <source>Verification said: %1.</source>
        <translation>検証結果: %1。</translation>
    </message>
    <message>
        <source>The answer was: %1.</source>
        <translation>応答: %1。</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>証明書の有効期限は %1 に切れました (%2 日前)。</translation>
    </message>
    <message>
        <source>The certificate ends on %1, in %2 days.</source>
        <translation>証明書の有効期限は %1 です (あと %2 日)。</translation>
    </message>
    <message>
        <source>The certificate becomes valid only on %1; this computer&apos;s clock says %2.</source>
        <translation>証明書が有効になるのは %1 からですが、このコンピューターの時計は %2 を示しています。</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed by itself.</source>
        <translation>証明書「%1」は自己署名されています。</translation>
    </message>
    <message>
        <source>Checking the chain against this computer&apos;s trusted roots failed: %1.</source>
        <translation>このコンピューターの信頼されたルートに対するチェーンの検証に失敗しました: %1。</translation>
    </message>
    <message>
        <source>You connect to &quot;%1&quot;, but the certificate is made out to %2.</source>
        <translation>接続先は「%1」ですが、証明書の発行先は %2 です。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 with only %2 bits.</source>
        <translation>証明書のキーは %1 で、%2 ビットしかありません。</translation>
    </message>
    <message>
        <source>The certificate is signed with %1.</source>
        <translation>証明書は %1 で署名されています。</translation>
    </message>
    <message>
        <source>The certificate&apos;s Extended Key Usage allows only: %1.</source>
        <translation>証明書の拡張キー使用法で許可されている用途は次のみです: %1。</translation>
    </message>
    <message>
        <source>The server reset the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>サーバーは、こちらからの CredSSP 要求の後、NTLM チャレンジを送信する前に接続をリセットしました。</translation>
    </message>
    <message>
        <source>The server closed the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>サーバーは、こちらからの CredSSP 要求の後、NTLM チャレンジを送信する前に接続を閉じました。</translation>
    </message>
    <message>
        <source>The server did not answer our CredSSP request within %1 ms.</source>
        <translation>サーバーは、こちらからの CredSSP 要求に %1 ms 以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server answered our CredSSP request with the error code %1 instead of an NTLM challenge.</source>
        <translation>サーバーは、こちらからの CredSSP 要求に対して、NTLM チャレンジではなくエラー コード %1 で応答しました。</translation>
    </message>
    <message>
        <source>The server speaks CredSSP version %1.</source>
        <translation>サーバーは CredSSP バージョン %1 を使っています。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds ahead of this computer&apos;s.</source>
        <translation>サーバーの時計は、このコンピューターの時計より %1 秒進んでいます。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds behind this computer&apos;s.</source>
        <translation>サーバーの時計は、このコンピューターの時計より %1 秒遅れています。</translation>
    </message>
    <message>
        <source>no route to %1</source>
        <translation>%1 への経路なし</translation>
    </message>
    <message>
        <source>via %1 (MTU %2)</source>
        <translation>%1 経由 (MTU %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <source>firewalls read: %1</source>
        <translation>読み取ったファイアウォール: %1</translation>
    </message>
    <message>
        <source>gateway %1:%2</source>
        <translation>ゲートウェイ %1:%2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>%1 で待ち受け中</translation>
    </message>
    <message>
        <source>no Remote Desktop service found</source>
        <translation>リモート デスクトップのサービスが見つかりません</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>サーバーは TLS ハンドシェイク中、応答を %1 バイト送信した後に接続をリセットしました。</translation>
    </message>
    <message>
        <source>The server reset the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>サーバーは TLS ハンドシェイクが始まった直後、応答を何も送信しないうちに接続をリセットしました。</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>サーバーは TLS ハンドシェイク中、応答を %1 バイト送信した後に接続を閉じました。</translation>
    </message>
    <message>
        <source>The server closed the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>サーバーは TLS ハンドシェイクが始まった直後、応答を何も送信しないうちに接続を閉じました。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled: after %1 bytes of the server&apos;s reply nothing more arrived within %2 ms.</source>
        <translation>TLS ハンドシェイクが途中で止まりました。サーバーの応答を %1 バイト受信した後、%2 ms 以内にそれ以上何も届きませんでした。</translation>
    </message>
    <message>
        <source>The server sent no TLS reply at all within %1 ms.</source>
        <translation>サーバーは %1 ms 以内に TLS の応答をまったく送信しませんでした。</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot; (number %2).</source>
        <translation>サーバーはアラート「%1」(番号 %2) を送信して TLS ハンドシェイクを終了しました。</translation>
    </message>
    <message>
        <source>Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server.</source>
        <translation>TLS 1.2 と TLS 1.3 をそれぞれ強制したハンドシェイクは、どちらもサーバーに拒否されました。</translation>
    </message>
    <message>
        <source>The server completed a handshake with TLS %1.</source>
        <translation>サーバーは TLS %1 でハンドシェイクを完了しました。</translation>
    </message>
    <message>
        <source>The server accepted the weak cipher suite %1.</source>
        <translation>サーバーは弱い暗号スイート %1 を受け付けました。</translation>
    </message>
    <message>
        <source>Stopped by %1.</source>
        <translation>%1 によって止められています。</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>条件付き: %1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>No xrdp process runs with %1 (%2).</source>
        <translation>%1 を使って実行されている xrdp のプロセスはありません (%2)。</translation>
    </message>
    <message>
        <source>xrdp-sesman is %1.</source>
        <translation>xrdp-sesman の状態: %1。</translation>
    </message>
    <message>
        <source> Port %1 is held by %2 (pid %3).</source>
        <translation>ポート %1 は %2 (PID %3) が使用しています。</translation>
    </message>
    <message>
        <source>xrdp runs but listens on none of %1.</source>
        <translation>xrdp は実行中ですが、%1 のいずれでも待ち受けていません。</translation>
    </message>
    <message>
        <source>xrdp uses port %1, clients use %2.</source>
        <translation>xrdp はポート %1 を使っていますが、クライアントは %2 を使っています。</translation>
    </message>
    <message>
        <source>xrdp listens on %1 only.</source>
        <translation>xrdp は %1 でのみ待ち受けています。</translation>
    </message>
    <message>
        <source>%1 sets security_layer=rdp.</source>
        <translation>%1 で security_layer=rdp が設定されています。</translation>
    </message>
    <message>
        <source>ssl_protocols=%1.</source>
        <translation>ssl_protocols=%1。</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate.</source>
        <translation>%1 には読み取り可能な証明書がありません。</translation>
    </message>
    <message>
        <source>%1 holds no usable private key.</source>
        <translation>%1 には使用可能な秘密キーがありません。</translation>
    </message>
    <message>
        <source>%1 is not the key of %2.</source>
        <translation>%1 は %2 のキーではありません。</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 の有効期限は %2 に切れました。</translation>
    </message>
    <message>
        <source>%1 has a %2-bit RSA key.</source>
        <translation>%1 の RSA キーは %2 ビットです。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最後のエラー: %1</translation>
    </message>
    <message>
        <source>TermService is %1.</source>
        <translation>TermService の状態: %1。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 の状態: %2。</translation>
    </message>
    <message>
        <source>A Group Policy sets fDenyTSConnections to 1.</source>
        <translation>グループ ポリシーで fDenyTSConnections が 1 に設定されています。</translation>
    </message>
    <message>
        <source>fDenyTSConnections is 1.</source>
        <translation>fDenyTSConnections は 1 です。</translation>
    </message>
    <message>
        <source>PortNumber is %1, clients use %2.</source>
        <translation>PortNumber は %1 ですが、クライアントは %2 を使っています。</translation>
    </message>
    <message>
        <source>No socket of TermService listens on port %1.</source>
        <translation>ポート %1 で待ち受けている TermService のソケットはありません。</translation>
    </message>
    <message>
        <source>SecurityLayer is 0.</source>
        <translation>SecurityLayer は 0 です。</translation>
    </message>
    <message>
        <source>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</source>
        <translation>TLS 1.2\Server: Enabled=%1、DisabledByDefault=%2。</translation>
    </message>
    <message>
        <source>Switched on explicitly: %1.</source>
        <translation>明示的に有効化されているもの: %1。</translation>
    </message>
    <message>
        <source>SSLCertificateSHA1Hash names %1, which is in neither store.</source>
        <translation>SSLCertificateSHA1Hash には %1 が指定されていますが、この証明書はどちらのストアにもありません。</translation>
    </message>
    <message>
        <source>The certificate %1 has no private key (HasPrivateKey False).</source>
        <translation>証明書 %1 には秘密キーがありません (HasPrivateKey False)。</translation>
    </message>
    <message>
        <source>The certificate %1 ended on %2.</source>
        <translation>証明書 %1 の有効期限は %2 に切れました。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Event 1069: the grace period has expired.</source>
        <translation>イベント 1069: 猶予期間が終了しました。</translation>
    </message>
    <message>
        <source>0 days of the grace period are left.</source>
        <translation>猶予期間の残りは 0 日です。</translation>
    </message>
    <message>
        <source>%1 days of the grace period are left.</source>
        <translation>猶予期間の残りは %1 日です。</translation>
    </message>
    <message>
        <source>MaxInstanceCount is %1.</source>
        <translation>MaxInstanceCount は %1 です。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, the latest at %2: %3</source>
        <translation>
            <numerusform>過去 %1 日間に %n 件のイベント。最新は %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform: %1.</source>
        <translation>プラットフォーム: %1。</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>読み取れなかった項目: %1。</translation>
    </message>
    <message>
        <source>no active firewall found</source>
        <translation>有効なファイアウォールは見つかりません</translation>
    </message>
    <message>
        <source>%1 refused (%2)</source>
        <translation>%1 は拒否 (%2)</translation>
    </message>
    <message>
        <source>%1 answered with %2</source>
        <translation>%1 に %2 で応答</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>示されず</translation>
    </message>
    <message>
        <source>Offered alone, %1 was accepted by %2 (encryption level %3).</source>
        <translation>単独で提示した %1 を %2 が受け付けました (暗号化レベル %3)。</translation>
    </message>
    <message>
        <source>%1 announced the encryption level %2 and accepted only %3 of the four methods offered alone.</source>
        <translation>%1 は暗号化レベル %2 を通知し、単独で提示した 4 つの方式のうち %3 だけを受け付けました。</translation>
    </message>
    <message>
        <source>%1 accepted none of the four methods offered alone (encryption level %2): %3.</source>
        <translation>%1 は単独で提示した 4 つの方式をどれも受け付けませんでした (暗号化レベル %2): %3。</translation>
    </message>
    <message>
        <source>; Standard RDP Security: level %1, accepts %2</source>
        <translation>; 標準 RDP セキュリティ: レベル %1、受け付ける方式 %2</translation>
    </message>
    <message>
        <source>none of the methods offered</source>
        <translation>提示した方式のいずれもなし</translation>
    </message>
    <message>
        <source>%1 of the connections this check opened to %2 at the same time broke before the server answered; tried again one at a time, %3 of them worked.</source>
        <translation>このチェックが %2 に同時に開いた接続のうち %1 件が、サーバーの応答前に切断されました。1 つずつ再試行したところ、%3 件が成功しました。</translation>
    </message>
    <message>
        <source>The server held one connection at once and broke the next one.</source>
        <translation>サーバーは同時に 1 つの接続を保持し、次の接続を切断しました。</translation>
    </message>
    <message>
        <source>The server held %1 connections at once and broke the next one.</source>
        <translation>サーバーは同時に %1 個の接続を保持し、次の接続を切断しました。</translation>
    </message>
    <message>
        <source>How many connections it holds at once could not be determined (%1).</source>
        <translation>同時に保持できる接続数は判定できませんでした (%1)。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled after %1 bytes of the server&apos;s reply, but a second handshake that asked the server for TCP segments of at most %2 bytes completed in %3 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>TLS ハンドシェイクはサーバーの応答を %1 バイト受信した後に途中で止まりましたが、最大 %2 バイトの TCP セグメントをサーバーに要求した 2 回目のハンドシェイクは %3 ms で完了しました。サーバーのフルサイズのパケットが途中で失われています。</translation>
    </message>
    <message>
        <source>None of the server&apos;s TLS reply arrived, but a second handshake that asked the server for TCP segments of at most %1 bytes completed in %2 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>サーバーの TLS 応答はまったく届きませんでしたが、最大 %1 バイトの TCP セグメントをサーバーに要求した 2 回目のハンドシェイクは %2 ms で完了しました。サーバーのフルサイズのパケットが途中で失われています。</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes completed</source>
        <translation>。最大 %1 バイトの TCP セグメントでのハンドシェイクは完了</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes stalled too</source>
        <translation>。最大 %1 バイトの TCP セグメントでのハンドシェイクも停止</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Stages</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>名前解決 (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>セキュリティ ネゴシエーション (X.224)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (ネットワーク レベル認証)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>RD Gateway</source>
        <translation>RD ゲートウェイ</translation>
    </message>
    <message>
        <source>Server self-check</source>
        <translation>サーバーの自己診断</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>X.224</source>
        <translation>X.224</translation>
    </message>
    <message>
        <source>CredSSP</source>
        <translation>CredSSP</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>名前解決 (DNS)</translation>
    </message>
    <message>
        <source>Connection to the Remote Desktop port (TCP)</source>
        <translation>リモート デスクトップのポートへの接続 (TCP)</translation>
    </message>
    <message>
        <source>Encryption and certificate (TLS)</source>
        <translation>暗号化と証明書 (TLS)</translation>
    </message>
    <message>
        <source>Network Level Authentication (CredSSP)</source>
        <translation>ネットワーク レベル認証 (CredSSP)</translation>
    </message>
    <message>
        <source>Standard RDP Security</source>
        <translation>標準 RDP セキュリティ</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Target</name>
    <message>
        <source>a space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a computer name</source>
        <translation>「%1」はコンピューター名ではありません</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>コンピューター名が %1 文字を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>「%1」には、ドットの間に空の部分があります</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>コンピューター名の一部が %1 文字を超えています: 「%2」</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>コンピューター名の各部分の先頭または末尾に「-」は使用できません: 「%1」</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>コンピューター名またはアドレスが指定されていません</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>コンピューター名に %1 は使用できません: 「%2」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>「%1」は有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>「:」の後にポート番号がありません</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>無効なポート「%1」: 1 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>「%1」の角かっこが対応していません: IPv6 アドレスは [アドレス] または [アドレス]:ポート の形式で指定してください</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>「%1」に予期しない角かっこがあります: IPv6 アドレスは [アドレス] または [アドレス]:ポート の形式で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>「%1」は有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>「]」の後に予期しないテキスト「%1」があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>「%1」は URL のようです: コンピューター名またはアドレスだけを指定してください (必要に応じて :ポート を付けます)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>「%1」は有効な IPv6 アドレスではありません (ポートを指定するには [アドレス]:ポート の形式で記述します)</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>「:」の前にコンピューター名またはアドレスがありません</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>「%1」を開けません: ファイルが存在しません</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>「%1」を読み取れません: ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>「%1」を読み取れません: 通常のファイルではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>「%1」はリモート デスクトップ ファイルとしては大きすぎます (%2 バイト、上限は %3 バイト)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>「%1」を読み取れません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>「%1」はリモート デスクトップ ファイルとしては大きすぎます (%2 バイトを超えています)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>「%1」: サーバーのポート %2 が 1 から 65535 までの数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>「%1」: 「full address」の値を使用できません: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TextSummary</name>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>このコンピューターで</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>サーバーで</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2 — %3 ms — reference %4</source>
        <translation>rdpdiag %1 — %2 — %3 ms — 参照コード %4</translation>
    </message>
    <message>
        <source>The run was cancelled; what follows is incomplete.</source>
        <translation>実行は取り消されました。以下の内容は不完全です。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>検出結果はありません。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>その他の気付いた点 (接続は妨げません)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>判定できなかった項目</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TicketSummary</name>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>rdpdiag findings — reference %1</source>
        <translation>rdpdiag の検出結果 — 参照コード %1</translation>
    </message>
    <message>
        <source>Target:    %1</source>
        <translation>対象:      %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>アドレス:  %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>実行:      %1 UTC、%2 ms、rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation> (取り消し: 不完全)</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>報告:      エラー コード %1、拡張コード %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>匿名化:    名前とアドレスはプレースホルダーに置き換えられています</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定:</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>段階:      %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>主な対処方法 (%1):</translation>
    </message>
    <message>
        <source>on the client</source>
        <translation>クライアントで</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>サーバーで</translation>
    </message>
    <message>
        <source>  (no fix steps: see report.html)</source>
        <translation>  (対処手順はありません: report.html を参照してください)</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>対処は不要です。接続を妨げる問題はありません。</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>詳細: バンドル内の report.html と report.json (参照コード %1)。</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>エラー: %1、警告: %2、情報: %3</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>  … and %1 more (see report.html)</source>
        <translation>  … ほか %1 件 (report.html を参照)</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>回答:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>対応者:</translation>
    </message>
    <message>
        <source>  … and %1 more step(s) in report.html</source>
        <translation>  … ほか %1 件の手順は report.html にあります</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections):</source>
        <translation>その他の気付いた点 (接続は妨げません):</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Translations</name>
    <message>
        <source>--lang needs a language code (e.g. de)</source>
        <translation>--lang には言語コードが必要です (例: de)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang &quot;%1&quot; は言語コードではありません (de や zh_CN を試してください)</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ChecksModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::DiagnosticWizard</name>
    <message>
        <source>Remote Desktop connection check</source>
        <translation>リモート デスクトップ接続の診断</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>診断を停止</translation>
    </message>
    <message>
        <source>Stop the diagnosis now; what was checked so far stays shown</source>
        <translation>診断を今すぐ停止します。それまでに確認した内容は表示されたままになります</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>技術的な詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技術的な詳細</translation>
    </message>
    <message>
        <source>For support staff: raw evidence under every finding (bytes sent and received, protocol values, timings)</source>
        <translation>サポート担当者向け: 各検出結果の下に、生の証拠データ (送受信したバイト、プロトコルの値、タイミング) を表示します</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>検出結果バンドルを開く</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip);;All files (*)</source>
        <translation>検出結果バンドル (*.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The findings bundle %1 cannot be opened: %2</source>
        <translation>検出結果バンドル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the findings bundle</source>
        <translation>検出結果バンドルのエクスポート</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip)</source>
        <translation>検出結果バンドル (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved: %1</source>
        <translation>バンドルは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved %1. Attach it to your support request.</source>
        <translation>%1 を保存しました。サポートへの問い合わせに添付してください。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Evidence</name>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス一覧</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>受信したバイト数</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>所要時間 (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー一覧</translation>
    </message>
    <message>
        <source>Expected port</source>
        <translation>想定されるポート</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効開始日</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Bytes received (hex)</source>
        <translation>受信したバイト (16 進)</translation>
    </message>
    <message>
        <source>Protocols asked for</source>
        <translation>要求したプロトコル</translation>
    </message>
    <message>
        <source>Protocol chosen</source>
        <translation>選択されたプロトコル</translation>
    </message>
    <message>
        <source>Bytes sent (hex)</source>
        <translation>送信したバイト (16 進)</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>発行先</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>Time limit (ms)</source>
        <translation>制限時間 (ms)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::FindingView</name>
    <message>
        <source>On this computer</source>
        <translation>このコンピューターで</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt</source>
        <translation>コマンド プロンプト</translation>
    </message>
    <message>
        <source>Terminal (bash)</source>
        <translation>ターミナル (bash)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation>チェック項目を選択すると、検出された内容と対処方法が表示されます。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>%1 のコマンド</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Copy this %1 command to the clipboard</source>
        <translation>この %1 コマンドをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>検出された内容</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠データ</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>検出結果コード</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>所要時間: %1 ms。</translation>
    </message>
    <message>
        <source>The diagnosis is at this step now.</source>
        <translation>診断は現在この手順を実行中です。</translation>
    </message>
    <message>
        <source>The diagnosis has not reached this step yet.</source>
        <translation>診断はまだこの手順に達していません。</translation>
    </message>
    <message>
        <source>Raw facts</source>
        <translation>収集した生の情報</translation>
    </message>
    <message>
        <source>On the remote computer</source>
        <translation>リモート コンピューターで</translation>
    </message>
    <message>
        <source>Steps for the administrator</source>
        <translation>管理者向けの手順</translation>
    </message>
    <message>
        <source>For support staff: the evidence (bytes, protocol values, timings) is under Technical details.</source>
        <translation>サポート担当者向け: 根拠 (バイト、プロトコルの値、時間) は [技術的な詳細] にあります。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::HeadlineView</name>
    <message>
        <source>Not checked by this run:</source>
        <translation>この実行で確認していない項目:</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>今できること:</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::PipelineStrip</name>
    <message>
        <source>Connection steps</source>
        <translation>接続の段階</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>▲ broke here</source>
        <translation>▲ ここで失敗</translation>
    </message>
    <message>
        <source>The connection broke at %1.</source>
        <translation>接続は %1 で失敗しました。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ResultsPage</name>
    <message>
        <source>Can this computer find the remote computer and reach its Remote Desktop port?</source>
        <translation>このコンピューターはリモート コンピューターを見つけ、そのリモート デスクトップのポートに到達できますか?</translation>
    </message>
    <message>
        <source>Does a firewall on the way, on the server or on this computer block the connection?</source>
        <translation>途中の経路、サーバー、またはこのコンピューターのファイアウォールが接続をブロックしていませんか?</translation>
    </message>
    <message>
        <source>Do this computer and the server agree on how to secure the connection?</source>
        <translation>このコンピューターとサーバーは、接続の保護方法について合意できますか?</translation>
    </message>
    <message>
        <source>Can the encrypted connection be set up, and is the server&apos;s certificate in order?</source>
        <translation>暗号化された接続を確立でき、サーバーの証明書に問題はありませんか?</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service of this computer (the server) in order?</source>
        <translation>このコンピューター (サーバー) のリモート デスクトップのサービスは正常ですか?</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>セキュリティ層</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>チェック項目(&amp;H):</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>チェック項目: %1</translation>
    </message>
    <message>
        <source>Nothing found on this page so far.</source>
        <translation>このページでは、まだ何も検出されていません。</translation>
    </message>
    <message>
        <source>Nothing found on this page.</source>
        <translation>このページでは何も検出されませんでした。</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 note(s) on this page.</source>
        <translation>このページの検出結果: 問題 %1 件、警告 %2 件、情報 %3 件。</translation>
    </message>
    <message>
        <source>The checks of this page appear here as the diagnosis reaches them.</source>
        <translation>このページのチェック項目は、診断が進むにつれてここに表示されます。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::RunStatusBar</name>
    <message>
        <source>Saved run of %1, made %2 (reference %3), opened from %4.</source>
        <translation>保存された %1 の実行結果 (%2 に作成、参照コード %3) を %4 から開きました。</translation>
    </message>
    <message>
        <source>Saved run of %1 made on %2, %3 (reference %4), opened from %5.</source>
        <translation>保存された %1 の実行結果 (%2 で %3 に作成、参照コード %4) を %5 から開きました。</translation>
    </message>
    <message>
        <source>Read-only: go back to the first page to run a new diagnosis.</source>
        <translation>読み取り専用です。新しい診断を実行するには、最初のページに戻ってください。</translation>
    </message>
    <message>
        <source>Names and addresses were hidden.</source>
        <translation>名前とアドレスは非表示になっています。</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>診断の進行状況</translation>
    </message>
    <message>
        <source>The diagnosis starts when you leave the first page.</source>
        <translation>最初のページから次へ進むと、診断が開始されます。</translation>
    </message>
    <message>
        <source>Checking: %1… (%2 s)</source>
        <translation>確認中: %1… (%2 秒)</translation>
    </message>
    <message>
        <source>Checking… (%1 s)</source>
        <translation>確認中… (%1 秒)</translation>
    </message>
    <message>
        <source>Diagnosis of %1 finished in %2 s (reference %3).</source>
        <translation>%1 の診断が %2 秒で完了しました (参照コード %3)。</translation>
    </message>
    <message>
        <source>You stopped the diagnosis. What was checked until then is shown; the rest was not checked.</source>
        <translation>診断を停止しました。それまでに確認した内容が表示されています。残りの項目は確認されていません。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Status</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>note</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消し済み</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>&amp;All findings:</source>
        <translation>すべての検出結果(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>チケット用の概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>チケット用の概要をコピー</translation>
    </message>
    <message>
        <source>Copy a short text for a support ticket to the clipboard</source>
        <translation>サポート チケット用の短いテキストをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>もう一度実行</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Export findings bundle</source>
        <translation>検出結果バンドルをエクスポート</translation>
    </message>
    <message>
        <source>Save everything support needs in one .zip file</source>
        <translation>サポートに必要なすべての情報を 1 つの .zip ファイルに保存します</translation>
    </message>
    <message>
        <source>&amp;Hide names and addresses</source>
        <translation>名前とアドレスを隠す(&amp;H)</translation>
    </message>
    <message>
        <source>The ticket summary is on the clipboard: paste it into your support request.</source>
        <translation>チケット用の概要をクリップボードにコピーしました。サポートへの問い合わせに貼り付けてください。</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>まだ何も確認していません。</translation>
    </message>
    <message>
        <source>The diagnosis is still running…</source>
        <translation>診断を実行中です…</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>The run was stopped before it ended, so this verdict may be incomplete.</source>
        <translation>実行が途中で停止されたため、この判定は不完全な可能性があります。</translation>
    </message>
    <message>
        <source>Reference: %1 (give it to support)</source>
        <translation>参照コード: %1 (サポートにお伝えください)</translation>
    </message>
    <message>
        <source>%1 — on the page &quot;%2&quot;</source>
        <translation>%1 — 「%2」ページ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings appear here as the diagnosis finds them.</source>
        <translation>診断で検出された結果が、ここに順次表示されます。</translation>
    </message>
    <message>
        <source>Nothing was found that needs attention.</source>
        <translation>対処が必要な問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Replace computer and user names and addresses in the exported bundle and the copied ticket summary with placeholders</source>
        <translation>エクスポートするバンドルとコピーするチケットの要約で、コンピューター名、ユーザー名、アドレスをプレースホルダーに置き換えます</translation>
    </message>
    <message>
        <source>What stops the connection, who has to act, and what to do now.</source>
        <translation>接続を妨げているもの、対応すべき人、今すべきこと。</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation>参照コードをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>参照コードをコピー</translation>
    </message>
    <message>
        <source>Copy the run&apos;s reference code to the clipboard</source>
        <translation>この実行の参照コードをクリップボードにコピーします</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>再実行(&amp;U)</translation>
    </message>
    <message>
        <source>All findings, what explains the problem first</source>
        <translation>すべての検出結果 (問題を説明するものが先頭)</translation>
    </message>
    <message>
        <source>The reference %1 is on the clipboard: give it to whoever helps you.</source>
        <translation>参照コード %1 をクリップボードにコピーしました。サポートしてくれる人に伝えてください。</translation>
    </message>
    <message>
        <source>The answer appears here when all steps are done. You can look at the other pages meanwhile.</source>
        <translation>すべての手順が終わると、ここに回答が表示されます。その間、ほかのページを見ることができます。</translation>
    </message>
    <message>
        <source>Also noticed: %1</source>
        <translation>その他: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WelcomePage</name>
    <message>
        <source>What happened?</source>
        <translation>何が起きましたか?</translation>
    </message>
    <message>
        <source>Tell which computer you connect to and, if you saw one, the error code. The check changes nothing on either computer and never sends a password.</source>
        <translation>接続先のコンピューターと、表示された場合はエラー コードを入力してください。この診断では、どちらのコンピューターの設定も変更せず、パスワードも一切送信しません。</translation>
    </message>
    <message>
        <source>e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file</source>
        <translation>例: pc42.example.com、192.0.2.10:3390、または .rdp ファイル</translation>
    </message>
    <message>
        <source>Computer to connect to</source>
        <translation>接続先のコンピューター</translation>
    </message>
    <message>
        <source>Open .&amp;rdp file…</source>
        <translation>.rdp ファイルを開く(&amp;R)…</translation>
    </message>
    <message>
        <source>Open .rdp file</source>
        <translation>.rdp ファイルを開く</translation>
    </message>
    <message>
        <source>Use the Remote Desktop file your administrator gave you</source>
        <translation>管理者から提供されたリモート デスクトップ ファイルを使います</translation>
    </message>
    <message>
        <source>&amp;Computer:</source>
        <translation>コンピューター(&amp;C):</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラー コード</translation>
    </message>
    <message>
        <source>optional, e.g. 0x904</source>
        <translation>省略可能、例: 0x904</translation>
    </message>
    <message>
        <source>%1 with extended code %2</source>
        <translation>%1 (拡張コード %2)</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>エラー コード(&amp;E):</translation>
    </message>
    <message>
        <source>Extended error code</source>
        <translation>拡張エラー コード</translation>
    </message>
    <message>
        <source>optional, e.g. 0x7</source>
        <translation>省略可能、例: 0x7</translation>
    </message>
    <message>
        <source>E&amp;xtended code:</source>
        <translation>拡張コード(&amp;X):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds</source>
        <translation>各手順の制限時間 (秒)</translation>
    </message>
    <message>
        <source>How long to wait for each network step before calling it a timeout. Raise it for slow VPN connections.</source>
        <translation>各ネットワーク手順で、タイムアウトと判断するまでに待つ時間です。低速な VPN 接続では値を大きくしてください。</translation>
    </message>
    <message>
        <source>&amp;Time limit per step:</source>
        <translation>手順ごとの制限時間(&amp;T):</translation>
    </message>
    <message>
        <source>You can also drop an .rdp file onto this window.</source>
        <translation>.rdp ファイルをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Support staff: open the findings bundle (.zip) a user sent you.</source>
        <translation>サポート担当者向け: ユーザーから送られた検出結果バンドル (.zip) を開きます。</translation>
    </message>
    <message>
        <source>Open a findings &amp;bundle…</source>
        <translation>検出結果バンドルを開く(&amp;B)…</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>検出結果バンドルを開く</translation>
    </message>
    <message>
        <source>Type the name or address of the computer you connect to, or open its .rdp file.</source>
        <translation>接続先のコンピューターの名前またはアドレスを入力するか、その .rdp ファイルを開いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code.</source>
        <translation>「%1」はエラー コードではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended error code.</source>
        <translation>「%1」は拡張エラー コードではありません。</translation>
    </message>
    <message>
        <source>Not an extended code: type it as shown, e.g. 0x7.</source>
        <translation>拡張コードではありません。表示されたとおりに入力してください (例: 0x7)。</translation>
    </message>
    <message>
        <source>Not an error code: type it as shown, e.g. 0x904.</source>
        <translation>エラー コードではありません。表示されたとおりに入力してください (例: 0x904)。</translation>
    </message>
    <message>
        <source>Will check %1, port %2 (from the .rdp file).</source>
        <translation>%1 のポート %2 を確認します (.rdp ファイルから)。</translation>
    </message>
    <message>
        <source>Will check %1, port %2.</source>
        <translation>%1 のポート %2 を確認します。</translation>
    </message>
    <message>
        <source>Open a Remote Desktop file</source>
        <translation>リモート デスクトップ ファイルを開く</translation>
    </message>
    <message>
        <source>Remote Desktop files (*.rdp);;All files (*)</source>
        <translation>リモート デスクトップ ファイル (*.rdp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Reads the service state, the port it listens on, its security and certificate settings and its recent errors. Nothing is changed.</source>
        <translation>サービスの状態、待ち受けているポート、セキュリティと証明書の設定、最近のエラーを読み取ります。何も変更しません。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>I am on the &amp;server</source>
        <translation>サーバー上で実行している(&amp;S)</translation>
    </message>
    <message>
        <source>I am on the server</source>
        <translation>サーバー上で実行している</translation>
    </message>
    <message>
        <source>Also checks this computer&apos;s Remote Desktop service from the inside. Nothing is changed.</source>
        <translation>このコンピューターのリモート デスクトップ サービスも内部から確認します。何も変更しません。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WizardCommandLine</name>
    <message>
        <source>Finds out why a Remote Desktop connection fails and says what to fix, step by step.</source>
        <translation>リモート デスクトップ接続が失敗する原因を調べ、修正すべき点を手順ごとに示します。</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>ウィンドウの表示言語 (例: de、fr、es、ja、zh_CN。既定値はシステムの言語)。</translation>
    </message>
    <message>
        <source>Pre-fill the error code the client showed, e.g. 0x904.</source>
        <translation>クライアントに表示されたエラー コードをあらかじめ入力します (例: 0x904)。</translation>
    </message>
    <message>
        <source>Pre-fill the extended error code, e.g. 0x7.</source>
        <translation>拡張エラー コードをあらかじめ入力します (例: 0x7)。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>The computer (host, host:port, [IPv6]:port), an .rdp file, or a findings bundle (.zip) to open read-only.</source>
        <translation>コンピューター (ホスト、ホスト:ポート、[IPv6 アドレス]:ポート)、.rdp ファイル、または読み取り専用で開く検出結果バンドル (.zip)。</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang「%1」は言語コードではありません (例: de、zh_CN)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>対象は一度に 1 つだけ指定できます。%1 個指定されました: %2</translation>
    </message>
</context>
</TS>
