<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>rdpdiag::Bundle</name>
    <message>
        <source>no file name given for the bundle</source>
        <translation>未指定诊断包的文件名</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 是文件夹，而不是文件名</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>the report has no valid reference code</source>
        <translation>报告没有有效的参考编号</translation>
    </message>
    <message>
        <source>The server&apos;s certificates (%1 PEM files) are not in this redacted bundle: a certificate carries its subject and issuer names, which cannot be replaced without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report identify it.</source>
        <translation>此脱敏诊断包中不包含服务器的证书（%1 个 PEM 文件）：证书中带有其使用者和颁发者名称，而替换这些名称会破坏证书的签名。报告中的 SHA-1 和 SHA-256 指纹可用于识别该证书。</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 bytes)</source>
        <translation>%1 太大，无法放入诊断包（%2 字节）</translation>
    </message>
    <message>
        <source>the bundle&apos;s files are too large together (%1 bytes)</source>
        <translation>诊断包中的文件总大小过大（%1 字节）</translation>
    </message>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>无法生成 zip 压缩文件：%1</translation>
    </message>
    <message>
        <source>the bundle is too large (%1 bytes)</source>
        <translation>诊断包太大（%1 字节）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not written completely</source>
        <translation>无法写入 %1：文件未完整写入</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle (%2 bytes, at most %3)</source>
        <translation>%1 太大，不可能是诊断包（%2 字节，最大为 %3 字节）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle</source>
        <translation>%1 太大，不可能是诊断包</translation>
    </message>
    <message>
        <source>too large for a findings bundle</source>
        <translation>太大，不可能是诊断包</translation>
    </message>
    <message>
        <source>not a valid findings bundle: %1</source>
        <translation>不是有效的诊断包：%1</translation>
    </message>
    <message>
        <source>not a findings bundle: it has no manifest.json</source>
        <translation>不是诊断包：其中没有 manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json 太大</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json 不是 JSON 对象</translation>
    </message>
    <message>
        <source>the bundle has format %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>该诊断包的格式为 %1，由更新版本的 rdpdiag 生成；此版本只能读取 %2</translation>
    </message>
    <message>
        <source>not a findings bundle (manifest schema &quot;%1&quot;)</source>
        <translation>不是诊断包（manifest 的 schema 为“%1”）</translation>
    </message>
    <message>
        <source>manifest.json has no valid file list</source>
        <translation>manifest.json 中没有有效的文件列表</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry (&quot;%1&quot;)</source>
        <translation>manifest.json 中有无效的条目（“%1”）</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest: the bundle was changed</source>
        <translation>%1 位于诊断包中，但未列在其清单中：诊断包已被更改</translation>
    </message>
    <message>
        <source>the manifest lists %1, but the bundle lacks it</source>
        <translation>清单中列出了 %1，但诊断包中没有该文件</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3: the bundle was changed or damaged</source>
        <translation>%1 的大小为 %2 字节，而清单中记录的是 %3：诊断包已被更改或损坏</translation>
    </message>
    <message>
        <source>%1 expands %2 times: not a findings bundle (a zip bomb?)</source>
        <translation>%1 解压后膨胀了 %2 倍：不是诊断包（可能是 zip 炸弹？）</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest: the bundle was changed or damaged</source>
        <translation>%1 与清单中记录的 SHA-256 不符：诊断包已被更改或损坏</translation>
    </message>
    <message>
        <source>environment.json is not a JSON object</source>
        <translation>environment.json 不是 JSON 对象</translation>
    </message>
    <message>
        <source>the bundle has no report.json</source>
        <translation>诊断包中没有 report.json</translation>
    </message>
    <message>
        <source>manifest.json and report.json name different runs</source>
        <translation>manifest.json 和 report.json 对应的不是同一次运行</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>不是 zip 压缩文件（文件太短）</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>不是 zip 压缩文件（没有中央目录结束记录）</translation>
    </message>
    <message>
        <source>zip64 archives are not findings bundles</source>
        <translation>zip64 压缩文件不是诊断包</translation>
    </message>
    <message>
        <source>multi-part zip archives are not findings bundles</source>
        <translation>分卷 zip 压缩文件不是诊断包</translation>
    </message>
    <message>
        <source>too many files in the archive (%1, at most %2)</source>
        <translation>压缩文件中的文件过多（%1 个，最多 %2 个）</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged</source>
        <translation>压缩文件的中央目录已损坏</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>zip 压缩文件已损坏 (%1)</translation>
    </message>
    <message>
        <source>damaged zip archive (entry %1 unreadable)</source>
        <translation>zip 压缩文件已损坏（条目 %1 无法读取）</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: &quot;%1&quot;</source>
        <translation>压缩文件中有不安全的文件名：“%1”</translation>
    </message>
    <message>
        <source>the archive holds &quot;%1&quot; twice</source>
        <translation>压缩文件中包含两个“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>“%1”已加密</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported compression method</source>
        <translation>“%1”使用了不受支持的压缩方法</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes declared, at most %3)</source>
        <translation>“%1”太大（声明大小为 %2 字节，最大为 %3 字节）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2)</source>
        <translation>无法读取“%1” (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2)</source>
        <translation>“%1”已损坏 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inflates to more than its declared %2 bytes</source>
        <translation>“%1”解压后超过了其声明的 %2 字节</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2 bytes instead of %3)</source>
        <translation>“%1”已损坏（大小为 %2 字节，而不是 %3 字节）</translation>
    </message>
    <message>
        <source>the bundle was not written because it would not open again: %1</source>
        <translation>未写入该包，因为它无法再次打开：%1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>未知的检查结果代码 %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>这是 rdpdiag 的缺陷：目录中未定义此代码。请报告此问题，并附上本报告。</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>从这台计算机测试该端口 (Windows)：显示“TcpTestSucceeded : True”表示可以建立连接。</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>在 macOS 或 Linux 上进行同样的测试：显示“succeeded”或“open”表示可以建立连接。</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>在远程计算机上，检查远程桌面相关服务是否正在运行（Status 应为 Running）。</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>以管理员身份在远程计算机上重启远程桌面服务。这会结束该计算机上的所有远程会话，因此请在本地控制台上运行，否则需做好连接被断开的准备。</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>检查远程桌面侦听器是否就绪：“rdp-tcp”这一行的状态必须为“Listen”（中文版 Windows 显示为“侦听”）。</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>查看在端口 {port} 上侦听的程序：应有一行状态为“LISTENING”，且其最后一个数字（进程 ID）与 TermService 显示的 PID 一致。如果路由器将其他端口转发到这台计算机，请改用该端口。</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>检查远程桌面侦听的端口。该值以十六进制显示：0xd3d 即默认端口 3389。</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>读取远程桌面侦听器的安全设置。常见值：SecurityLayer 为 1（协商）或 2 (TLS)，UserAuthentication 为 1（要求 NLA），MinEncryptionLevel 为 2 或 3，MaxInstanceCount 为 -1（不限制；PowerShell 将 0xffffffff 显示为 -1）。SecurityLayer 2 不能与 MinEncryptionLevel 1 同时使用。</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>检查侦听器的安全层：0x0 = 仅标准 RDP 安全性，0x1 = 协商，0x2 = 要求 TLS。</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>要求使用 TLS：以管理员身份将 SecurityLayer 设置为 2，然后重启远程桌面服务。TLS 需要可用的证书；如果之后连接失败，请按照有关证书的检查结果进行处理。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>检查是否有组策略设置了安全层（“远程(RDP)连接要求使用指定的安全层”）。如果存在此值，它会覆盖侦听器的设置，因此请改为修改该策略。</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>检查侦听器的 NLA 设置：UserAuthentication 为 0x1 表示要求网络级别身份验证。</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>以管理员身份将侦听器设置为要求网络级别身份验证。NLA 还要求 SecurityLayer 为 1 或 2。</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>在远程计算机上查找可证实证书问题的事件：Schannel 36870（无法访问 TLS 私钥）或 36871（无法创建 TLS 凭据），以及远程桌面 1057 或 1058（无法创建或续订自签名证书）。如果显示“No events were found”（中文版系统上为对应的中文提示），则这些原因的可能性较小。</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>使用 wevtutil 进行同样的检查：过去 24 小时内的 Schannel 事件 36870。</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>在进行任何更改之前，先备份 MachineKeys 文件夹的权限（Windows 在此文件夹中保存计算机证书的私钥）。以后要撤消更改，请运行：icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>显示该文件夹的权限：Administrators 需要完全控制权限 (F)，Everyone 需要对该文件夹本身的读取和写入权限。如果缺少这些条目，或显示“Access is denied”（中文版 Windows 显示为“拒绝访问。”），说明权限已损坏。</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>如果权限已损坏，请先以管理员身份将 Administrators 组设为该文件夹及其中密钥文件的所有者。</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>然后授予 SYSTEM (S-1-5-18) 和 Administrators (S-1-5-32-544) 完全控制权限，并授予 NETWORK SERVICE (S-1-5-20) 读取权限；这些数字 ID 适用于任何语言的 Windows。完成后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>续订远程桌面的自签名证书：删除该证书并重启相关服务，服务会创建新证书（事件 1056）。这会结束该计算机上的所有远程会话。</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>检查是否为远程桌面指定了特定证书。如果存在此值，该证书及其私钥必须仍位于计算机的“个人”存储中。</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>列出远程桌面可以使用的证书；所选证书（或自签名证书）必须显示 HasPrivateKey 为 True，且 NotAfter 日期晚于当前日期。</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>如果所选证书已不存在或无法使用，请删除此设置，让远程桌面改回使用其自签名证书，然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>在远程计算机上找到服务器出示的证书（指纹 {thumbprint}），并显示其名称、日期和用途。如果没有输出，说明服务器发送的证书不在这些存储中：请检查你连接的是否是正确的计算机。</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>在远程计算机上显示远程桌面实际使用的证书的指纹。它必须是 {thumbprint}；如果不同，说明中间有其他设备作了应答（连接被拦截，或者应答的是另一台计算机）：请不要接受该证书。</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>如果证书来自你所在组织的证书颁发机构，请申请颁发新证书（RSA 2048 位或以上、SHA-256、用途为“服务器身份验证”、包含客户端所用的名称），将其安装到计算机的“个人”存储中，并将其指定给远程桌面使用，例如通过组策略“服务器身份验证证书模板”进行指定。</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>对于无法通过其他方式访问的云虚拟机：请通过云控制台（而不是远程桌面）执行修复。在 Azure 中：使用虚拟机的“运行命令”&gt; ResetRDPCert，或使用串行控制台；如果使用 Azure CLI，请先将 VM 和 RG 设置为虚拟机的名称和资源组。ResetRDPCert 还会将 SecurityLayer 设为 0、MinEncryptionLevel 设为 1，这会降低安全性：之后请恢复这些设置（见下一步）。</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>在运行 ResetRDPCert 或进行任何降低安全性的测试之后，请将侦听器恢复为安全的设置：要求 TLS (SecurityLayer 2) 和客户端兼容的加密级别 (MinEncryptionLevel 2)，然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>如果服务器看起来正常，可能是这台计算机与服务器之间的防火墙、VPN 或入侵防御系统切断了远程桌面连接。请从与服务器位于同一网络的计算机上进行测试，并检查中间设备的日志。</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>在远程计算机上查看 Schannel 事件：36874（与客户端没有共同的密码套件）、36888（服务器发送了严重警报；警报编号见事件消息）、36871（无法创建 TLS 凭据，通常是因为某些 TLS 版本已被禁用）。</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>显示注册表中启用或禁用了哪些 TLS 版本。在“TLS 1.2\Server”下，Enabled 为 0x0 或 DisabledByDefault 为 0x1 都会禁用 TLS 1.2；没有相应条目则表示使用 Windows 默认设置。</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>以管理员身份为服务器端启用 TLS 1.2；Windows 仅在启动时读取此设置，因此之后请重启计算机。</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>重启远程计算机，使新的 TLS 设置生效。</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>在 Windows Server 2008 R2 或 Windows 7 上，远程桌面需要安装更新 KB3080079 才能使用 TLS 1.1 和 1.2。更早的 Windows 版本无法通过这种方式解决，请升级系统。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>检查是否有组策略设置了密码套件列表（“SSL 密码套件顺序”）。如果存在此值，它将取代 Windows 的默认设置，并且其中必须仍包含远程桌面客户端使用的套件，例如 TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 和 TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256。</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>列出远程计算机提供的密码套件（Windows 10、Windows Server 2016 及更高版本）。</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>在运行 xrdp 的 Linux 服务器上，检查该服务是否正在运行并侦听端口 {port}。</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>在 xrdp 服务器上，查看其日志的末尾部分。出现“Error loading TLS certificate chain”、“ee key too small”或“Permission denied”表示证书或其密钥文件无法使用。</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>在 xrdp 服务器上显示其安全设置。certificate 和 key_file 为空表示使用 /etc/xrdp/cert.pem 和 /etc/xrdp/key.pem。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>在 Debian 或 Ubuntu 上，xrdp 以用户 xrdp 的身份运行，该用户必须属于 ssl-cert 组才能读取默认密钥文件。</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>在 Debian 或 Ubuntu 上，如果 xrdp 使用系统的默认证书 (snakeoil)，请创建一个新证书（RSA 2048 位、SHA-256）并重启 xrdp。使用默认证书的其他服务也会改用新证书。</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>在 xrdp 服务器上显示证书的名称、截止日期和 SHA-1 指纹；指纹应与 {thumbprint} 一致（openssl 会用冒号分隔每两位数字）。</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>在 xrdp 服务器上只允许 TLS 1.2 和 1.3，然后重启 xrdp。</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>将这台计算机的时钟与时间服务器进行比较；偏差以秒为单位。</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>以管理员身份立即同步这台计算机的时钟。</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>在 Linux 上检查时钟：应显示“System clock synchronized: yes”。</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>在 Linux 上启用自动时间同步。</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>在 macOS 上，根据 Apple 的时间服务器设置时钟。</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>在远程 Windows 计算机上显示其时间来源（在域中为域控制器），然后进行同步。</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>在这台计算机上向 DNS 查询该名称 (Windows)，并记下返回的结果或错误消息。</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>如果该名称或其地址最近有变化，请清除这台计算机的 DNS 缓存，然后重试。</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>DNS 中不存在该计算机名</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>DNS（将计算机名转换为网络地址的服务）回复称不存在名为 {host} 的计算机，因此连接根本无法开始。通常是名称拼写有误、缺少域部分，或者该名称只存在于这台计算机未连接的公司网络中（例如未连接 VPN 时）。远程桌面客户端会将此情况报告为错误代码 0x104 或 0x208。</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>检查 {host} 的拼写。如果使用的是简短的计算机名，请尝试使用包含域的完整名称（例如 pc01.corp.example.com），或者使用该计算机的 IP 地址。</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>如果该计算机位于公司网络中，请先连接 VPN，然后重试。</translation>
    </message>
    <message>
        <source>The same question with nslookup (Windows).</source>
        <translation>使用 nslookup 进行同样的查询 (Windows)。</translation>
    </message>
    <message>
        <source>On Linux, resolve the name the way applications do.</source>
        <translation>在 Linux 上，按照应用程序的方式解析该名称。</translation>
    </message>
    <message>
        <source>On macOS, resolve the name the way applications do.</source>
        <translation>在 macOS 上，按照应用程序的方式解析该名称。</translation>
    </message>
    <message>
        <source>If the name should exist, ask the network administrator to add it to DNS. A Windows computer in a domain registers its own name again with this command, run on the remote computer.</source>
        <translation>如果该名称理应存在，请让网络管理员将其添加到 DNS。对于加入域的 Windows 计算机，在远程计算机上运行此命令即可重新注册其自身名称。</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>无法查询该计算机名</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>这台计算机向 DNS 查询 {host} 的地址，但没有得到可用的回复：DNS 服务器未及时响应，或报告了失败。通常是这台计算机没有可用的 DNS 服务器（没有网络、Wi-Fi 需要先登录、VPN 更改了 DNS 设置），或者公司的 DNS 服务器出现故障。远程桌面客户端会将此情况报告为错误代码 0x104、0x508 或 0x604。</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>打开一个网页，检查这台计算机是否已联网。如果使用的是酒店、机场或访客 Wi-Fi，请先在该网络的登录页面上完成登录。</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>显示这台计算机使用的 DNS 服务器 (Windows)。连接 VPN 后，VPN 适配器下应列出 VPN 的 DNS 服务器。</translation>
    </message>
    <message>
        <source>On Linux with systemd-resolved, show the DNS servers in use.</source>
        <translation>在使用 systemd-resolved 的 Linux 上，显示正在使用的 DNS 服务器。</translation>
    </message>
    <message>
        <source>On macOS, show the DNS servers in use.</source>
        <translation>在 macOS 上显示正在使用的 DNS 服务器。</translation>
    </message>
    <message>
        <source>As a workaround, connect to the computer&apos;s IP address instead of its name (its administrator knows it); expect a certificate name warning then.</source>
        <translation>作为临时解决方法，可以改用计算机的 IP 地址（而不是名称）进行连接（其管理员知道该地址）；此时可能会出现证书名称不匹配的警告。</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>没有程序在远程桌面端口上侦听</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>位于 {address} 的远程计算机可以访问，但它拒绝了端口 {port} 上的连接：该端口上没有程序接受连接。通常是远程桌面已关闭或其服务已停止、远程桌面侦听的是其他端口，或者指定的计算机或端口有误（少数防火墙也会以这种方式拒绝连接）。远程桌面客户端会将此情况报告为错误代码 0x204。</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>检查端口：除非管理员进行了更改，否则远程桌面使用端口 3389。如果使用其他端口，请在名称后加上冒号和端口号进行连接，例如 {host}:3390。</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>在远程计算机上检查是否允许远程桌面连接：fDenyTSConnections 必须为 0x0。</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>以管理员身份启用远程桌面（也可以在“设置”&gt;“系统”&gt;“远程桌面”中启用）。如果它又自行关闭，说明该设置由组策略控制：请联系域管理员。</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>在 Linux 服务器上启动 xrdp，并将其设为开机自动启动。</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>远程桌面端口无响应</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>在时间限制内，对 {address} 端口 {port} 的连接尝试没有得到任何响应。通常是防火墙直接丢弃了连接请求：可能是远程计算机上的 Windows Defender 防火墙、公司防火墙、未配置端口转发的路由器，或者云平台的安全组。远程计算机也可能已关机或处于睡眠状态。远程桌面客户端会将此情况报告为错误代码 0x204 或 0x108。</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>确保远程计算机已开机且未处于睡眠状态，并已连接访问它所需的 VPN。</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>在命令提示符中使用 netsh 执行同样的操作。</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>如果远程计算机是云虚拟机（Azure、AWS、Google Cloud），其网络安全组或防火墙规则必须允许从你的公网地址入站访问 TCP 端口 {port}。在 Azure 中，网络观察程序的“IP 流验证”可以显示是哪条规则丢弃了流量。</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>如果云虚拟机的防火墙阻止了远程桌面：请改为通过云控制台运行防火墙命令（在 Azure 中：“运行命令”&gt; RunPowerShellScript，或使用串行控制台）。如果使用 Azure CLI，请先将 VM 和 RG 设置为虚拟机的名称和资源组。</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>从 Internet 经由家庭或办公室路由器连接时，路由器必须将 TCP 端口 {port} 转发到该计算机。向整个 Internet 开放的远程桌面容易招致密码猜测攻击；使用 VPN 或远程桌面网关更安全。</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>没有通往远程计算机的网络路由</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>对 {address} 的连接尝试无法送达：网络报告该计算机或其所在网络不可访问。通常是这台计算机没有连接到正确的网络（未连接 VPN、连错了 Wi-Fi）、该地址属于只能通过 VPN 访问的专用网络，或者途中的某个路由器拒绝了这些流量。远程桌面客户端会将此情况报告为错误代码 0x204。</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>连接到远程计算机所在的网络（例如公司 VPN），然后重试。</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>显示这台计算机访问 {address} 时会使用的路由和网络适配器 (Windows)；如果出现错误，则表示没有路由。</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>跟踪路径 (Windows)：最后一个有响应的路由器就是流量中断的位置。</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>在 macOS 或 Linux 上跟踪路径。</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>建立连接的速度很慢</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>可以连接到 {address}，但建立一次连接需要超过 150 ms（多次尝试的中位数）。这样远程桌面会显得反应迟缓，而既慢又丢包的链路还可能导致会话断开（错误代码 0x904，扩展代码 0x0）。常见原因是距离遥远、VPN 将流量绕道到很远的地方，或者 Wi-Fi 或移动网络繁忙。</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>测量往返时间和丢包率 (Windows)。有些服务器不响应 ping；这种情况下只需参考连接时间。</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>在 macOS 或 Linux 上执行同样的操作。</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>找出延迟或丢包从哪里开始（Windows；需要几分钟）。</translation>
    </message>
    <message>
        <source>Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic can take a shorter path (split tunnelling) or a closer VPN gateway.</source>
        <translation>尽量使用有线连接或信号更强的 Wi-Fi。如果使用 VPN，请询问这些流量能否走更短的路径（拆分隧道），或者使用更近的 VPN 网关。</translation>
    </message>
    <message>
        <source>In the Remote Desktop client, let it detect the connection quality or choose a lower connection speed, so that less data is sent.</source>
        <translation>在远程桌面客户端中，让其自动检测连接质量，或选择较低的连接速度，以减少传输的数据量。</translation>
    </message>
    <message>
        <source>Some connection attempts failed</source>
        <translation>部分连接尝试失败</translation>
    </message>
    <message>
        <source>Of several connection attempts to {address} on port {port}, some failed while others worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), a load balancer or router with one bad path, or a server or firewall that limits how many new connections it accepts. Users see connections that work one time and fail with 0x204 or 0x904 the next.</source>
        <translation>对 {address} 端口 {port} 的多次连接尝试中，有些失败，有些成功。时有时无的故障表明链路不稳定（Wi-Fi、移动网络、VPN）、负载均衡器或路由器的某条路径有问题，或者服务器或防火墙限制了可接受的新连接数。用户会发现连接这次成功，下次却失败并显示 0x204 或 0x904。</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>将连接测试重复 20 次 (Windows)；每个“False”表示一次失败的尝试。</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>如果故障与所用网络（Wi-Fi、VPN）有关，请换一个网络试试；如果与时段有关，则可能是服务器或防火墙负载过高。</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>在远程计算机的“系统”事件日志中查找事件 1006（大量未完成的连接）：出现此事件说明服务器正在抵御连接洪水攻击；当端口 {port} 向 Internet 开放时，这类攻击通常来自 Internet 上的扫描程序。</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>检查侦听器的连接数限制：MaxInstanceCount 应为 0xffffffff（不限制）。</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>如果负载均衡器或路由器让多台服务器共用该名称，请直接逐一测试每台服务器：其中可能有一台已停止工作。</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>这台计算机自身的防火墙阻止了远程桌面端口</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>这台计算机上的某条防火墙规则丢弃或拒绝了到端口 {port} 的出站连接，因此连接根本没有离开这台计算机。此类规则可能来自公司安全策略、安全软件，或手动添加的规则。此时远程桌面客户端会报告错误代码 0x204 或超时，尽管远程计算机可能完全正常。</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>在 Windows 上，列出已启用且阻止到端口 {port} 的出站连接的防火墙规则。</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>如果该规则来自你所在的组织（组策略或安全软件），请让 IT 部门允许到 {host} 的远程桌面连接。请不要关闭防火墙。</translation>
    </message>
    <message>
        <source>On Linux, list the firewall rules that mention port {port}.</source>
        <translation>在 Linux 上，列出涉及端口 {port} 的防火墙规则。</translation>
    </message>
    <message>
        <source>On Linux with ufw, show the active rules.</source>
        <translation>在使用 ufw 的 Linux 上，显示当前生效的规则。</translation>
    </message>
    <message>
        <source>On Linux with ufw, allow outgoing connections to port {port}.</source>
        <translation>在使用 ufw 的 Linux 上，允许到端口 {port} 的出站连接。</translation>
    </message>
    <message>
        <source>On macOS the built-in firewall only filters incoming connections; look for outgoing rules in installed security or firewall software.</source>
        <translation>macOS 的内置防火墙只过滤入站连接；请在已安装的安全软件或防火墙软件中查找出站规则。</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>服务器在安全协商期间重置了连接</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>远程计算机接受了连接，但在这台计算机请求协商安全设置时，立即突然断开（重置）了连接，没有任何应答。这是错误代码 0x904（扩展代码 0x7）的典型特征：服务器接起了“电话”，却在握手完成之前就挂断了。最常见的原因是服务器的远程桌面证书或其私钥无法使用（Windows 存放计算机私钥的文件夹权限错误、证书存储损坏）；较少见的原因是安全设置不匹配，或者防火墙或入侵防御系统切断了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>服务器未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>远程计算机接受了连接，但在这台计算机请求协商安全设置时，未作任何应答就关闭了连接。与重置一样，这通常表现为错误代码 0x904（扩展代码 0x7）。常见原因：远程桌面服务拒绝新连接（正在启动、正在停止或负载过高）；其证书或安全设置无法使用；或者该端口通向的设备虽然接受连接，但并不是正常工作的远程桌面服务器，例如端口被转发到一台已关机的计算机。</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>如果由路由器、负载均衡器或代理转发该端口，请检查它是否指向正确的计算机，以及该计算机是否正在运行。</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>服务器未及时响应安全协商</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>到端口 {port} 的连接已被接受，但在规定时间内没有收到对远程桌面协商请求的完整应答。通常是该端口通向的程序虽然接受连接，但不使用远程桌面协议（例如目标已停止工作的代理或端口转发，或者在等待其他协议的远程桌面网关或 Web 服务），或者服务器上的远程桌面服务已停止响应。客户端会一直等待，然后失败，通常显示错误代码 0x904、0x108 或 0x704。</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>检查 {port} 是否确实是远程桌面端口本身。远程桌面网关（通常使用端口 443）应在客户端的高级设置中作为网关填写，而不是作为计算机填写。</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>如果由路由器、负载均衡器或代理转发该端口，请检查其目标计算机是否正在运行，以及能否从转发设备访问该计算机。</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>在此端口上应答的不是远程桌面</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>在 {address} 的端口 {port} 上应答的程序不是远程桌面服务器：其回复看起来像是其他服务，例如 SSH 或 Web 服务器（证据中显示了回复的前几个字节）。通常是端口号有误，或者路由器将该端口转发到了错误的计算机或服务。远程桌面客户端只会将此报告为一般性故障，例如错误代码 0x904。</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>与服务器管理员确认端口；远程桌面通常使用端口 3389。端口 22 用于 SSH；端口 80 和 443 用于 Web 服务或远程桌面网关，而远程桌面网关应在客户端设置中作为网关填写，而不是作为计算机填写。</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>在远程 Windows 计算机上，显示侦听端口 {port} 的程序。</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>在 Linux 服务器上，显示侦听端口 {port} 的程序。</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>如果由路由器转发该端口，请确保它指向正确的计算机及其远程桌面端口。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>服务器对安全协商的应答已损坏</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>远程计算机以远程桌面的格式作了应答，但其内容不是对协商请求的有效回复（类型、长度或字段有误；证据中包含原始字节）。这表明远程桌面服务器软件有缺陷或不常见，或者网络路径上有设备篡改了流量。客户端会放弃连接，通常显示错误代码 0x904 或协议错误。</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>如果可能，请在中间没有代理、负载均衡器或安全设备的情况下直接连接，然后再次运行测试。</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>更新远程桌面服务器软件（Windows 更新、xrdp，或挂接到远程桌面的远程访问软件），并检查其日志。</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>将本报告（包括证据中的字节）发送给服务器软件的供应商。</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>服务器仅提供旧的标准 RDP 安全性</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>远程计算机只允许标准 RDP 安全性，即不使用 TLS 的原始远程桌面加密方式：它拒绝 TLS，或者即使请求了 TLS 也选择旧方式。许多新版客户端会拒绝这种方式，因为它无法证明服务器的身份，因此连接会失败，通常显示错误代码 0x904。在 Windows 上对应 SecurityLayer 0，在 xrdp 上对应 security_layer=rdp。</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>在 xrdp 服务器上设置 security_layer=negotiate 并重启 xrdp（如果要完全拒绝标准 RDP 安全性，请使用 tls 代替 negotiate）。</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>不要为了连接而降低这台计算机的安全设置：需要更改的是服务器的设置。</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>服务器没有可用于安全连接的证书</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the folder where Windows keeps the computer&apos;s private keys, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>远程计算机回复称，由于没有有效的证书，它无法启动 TLS (SSL_CERT_NOT_ON_SERVER)。Windows 通常会自动为远程桌面创建自签名证书，因此这说明创建或读取该证书失败：最常见的原因是 Windows 存放计算机私钥的文件夹权限错误导致无法读取私钥、证书存储已损坏，或者为远程桌面指定的证书已被删除。客户端会将此显示为错误代码 0x904（扩展代码 0x7）或安全错误。</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>服务器认为请求的安全协议不一致而予以拒绝</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>远程计算机以 INCONSISTENT_FLAGS 回复协商请求：它认为所请求的安全协议组合与当前已生效的设置不一致。这种情况很少见，通常意味着服务器软件有缺陷，或者中间有设备篡改了协商内容。客户端无法继续，会报告一般性故障，例如错误代码 0x904。</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>再次运行测试；如果结果不变，请从中间没有代理或负载均衡器的另一个网络进行测试。</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>为服务器的远程桌面软件安装尚未安装的更新；如果问题仍然存在，请将本报告发送给其供应商。</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>服务器要求使用 TLS 加密</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>远程计算机拒绝旧的标准 RDP 安全性，只接受受 TLS 保护的连接 (SSL_REQUIRED_BY_SERVER)。这是推荐的设置，所有新版远程桌面客户端都支持。只有非常旧的客户端才无法连接。</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>新版客户端无需任何更改。如果旧客户端无法连接，请更新客户端，而不要降低服务器的安全性。</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>服务器要求网络级别身份验证 (NLA)</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>远程计算机只接受在会话开始前通过网络级别身份验证登录的客户端（CredSSP，应答为 HYBRID_REQUIRED_BY_SERVER）。这是 Windows 上安全的默认设置。客户端必须启用 NLA 并提供有效的凭据；如果使用域帐户，远程计算机还必须能够访问域控制器；否则登录会失败，并显示身份验证错误（而不是网络错误）。</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>确保客户端已启用 NLA：.rdp 文件中的 enablecredsspsupport:i:0 这一行会禁用 NLA。请将其改为 enablecredsspsupport:i:1，或删除这一行。</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>使用有权在该计算机上使用远程桌面的帐户（Remote Desktop Users 或 Administrators 组的成员）登录，格式为 DOMAIN\user 或 user@domain。</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>仅当登录因远程计算机无法访问域控制器而失败时（显示“The Local Security Authority cannot be contacted”，中文版为“无法联系本地安全机构”），才可暂时禁用 NLA。这会降低安全性，因为任何能访问该端口的人都会看到登录屏幕；域连接恢复正常后，请立即使用 /d 1 重新启用 NLA。</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>服务器要求客户端证书</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>远程计算机只接受客户端也使用证书证明其身份的 TLS 连接 (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER)。这种设置并不常见。rdpdiag 不发送客户端证书，因此无法进一步测试；没有所需证书的客户端将无法连接。</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>向服务器管理员询问需要哪种客户端证书或智能卡，并在这台计算机上进行安装。</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>在远程计算机上保存当前生效的组策略设置报告并将其打开，从中找出要求客户端身份验证的设置。</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>服务器仍接受不安全的标准 RDP 安全性</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>除 TLS 外，远程计算机仍接受标准 RDP 安全性（即原始的远程桌面加密方式）。这种方式无法证明服务器的身份，因此网络路径上的设备可以冒充服务器，读取用户输入的内容，包括密码。它不会妨碍连接，但应将其禁用。</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>在域中，将组策略“计算机配置”&gt;“管理模板”&gt;“Windows 组件”&gt;“远程桌面服务”&gt;“远程桌面会话主机”&gt;“安全”&gt;“远程(RDP)连接要求使用指定的安全层”设置为 SSL。</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>在 xrdp 服务器上设置为仅接受 TLS，然后重启 xrdp（需要可用的证书）。</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>服务器不提供网络级别身份验证 (NLA)</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>远程计算机不提供 CredSSP（网络级别身份验证所基于的协议）。没有 NLA 时，任何能访问该端口的人都会看到登录屏幕，这既会消耗服务器资源，也会使其面临密码猜测攻击和登录前攻击。连接仍然可以正常进行，但 Windows 服务器应要求使用 NLA。</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 不提供 NLA；请改用防火墙规则或 VPN 来限制可访问其端口的用户。</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>这台计算机的连接设置与服务器的策略不符</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>此处使用的连接文件 (.rdp) 中的设置无法满足远程计算机的要求；例如，文件中禁用了网络级别身份验证 (CredSSP)，而服务器要求使用它。服务器本身没有问题：是客户端放弃了连接，并显示错误代码 0x904 或身份验证消息。修改 .rdp 文件中下面列出的行即可解决此问题。</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>使用文本编辑器（例如记事本）打开 .rdp 文件，将 enablecredsspsupport:i:0 这一行改为 enablecredsspsupport:i:1，或删除这一行：NLA 默认处于启用状态。</translation>
    </message>
    <message>
        <source>If the file contains negotiate security layer:i:0, change it to negotiate security layer:i:1 (the default), so that the client negotiates TLS and NLA with the server.</source>
        <translation>如果文件中包含 negotiate security layer:i:0，请将其改为 negotiate security layer:i:1（默认值），以便客户端与服务器协商 TLS 和 NLA。</translation>
    </message>
    <message>
        <source>Save the file and connect again. If your IT department provides the file (for example through a Remote Desktop web feed), ask them to correct it there.</source>
        <translation>保存文件并重新连接。如果该文件由 IT 部门提供（例如通过远程桌面 Web 源），请让他们在源头进行更正。</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>服务器在 TLS 握手期间重置了连接</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>远程计算机同意使用 TLS，但随后在 TLS 握手过程中、安全通道建立之前突然重置了连接。这是错误代码 0x904（扩展代码 0x7）背后的典型模式。最常见的原因是服务器无法使用其证书的私钥（Windows 存放计算机私钥的文件夹权限错误、证书存储损坏）；较少见的原因是服务器上禁用了 TLS 1.2 或所需的密码套件，或者防火墙或入侵防御系统切断了 TLS 连接。</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>服务器在 TLS 握手期间关闭了连接</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong permissions on its private keys or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>远程计算机同意使用 TLS，但在握手期间关闭了连接，且没有发送错误消息。与重置一样，通常的原因是服务器无法使用其证书或私钥：在 Windows 上是私钥权限错误或证书存储损坏；在 xrdp 上是无法读取密钥文件，或者证书被其 TLS 库拒绝（例如密钥短于 2048 位）。客户端会报告错误代码 0x904；在 Mac 和 iOS 应用中则为 0x4 或 0x2104。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>TLS 握手停滞</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>远程计算机同意使用 TLS，但握手停滞不前，最终超时。一个可能的原因（尤其是通过 VPN 连接时）是路径无法传输完整大小的数据包（MTU 黑洞）：小消息可以通过，但服务器以大数据包发送的证书始终无法到达。服务器过载或安全设备扣留连接时，表现也一样。客户端会停留在保护连接的阶段（英文界面显示“Securing connection”），然后失败，通常显示错误代码 0x904。</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>测试完整大小的数据包能否通过 (Windows)：1372 字节数据加上 28 字节报头，共 1400 字节。如果普通 ping 正常，而此测试显示“Packet needs to be fragmented”（中文版为“需要拆分数据包但是设置 DF。”）或没有响应，则说明存在 MTU 问题。</translation>
    </message>
    <message>
        <source>The same test on Linux.</source>
        <translation>在 Linux 上进行同样的测试。</translation>
    </message>
    <message>
        <source>The same test on macOS.</source>
        <translation>在 macOS 上进行同样的测试。</translation>
    </message>
    <message>
        <source>Show the MTU of this computer&apos;s network adapters, including the VPN adapter (Windows).</source>
        <translation>显示这台计算机各网络适配器（包括 VPN 适配器）的 MTU (Windows)。</translation>
    </message>
    <message>
        <source>Try without the VPN or from another network to confirm.</source>
        <translation>不使用 VPN 或从其他网络尝试连接，以进行确认。</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake with an alert</source>
        <translation>服务器以警报拒绝了 TLS 握手</translation>
    </message>
    <message>
        <source>The remote computer ended the TLS handshake with an alert message; the evidence names it. Alert 40 (handshake failure) usually means the server and the client have no cipher suite in common, alert 70 (protocol version) no TLS version in common; other alerts point to a certificate or configuration error on the server. This typically follows TLS versions or cipher suites being switched off by a hardening script or Group Policy, and clients report error code 0x904 (extended code 0x7).</source>
        <translation>远程计算机以警报消息结束了 TLS 握手；证据中列出了该警报。警报 40 (handshake failure) 通常表示服务器与客户端没有共同的密码套件，警报 70 (protocol version) 表示没有共同的 TLS 版本；其他警报则表明服务器上存在证书或配置错误。这种情况通常发生在安全加固脚本或组策略禁用了某些 TLS 版本或密码套件之后，客户端会报告错误代码 0x904（扩展代码 0x7）。</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>服务器既不支持 TLS 1.2，也不支持 TLS 1.3</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>远程计算机无法使用 TLS 1.2 或 TLS 1.3 完成 TLS 握手，而这正是新版客户端所要求的版本；许多客户端已完全不再接受 TLS 1.0 或 1.1。此问题由旧服务器（未安装更新的 Windows Server 2008 R2 及更早版本）或禁用了 TLS 1.2 的注册表设置导致。连接会在建立安全通道时失败，通常显示错误代码 0x904。</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>服务器仍接受过时的 TLS 1.0 或 TLS 1.1</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>远程计算机仍接受 TLS 1.0 或 TLS 1.1（具体版本见证据）。这两个版本都存在已知的安全缺陷，并且已被淘汰。连接不受影响，但一旦所有连接到该服务器的客户端都支持 TLS 1.2，服务器就应只接受 TLS 1.2 及更高版本。</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>在禁用旧版本之前，请确保所有客户端都支持 TLS 1.2（Windows 7 的远程桌面需要安装更新 KB3080079）。此更改还会影响服务器上使用 TLS 的其他程序，例如 Web 服务器或 SQL Server。</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>以管理员身份为服务器端禁用 TLS 1.0 和 1.1，然后重启计算机。</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>服务器接受弱加密</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>远程计算机接受至少一个弱密码套件（RC4、3DES、NULL 或 EXPORT；具体套件见证据）。记录了通信流量的人可能破解此类加密，而 NULL 套件根本不加密。连接可以正常进行，但应禁用这些套件。</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>以管理员身份禁用弱密码套件（Windows 10、Windows Server 2016 及更高版本）。</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>在任何 Windows 版本上，都可以直接在 Schannel 中禁用弱加密算法（以管理员身份在命令提示符中运行），然后重启计算机。</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>在 xrdp 服务器上只允许强密码套件，然后重启 xrdp（如果 xrdp.ini 中没有 tls_ciphers 行，请在 [Globals] 下添加 tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>服务器的证书已过期</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because Windows cannot write the computer&apos;s private keys (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）已超过截止日期。客户端会对此发出警告，有些客户端会拒绝连接。Windows 会自动续订远程桌面的自签名证书，因此证书过期意味着续订失败，通常是因为Windows 无法写入计算机的私钥（事件 1058）；由证书颁发机构颁发的证书必须由其管理员续订。</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>如果服务器上的日期看起来正确，请检查这台计算机的日期和时间：时钟超前会使有效的证书看起来已过期。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>服务器的证书尚未生效</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）要到将来某个时间才生效。这几乎总是由于时钟错误：这台计算机的时钟滞后，或者服务器创建证书时其时钟超前。客户端会对此发出警告或拒绝连接，而且时钟错误还会导致网络级别身份验证失败。</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>如果两边的时钟都正确，而该证书是自签名证书，请续订证书：删除该证书并重启相关服务，服务会创建新证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>服务器的证书将在 30 天内过期</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）将在 30 天内到期。目前一切正常，但到期后客户端会发出警告或拒绝连接。Windows 会自动续订远程桌面的自签名证书；由证书颁发机构颁发的证书则必须及时续订。</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>对于自签名证书，请检查自动续订是否正常：事件 1057 或 1058 表示续订失败，通常是 MachineKeys 文件夹的权限导致的。</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>服务器使用自签名证书</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>远程计算机的证书（指纹 {thumbprint}）由该计算机自行签名，这是 Windows 为远程桌面采用的默认做法。客户端无法通过其信任的颁发机构验证该证书，因此会询问是否信任它，而有些移动客户端对此处理得不好。这是正常情况，但在接受之前，请核实客户端显示的指纹确实属于该服务器。</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>当客户端询问时，将其显示的指纹与 {thumbprint} 进行比较；只有在两者一致时才接受并记住该证书。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>这台计算机不信任服务器的证书</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）无法追溯到这台计算机信任的证书颁发机构。通常是该证书由公司自己的证书颁发机构颁发，而这台计算机上没有安装其根证书，或者服务器没有发送中间证书。客户端会询问是否信任该证书；请在核实指纹之后再接受。</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>如果证书来自你所在组织的证书颁发机构，请在这台计算机上安装该机构的根证书（IT 部门通常通过组策略或设备管理来完成此操作）。</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>将证书链中的中间证书安装到远程计算机的“中级证书颁发机构”存储中，使其发送完整的证书链。</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>证书颁发给的是其他名称</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>用于连接的名称 {host} 既不是证书的使用者，也不在其可选名称之中（证书包含的名称见证据）。通过 IP 地址、简短名称或别名进行连接时就会出现这种情况，因为 Windows 的自签名证书只包含计算机自己的完整名称。客户端会警告无法验证服务器的身份；这也可能意味着应答的是另一台计算机。</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>使用证书中包含的名称进行连接（见证据），通常是计算机的完整名称，例如 pc01.corp.example.com。</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>要想以 {host} 进行连接而不出现警告，请让你的证书颁发机构颁发一个将 {host} 列为使用者可选名称的证书，并将其指定给远程桌面使用。</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>如果这些名称与你要连接的计算机毫无关系，请停止连接：此地址上应答的是另一台设备（地址错误、端口转发错误，或连接被拦截）。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>证书的密钥太短</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）使用短于 2048 位的 RSA 密钥，或同样脆弱的密钥。只要有足够的计算能力，就能破解此类密钥，而且新版 TLS 库会拒绝它们：使用此类证书的 xrdp 服务器无法完成任何 TLS 握手。请换用密钥长度至少为 2048 位的证书。</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>证书使用过时的算法签名</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）使用 SHA-1 或 MD5 签名。这些算法已被攻破，因此这样的签名已无法证明证书的颁发者，新版客户端可能会拒绝该证书。请换用以 SHA-256 或更强算法签名的证书。</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>该证书不适用于服务器身份验证</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>远程计算机出示的证书（指纹 {thumbprint}）列出了允许的用途（增强型密钥用法），其中不包括“服务器身份验证”，因此它并非用于标识服务器。客户端可能会拒绝该证书；如果为远程桌面指定的证书用途不正确，Windows 会记录事件 1054。通常是选错了证书，或者证书是用错误的模板颁发的。</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>服务器中断了网络级别身份验证</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>在 TLS 握手之后，远程计算机没有使用 rdpdiag 发送的 NTLM 消息开始网络级别身份验证 (CredSSP)，而是结束了连接；rdpdiag 从不发送用户名或密码。通常是服务器或其所在的域禁用了 NTLM，因此只能使用 Kerberos 登录，或者服务器的 CredSSP 已损坏。无法使用 Kerberos 的客户端（例如 Mac 或域外的计算机）就会失败，并显示错误代码 0x904 或身份验证错误（在 Mac 应用中为 0x207）。</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>检查远程计算机是否拒绝传入的 NTLM：RestrictReceivingNTLMTraffic 为 0x2 表示“拒绝所有帐户”。</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>查看远程计算机的 NTLM 事件（启用 NTLM 审核后，被阻止或被审核的 NTLM 登录会显示在这里）。</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>如果 NTLM 是有意禁用的，请使用 Kerberos 连接：使用计算机的完整 DNS 名称（而不是 IP 地址），以 user@domain 格式登录，并确保这台计算机可以访问域控制器（在 Mac 上，需要为该域配置 Kerberos）。</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>未加入域的计算机需要使用 NTLM 来验证其本地帐户：请不要在这类计算机上拒绝传入的 NTLM。</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>服务器的 CredSSP 早于 2018 年的安全修复</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>远程计算机使用的 CredSSP（网络级别身份验证所基于的协议）版本早于 2018 年 5 月针对 CVE-2018-0886（“加密 Oracle”漏洞）的修复。采用默认策略（AllowEncryptionOracle = Mitigated，即“缓解”）的已更新客户端会拒绝连接到此类服务器，并显示“出现身份验证错误”(An authentication error has occurred)，同时提到 CredSSP 加密 Oracle 修正。解决方法是更新服务器；更改客户端的策略只是临时解决方法。</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>在远程计算机上安装最新的 Windows 更新（2018 年 5 月以来的每个累积更新都包含此修复），然后重启该计算机。</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>显示远程计算机最近安装的更新。</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>同样也要让这台计算机保持最新：两端都需要安装此修复。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>检查这台计算机的策略：AllowEncryptionOracle 为 0 = 强制更新的客户端 (Force updated clients)，1 = 缓解 (Mitigated)，2 = 易受攻击 (Vulnerable)；没有该值表示使用默认设置“缓解”。</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>仅作为服务器更新之前的临时解决方法，并且仅在你信任的网络中使用：以管理员身份允许连接到未修补的服务器。这会使这台计算机重新暴露于该漏洞之下；请通过下一步将其撤消。</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>服务器更新后，请立即撤消此临时解决方法。</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>服务器的时钟与这台计算机相差超过 5 分钟</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>远程计算机在网络级别身份验证期间报告的时间与这台计算机的时钟相差超过 5 分钟（确切差值见证据）。域登录所使用的 Kerberos 最多只能容忍 5 分钟的偏差，因此登录可能会失败并显示身份验证错误，证书也可能被视为已过期或尚未生效。时钟是按协调世界时 (UTC) 进行比较的，因此即使显示的时间看起来正确，时区设置错误也会造成偏差。</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>直接将这台计算机的时钟与远程计算机的时钟进行比较（前提是远程计算机响应时间请求，域控制器就会响应）。</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>检查两台计算机的时区设置：显示的时间可能看起来正确，但时区错误，因而实际时间也是错的。</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>如果该地址是 IPv6 地址（包含冒号），而此网络不支持 IPv6，请改为连接到该计算机的 IPv4 地址。</translation>
    </message>
    <message>
        <source>This computer has no route to the remote computer</source>
        <translation>这台计算机没有通往远程计算机的路由</translation>
    </message>
    <message>
        <source>This computer does not know where to send packets for {address}: it has no network route that leads there. Usually the network connection is down, the computer is on the wrong network, or the address belongs to a company network that is reachable only while the VPN is connected. The problem is on this computer&apos;s side, not on the remote computer.</source>
        <translation>这台计算机不知道应将发往 {address} 的数据包发送到哪里：它没有通往该地址的网络路由。通常是网络连接已断开、计算机连接到了错误的网络，或者该地址属于只有在连接 VPN 时才能访问的公司网络。问题出在这台计算机一侧，而不是远程计算机。</translation>
    </message>
    <message>
        <source>Show the routing table (Windows).</source>
        <translation>显示路由表 (Windows)。</translation>
    </message>
    <message>
        <source>The same check on Linux.</source>
        <translation>在 Linux 上进行同样的检查。</translation>
    </message>
    <message>
        <source>The same check on macOS.</source>
        <translation>在 macOS 上进行同样的检查。</translation>
    </message>
    <message>
        <source>This computer cannot open network connections anywhere</source>
        <translation>这台计算机无法建立任何网络连接</translation>
    </message>
    <message>
        <source>Not only the remote computer failed: every other test connection from this computer failed too (the evidence lists them), so the fault starts here and not on the server. Common causes are a broken network adapter or driver, a damaged network stack after an update, security or VPN software that filters all traffic, or no working network connection at all. Fix this computer first; checking the server makes sense only afterwards.</source>
        <translation>失败的不只是到远程计算机的连接：这台计算机发起的所有其他测试连接也都失败了（证据中列出了这些连接），因此故障源于这台计算机，而不是服务器。常见原因包括网络适配器或其驱动程序损坏、更新后网络堆栈损坏、安全软件或 VPN 软件过滤了所有流量，或者根本没有可用的网络连接。请先修复这台计算机；之后再检查服务器才有意义。</translation>
    </message>
    <message>
        <source>Check that this computer is connected (cable, Wi-Fi) and that a web page opens.</source>
        <translation>检查这台计算机是否已连接网络（网线、Wi-Fi），以及能否打开网页。</translation>
    </message>
    <message>
        <source>Windows: test a well-known web server; &apos;TcpTestSucceeded : False&apos; confirms that nothing gets through.</source>
        <translation>Windows：测试一个知名的 Web 服务器；如果显示“TcpTestSucceeded : False”，即可确认任何连接都无法通过。</translation>
    </message>
    <message>
        <source>Windows: reset the Winsock catalogue (as administrator), then restart the computer.</source>
        <translation>Windows：以管理员身份重置 Winsock 目录，然后重启计算机。</translation>
    </message>
    <message>
        <source>Windows: reset the TCP/IP settings (as administrator), then restart the computer.</source>
        <translation>Windows：以管理员身份重置 TCP/IP 设置，然后重启计算机。</translation>
    </message>
    <message>
        <source>Windows: renew the address from the network.</source>
        <translation>Windows：重新从网络获取 IP 地址。</translation>
    </message>
    <message>
        <source>Update or reinstall the network adapter&apos;s driver (Device Manager &gt; Network adapters), and switch off VPN or security software for a test.</source>
        <translation>更新或重新安装网络适配器的驱动程序（“设备管理器”&gt;“网络适配器”），并暂时关闭 VPN 或安全软件进行测试。</translation>
    </message>
    <message>
        <source>Linux: show the addresses and routes, then restart the network service.</source>
        <translation>Linux：显示地址和路由，然后重启网络服务。</translation>
    </message>
    <message>
        <source>The connection goes through a VPN or tunnel adapter</source>
        <translation>连接经由 VPN 或隧道适配器</translation>
    </message>
    <message>
        <source>The route from this computer to {address} leaves through a VPN or tunnel adapter (named in the evidence). That is normal when the remote computer is in a company network, but it adds a hop that can drop or shrink packets. If the connection stalls while it is being secured, suspect the VPN&apos;s packet size (MTU) first.</source>
        <translation>这台计算机到 {address} 的路由经由 VPN 或隧道适配器（证据中列出了其名称）。当远程计算机位于公司网络中时，这是正常的，但这会多经过一个中转环节，可能导致数据包被丢弃或缩小。如果连接在建立安全连接时停滞，请首先怀疑 VPN 的数据包大小 (MTU)。</translation>
    </message>
    <message>
        <source>Windows: list the adapters with their packet size (NlMtu) and priority.</source>
        <translation>Windows：列出各适配器及其数据包大小 (NlMtu) 和优先级。</translation>
    </message>
    <message>
        <source>Linux: show the route to the server.</source>
        <translation>Linux：显示到服务器的路由。</translation>
    </message>
    <message>
        <source>If Remote Desktop should not use the VPN, ask the VPN&apos;s administrator about split tunnelling.</source>
        <translation>如果远程桌面不应使用 VPN，请向 VPN 管理员咨询拆分隧道。</translation>
    </message>
    <message>
        <source>The path to the remote computer only carries small packets</source>
        <translation>到远程计算机的路径只能传输小数据包</translation>
    </message>
    <message>
        <source>Linux: show the adapters&apos; MTU.</source>
        <translation>Linux：显示各适配器的 MTU。</translation>
    </message>
    <message>
        <source>Lower the VPN adapter&apos;s MTU (for example to 1350) in the VPN client, or have the VPN gateway clamp the TCP segment size (MSS clamping); then try again.</source>
        <translation>在 VPN 客户端中降低 VPN 适配器的 MTU（例如降至 1350），或者让 VPN 网关钳制 TCP 分段大小（MSS 钳制）；然后重试。</translation>
    </message>
    <message>
        <source>The name points to a private address this computer cannot reach</source>
        <translation>该名称指向这台计算机无法访问的专用地址</translation>
    </message>
    <message>
        <source>The name {host} resolves to {address}, an address of a private network, but this computer is not in that network and has no VPN route to it: the packets go out to the internet, where private addresses lead nowhere. Usually the VPN is not connected, or a DNS server gave the internal answer to a computer outside the company network.</source>
        <translation>名称 {host} 解析为 {address}，这是一个专用网络地址，但这台计算机不在该网络中，也没有通往该网络的 VPN 路由：数据包会被发往 Internet，而专用地址在 Internet 上无法到达任何地方。通常是未连接 VPN，或者某个 DNS 服务器向公司网络外部的计算机返回了内部解析结果。</translation>
    </message>
    <message>
        <source>Connect the company VPN, then try again.</source>
        <translation>连接公司 VPN，然后重试。</translation>
    </message>
    <message>
        <source>Windows: see which addresses the name resolves to and which DNS server answered.</source>
        <translation>Windows：查看该名称解析到哪些地址，以及是哪台 DNS 服务器作出的应答。</translation>
    </message>
    <message>
        <source>From outside the company network use the public name or the Remote Desktop Gateway your IT department provides.</source>
        <translation>在公司网络外部，请使用 IT 部门提供的公网名称或远程桌面网关。</translation>
    </message>
    <message>
        <source>A web proxy is configured on this computer</source>
        <translation>这台计算机上配置了 Web 代理</translation>
    </message>
    <message>
        <source>This computer is set up to use a web proxy (the evidence shows it). Direct Remote Desktop connections do not use it, but the HTTPS connection to a Remote Desktop Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break it.</source>
        <translation>这台计算机被设置为使用 Web 代理（见证据）。直接的远程桌面连接不会使用该代理，但到远程桌面网关的 HTTPS 连接可能会使用；如果代理会检查 HTTPS 流量或要求单独登录，就可能导致该连接中断。</translation>
    </message>
    <message>
        <source>Windows: show the system proxy.</source>
        <translation>Windows：显示系统代理。</translation>
    </message>
    <message>
        <source>Linux or macOS: show the proxy variables.</source>
        <translation>Linux 或 macOS：显示代理环境变量。</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator to exempt the gateway&apos;s name from HTTPS inspection.</source>
        <translation>请代理管理员将网关名称排除在 HTTPS 检查之外。</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block the connection</source>
        <translation>这台计算机防火墙的某条规则可能会阻止连接</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s own firewall drops or rejects outgoing connections to port {port}, but only under a condition the tool could not check (a network adapter, an address list, a firewall profile). The evidence shows the rule and the condition. If the connection fails, check this rule first.</source>
        <translation>这台计算机自身防火墙的某条规则会丢弃或拒绝到端口 {port} 的出站连接，但只在本工具无法检查的条件下生效（网络适配器、地址列表、防火墙配置文件）。证据中显示了该规则及其条件。如果连接失败，请首先检查此规则。</translation>
    </message>
    <message>
        <source>Windows: list the enabled rules that block outgoing connections.</source>
        <translation>Windows：列出已启用且阻止出站连接的规则。</translation>
    </message>
    <message>
        <source>Linux with ufw: show the numbered rules.</source>
        <translation>使用 ufw 的 Linux：显示带编号的规则。</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation, ask the IT department whether it applies here. Do not switch the firewall off.</source>
        <translation>如果该规则来自你所在的组织，请询问 IT 部门它是否适用于此处。请不要关闭防火墙。</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be checked</source>
        <translation>无法检查这台计算机的防火墙</translation>
    </message>
    <message>
        <source>The firewall rules of this computer could not be read, usually because reading them needs administrator rights. So a local rule blocking port {port} is neither confirmed nor ruled out.</source>
        <translation>无法读取这台计算机的防火墙规则，通常是因为读取规则需要管理员权限。因此，既无法确认、也无法排除有本地规则阻止端口 {port}。</translation>
    </message>
    <message>
        <source>Linux or macOS: run the check again with administrator rights.</source>
        <translation>Linux 或 macOS：使用管理员权限重新运行检查。</translation>
    </message>
    <message>
        <source>Windows: run rdpdiag from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows：在通过“以管理员身份运行”打开的命令提示符中运行 rdpdiag。</translation>
    </message>
    <message>
        <source>Linux: read the rules yourself.</source>
        <translation>Linux：自行查看这些规则。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway {host}</source>
        <translation>客户端通过远程桌面网关 {host} 进行连接</translation>
    </message>
    <message>
        <source>The .rdp file tells the client to connect through the Remote Desktop Gateway {host} (HTTPS, port {port}); the gateway then connects to the remote computer. So the client&apos;s path is this computer to the gateway, and the gateway to the remote computer; a direct test of the remote computer from here checks a path the client may not use. The evidence says which path the client takes and what the gateway answered.</source>
        <translation>.rdp 文件指示客户端通过远程桌面网关 {host}（HTTPS，端口 {port}）进行连接，再由网关连接到远程计算机。因此，客户端的路径是从这台计算机到网关，再从网关到远程计算机；从这里直接测试远程计算机，检查的是客户端可能并不使用的路径。证据中说明了客户端采用的路径以及网关的应答。</translation>
    </message>
    <message>
        <source>Test the gateway&apos;s HTTPS port from this computer (Windows).</source>
        <translation>从这台计算机测试网关的 HTTPS 端口 (Windows)。</translation>
    </message>
    <message>
        <source>To check the path between the gateway and the remote computer, run rdpdiag on the gateway itself or on a computer in the same network, and read the gateway&apos;s event log.</source>
        <translation>要检查网关与远程计算机之间的路径，请在网关本身或同一网络中的计算机上运行 rdpdiag，并查看网关的事件日志。</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway {host} cannot be reached</source>
        <translation>无法访问远程桌面网关 {host}</translation>
    </message>
    <message>
        <source>The client must connect through the Remote Desktop Gateway {host}, but this computer could not open a connection to it on port {port} (the evidence shows the name lookup and each attempt). As long as the gateway cannot be reached, no Remote Desktop connection through it can work, whatever the state of the remote computer behind it.</source>
        <translation>客户端必须通过远程桌面网关 {host} 进行连接，但这台计算机无法在端口 {port} 上与其建立连接（证据中显示了名称查询和每次连接尝试）。只要无法访问该网关，无论其后的远程计算机状态如何，通过它的远程桌面连接都无法成功。</translation>
    </message>
    <message>
        <source>Test the gateway from this computer (Windows).</source>
        <translation>从这台计算机测试网关 (Windows)。</translation>
    </message>
    <message>
        <source>Check the gateway name in the .rdp file (the line gatewayhostname:s:) against the name your IT department gave you.</source>
        <translation>将 .rdp 文件中的网关名称（gatewayhostname:s: 这一行）与 IT 部门提供给你的名称进行核对。</translation>
    </message>
    <message>
        <source>On the gateway, check that the Remote Desktop Gateway service runs.</source>
        <translation>在网关上检查远程桌面网关服务是否正在运行。</translation>
    </message>
    <message>
        <source>On the gateway, check that something listens on port {port}.</source>
        <translation>在网关上检查是否有程序在端口 {port} 上侦听。</translation>
    </message>
    <message>
        <source>The secure connection to the Remote Desktop Gateway failed</source>
        <translation>到远程桌面网关的安全连接失败</translation>
    </message>
    <message>
        <source>This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS handshake did not complete (the evidence shows how it ended). The usual causes are a gateway certificate without a usable private key, TLS versions switched off on the gateway, or a proxy or security device that interferes with HTTPS.</source>
        <translation>这台计算机已在端口 {port} 上访问到远程桌面网关 {host}，但 TLS 握手未能完成（证据中显示了握手的结束方式）。常见原因是网关证书没有可用的私钥、网关上禁用了某些 TLS 版本，或者有代理或安全设备干扰了 HTTPS。</translation>
    </message>
    <message>
        <source>On the gateway, show which certificate HTTPS uses (Certificate Hash).</source>
        <translation>在网关上显示 HTTPS 使用的证书 (Certificate Hash)。</translation>
    </message>
    <message>
        <source>In RD Gateway Manager (Properties &gt; SSL Certificate), import the certificate again together with its private key.</source>
        <translation>在远程桌面网关管理器中（“属性”&gt;“SSL 证书”），重新导入该证书及其私钥。</translation>
    </message>
    <message>
        <source>On the gateway, read its recent events.</source>
        <translation>在网关上查看其最近的事件。</translation>
    </message>
    <message>
        <source>Try the handshake from macOS or Linux to see the error.</source>
        <translation>从 macOS 或 Linux 尝试握手，以查看错误信息。</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway&apos;s certificate has expired</source>
        <translation>远程桌面网关的证书已过期</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop Gateway {host} presents is no longer valid (the evidence has its dates). Unlike a remote computer&apos;s certificate, a gateway certificate cannot be accepted anyway: Remote Desktop clients refuse to connect through the gateway until it is renewed.</source>
        <translation>远程桌面网关 {host} 出示的证书已失效（证据中包含其日期）。与远程计算机的证书不同，网关证书无法被强行接受：在证书续订之前，远程桌面客户端会拒绝通过该网关进行连接。</translation>
    </message>
    <message>
        <source>On the gateway, list the computer&apos;s certificates with their end dates.</source>
        <translation>在网关上列出计算机的证书及其截止日期。</translation>
    </message>
    <message>
        <source>Have a new certificate issued for the gateway&apos;s name, then select it in RD Gateway Manager (Properties &gt; SSL Certificate).</source>
        <translation>为网关名称申请颁发新证书，然后在远程桌面网关管理器中选择该证书（“属性”&gt;“SSL 证书”）。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: a wrong date makes a valid certificate look expired.</source>
        <translation>检查这台计算机的时钟：日期错误会使有效的证书看起来已过期。</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate does not carry the gateway&apos;s name</source>
        <translation>网关的证书不包含网关的名称</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway is not made out to {host}, the name in the .rdp file (the evidence lists the names it does carry). Remote Desktop clients refuse such a gateway without offering to continue.</source>
        <translation>远程桌面网关的证书不是颁发给 {host}（.rdp 文件中的名称）的（证书实际包含的名称见证据）。远程桌面客户端会直接拒绝这样的网关，不提供继续连接的选项。</translation>
    </message>
    <message>
        <source>Show the names in the gateway&apos;s certificate (macOS or Linux).</source>
        <translation>显示网关证书中的名称（macOS 或 Linux）。</translation>
    </message>
    <message>
        <source>Change gatewayhostname in the .rdp file to a name the certificate carries, if that name leads to the same gateway.</source>
        <translation>如果证书包含的某个名称指向同一个网关，请将 .rdp 文件中的 gatewayhostname 改为该名称。</translation>
    </message>
    <message>
        <source>Otherwise have a certificate issued that includes the name clients use, and select it in RD Gateway Manager.</source>
        <translation>否则，请申请颁发包含客户端所用名称的证书，并在远程桌面网关管理器中选择该证书。</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted here</source>
        <translation>这台计算机不信任网关的证书</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway {host} does not lead to a certificate authority this computer trusts (the evidence lists the verification errors). Remote Desktop clients refuse untrusted gateway certificates, so unless the client computer trusts the issuing authority, connections through this gateway fail.</source>
        <translation>远程桌面网关 {host} 的证书无法追溯到这台计算机信任的证书颁发机构（证据中列出了验证错误）。远程桌面客户端会拒绝不受信任的网关证书，因此除非客户端计算机信任其颁发机构，否则通过此网关的连接都会失败。</translation>
    </message>
    <message>
        <source>Show the certificate chain the gateway sends (macOS or Linux).</source>
        <translation>显示网关发送的证书链（macOS 或 Linux）。</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, install its root certificate on this computer (Windows, as administrator; replace the file name).</source>
        <translation>如果你所在的组织运行自己的证书颁发机构，请在这台计算机上安装其根证书（Windows，以管理员身份运行；请替换文件名）。</translation>
    </message>
    <message>
        <source>For users outside the organisation, give the gateway a certificate from a public certificate authority.</source>
        <translation>对于组织外部的用户，请为网关使用公共证书颁发机构颁发的证书。</translation>
    </message>
    <message>
        <source>The gateway address answers, but not as a Remote Desktop Gateway</source>
        <translation>网关地址有应答，但应答方不是远程桌面网关</translation>
    </message>
    <message>
        <source>The server at {host} port {port} answered the request a Remote Desktop Gateway handles with &apos;not found&apos;, so it is a web server without the gateway service. The gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy does not forward the gateway&apos;s path /remoteDesktopGateway/.</source>
        <translation>{host} 端口 {port} 上的服务器对远程桌面网关所处理的请求应答了“not found”，因此它是未运行网关服务的 Web 服务器。可能是 .rdp 文件中的网关名称有误，或者负载均衡器或反向代理没有转发网关的路径 /remoteDesktopGateway/。</translation>
    </message>
    <message>
        <source>Check the line gatewayhostname:s: of the .rdp file with your IT department.</source>
        <translation>与 IT 部门核对 .rdp 文件中 gatewayhostname:s: 这一行。</translation>
    </message>
    <message>
        <source>On the gateway, check that the web site carries the gateway&apos;s applications.</source>
        <translation>在网关上检查该网站是否包含网关的应用程序。</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy is in front, it must pass the methods RDG_OUT_DATA and RDG_IN_DATA and the path /remoteDesktopGateway/ to the gateway.</source>
        <translation>如果前面有负载均衡器或反向代理，它必须将 RDG_OUT_DATA 和 RDG_IN_DATA 方法以及路径 /remoteDesktopGateway/ 转发给网关。</translation>
    </message>
    <message>
        <source>No Remote Desktop server was found on this computer</source>
        <translation>在这台计算机上未找到远程桌面服务器</translation>
    </message>
    <message>
        <source>Neither Windows Remote Desktop Services nor xrdp was found on this computer, so nothing here can accept Remote Desktop connections. Install or switch on a Remote Desktop server first, or run this check on the computer you connect to.</source>
        <translation>在这台计算机上既未找到 Windows 远程桌面服务，也未找到 xrdp，因此这里没有任何程序能接受远程桌面连接。请先安装或启用远程桌面服务器，或者在你要连接的计算机上运行此检查。</translation>
    </message>
    <message>
        <source>Windows (Pro, Enterprise or Server): allow Remote Desktop connections (as administrator).</source>
        <translation>Windows（专业版、企业版或 Server）：以管理员身份允许远程桌面连接。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: install xrdp.</source>
        <translation>Debian 或 Ubuntu：安装 xrdp。</translation>
    </message>
    <message>
        <source>Then start xrdp and have it start at boot.</source>
        <translation>然后启动 xrdp，并将其设为开机自动启动。</translation>
    </message>
    <message>
        <source>The Remote Desktop service is not running</source>
        <translation>远程桌面服务未运行</translation>
    </message>
    <message>
        <source>The Remote Desktop service of this computer (named in the evidence) is not running, so connections to port {port} are refused. Clients report this as error code 0x204. Start the service and look at why it stopped.</source>
        <translation>这台计算机的远程桌面服务（证据中列出了其名称）未运行，因此到端口 {port} 的连接会被拒绝。客户端会将此报告为错误代码 0x204。请启动该服务，并查明其停止的原因。</translation>
    </message>
    <message>
        <source>Windows: start Remote Desktop Services (as administrator).</source>
        <translation>Windows：以管理员身份启动远程桌面服务。</translation>
    </message>
    <message>
        <source>Linux: read why xrdp stopped or did not start.</source>
        <translation>Linux：查看 xrdp 停止或未能启动的原因。</translation>
    </message>
    <message>
        <source>A helper service of Remote Desktop is not running</source>
        <translation>远程桌面的某个辅助服务未运行</translation>
    </message>
    <message>
        <source>A service that Remote Desktop needs besides the main one is stopped (named in the evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then fail after the sign-in, or certificates are not renewed.</source>
        <translation>除主服务外，远程桌面所需的另一个服务已停止（证据中列出了其名称）：在 Windows 上为远程桌面配置 (SessionEnv) 或远程桌面服务 UserMode 端口重定向程序 (UmRdpService)，在 Linux 上为 xrdp 会话管理器。这可能导致登录后连接失败，或者证书无法续订。</translation>
    </message>
    <message>
        <source>Windows: start the helper services.</source>
        <translation>Windows：启动这些辅助服务。</translation>
    </message>
    <message>
        <source>Linux: start the xrdp session manager.</source>
        <translation>Linux：启动 xrdp 会话管理器。</translation>
    </message>
    <message>
        <source>The Remote Desktop service does not listen on its port</source>
        <translation>远程桌面服务未在其端口上侦听</translation>
    </message>
    <message>
        <source>The Remote Desktop service runs, but no socket of it listens on the port it is configured for (the evidence shows what listens where). Often another program took the port first, or the service could not bind to the address in its settings. Clients get &apos;connection refused&apos; (error code 0x204).</source>
        <translation>远程桌面服务正在运行，但它没有任何套接字在所配置的端口上侦听（证据中显示了哪些程序在哪些地址和端口上侦听）。通常是其他程序抢先占用了该端口，或者服务无法绑定到其设置中的地址。客户端会收到“连接被拒绝”（错误代码 0x204）。</translation>
    </message>
    <message>
        <source>Remote Desktop listens on another port than clients use</source>
        <translation>远程桌面侦听的端口与客户端使用的端口不同</translation>
    </message>
    <message>
        <source>Clients connect to port {port}, but the Remote Desktop service of this computer listens on another port (shown in the evidence). Either tell the clients the port (host name followed by a colon and the port), or set the service back to port {port}.</source>
        <translation>客户端连接到端口 {port}，但这台计算机的远程桌面服务在另一个端口上侦听（见证据）。请将该端口告知客户端（在主机名后加上冒号和端口号），或者将服务改回端口 {port}。</translation>
    </message>
    <message>
        <source>Linux: set xrdp&apos;s first port= line to {port} and restart it.</source>
        <translation>Linux：将 xrdp 的第一个 port= 行设置为 {port}，然后重启 xrdp。</translation>
    </message>
    <message>
        <source>Windows: set the listener&apos;s port (as administrator), then restart Remote Desktop Services and allow the port in the firewall.</source>
        <translation>Windows：以管理员身份设置侦听器的端口，然后重启远程桌面服务，并在防火墙中放行该端口。</translation>
    </message>
    <message>
        <source>Remote Desktop only accepts connections from this computer itself</source>
        <translation>远程桌面只接受来自这台计算机本身的连接</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), so other computers cannot connect. That is right only when connections arrive through an SSH tunnel or a local proxy.</source>
        <translation>远程桌面服务只在环回地址（127.0.0.1 或 ::1）上侦听，因此其他计算机无法连接。只有当连接通过 SSH 隧道或本地代理到达时，这样设置才是正确的。</translation>
    </message>
    <message>
        <source>Linux: show xrdp&apos;s listen setting; port=3389 listens on every address, port=tcp://127.0.0.1:3389 only on loopback.</source>
        <translation>Linux：显示 xrdp 的侦听设置；port=3389 表示在所有地址上侦听，port=tcp://127.0.0.1:3389 表示仅在环回地址上侦听。</translation>
    </message>
    <message>
        <source>Windows: the listener&apos;s adapter setting should be 0 (all adapters).</source>
        <translation>Windows：侦听器的适配器设置应为 0（所有适配器）。</translation>
    </message>
    <message>
        <source>Remote Desktop connections are switched off</source>
        <translation>远程桌面连接已被禁用</translation>
    </message>
    <message>
        <source>The setting fDenyTSConnections is 1 on this computer (the evidence says whether a Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group Policy value wins over the local one and must be changed in the policy.</source>
        <translation>这台计算机上的 fDenyTSConnections 为 1（证据中说明了是否由组策略设置），因此 Windows 会拒绝所有远程桌面连接。组策略值优先于本地值，必须在策略中进行更改。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy denies the connections; if this value exists, change the policy &apos;Allow users to connect remotely by using Remote Desktop Services&apos;.</source>
        <translation>检查是否有组策略拒绝这些连接；如果存在此值，请更改策略“允许用户通过使用远程桌面服务进行远程连接”。</translation>
    </message>
    <message>
        <source>The server is set to Standard RDP Security only</source>
        <translation>服务器被设置为仅使用标准 RDP 安全性</translation>
    </message>
    <message>
        <source>This computer&apos;s Remote Desktop service is configured for the old Standard RDP Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. Current clients that require TLS or Network Level Authentication refuse it, often with error code 0x904, and the connection is open to interception.</source>
        <translation>这台计算机的远程桌面服务被配置为仅使用旧的标准 RDP 安全性（xrdp 的 security_layer=rdp，或 Windows 的 SecurityLayer 0），不使用 TLS。要求 TLS 或网络级别身份验证的新版客户端会拒绝这种方式，通常显示错误代码 0x904，而且连接容易被拦截。</translation>
    </message>
    <message>
        <source>Network Level Authentication is not required</source>
        <translation>未要求网络级别身份验证</translation>
    </message>
    <message>
        <source>UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen to anyone who connects, before checking who they are. That exposes the computer to password guessing and denial of service.</source>
        <translation>这台计算机上的 UserAuthentication 为 0，因此远程桌面会在核实连接者身份之前，向任何连接者显示登录屏幕。这会使计算机面临密码猜测和拒绝服务攻击。</translation>
    </message>
    <message>
        <source>The listener&apos;s security layer and encryption level do not fit</source>
        <translation>侦听器的安全层与加密级别不匹配</translation>
    </message>
    <message>
        <source>SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a combination Windows does not support. Windows then changes the settings by itself (event 1050), and connections may fail until the values agree.</source>
        <translation>SecurityLayer 2（要求 TLS）与 MinEncryptionLevel 1（低）同时设置，而 Windows 不支持这种组合。Windows 随后会自行更改这些设置（事件 1050），在这两个值协调一致之前，连接可能会失败。</translation>
    </message>
    <message>
        <source>Set the encryption level to client compatible (2), as administrator, then restart Remote Desktop Services.</source>
        <translation>以管理员身份将加密级别设置为“客户端兼容” (2)，然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 are switched off for the server</source>
        <translation>服务器端禁用了 TLS 1.2 和 TLS 1.3</translation>
    </message>
    <message>
        <source>The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp&apos;s ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients offer nothing older, so every secured connection fails, usually with error code 0x904 and Schannel event 36871 or 36874.</source>
        <translation>这台计算机的服务器端既不允许 TLS 1.2，也不允许 TLS 1.3（xrdp 的 ssl_protocols，或证据中显示的 SCHANNEL 注册表项）。新版客户端不再提供更旧的版本，因此所有安全连接都会失败，通常显示错误代码 0x904，并伴有 Schannel 事件 36871 或 36874。</translation>
    </message>
    <message>
        <source>The server still allows TLS 1.0 or 1.1</source>
        <translation>服务器仍允许使用 TLS 1.0 或 1.1</translation>
    </message>
    <message>
        <source>TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence says where). These versions are outdated and weak; current clients do not need them.</source>
        <translation>这台计算机的服务器端启用了 TLS 1.0 或 TLS 1.1（证据中说明了启用位置）。这些版本已过时且安全性较弱；新版客户端不需要它们。</translation>
    </message>
    <message>
        <source>Windows: switch TLS 1.0 off for the server side (as administrator) once no old client needs it; repeat for TLS 1.1 and restart the computer.</source>
        <translation>Windows：在不再有旧客户端需要 TLS 1.0 时，以管理员身份为服务器端禁用它；对 TLS 1.1 重复此操作，然后重启计算机。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is missing or unreadable</source>
        <translation>服务器的 TLS 证书缺失或无法读取</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service is configured to use cannot be found or read (the evidence names the file or the thumbprint). The service then fails every TLS handshake, which clients report as error code 0x904 (extended code 0x7).</source>
        <translation>找不到或无法读取远程桌面服务配置使用的证书（证据中列出了文件或指纹）。这样一来，服务的每次 TLS 握手都会失败，客户端会将此报告为错误代码 0x904（扩展代码 0x7）。</translation>
    </message>
    <message>
        <source>The service cannot read its certificate&apos;s private key</source>
        <translation>服务无法读取其证书的私钥</translation>
    </message>
    <message>
        <source>The private key of the Remote Desktop certificate is missing or cannot be read by the account the service runs as (the evidence names the file, the account and the error). Without its key the service cannot complete a TLS handshake: this is the classic cause of error code 0x904 with extended code 0x7.</source>
        <translation>远程桌面证书的私钥缺失，或者服务的运行帐户无法读取该私钥（证据中列出了文件、帐户和错误）。没有私钥，服务就无法完成 TLS 握手：这正是错误代码 0x904（扩展代码 0x7）的典型原因。</translation>
    </message>
    <message>
        <source>Linux: show the permissions along the key file&apos;s path.</source>
        <translation>Linux：显示密钥文件路径上各级目录的权限。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>私钥与证书不匹配</translation>
    </message>
    <message>
        <source>The key file configured for Remote Desktop is not the key of the configured certificate, typically after only one of the two files was replaced. The TLS handshake then fails for every client (error code 0x904).</source>
        <translation>为远程桌面配置的密钥文件不是所配置证书的密钥，这通常是因为只替换了这两个文件中的一个。这样一来，所有客户端的 TLS 握手都会失败（错误代码 0x904）。</translation>
    </message>
    <message>
        <source>Linux: compare the two public keys; the two checksums must be equal (adjust the paths to xrdp.ini&apos;s certificate and key_file).</source>
        <translation>Linux：比较两个公钥；两个校验和必须相同（请将路径调整为 xrdp.ini 中 certificate 和 key_file 的路径）。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has expired</source>
        <translation>服务器的 TLS 证书已过期</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service uses is outside its validity dates (the evidence has them). Clients warn about it or, with strict settings, refuse to connect.</source>
        <translation>远程桌面服务使用的证书不在有效期内（证据中包含其日期）。客户端会对此发出警告；如果设置严格，则会拒绝连接。</translation>
    </message>
    <message>
        <source>Linux: show the certificate&apos;s dates (adjust the path to xrdp.ini&apos;s certificate).</source>
        <translation>Linux：显示证书的日期（请将路径调整为 xrdp.ini 中 certificate 的路径）。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key is too short to be used</source>
        <translation>服务器证书的密钥太短，无法使用</translation>
    </message>
    <message>
        <source>The certificate xrdp is configured with has an RSA key shorter than 2048 bits. xrdp&apos;s TLS library refuses such a key at the first handshake (&apos;ee key too small&apos; in the log), so every secured connection fails although the service runs.</source>
        <translation>xrdp 配置使用的证书的 RSA 密钥短于 2048 位。xrdp 的 TLS 库会在第一次握手时拒绝这样的密钥（日志中显示“ee key too small”），因此尽管服务正在运行，所有安全连接都会失败。</translation>
    </message>
    <message>
        <source>Make a new 3072-bit key and certificate in files of xrdp&apos;s own, point certificate= and key_file= in xrdp.ini at them and restart xrdp.</source>
        <translation>在 xrdp 专用的文件中生成新的 3072 位密钥和证书，将 xrdp.ini 中的 certificate= 和 key_file= 指向这些文件，然后重启 xrdp。</translation>
    </message>
    <message>
        <source>The permissions of the MachineKeys folder are broken</source>
        <translation>MachineKeys 文件夹的权限已损坏</translation>
    </message>
    <message>
        <source>The folder where Windows keeps the private keys of the computer&apos;s certificates (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) lacks the permissions Remote Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or create its certificate&apos;s key: TLS handshakes fail with error code 0x904 (extended code 0x7) and the System log shows event 36870 or 1057.</source>
        <translation>Windows 用于保存计算机证书私钥的文件夹 (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) 缺少远程桌面所需的权限（证据中列出了现有权限）。这样远程桌面就无法使用或创建其证书的密钥：TLS 握手会失败并显示错误代码 0x904（扩展代码 0x7），“系统”日志中会出现事件 36870 或 1057。</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing grace period has ended</source>
        <translation>远程桌面授权宽限期已结束</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role, its 120-day licensing grace period is over, and no license server hands out licenses (the evidence shows the days left, the licensing mode and the license servers). Connections are then refused after the security handshake, which clients may show as error code 0x904 or as a licensing message.</source>
        <translation>这台计算机运行着远程桌面会话主机角色，其 120 天的授权宽限期已结束，且没有许可证服务器分发许可证（证据中显示了剩余天数、授权模式和许可证服务器）。这样，连接会在安全握手之后被拒绝，客户端可能会显示错误代码 0x904 或授权相关的消息。</translation>
    </message>
    <message>
        <source>Show the days left of the grace period.</source>
        <translation>显示宽限期的剩余天数。</translation>
    </message>
    <message>
        <source>Open the RD Licensing Diagnoser: it names the missing license server or licenses.</source>
        <translation>打开远程桌面授权诊断程序：它会指出缺少的许可证服务器或许可证。</translation>
    </message>
    <message>
        <source>Set the licensing mode (Per User or Per Device) and the license server with Group Policy: Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Licensing.</source>
        <translation>通过组策略设置授权模式（“每用户”或“每设备”）和许可证服务器：“计算机配置”&gt;“管理模板”&gt;“Windows 组件”&gt;“远程桌面服务”&gt;“远程桌面会话主机”&gt;“授权”。</translation>
    </message>
    <message>
        <source>If the computer only needs the two administrative connections, remove the Session Host role instead (restarts the computer).</source>
        <translation>如果这台计算机只需要两个管理连接，请改为删除会话主机角色（会重启计算机）。</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing mode is not configured</source>
        <translation>未配置远程桌面授权模式</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role without a configured licensing mode or license server. It works during the 120-day grace period (the evidence shows the days left) and refuses connections afterwards.</source>
        <translation>这台计算机运行着远程桌面会话主机角色，但没有配置授权模式或许可证服务器。在 120 天的宽限期内它可以正常工作（证据中显示了剩余天数），之后就会拒绝连接。</translation>
    </message>
    <message>
        <source>Show the configured licensing mode.</source>
        <translation>显示已配置的授权模式。</translation>
    </message>
    <message>
        <source>Configure the licensing mode and the license server by Group Policy (Remote Desktop Session Host &gt; Licensing).</source>
        <translation>通过组策略配置授权模式和许可证服务器（“远程桌面会话主机”&gt;“授权”）。</translation>
    </message>
    <message>
        <source>The listener accepts only a few connections</source>
        <translation>侦听器只接受少量连接</translation>
    </message>
    <message>
        <source>MaxInstanceCount limits the Remote Desktop listener to the number of connections shown in the evidence. Once that many are open, further connections are refused, which clients may report as error code 0x904.</source>
        <translation>MaxInstanceCount 将远程桌面侦听器的连接数限制为证据中显示的数量。达到该数量后，更多的连接会被拒绝，客户端可能会将此报告为错误代码 0x904。</translation>
    </message>
    <message>
        <source>Show the limit and its policy copy.</source>
        <translation>显示该限制值及其策略副本。</translation>
    </message>
    <message>
        <source>Remove the limit (as administrator); if a Group Policy (&apos;Limit number of connections&apos;) sets it, change the policy instead.</source>
        <translation>以管理员身份取消该限制；如果由组策略（“限制连接的数量”）设置，请改为修改该策略。</translation>
    </message>
    <message>
        <source>List the sessions that are open now.</source>
        <translation>列出当前打开的会话。</translation>
    </message>
    <message>
        <source>Windows could not access the TLS certificate&apos;s private key</source>
        <translation>Windows 无法访问 TLS 证书的私钥</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), shown in the evidence. Remote Desktop cannot use its certificate&apos;s key, usually because of wrong permissions on the MachineKeys folder or a damaged key file. This is the cause behind error code 0x904 with extended code 0x7.</source>
        <translation>“系统”日志中有 Schannel 事件 36870（“a fatal error occurred when attempting to access the TLS server credential private key”，即尝试访问 TLS 服务器凭据私钥时发生严重错误），见证据。远程桌面无法使用其证书的密钥，通常是由于 MachineKeys 文件夹的权限错误或密钥文件损坏。这正是错误代码 0x904（扩展代码 0x7）背后的原因。</translation>
    </message>
    <message>
        <source>Windows could not create the TLS credential</source>
        <translation>Windows 无法创建 TLS 凭据</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), shown in the evidence. Most often the TLS versions Remote Desktop needs are switched off in the SCHANNEL registry keys, or the certificate&apos;s key is unusable.</source>
        <translation>“系统”日志中有 Schannel 事件 36871（“a fatal error occurred while creating a TLS server credential”，即创建 TLS 服务器凭据时发生严重错误），见证据。最常见的原因是 SCHANNEL 注册表项中禁用了远程桌面所需的 TLS 版本，或者证书的密钥无法使用。</translation>
    </message>
    <message>
        <source>Windows could not create or renew the Remote Desktop certificate</source>
        <translation>Windows 无法创建或续订远程桌面证书</translation>
    </message>
    <message>
        <source>The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): the self-signed certificate could not be created or replaced, typically with &apos;Keyset does not exist&apos; or &apos;Access is denied&apos;. The cause is almost always the permissions or contents of the MachineKeys folder.</source>
        <translation>“系统”日志中有远程桌面的事件 1057 或 1058（见证据）：无法创建或替换自签名证书，通常伴有“Keyset does not exist”（中文版为“密钥集不存在”）或“Access is denied”（中文版为“拒绝访问。”）。原因几乎总是 MachineKeys 文件夹的权限或内容有问题。</translation>
    </message>
    <message>
        <source>Clients offered no cipher suite this server accepts</source>
        <translation>客户端提供的密码套件都不被此服务器接受</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36874 (shown in the evidence): a client asked for TLS, but none of its cipher suites is allowed on this computer. Usually a Group Policy or a hardening script shortened the cipher suite list too much.</source>
        <translation>“系统”日志中有 Schannel 事件 36874（见证据）：某个客户端请求使用 TLS，但这台计算机不允许其提供的任何密码套件。通常是组策略或安全加固脚本将密码套件列表削减得过多。</translation>
    </message>
    <message>
        <source>The server ended TLS handshakes with an alert</source>
        <translation>服务器以警报结束了 TLS 握手</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36888 (shown in the evidence with the alert number): this computer refused TLS handshakes. Alert 40 means no common settings, 70 a TLS version that is switched off.</source>
        <translation>“系统”日志中有 Schannel 事件 36888（证据中显示了警报编号）：这台计算机拒绝了 TLS 握手。警报 40 表示双方没有共同的设置，警报 70 表示所用的 TLS 版本已被禁用。</translation>
    </message>
    <message>
        <source>The xrdp log shows recent errors</source>
        <translation>xrdp 日志中有最近的错误</translation>
    </message>
    <message>
        <source>xrdp&apos;s log has error lines from the last days (the evidence quotes them). Errors about the certificate, the key file or TLS explain failing connections directly; others help when nothing else was found.</source>
        <translation>xrdp 的日志中有最近几天的错误行（证据中引用了这些行）。与证书、密钥文件或 TLS 有关的错误可以直接解释连接失败的原因；其他错误则可在未发现其他问题时提供线索。</translation>
    </message>
    <message>
        <source>Read the service&apos;s journal as well.</source>
        <translation>同时查看该服务的 journal 日志。</translation>
    </message>
    <message>
        <source>The xrdp configuration cannot be read</source>
        <translation>无法读取 xrdp 配置</translation>
    </message>
    <message>
        <source>The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp nor this check knows the port, the security settings or the certificate. xrdp does not start without it.</source>
        <translation>文件 xrdp.ini（证据中列出了其名称）缺失或无法读取，因此 xrdp 和本检查都无法得知端口、安全设置或证书。没有该文件，xrdp 将无法启动。</translation>
    </message>
    <message>
        <source>Show the file and its permissions.</source>
        <translation>显示该文件及其权限。</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: restore missing configuration files of the package.</source>
        <translation>Debian 或 Ubuntu：恢复该软件包缺失的配置文件。</translation>
    </message>
    <message>
        <source>Some server settings could not be checked</source>
        <translation>部分服务器设置无法检查</translation>
    </message>
    <message>
        <source>Parts of the self-check could not read what they need, usually for lack of administrator rights (the evidence lists them). Those causes are neither confirmed nor ruled out.</source>
        <translation>自检的某些部分无法读取所需的信息，通常是因为缺少管理员权限（证据中列出了这些部分）。因此，相关原因既无法确认，也无法排除。</translation>
    </message>
    <message>
        <source>Linux: run the self-check with administrator rights.</source>
        <translation>Linux：使用管理员权限运行自检。</translation>
    </message>
    <message>
        <source>Windows: run it from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows：在通过“以管理员身份运行”打开的命令提示符中运行自检。</translation>
    </message>
    <message>
        <source>This server&apos;s firewall blocks incoming Remote Desktop connections</source>
        <translation>此服务器的防火墙阻止了传入的远程桌面连接</translation>
    </message>
    <message>
        <source>A rule or the default policy of this computer&apos;s firewall drops or rejects incoming connections to port {port} (the evidence names it). Clients then time out (error code 0x204) or are refused, although the Remote Desktop service itself is fine.</source>
        <translation>这台计算机防火墙的某条规则或默认策略丢弃或拒绝了到端口 {port} 的入站连接（证据中列出了该规则或策略）。这样即使远程桌面服务本身正常，客户端也会超时（错误代码 0x204）或被拒绝。</translation>
    </message>
    <message>
        <source>Windows: allow Remote Desktop through the firewall (as administrator).</source>
        <translation>Windows：以管理员身份允许远程桌面通过防火墙。</translation>
    </message>
    <message>
        <source>Windows in another language: the rule&apos;s internal name works everywhere.</source>
        <translation>其他语言的 Windows：规则的内部名称适用于所有语言。</translation>
    </message>
    <message>
        <source>Windows with another port than 3389: add a rule for port {port}.</source>
        <translation>使用 3389 以外端口的 Windows：为端口 {port} 添加一条规则。</translation>
    </message>
    <message>
        <source>Linux with ufw: allow the port.</source>
        <translation>使用 ufw 的 Linux：放行该端口。</translation>
    </message>
    <message>
        <source>Linux with firewalld: allow the port.</source>
        <translation>使用 firewalld 的 Linux：放行该端口。</translation>
    </message>
    <message>
        <source>Linux with plain nftables: find the rule, then change it in /etc/nftables.conf.</source>
        <translation>直接使用 nftables 的 Linux：找到该规则，然后在 /etc/nftables.conf 中修改它。</translation>
    </message>
    <message>
        <source>This server&apos;s firewall may block some Remote Desktop clients</source>
        <translation>此服务器的防火墙可能会阻止某些远程桌面客户端</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets incoming connections to port {port} through only under conditions (client addresses, network adapters, firewall profiles), shown in the evidence. Clients that do not meet them are blocked.</source>
        <translation>这台计算机的防火墙只在特定条件下（客户端地址、网络适配器、防火墙配置文件）才允许到端口 {port} 的入站连接通过，具体条件见证据。不满足这些条件的客户端会被阻止。</translation>
    </message>
    <message>
        <source>Windows: show the Remote Desktop rules with their profiles and address filters.</source>
        <translation>Windows：显示远程桌面规则及其配置文件和地址筛选器。</translation>
    </message>
    <message>
        <source>Linux with ufw: show the rules.</source>
        <translation>使用 ufw 的 Linux：显示规则。</translation>
    </message>
    <message>
        <source>Linux with firewalld: show the zones.</source>
        <translation>使用 firewalld 的 Linux：显示区域。</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>未知的发现 %1</translation>
    </message>
    <message>
        <source>This version of rdpdiag does not know this finding: the report was made by another version. Its evidence is shown, but no explanation and no fix; open the report with the version that made it, or a newer one.</source>
        <translation>此版本的 rdpdiag 不认识该发现：报告由其他版本生成。将显示其证据，但没有解释和修复方法；请使用生成该报告的版本或更新的版本打开它。</translation>
    </message>
    <message>
        <source>The server accepts weak 40-bit or 56-bit encryption</source>
        <translation>服务器接受弱的 40 位或 56 位加密</translation>
    </message>
    <message>
        <source>When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, the remote computer accepts it. Keys that short can be found by trying them all, and Standard RDP Security does not protect the choice of method, so a device in the network path can make both sides use the weakest one and then read what is typed, passwords included. Connections still work; this is a hardening note. On Windows this is the encryption level Low or Client Compatible (MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium.</source>
        <translation>当客户端为标准 RDP 安全性只提供 40 位或 56 位 RC4 加密时，远程计算机会接受。这么短的密钥可以通过逐一尝试找出，而且标准 RDP 安全性不保护加密方法的选择，因此网络路径上的设备可以让双方使用最弱的方法，然后读取用户输入的内容，包括密码。连接仍然可用；这是一条安全加固提示。在 Windows 上对应加密级别“低”或“客户端兼容”（MinEncryptionLevel 1 或 2），在 xrdp 上对应 crypt_level=low 或 medium。</translation>
    </message>
    <message>
        <source>The server requires FIPS encryption for Standard RDP Security</source>
        <translation>服务器要求标准 RDP 安全性使用 FIPS 加密</translation>
    </message>
    <message>
        <source>The remote computer&apos;s encryption level is FIPS Compliant: with Standard RDP Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients that do not implement that method, such as rdesktop and some thin clients, cannot connect with Standard RDP Security; when the server offers nothing else they fail during the connection sequence, often with error code 0x904 or a security error. On Windows the level comes from MinEncryptionLevel 4 or from the policy &apos;System cryptography: Use FIPS compliant algorithms&apos;, on xrdp from crypt_level=fips. If your organisation requires FIPS, keep it and require TLS instead, which current clients support.</source>
        <translation>远程计算机的加密级别为“符合 FIPS 标准”：使用标准 RDP 安全性时，它只接受 FIPS 方法（三重 DES），不接受任何 RC4 方法。未实现该方法的客户端（例如 rdesktop 和部分瘦客户端）无法通过标准 RDP 安全性连接；如果服务器不提供其他方式，它们会在连接过程中失败，通常显示错误代码 0x904 或安全错误。在 Windows 上，该级别来自 MinEncryptionLevel 4 或策略“系统加密: 将 FIPS 兼容算法用于加密、哈希和签名”（英文为 &apos;System cryptography: Use FIPS compliant algorithms&apos;），在 xrdp 上来自 crypt_level=fips。如果贵组织要求 FIPS，请保留它，改为要求使用新版客户端都支持的 TLS。</translation>
    </message>
    <message>
        <source>On the remote computer, check whether the system-wide FIPS policy is on (Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only if your organisation does not require FIPS.</source>
        <translation>在远程计算机上检查系统范围的 FIPS 策略是否已启用（Enabled 0x1）。该策略会强制远程桌面使用 FIPS 级别；只有在贵组织不要求 FIPS 时才将其关闭。</translation>
    </message>
    <message>
        <source>No client can agree on encryption with the server&apos;s Standard RDP Security</source>
        <translation>没有客户端能与服务器的标准 RDP 安全性商定加密方式</translation>
    </message>
    <message>
        <source>Each of the four encryption methods a client can offer for Standard RDP Security (40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took none of them: it answered with a method the client had not offered, with no encryption at all, or refused. The protocol requires the server to pick one of the client&apos;s methods, so clients that check this cannot connect with Standard RDP Security, and a session without encryption would carry passwords in clear text. When the server offers nothing else, connections fail during the connection sequence, often with error code 0x904. Setting the level to High (128-bit), or requiring TLS, fixes it.</source>
        <translation>客户端可为标准 RDP 安全性提供的四种加密方法（40 位、56 位、128 位、FIPS）都分别单独提供过，但远程计算机一种也没有采用：它用客户端未提供的方法应答、完全不加密，或者拒绝。协议要求服务器从客户端的方法中选择一种，因此会检查这一点的客户端无法通过标准 RDP 安全性连接，而不加密的会话会以明文传输密码。如果服务器不提供其他方式，连接会在连接过程中失败，通常显示错误代码 0x904。将级别设为“高”（128 位）或要求使用 TLS 即可解决。</translation>
    </message>
    <message>
        <source>Set the encryption level of Standard RDP Security to High (128-bit): MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), then restart Remote Desktop Services.</source>
        <translation>将标准 RDP 安全性的加密级别设为“高”（128 位）：以管理员身份在远程桌面侦听器上设置 MinEncryptionLevel 3，然后重启远程桌面服务。</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the level (&apos;Set client connection encryption level&apos; under Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security). If this value exists it overrides the listener&apos;s setting, so set the policy to High Level instead.</source>
        <translation>检查是否有组策略设置了该级别（“计算机配置”&gt;“管理模板”&gt;“Windows 组件”&gt;“远程桌面服务”&gt;“远程桌面会话主机”&gt;“安全”下的“设置客户端连接加密级别”）。如果存在该值，它会覆盖侦听器的设置，因此请改为将该策略设为“高级别”。</translation>
    </message>
    <message>
        <source>On an xrdp server, set crypt_level=high (128-bit) and restart xrdp.</source>
        <translation>在 xrdp 服务器上设置 crypt_level=high（128 位）并重启 xrdp。</translation>
    </message>
    <message>
        <source>The server limits simultaneous connections</source>
        <translation>服务器限制同时连接数</translation>
    </message>
    <message>
        <source>This check opens several connections to {address} at the same time. The server refused, reset or closed some of them before answering, while the same requests worked when they were sent again one at a time, so the results shown come from those. The server, or a device in front of it, limits how many connections it accepts at once: Remote Desktop&apos;s limit on connections that have not signed in yet, a firewall or intrusion prevention system that limits new connections to port {port}, or the short queue of waiting connections of xrdp. A Remote Desktop client opens one connection and is not affected; several users who connect at the same moment, for example from behind one shared address, may be.</source>
        <translation>本检查会同时打开多个到 {address} 的连接。服务器在应答前拒绝、重置或关闭了其中一些连接，而相同的请求逐个重新发送时都成功了，因此显示的结果来自这些重试。服务器或其前面的设备限制了同时接受的连接数：远程桌面对尚未登录的连接的限制、限制到端口 {port} 的新连接的防火墙或入侵防御系统，或 xrdp 较短的等待连接队列。远程桌面客户端只打开一个连接，不受影响；在同一时刻连接的多个用户（例如位于同一共享地址之后）可能会受影响。</translation>
    </message>
    <message>
        <source>Nothing needs to change for a single user. If users who connect at the same time fail now and then, show the Windows limit on connections that have not signed in yet (the value is absent when the default applies).</source>
        <translation>对单个用户无需任何更改。如果同时连接的用户偶尔失败，请查看 Windows 对尚未登录连接的限制（使用默认值时该值不存在）。</translation>
    </message>
    <message>
        <source>If a firewall, load balancer or intrusion prevention system sits in front of the server, check its limit of simultaneous or new connections per source address to port {port}.</source>
        <translation>如果服务器前面有防火墙、负载均衡器或入侵防御系统，请检查它对每个源地址到端口 {port} 的同时连接数或新建连接数的限制。</translation>
    </message>
    <message>
        <source>Only small packets get through between this computer and {address}: the largest packet this computer can send toward it (the MTU of the adapter or route) is below 1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops larger packets; the evidence shows which. Small packets alone are fine, but if a device on the way silently drops packets that are too large, the server&apos;s certificate never arrives and the connection hangs at &apos;Securing connection&apos; before failing with error code 0x904. When the evidence says &quot;proven&quot;, a second handshake with small packets completed where the normal one stalled: then this is the cause, otherwise a risk and the likely cause when the TLS handshake stalls.</source>
        <translation>这台计算机与 {address} 之间只有小数据包能够通过：这台计算机能向其发送的最大数据包（适配器或路由的 MTU）小于 1400 字节（这在 VPN 和隧道中很常见），或者途中某个设备丢弃了更大的数据包；证据会说明是哪一种情况。仅有小数据包本身没有问题，但如果途中某个设备悄悄丢弃过大的数据包，服务器的证书就永远无法到达，连接会停在保护连接的阶段（英文界面显示“Securing connection”），然后失败并显示错误代码 0x904。如果证据中显示 &quot;proven&quot;，说明在正常握手停滞的情况下，使用小数据包的第二次握手已经完成：此时这就是原因；否则这是一个风险，并且在 TLS 握手停滞时很可能就是原因。</translation>
    </message>
    <message>
        <source>On the VPN gateway or router on the way (Linux), clamp the TCP segment size to the path&apos;s MTU, and let ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) through its firewall, so that servers learn to send smaller packets.</source>
        <translation>在途中的 VPN 网关或路由器上 (Linux)，将 TCP 分段大小钳制为路径的 MTU，并允许 ICMP“fragmentation needed”（IPv6 为“packet too big”）消息通过其防火墙，使服务器学会发送更小的数据包。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag：无法写入日志文件 %1：%2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>查明远程桌面连接失败的原因（例如错误代码 0x904、扩展错误代码 0x7）：检查名称解析、TCP、RDP 安全协商、TLS、证书和 CredSSP，并指出需要修复的内容。</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>输出 JSON 报告，而不是摘要。</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>每个网络步骤的时间限额，以毫秒为单位（默认值为 5000）。</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>TARGET 未指定端口时使用的端口（默认值为 3389）。</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>远程桌面客户端显示的错误代码，例如 0x904。</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>客户端显示的扩展错误代码，例如 0x7。</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>将详细信息记录到标准错误输出。</translation>
    </message>
    <message>
        <source>Write the debug log to this file.</source>
        <translation>将调试日志写入此文件。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file.</source>
        <translation>host、host:port、[IPv6]:port、IPv6 地址或 .rdp 文件。</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout 必须是 1 到 %1 之间的毫秒数，而不是“%2”</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port 必须是 1 到 65535 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code “%1”不是有效的错误代码（格式示例：0x904）</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code “%1”不是有效的错误代码（格式示例：0x7）</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>未指定目标：请指定要检查的计算机（请参阅 --help）</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>一次只能指定一个目标，但收到了 %1 个：%2</translation>
    </message>
    <message>
        <source>rdpdiag: cannot open the bundle %1: %2
</source>
        <translation>rdpdiag：无法打开诊断包 %1：%2
</translation>
    </message>
    <message>
        <source>Findings bundle %1: run %2 of %3 UTC</source>
        <translation>诊断包 %1：运行 %2（%3 UTC）</translation>
    </message>
    <message>
        <source>, made on %1</source>
        <translation>，生成于 %1</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation>（已脱敏）</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write the bundle %1: the folder %2 %3
</source>
        <translation>rdpdiag：无法写入诊断包 %1：文件夹 %2 %3
</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>不可写入</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>rdpdiag: the findings bundle was not written: %1
</source>
        <translation>rdpdiag：未写入诊断包：%1
</translation>
    </message>
    <message>
        <source>rdpdiag: findings bundle written to %1
</source>
        <translation>rdpdiag：诊断包已写入 %1
</translation>
    </message>
    <message>
        <source>Also write the findings bundle (a zip for a support ticket) to this file, or into this folder under its default name.</source>
        <translation>同时将诊断包（用于支持工单的 zip 文件）写入此文件，或以默认名称写入此文件夹。</translation>
    </message>
    <message>
        <source>Replace user, host, computer and domain names, certificate names and IP addresses with placeholders (host-1, 10.x.x.1 …) in the output and the bundle.</source>
        <translation>在输出和诊断包中，将用户名、主机名、计算机名、域名、证书名称和 IP 地址替换为占位符（host-1、10.x.x.1 …）。</translation>
    </message>
    <message>
        <source>Open a findings bundle instead of running: print its summary (with --json, its report).</source>
        <translation>打开诊断包而不运行检查：输出其摘要（与 --json 一起使用时，输出其报告）。</translation>
    </message>
    <message>
        <source>Fleet mode: check every target of this file (one per line, or a CSV file with a host column; - reads standard input) and print one CSV row per target (with --json, one JSON report per line), then a table of the findings on standard error.</source>
        <translation>批量模式：检查此文件中的每个目标（每行一个，或带有 host 列的 CSV 文件；- 表示从标准输入读取），并为每个目标输出一行 CSV（与 --json 一起使用时，每行输出一个 JSON 报告），然后在标准错误输出中显示检查结果汇总表。</translation>
    </message>
    <message>
        <source>Fleet mode: targets checked at once (default %1, fewer when the open-file limit is low).</source>
        <translation>批量模式：同时检查的目标数（默认为 %1；如果打开文件数限制较低，则会更少）。</translation>
    </message>
    <message>
        <source>Fleet mode: CSV output (the default without --json).</source>
        <translation>批量模式：输出 CSV（未指定 --json 时的默认格式）。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage (also: a bundle that cannot be read with --read, or that could not be written with --bundle).
</source>
        <translation>
退出代码：0 表示未发现错误，1 表示至少发现一个错误，2 表示输入或用法有误（以及：使用 --read 时无法读取诊断包，或使用 --bundle 时无法写入诊断包）。
</translation>
    </message>
    <message>
        <source>--bundle needs a file name</source>
        <translation>--bundle 需要文件名</translation>
    </message>
    <message>
        <source>--read needs the file name of a findings bundle</source>
        <translation>--read 需要诊断包的文件名</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and runs nothing: it cannot be combined with --%1</source>
        <translation>--read 用于打开已保存的诊断包，不运行任何检查：它不能与 --%1 一起使用</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and takes no target, got %1</source>
        <translation>--read 用于打开已保存的诊断包，不接受目标，但收到了 %1</translation>
    </message>
    <message>
        <source>--%1 is for fleet mode: use it with --hosts FILE</source>
        <translation>--%1 用于批量模式：请与 --hosts FILE 一起使用</translation>
    </message>
    <message>
        <source>--hosts needs the name of a file of targets</source>
        <translation>--hosts 需要目标列表文件的名称</translation>
    </message>
    <message>
        <source>--hosts takes its targets from the file, not from the command line: remove %1</source>
        <translation>--hosts 从文件而不是命令行读取目标：请删除 %1</translation>
    </message>
    <message>
        <source>--csv and --json: choose one output format</source>
        <translation>--csv 和 --json：请只选择一种输出格式</translation>
    </message>
    <message>
        <source>--%1 is for one target: it cannot be used with --hosts</source>
        <translation>--%1 用于单个目标：不能与 --hosts 一起使用</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency 必须是 1 到 %1 之间的数字，而不是“%2”</translation>
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
        <translation>用法：rdpdiag --server [选项]
将这台计算机作为远程桌面服务器进行检查（Linux 上为 xrdp，Windows 上为远程桌面
服务）。只读：不会更改这台计算机上的任何内容。

  --json                 输出 JSON 报告
  --port N               客户端连接的端口（默认值为 3389）
  --error-code CODE      客户端看到的错误代码（例如 0x904）
  --extended-code CODE   扩展错误代码（例如 0x7）
  --script FILE          同时写出一个供审阅的修复脚本（Windows 上为 PowerShell，
                         Linux 上为 bash）；除非使用 -Apply / --apply 运行，
                         否则该脚本不会更改任何内容
  --xrdp-config FILE     要检查的 xrdp.ini（默认为 /etc/xrdp/xrdp.ini）
  --service-user NAME    检查此帐户的文件访问权限，而不是
                         xrdp 运行所用帐户的权限
  --lang CODE            输出语言，例如 de、fr、es、ja、zh_CN
  --verbose, --log FILE  在标准错误输出中显示更多详细信息 / 将日志写入 FILE

退出代码：0 表示未发现错误，1 表示至少发现一个错误，2 表示用法有误。
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port 必须是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an error code</source>
        <translation>%1：“%2”不是有效的错误代码</translation>
    </message>
    <message>
        <source>unknown option for --server: %1</source>
        <translation>--server 的未知选项：%1</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write %1: %2
</source>
        <translation>rdpdiag：无法写入 %1：%2
</translation>
    </message>
    <message>
        <source>
On the Remote Desktop server itself: rdpdiag --server checks this computer&apos;s service (see rdpdiag --server --help).
</source>
        <translation>
在远程桌面服务器本机上：rdpdiag --server 检查这台计算机的服务（参见 rdpdiag --server --help）。
</translation>
    </message>
    <message>
        <source>Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>输出语言，例如 de、fr、es、ja、zh_CN（默认：系统语言）。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>TLS 握手和服务器证书</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>登录：用户名、密码、帐户锁定以及“允许通过远程桌面服务登录”权限</translation>
    </message>
    <message>
        <source>Remote Desktop licensing (grace period, license server)</source>
        <translation>远程桌面授权（宽限期、许可证服务器）</translation>
    </message>
    <message>
        <source>connection limits on the server (MaxInstanceCount, sessions in use)</source>
        <translation>服务器上的连接数限制（MaxInstanceCount、正在使用的会话）</translation>
    </message>
    <message>
        <source>the server&apos;s event logs (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</source>
        <translation>服务器的事件日志（系统：Schannel 36870/36871/36874/36888，TerminalServices-RemoteConnectionManager 1057/1058）</translation>
    </message>
    <message>
        <source>The server cannot use its certificate&apos;s private key, so it drops every connection during the TLS handshake; repair the key (MachineKeys permissions, then a new certificate) before anything else.</source>
        <translation>服务器无法使用其证书的私钥，因此会在 TLS 握手期间断开每个连接；请首先修复私钥问题（先修复 MachineKeys 权限，再创建新证书）。</translation>
    </message>
    <message>
        <source>Every test connection from this computer failed, so the server is not the first place to look.</source>
        <translation>这台计算机发起的所有测试连接都失败了，因此首先要检查的不是服务器。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, and that path fails before it reaches the remote computer.</source>
        <translation>客户端通过远程桌面网关 %1 进行连接，而该路径在到达远程计算机之前就失败了。</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, which answered correctly. The direct test of %2 failed, which is expected when %2 is reachable only through the gateway; check the path from the gateway to %2 on the gateway itself (its event log and its resource authorization policy).</source>
        <translation>客户端通过远程桌面网关 %1 进行连接，该网关的应答正常。对 %2 的直接测试失败了，如果 %2 只能通过网关访问，这是预料之中的；请在网关本身上检查从网关到 %2 的路径（查看其事件日志和资源授权策略）。</translation>
    </message>
    <message>
        <source>The connection never leaves this computer; the remote computer may be fine.</source>
        <translation>连接根本没有离开这台计算机；远程计算机可能完全正常。</translation>
    </message>
    <message>
        <source>The path goes through a VPN or small-packet link (%1): the server&apos;s certificate, sent in full-size packets, most likely never arrives. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>路径经由 VPN 或小数据包链路 (%1)：服务器以完整大小的数据包发送的证书很可能始终无法到达。请降低 VPN 的 MTU 或启用 MSS 钳制，然后重试。</translation>
    </message>
    <message>
        <source>error code %1 (extended %2)</source>
        <translation>错误代码 %1（扩展 %2）</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>错误代码 %1</translation>
    </message>
    <message>
        <source>extended error code %1</source>
        <translation>扩展错误代码 %1</translation>
    </message>
    <message>
        <source>Nothing this run could see from here explains %1 (%2).</source>
        <translation>本次运行从这里能看到的内容都无法解释%1（%2）。</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>未发现会导致无法连接的问题。</translation>
    </message>
    <message>
        <source>You reported %1.</source>
        <translation>您报告的是%1。</translation>
    </message>
    <message>
        <source>This explains %1.</source>
        <translation>这解释了%1。</translation>
    </message>
    <message>
        <source>This stops the connection.</source>
        <translation>这会导致无法连接。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a finding&apos;s title, then how it relates to the reported error (a sentence)</comment>
        <translation>%1。%2</translation>
    </message>
    <message>
        <source>This alone stops the connection, although it is not what usually causes %1.</source>
        <translation>仅此一项就会导致无法连接，尽管它通常不是%1的原因。</translation>
    </message>
    <message>
        <source>A second TLS handshake that asked for small packets completed where the normal one stalled: a device on the way drops the server&apos;s full-size packets. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>在正常握手停滞的情况下，请求小数据包的第二次 TLS 握手已经完成：途中某个设备丢弃了服务器的完整大小数据包。请降低 VPN 的 MTU 或启用 MSS 钳制，然后重试。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>无信息：客户端未提供原因。</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>连接是在这台计算机上结束的（由你或应用结束）；这不是错误。</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>远程端的用户结束了会话（注销或断开连接）。</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>服务器结束了会话（例如由管理员结束或达到时间限制）；这不是连接错误。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Mac 和 iOS 应用的用户报告过此代码：会话在建立连接的过程中结束；对于 xrdp 服务器，服务器日志中会显示 TLS 握手失败。</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>找不到该计算机名（DNS 查询失败）。</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>客户端内存不足。</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>连接尝试超时：远程计算机没有响应。</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>无法建立连接：远程访问已关闭、计算机已关机或无法访问，或者被防火墙阻挡。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Mac 应用的用户报告过此代码：登录失败。已知原因：密码已过期或错误、服务器禁用了 NTLM，或者 Kerberos 登录失败。</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>找不到该计算机名。</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>向远程计算机发送数据失败：连接已中断。</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>指定的 IP 地址无效。</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>从远程计算机接收数据失败：连接已中断。</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>服务器发送了客户端无法接受的安全数据。</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>客户端内部错误。</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>加密方法无效。</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>无法将计算机名解析为地址。</translation>
    </message>
    <message>
        <source>The server&apos;s security information is not valid.</source>
        <translation>服务器的安全信息无效。</translation>
    </message>
    <message>
        <source>An internal timer error of the client.</source>
        <translation>客户端内部计时器错误。</translation>
    </message>
    <message>
        <source>A time limit ran out while connecting.</source>
        <translation>连接时超过了时间限制。</translation>
    </message>
    <message>
        <source>The client could not read the server&apos;s certificate.</source>
        <translation>客户端无法读取服务器的证书。</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>用户报告过此代码：由于你已有一个控制台会话，因此连接到控制台会话失败（例如连接到你正在使用的计算机时）。</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>IP 地址无效。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>登录失败：用户名或密码未被接受。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>远程桌面授权失败。</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>连接建立后被远程计算机或网络关闭（套接字已关闭）。</translation>
    </message>
    <message>
        <source>An internal security error.</source>
        <translation>内部安全错误。</translation>
    </message>
    <message>
        <source>Remote Desktop licensing timed out.</source>
        <translation>远程桌面授权超时。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account does not exist.</source>
        <translation>登录失败：该用户帐户不存在。</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>加密错误。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>登录失败：该用户帐户已被禁用。</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>解密错误。</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>登录失败：受到帐户限制（例如属于 Protected Users 组）。</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>客户端无法解压缩服务器发送的数据。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>登录失败：该用户帐户已被锁定。</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>登录失败：该用户帐户已过期。</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>登录失败：密码已过期。</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>用户报告过此代码：客户端检测到协议错误并断开了会话。</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>登录失败：必须先更改密码才能登录。</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>登录失败：凭据委派策略不允许将你的凭据发送到此服务器。</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>登录失败：某个策略只允许使用 NTLM 身份验证。</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>登录失败：没有可用于验证凭据的机构（无法访问域控制器或 Kerberos 服务器）。</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>登录失败：用于登录的证书已过期。</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>登录失败：智能卡 PIN 错误。</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Mac 应用的用户在连接 xrdp 服务器时报告过此代码，表现为协议错误；在服务器上创建新证书后问题得以解决。</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>登录失败：服务器不接受已保存的凭据；请重新输入。</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>登录失败：智能卡已被阻止。</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>用户报告过此代码：你可能没有远程登录的权限（该帐户不在 Remote Desktop Users 组中）。</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>没有更多信息；通常是网络或服务器直接关闭了连接。</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>管理工具断开了该会话。</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>管理工具注销了该会话。</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>已达到会话的空闲时间限制。</translation>
    </message>
    <message>
        <source>The session&apos;s active time limit was reached.</source>
        <translation>已达到会话的活动时间限制。</translation>
    </message>
    <message>
        <source>Another connection took over the session.</source>
        <translation>另一个连接接管了该会话。</translation>
    </message>
    <message>
        <source>The server ran out of memory.</source>
        <translation>服务器内存不足。</translation>
    </message>
    <message>
        <source>The server denied the connection before the session started.</source>
        <translation>服务器在会话开始前拒绝了连接。</translation>
    </message>
    <message>
        <source>The server denied the connection for security reasons (its FIPS encryption policy).</source>
        <translation>服务器出于安全原因拒绝了连接（其 FIPS 加密策略）。</translation>
    </message>
    <message>
        <source>The user does not have the right to connect.</source>
        <translation>该用户没有连接的权限。</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>服务器不接受已保存的凭据；请重新输入。</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>某个用户通过管理工具断开了该会话。</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>用户已注销。</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>远程计算机正在关机。</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>远程计算机正在重启。</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>远程桌面授权内部错误。</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>没有可用的远程桌面许可证服务器。</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>没有可供此客户端使用的远程桌面许可证。</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>服务器从客户端收到了无效的授权消息。</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>客户端的硬件 ID 与其许可证不匹配。</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>客户端的许可证无效。</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>无法完成授权交换（授权期间出现网络问题）。</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>客户端结束了授权交换。</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>授权消息未正确加密。</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>无法升级或续订客户端的许可证。</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>服务器未获得接受远程连接的许可。</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>客户端无法创建其许可证存储：访问被拒绝。</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>凭据无效。</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>远程桌面协议错误（代码 0x1000 到 0x7fff）；详细信息请查看服务器的事件日志。</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 不在 Microsoft 公布的列表中。以 07 结尾的代码通常是登录（网络级别身份验证）错误。</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 不在 Microsoft 公布的列表中。以 04 或 08 结尾的代码通常是网络错误或超时错误。</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 不是已知的扩展错误代码。</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 不是已知的错误代码。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Fleet</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the hosts file is too large (%1 bytes, at most %2)</source>
        <translation>主机列表文件太大（%1 字节，最大为 %2 字节）</translation>
    </message>
    <message>
        <source>the hosts file is not text (save it as UTF-8)</source>
        <translation>主机列表文件不是文本文件（请将其另存为 UTF-8）</translation>
    </message>
    <message>
        <source>the hosts file is not text (it contains NUL characters)</source>
        <translation>主机列表文件不是文本文件（其中包含 NUL 字符）</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>有带引号的字段未闭合</translation>
    </message>
    <message>
        <source>the host column is empty</source>
        <translation>host 列为空</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>more than %1 targets in the hosts file</source>
        <translation>主机列表文件中的目标超过 %1 个</translation>
    </message>
    <message>
        <source>the hosts file has a header but no rows</source>
        <translation>主机列表文件只有标题行，没有数据行</translation>
    </message>
    <message>
        <source>the hosts file names no target</source>
        <translation>主机列表文件中没有指定任何目标</translation>
    </message>
    <message>
        <source>[%1/%2] %3 with errors, %4 s</source>
        <translation>[%1/%2] %3 个有错误，%4 秒</translation>
    </message>
    <message>
        <source>%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 with warnings only, %7 without either.
</source>
        <translation>在 %3 秒内检查了来自 %2 的 %1 个目标（同时检查 %4 个）：%5 个有错误，%6 个仅有警告，%7 个既无错误也无警告。
</translation>
    </message>
    <message>
        <source>Interrupted: %1 runs cut short, %2 targets not checked.
</source>
        <translation>已中断：%1 次运行被提前终止，%2 个目标未检查。
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>无检查结果。
</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>目标数</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>rdpdiag: cannot read the hosts file %1: %2
</source>
        <translation>rdpdiag：无法读取主机列表文件 %1：%2
</translation>
    </message>
    <message>
        <source>rdpdiag: %1: %2
</source>
        <translation>rdpdiag：%1：%2
</translation>
    </message>
    <message>
        <source>rdpdiag: --concurrency %1 needs more open files than the limit of %2 allows; running %3 at once
</source>
        <translation>rdpdiag：--concurrency %1 所需的打开文件数超出了 %2 的限制；将同时运行 %3 个
</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Headline</name>
    <message>
        <source>The fix is on this computer.</source>
        <translation>需要在这台计算机上解决。</translation>
    </message>
    <message>
        <source>The fix is in the network: the name service, the VPN or a firewall on the way.</source>
        <translation>需要在网络中解决：名称服务、VPN 或途中的防火墙。</translation>
    </message>
    <message>
        <source>The fault is on the remote computer, not on yours: its administrator has to fix it.</source>
        <translation>问题出在远程计算机上，而不是您的计算机：需要由其管理员修复。</translation>
    </message>
    <message>
        <source>Open Windows Security &gt; Firewall &amp; network protection and check that Remote Desktop is allowed.</source>
        <translation>打开“Windows 安全中心”&gt;“防火墙和网络保护”，检查是否允许远程桌面。</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Network &gt; Firewall and check that your Remote Desktop app may connect.</source>
        <translation>打开“系统设置”&gt;“网络”&gt;“防火墙”，检查远程桌面应用是否可以连接。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s firewall lets connections out to port %1.</source>
        <translation>检查这台计算机的防火墙是否允许连接到端口 %1 的出站连接。</translation>
    </message>
    <message>
        <source>Nothing on this computer needs changing.</source>
        <translation>这台计算机上无需做任何更改。</translation>
    </message>
    <message>
        <source>Give reference %1 to whoever manages %2.</source>
        <translation>请将参考代码 %1 交给 %2 的管理人员。</translation>
    </message>
    <message>
        <source>Try again once they have fixed it.</source>
        <translation>修复后请再试一次。</translation>
    </message>
    <message>
        <source>Check the spelling of the computer name: %1.</source>
        <translation>检查计算机名称的拼写：%1。</translation>
    </message>
    <message>
        <source>If the remote computer is in your company&apos;s network and you are not, connect the VPN first.</source>
        <translation>如果远程计算机在公司网络中而您不在，请先连接 VPN。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it still fails, give reference %1 to your IT support.</source>
        <translation>几分钟后再试；如果仍然失败，请将参考代码 %1 交给您的 IT 支持人员。</translation>
    </message>
    <message>
        <source>Check that this computer is online: open a web page.</source>
        <translation>检查这台计算机是否联网：打开一个网页。</translation>
    </message>
    <message>
        <source>If it still fails, give reference %1 to your IT support.</source>
        <translation>如果仍然失败，请将参考代码 %1 交给您的 IT 支持人员。</translation>
    </message>
    <message>
        <source>Try to connect again.</source>
        <translation>请再次尝试连接。</translation>
    </message>
    <message>
        <source>If it fails again, run this check at that moment and give reference %1 to your IT support.</source>
        <translation>如果再次失败，请在当时运行此检查，并将参考代码 %1 交给您的 IT 支持人员。</translation>
    </message>
    <message>
        <source>The check was stopped before it ended.</source>
        <translation>检查在结束前被停止。</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>未发现会导致无法连接的问题。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but it should be fixed on this computer.</source>
        <translation>这不会导致无法连接，但应在这台计算机上修复。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but whoever manages the network should look at it.</source>
        <translation>这不会导致无法连接，但网络管理人员应检查一下。</translation>
    </message>
    <message>
        <source>This does not stop the connection, but the remote computer&apos;s administrator should look at it.</source>
        <translation>这不会导致无法连接，但远程计算机的管理员应检查一下。</translation>
    </message>
    <message>
        <source>You can connect.</source>
        <translation>您可以连接。</translation>
    </message>
    <message>
        <source>If your Remote Desktop app warns you about this, ask whoever manages %1 before you accept the warning.</source>
        <translation>如果您的远程桌面应用就此发出警告，请先询问 %1 的管理人员，再接受该警告。</translation>
    </message>
    <message>
        <source>Give reference %1 to them so that they can look at it.</source>
        <translation>请将参考代码 %1 交给他们，以便他们检查。</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>错误 (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>信息 (%1)</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Remote Desktop connection report</source>
        <translation>远程桌面连接报告</translation>
    </message>
    <message>
        <source>Made by rdpdiag %1 on %2</source>
        <translation>由 rdpdiag %1 于 %2 生成</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Connection file</source>
        <translation>连接文件</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time budget per step</source>
        <translation>每个步骤的时间限额</translation>
    </message>
    <message>
        <source>Error reported by the user</source>
        <translation>用户报告的错误</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1，扩展代码 %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>已脱敏：用户名、主机名、计算机名、域名、证书名称和 IP 地址均已替换为 host-1、user-1 和 10.x.x.1 之类的占位符。</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>运行已取消：以下内容不完整。</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>主要检查结果：</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>本次运行无法检查：</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>检测流程</translation>
    </message>
    <message>
        <source>It broke here</source>
        <translation>在此处中断</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>On the client:</source>
        <translation>在客户端上：</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>在服务器上：</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无检查结果。</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>检测数据</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
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
        <translation>用时</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>连接时间中位数</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>已选择 %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>请求的协议</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>收到的字节数</translation>
    </message>
    <message>
        <source>Protocols the server selected</source>
        <translation>服务器选择的协议</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>握手</translation>
    </message>
    <message>
        <source>TLS %1 alone</source>
        <translation>仅 TLS %1</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted</source>
        <translation>接受的弱密码套件</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名算法</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>使用者可选名称</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>增强型密钥用法</translation>
    </message>
    <message>
        <source>no extension (any usage)</source>
        <translation>无此扩展（可用于任何用途）</translation>
    </message>
    <message>
        <source>Name matches the target</source>
        <translation>名称与目标匹配</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>CredSSP 版本</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误代码</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>NetBIOS computer</source>
        <translation>NetBIOS 计算机名</translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation>NetBIOS 域名</translation>
    </message>
    <message>
        <source>DNS computer</source>
        <translation>DNS 计算机名</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>DNS tree</source>
        <translation>DNS 树名</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows 版本</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>服务器时钟</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the report page (HTML lang attribute)</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2</source>
        <translation>rdpdiag %1 — %2</translation>
    </message>
    <message>
        <source>rdpdiag %1 · reference %2 · run of %3. Quote the reference code when you contact support.</source>
        <translation>rdpdiag %1 · 参考编号 %2 · 运行于 %3。联系技术支持时，请提供参考编号。</translation>
    </message>
    <message>
        <source>confirm without negotiation data</source>
        <translation>无协商数据的确认</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>标志 %1</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>已连接到</translation>
    </message>
    <message>
        <source>Failed repeat connections</source>
        <translation>失败的重复连接</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 次（共 %2 次）</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>连接尝试</translation>
    </message>
    <message>
        <source>Repeat connections (latency and loss)</source>
        <translation>重复连接（延迟和丢包）</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>警报 %1</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>收到 %1 字节</translation>
    </message>
    <message>
        <source>Weak cipher suites offered</source>
        <translation>提供的弱密码套件</translation>
    </message>
    <message>
        <source>Handshake with weak suites only</source>
        <translation>仅使用弱密码套件的握手</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>公用名</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Chain verification errors</source>
        <translation>证书链验证错误</translation>
    </message>
    <message>
        <source>NTLM target name</source>
        <translation>NTLM 目标名称</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>无载波</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>环回</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VPN or tunnel</source>
        <translation>VPN 或隧道</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>无路由</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>默认路由</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Route MTU</source>
        <translation>路由 MTU</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>路径 MTU</translation>
    </message>
    <message>
        <source>Learned with</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>设置位置</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP 代理</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS 代理</translation>
    </message>
    <message>
        <source>Proxy for all protocols</source>
        <translation>所有协议的代理</translation>
    </message>
    <message>
        <source>Not through the proxy</source>
        <translation>不经过代理</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1，端口 %2</translation>
    </message>
    <message>
        <source>%1, %2 port %3</source>
        <translation>%1，%2 端口 %3</translation>
    </message>
    <message>
        <source>%1 (chain policy)</source>
        <translation>%1（链的默认策略）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Can this computer connect elsewhere?</source>
        <translation>这台计算机能否连接到其他地方？</translation>
    </message>
    <message>
        <source>direct, without the gateway</source>
        <translation>直接连接，不经过网关</translation>
    </message>
    <message>
        <source>always through the gateway</source>
        <translation>始终通过网关</translation>
    </message>
    <message>
        <source>direct first, through the gateway when that fails</source>
        <translation>先直接连接，失败时再通过网关</translation>
    </message>
    <message>
        <source>the client&apos;s default (usually through the gateway)</source>
        <translation>客户端的默认设置（通常通过网关）</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则数</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>检查的连接</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>判定结果</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Conditions it cannot check</source>
        <translation>无法检查的条件</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Firewall rules that block or may block</source>
        <translation>阻止或可能阻止连接的防火墙规则</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>未收集的项目</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>默认路由</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>DNS 搜索域</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Routes toward the server</source>
        <translation>到服务器的路由</translation>
    </message>
    <message>
        <source>Path in the .rdp file</source>
        <translation>.rdp 文件中的连接路径</translation>
    </message>
    <message>
        <source>Usage method (gatewayusagemethod)</source>
        <translation>使用方式 (gatewayusagemethod)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>已探测</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP 应答</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Authentication offered</source>
        <translation>提供的身份验证方式</translation>
    </message>
    <message>
        <source>Name resolution of the gateway</source>
        <translation>网关的名称解析</translation>
    </message>
    <message>
        <source>TCP connections to the gateway</source>
        <translation>到网关的 TCP 连接</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate</source>
        <translation>网关的证书</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Process ids</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Starts at boot</source>
        <translation>开机自动启动</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>进程 ID</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>正在侦听的套接字</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Certificate readable</source>
        <translation>证书可读</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>Key readable</source>
        <translation>密钥可读</translation>
    </message>
    <message>
        <source>Readability checked for</source>
        <translation>检查可读性所用的帐户</translation>
    </message>
    <message>
        <source>The key file holds a private key</source>
        <translation>密钥文件包含私钥</translation>
    </message>
    <message>
        <source>The key belongs to the certificate</source>
        <translation>密钥与证书匹配</translation>
    </message>
    <message>
        <source>xrdp&apos;s certificate and key</source>
        <translation>xrdp 的证书和密钥</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Configuration read</source>
        <translation>已读取配置</translation>
    </message>
    <message>
        <source>Port (port=)</source>
        <translation>端口 (port=)</translation>
    </message>
    <message>
        <source>Security layer (security_layer=)</source>
        <translation>安全层 (security_layer=)</translation>
    </message>
    <message>
        <source>Encryption level (crypt_level=)</source>
        <translation>加密级别 (crypt_level=)</translation>
    </message>
    <message>
        <source>TLS versions (ssl_protocols=)</source>
        <translation>TLS 版本 (ssl_protocols=)</translation>
    </message>
    <message>
        <source>Cipher suites (tls_ciphers=)</source>
        <translation>密码套件 (tls_ciphers=)</translation>
    </message>
    <message>
        <source>Certificate (certificate=)</source>
        <translation>证书 (certificate=)</translation>
    </message>
    <message>
        <source>Key (key_file=)</source>
        <translation>密钥 (key_file=)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Log read</source>
        <translation>已读取日志</translation>
    </message>
    <message>
        <source>xrdp</source>
        <translation>xrdp</translation>
    </message>
    <message>
        <source>Recent errors in the xrdp log</source>
        <translation>xrdp 日志中最近的错误</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>注册表值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>组策略</translation>
    </message>
    <message>
        <source>Remote connections refused</source>
        <translation>拒绝远程连接</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>安全层</translation>
    </message>
    <message>
        <source>Network Level Authentication required</source>
        <translation>要求网络级别身份验证</translation>
    </message>
    <message>
        <source>Minimum encryption level</source>
        <translation>最低加密级别</translation>
    </message>
    <message>
        <source>Connections allowed</source>
        <translation>允许的连接数</translation>
    </message>
    <message>
        <source>Licensing mode</source>
        <translation>授权模式</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>正在使用的证书</translation>
    </message>
    <message>
        <source>Remote Desktop settings (registry)</source>
        <translation>远程桌面设置（注册表）</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Certificates in the stores</source>
        <translation>存储中的证书</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>客户端/服务器端</translation>
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
        <translation>SCHANNEL 协议注册表项</translation>
    </message>
    <message>
        <source>Permissions of MachineKeys</source>
        <translation>MachineKeys 的权限</translation>
    </message>
    <message>
        <source>Reading them needs administrator rights.</source>
        <translation>需要管理员权限才能读取。</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>未读取。</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>许可证服务器</translation>
    </message>
    <message>
        <source>Grace period days left</source>
        <translation>宽限期剩余天数</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Events of the last %1 days</source>
        <translation>最近 %1 天的事件</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>Port clients use</source>
        <translation>客户端使用的端口</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>您现在可以做的：</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>另外注意到（不会导致无法连接）</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供的方法</translation>
    </message>
    <message>
        <source>Method chosen</source>
        <translation>选定的方法</translation>
    </message>
    <message>
        <source>Server random</source>
        <translation>服务器随机数</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 位</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>临时</translation>
    </message>
    <message>
        <source>retried alone</source>
        <translation>已单独重试</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Methods accepted when offered alone</source>
        <translation>单独提供时被接受的方法</translation>
    </message>
    <message>
        <source>Encryption level</source>
        <translation>加密级别</translation>
    </message>
    <message>
        <source>Broken among simultaneous connections</source>
        <translation>在同时连接中中断的连接</translation>
    </message>
    <message>
        <source>%1; tried again alone: %2, answered then: %3</source>
        <translation>%1；单独重试：%2，重试时得到应答：%3</translation>
    </message>
    <message>
        <source>Connections the server held at once</source>
        <translation>服务器同时保持的连接数</translation>
    </message>
    <message>
        <source>not determined (%1)</source>
        <translation>未确定（%1）</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>未确定的项目</translation>
    </message>
    <message>
        <source>Handshake with small packets (MSS %1)</source>
        <translation>使用小数据包的握手 (MSS %1)</translation>
    </message>
    <message>
        <source>Packets lost for their size (path MTU)</source>
        <translation>因大小而丢失的数据包（路径 MTU）</translation>
    </message>
    <message>
        <source>not determined: %1</source>
        <translation>无法确定：%1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::NotDetermined</name>
    <message>
        <source>its connection broke among the run&apos;s simultaneous connections and could not be tried again alone</source>
        <translation>该连接在本次检查的同时连接中被中断，且无法单独重试</translation>
    </message>
    <message>
        <source>its connection could not be opened</source>
        <translation>无法打开其连接</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>本次检查已停止</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时应答</translation>
    </message>
    <message>
        <source>the server did not finish the handshake in time</source>
        <translation>服务器未及时完成握手</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library refused to offer it</source>
        <translation>本机的 TLS 库拒绝提供它</translation>
    </message>
    <message>
        <source>its connection did not get as far as TLS</source>
        <translation>其连接未进行到 TLS 阶段</translation>
    </message>
    <message>
        <source>no X.224 request selected TLS, so no version was tried alone</source>
        <translation>没有任何 X.224 请求选择 TLS，因此未单独尝试任何版本</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library has no weak cipher suite to offer</source>
        <translation>本机的 TLS 库没有可提供的弱密码套件</translation>
    </message>
    <message>
        <source>the weak-cipher probe did not get an answer to its handshake</source>
        <translation>弱密码探测的握手未得到应答</translation>
    </message>
    <message>
        <source>no handshake got as far as the server&apos;s certificate</source>
        <translation>没有任何握手进行到服务器证书阶段</translation>
    </message>
    <message>
        <source>CredSSP was not attempted</source>
        <translation>未尝试 CredSSP</translation>
    </message>
    <message>
        <source>no connection to the server could be opened</source>
        <translation>无法打开到服务器的任何连接</translation>
    </message>
    <message>
        <source>the connections held at once did not show the limit</source>
        <translation>同时保持的连接未显示出上限</translation>
    </message>
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>该文件不是有效的 UTF-16 文本</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>该文件包含二进制数据，而不是文本</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>该文件为空</translation>
    </message>
    <message>
        <source>the file is too large for a Remote Desktop file (%1 bytes, at most %2)</source>
        <translation>该文件太大，不可能是远程桌面文件（%1 字节，最大为 %2 字节）</translation>
    </message>
    <message>
        <source>the file has no &quot;full address&quot; setting</source>
        <translation>该文件中没有“full address”设置</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>“full address”设置为空</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>不是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>条目超过 %1 个</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>“%1”不是 ISO 8601 格式的时间</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>不是十六进制字节</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>“%1”不是已知的 ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>“%1”不是协议</translation>
    </message>
    <message>
        <source>evidence too large</source>
        <translation>证据过大</translation>
    </message>
    <message>
        <source>evidence nested too deeply</source>
        <translation>证据嵌套层次过深</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>“%1”不是检测阶段</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>“%1”既不是 argument，也不是 rdp-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>“%1”不是检查结果代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>“%1”不是十六进制代码</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>不是时长</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>不是 rdpdiag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>“%1”不是参考编号</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>阶段重复列出</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>不是 rdpdiag 报告（没有“schema”）</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>该报告的 schema 为 %1，由更新版本的 rdpdiag 生成；此版本只能读取 %2</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>不是 rdpdiag 报告（schema 为“%1”，应为 %2）</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>报告大于 %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>报告不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>不是 rdpdiag 报告（不是 JSON 对象）</translation>
    </message>
    <message>
        <source>names no proxy</source>
        <translation>未指定代理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>“%1”不是占位符名称</translation>
    </message>
    <message>
        <source>not upper-case hexadecimal</source>
        <translation>不是大写十六进制</translation>
    </message>
    <message>
        <source>not a process id</source>
        <translation>不是进程 ID</translation>
    </message>
    <message>
        <source>without the local facts it belongs to</source>
        <translation>缺少其所属的本地事实</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption method</source>
        <translation>“%1”不是加密方法</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption level</source>
        <translation>“%1”不是加密级别</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type</source>
        <translation>“%1”不是证书类型</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>.rdp 文件禁用了网络级别身份验证 (enablecredsspsupport:i:0)，但 %1 要求使用它。</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>.rdp 文件要求进行服务器身份验证 (authentication level:i:1)，但 %1 仅提供标准 RDP 安全性，而这种方式无法对服务器进行身份验证。</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>证书不是颁发给 %1 的</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>.rdp 文件要求进行服务器身份验证 (authentication level:i:1)，但服务器的证书未通过验证：%1。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>DNS 中不存在名称“%1”（名称服务器的应答为 NXDOMAIN）。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>名称“%1”存在，但 DNS 中没有它的 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>在 %2 ms 内没有名称服务器响应对“%1”的查询。</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>查询“%1”失败：%2。</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 在 %2 ms 后拒绝了连接：该计算机可以访问，但端口 %3 上没有程序接受连接。</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 在 %2 ms 内未响应连接尝试。</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>无法从这台计算机访问 %1：%2。</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>建立到 %1 的连接用了 %2 ms（%3 次尝试的中位数）。</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>到 %3 的 %2 次连接尝试中有 %1 次失败。</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 接受了 TCP 连接，但在收到 X.224 Connection Request 后 %2 ms 未作应答就重置了连接。</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 在收到 X.224 Connection Request 后 %2 ms 未作应答就关闭了连接。</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 仅发送了 Connection Confirm 的 %2 个字节就关闭了连接。</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 接受了 TCP 连接，但在 %2 ms 内没有发送完整的 Connection Confirm（收到了 %3 个字节）。</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>在 %1 上应答的不是远程桌面服务器；它发送的内容为：“%2”。</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 应答了一个 TPKT 数据包，但它不是有效的 Connection Confirm (%2)。</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>请求使用 TLS 时，%1 却选择了标准 RDP 安全性：它既不提供 TLS，也不提供网络级别身份验证。</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>请求 %2 时，%1 应答 SSL_NOT_ALLOWED_BY_SERVER：它被设置为仅使用标准 RDP 安全性。</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>请求 %2 时，%1 应答 SSL_CERT_NOT_ON_SERVER：它没有可用于 TLS 的证书。</translation>
    </message>
    <message>
        <source>%1 answered INCONSISTENT_FLAGS when asked for %2.</source>
        <translation>请求 %2 时，%1 应答 INCONSISTENT_FLAGS。</translation>
    </message>
    <message>
        <source>%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires TLS.</source>
        <translation>%1 拒绝标准 RDP 安全性 (SSL_REQUIRED_BY_SERVER)，要求使用 TLS。</translation>
    </message>
    <message>
        <source>%1 requires Network Level Authentication: it answered HYBRID_REQUIRED_BY_SERVER to %2.</source>
        <translation>%1 要求网络级别身份验证：它对 %2 请求的应答为 HYBRID_REQUIRED_BY_SERVER。</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 要求使用带客户端证书的 TLS (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER)。</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>当客户端请求时，%1 仍接受标准 RDP 安全性。</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>请求 CredSSP（网络级别身份验证）时，%1 没有选择它。</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1（来自 .rdp 文件）</translation>
    </message>
    <message>
        <source>IP address given, no lookup needed</source>
        <translation>已指定 IP 地址，无需查询</translation>
    </message>
    <message>
        <source>resolved to %1</source>
        <translation>解析为 %1</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>该名称不存在</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>该名称没有地址</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>名称服务器无应答</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>没有可连接的地址</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>已连接到 %1（中位数 %2 ms，%4 次尝试中有 %3 次失败）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>服务器选择了 %1；接受：%2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>服务器拒绝：%1；接受：%2</translation>
    </message>
    <message>
        <source>%1 after the Connection Request (%2 ms)</source>
        <translation>发送 Connection Request 后：%1 (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>警报 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2 ms, %3 bytes received</source>
        <translation>%1（%2 ms 后，收到 %3 个字节）</translation>
    </message>
    <message>
        <source>NTLM challenge from %1, CredSSP version %2</source>
        <translation>来自 %1 的 NTLM 质询，CredSSP 版本 %2</translation>
    </message>
    <message>
        <source>not used: the server selected Standard RDP Security</source>
        <translation>未使用：服务器选择了标准 RDP 安全性</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>未使用：服务器未选择 CredSSP</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未执行到此步</translation>
    </message>
    <message>
        <source>The system has no route to %1.</source>
        <translation>系统没有通往 %1 的路由。</translation>
    </message>
    <message>
        <source>This computer has no default route at all.</source>
        <translation>这台计算机根本没有默认路由。</translation>
    </message>
    <message numerus="yes">
        <source>The target and %n other endpoint(s) (DNS servers, gateway) could not be reached from this computer.</source>
        <translation>
            <numerusform>无法从这台计算机访问目标以及其他 %n 个端点（DNS 服务器、网关）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The route to %1 leaves through %2 (%3).</source>
        <translation>到 %1 的路由经由 %2 (%3)。</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <source>The largest packet toward %1 is %2 bytes (adapter %3).</source>
        <translation>发往 %1 的最大数据包为 %2 字节（适配器 %3）。</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3), which this computer would send to its default gateway %4.</source>
        <translation>%1 解析为 %2 (%3)，这台计算机会将发往该地址的流量交给其默认网关 %4。</translation>
    </message>
    <message>
        <source>The answer is the address of a DNS server or router of this network, which points to a captive portal or a DNS server that answers every name with its own address.</source>
        <translation>该应答是此网络中某台 DNS 服务器或路由器的地址，这表明存在强制门户，或者有 DNS 服务器对所有名称都以其自身地址作答。</translation>
    </message>
    <message>
        <source>Outgoing TCP to port %1 is stopped by %2.</source>
        <translation>到端口 %1 的出站 TCP 连接被 %2 阻止。</translation>
    </message>
    <message>
        <source>Possibly blocking: %1.</source>
        <translation>可能阻止连接：%1。</translation>
    </message>
    <message>
        <source>Not readable: %1.</source>
        <translation>无法读取：%1。</translation>
    </message>
    <message>
        <source>The .rdp file says to always use the gateway (gatewayusagemethod 1): the client never connects to %1 directly.</source>
        <translation>.rdp 文件指定始终使用网关 (gatewayusagemethod 1)：客户端从不直接连接到 %1。</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct test failed, so the client goes through the gateway.</source>
        <translation>.rdp 文件指定在直接连接失败时使用网关 (gatewayusagemethod 2)；直接连接测试失败了，因此客户端会通过网关进行连接。</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct connection worked, so the client connects directly.</source>
        <translation>.rdp 文件指定在直接连接失败时使用网关 (gatewayusagemethod 2)；直接连接成功，因此客户端会直接连接。</translation>
    </message>
    <message>
        <source>The .rdp file names the gateway and leaves its use to the client&apos;s default settings, which normally means through the gateway.</source>
        <translation>.rdp 文件指定了网关，但将是否使用网关交由客户端的默认设置决定，通常这意味着通过网关进行连接。</translation>
    </message>
    <message>
        <source>The .rdp file names a gateway but says not to use it.</source>
        <translation>.rdp 文件指定了网关，但设置为不使用它。</translation>
    </message>
    <message>
        <source>The gateway&apos;s name %1 could not be resolved (%2).</source>
        <translation>无法解析网关名称 %1 (%2)。</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 ended with: %3.</source>
        <translation>连接到 %1 端口 %2 的结果：%3。</translation>
    </message>
    <message>
        <source>The TLS handshake with the gateway ended with: %1.</source>
        <translation>与网关进行 TLS 握手的结果：%1。</translation>
    </message>
    <message>
        <source>It ended on %1.</source>
        <translation>该证书已于 %1 到期。</translation>
    </message>
    <message>
        <source>It is made out to %1.</source>
        <translation>该证书颁发给 %1。</translation>
    </message>
    <message>
        <source>Verification said: %1.</source>
        <translation>验证结果：%1。</translation>
    </message>
    <message>
        <source>The answer was: %1.</source>
        <translation>应答为：%1。</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>该证书已于 %1 过期（%2 天前）。</translation>
    </message>
    <message>
        <source>The certificate ends on %1, in %2 days.</source>
        <translation>该证书将于 %1 到期，还剩 %2 天。</translation>
    </message>
    <message>
        <source>The certificate becomes valid only on %1; this computer&apos;s clock says %2.</source>
        <translation>该证书要到 %1 才生效；而这台计算机的时钟显示为 %2。</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed by itself.</source>
        <translation>证书“%1”是自签名证书。</translation>
    </message>
    <message>
        <source>Checking the chain against this computer&apos;s trusted roots failed: %1.</source>
        <translation>根据这台计算机信任的根证书验证证书链失败：%1。</translation>
    </message>
    <message>
        <source>You connect to &quot;%1&quot;, but the certificate is made out to %2.</source>
        <translation>你连接的是“%1”，但证书颁发给 %2。</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 with only %2 bits.</source>
        <translation>证书的密钥为 %1，只有 %2 位。</translation>
    </message>
    <message>
        <source>The certificate is signed with %1.</source>
        <translation>该证书使用 %1 签名。</translation>
    </message>
    <message>
        <source>The certificate&apos;s Extended Key Usage allows only: %1.</source>
        <translation>证书的增强型密钥用法只允许：%1。</translation>
    </message>
    <message>
        <source>The server reset the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>服务器在收到我们的 CredSSP 请求之后、发送其 NTLM 质询之前重置了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>服务器在收到我们的 CredSSP 请求之后、发送其 NTLM 质询之前关闭了连接。</translation>
    </message>
    <message>
        <source>The server did not answer our CredSSP request within %1 ms.</source>
        <translation>服务器在 %1 ms 内未响应我们的 CredSSP 请求。</translation>
    </message>
    <message>
        <source>The server answered our CredSSP request with the error code %1 instead of an NTLM challenge.</source>
        <translation>服务器对我们的 CredSSP 请求应答了错误代码 %1，而不是 NTLM 质询。</translation>
    </message>
    <message>
        <source>The server speaks CredSSP version %1.</source>
        <translation>服务器使用 CredSSP 版本 %1。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds ahead of this computer&apos;s.</source>
        <translation>服务器的时钟比这台计算机快 %1 秒。</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds behind this computer&apos;s.</source>
        <translation>服务器的时钟比这台计算机慢 %1 秒。</translation>
    </message>
    <message>
        <source>no route to %1</source>
        <translation>没有通往 %1 的路由</translation>
    </message>
    <message>
        <source>via %1 (MTU %2)</source>
        <translation>经由 %1 (MTU %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>经由 %1</translation>
    </message>
    <message>
        <source>firewalls read: %1</source>
        <translation>已读取的防火墙：%1</translation>
    </message>
    <message>
        <source>gateway %1:%2</source>
        <translation>网关 %1:%2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>在 %1 上侦听</translation>
    </message>
    <message>
        <source>no Remote Desktop service found</source>
        <translation>未找到远程桌面服务</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>服务器在 TLS 握手期间重置了连接，此前已发送了 %1 个字节的回复。</translation>
    </message>
    <message>
        <source>The server reset the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>服务器在 TLS 握手刚开始、尚未发送任何回复时就重置了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>服务器在 TLS 握手期间关闭了连接，此前已发送了 %1 个字节的回复。</translation>
    </message>
    <message>
        <source>The server closed the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>服务器在 TLS 握手刚开始、尚未发送任何回复时就关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled: after %1 bytes of the server&apos;s reply nothing more arrived within %2 ms.</source>
        <translation>TLS 握手停滞：收到服务器回复的 %1 个字节后，在 %2 ms 内没有再收到任何数据。</translation>
    </message>
    <message>
        <source>The server sent no TLS reply at all within %1 ms.</source>
        <translation>服务器在 %1 ms 内完全没有发送 TLS 回复。</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot; (number %2).</source>
        <translation>服务器以警报“%1”（编号 %2）结束了 TLS 握手。</translation>
    </message>
    <message>
        <source>Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server.</source>
        <translation>强制使用 TLS 1.2 和 TLS 1.3 的握手均被服务器拒绝。</translation>
    </message>
    <message>
        <source>The server completed a handshake with TLS %1.</source>
        <translation>服务器使用 TLS %1 完成了握手。</translation>
    </message>
    <message>
        <source>The server accepted the weak cipher suite %1.</source>
        <translation>服务器接受了弱密码套件 %1。</translation>
    </message>
    <message>
        <source>Stopped by %1.</source>
        <translation>被 %1 阻止。</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>有条件限制的规则：%1。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>No xrdp process runs with %1 (%2).</source>
        <translation>没有使用 %1 运行的 xrdp 进程 (%2)。</translation>
    </message>
    <message>
        <source>xrdp-sesman is %1.</source>
        <translation>xrdp-sesman 的状态为 %1。</translation>
    </message>
    <message>
        <source> Port %1 is held by %2 (pid %3).</source>
        <translation>端口 %1 已被 %2（pid %3）占用。</translation>
    </message>
    <message>
        <source>xrdp runs but listens on none of %1.</source>
        <translation>xrdp 正在运行，但没有在 %1 中的任何端口上侦听。</translation>
    </message>
    <message>
        <source>xrdp uses port %1, clients use %2.</source>
        <translation>xrdp 使用端口 %1，而客户端使用 %2。</translation>
    </message>
    <message>
        <source>xrdp listens on %1 only.</source>
        <translation>xrdp 仅在 %1 上侦听。</translation>
    </message>
    <message>
        <source>%1 sets security_layer=rdp.</source>
        <translation>%1 设置了 security_layer=rdp。</translation>
    </message>
    <message>
        <source>ssl_protocols=%1.</source>
        <translation>ssl_protocols=%1。</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate.</source>
        <translation>%1 中没有可读取的证书。</translation>
    </message>
    <message>
        <source>%1 holds no usable private key.</source>
        <translation>%1 中没有可用的私钥。</translation>
    </message>
    <message>
        <source>%1 is not the key of %2.</source>
        <translation>%1 不是 %2 的密钥。</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 已于 %2 到期。</translation>
    </message>
    <message>
        <source>%1 has a %2-bit RSA key.</source>
        <translation>%1 使用 %2 位的 RSA 密钥。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近的错误：%1</translation>
    </message>
    <message>
        <source>TermService is %1.</source>
        <translation>TermService 的状态为 %1。</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 的状态为 %2。</translation>
    </message>
    <message>
        <source>A Group Policy sets fDenyTSConnections to 1.</source>
        <translation>组策略将 fDenyTSConnections 设置为 1。</translation>
    </message>
    <message>
        <source>fDenyTSConnections is 1.</source>
        <translation>fDenyTSConnections 为 1。</translation>
    </message>
    <message>
        <source>PortNumber is %1, clients use %2.</source>
        <translation>PortNumber 为 %1，而客户端使用 %2。</translation>
    </message>
    <message>
        <source>No socket of TermService listens on port %1.</source>
        <translation>TermService 没有任何套接字在端口 %1 上侦听。</translation>
    </message>
    <message>
        <source>SecurityLayer is 0.</source>
        <translation>SecurityLayer 为 0。</translation>
    </message>
    <message>
        <source>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</source>
        <translation>TLS 1.2\Server：Enabled=%1，DisabledByDefault=%2。</translation>
    </message>
    <message>
        <source>Switched on explicitly: %1.</source>
        <translation>已显式启用：%1。</translation>
    </message>
    <message>
        <source>SSLCertificateSHA1Hash names %1, which is in neither store.</source>
        <translation>SSLCertificateSHA1Hash 指定的是 %1，但该证书不在任何一个存储中。</translation>
    </message>
    <message>
        <source>The certificate %1 has no private key (HasPrivateKey False).</source>
        <translation>证书 %1 没有私钥 (HasPrivateKey False)。</translation>
    </message>
    <message>
        <source>The certificate %1 ended on %2.</source>
        <translation>证书 %1 已于 %2 到期。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>Event 1069: the grace period has expired.</source>
        <translation>事件 1069：宽限期已过。</translation>
    </message>
    <message>
        <source>0 days of the grace period are left.</source>
        <translation>宽限期还剩 0 天。</translation>
    </message>
    <message>
        <source>%1 days of the grace period are left.</source>
        <translation>宽限期还剩 %1 天。</translation>
    </message>
    <message>
        <source>MaxInstanceCount is %1.</source>
        <translation>MaxInstanceCount 为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, the latest at %2: %3</source>
        <translation>
            <numerusform>过去 %1 天内有 %n 个事件，最近一个发生在 %2：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform: %1.</source>
        <translation>平台：%1。</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>未读取：%1。</translation>
    </message>
    <message>
        <source>no active firewall found</source>
        <translation>未找到已启用的防火墙</translation>
    </message>
    <message>
        <source>%1 refused (%2)</source>
        <translation>%1 被拒绝（%2）</translation>
    </message>
    <message>
        <source>%1 answered with %2</source>
        <translation>%1 的应答为 %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Offered alone, %1 was accepted by %2 (encryption level %3).</source>
        <translation>单独提供时，%2 接受了 %1（加密级别 %3）。</translation>
    </message>
    <message>
        <source>%1 announced the encryption level %2 and accepted only %3 of the four methods offered alone.</source>
        <translation>%1 通告的加密级别为 %2，在单独提供的四种方法中只接受了 %3。</translation>
    </message>
    <message>
        <source>%1 accepted none of the four methods offered alone (encryption level %2): %3.</source>
        <translation>%1 未接受单独提供的四种方法中的任何一种（加密级别 %2）：%3。</translation>
    </message>
    <message>
        <source>; Standard RDP Security: level %1, accepts %2</source>
        <translation>；标准 RDP 安全性：级别 %1，接受 %2</translation>
    </message>
    <message>
        <source>none of the methods offered</source>
        <translation>所提供的方法均未接受</translation>
    </message>
    <message>
        <source>%1 of the connections this check opened to %2 at the same time broke before the server answered; tried again one at a time, %3 of them worked.</source>
        <translation>本检查同时打开到 %2 的连接中有 %1 个在服务器应答前中断；逐个重试后，其中 %3 个成功。</translation>
    </message>
    <message>
        <source>The server held one connection at once and broke the next one.</source>
        <translation>服务器同时只保持一个连接，并中断了下一个。</translation>
    </message>
    <message>
        <source>The server held %1 connections at once and broke the next one.</source>
        <translation>服务器同时保持了 %1 个连接，并中断了下一个。</translation>
    </message>
    <message>
        <source>How many connections it holds at once could not be determined (%1).</source>
        <translation>无法确定它能同时保持多少个连接（%1）。</translation>
    </message>
    <message>
        <source>The TLS handshake stalled after %1 bytes of the server&apos;s reply, but a second handshake that asked the server for TCP segments of at most %2 bytes completed in %3 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>TLS 握手在收到服务器回复的 %1 个字节后停滞，但向服务器请求最大 %2 字节 TCP 分段的第二次握手在 %3 ms 内完成：服务器的完整大小数据包在途中丢失。</translation>
    </message>
    <message>
        <source>None of the server&apos;s TLS reply arrived, but a second handshake that asked the server for TCP segments of at most %1 bytes completed in %2 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>服务器的 TLS 回复完全没有到达，但向服务器请求最大 %1 字节 TCP 分段的第二次握手在 %2 ms 内完成：服务器的完整大小数据包在途中丢失。</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes completed</source>
        <translation>；使用最大 %1 字节 TCP 分段的握手已完成</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes stalled too</source>
        <translation>；使用最大 %1 字节 TCP 分段的握手同样停滞</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Stages</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>名称解析 (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>安全协商 (X.224)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP（网络级别身份验证）</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>RD Gateway</source>
        <translation>远程桌面网关</translation>
    </message>
    <message>
        <source>Server self-check</source>
        <translation>服务器自检</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
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
        <translation>名称解析 (DNS)</translation>
    </message>
    <message>
        <source>Connection to the Remote Desktop port (TCP)</source>
        <translation>连接远程桌面端口 (TCP)</translation>
    </message>
    <message>
        <source>Encryption and certificate (TLS)</source>
        <translation>加密和证书 (TLS)</translation>
    </message>
    <message>
        <source>Network Level Authentication (CredSSP)</source>
        <translation>网络级别身份验证 (CredSSP)</translation>
    </message>
    <message>
        <source>Standard RDP Security</source>
        <translation>标准 RDP 安全性</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Target</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a computer name</source>
        <translation>“%1”不是计算机名</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>计算机名超过 %1 个字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>“%1”中两个点之间的部分为空</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>计算机名的某一部分超过 %1 个字符：“%2”</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>计算机名的各部分不能以“-”开头或结尾：“%1”</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>未指定计算机名或地址</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>计算机名中不允许包含 %1：“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>“%1”不是有效的 IPv4 地址</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>“:”后没有端口号</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>端口“%1”无效：请使用 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>“%1”中的方括号不匹配：IPv6 地址应写为 [地址] 或 [地址]:端口</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>“%1”中出现了意外的方括号：IPv6 地址应写为 [地址] 或 [地址]:端口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>“%1”不是有效的 IPv6 地址</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>“]”后出现了意外的文本“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>“%1”看起来像 URL：请只指定计算机名或地址，可以附带 :端口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>“%1”不是有效的 IPv6 地址（如需指定端口，请写为 [地址]:端口）</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>“:”前没有计算机名或地址</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>无法打开“%1”：该文件不存在</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>无法读取“%1”：它是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>无法读取“%1”：它不是普通文件</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>“%1”太大，不可能是远程桌面文件（%2 字节，最大为 %3 字节）</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>“%1”太大，不可能是远程桌面文件（超过 %2 字节）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>“%1”：服务器端口 %2 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>“%1”：“full address”设置无法使用：%2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TextSummary</name>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>在这台计算机上</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2 — %3 ms — reference %4</source>
        <translation>rdpdiag %1 — %2 — %3 ms — 参考编号 %4</translation>
    </message>
    <message>
        <source>The run was cancelled; what follows is incomplete.</source>
        <translation>运行已取消；以下内容不完整。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>检测阶段</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>无检查结果。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>修复方法：</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>另外注意到（不会导致无法连接）</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>未确定的项目</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TicketSummary</name>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>rdpdiag findings — reference %1</source>
        <translation>rdpdiag 检查结果 — 参考编号 %1</translation>
    </message>
    <message>
        <source>Target:    %1</source>
        <translation>目标：  %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>地址：  %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>运行：  %1 UTC，%2 ms，rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation>（已取消：结果不完整）</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>上报：  错误代码 %1，扩展代码 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>脱敏：  名称和地址已替换为占位符</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>流程：  %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>主要修复方法 (%1)：</translation>
    </message>
    <message>
        <source>on the client</source>
        <translation>在客户端上</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>  (no fix steps: see report.html)</source>
        <translation>  （无修复步骤：请参阅 report.html）</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>无需修复：没有任何问题会导致连接失败。</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>详细信息：请参阅诊断包中的 report.html 和 report.json（参考编号 %1）。</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>错误：%1，警告：%2，信息：%3</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>  … and %1 more (see report.html)</source>
        <translation>  ……另有 %1 项（请参阅 report.html）</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>处理方：</translation>
    </message>
    <message>
        <source>  … and %1 more step(s) in report.html</source>
        <translation>  … 另有 %1 个步骤见 report.html</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections):</source>
        <translation>另外注意到（不会导致无法连接）：</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Translations</name>
    <message>
        <source>--lang needs a language code (e.g. de)</source>
        <translation>--lang 需要一个语言代码（例如 de）</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang &quot;%1&quot; 不是语言代码（请尝试 de 或 zh_CN）</translation>
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
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::DiagnosticWizard</name>
    <message>
        <source>Remote Desktop connection check</source>
        <translation>远程桌面连接检查</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>停止诊断</translation>
    </message>
    <message>
        <source>Stop the diagnosis now; what was checked so far stays shown</source>
        <translation>立即停止诊断；已检查的内容会继续显示</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>技术详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>技术详细信息</translation>
    </message>
    <message>
        <source>For support staff: raw evidence under every finding (bytes sent and received, protocol values, timings)</source>
        <translation>供技术支持人员使用：在每个检查结果下显示原始证据（发送和接收的字节、协议值、耗时）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>打开诊断包</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip);;All files (*)</source>
        <translation>诊断包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The findings bundle %1 cannot be opened: %2</source>
        <translation>无法打开诊断包 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the findings bundle</source>
        <translation>导出诊断包</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip)</source>
        <translation>诊断包 (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved: %1</source>
        <translation>诊断包未保存：%1</translation>
    </message>
    <message>
        <source>Saved %1. Attach it to your support request.</source>
        <translation>已保存 %1。请将其附加到你的支持请求中。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Evidence</name>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址列表</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>收到的字节数</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误列表</translation>
    </message>
    <message>
        <source>Expected port</source>
        <translation>预期端口</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Bytes received (hex)</source>
        <translation>收到的字节（十六进制）</translation>
    </message>
    <message>
        <source>Protocols asked for</source>
        <translation>请求的协议</translation>
    </message>
    <message>
        <source>Protocol chosen</source>
        <translation>选定的协议</translation>
    </message>
    <message>
        <source>Bytes sent (hex)</source>
        <translation>发送的字节（十六进制）</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>颁发给</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Time limit (ms)</source>
        <translation>时间限制（毫秒）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::FindingView</name>
    <message>
        <source>On this computer</source>
        <translation>在这台计算机上</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt</source>
        <translation>命令提示符</translation>
    </message>
    <message>
        <source>Terminal (bash)</source>
        <translation>终端 (bash)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation>选择一个检查项，查看检查发现的情况及修复方法。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>%1 命令</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Copy this %1 command to the clipboard</source>
        <translation>将此 %1 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>检查结果代码</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>用时 %1 ms。</translation>
    </message>
    <message>
        <source>The diagnosis is at this step now.</source>
        <translation>诊断当前正在进行此步骤。</translation>
    </message>
    <message>
        <source>The diagnosis has not reached this step yet.</source>
        <translation>诊断尚未进行到此步骤。</translation>
    </message>
    <message>
        <source>Raw facts</source>
        <translation>原始检测数据</translation>
    </message>
    <message>
        <source>On the remote computer</source>
        <translation>在远程计算机上</translation>
    </message>
    <message>
        <source>Steps for the administrator</source>
        <translation>管理员的操作步骤</translation>
    </message>
    <message>
        <source>For support staff: the evidence (bytes, protocol values, timings) is under Technical details.</source>
        <translation>供支持人员参考：证据（字节、协议值、耗时）在“技术详情”中。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::HeadlineView</name>
    <message>
        <source>Not checked by this run:</source>
        <translation>本次运行未检查：</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>您现在可以做的：</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::PipelineStrip</name>
    <message>
        <source>Connection steps</source>
        <translation>连接步骤</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>▲ broke here</source>
        <translation>▲ 在此处中断</translation>
    </message>
    <message>
        <source>The connection broke at %1.</source>
        <translation>连接在 %1 处中断。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ResultsPage</name>
    <message>
        <source>Can this computer find the remote computer and reach its Remote Desktop port?</source>
        <translation>这台计算机能否找到远程计算机并访问其远程桌面端口？</translation>
    </message>
    <message>
        <source>Does a firewall on the way, on the server or on this computer block the connection?</source>
        <translation>途中、服务器上或这台计算机上的防火墙是否阻止了连接？</translation>
    </message>
    <message>
        <source>Do this computer and the server agree on how to secure the connection?</source>
        <translation>这台计算机与服务器能否就如何保护连接达成一致？</translation>
    </message>
    <message>
        <source>Can the encrypted connection be set up, and is the server&apos;s certificate in order?</source>
        <translation>能否建立加密连接？服务器的证书是否正常？</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service of this computer (the server) in order?</source>
        <translation>这台计算机（服务器）的远程桌面服务是否正常？</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>安全层</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>检查项(&amp;H)：</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查项：%1</translation>
    </message>
    <message>
        <source>Nothing found on this page so far.</source>
        <translation>到目前为止，此页上未发现任何问题。</translation>
    </message>
    <message>
        <source>Nothing found on this page.</source>
        <translation>此页上未发现任何问题。</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 note(s) on this page.</source>
        <translation>此页上有 %1 个问题、%2 个警告、%3 条提示。</translation>
    </message>
    <message>
        <source>The checks of this page appear here as the diagnosis reaches them.</source>
        <translation>诊断进行到此页的检查项时，它们会显示在这里。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::RunStatusBar</name>
    <message>
        <source>Saved run of %1, made %2 (reference %3), opened from %4.</source>
        <translation>已保存的 %1 运行记录，生成于 %2（参考编号 %3），从 %4 打开。</translation>
    </message>
    <message>
        <source>Saved run of %1 made on %2, %3 (reference %4), opened from %5.</source>
        <translation>已保存的 %1 运行记录，于 %3 在 %2 上生成（参考编号 %4），从 %5 打开。</translation>
    </message>
    <message>
        <source>Read-only: go back to the first page to run a new diagnosis.</source>
        <translation>只读：如需运行新的诊断，请返回第一页。</translation>
    </message>
    <message>
        <source>Names and addresses were hidden.</source>
        <translation>名称和地址已隐藏。</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>诊断进度</translation>
    </message>
    <message>
        <source>The diagnosis starts when you leave the first page.</source>
        <translation>离开第一页后，诊断即会开始。</translation>
    </message>
    <message>
        <source>Checking: %1… (%2 s)</source>
        <translation>正在检查：%1…（%2 秒）</translation>
    </message>
    <message>
        <source>Checking… (%1 s)</source>
        <translation>正在检查…（%1 秒）</translation>
    </message>
    <message>
        <source>Diagnosis of %1 finished in %2 s (reference %3).</source>
        <translation>%1 的诊断已完成，用时 %2 秒（参考编号 %3）。</translation>
    </message>
    <message>
        <source>You stopped the diagnosis. What was checked until then is shown; the rest was not checked.</source>
        <translation>你已停止诊断。这里显示的是停止前已检查的内容；其余部分未检查。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Status</name>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;All findings:</source>
        <translation>所有检查结果(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>复制工单摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>复制工单摘要</translation>
    </message>
    <message>
        <source>Copy a short text for a support ticket to the clipboard</source>
        <translation>将用于支持工单的简短文本复制到剪贴板</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export findings bundle</source>
        <translation>导出诊断包</translation>
    </message>
    <message>
        <source>Save everything support needs in one .zip file</source>
        <translation>将技术支持所需的全部内容保存到一个 .zip 文件中</translation>
    </message>
    <message>
        <source>&amp;Hide names and addresses</source>
        <translation>隐藏名称和地址(&amp;H)</translation>
    </message>
    <message>
        <source>The ticket summary is on the clipboard: paste it into your support request.</source>
        <translation>工单摘要已复制到剪贴板：请将其粘贴到你的支持请求中。</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>尚未检查任何内容。</translation>
    </message>
    <message>
        <source>The diagnosis is still running…</source>
        <translation>诊断仍在进行中…</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>The run was stopped before it ended, so this verdict may be incomplete.</source>
        <translation>本次运行在结束前被停止，因此此结论可能不完整。</translation>
    </message>
    <message>
        <source>Reference: %1 (give it to support)</source>
        <translation>参考编号：%1（请提供给技术支持人员）</translation>
    </message>
    <message>
        <source>%1 — on the page &quot;%2&quot;</source>
        <translation>%1 — 位于“%2”页</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Findings appear here as the diagnosis finds them.</source>
        <translation>诊断过程中发现的检查结果会显示在这里。</translation>
    </message>
    <message>
        <source>Nothing was found that needs attention.</source>
        <translation>未发现需要注意的问题。</translation>
    </message>
    <message>
        <source>Replace computer and user names and addresses in the exported bundle and the copied ticket summary with placeholders</source>
        <translation>在导出的包和复制的工单摘要中，用占位符替换计算机名、用户名和地址</translation>
    </message>
    <message>
        <source>What stops the connection, who has to act, and what to do now.</source>
        <translation>是什么导致无法连接、由谁处理、现在该做什么。</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation>复制参考代码(&amp;R)</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>复制参考代码</translation>
    </message>
    <message>
        <source>Copy the run&apos;s reference code to the clipboard</source>
        <translation>将本次运行的参考代码复制到剪贴板</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>重新运行(&amp;U)</translation>
    </message>
    <message>
        <source>All findings, what explains the problem first</source>
        <translation>所有发现（先列出能解释问题的）</translation>
    </message>
    <message>
        <source>The reference %1 is on the clipboard: give it to whoever helps you.</source>
        <translation>参考代码 %1 已复制到剪贴板：请把它交给帮助您的人。</translation>
    </message>
    <message>
        <source>The answer appears here when all steps are done. You can look at the other pages meanwhile.</source>
        <translation>所有步骤完成后，结论会显示在这里。在此期间您可以查看其他页面。</translation>
    </message>
    <message>
        <source>Also noticed: %1</source>
        <translation>另外注意到：%1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WelcomePage</name>
    <message>
        <source>What happened?</source>
        <translation>发生了什么情况？</translation>
    </message>
    <message>
        <source>Tell which computer you connect to and, if you saw one, the error code. The check changes nothing on either computer and never sends a password.</source>
        <translation>请指定你要连接的计算机；如果看到了错误代码，也请一并填写。此检查不会更改任何一台计算机上的任何内容，也绝不会发送密码。</translation>
    </message>
    <message>
        <source>e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file</source>
        <translation>例如 pc42.example.com、192.0.2.10:3390 或 .rdp 文件</translation>
    </message>
    <message>
        <source>Computer to connect to</source>
        <translation>要连接的计算机</translation>
    </message>
    <message>
        <source>Open .&amp;rdp file…</source>
        <translation>打开 .rdp 文件(&amp;R)…</translation>
    </message>
    <message>
        <source>Open .rdp file</source>
        <translation>打开 .rdp 文件</translation>
    </message>
    <message>
        <source>Use the Remote Desktop file your administrator gave you</source>
        <translation>使用管理员提供给你的远程桌面文件</translation>
    </message>
    <message>
        <source>&amp;Computer:</source>
        <translation>计算机(&amp;C)：</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误代码</translation>
    </message>
    <message>
        <source>optional, e.g. 0x904</source>
        <translation>可选，例如 0x904</translation>
    </message>
    <message>
        <source>%1 with extended code %2</source>
        <translation>%1，扩展代码 %2</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>错误代码(&amp;E)：</translation>
    </message>
    <message>
        <source>Extended error code</source>
        <translation>扩展错误代码</translation>
    </message>
    <message>
        <source>optional, e.g. 0x7</source>
        <translation>可选，例如 0x7</translation>
    </message>
    <message>
        <source>E&amp;xtended code:</source>
        <translation>扩展代码(&amp;X)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds</source>
        <translation>每个步骤的时间限制（秒）</translation>
    </message>
    <message>
        <source>How long to wait for each network step before calling it a timeout. Raise it for slow VPN connections.</source>
        <translation>每个网络步骤在判定为超时之前等待的时长。如果 VPN 连接较慢，请调高此值。</translation>
    </message>
    <message>
        <source>&amp;Time limit per step:</source>
        <translation>每步时间限制(&amp;T)：</translation>
    </message>
    <message>
        <source>You can also drop an .rdp file onto this window.</source>
        <translation>你也可以将 .rdp 文件拖放到此窗口中。</translation>
    </message>
    <message>
        <source>Support staff: open the findings bundle (.zip) a user sent you.</source>
        <translation>技术支持人员：打开用户发送给你的诊断包 (.zip)。</translation>
    </message>
    <message>
        <source>Open a findings &amp;bundle…</source>
        <translation>打开诊断包(&amp;B)…</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>打开诊断包</translation>
    </message>
    <message>
        <source>Type the name or address of the computer you connect to, or open its .rdp file.</source>
        <translation>请输入你要连接的计算机的名称或地址，或打开其 .rdp 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code.</source>
        <translation>“%1”不是有效的错误代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended error code.</source>
        <translation>“%1”不是有效的扩展错误代码。</translation>
    </message>
    <message>
        <source>Not an extended code: type it as shown, e.g. 0x7.</source>
        <translation>不是有效的扩展代码：请按显示的原样输入，例如 0x7。</translation>
    </message>
    <message>
        <source>Not an error code: type it as shown, e.g. 0x904.</source>
        <translation>不是有效的错误代码：请按显示的原样输入，例如 0x904。</translation>
    </message>
    <message>
        <source>Will check %1, port %2 (from the .rdp file).</source>
        <translation>将检查 %1 的端口 %2（来自 .rdp 文件）。</translation>
    </message>
    <message>
        <source>Will check %1, port %2.</source>
        <translation>将检查 %1 的端口 %2。</translation>
    </message>
    <message>
        <source>Open a Remote Desktop file</source>
        <translation>打开远程桌面文件</translation>
    </message>
    <message>
        <source>Remote Desktop files (*.rdp);;All files (*)</source>
        <translation>远程桌面文件 (*.rdp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reads the service state, the port it listens on, its security and certificate settings and its recent errors. Nothing is changed.</source>
        <translation>读取服务状态、侦听的端口、安全和证书设置以及最近的错误。不会更改任何内容。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>I am on the &amp;server</source>
        <translation>我在服务器上(&amp;S)</translation>
    </message>
    <message>
        <source>I am on the server</source>
        <translation>我在服务器上</translation>
    </message>
    <message>
        <source>Also checks this computer&apos;s Remote Desktop service from the inside. Nothing is changed.</source>
        <translation>同时从内部检查这台计算机的远程桌面服务。不做任何更改。</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WizardCommandLine</name>
    <message>
        <source>Finds out why a Remote Desktop connection fails and says what to fix, step by step.</source>
        <translation>查明远程桌面连接失败的原因，并逐步说明需要修复的内容。</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>窗口的语言，例如 de、fr、es、ja、zh_CN（默认：系统语言）。</translation>
    </message>
    <message>
        <source>Pre-fill the error code the client showed, e.g. 0x904.</source>
        <translation>预先填入客户端显示的错误代码，例如 0x904。</translation>
    </message>
    <message>
        <source>Pre-fill the extended error code, e.g. 0x7.</source>
        <translation>预先填入扩展错误代码，例如 0x7。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助信息。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>The computer (host, host:port, [IPv6]:port), an .rdp file, or a findings bundle (.zip) to open read-only.</source>
        <translation>计算机（host、host:port、[IPv6]:port）、.rdp 文件，或要以只读方式打开的诊断包 (.zip)。</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang “%1”不是有效的语言代码（请尝试 de 或 zh_CN）</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>一次只能指定一个目标，但收到了 %1 个：%2</translation>
    </message>
</context>
</TS>
