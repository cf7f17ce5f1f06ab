<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>rdpdiag::Bundle</name>
    <message>
        <source>no file name given for the bundle</source>
        <translation>kein Dateiname für das Paket angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 ist ein Ordner, kein Dateiname</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>the report has no valid reference code</source>
        <translation>der Bericht hat keinen gültigen Referenzcode</translation>
    </message>
    <message>
        <source>The server&apos;s certificates (%1 PEM files) are not in this redacted bundle: a certificate carries its subject and issuer names, which cannot be replaced without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report identify it.</source>
        <translation>Die Zertifikate des Servers (%1 PEM-Dateien) sind nicht in diesem anonymisierten Paket enthalten: Ein Zertifikat enthält die Namen seines Antragstellers und Ausstellers, die sich nicht ersetzen lassen, ohne seine Signatur ungültig zu machen. Die SHA-1- und SHA-256-Fingerabdrücke im Bericht identifizieren es.</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 bytes)</source>
        <translation>%1 ist zu groß für ein Paket (%2 Byte)</translation>
    </message>
    <message>
        <source>the bundle&apos;s files are too large together (%1 bytes)</source>
        <translation>die Dateien des Pakets sind zusammen zu groß (%1 Byte)</translation>
    </message>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>das ZIP-Archiv kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the bundle is too large (%1 bytes)</source>
        <translation>das Paket ist zu groß (%1 Byte)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not written completely</source>
        <translation>%1 kann nicht geschrieben werden: Die Datei wurde nicht vollständig geschrieben</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle (%2 bytes, at most %3)</source>
        <translation>%1 ist zu groß für ein Befundpaket (%2 Byte, höchstens %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle</source>
        <translation>%1 ist zu groß für ein Befundpaket</translation>
    </message>
    <message>
        <source>too large for a findings bundle</source>
        <translation>zu groß für ein Befundpaket</translation>
    </message>
    <message>
        <source>not a valid findings bundle: %1</source>
        <translation>kein gültiges Befundpaket: %1</translation>
    </message>
    <message>
        <source>not a findings bundle: it has no manifest.json</source>
        <translation>kein Befundpaket: manifest.json fehlt</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json ist zu groß</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the bundle has format %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>das Paket hat das Format %1 und wurde von einer neueren rdpdiag-Version erstellt; diese Version liest %2</translation>
    </message>
    <message>
        <source>not a findings bundle (manifest schema &quot;%1&quot;)</source>
        <translation>kein Befundpaket (Manifest-Schema „%1“)</translation>
    </message>
    <message>
        <source>manifest.json has no valid file list</source>
        <translation>manifest.json enthält keine gültige Dateiliste</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry (&quot;%1&quot;)</source>
        <translation>manifest.json enthält einen ungültigen Eintrag („%1“)</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest: the bundle was changed</source>
        <translation>%1 ist im Paket enthalten, aber nicht in seinem Manifest: Das Paket wurde verändert</translation>
    </message>
    <message>
        <source>the manifest lists %1, but the bundle lacks it</source>
        <translation>das Manifest führt %1 auf, aber diese Datei fehlt im Paket</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3: the bundle was changed or damaged</source>
        <translation>%1 ist %2 Byte groß, laut Manifest %3: Das Paket wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>%1 expands %2 times: not a findings bundle (a zip bomb?)</source>
        <translation>%1 wird beim Entpacken %2-mal größer: kein Befundpaket (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest: the bundle was changed or damaged</source>
        <translation>%1 stimmt nicht mit seinem SHA-256-Wert im Manifest überein: Das Paket wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>environment.json is not a JSON object</source>
        <translation>environment.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the bundle has no report.json</source>
        <translation>das Paket enthält keine report.json</translation>
    </message>
    <message>
        <source>manifest.json and report.json name different runs</source>
        <translation>manifest.json und report.json beziehen sich auf verschiedene Durchläufe</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>kein ZIP-Archiv (zu kurz)</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>kein ZIP-Archiv (kein Ende des zentralen Verzeichnisses)</translation>
    </message>
    <message>
        <source>zip64 archives are not findings bundles</source>
        <translation>ZIP64-Archive sind keine Befundpakete</translation>
    </message>
    <message>
        <source>multi-part zip archives are not findings bundles</source>
        <translation>mehrteilige ZIP-Archive sind keine Befundpakete</translation>
    </message>
    <message>
        <source>too many files in the archive (%1, at most %2)</source>
        <translation>zu viele Dateien im Archiv (%1, höchstens %2)</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged</source>
        <translation>das zentrale Verzeichnis des Archivs ist beschädigt</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>beschädigtes ZIP-Archiv (%1)</translation>
    </message>
    <message>
        <source>damaged zip archive (entry %1 unreadable)</source>
        <translation>beschädigtes ZIP-Archiv (Eintrag %1 nicht lesbar)</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: &quot;%1&quot;</source>
        <translation>unsicherer Dateiname im Archiv: „%1“</translation>
    </message>
    <message>
        <source>the archive holds &quot;%1&quot; twice</source>
        <translation>das Archiv enthält „%1“ doppelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>„%1“ ist verschlüsselt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported compression method</source>
        <translation>„%1“ verwendet eine nicht unterstützte Komprimierungsmethode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes declared, at most %3)</source>
        <translation>„%1“ ist zu groß (%2 Byte angegeben, höchstens %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2)</source>
        <translation>„%1“ kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2)</source>
        <translation>„%1“ ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inflates to more than its declared %2 bytes</source>
        <translation>„%1“ wird beim Entpacken größer als die angegebenen %2 Byte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2 bytes instead of %3)</source>
        <translation>„%1“ ist beschädigt (%2 Byte statt %3)</translation>
    </message>
    <message>
        <source>the bundle was not written because it would not open again: %1</source>
        <translation>Das Paket wurde nicht geschrieben, weil es sich nicht wieder öffnen ließe: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>Unbekannter Befundcode %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>Dies ist ein Fehler in rdpdiag: Der Katalog definiert diesen Code nicht. Bitte melden Sie ihn zusammen mit diesem Bericht.</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>Testen Sie den Port von diesem Computer aus (Windows): &apos;TcpTestSucceeded : True&apos; bedeutet, dass eine Verbindung hergestellt werden konnte.</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>Derselbe Test unter macOS oder Linux: &apos;succeeded&apos; oder &apos;open&apos; bedeutet, dass eine Verbindung hergestellt werden konnte.</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>Prüfen Sie auf dem Remotecomputer, ob die Remotedesktopdienste ausgeführt werden (Status: Running).</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>Starten Sie die Remotedesktopdienste auf dem Remotecomputer als Administrator neu. Dadurch werden alle Remotesitzungen auf diesem Computer beendet. Führen Sie den Befehl daher an der Konsole aus, oder rechnen Sie damit, dass Ihre Verbindung getrennt wird.</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>Prüfen Sie, ob der Remotedesktop-Listener bereit ist: Die Zeile &apos;rdp-tcp&apos; muss den Status &apos;Listen&apos; anzeigen (auf deutschem Windows „Abhören“).</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>Prüfen Sie, was an Port {port} lauscht: Es muss eine Zeile mit &apos;LISTENING&apos; (auf deutschem Windows „ABHÖREN“) geben, deren letzte Zahl (die Prozess-ID) mit der PID übereinstimmt, die für TermService angezeigt wird. Wenn ein Router einen anderen Port an diesen Computer weiterleitet, verwenden Sie stattdessen diesen Port.</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>Prüfen Sie, an welchem Port Remotedesktop lauscht. Der Wert wird hexadezimal angezeigt: 0xd3d ist der Standardport 3389.</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>Lesen Sie die Sicherheitseinstellungen des Remotedesktop-Listeners aus. Übliche Werte: SecurityLayer 1 (Aushandeln) oder 2 (TLS), UserAuthentication 1 (NLA erforderlich), MinEncryptionLevel 2 oder 3, MaxInstanceCount -1 (keine Begrenzung; PowerShell zeigt 0xffffffff als -1 an). SecurityLayer 2 funktioniert nicht zusammen mit MinEncryptionLevel 1.</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>Prüfen Sie die Sicherheitsebene des Listeners: 0x0 = nur Standard-RDP-Sicherheit, 0x1 = Aushandeln, 0x2 = TLS erforderlich.</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>TLS erzwingen: Setzen Sie SecurityLayer auf 2 (als Administrator), und starten Sie anschließend die Remotedesktopdienste neu. TLS benötigt ein funktionierendes Zertifikat. Wenn danach keine Verbindungen mehr möglich sind, folgen Sie den Befunden zum Zertifikat.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>Prüfen Sie, ob eine Gruppenrichtlinie die Sicherheitsebene festlegt („Verwendung einer bestimmten Sicherheitsebene für Remoteverbindungen (RDP) erforderlich“). Wenn dieser Wert vorhanden ist, hat er Vorrang vor der Einstellung des Listeners. Ändern Sie in diesem Fall stattdessen die Richtlinie.</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>Prüfen Sie die NLA-Einstellung des Listeners: UserAuthentication 0x1 bedeutet, dass die Authentifizierung auf Netzwerkebene (NLA) erforderlich ist.</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>Legen Sie fest, dass die Authentifizierung auf Netzwerkebene (NLA) erforderlich ist (als Administrator). NLA setzt außerdem SecurityLayer 1 oder 2 voraus.</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>Suchen Sie auf dem Remotecomputer nach Ereignissen, die ein Zertifikatproblem bestätigen: Schannel 36870 (auf den privaten TLS-Schlüssel kann nicht zugegriffen werden) oder 36871 (die TLS-Anmeldeinformationen können nicht erstellt werden) sowie Remotedesktop 1057 oder 1058 (das selbstsignierte Zertifikat konnte nicht erstellt bzw. erneuert werden). &apos;No events were found&apos; (auf deutschem Windows „Es wurden keine Ereignisse gefunden …“) macht diese Ursachen weniger wahrscheinlich.</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>Dieselbe Prüfung mit wevtutil: Schannel-Ereignis 36870 in den letzten 24 Stunden.</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>Sichern Sie die Berechtigungen des Ordners MachineKeys, in dem Windows die privaten Schlüssel der Computerzertifikate speichert, bevor Sie etwas ändern. So machen Sie die Änderungen später rückgängig: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>Zeigen Sie die Berechtigungen des Ordners an: Administratoren benötigen Vollzugriff (F) und „Jeder“ Lese- und Schreibzugriff auf den Ordner selbst. Fehlende Einträge oder &apos;Access is denied&apos; (auf deutschem Windows „Zugriff verweigert“) bedeuten, dass die Berechtigungen beschädigt sind.</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>Wenn die Berechtigungen beschädigt sind, machen Sie zuerst die Gruppe „Administratoren“ zum Besitzer des Ordners und seiner Schlüsseldateien (als Administrator).</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>Erteilen Sie anschließend SYSTEM (S-1-5-18) und Administratoren (S-1-5-32-544) Vollzugriff und NETZWERKDIENST (S-1-5-20) Lesezugriff; die numerischen IDs funktionieren in jeder Windows-Sprache. Starten Sie danach die Remotedesktopdienste neu.</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>Erneuern Sie das selbstsignierte Remotedesktop-Zertifikat: Löschen Sie es, und starten Sie die Dienste neu, die dann ein neues erstellen (Ereignis 1056). Dadurch werden alle Remotesitzungen auf dem Computer beendet.</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>Prüfen Sie, ob für Remotedesktop ein bestimmtes Zertifikat ausgewählt wurde. Wenn dieser Wert vorhanden ist, muss sich dieses Zertifikat samt privatem Schlüssel weiterhin im Speicher „Eigene Zertifikate“ des Computers befinden.</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>Listen Sie die Zertifikate auf, die Remotedesktop verwenden kann. Das ausgewählte (oder das selbstsignierte) Zertifikat muss HasPrivateKey True und ein NotAfter-Datum in der Zukunft aufweisen.</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>Wenn das ausgewählte Zertifikat nicht mehr vorhanden oder unbrauchbar ist, entfernen Sie die Einstellung, damit Remotedesktop wieder sein selbstsigniertes Zertifikat verwendet, und starten Sie anschließend die Remotedesktopdienste neu.</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>Suchen Sie auf dem Remotecomputer das vorgelegte Zertifikat (Fingerabdruck {thumbprint}), und zeigen Sie seine Namen, Gültigkeitsdaten und Verwendungszwecke an. Wenn nichts ausgegeben wird, hat der Server ein Zertifikat gesendet, das sich nicht in diesen Speichern befindet: Prüfen Sie, ob Sie den richtigen Computer erreicht haben.</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>Zeigen Sie auf dem Remotecomputer den Fingerabdruck des Zertifikats an, das Remotedesktop tatsächlich verwendet. Er muss {thumbprint} lauten. Weicht er ab, hat ein anderes Gerät dazwischen geantwortet (ein Abfangversuch oder ein anderer Computer): Akzeptieren Sie das Zertifikat nicht.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>Wenn das Zertifikat von der Zertifizierungsstelle Ihrer Organisation stammt, lassen Sie ein neues ausstellen (RSA mit mindestens 2048 Bit, SHA-256, Verwendungszweck „Serverauthentifizierung“, mit den Namen, die die Clients verwenden). Installieren Sie es im Speicher „Eigene Zertifikate“ des Computers, und wählen Sie es für Remotedesktop aus, zum Beispiel mit der Gruppenrichtlinie „Vorlage für Serverauthentifizierungszertifikat“.</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>Virtueller Computer in der Cloud, den Sie auf keinem anderen Weg erreichen: Führen Sie die Korrektur über die Cloudkonsole aus, nicht über Remotedesktop. In Azure: im virtuellen Computer unter „Befehl ausführen“ &gt; ResetRDPCert oder über die serielle Konsole. Setzen Sie bei der Azure CLI zuerst VM und RG auf den Namen und die Ressourcengruppe des virtuellen Computers. ResetRDPCert setzt außerdem SecurityLayer auf 0 und MinEncryptionLevel auf 1, was die Sicherheit schwächt: Stellen Sie diese Werte danach wieder her (nächster Schritt).</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>Setzen Sie den Listener nach ResetRDPCert oder nach einem Test mit herabgesetzter Sicherheit wieder auf sichere Werte: TLS erforderlich (SecurityLayer 2) und clientkompatible Verschlüsselung (MinEncryptionLevel 2). Starten Sie anschließend die Remotedesktopdienste neu.</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>Wenn der Server fehlerfrei erscheint, unterbricht möglicherweise eine Firewall, ein VPN oder ein Intrusion-Prevention-System zwischen diesem Computer und dem Server die Remotedesktopverbindungen. Testen Sie von einem Computer im selben Netzwerk wie der Server aus, und prüfen Sie die Protokolle der dazwischenliegenden Geräte.</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>Lesen Sie auf dem Remotecomputer die Schannel-Ereignisse: 36874 (keine gemeinsame Verschlüsselungssammlung mit dem Client), 36888 (der Server hat einen schwerwiegenden Alert gesendet; die Alert-Nummer steht in der Meldung), 36871 (die TLS-Anmeldeinformationen konnten nicht erstellt werden, häufig weil TLS-Versionen deaktiviert sind).</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>Zeigen Sie an, welche TLS-Versionen in der Registrierung aktiviert oder deaktiviert sind. Unter &apos;TLS 1.2\Server&apos; deaktiviert Enabled 0x0 oder DisabledByDefault 0x1 TLS 1.2; kein Eintrag bedeutet die Windows-Standardeinstellung.</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>Aktivieren Sie TLS 1.2 für die Serverseite (als Administrator). Windows liest die Einstellung nur beim Start, starten Sie den Computer daher anschließend neu.</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>Starten Sie den Remotecomputer neu, damit die neuen TLS-Einstellungen wirksam werden.</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>Unter Windows Server 2008 R2 oder Windows 7 benötigt Remotedesktop das Update KB3080079, um TLS 1.1 und 1.2 zu verwenden. Ältere Windows-Versionen lassen sich auf diese Weise nicht korrigieren; führen Sie ein Upgrade durch.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>Prüfen Sie, ob eine Gruppenrichtlinie die Liste der Verschlüsselungssammlungen festlegt („Reihenfolge der SSL-Verschlüsselungssammlungen“). Wenn dieser Wert vorhanden ist, ersetzt er die Windows-Standardwerte und muss weiterhin Verschlüsselungssammlungen enthalten, die Remotedesktopclients verwenden, zum Beispiel TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 und TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>Listen Sie die Verschlüsselungssammlungen auf, die der Remotecomputer anbietet (Windows 10, Windows Server 2016 und höher).</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>Prüfen Sie auf einem Linux-Server mit xrdp, ob der Dienst läuft und an Port {port} lauscht.</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>Lesen Sie auf einem xrdp-Server das Ende seines Protokolls. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; oder &apos;Permission denied&apos; bedeuten, dass das Zertifikat oder seine Schlüsseldatei nicht verwendet werden kann.</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>Zeigen Sie auf einem xrdp-Server dessen Sicherheitseinstellungen an. Sind certificate und key_file leer, werden /etc/xrdp/cert.pem und /etc/xrdp/key.pem verwendet.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>Unter Debian oder Ubuntu läuft xrdp als Benutzer xrdp, der Mitglied der Gruppe ssl-cert sein muss, um die Standardschlüsseldatei lesen zu können.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>Wenn xrdp unter Debian oder Ubuntu das Standardzertifikat des Systems (snakeoil) verwendet, erstellen Sie ein neues (RSA 2048 Bit, SHA-256), und starten Sie xrdp neu. Andere Dienste, die das Standardzertifikat verwenden, erhalten ebenfalls das neue.</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>Zeigen Sie auf einem xrdp-Server Namen, Ablaufdatum und SHA-1-Fingerabdruck des Zertifikats an. Der Fingerabdruck sollte {thumbprint} entsprechen (openssl trennt die Ziffernpaare durch Doppelpunkte).</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>Lassen Sie auf einem xrdp-Server genau TLS 1.2 und 1.3 zu, und starten Sie xrdp neu.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>Vergleichen Sie die Uhr dieses Computers mit einem Zeitserver; die Abweichungen werden in Sekunden angegeben.</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>Synchronisieren Sie die Uhr dieses Computers jetzt (als Administrator).</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>Prüfen Sie unter Linux die Uhr: Es sollte &apos;System clock synchronized: yes&apos; angezeigt werden.</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>Aktivieren Sie unter Linux die automatische Zeitsynchronisierung.</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>Stellen Sie unter macOS die Uhr anhand des Zeitservers von Apple.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>Zeigen Sie auf dem Windows-Remotecomputer an, woher er seine Zeit bezieht (in einer Domäne: von einem Domänencontroller), und synchronisieren Sie ihn.</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>Fragen Sie den Namen von diesem Computer aus per DNS ab (Windows), und notieren Sie die Antwort oder die Fehlermeldung.</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>Wenn sich der Name oder seine Adresse vor Kurzem geändert hat, leeren Sie den DNS-Cache dieses Computers, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>Der Computername ist im DNS nicht vorhanden</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>DNS, der Dienst, der Computernamen in Netzwerkadressen übersetzt, hat geantwortet, dass es keinen Computer namens {host} gibt. Deshalb kann eine Verbindung gar nicht erst beginnen. Meist ist der Name falsch geschrieben, der Domänenteil fehlt, oder der Name existiert nur in einem Firmennetzwerk, mit dem dieser Computer nicht verbunden ist (zum Beispiel bei getrenntem VPN). Remotedesktopclients melden dies als Fehlercode 0x104 oder 0x208.</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>Prüfen Sie die Schreibweise von {host}. Versuchen Sie bei einem kurzen Computernamen den vollständigen Namen einschließlich Domäne (zum Beispiel pc01.corp.example.com) oder die IP-Adresse des Computers.</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>Wenn sich der Computer in einem Firmennetzwerk befindet, stellen Sie zuerst die VPN-Verbindung her, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The same question with nslookup (Windows).</source>
        <translation>Dieselbe Abfrage mit nslookup (Windows).</translation>
    </message>
    <message>
        <source>On Linux, resolve the name the way applications do.</source>
        <translation>Lösen Sie den Namen unter Linux so auf, wie es Anwendungen tun.</translation>
    </message>
    <message>
        <source>On macOS, resolve the name the way applications do.</source>
        <translation>Lösen Sie den Namen unter macOS so auf, wie es Anwendungen tun.</translation>
    </message>
    <message>
        <source>If the name should exist, ask the network administrator to add it to DNS. A Windows computer in a domain registers its own name again with this command, run on the remote computer.</source>
        <translation>Wenn der Name existieren sollte, bitten Sie den Netzwerkadministrator, ihn im DNS einzutragen. Ein Windows-Computer in einer Domäne registriert seinen eigenen Namen mit diesem Befehl neu, ausgeführt auf dem Remotecomputer.</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>Der Computername konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>Dieser Computer hat das DNS nach der Adresse von {host} gefragt, aber keine verwertbare Antwort erhalten: Der DNS-Server hat nicht rechtzeitig geantwortet oder einen Fehler gemeldet. Meist hat dieser Computer keinen funktionierenden DNS-Server (kein Netzwerk, ein WLAN, das zuerst eine Anmeldung verlangt, ein VPN, das die DNS-Einstellungen geändert hat), oder der DNS-Server des Unternehmens ist ausgefallen. Remotedesktopclients melden dies als Fehlercode 0x104, 0x508 oder 0x604.</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist, indem Sie eine Webseite öffnen. Schließen Sie in Hotel-, Flughafen- oder Gast-WLANs zuerst die Anmeldeseite des Netzwerks ab.</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>Zeigen Sie an, welche DNS-Server dieser Computer verwendet (Windows). Bei verbundenem VPN sollten für den VPN-Adapter die DNS-Server des VPN aufgeführt sein.</translation>
    </message>
    <message>
        <source>On Linux with systemd-resolved, show the DNS servers in use.</source>
        <translation>Zeigen Sie unter Linux mit systemd-resolved die verwendeten DNS-Server an.</translation>
    </message>
    <message>
        <source>On macOS, show the DNS servers in use.</source>
        <translation>Zeigen Sie unter macOS die verwendeten DNS-Server an.</translation>
    </message>
    <message>
        <source>As a workaround, connect to the computer&apos;s IP address instead of its name (its administrator knows it); expect a certificate name warning then.</source>
        <translation>Verbinden Sie sich als Notlösung mit der IP-Adresse des Computers statt mit seinem Namen (der Administrator des Computers kennt sie). Rechnen Sie dann mit einer Warnung zum Zertifikatnamen.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>Am Remotedesktop-Port lauscht nichts</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>Der Remotecomputer unter {address} ist erreichbar, hat die Verbindung an Port {port} aber abgelehnt: Dort nimmt kein Programm Verbindungen an. Meist ist Remotedesktop deaktiviert oder der Dienst beendet, Remotedesktop lauscht an einem anderen Port, oder es wurde der falsche Computer oder Port angegeben (einige Firewalls lehnen Verbindungen ebenfalls auf diese Weise ab). Remotedesktopclients melden dies als Fehlercode 0x204.</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>Prüfen Sie den Port: Remotedesktop verwendet 3389, sofern der Administrator dies nicht geändert hat. Für einen anderen Port verbinden Sie sich mit dem Namen, gefolgt von einem Doppelpunkt und dem Port, zum Beispiel {host}:3390.</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>Prüfen Sie auf dem Remotecomputer, ob Remotedesktop zugelassen ist: fDenyTSConnections muss 0x0 sein.</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>Aktivieren Sie Remotedesktop (als Administrator; „Einstellungen &gt; System &gt; Remotedesktop“ bewirkt dasselbe). Wenn sich Remotedesktop wieder deaktiviert, wird die Einstellung durch eine Gruppenrichtlinie gesteuert: Wenden Sie sich an den Administrator der Domäne.</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>Starten Sie auf einem Linux-Server xrdp, und sorgen Sie dafür, dass es beim Systemstart automatisch startet.</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>Keine Antwort am Remotedesktop-Port</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>Der Verbindungsversuch zu {address} an Port {port} hat vor Ablauf des Zeitlimits überhaupt keine Antwort erhalten. Meist verwirft eine Firewall ihn stillschweigend: die Windows Defender Firewall des Remotecomputers, eine Unternehmensfirewall, ein Router ohne Portweiterleitung oder eine Sicherheitsgruppe in der Cloud. Möglicherweise ist der Remotecomputer auch ausgeschaltet oder im Energiesparmodus. Remotedesktopclients melden dies als Fehlercode 0x204 oder 0x108.</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>Stellen Sie sicher, dass der Remotecomputer eingeschaltet und nicht im Energiesparmodus ist und dass ein gegebenenfalls benötigtes VPN verbunden ist.</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>Dasselbe mit netsh an einer Eingabeaufforderung.</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>Wenn der Remotecomputer ein virtueller Computer in der Cloud ist (Azure, AWS, Google Cloud), müssen seine Netzwerksicherheitsgruppe oder Firewallregeln eingehenden Datenverkehr an TCP-Port {port} von Ihrer öffentlichen Adresse zulassen. In Azure zeigt die „IP-Flussüberprüfung“ von Network Watcher, welche Regel den Datenverkehr verwirft.</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>Virtueller Computer in der Cloud, dessen Firewall Remotedesktop blockiert: Führen Sie den Firewallbefehl stattdessen über die Cloudkonsole aus (in Azure: „Befehl ausführen“ &gt; RunPowerShellScript oder die serielle Konsole). Setzen Sie bei der Azure CLI zuerst VM und RG auf den Namen und die Ressourcengruppe des virtuellen Computers.</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>Bei Verbindungen aus dem Internet über einen Router zu Hause oder im Büro muss der Router TCP-Port {port} an den Computer weiterleiten. Ein aus dem gesamten Internet erreichbarer Remotedesktop zieht Angriffe zum Erraten von Kennwörtern an; ein VPN oder ein Remotedesktopgateway ist sicherer.</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>Es gibt keine Netzwerkroute zum Remotecomputer</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>Der Verbindungsversuch zu {address} konnte nicht zugestellt werden: Das Netzwerk hat gemeldet, dass der Computer oder sein Netzwerk nicht erreichbar ist. Meist ist dieser Computer nicht mit dem richtigen Netzwerk verbunden (VPN getrennt, falsches WLAN), die Adresse gehört zu einem privaten Netzwerk, das nur über ein VPN erreichbar ist, oder ein Router auf dem Weg weist den Datenverkehr ab. Remotedesktopclients melden dies als Fehlercode 0x204.</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>Verbinden Sie sich mit dem Netzwerk, zu dem der Remotecomputer gehört (zum Beispiel mit dem Firmen-VPN), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>Zeigen Sie die Route und den Netzwerkadapter an, die dieser Computer für {address} verwenden würde (Windows). Eine Fehlermeldung bedeutet, dass es keine Route gibt.</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>Verfolgen Sie den Weg (Windows): Beim letzten Router, der antwortet, endet der Datenverkehr.</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>Verfolgen Sie den Weg unter macOS oder Linux.</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>Der Verbindungsaufbau ist langsam</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>Verbindungen zu {address} funktionieren zwar, aber der Aufbau einer Verbindung hat länger als 150 ms gedauert (der Median mehrerer Versuche). Remotedesktop reagiert dann träge, und eine langsame Leitung, die zusätzlich Pakete verliert, kann Sitzungen abbrechen lassen (Fehlercode 0x904 mit erweitertem Fehlercode 0x0). Übliche Ursachen sind eine große Entfernung, ein VPN, das den Datenverkehr über weit entfernte Standorte leitet, oder eine ausgelastete WLAN- oder Mobilfunkverbindung.</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>Messen Sie die Roundtripzeit und den Paketverlust (Windows). Manche Server antworten nicht auf Ping; dann zählen nur die Verbindungszeiten.</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>Dasselbe unter macOS oder Linux.</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>Ermitteln Sie, wo die Verzögerung oder der Verlust beginnt (Windows; dauert einige Minuten).</translation>
    </message>
    <message>
        <source>Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic can take a shorter path (split tunnelling) or a closer VPN gateway.</source>
        <translation>Verwenden Sie nach Möglichkeit ein Kabel oder ein stärkeres WLAN-Signal. Fragen Sie bei einem VPN nach, ob dieser Datenverkehr einen kürzeren Weg nehmen kann (Split Tunneling) oder ob ein näheres VPN-Gateway verfügbar ist.</translation>
    </message>
    <message>
        <source>In the Remote Desktop client, let it detect the connection quality or choose a lower connection speed, so that less data is sent.</source>
        <translation>Lassen Sie im Remotedesktopclient die Verbindungsqualität automatisch erkennen, oder wählen Sie eine niedrigere Verbindungsgeschwindigkeit, damit weniger Daten gesendet werden.</translation>
    </message>
    <message>
        <source>Some connection attempts failed</source>
        <translation>Einige Verbindungsversuche sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Of several connection attempts to {address} on port {port}, some failed while others worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), a load balancer or router with one bad path, or a server or firewall that limits how many new connections it accepts. Users see connections that work one time and fail with 0x204 or 0x904 the next.</source>
        <translation>Von mehreren Verbindungsversuchen zu {address} an Port {port} sind einige fehlgeschlagen, andere waren erfolgreich. Sporadische Fehler deuten auf eine unzuverlässige Verbindung hin (WLAN, Mobilfunk, VPN), auf einen Load Balancer oder Router mit einem fehlerhaften Pfad oder auf einen Server oder eine Firewall, die die Anzahl neuer Verbindungen begrenzt. Benutzer erleben Verbindungen, die einmal funktionieren und beim nächsten Mal mit 0x204 oder 0x904 fehlschlagen.</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>Wiederholen Sie den Verbindungstest 20-mal (Windows); jedes &apos;False&apos; ist ein fehlgeschlagener Versuch.</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>Wenn die Fehler vom Netzwerk abhängen (WLAN, VPN), versuchen Sie ein anderes. Wenn sie von der Tageszeit abhängen, ist eine Überlastung des Servers oder einer Firewall wahrscheinlich.</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>Suchen Sie auf dem Remotecomputer im Systemprotokoll der Ereignisanzeige nach Ereignis 1006 (eine große Anzahl unvollständiger Verbindungen): Der Server wehrt dann eine Flut von Verbindungen ab, häufig von Scannern aus dem Internet, wenn Port {port} aus dem Internet erreichbar ist.</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>Prüfen Sie das Verbindungslimit des Listeners: MaxInstanceCount sollte 0xffffffff sein (keine Begrenzung).</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>Wenn ein Load Balancer oder Router den Namen auf mehrere Server verteilt, testen Sie jeden Server direkt: Einer davon ist möglicherweise ausgefallen.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>Die Firewall dieses Computers blockiert den Remotedesktop-Port</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>Eine Regel der Firewall auf diesem Computer verwirft oder blockiert ausgehende Verbindungen an Port {port}, sodass die Verbindung diesen Computer gar nicht erst verlässt. Solche Regeln stammen aus Sicherheitsrichtlinien des Unternehmens, aus Sicherheitssoftware oder wurden manuell hinzugefügt. Der Remotedesktopclient meldet dann Fehlercode 0x204 oder eine Zeitüberschreitung, obwohl mit dem Remotecomputer möglicherweise alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>Listen Sie unter Windows die aktivierten Firewallregeln auf, die ausgehende Verbindungen an Port {port} blockieren.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>Wenn die Regel von Ihrer Organisation stammt (Gruppenrichtlinie oder Sicherheitssoftware), bitten Sie die IT-Abteilung, Remotedesktop zu {host} zuzulassen. Schalten Sie die Firewall nicht aus.</translation>
    </message>
    <message>
        <source>On Linux, list the firewall rules that mention port {port}.</source>
        <translation>Listen Sie unter Linux die Firewallregeln auf, die Port {port} betreffen.</translation>
    </message>
    <message>
        <source>On Linux with ufw, show the active rules.</source>
        <translation>Zeigen Sie unter Linux mit ufw die aktiven Regeln an.</translation>
    </message>
    <message>
        <source>On Linux with ufw, allow outgoing connections to port {port}.</source>
        <translation>Lassen Sie unter Linux mit ufw ausgehende Verbindungen an Port {port} zu.</translation>
    </message>
    <message>
        <source>On macOS the built-in firewall only filters incoming connections; look for outgoing rules in installed security or firewall software.</source>
        <translation>Unter macOS filtert die integrierte Firewall nur eingehende Verbindungen. Suchen Sie in installierter Sicherheits- oder Firewallsoftware nach Regeln für ausgehende Verbindungen.</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>Der Server hat die Verbindung während der Sicherheitsaushandlung zurückgesetzt</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>Der Remotecomputer hat die Verbindung angenommen und dann abrupt abgebrochen (Reset), sobald dieser Computer die Aushandlung der Sicherheit angefordert hat, ohne jede Antwort. Das ist das klassische Muster von Fehlercode 0x904 mit erweitertem Fehlercode 0x7: Der Server nimmt den Anruf entgegen und legt dann auf, bevor der Handshake abgeschlossen ist. Meist ist das Remotedesktop-Zertifikat des Servers oder dessen privater Schlüssel unbrauchbar (falsche Berechtigungen für den Ordner, in dem Windows die privaten Schlüssel des Computers ablegt, ein beschädigter Zertifikatspeicher). Seltener passen die Sicherheitseinstellungen nicht zusammen, oder eine Firewall oder ein Intrusion-Prevention-System unterbricht die Verbindung.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>Der Remotecomputer hat die Verbindung angenommen, sie aber ohne Antwort geschlossen, sobald dieser Computer die Aushandlung der Sicherheit angefordert hat. Wie bei einem Reset zeigt sich dies meist als Fehlercode 0x904 (erweiterter Fehlercode 0x7). Häufige Ursachen: Die Remotedesktopdienste nehmen keine neuen Verbindungen an (sie starten gerade, werden beendet oder sind überlastet), das Zertifikat oder die Sicherheitseinstellungen sind unbrauchbar, oder der Port führt zu einem Gerät, das zwar Verbindungen annimmt, aber kein funktionierender Remotedesktop-Server ist, zum Beispiel eine Portweiterleitung an einen ausgeschalteten Computer.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>Wenn ein Router, Load Balancer oder Proxy den Port weiterleitet, prüfen Sie, ob er auf den richtigen Computer zeigt und ob dieser Computer läuft.</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>Der Server hat nicht rechtzeitig auf die Sicherheitsaushandlung geantwortet</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>Die Verbindung zu Port {port} wurde angenommen, aber auf die Remotedesktop-Aushandlungsanforderung ist nicht rechtzeitig eine vollständige Antwort eingegangen. Meist führt der Port zu etwas, das zwar Verbindungen annimmt, aber kein Remotedesktop spricht (ein Proxy oder eine Portweiterleitung, deren Ziel ausgefallen ist, ein Remotedesktopgateway oder Webdienst, der ein anderes Protokoll erwartet), oder die Remotedesktopdienste auf dem Server hängen. Der Client wartet und schlägt dann fehl, typischerweise mit Fehlercode 0x904, 0x108 oder 0x704.</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>Prüfen Sie, ob {port} tatsächlich der Remotedesktop-Port ist. Ein Remotedesktopgateway (meist Port 443) wird in den erweiterten Einstellungen des Clients als Gateway eingetragen, nicht als Computer.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>Wenn ein Router, Load Balancer oder Proxy den Port weiterleitet, prüfen Sie, ob dessen Zielcomputer läuft und von dort aus erreichbar ist.</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>An diesem Port antwortet etwas anderes als Remotedesktop</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>Das Programm, das an Port {port} von {address} antwortet, ist kein Remotedesktop-Server: Seine Antwort sieht nach einem anderen Dienst aus, etwa SSH oder einem Webserver (die Belege zeigen die ersten Bytes). Meist ist die Portnummer falsch, oder ein Router leitet den Port an den falschen Computer oder Dienst weiter. Ein Remotedesktopclient meldet dies nur als allgemeinen Fehler, etwa mit Fehlercode 0x904.</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>Klären Sie den Port mit dem Administrator des Servers; Remotedesktop verwendet normalerweise 3389. Port 22 ist SSH, die Ports 80 und 443 sind Webdienste oder ein Remotedesktopgateway, das in den Einstellungen des Clients als Gateway eingetragen wird, nicht als Computer.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>Zeigen Sie auf dem Windows-Remotecomputer das Programm an, das an Port {port} lauscht.</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>Zeigen Sie auf einem Linux-Server das Programm an, das an Port {port} lauscht.</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>Wenn ein Router den Port weiterleitet, stellen Sie sicher, dass er auf den richtigen Computer und dessen Remotedesktop-Port zeigt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>Die Antwort des Servers auf die Sicherheitsaushandlung ist beschädigt</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>Der Remotecomputer hat im Remotedesktop-Format geantwortet, aber der Inhalt ist keine gültige Antwort auf die Aushandlungsanforderung (falscher Typ, falsche Länge oder falsche Felder; die Belege enthalten die Bytes). Das deutet auf fehlerhafte oder ungewöhnliche Remotedesktop-Serversoftware hin oder auf ein Gerät im Netzwerkpfad, das den Datenverkehr verändert. Der Client gibt auf, typischerweise mit Fehlercode 0x904 oder einem Protokollfehler.</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>Verbinden Sie sich nach Möglichkeit direkt, ohne dazwischengeschaltete Proxys, Load Balancer oder Sicherheitsgeräte, und führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>Aktualisieren Sie die Remotedesktop-Serversoftware (Windows-Updates, xrdp oder Fernzugriffssoftware, die sich in Remotedesktop einklinkt), und prüfen Sie ihr Protokoll.</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>Senden Sie diesen Bericht mit den Bytes aus den Belegen an den Hersteller der Serversoftware.</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>Der Server bietet nur die alte Standard-RDP-Sicherheit an</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>Der Remotecomputer lässt nur die Standard-RDP-Sicherheit zu, die ursprüngliche Remotedesktop-Verschlüsselung ohne TLS: Er lehnt TLS ab oder wählt die alte Methode, selbst wenn TLS angefordert wird. Viele aktuelle Clients lehnen diese Methode ab, weil sie die Identität des Servers nicht nachweisen kann. Die Verbindung schlägt daher fehl, oft mit Fehlercode 0x904. Unter Windows entspricht dies SecurityLayer 0, unter xrdp security_layer=rdp.</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>Setzen Sie auf einem xrdp-Server security_layer=negotiate, und starten Sie xrdp neu (verwenden Sie tls statt negotiate, um die Standard-RDP-Sicherheit vollständig abzulehnen).</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>Setzen Sie für die Verbindung nicht die Sicherheitseinstellungen dieses Computers herab: Geändert werden muss die Einstellung des Servers.</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>Der Server hat kein verwendbares Zertifikat für eine sichere Verbindung</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the folder where Windows keeps the computer&apos;s private keys, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>Der Remotecomputer hat geantwortet, dass er TLS nicht starten kann, weil er kein gültiges Zertifikat hat (SSL_CERT_NOT_ON_SERVER). Windows erstellt normalerweise selbst ein selbstsigniertes Remotedesktop-Zertifikat; das Erstellen oder Lesen dieses Zertifikats ist also fehlgeschlagen. Meist kann der private Schlüssel wegen falscher Berechtigungen für den Ordner, in dem Windows die privaten Schlüssel des Computers ablegt, nicht gelesen werden, der Zertifikatspeicher ist beschädigt, oder ein für Remotedesktop ausgewähltes Zertifikat wurde gelöscht. Clients zeigen dies als Fehlercode 0x904 (erweiterter Fehlercode 0x7) oder als Sicherheitsfehler an.</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>Der Server hat die angeforderten Sicherheitsprotokolle als widersprüchlich abgelehnt</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>Der Remotecomputer hat die Aushandlung mit INCONSISTENT_FLAGS beantwortet: Er hält die angeforderte Kombination von Sicherheitsprotokollen für unvereinbar mit dem, was bereits gilt. Das ist selten und bedeutet meist fehlerhafte Serversoftware oder ein dazwischengeschaltetes Gerät, das die Aushandlung verändert. Der Client kann nicht fortfahren und meldet einen allgemeinen Fehler, etwa Fehlercode 0x904.</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>Führen Sie den Test erneut aus. Bleibt das Ergebnis gleich, testen Sie aus einem anderen Netzwerk ohne dazwischengeschaltete Proxys oder Load Balancer.</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>Installieren Sie ausstehende Updates der Remotedesktop-Software des Servers. Besteht das Problem weiterhin, senden Sie diesen Bericht an den Hersteller.</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>Der Server erfordert TLS-Verschlüsselung</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>Der Remotecomputer lehnt die alte Standard-RDP-Sicherheit ab und akzeptiert nur durch TLS geschützte Verbindungen (SSL_REQUIRED_BY_SERVER). Das ist die empfohlene Einstellung, und alle aktuellen Remotedesktopclients unterstützen sie. Nur sehr alte Clients können keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>Bei einem aktuellen Client ist nichts zu ändern. Wenn ein alter Client keine Verbindung herstellen kann, aktualisieren Sie den Client, statt die Sicherheit des Servers herabzusetzen.</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>Der Server erfordert Authentifizierung auf Netzwerkebene (NLA)</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>Der Remotecomputer akzeptiert nur Clients, die sich vor Beginn der Sitzung über die Authentifizierung auf Netzwerkebene anmelden (CredSSP, Antwort HYBRID_REQUIRED_BY_SERVER). Das ist die sichere Standardeinstellung unter Windows. Im Client muss NLA aktiviert sein, die Anmeldeinformationen müssen gültig sein, und bei einem Domänenkonto muss der Remotecomputer einen Domänencontroller erreichen. Andernfalls schlägt die Anmeldung mit einem Authentifizierungsfehler fehl, nicht mit einem Netzwerkfehler.</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>Stellen Sie sicher, dass im Client NLA aktiviert ist: In einer .rdp-Datei deaktiviert die Zeile enablecredsspsupport:i:0 NLA. Ändern Sie sie in enablecredsspsupport:i:1, oder löschen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>Melden Sie sich mit einem Konto an, das auf diesem Computer Remotedesktop verwenden darf (Mitglied der Gruppe „Remotedesktopbenutzer“ oder „Administratoren“), in der Form DOMÄNE\Benutzer oder Benutzer@Domäne.</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>Nur wenn die Anmeldung fehlschlägt, weil der Remotecomputer keinen Domänencontroller erreicht (&apos;The Local Security Authority cannot be contacted&apos;, deutsch „Die lokale Sicherheitsautorität kann nicht kontaktiert werden“): Deaktivieren Sie NLA vorübergehend. Das schwächt die Sicherheit, da jeder, der den Port erreicht, einen Anmeldebildschirm erhält. Aktivieren Sie NLA mit /d 1 wieder, sobald die Domänenverbindung funktioniert.</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>Der Server erfordert ein Clientzertifikat</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>Der Remotecomputer akzeptiert nur TLS-Verbindungen, bei denen auch der Client seine Identität mit einem Zertifikat nachweist (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). Diese Einstellung ist ungewöhnlich. rdpdiag sendet kein Clientzertifikat und kann daher nicht weiter testen; Clients ohne das erwartete Zertifikat können keine Verbindung herstellen.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>Fragen Sie den Administrator des Servers, welches Clientzertifikat oder welche Smartcard erforderlich ist, und installieren Sie es bzw. sie auf diesem Computer.</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>Speichern Sie auf dem Remotecomputer einen Bericht der wirksamen Gruppenrichtlinieneinstellungen, und öffnen Sie ihn, um die Einstellung zu finden, die eine Clientauthentifizierung erfordert.</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>Der Server akzeptiert noch die unsichere Standard-RDP-Sicherheit</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>Neben TLS akzeptiert der Remotecomputer noch die Standard-RDP-Sicherheit, die ursprüngliche Remotedesktop-Verschlüsselung. Sie kann die Identität des Servers nicht nachweisen, sodass sich ein Gerät im Netzwerkpfad als Server ausgeben und Eingaben mitlesen könnte, auch Kennwörter. Verbindungen werden dadurch nicht verhindert, aber die Standard-RDP-Sicherheit sollte deaktiviert werden.</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>Legen Sie in einer Domäne die Gruppenrichtlinie „Computerkonfiguration &gt; Administrative Vorlagen &gt; Windows-Komponenten &gt; Remotedesktopdienste &gt; Remotedesktop-Sitzungshost &gt; Sicherheit &gt; Verwendung einer bestimmten Sicherheitsebene für Remoteverbindungen (RDP) erforderlich“ auf SSL fest.</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>Lassen Sie auf einem xrdp-Server nur TLS zu, und starten Sie xrdp neu (dafür ist ein funktionierendes Zertifikat erforderlich).</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>Der Server bietet keine Authentifizierung auf Netzwerkebene (NLA) an</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>Der Remotecomputer bietet CredSSP nicht an, das Protokoll hinter der Authentifizierung auf Netzwerkebene. Ohne NLA erhält jeder, der den Port erreicht, einen Anmeldebildschirm. Das kostet den Server Ressourcen und macht ihn anfällig für das Erraten von Kennwörtern und für Angriffe vor der Anmeldung. Verbindungen funktionieren weiterhin, aber ein Windows-Server sollte NLA erfordern.</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 bietet kein NLA an. Beschränken Sie stattdessen mit einer Firewallregel oder einem VPN, wer seinen Port erreichen kann.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>Die Verbindungseinstellungen dieses Computers passen nicht zur Richtlinie des Servers</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>Die Einstellungen in der hier verwendeten Verbindungsdatei (.rdp) können die Anforderungen des Remotecomputers nicht erfüllen; zum Beispiel ist die Authentifizierung auf Netzwerkebene (CredSSP) in der Datei deaktiviert, während der Server sie erfordert. Mit dem Server ist alles in Ordnung: Der Client gibt mit Fehlercode 0x904 oder einer Authentifizierungsmeldung auf. Das Ändern der unten genannten Zeilen in der .rdp-Datei behebt das Problem.</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>Öffnen Sie die .rdp-Datei in einem Texteditor (zum Beispiel im Editor), und ändern Sie die Zeile enablecredsspsupport:i:0 in enablecredsspsupport:i:1, oder löschen Sie sie: NLA ist standardmäßig aktiviert.</translation>
    </message>
    <message>
        <source>If the file contains negotiate security layer:i:0, change it to negotiate security layer:i:1 (the default), so that the client negotiates TLS and NLA with the server.</source>
        <translation>Wenn die Datei negotiate security layer:i:0 enthält, ändern Sie dies in negotiate security layer:i:1 (die Standardeinstellung), damit der Client TLS und NLA mit dem Server aushandelt.</translation>
    </message>
    <message>
        <source>Save the file and connect again. If your IT department provides the file (for example through a Remote Desktop web feed), ask them to correct it there.</source>
        <translation>Speichern Sie die Datei, und stellen Sie die Verbindung erneut her. Wenn Ihre IT-Abteilung die Datei bereitstellt (zum Beispiel über einen Remotedesktop-Webfeed), bitten Sie sie, die Datei dort zu korrigieren.</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes zurückgesetzt</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>Der Remotecomputer hat der Verwendung von TLS zugestimmt und die Verbindung dann mitten im TLS-Handshake abrupt zurückgesetzt, bevor ein sicherer Kanal bestand. Das ist das typische Muster hinter Fehlercode 0x904 mit erweitertem Fehlercode 0x7. Meist kann der Server den privaten Schlüssel seines Zertifikats nicht verwenden (falsche Berechtigungen für den Ordner, in dem Windows die privaten Schlüssel des Computers ablegt, ein beschädigter Zertifikatspeicher). Seltener sind TLS 1.2 oder die benötigten Verschlüsselungssammlungen auf dem Server deaktiviert, oder eine Firewall oder ein Intrusion-Prevention-System unterbricht TLS-Verbindungen.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong permissions on its private keys or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>Der Remotecomputer hat der Verwendung von TLS zugestimmt, die Verbindung aber während des Handshakes ohne Fehlermeldung geschlossen. Wie bei einem Reset ist der übliche Grund, dass der Server sein Zertifikat oder seinen privaten Schlüssel nicht verwenden kann: unter Windows falsche Berechtigungen für seine privaten Schlüssel oder ein beschädigter Zertifikatspeicher, unter xrdp eine Schlüsseldatei, die xrdp nicht lesen kann, oder ein Zertifikat, das seine TLS-Bibliothek ablehnt (zum Beispiel ein Schlüssel mit weniger als 2048 Bit). Clients melden Fehlercode 0x904, in den Apps für Mac und iOS 0x4 oder 0x2104.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>Der TLS-Handshake ist ins Stocken geraten</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>Der Remotecomputer hat der Verwendung von TLS zugestimmt, aber der Handshake kam nicht mehr voran, und die Zeit ist abgelaufen. Eine wahrscheinliche Ursache, besonders über ein VPN, ist ein Pfad, der keine Pakete voller Größe übertragen kann (ein MTU-Blackhole): Kleine Nachrichten kommen durch, aber das Zertifikat des Servers, das in großen Paketen gesendet wird, kommt nie an. Ein überlasteter Server oder ein Sicherheitsgerät, das die Verbindung aufhält, sieht genauso aus. Clients bleiben bei „Verbindung wird gesichert“ (&apos;Securing connection&apos;) stehen und schlagen dann fehl, oft mit Fehlercode 0x904.</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>Testen Sie, ob Pakete voller Größe durchkommen (Windows): 1372 Byte Daten plus 28 Byte Header ergeben 1400. &apos;Packet needs to be fragmented&apos; (auf deutschem Windows „Paket müsste fragmentiert werden“) oder keine Antwort, während ein normaler Ping funktioniert, deutet auf ein MTU-Problem hin.</translation>
    </message>
    <message>
        <source>The same test on Linux.</source>
        <translation>Derselbe Test unter Linux.</translation>
    </message>
    <message>
        <source>The same test on macOS.</source>
        <translation>Derselbe Test unter macOS.</translation>
    </message>
    <message>
        <source>Show the MTU of this computer&apos;s network adapters, including the VPN adapter (Windows).</source>
        <translation>Zeigen Sie die MTU der Netzwerkadapter dieses Computers an, einschließlich des VPN-Adapters (Windows).</translation>
    </message>
    <message>
        <source>Try without the VPN or from another network to confirm.</source>
        <translation>Versuchen Sie es zur Bestätigung ohne VPN oder aus einem anderen Netzwerk.</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake with an alert</source>
        <translation>Der Server hat den TLS-Handshake mit einem Alert abgelehnt</translation>
    </message>
    <message>
        <source>The remote computer ended the TLS handshake with an alert message; the evidence names it. Alert 40 (handshake failure) usually means the server and the client have no cipher suite in common, alert 70 (protocol version) no TLS version in common; other alerts point to a certificate or configuration error on the server. This typically follows TLS versions or cipher suites being switched off by a hardening script or Group Policy, and clients report error code 0x904 (extended code 0x7).</source>
        <translation>Der Remotecomputer hat den TLS-Handshake mit einer Alert-Meldung beendet; die Belege nennen sie. Alert 40 (handshake failure) bedeutet meist, dass Server und Client keine gemeinsame Verschlüsselungssammlung haben, Alert 70 (protocol version), dass sie keine gemeinsame TLS-Version haben. Andere Alerts deuten auf einen Zertifikat- oder Konfigurationsfehler auf dem Server hin. Dies folgt typischerweise darauf, dass TLS-Versionen oder Verschlüsselungssammlungen durch ein Härtungsskript oder eine Gruppenrichtlinie deaktiviert wurden, und Clients melden Fehlercode 0x904 (erweiterter Fehlercode 0x7).</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>Der Server unterstützt weder TLS 1.2 noch TLS 1.3</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>Der Remotecomputer schließt einen TLS-Handshake weder mit TLS 1.2 noch mit TLS 1.3 ab, den Versionen, die aktuelle Clients erwarten; viele akzeptieren TLS 1.0 oder 1.1 überhaupt nicht mehr. Ursache sind alte Server (Windows Server 2008 R2 und älter ohne Updates) oder eine Registrierungseinstellung, die TLS 1.2 deaktiviert. Die Verbindung schlägt beim Sichern fehl, meist mit Fehlercode 0x904.</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>Der Server akzeptiert noch das veraltete TLS 1.0 oder TLS 1.1</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>Der Remotecomputer akzeptiert noch TLS 1.0 oder TLS 1.1 (die Belege nennen die Version). Beide Versionen haben bekannte Schwachstellen und sind abgekündigt. Verbindungen sind nicht betroffen, aber der Server sollte nur noch TLS 1.2 und neuer akzeptieren, sobald alle Clients, die sich mit ihm verbinden, TLS 1.2 unterstützen.</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>Stellen Sie vor dem Deaktivieren der alten Versionen sicher, dass alle Clients TLS 1.2 unterstützen (Windows 7 benötigt für Remotedesktop das Update KB3080079). Die Änderung betrifft auch andere Programme auf dem Server, die TLS verwenden, etwa einen Webserver oder SQL Server.</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>Deaktivieren Sie TLS 1.0 und 1.1 für die Serverseite (als Administrator), und starten Sie den Computer anschließend neu.</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>Der Server akzeptiert schwache Verschlüsselung</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>Der Remotecomputer akzeptiert mindestens eine schwache Verschlüsselungssammlung (RC4, 3DES, NULL oder EXPORT; die Belege nennen sie). Wer den Datenverkehr aufzeichnet, kann eine solche Verschlüsselung unter Umständen brechen, und NULL-Verschlüsselungssammlungen verschlüsseln überhaupt nicht. Verbindungen funktionieren, aber diese Verschlüsselungssammlungen sollten deaktiviert werden.</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>Deaktivieren Sie die schwachen Verschlüsselungssammlungen (Windows 10, Windows Server 2016 und höher; als Administrator).</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>Deaktivieren Sie unter jeder Windows-Version die schwachen Verschlüsselungsverfahren direkt in Schannel (als Administrator, an einer Eingabeaufforderung), und starten Sie den Computer anschließend neu.</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>Lassen Sie auf einem xrdp-Server nur starke Verschlüsselungssammlungen zu, und starten Sie xrdp neu (wenn xrdp.ini keine Zeile tls_ciphers enthält, fügen Sie tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 unter [Globals] hinzu).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because Windows cannot write the computer&apos;s private keys (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) hat sein Ablaufdatum überschritten. Clients warnen davor, und manche verweigern die Verbindung. Windows erneuert sein selbstsigniertes Remotedesktop-Zertifikat selbstständig; ein abgelaufenes Zertifikat bedeutet daher, dass die Erneuerung fehlgeschlagen ist, typischerweise weil Windows die privaten Schlüssel des Computers nicht schreiben kann (Ereignis 1058). Ein Zertifikat einer Zertifizierungsstelle muss von deren Administrator erneuert werden.</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>Wenn die Daten auf dem Server stimmen, prüfen Sie Datum und Uhrzeit dieses Computers: Eine in die Zukunft gestellte Uhr lässt gültige Zertifikate abgelaufen erscheinen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) wird erst in der Zukunft gültig. Fast immer geht eine Uhr falsch: Die Uhr dieses Computers geht nach, oder die Uhr des Servers ging vor, als er das Zertifikat erstellt hat. Clients warnen davor oder verweigern die Verbindung, und eine falsche Uhrzeit verhindert außerdem die Authentifizierung auf Netzwerkebene.</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>Wenn beide Uhren stimmen und es sich um das selbstsignierte Zertifikat handelt, erneuern Sie es: Löschen Sie es, und starten Sie die Dienste neu, die dann ein neues erstellen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>Das Zertifikat des Servers läuft innerhalb von 30 Tagen ab</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) läuft innerhalb der nächsten 30 Tage ab. Noch schlägt nichts fehl, aber danach werden Clients warnen oder die Verbindung verweigern. Windows erneuert sein selbstsigniertes Remotedesktop-Zertifikat selbstständig; ein Zertifikat einer Zertifizierungsstelle muss rechtzeitig erneuert werden.</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>Prüfen Sie beim selbstsignierten Zertifikat, ob die automatische Erneuerung funktioniert: Die Ereignisse 1057 oder 1058 melden Fehler, die meist durch die Berechtigungen des Ordners MachineKeys verursacht werden.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>Der Server verwendet ein selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>Das Zertifikat des Remotecomputers (Fingerabdruck {thumbprint}) wurde vom Computer selbst signiert, wie es Windows standardmäßig für Remotedesktop tut. Clients können es nicht anhand einer vertrauenswürdigen Zertifizierungsstelle prüfen und fragen deshalb nach, ob sie ihm vertrauen sollen; manche mobilen Clients gehen damit schlecht um. Das ist normal, aber prüfen Sie vor dem Akzeptieren, ob der vom Client angezeigte Fingerabdruck der des Servers ist.</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>Wenn der Client nachfragt, vergleichen Sie den angezeigten Fingerabdruck mit {thumbprint}. Akzeptieren und speichern Sie das Zertifikat nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>Dieser Computer vertraut dem Zertifikat des Servers nicht</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) führt zu keiner Zertifizierungsstelle, der dieser Computer vertraut. Meist wurde es von einer eigenen Zertifizierungsstelle des Unternehmens ausgestellt, deren Stammzertifikat hier nicht installiert ist, oder der Server sendet die Zwischenzertifikate nicht mit. Clients fragen nach, ob sie dem Zertifikat vertrauen sollen; akzeptieren Sie es erst, nachdem Sie den Fingerabdruck geprüft haben.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>Wenn das Zertifikat von der Zertifizierungsstelle Ihrer Organisation stammt, installieren Sie deren Stammzertifikat auf diesem Computer (IT-Abteilungen erledigen dies meist per Gruppenrichtlinie oder Geräteverwaltung).</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>Installieren Sie die Zwischenzertifikate der Kette im Speicher „Zwischenzertifizierungsstellen“ des Remotecomputers, damit er die gesamte Kette sendet.</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>Das Zertifikat ist auf einen anderen Namen ausgestellt</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>Der für die Verbindung verwendete Name {host} ist weder der Antragsteller des Zertifikats noch einer seiner alternativen Namen (die Belege listen die enthaltenen Namen auf). Das passiert bei Verbindungen über die IP-Adresse, einen Kurznamen oder einen Alias, weil das selbstsignierte Zertifikat von Windows nur den vollständigen Namen des Computers enthält. Clients warnen, dass die Identität des Servers nicht überprüft werden kann; es kann auch bedeuten, dass ein anderer Computer geantwortet hat.</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>Verbinden Sie sich mit einem Namen, den das Zertifikat enthält (siehe Belege), meist dem vollständigen Namen des Computers, zum Beispiel pc01.corp.example.com.</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>Um sich ohne Warnungen als {host} zu verbinden, lassen Sie von Ihrer Zertifizierungsstelle ein Zertifikat ausstellen, das {host} als alternativen Antragstellernamen enthält, und wählen Sie es für Remotedesktop aus.</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>Wenn die Namen nichts mit dem gewünschten Computer zu tun haben, brechen Sie ab: Unter dieser Adresse antwortet ein anderes Gerät (falsche Adresse, falsche Portweiterleitung oder ein Abfangversuch).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>Der Schlüssel des Zertifikats ist zu kurz</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) verwendet einen RSA-Schlüssel mit weniger als 2048 Bit oder einen vergleichbar schwachen Schlüssel. Solche Schlüssel lassen sich mit genügend Rechenleistung brechen, und aktuelle TLS-Bibliotheken lehnen sie ab: Ein xrdp-Server mit einem solchen Zertifikat kann keinen TLS-Handshake abschließen. Ersetzen Sie es durch ein Zertifikat mit einem Schlüssel von mindestens 2048 Bit.</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>Das Zertifikat ist mit einem veralteten Algorithmus signiert</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) ist mit SHA-1 oder MD5 signiert. Diese Algorithmen sind geknackt, daher beweist eine solche Signatur nicht mehr, wer das Zertifikat ausgestellt hat, und aktuelle Clients lehnen es möglicherweise ab. Ersetzen Sie es durch ein mit SHA-256 oder stärker signiertes Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>Das Zertifikat ist nicht für die Serverauthentifizierung vorgesehen</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>Das vom Remotecomputer vorgelegte Zertifikat (Fingerabdruck {thumbprint}) führt seine zulässigen Verwendungszwecke auf (erweiterte Schlüsselverwendung), und „Serverauthentifizierung“ ist nicht darunter. Es ist also nicht dafür gedacht, einen Server zu identifizieren. Clients lehnen es möglicherweise ab, und Windows protokolliert Ereignis 1054, wenn ein für Remotedesktop ausgewähltes Zertifikat den falschen Verwendungszweck hat. Meist wurde das falsche Zertifikat ausgewählt oder es wurde mit der falschen Vorlage ausgestellt.</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>Der Server hat die Authentifizierung auf Netzwerkebene abgebrochen</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>Nach dem TLS-Handshake hat der Remotecomputer die Verbindung beendet, statt die Authentifizierung auf Netzwerkebene (CredSSP) mit der NTLM-Nachricht zu beginnen, die rdpdiag sendet; rdpdiag sendet niemals einen Namen oder ein Kennwort. Meist ist NTLM auf dem Server oder in seiner Domäne deaktiviert, sodass nur die Kerberos-Anmeldung funktioniert, oder CredSSP auf dem Server ist defekt. Clients, die Kerberos nicht verwenden können, etwa Macs oder Computer außerhalb der Domäne, schlagen dann mit Fehlercode 0x904 oder einem Authentifizierungsfehler fehl (0x207 in der Mac-App).</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>Prüfen Sie, ob eingehender NTLM-Datenverkehr auf dem Remotecomputer verweigert wird: RestrictReceivingNTLMTraffic 0x2 bedeutet „Alle Konten verweigern“ (deny all).</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>Lesen Sie die NTLM-Ereignisse des Remotecomputers (blockierte oder überwachte NTLM-Anmeldungen erscheinen hier, wenn die NTLM-Überwachung aktiviert ist).</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>Wenn NTLM absichtlich deaktiviert ist, verbinden Sie sich mit Kerberos: Verwenden Sie den vollständigen DNS-Namen des Computers (keine IP-Adresse), melden Sie sich als Benutzer@Domäne an, und stellen Sie sicher, dass dieser Computer einen Domänencontroller erreichen kann (auf einem Mac: eine Kerberos-Konfiguration für die Domäne).</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>Ein Computer, der keiner Domäne angehört, benötigt NTLM, um seine lokalen Konten zu prüfen: Verweigern Sie dort kein eingehendes NTLM.</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>CredSSP des Servers ist älter als die Sicherheitskorrektur von 2018</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>Der Remotecomputer verwendet eine Version von CredSSP, dem Protokoll hinter der Authentifizierung auf Netzwerkebene, die älter ist als die Korrektur für CVE-2018-0886 vom Mai 2018 (die Sicherheitslücke „Encryption Oracle“). Aktualisierte Clients mit der Standardrichtlinie (AllowEncryptionOracle = Abgeschwächt) verweigern die Verbindung zu einem solchen Server und zeigen &apos;An authentication error has occurred&apos; (deutsch „Es ist ein Authentifizierungsfehler aufgetreten“) mit einem Hinweis auf die CredSSP-Richtlinie „Oracle-Wiederherstellung der Verschlüsselung“ (Encryption Oracle Remediation) an. Die Lösung ist, den Server zu aktualisieren; eine Änderung der Clientrichtlinie ist nur eine vorübergehende Notlösung.</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>Installieren Sie die aktuellen Windows-Updates auf dem Remotecomputer (jedes kumulative Update seit Mai 2018 enthält die Korrektur), und starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>Zeigen Sie die zuletzt installierten Updates des Remotecomputers an.</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>Halten Sie auch diesen Computer auf dem neuesten Stand: Beide Seiten benötigen die Korrektur.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>Prüfen Sie die Richtlinie dieses Computers: AllowEncryptionOracle 0 = Aktualisierte Clients erzwingen, 1 = Abgeschwächt, 2 = Anfällig; kein Wert bedeutet die Standardeinstellung „Abgeschwächt“.</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>Nur als vorübergehende Notlösung, bis der Server aktualisiert ist, und nur in einem vertrauenswürdigen Netzwerk: Lassen Sie Verbindungen zu nicht gepatchten Servern zu (als Administrator). Damit ist die Sicherheitslücke auf diesem Computer wieder offen; entfernen Sie die Einstellung mit dem nächsten Schritt wieder.</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>Entfernen Sie die Notlösung, sobald der Server aktualisiert ist.</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>Die Uhr des Servers weicht um mehr als 5 Minuten von der dieses Computers ab</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>Die Uhrzeit, die der Remotecomputer während der Authentifizierung auf Netzwerkebene gemeldet hat, weicht um mehr als 5 Minuten von der Uhr dieses Computers ab (die Belege enthalten die genaue Differenz). Kerberos, das bei Domänenanmeldungen verwendet wird, toleriert höchstens 5 Minuten. Die Anmeldung kann daher mit einem Authentifizierungsfehler scheitern, und Zertifikate können abgelaufen oder noch nicht gültig erscheinen. Die Uhren werden in koordinierter Weltzeit (UTC) verglichen, daher zählt auch eine falsche Zeitzone, selbst wenn die angezeigte Uhrzeit richtig aussieht.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>Vergleichen Sie die Uhr dieses Computers direkt mit der des Remotecomputers (funktioniert, wenn dieser Zeitanfragen beantwortet, wie es Domänencontroller tun).</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>Prüfen Sie die Zeitzoneneinstellung beider Computer: Die angezeigte Uhrzeit kann richtig aussehen, während die Zeitzone und damit die tatsächliche Zeit falsch ist.</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>Wenn die Adresse eine IPv6-Adresse ist (sie enthält Doppelpunkte) und dieses Netzwerk kein IPv6 bietet, verbinden Sie sich stattdessen mit der IPv4-Adresse des Computers.</translation>
    </message>
    <message>
        <source>This computer has no route to the remote computer</source>
        <translation>Dieser Computer hat keine Route zum Remotecomputer</translation>
    </message>
    <message>
        <source>This computer does not know where to send packets for {address}: it has no network route that leads there. Usually the network connection is down, the computer is on the wrong network, or the address belongs to a company network that is reachable only while the VPN is connected. The problem is on this computer&apos;s side, not on the remote computer.</source>
        <translation>Dieser Computer weiß nicht, wohin er Pakete für {address} senden soll: Er hat keine Netzwerkroute, die dorthin führt. Meist ist die Netzwerkverbindung getrennt, der Computer befindet sich im falschen Netzwerk, oder die Adresse gehört zu einem Firmennetzwerk, das nur bei verbundenem VPN erreichbar ist. Das Problem liegt auf der Seite dieses Computers, nicht beim Remotecomputer.</translation>
    </message>
    <message>
        <source>Show the routing table (Windows).</source>
        <translation>Zeigen Sie die Routingtabelle an (Windows).</translation>
    </message>
    <message>
        <source>The same check on Linux.</source>
        <translation>Dieselbe Prüfung unter Linux.</translation>
    </message>
    <message>
        <source>The same check on macOS.</source>
        <translation>Dieselbe Prüfung unter macOS.</translation>
    </message>
    <message>
        <source>This computer cannot open network connections anywhere</source>
        <translation>Dieser Computer kann nirgendwohin Netzwerkverbindungen herstellen</translation>
    </message>
    <message>
        <source>Not only the remote computer failed: every other test connection from this computer failed too (the evidence lists them), so the fault starts here and not on the server. Common causes are a broken network adapter or driver, a damaged network stack after an update, security or VPN software that filters all traffic, or no working network connection at all. Fix this computer first; checking the server makes sense only afterwards.</source>
        <translation>Nicht nur der Remotecomputer ist fehlgeschlagen: Auch alle anderen Testverbindungen von diesem Computer aus sind fehlgeschlagen (die Belege führen sie auf). Der Fehler beginnt also hier und nicht auf dem Server. Häufige Ursachen sind ein defekter Netzwerkadapter oder Treiber, ein nach einem Update beschädigter Netzwerkstack, Sicherheits- oder VPN-Software, die den gesamten Datenverkehr filtert, oder überhaupt keine funktionierende Netzwerkverbindung. Beheben Sie zuerst das Problem auf diesem Computer; eine Prüfung des Servers ist erst danach sinnvoll.</translation>
    </message>
    <message>
        <source>Check that this computer is connected (cable, Wi-Fi) and that a web page opens.</source>
        <translation>Prüfen Sie, ob dieser Computer verbunden ist (Kabel, WLAN) und ob sich eine Webseite öffnen lässt.</translation>
    </message>
    <message>
        <source>Windows: test a well-known web server; &apos;TcpTestSucceeded : False&apos; confirms that nothing gets through.</source>
        <translation>Windows: Testen Sie einen bekannten Webserver. &apos;TcpTestSucceeded : False&apos; bestätigt, dass nichts durchkommt.</translation>
    </message>
    <message>
        <source>Windows: reset the Winsock catalogue (as administrator), then restart the computer.</source>
        <translation>Windows: Setzen Sie den Winsock-Katalog zurück (als Administrator), und starten Sie den Computer anschließend neu.</translation>
    </message>
    <message>
        <source>Windows: reset the TCP/IP settings (as administrator), then restart the computer.</source>
        <translation>Windows: Setzen Sie die TCP/IP-Einstellungen zurück (als Administrator), und starten Sie den Computer anschließend neu.</translation>
    </message>
    <message>
        <source>Windows: renew the address from the network.</source>
        <translation>Windows: Beziehen Sie die Adresse neu aus dem Netzwerk.</translation>
    </message>
    <message>
        <source>Update or reinstall the network adapter&apos;s driver (Device Manager &gt; Network adapters), and switch off VPN or security software for a test.</source>
        <translation>Aktualisieren Sie den Treiber des Netzwerkadapters, oder installieren Sie ihn neu (Geräte-Manager &gt; Netzwerkadapter), und deaktivieren Sie testweise VPN- oder Sicherheitssoftware.</translation>
    </message>
    <message>
        <source>Linux: show the addresses and routes, then restart the network service.</source>
        <translation>Linux: Zeigen Sie die Adressen und Routen an, und starten Sie anschließend den Netzwerkdienst neu.</translation>
    </message>
    <message>
        <source>The connection goes through a VPN or tunnel adapter</source>
        <translation>Die Verbindung läuft über einen VPN- oder Tunneladapter</translation>
    </message>
    <message>
        <source>The route from this computer to {address} leaves through a VPN or tunnel adapter (named in the evidence). That is normal when the remote computer is in a company network, but it adds a hop that can drop or shrink packets. If the connection stalls while it is being secured, suspect the VPN&apos;s packet size (MTU) first.</source>
        <translation>Die Route von diesem Computer zu {address} führt über einen VPN- oder Tunneladapter (in den Belegen genannt). Das ist normal, wenn sich der Remotecomputer in einem Firmennetzwerk befindet, fügt aber eine Zwischenstation hinzu, die Pakete verwerfen oder verkleinern kann. Wenn die Verbindung beim Sichern ins Stocken gerät, prüfen Sie zuerst die Paketgröße (MTU) des VPN.</translation>
    </message>
    <message>
        <source>Windows: list the adapters with their packet size (NlMtu) and priority.</source>
        <translation>Windows: Listen Sie die Adapter mit ihrer Paketgröße (NlMtu) und Priorität auf.</translation>
    </message>
    <message>
        <source>Linux: show the route to the server.</source>
        <translation>Linux: Zeigen Sie die Route zum Server an.</translation>
    </message>
    <message>
        <source>If Remote Desktop should not use the VPN, ask the VPN&apos;s administrator about split tunnelling.</source>
        <translation>Wenn Remotedesktop das VPN nicht verwenden soll, fragen Sie den Administrator des VPN nach Split Tunneling.</translation>
    </message>
    <message>
        <source>The path to the remote computer only carries small packets</source>
        <translation>Der Weg zum Remotecomputer überträgt nur kleine Pakete</translation>
    </message>
    <message>
        <source>Linux: show the adapters&apos; MTU.</source>
        <translation>Linux: Zeigen Sie die MTU der Adapter an.</translation>
    </message>
    <message>
        <source>Lower the VPN adapter&apos;s MTU (for example to 1350) in the VPN client, or have the VPN gateway clamp the TCP segment size (MSS clamping); then try again.</source>
        <translation>Verringern Sie die MTU des VPN-Adapters im VPN-Client (zum Beispiel auf 1350), oder lassen Sie das VPN-Gateway die TCP-Segmentgröße begrenzen (MSS-Clamping). Versuchen Sie es anschließend erneut.</translation>
    </message>
    <message>
        <source>The name points to a private address this computer cannot reach</source>
        <translation>Der Name verweist auf eine private Adresse, die dieser Computer nicht erreichen kann</translation>
    </message>
    <message>
        <source>The name {host} resolves to {address}, an address of a private network, but this computer is not in that network and has no VPN route to it: the packets go out to the internet, where private addresses lead nowhere. Usually the VPN is not connected, or a DNS server gave the internal answer to a computer outside the company network.</source>
        <translation>Der Name {host} wird in {address} aufgelöst, eine Adresse eines privaten Netzwerks. Dieser Computer befindet sich aber nicht in diesem Netzwerk und hat keine VPN-Route dorthin: Die Pakete gehen ins Internet, wo private Adressen ins Leere führen. Meist ist das VPN nicht verbunden, oder ein DNS-Server hat einem Computer außerhalb des Firmennetzwerks die interne Antwort gegeben.</translation>
    </message>
    <message>
        <source>Connect the company VPN, then try again.</source>
        <translation>Stellen Sie die Verbindung mit dem Firmen-VPN her, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Windows: see which addresses the name resolves to and which DNS server answered.</source>
        <translation>Windows: Zeigen Sie an, in welche Adressen der Name aufgelöst wird und welcher DNS-Server geantwortet hat.</translation>
    </message>
    <message>
        <source>From outside the company network use the public name or the Remote Desktop Gateway your IT department provides.</source>
        <translation>Verwenden Sie von außerhalb des Firmennetzwerks den öffentlichen Namen oder das Remotedesktopgateway, das Ihre IT-Abteilung bereitstellt.</translation>
    </message>
    <message>
        <source>A web proxy is configured on this computer</source>
        <translation>Auf diesem Computer ist ein Webproxy konfiguriert</translation>
    </message>
    <message>
        <source>This computer is set up to use a web proxy (the evidence shows it). Direct Remote Desktop connections do not use it, but the HTTPS connection to a Remote Desktop Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break it.</source>
        <translation>Dieser Computer ist für die Verwendung eines Webproxys eingerichtet (die Belege zeigen ihn). Direkte Remotedesktopverbindungen verwenden ihn nicht, die HTTPS-Verbindung zu einem Remotedesktopgateway aber möglicherweise schon. Ein Proxy, der HTTPS untersucht oder eine eigene Anmeldung verlangt, kann diese Verbindung stören.</translation>
    </message>
    <message>
        <source>Windows: show the system proxy.</source>
        <translation>Windows: Zeigen Sie den Systemproxy an.</translation>
    </message>
    <message>
        <source>Linux or macOS: show the proxy variables.</source>
        <translation>Linux oder macOS: Zeigen Sie die Proxyvariablen an.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator to exempt the gateway&apos;s name from HTTPS inspection.</source>
        <translation>Bitten Sie den Administrator des Proxys, den Namen des Gateways von der HTTPS-Untersuchung auszunehmen.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block the connection</source>
        <translation>Eine Regel der Firewall dieses Computers blockiert möglicherweise die Verbindung</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s own firewall drops or rejects outgoing connections to port {port}, but only under a condition the tool could not check (a network adapter, an address list, a firewall profile). The evidence shows the rule and the condition. If the connection fails, check this rule first.</source>
        <translation>Eine Regel der Firewall dieses Computers verwirft oder blockiert ausgehende Verbindungen an Port {port}, allerdings nur unter einer Bedingung, die das Tool nicht prüfen konnte (ein Netzwerkadapter, eine Adressliste, ein Firewallprofil). Die Belege zeigen die Regel und die Bedingung. Wenn die Verbindung fehlschlägt, prüfen Sie zuerst diese Regel.</translation>
    </message>
    <message>
        <source>Windows: list the enabled rules that block outgoing connections.</source>
        <translation>Windows: Listen Sie die aktivierten Regeln auf, die ausgehende Verbindungen blockieren.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the numbered rules.</source>
        <translation>Linux mit ufw: Zeigen Sie die nummerierten Regeln an.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation, ask the IT department whether it applies here. Do not switch the firewall off.</source>
        <translation>Wenn die Regel von Ihrer Organisation stammt, fragen Sie die IT-Abteilung, ob sie hier gilt. Schalten Sie die Firewall nicht aus.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be checked</source>
        <translation>Die Firewall dieses Computers konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The firewall rules of this computer could not be read, usually because reading them needs administrator rights. So a local rule blocking port {port} is neither confirmed nor ruled out.</source>
        <translation>Die Firewallregeln dieses Computers konnten nicht gelesen werden, meist weil dafür Administratorrechte erforderlich sind. Eine lokale Regel, die Port {port} blockiert, ist daher weder bestätigt noch ausgeschlossen.</translation>
    </message>
    <message>
        <source>Linux or macOS: run the check again with administrator rights.</source>
        <translation>Linux oder macOS: Führen Sie die Prüfung erneut mit Administratorrechten aus.</translation>
    </message>
    <message>
        <source>Windows: run rdpdiag from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: Führen Sie rdpdiag an einer Eingabeaufforderung aus, die mit „Als Administrator ausführen“ geöffnet wurde.</translation>
    </message>
    <message>
        <source>Linux: read the rules yourself.</source>
        <translation>Linux: Lesen Sie die Regeln selbst aus.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway {host}</source>
        <translation>Der Client verbindet sich über das Remotedesktopgateway {host}</translation>
    </message>
    <message>
        <source>The .rdp file tells the client to connect through the Remote Desktop Gateway {host} (HTTPS, port {port}); the gateway then connects to the remote computer. So the client&apos;s path is this computer to the gateway, and the gateway to the remote computer; a direct test of the remote computer from here checks a path the client may not use. The evidence says which path the client takes and what the gateway answered.</source>
        <translation>Die .rdp-Datei weist den Client an, sich über das Remotedesktopgateway {host} zu verbinden (HTTPS, Port {port}); das Gateway verbindet sich dann mit dem Remotecomputer. Der Weg des Clients führt also von diesem Computer zum Gateway und vom Gateway zum Remotecomputer. Ein direkter Test des Remotecomputers von hier aus prüft einen Weg, den der Client möglicherweise gar nicht verwendet. Die Belege zeigen, welchen Weg der Client nimmt und was das Gateway geantwortet hat.</translation>
    </message>
    <message>
        <source>Test the gateway&apos;s HTTPS port from this computer (Windows).</source>
        <translation>Testen Sie den HTTPS-Port des Gateways von diesem Computer aus (Windows).</translation>
    </message>
    <message>
        <source>To check the path between the gateway and the remote computer, run rdpdiag on the gateway itself or on a computer in the same network, and read the gateway&apos;s event log.</source>
        <translation>Um den Weg zwischen Gateway und Remotecomputer zu prüfen, führen Sie rdpdiag auf dem Gateway selbst oder auf einem Computer im selben Netzwerk aus, und lesen Sie das Ereignisprotokoll des Gateways.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway {host} cannot be reached</source>
        <translation>Das Remotedesktopgateway {host} ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The client must connect through the Remote Desktop Gateway {host}, but this computer could not open a connection to it on port {port} (the evidence shows the name lookup and each attempt). As long as the gateway cannot be reached, no Remote Desktop connection through it can work, whatever the state of the remote computer behind it.</source>
        <translation>Der Client muss sich über das Remotedesktopgateway {host} verbinden, aber dieser Computer konnte keine Verbindung an Port {port} zum Gateway herstellen (die Belege zeigen die Namensauflösung und jeden Versuch). Solange das Gateway nicht erreichbar ist, kann keine Remotedesktopverbindung darüber funktionieren, ganz gleich, in welchem Zustand sich der Remotecomputer dahinter befindet.</translation>
    </message>
    <message>
        <source>Test the gateway from this computer (Windows).</source>
        <translation>Testen Sie das Gateway von diesem Computer aus (Windows).</translation>
    </message>
    <message>
        <source>Check the gateway name in the .rdp file (the line gatewayhostname:s:) against the name your IT department gave you.</source>
        <translation>Vergleichen Sie den Gatewaynamen in der .rdp-Datei (die Zeile gatewayhostname:s:) mit dem Namen, den Ihnen Ihre IT-Abteilung genannt hat.</translation>
    </message>
    <message>
        <source>On the gateway, check that the Remote Desktop Gateway service runs.</source>
        <translation>Prüfen Sie auf dem Gateway, ob der Remotedesktopgateway-Dienst ausgeführt wird.</translation>
    </message>
    <message>
        <source>On the gateway, check that something listens on port {port}.</source>
        <translation>Prüfen Sie auf dem Gateway, ob etwas an Port {port} lauscht.</translation>
    </message>
    <message>
        <source>The secure connection to the Remote Desktop Gateway failed</source>
        <translation>Die sichere Verbindung zum Remotedesktopgateway ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS handshake did not complete (the evidence shows how it ended). The usual causes are a gateway certificate without a usable private key, TLS versions switched off on the gateway, or a proxy or security device that interferes with HTTPS.</source>
        <translation>Dieser Computer hat das Remotedesktopgateway {host} an Port {port} erreicht, aber der TLS-Handshake wurde nicht abgeschlossen (die Belege zeigen, wie er endete). Übliche Ursachen sind ein Gatewayzertifikat ohne verwendbaren privaten Schlüssel, auf dem Gateway deaktivierte TLS-Versionen oder ein Proxy oder Sicherheitsgerät, das HTTPS stört.</translation>
    </message>
    <message>
        <source>On the gateway, show which certificate HTTPS uses (Certificate Hash).</source>
        <translation>Zeigen Sie auf dem Gateway an, welches Zertifikat HTTPS verwendet (Certificate Hash).</translation>
    </message>
    <message>
        <source>In RD Gateway Manager (Properties &gt; SSL Certificate), import the certificate again together with its private key.</source>
        <translation>Importieren Sie das Zertifikat im Remotedesktopgateway-Manager (Eigenschaften &gt; SSL-Zertifikat) erneut zusammen mit seinem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>On the gateway, read its recent events.</source>
        <translation>Lesen Sie auf dem Gateway dessen aktuelle Ereignisse.</translation>
    </message>
    <message>
        <source>Try the handshake from macOS or Linux to see the error.</source>
        <translation>Versuchen Sie den Handshake unter macOS oder Linux, um den Fehler zu sehen.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Remotedesktopgateways ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop Gateway {host} presents is no longer valid (the evidence has its dates). Unlike a remote computer&apos;s certificate, a gateway certificate cannot be accepted anyway: Remote Desktop clients refuse to connect through the gateway until it is renewed.</source>
        <translation>Das Zertifikat, das das Remotedesktopgateway {host} vorlegt, ist nicht mehr gültig (die Belege enthalten seine Gültigkeitsdaten). Anders als das Zertifikat eines Remotecomputers lässt sich ein Gatewayzertifikat nicht trotzdem akzeptieren: Remotedesktopclients verweigern die Verbindung über das Gateway, bis es erneuert wurde.</translation>
    </message>
    <message>
        <source>On the gateway, list the computer&apos;s certificates with their end dates.</source>
        <translation>Listen Sie auf dem Gateway die Zertifikate des Computers mit ihrem Ablaufdatum auf.</translation>
    </message>
    <message>
        <source>Have a new certificate issued for the gateway&apos;s name, then select it in RD Gateway Manager (Properties &gt; SSL Certificate).</source>
        <translation>Lassen Sie ein neues Zertifikat für den Namen des Gateways ausstellen, und wählen Sie es anschließend im Remotedesktopgateway-Manager aus (Eigenschaften &gt; SSL-Zertifikat).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: a wrong date makes a valid certificate look expired.</source>
        <translation>Prüfen Sie die Uhr dieses Computers: Ein falsches Datum lässt ein gültiges Zertifikat abgelaufen erscheinen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate does not carry the gateway&apos;s name</source>
        <translation>Das Zertifikat des Gateways enthält nicht den Namen des Gateways</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway is not made out to {host}, the name in the .rdp file (the evidence lists the names it does carry). Remote Desktop clients refuse such a gateway without offering to continue.</source>
        <translation>Das Zertifikat des Remotedesktopgateways ist nicht auf {host} ausgestellt, den Namen in der .rdp-Datei (die Belege führen die Namen auf, die es enthält). Remotedesktopclients lehnen ein solches Gateway ab, ohne das Fortfahren anzubieten.</translation>
    </message>
    <message>
        <source>Show the names in the gateway&apos;s certificate (macOS or Linux).</source>
        <translation>Zeigen Sie die Namen im Zertifikat des Gateways an (macOS oder Linux).</translation>
    </message>
    <message>
        <source>Change gatewayhostname in the .rdp file to a name the certificate carries, if that name leads to the same gateway.</source>
        <translation>Ändern Sie gatewayhostname in der .rdp-Datei in einen Namen, den das Zertifikat enthält, sofern dieser Name zum selben Gateway führt.</translation>
    </message>
    <message>
        <source>Otherwise have a certificate issued that includes the name clients use, and select it in RD Gateway Manager.</source>
        <translation>Lassen Sie andernfalls ein Zertifikat ausstellen, das den von den Clients verwendeten Namen enthält, und wählen Sie es im Remotedesktopgateway-Manager aus.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted here</source>
        <translation>Das Zertifikat des Gateways ist hier nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway {host} does not lead to a certificate authority this computer trusts (the evidence lists the verification errors). Remote Desktop clients refuse untrusted gateway certificates, so unless the client computer trusts the issuing authority, connections through this gateway fail.</source>
        <translation>Das Zertifikat des Remotedesktopgateways {host} führt zu keiner Zertifizierungsstelle, der dieser Computer vertraut (die Belege führen die Überprüfungsfehler auf). Remotedesktopclients lehnen nicht vertrauenswürdige Gatewayzertifikate ab. Solange der Clientcomputer der ausstellenden Zertifizierungsstelle nicht vertraut, schlagen Verbindungen über dieses Gateway daher fehl.</translation>
    </message>
    <message>
        <source>Show the certificate chain the gateway sends (macOS or Linux).</source>
        <translation>Zeigen Sie die Zertifikatkette an, die das Gateway sendet (macOS oder Linux).</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, install its root certificate on this computer (Windows, as administrator; replace the file name).</source>
        <translation>Wenn Ihre Organisation eine eigene Zertifizierungsstelle betreibt, installieren Sie deren Stammzertifikat auf diesem Computer (Windows, als Administrator; ersetzen Sie den Dateinamen).</translation>
    </message>
    <message>
        <source>For users outside the organisation, give the gateway a certificate from a public certificate authority.</source>
        <translation>Statten Sie das Gateway für Benutzer außerhalb der Organisation mit einem Zertifikat einer öffentlichen Zertifizierungsstelle aus.</translation>
    </message>
    <message>
        <source>The gateway address answers, but not as a Remote Desktop Gateway</source>
        <translation>Die Gatewayadresse antwortet, aber nicht als Remotedesktopgateway</translation>
    </message>
    <message>
        <source>The server at {host} port {port} answered the request a Remote Desktop Gateway handles with &apos;not found&apos;, so it is a web server without the gateway service. The gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy does not forward the gateway&apos;s path /remoteDesktopGateway/.</source>
        <translation>Der Server unter {host}, Port {port}, hat die Anfrage, die ein Remotedesktopgateway verarbeitet, mit &apos;not found&apos; (nicht gefunden) beantwortet. Er ist also ein Webserver ohne den Gatewaydienst. Möglicherweise ist der Gatewayname in der .rdp-Datei falsch, oder ein Load Balancer oder Reverse Proxy leitet den Pfad /remoteDesktopGateway/ des Gateways nicht weiter.</translation>
    </message>
    <message>
        <source>Check the line gatewayhostname:s: of the .rdp file with your IT department.</source>
        <translation>Klären Sie die Zeile gatewayhostname:s: der .rdp-Datei mit Ihrer IT-Abteilung.</translation>
    </message>
    <message>
        <source>On the gateway, check that the web site carries the gateway&apos;s applications.</source>
        <translation>Prüfen Sie auf dem Gateway, ob die Website die Anwendungen des Gateways enthält.</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy is in front, it must pass the methods RDG_OUT_DATA and RDG_IN_DATA and the path /remoteDesktopGateway/ to the gateway.</source>
        <translation>Wenn ein Load Balancer oder Reverse Proxy vorgeschaltet ist, muss er die Methoden RDG_OUT_DATA und RDG_IN_DATA und den Pfad /remoteDesktopGateway/ an das Gateway weiterleiten.</translation>
    </message>
    <message>
        <source>No Remote Desktop server was found on this computer</source>
        <translation>Auf diesem Computer wurde kein Remotedesktopserver gefunden</translation>
    </message>
    <message>
        <source>Neither Windows Remote Desktop Services nor xrdp was found on this computer, so nothing here can accept Remote Desktop connections. Install or switch on a Remote Desktop server first, or run this check on the computer you connect to.</source>
        <translation>Auf diesem Computer wurden weder die Windows-Remotedesktopdienste noch xrdp gefunden, daher kann hier nichts Remotedesktopverbindungen annehmen. Installieren oder aktivieren Sie zuerst einen Remotedesktopserver, oder führen Sie diese Prüfung auf dem Computer aus, mit dem Sie sich verbinden.</translation>
    </message>
    <message>
        <source>Windows (Pro, Enterprise or Server): allow Remote Desktop connections (as administrator).</source>
        <translation>Windows (Pro, Enterprise oder Server): Lassen Sie Remotedesktopverbindungen zu (als Administrator).</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: install xrdp.</source>
        <translation>Debian oder Ubuntu: Installieren Sie xrdp.</translation>
    </message>
    <message>
        <source>Then start xrdp and have it start at boot.</source>
        <translation>Starten Sie xrdp anschließend, und sorgen Sie dafür, dass es beim Systemstart automatisch startet.</translation>
    </message>
    <message>
        <source>The Remote Desktop service is not running</source>
        <translation>Der Remotedesktopdienst wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>The Remote Desktop service of this computer (named in the evidence) is not running, so connections to port {port} are refused. Clients report this as error code 0x204. Start the service and look at why it stopped.</source>
        <translation>Der Remotedesktopdienst dieses Computers (in den Belegen genannt) wird nicht ausgeführt, daher werden Verbindungen an Port {port} abgelehnt. Clients melden dies als Fehlercode 0x204. Starten Sie den Dienst, und untersuchen Sie, warum er beendet wurde.</translation>
    </message>
    <message>
        <source>Windows: start Remote Desktop Services (as administrator).</source>
        <translation>Windows: Starten Sie die Remotedesktopdienste (als Administrator).</translation>
    </message>
    <message>
        <source>Linux: read why xrdp stopped or did not start.</source>
        <translation>Linux: Lesen Sie nach, warum xrdp beendet wurde oder nicht gestartet ist.</translation>
    </message>
    <message>
        <source>A helper service of Remote Desktop is not running</source>
        <translation>Ein Hilfsdienst von Remotedesktop wird nicht ausgeführt</translation>
    </message>
    <message>
        <source>A service that Remote Desktop needs besides the main one is stopped (named in the evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then fail after the sign-in, or certificates are not renewed.</source>
        <translation>Ein Dienst, den Remotedesktop neben dem Hauptdienst benötigt, ist beendet (in den Belegen genannt): unter Windows die Remotedesktopkonfiguration (SessionEnv) oder die Remotedesktopdienste-Anschlussumleitung für den Benutzermodus (UmRdpService), unter Linux der xrdp-Sitzungsmanager. Verbindungen können dann nach der Anmeldung fehlschlagen, oder Zertifikate werden nicht erneuert.</translation>
    </message>
    <message>
        <source>Windows: start the helper services.</source>
        <translation>Windows: Starten Sie die Hilfsdienste.</translation>
    </message>
    <message>
        <source>Linux: start the xrdp session manager.</source>
        <translation>Linux: Starten Sie den xrdp-Sitzungsmanager.</translation>
    </message>
    <message>
        <source>The Remote Desktop service does not listen on its port</source>
        <translation>Der Remotedesktopdienst lauscht nicht an seinem Port</translation>
    </message>
    <message>
        <source>The Remote Desktop service runs, but no socket of it listens on the port it is configured for (the evidence shows what listens where). Often another program took the port first, or the service could not bind to the address in its settings. Clients get &apos;connection refused&apos; (error code 0x204).</source>
        <translation>Der Remotedesktopdienst läuft, aber keiner seiner Sockets lauscht an dem Port, für den er konfiguriert ist (die Belege zeigen, was wo lauscht). Oft hat ein anderes Programm den Port zuerst belegt, oder der Dienst konnte sich nicht an die Adresse in seinen Einstellungen binden. Clients erhalten „Verbindung abgelehnt“ (Fehlercode 0x204).</translation>
    </message>
    <message>
        <source>Remote Desktop listens on another port than clients use</source>
        <translation>Remotedesktop lauscht an einem anderen Port als dem, den die Clients verwenden</translation>
    </message>
    <message>
        <source>Clients connect to port {port}, but the Remote Desktop service of this computer listens on another port (shown in the evidence). Either tell the clients the port (host name followed by a colon and the port), or set the service back to port {port}.</source>
        <translation>Clients verbinden sich mit Port {port}, aber der Remotedesktopdienst dieses Computers lauscht an einem anderen Port (in den Belegen angegeben). Teilen Sie entweder den Clients den Port mit (Hostname, gefolgt von einem Doppelpunkt und dem Port), oder stellen Sie den Dienst wieder auf Port {port} um.</translation>
    </message>
    <message>
        <source>Linux: set xrdp&apos;s first port= line to {port} and restart it.</source>
        <translation>Linux: Setzen Sie die erste Zeile port= von xrdp auf {port}, und starten Sie xrdp neu.</translation>
    </message>
    <message>
        <source>Windows: set the listener&apos;s port (as administrator), then restart Remote Desktop Services and allow the port in the firewall.</source>
        <translation>Windows: Legen Sie den Port des Listeners fest (als Administrator), starten Sie anschließend die Remotedesktopdienste neu, und lassen Sie den Port in der Firewall zu.</translation>
    </message>
    <message>
        <source>Remote Desktop only accepts connections from this computer itself</source>
        <translation>Remotedesktop nimmt nur Verbindungen von diesem Computer selbst an</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), so other computers cannot connect. That is right only when connections arrive through an SSH tunnel or a local proxy.</source>
        <translation>Der Remotedesktopdienst lauscht nur an einer Loopbackadresse (127.0.0.1 oder ::1), daher können sich andere Computer nicht verbinden. Das ist nur richtig, wenn Verbindungen über einen SSH-Tunnel oder einen lokalen Proxy eingehen.</translation>
    </message>
    <message>
        <source>Linux: show xrdp&apos;s listen setting; port=3389 listens on every address, port=tcp://127.0.0.1:3389 only on loopback.</source>
        <translation>Linux: Zeigen Sie die Lauscheinstellung von xrdp an. port=3389 lauscht an allen Adressen, port=tcp://127.0.0.1:3389 nur an der Loopbackadresse.</translation>
    </message>
    <message>
        <source>Windows: the listener&apos;s adapter setting should be 0 (all adapters).</source>
        <translation>Windows: Die Adaptereinstellung des Listeners sollte 0 sein (alle Adapter).</translation>
    </message>
    <message>
        <source>Remote Desktop connections are switched off</source>
        <translation>Remotedesktopverbindungen sind deaktiviert</translation>
    </message>
    <message>
        <source>The setting fDenyTSConnections is 1 on this computer (the evidence says whether a Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group Policy value wins over the local one and must be changed in the policy.</source>
        <translation>Die Einstellung fDenyTSConnections ist auf diesem Computer 1 (die Belege zeigen, ob eine Gruppenrichtlinie sie festlegt), daher lehnt Windows jede Remotedesktopverbindung ab. Ein Gruppenrichtlinienwert hat Vorrang vor dem lokalen Wert und muss in der Richtlinie geändert werden.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy denies the connections; if this value exists, change the policy &apos;Allow users to connect remotely by using Remote Desktop Services&apos;.</source>
        <translation>Prüfen Sie, ob eine Gruppenrichtlinie die Verbindungen verweigert. Wenn dieser Wert vorhanden ist, ändern Sie die Richtlinie „Benutzern die Remoteverbindung mithilfe der Remotedesktopdienste erlauben“.</translation>
    </message>
    <message>
        <source>The server is set to Standard RDP Security only</source>
        <translation>Der Server ist nur auf Standard-RDP-Sicherheit eingestellt</translation>
    </message>
    <message>
        <source>This computer&apos;s Remote Desktop service is configured for the old Standard RDP Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. Current clients that require TLS or Network Level Authentication refuse it, often with error code 0x904, and the connection is open to interception.</source>
        <translation>Der Remotedesktopdienst dieses Computers ist nur für die alte Standard-RDP-Sicherheit konfiguriert (xrdp security_layer=rdp oder Windows SecurityLayer 0), ohne TLS. Aktuelle Clients, die TLS oder die Authentifizierung auf Netzwerkebene voraussetzen, lehnen dies ab, oft mit Fehlercode 0x904, und die Verbindung ist anfällig für Abhörangriffe.</translation>
    </message>
    <message>
        <source>Network Level Authentication is not required</source>
        <translation>Die Authentifizierung auf Netzwerkebene ist nicht erforderlich</translation>
    </message>
    <message>
        <source>UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen to anyone who connects, before checking who they are. That exposes the computer to password guessing and denial of service.</source>
        <translation>UserAuthentication ist auf diesem Computer 0, daher zeigt Remotedesktop jedem, der sich verbindet, seinen Anmeldebildschirm, bevor geprüft wird, wer es ist. Das macht den Computer anfällig für das Erraten von Kennwörtern und für Denial-of-Service-Angriffe.</translation>
    </message>
    <message>
        <source>The listener&apos;s security layer and encryption level do not fit</source>
        <translation>Sicherheitsebene und Verschlüsselungsstufe des Listeners passen nicht zusammen</translation>
    </message>
    <message>
        <source>SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a combination Windows does not support. Windows then changes the settings by itself (event 1050), and connections may fail until the values agree.</source>
        <translation>SecurityLayer 2 (TLS erforderlich) ist zusammen mit MinEncryptionLevel 1 (niedrig) festgelegt, einer Kombination, die Windows nicht unterstützt. Windows ändert die Einstellungen dann selbstständig (Ereignis 1050), und Verbindungen können fehlschlagen, bis die Werte zusammenpassen.</translation>
    </message>
    <message>
        <source>Set the encryption level to client compatible (2), as administrator, then restart Remote Desktop Services.</source>
        <translation>Setzen Sie die Verschlüsselungsstufe auf „Clientkompatibel“ (2), als Administrator, und starten Sie anschließend die Remotedesktopdienste neu.</translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 are switched off for the server</source>
        <translation>TLS 1.2 und TLS 1.3 sind für den Server deaktiviert</translation>
    </message>
    <message>
        <source>The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp&apos;s ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients offer nothing older, so every secured connection fails, usually with error code 0x904 and Schannel event 36871 or 36874.</source>
        <translation>Die Serverseite dieses Computers lässt weder TLS 1.2 noch TLS 1.3 zu (ssl_protocols von xrdp oder die in den Belegen gezeigten SCHANNEL-Registrierungsschlüssel). Aktuelle Clients bieten nichts Älteres an, daher schlägt jede gesicherte Verbindung fehl, meist mit Fehlercode 0x904 und dem Schannel-Ereignis 36871 oder 36874.</translation>
    </message>
    <message>
        <source>The server still allows TLS 1.0 or 1.1</source>
        <translation>Der Server lässt noch TLS 1.0 oder 1.1 zu</translation>
    </message>
    <message>
        <source>TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence says where). These versions are outdated and weak; current clients do not need them.</source>
        <translation>TLS 1.0 oder TLS 1.1 ist für die Serverseite dieses Computers aktiviert (die Belege nennen die Stelle). Diese Versionen sind veraltet und schwach; aktuelle Clients benötigen sie nicht.</translation>
    </message>
    <message>
        <source>Windows: switch TLS 1.0 off for the server side (as administrator) once no old client needs it; repeat for TLS 1.1 and restart the computer.</source>
        <translation>Windows: Deaktivieren Sie TLS 1.0 für die Serverseite (als Administrator), sobald kein alter Client es mehr benötigt. Wiederholen Sie dies für TLS 1.1, und starten Sie den Computer neu.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is missing or unreadable</source>
        <translation>Das TLS-Zertifikat des Servers fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service is configured to use cannot be found or read (the evidence names the file or the thumbprint). The service then fails every TLS handshake, which clients report as error code 0x904 (extended code 0x7).</source>
        <translation>Das Zertifikat, für dessen Verwendung der Remotedesktopdienst konfiguriert ist, kann nicht gefunden oder gelesen werden (die Belege nennen die Datei oder den Fingerabdruck). Der Dienst scheitert dann bei jedem TLS-Handshake, was Clients als Fehlercode 0x904 (erweiterter Fehlercode 0x7) melden.</translation>
    </message>
    <message>
        <source>The service cannot read its certificate&apos;s private key</source>
        <translation>Der Dienst kann den privaten Schlüssel seines Zertifikats nicht lesen</translation>
    </message>
    <message>
        <source>The private key of the Remote Desktop certificate is missing or cannot be read by the account the service runs as (the evidence names the file, the account and the error). Without its key the service cannot complete a TLS handshake: this is the classic cause of error code 0x904 with extended code 0x7.</source>
        <translation>Der private Schlüssel des Remotedesktop-Zertifikats fehlt oder kann von dem Konto, unter dem der Dienst läuft, nicht gelesen werden (die Belege nennen die Datei, das Konto und den Fehler). Ohne seinen Schlüssel kann der Dienst keinen TLS-Handshake abschließen: Das ist die klassische Ursache von Fehlercode 0x904 mit erweitertem Fehlercode 0x7.</translation>
    </message>
    <message>
        <source>Linux: show the permissions along the key file&apos;s path.</source>
        <translation>Linux: Zeigen Sie die Berechtigungen entlang des Pfads zur Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat</translation>
    </message>
    <message>
        <source>The key file configured for Remote Desktop is not the key of the configured certificate, typically after only one of the two files was replaced. The TLS handshake then fails for every client (error code 0x904).</source>
        <translation>Die für Remotedesktop konfigurierte Schlüsseldatei enthält nicht den Schlüssel des konfigurierten Zertifikats, typischerweise weil nur eine der beiden Dateien ersetzt wurde. Der TLS-Handshake schlägt dann für jeden Client fehl (Fehlercode 0x904).</translation>
    </message>
    <message>
        <source>Linux: compare the two public keys; the two checksums must be equal (adjust the paths to xrdp.ini&apos;s certificate and key_file).</source>
        <translation>Linux: Vergleichen Sie die beiden öffentlichen Schlüssel; die beiden Prüfsummen müssen gleich sein (passen Sie die Pfade an certificate und key_file aus der xrdp.ini an).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has expired</source>
        <translation>Das TLS-Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service uses is outside its validity dates (the evidence has them). Clients warn about it or, with strict settings, refuse to connect.</source>
        <translation>Das Zertifikat, das der Remotedesktopdienst verwendet, liegt außerhalb seines Gültigkeitszeitraums (die Belege enthalten die Daten). Clients warnen davor oder verweigern bei strengen Einstellungen die Verbindung.</translation>
    </message>
    <message>
        <source>Linux: show the certificate&apos;s dates (adjust the path to xrdp.ini&apos;s certificate).</source>
        <translation>Linux: Zeigen Sie die Gültigkeitsdaten des Zertifikats an (passen Sie den Pfad an certificate aus der xrdp.ini an).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key is too short to be used</source>
        <translation>Der Schlüssel des Serverzertifikats ist zu kurz, um verwendet zu werden</translation>
    </message>
    <message>
        <source>The certificate xrdp is configured with has an RSA key shorter than 2048 bits. xrdp&apos;s TLS library refuses such a key at the first handshake (&apos;ee key too small&apos; in the log), so every secured connection fails although the service runs.</source>
        <translation>Das für xrdp konfigurierte Zertifikat hat einen RSA-Schlüssel mit weniger als 2048 Bit. Die TLS-Bibliothek von xrdp lehnt einen solchen Schlüssel beim ersten Handshake ab (&apos;ee key too small&apos; im Protokoll), daher schlägt jede gesicherte Verbindung fehl, obwohl der Dienst läuft.</translation>
    </message>
    <message>
        <source>Make a new 3072-bit key and certificate in files of xrdp&apos;s own, point certificate= and key_file= in xrdp.ini at them and restart xrdp.</source>
        <translation>Erstellen Sie einen neuen 3072-Bit-Schlüssel und ein neues Zertifikat in eigenen Dateien für xrdp, lassen Sie certificate= und key_file= in der xrdp.ini darauf verweisen, und starten Sie xrdp neu.</translation>
    </message>
    <message>
        <source>The permissions of the MachineKeys folder are broken</source>
        <translation>Die Berechtigungen des Ordners MachineKeys sind beschädigt</translation>
    </message>
    <message>
        <source>The folder where Windows keeps the private keys of the computer&apos;s certificates (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) lacks the permissions Remote Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or create its certificate&apos;s key: TLS handshakes fail with error code 0x904 (extended code 0x7) and the System log shows event 36870 or 1057.</source>
        <translation>Dem Ordner, in dem Windows die privaten Schlüssel der Computerzertifikate speichert (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys), fehlen die Berechtigungen, die Remotedesktop benötigt (die Belege führen die vorhandenen auf). Remotedesktop kann dann den Schlüssel seines Zertifikats weder verwenden noch erstellen: TLS-Handshakes schlagen mit Fehlercode 0x904 (erweiterter Fehlercode 0x7) fehl, und das Systemprotokoll zeigt Ereignis 36870 oder 1057.</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing grace period has ended</source>
        <translation>Der Toleranzzeitraum der Remotedesktoplizenzierung ist abgelaufen</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role, its 120-day licensing grace period is over, and no license server hands out licenses (the evidence shows the days left, the licensing mode and the license servers). Connections are then refused after the security handshake, which clients may show as error code 0x904 or as a licensing message.</source>
        <translation>Auf diesem Computer ist die Rolle „Remotedesktop-Sitzungshost“ installiert, sein 120-tägiger Toleranzzeitraum für die Lizenzierung ist abgelaufen, und kein Lizenzserver gibt Lizenzen aus (die Belege zeigen die verbleibenden Tage, den Lizenzierungsmodus und die Lizenzserver). Verbindungen werden dann nach dem Sicherheitshandshake abgelehnt, was Clients als Fehlercode 0x904 oder als Lizenzierungsmeldung anzeigen können.</translation>
    </message>
    <message>
        <source>Show the days left of the grace period.</source>
        <translation>Zeigen Sie die verbleibenden Tage des Toleranzzeitraums an.</translation>
    </message>
    <message>
        <source>Open the RD Licensing Diagnoser: it names the missing license server or licenses.</source>
        <translation>Öffnen Sie die RD-Lizenzierungsdiagnose: Sie nennt den fehlenden Lizenzserver oder die fehlenden Lizenzen.</translation>
    </message>
    <message>
        <source>Set the licensing mode (Per User or Per Device) and the license server with Group Policy: Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Licensing.</source>
        <translation>Legen Sie den Lizenzierungsmodus („Pro Benutzer“ oder „Pro Gerät“) und den Lizenzserver per Gruppenrichtlinie fest: Computerkonfiguration &gt; Administrative Vorlagen &gt; Windows-Komponenten &gt; Remotedesktopdienste &gt; Remotedesktop-Sitzungshost &gt; Lizenzierung.</translation>
    </message>
    <message>
        <source>If the computer only needs the two administrative connections, remove the Session Host role instead (restarts the computer).</source>
        <translation>Wenn der Computer nur die zwei Verbindungen zur Verwaltung benötigt, entfernen Sie stattdessen die Rolle „Sitzungshost“ (der Computer wird dabei neu gestartet).</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing mode is not configured</source>
        <translation>Der Lizenzierungsmodus für Remotedesktop ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role without a configured licensing mode or license server. It works during the 120-day grace period (the evidence shows the days left) and refuses connections afterwards.</source>
        <translation>Auf diesem Computer ist die Rolle „Remotedesktop-Sitzungshost“ installiert, ohne dass ein Lizenzierungsmodus oder Lizenzserver konfiguriert ist. Er funktioniert während des 120-tägigen Toleranzzeitraums (die Belege zeigen die verbleibenden Tage) und lehnt danach Verbindungen ab.</translation>
    </message>
    <message>
        <source>Show the configured licensing mode.</source>
        <translation>Zeigen Sie den konfigurierten Lizenzierungsmodus an.</translation>
    </message>
    <message>
        <source>Configure the licensing mode and the license server by Group Policy (Remote Desktop Session Host &gt; Licensing).</source>
        <translation>Konfigurieren Sie den Lizenzierungsmodus und den Lizenzserver per Gruppenrichtlinie (Remotedesktop-Sitzungshost &gt; Lizenzierung).</translation>
    </message>
    <message>
        <source>The listener accepts only a few connections</source>
        <translation>Der Listener nimmt nur wenige Verbindungen an</translation>
    </message>
    <message>
        <source>MaxInstanceCount limits the Remote Desktop listener to the number of connections shown in the evidence. Once that many are open, further connections are refused, which clients may report as error code 0x904.</source>
        <translation>MaxInstanceCount begrenzt den Remotedesktop-Listener auf die in den Belegen angegebene Anzahl von Verbindungen. Sobald so viele geöffnet sind, werden weitere Verbindungen abgelehnt, was Clients als Fehlercode 0x904 melden können.</translation>
    </message>
    <message>
        <source>Show the limit and its policy copy.</source>
        <translation>Zeigen Sie das Limit und seine Kopie in der Richtlinie an.</translation>
    </message>
    <message>
        <source>Remove the limit (as administrator); if a Group Policy (&apos;Limit number of connections&apos;) sets it, change the policy instead.</source>
        <translation>Entfernen Sie das Limit (als Administrator). Wenn eine Gruppenrichtlinie („Anzahl der Verbindungen beschränken“) es festlegt, ändern Sie stattdessen die Richtlinie.</translation>
    </message>
    <message>
        <source>List the sessions that are open now.</source>
        <translation>Listen Sie die derzeit geöffneten Sitzungen auf.</translation>
    </message>
    <message>
        <source>Windows could not access the TLS certificate&apos;s private key</source>
        <translation>Windows konnte nicht auf den privaten Schlüssel des TLS-Zertifikats zugreifen</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), shown in the evidence. Remote Desktop cannot use its certificate&apos;s key, usually because of wrong permissions on the MachineKeys folder or a damaged key file. This is the cause behind error code 0x904 with extended code 0x7.</source>
        <translation>Das Systemprotokoll enthält das Schannel-Ereignis 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), in den Belegen gezeigt. Remotedesktop kann den Schlüssel seines Zertifikats nicht verwenden, meist wegen falscher Berechtigungen für den Ordner MachineKeys oder einer beschädigten Schlüsseldatei. Dies ist die Ursache hinter Fehlercode 0x904 mit erweitertem Fehlercode 0x7.</translation>
    </message>
    <message>
        <source>Windows could not create the TLS credential</source>
        <translation>Windows konnte die TLS-Anmeldeinformationen nicht erstellen</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), shown in the evidence. Most often the TLS versions Remote Desktop needs are switched off in the SCHANNEL registry keys, or the certificate&apos;s key is unusable.</source>
        <translation>Das Systemprotokoll enthält das Schannel-Ereignis 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), in den Belegen gezeigt. Meist sind die TLS-Versionen, die Remotedesktop benötigt, in den SCHANNEL-Registrierungsschlüsseln deaktiviert, oder der Schlüssel des Zertifikats ist unbrauchbar.</translation>
    </message>
    <message>
        <source>Windows could not create or renew the Remote Desktop certificate</source>
        <translation>Windows konnte das Remotedesktop-Zertifikat nicht erstellen oder erneuern</translation>
    </message>
    <message>
        <source>The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): the self-signed certificate could not be created or replaced, typically with &apos;Keyset does not exist&apos; or &apos;Access is denied&apos;. The cause is almost always the permissions or contents of the MachineKeys folder.</source>
        <translation>Das Systemprotokoll enthält das Remotedesktop-Ereignis 1057 oder 1058 (in den Belegen gezeigt): Das selbstsignierte Zertifikat konnte nicht erstellt oder ersetzt werden, typischerweise mit &apos;Keyset does not exist&apos; (auf deutschem Windows „Der Schlüsselsatz ist nicht vorhanden“) oder &apos;Access is denied&apos; („Zugriff verweigert“). Die Ursache sind fast immer die Berechtigungen oder der Inhalt des Ordners MachineKeys.</translation>
    </message>
    <message>
        <source>Clients offered no cipher suite this server accepts</source>
        <translation>Clients haben keine Verschlüsselungssammlung angeboten, die dieser Server akzeptiert</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36874 (shown in the evidence): a client asked for TLS, but none of its cipher suites is allowed on this computer. Usually a Group Policy or a hardening script shortened the cipher suite list too much.</source>
        <translation>Das Systemprotokoll enthält das Schannel-Ereignis 36874 (in den Belegen gezeigt): Ein Client hat TLS angefordert, aber keine seiner Verschlüsselungssammlungen ist auf diesem Computer zugelassen. Meist hat eine Gruppenrichtlinie oder ein Härtungsskript die Liste der Verschlüsselungssammlungen zu stark gekürzt.</translation>
    </message>
    <message>
        <source>The server ended TLS handshakes with an alert</source>
        <translation>Der Server hat TLS-Handshakes mit einem Alert beendet</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36888 (shown in the evidence with the alert number): this computer refused TLS handshakes. Alert 40 means no common settings, 70 a TLS version that is switched off.</source>
        <translation>Das Systemprotokoll enthält das Schannel-Ereignis 36888 (in den Belegen mit der Alert-Nummer gezeigt): Dieser Computer hat TLS-Handshakes abgelehnt. Alert 40 bedeutet, dass es keine gemeinsamen Einstellungen gibt, Alert 70 eine deaktivierte TLS-Version.</translation>
    </message>
    <message>
        <source>The xrdp log shows recent errors</source>
        <translation>Das xrdp-Protokoll zeigt aktuelle Fehler</translation>
    </message>
    <message>
        <source>xrdp&apos;s log has error lines from the last days (the evidence quotes them). Errors about the certificate, the key file or TLS explain failing connections directly; others help when nothing else was found.</source>
        <translation>Das Protokoll von xrdp enthält Fehlerzeilen aus den letzten Tagen (die Belege zitieren sie). Fehler zum Zertifikat, zur Schlüsseldatei oder zu TLS erklären fehlschlagende Verbindungen direkt; andere helfen, wenn sonst nichts gefunden wurde.</translation>
    </message>
    <message>
        <source>Read the service&apos;s journal as well.</source>
        <translation>Lesen Sie auch das Journal des Dienstes.</translation>
    </message>
    <message>
        <source>The xrdp configuration cannot be read</source>
        <translation>Die xrdp-Konfiguration kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp nor this check knows the port, the security settings or the certificate. xrdp does not start without it.</source>
        <translation>Die Datei xrdp.ini (in den Belegen genannt) fehlt oder ist nicht lesbar, daher kennen weder xrdp noch diese Prüfung den Port, die Sicherheitseinstellungen oder das Zertifikat. Ohne diese Datei startet xrdp nicht.</translation>
    </message>
    <message>
        <source>Show the file and its permissions.</source>
        <translation>Zeigen Sie die Datei und ihre Berechtigungen an.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: restore missing configuration files of the package.</source>
        <translation>Debian oder Ubuntu: Stellen Sie fehlende Konfigurationsdateien des Pakets wieder her.</translation>
    </message>
    <message>
        <source>Some server settings could not be checked</source>
        <translation>Einige Servereinstellungen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>Parts of the self-check could not read what they need, usually for lack of administrator rights (the evidence lists them). Those causes are neither confirmed nor ruled out.</source>
        <translation>Teile der Selbstprüfung konnten die benötigten Informationen nicht lesen, meist wegen fehlender Administratorrechte (die Belege führen sie auf). Diese Ursachen sind weder bestätigt noch ausgeschlossen.</translation>
    </message>
    <message>
        <source>Linux: run the self-check with administrator rights.</source>
        <translation>Linux: Führen Sie die Selbstprüfung mit Administratorrechten aus.</translation>
    </message>
    <message>
        <source>Windows: run it from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: Führen Sie sie an einer Eingabeaufforderung aus, die mit „Als Administrator ausführen“ geöffnet wurde.</translation>
    </message>
    <message>
        <source>This server&apos;s firewall blocks incoming Remote Desktop connections</source>
        <translation>Die Firewall dieses Servers blockiert eingehende Remotedesktopverbindungen</translation>
    </message>
    <message>
        <source>A rule or the default policy of this computer&apos;s firewall drops or rejects incoming connections to port {port} (the evidence names it). Clients then time out (error code 0x204) or are refused, although the Remote Desktop service itself is fine.</source>
        <translation>Eine Regel oder die Standardrichtlinie der Firewall dieses Computers verwirft oder blockiert eingehende Verbindungen an Port {port} (die Belege nennen sie). Bei Clients kommt es dann zu einer Zeitüberschreitung (Fehlercode 0x204), oder die Verbindung wird abgelehnt, obwohl mit dem Remotedesktopdienst selbst alles in Ordnung ist.</translation>
    </message>
    <message>
        <source>Windows: allow Remote Desktop through the firewall (as administrator).</source>
        <translation>Windows: Lassen Sie Remotedesktop in der Firewall zu (als Administrator).</translation>
    </message>
    <message>
        <source>Windows in another language: the rule&apos;s internal name works everywhere.</source>
        <translation>Windows in einer anderen Sprache: Der interne Name der Regel funktioniert überall.</translation>
    </message>
    <message>
        <source>Windows with another port than 3389: add a rule for port {port}.</source>
        <translation>Windows mit einem anderen Port als 3389: Fügen Sie eine Regel für Port {port} hinzu.</translation>
    </message>
    <message>
        <source>Linux with ufw: allow the port.</source>
        <translation>Linux mit ufw: Lassen Sie den Port zu.</translation>
    </message>
    <message>
        <source>Linux with firewalld: allow the port.</source>
        <translation>Linux mit firewalld: Lassen Sie den Port zu.</translation>
    </message>
    <message>
        <source>Linux with plain nftables: find the rule, then change it in /etc/nftables.conf.</source>
        <translation>Linux mit reinem nftables: Suchen Sie die Regel, und ändern Sie sie anschließend in /etc/nftables.conf.</translation>
    </message>
    <message>
        <source>This server&apos;s firewall may block some Remote Desktop clients</source>
        <translation>Die Firewall dieses Servers blockiert möglicherweise einige Remotedesktopclients</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets incoming connections to port {port} through only under conditions (client addresses, network adapters, firewall profiles), shown in the evidence. Clients that do not meet them are blocked.</source>
        <translation>Die Firewall dieses Computers lässt eingehende Verbindungen an Port {port} nur unter Bedingungen durch (Clientadressen, Netzwerkadapter, Firewallprofile), die in den Belegen gezeigt werden. Clients, die sie nicht erfüllen, werden blockiert.</translation>
    </message>
    <message>
        <source>Windows: show the Remote Desktop rules with their profiles and address filters.</source>
        <translation>Windows: Zeigen Sie die Remotedesktopregeln mit ihren Profilen und Adressfiltern an.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the rules.</source>
        <translation>Linux mit ufw: Zeigen Sie die Regeln an.</translation>
    </message>
    <message>
        <source>Linux with firewalld: show the zones.</source>
        <translation>Linux mit firewalld: Zeigen Sie die Zonen an.</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>Unbekannter Befund %1</translation>
    </message>
    <message>
        <source>This version of rdpdiag does not know this finding: the report was made by another version. Its evidence is shown, but no explanation and no fix; open the report with the version that made it, or a newer one.</source>
        <translation>Diese Version von rdpdiag kennt diesen Befund nicht: Der Bericht wurde von einer anderen Version erstellt. Seine Belege werden angezeigt, aber keine Erklärung und keine Lösung; öffnen Sie den Bericht mit der Version, die ihn erstellt hat, oder einer neueren.</translation>
    </message>
    <message>
        <source>The server accepts weak 40-bit or 56-bit encryption</source>
        <translation>Der Server akzeptiert schwache 40-Bit- oder 56-Bit-Verschlüsselung</translation>
    </message>
    <message>
        <source>When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, the remote computer accepts it. Keys that short can be found by trying them all, and Standard RDP Security does not protect the choice of method, so a device in the network path can make both sides use the weakest one and then read what is typed, passwords included. Connections still work; this is a hardening note. On Windows this is the encryption level Low or Client Compatible (MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium.</source>
        <translation>Wenn ein Client für die Standard-RDP-Sicherheit nur 40-Bit- oder 56-Bit-RC4-Verschlüsselung anbietet, akzeptiert der Remotecomputer das. So kurze Schlüssel lassen sich durch Ausprobieren aller Möglichkeiten finden, und die Standard-RDP-Sicherheit schützt die Wahl des Verfahrens nicht: Ein Gerät im Netzwerkpfad kann beide Seiten dazu bringen, das schwächste zu verwenden, und dann mitlesen, was eingegeben wird, einschließlich Kennwörtern. Verbindungen funktionieren weiterhin; dies ist ein Hinweis zur Härtung. Unter Windows entspricht das der Verschlüsselungsstufe „Niedrig“ oder „Clientkompatibel“ (MinEncryptionLevel 1 oder 2), bei xrdp crypt_level=low oder medium.</translation>
    </message>
    <message>
        <source>The server requires FIPS encryption for Standard RDP Security</source>
        <translation>Der Server verlangt für die Standard-RDP-Sicherheit FIPS-Verschlüsselung</translation>
    </message>
    <message>
        <source>The remote computer&apos;s encryption level is FIPS Compliant: with Standard RDP Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients that do not implement that method, such as rdesktop and some thin clients, cannot connect with Standard RDP Security; when the server offers nothing else they fail during the connection sequence, often with error code 0x904 or a security error. On Windows the level comes from MinEncryptionLevel 4 or from the policy &apos;System cryptography: Use FIPS compliant algorithms&apos;, on xrdp from crypt_level=fips. If your organisation requires FIPS, keep it and require TLS instead, which current clients support.</source>
        <translation>Die Verschlüsselungsstufe des Remotecomputers ist „FIPS-konform“: Mit Standard-RDP-Sicherheit akzeptiert er nur das FIPS-Verfahren (Triple DES) und kein RC4-Verfahren. Clients, die dieses Verfahren nicht beherrschen, etwa rdesktop und manche Thin Clients, können sich nicht mit Standard-RDP-Sicherheit verbinden; bietet der Server nichts anderes an, scheitern sie während des Verbindungsaufbaus, oft mit dem Fehlercode 0x904 oder einem Sicherheitsfehler. Unter Windows stammt die Stufe aus MinEncryptionLevel 4 oder aus der Richtlinie „Systemkryptografie: FIPS-konformen Algorithmus für Verschlüsselung, Hashing und Signatur verwenden“ (englisch &apos;System cryptography: Use FIPS compliant algorithms&apos;), bei xrdp aus crypt_level=fips. Wenn Ihre Organisation FIPS verlangt, behalten Sie es bei und verlangen Sie stattdessen TLS, das aktuelle Clients unterstützen.</translation>
    </message>
    <message>
        <source>On the remote computer, check whether the system-wide FIPS policy is on (Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only if your organisation does not require FIPS.</source>
        <translation>Prüfen Sie auf dem Remotecomputer, ob die systemweite FIPS-Richtlinie aktiviert ist (Enabled 0x1). Sie erzwingt die FIPS-Stufe für Remotedesktop; deaktivieren Sie sie nur, wenn Ihre Organisation FIPS nicht verlangt.</translation>
    </message>
    <message>
        <source>No client can agree on encryption with the server&apos;s Standard RDP Security</source>
        <translation>Kein Client kann sich mit der Standard-RDP-Sicherheit des Servers auf eine Verschlüsselung einigen</translation>
    </message>
    <message>
        <source>Each of the four encryption methods a client can offer for Standard RDP Security (40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took none of them: it answered with a method the client had not offered, with no encryption at all, or refused. The protocol requires the server to pick one of the client&apos;s methods, so clients that check this cannot connect with Standard RDP Security, and a session without encryption would carry passwords in clear text. When the server offers nothing else, connections fail during the connection sequence, often with error code 0x904. Setting the level to High (128-bit), or requiring TLS, fixes it.</source>
        <translation>Jedes der vier Verschlüsselungsverfahren, die ein Client für die Standard-RDP-Sicherheit anbieten kann (40 Bit, 56 Bit, 128 Bit, FIPS), wurde einzeln angeboten, und der Remotecomputer hat keines davon angenommen: Er antwortete mit einem Verfahren, das der Client nicht angeboten hatte, ganz ohne Verschlüsselung oder mit einer Ablehnung. Das Protokoll verlangt, dass der Server eines der Verfahren des Clients wählt; Clients, die das prüfen, können sich daher nicht mit Standard-RDP-Sicherheit verbinden, und eine Sitzung ohne Verschlüsselung würde Kennwörter im Klartext übertragen. Bietet der Server nichts anderes an, scheitern Verbindungen während des Verbindungsaufbaus, oft mit dem Fehlercode 0x904. Abhilfe schafft die Stufe „Hoch“ (128 Bit) oder das Verlangen von TLS.</translation>
    </message>
    <message>
        <source>Set the encryption level of Standard RDP Security to High (128-bit): MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), then restart Remote Desktop Services.</source>
        <translation>Setzen Sie die Verschlüsselungsstufe der Standard-RDP-Sicherheit auf „Hoch“ (128 Bit): MinEncryptionLevel 3 am Remotedesktop-Listener (als Administrator), und starten Sie anschließend die Remotedesktopdienste neu.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the level (&apos;Set client connection encryption level&apos; under Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security). If this value exists it overrides the listener&apos;s setting, so set the policy to High Level instead.</source>
        <translation>Prüfen Sie, ob eine Gruppenrichtlinie die Stufe festlegt („Verschlüsselungsstufe für Clientverbindungen festlegen“ unter Computerkonfiguration &gt; Administrative Vorlagen &gt; Windows-Komponenten &gt; Remotedesktopdienste &gt; Remotedesktop-Sitzungshost &gt; Sicherheit). Wenn dieser Wert vorhanden ist, hat er Vorrang vor der Einstellung des Listeners; setzen Sie in diesem Fall stattdessen die Richtlinie auf „Hohe Stufe“.</translation>
    </message>
    <message>
        <source>On an xrdp server, set crypt_level=high (128-bit) and restart xrdp.</source>
        <translation>Setzen Sie auf einem xrdp-Server crypt_level=high (128 Bit), und starten Sie xrdp neu.</translation>
    </message>
    <message>
        <source>The server limits simultaneous connections</source>
        <translation>Der Server begrenzt gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <source>This check opens several connections to {address} at the same time. The server refused, reset or closed some of them before answering, while the same requests worked when they were sent again one at a time, so the results shown come from those. The server, or a device in front of it, limits how many connections it accepts at once: Remote Desktop&apos;s limit on connections that have not signed in yet, a firewall or intrusion prevention system that limits new connections to port {port}, or the short queue of waiting connections of xrdp. A Remote Desktop client opens one connection and is not affected; several users who connect at the same moment, for example from behind one shared address, may be.</source>
        <translation>Diese Prüfung öffnet mehrere Verbindungen gleichzeitig zu {address}. Der Server hat einige davon abgelehnt, zurückgesetzt oder geschlossen, bevor er antwortete, während dieselben Anfragen funktionierten, als sie einzeln erneut gesendet wurden; die angezeigten Ergebnisse stammen von diesen. Der Server oder ein Gerät davor begrenzt, wie viele Verbindungen er gleichzeitig annimmt: die Grenze von Remotedesktop für Verbindungen, die noch nicht angemeldet sind, eine Firewall oder ein Intrusion-Prevention-System, das neue Verbindungen zu Port {port} begrenzt, oder die kurze Warteschlange wartender Verbindungen von xrdp. Ein Remotedesktop-Client öffnet eine Verbindung und ist nicht betroffen; mehrere Benutzer, die sich im selben Moment verbinden, etwa hinter einer gemeinsamen Adresse, können es sein.</translation>
    </message>
    <message>
        <source>Nothing needs to change for a single user. If users who connect at the same time fail now and then, show the Windows limit on connections that have not signed in yet (the value is absent when the default applies).</source>
        <translation>Für einen einzelnen Benutzer muss nichts geändert werden. Wenn Benutzer, die sich gleichzeitig verbinden, gelegentlich scheitern, zeigen Sie die Windows-Grenze für noch nicht angemeldete Verbindungen an (der Wert fehlt, wenn der Standard gilt).</translation>
    </message>
    <message>
        <source>If a firewall, load balancer or intrusion prevention system sits in front of the server, check its limit of simultaneous or new connections per source address to port {port}.</source>
        <translation>Wenn eine Firewall, ein Load Balancer oder ein Intrusion-Prevention-System vor dem Server sitzt, prüfen Sie dessen Grenze für gleichzeitige oder neue Verbindungen pro Quelladresse zu Port {port}.</translation>
    </message>
    <message>
        <source>Only small packets get through between this computer and {address}: the largest packet this computer can send toward it (the MTU of the adapter or route) is below 1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops larger packets; the evidence shows which. Small packets alone are fine, but if a device on the way silently drops packets that are too large, the server&apos;s certificate never arrives and the connection hangs at &apos;Securing connection&apos; before failing with error code 0x904. When the evidence says &quot;proven&quot;, a second handshake with small packets completed where the normal one stalled: then this is the cause, otherwise a risk and the likely cause when the TLS handshake stalls.</source>
        <translation>Zwischen diesem Computer und {address} kommen nur kleine Pakete durch: Das größte Paket, das dieser Computer in diese Richtung senden kann (die MTU des Adapters oder der Route), ist kleiner als 1400 Byte, was typisch für VPNs und Tunnel ist, oder ein Gerät auf dem Weg verwirft größere Pakete; die Belege zeigen, was zutrifft. Kleine Pakete allein sind kein Problem, aber wenn ein Gerät auf dem Weg zu große Pakete stillschweigend verwirft, kommt das Zertifikat des Servers nie an, und die Verbindung bleibt bei „Verbindung wird gesichert“ (&apos;Securing connection&apos;) hängen, bevor sie mit Fehlercode 0x904 fehlschlägt. Steht in den Belegen &quot;proven&quot;, wurde ein zweiter Handshake mit kleinen Paketen abgeschlossen, während der normale ins Stocken geriet: Dann ist dies die Ursache, sonst ein Risiko und die wahrscheinliche Ursache, wenn der TLS-Handshake ins Stocken gerät.</translation>
    </message>
    <message>
        <source>On the VPN gateway or router on the way (Linux), clamp the TCP segment size to the path&apos;s MTU, and let ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) through its firewall, so that servers learn to send smaller packets.</source>
        <translation>Begrenzen Sie auf dem VPN-Gateway oder Router auf dem Weg (Linux) die TCP-Segmentgröße auf die MTU des Pfads, und lassen Sie die ICMP-Meldung &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) durch seine Firewall, damit Server lernen, kleinere Pakete zu senden.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag: Die Protokolldatei %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>Ermittelt, warum eine Remotedesktopverbindung fehlschlägt (zum Beispiel Fehlercode 0x904, erweiterter Fehlercode 0x7): prüft Namensauflösung, TCP, die RDP-Sicherheitsaushandlung, TLS, das Zertifikat und CredSSP und nennt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>JSON-Bericht statt einer Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>Zeitbudget jedes Netzwerkschritts in Millisekunden (Standard: 5000).</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>Port, wenn ZIEL keinen angibt (Standard: 3389).</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>Der Fehlercode, den der Remotedesktopclient angezeigt hat, z. B. 0x904.</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>Der erweiterte Fehlercode, den der Client angezeigt hat, z. B. 0x7.</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>Details in die Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Write the debug log to this file.</source>
        <translation>Das Debugprotokoll in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file.</source>
        <translation>Host, Host:Port, [IPv6]:Port, eine IPv6-Adresse oder eine .rdp-Datei.</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout muss eine Anzahl von Millisekunden zwischen 1 und %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port muss eine Zahl zwischen 1 und 65535 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code „%1“ ist kein Fehlercode (versuchen Sie 0x904)</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code „%1“ ist kein Fehlercode (versuchen Sie 0x7)</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>kein Ziel angegeben: Nennen Sie den zu prüfenden Computer (siehe --help)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>nur ein Ziel pro Aufruf möglich, angegeben wurden %1: %2</translation>
    </message>
    <message>
        <source>rdpdiag: cannot open the bundle %1: %2
</source>
        <translation>rdpdiag: Das Paket %1 kann nicht geöffnet werden: %2
</translation>
    </message>
    <message>
        <source>Findings bundle %1: run %2 of %3 UTC</source>
        <translation>Befundpaket %1: Durchlauf %2 vom %3 UTC</translation>
    </message>
    <message>
        <source>, made on %1</source>
        <translation>, erstellt auf %1</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation> (anonymisiert)</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write the bundle %1: the folder %2 %3
</source>
        <translation>rdpdiag: Das Paket %1 kann nicht geschrieben werden: Der Ordner %2 %3
</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>rdpdiag: the findings bundle was not written: %1
</source>
        <translation>rdpdiag: Das Befundpaket wurde nicht geschrieben: %1
</translation>
    </message>
    <message>
        <source>rdpdiag: findings bundle written to %1
</source>
        <translation>rdpdiag: Befundpaket geschrieben in %1
</translation>
    </message>
    <message>
        <source>Also write the findings bundle (a zip for a support ticket) to this file, or into this folder under its default name.</source>
        <translation>Zusätzlich das Befundpaket (eine ZIP-Datei für ein Supportticket) in diese Datei schreiben oder unter seinem Standardnamen in diesen Ordner.</translation>
    </message>
    <message>
        <source>Replace user, host, computer and domain names, certificate names and IP addresses with placeholders (host-1, 10.x.x.1 …) in the output and the bundle.</source>
        <translation>Benutzer-, Host-, Computer- und Domänennamen, Zertifikatnamen und IP-Adressen in der Ausgabe und im Paket durch Platzhalter ersetzen (host-1, 10.x.x.1 …).</translation>
    </message>
    <message>
        <source>Open a findings bundle instead of running: print its summary (with --json, its report).</source>
        <translation>Ein Befundpaket öffnen, statt eine Prüfung auszuführen: dessen Zusammenfassung ausgeben (mit --json den Bericht).</translation>
    </message>
    <message>
        <source>Fleet mode: check every target of this file (one per line, or a CSV file with a host column; - reads standard input) and print one CSV row per target (with --json, one JSON report per line), then a table of the findings on standard error.</source>
        <translation>Flottenmodus: jedes Ziel dieser Datei prüfen (eines pro Zeile oder eine CSV-Datei mit einer Spalte host; - liest von der Standardeingabe) und pro Ziel eine CSV-Zeile ausgeben (mit --json einen JSON-Bericht pro Zeile), anschließend eine Tabelle der Befunde in der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Fleet mode: targets checked at once (default %1, fewer when the open-file limit is low).</source>
        <translation>Flottenmodus: gleichzeitig geprüfte Ziele (Standard: %1, weniger, wenn das Limit für geöffnete Dateien niedrig ist).</translation>
    </message>
    <message>
        <source>Fleet mode: CSV output (the default without --json).</source>
        <translation>Flottenmodus: CSV-Ausgabe (Standard ohne --json).</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage (also: a bundle that cannot be read with --read, or that could not be written with --bundle).
</source>
        <translation>
Exitcodes: 0 kein Fehler gefunden, 1 mindestens ein Fehler gefunden, 2 ungültige Eingabe oder falscher Aufruf (auch: ein Paket, das mit --read nicht gelesen oder mit --bundle nicht geschrieben werden konnte).
</translation>
    </message>
    <message>
        <source>--bundle needs a file name</source>
        <translation>--bundle benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--read needs the file name of a findings bundle</source>
        <translation>--read benötigt den Dateinamen eines Befundpakets</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and runs nothing: it cannot be combined with --%1</source>
        <translation>--read öffnet ein gespeichertes Paket und führt nichts aus: Es kann nicht mit --%1 kombiniert werden</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and takes no target, got %1</source>
        <translation>--read öffnet ein gespeichertes Paket und nimmt kein Ziel an, angegeben wurde %1</translation>
    </message>
    <message>
        <source>--%1 is for fleet mode: use it with --hosts FILE</source>
        <translation>--%1 ist für den Flottenmodus gedacht: Verwenden Sie es mit --hosts DATEI</translation>
    </message>
    <message>
        <source>--hosts needs the name of a file of targets</source>
        <translation>--hosts benötigt den Namen einer Datei mit Zielen</translation>
    </message>
    <message>
        <source>--hosts takes its targets from the file, not from the command line: remove %1</source>
        <translation>--hosts übernimmt die Ziele aus der Datei, nicht von der Befehlszeile: Entfernen Sie %1</translation>
    </message>
    <message>
        <source>--csv and --json: choose one output format</source>
        <translation>--csv und --json: Wählen Sie ein Ausgabeformat</translation>
    </message>
    <message>
        <source>--%1 is for one target: it cannot be used with --hosts</source>
        <translation>--%1 gilt für ein einzelnes Ziel: Es kann nicht mit --hosts verwendet werden</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency muss eine Zahl zwischen 1 und %1 sein, nicht „%2“</translation>
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
        <translation>Aufruf: rdpdiag --server [Optionen]
Prüft diesen Computer als Remotedesktopserver (xrdp unter Linux,
Remotedesktopdienste unter Windows). Nur lesend: Auf diesem Computer wird
nichts geändert.

  --json                 den JSON-Bericht ausgeben
  --port N               der Port, mit dem sich Clients verbinden (Standard: 3389)
  --error-code CODE      der Fehlercode, den Clients sehen (z. B. 0x904)
  --extended-code CODE   der erweiterte Fehlercode (z. B. 0x7)
  --script DATEI         zusätzlich ein Reparaturskript zur Durchsicht schreiben
                         (PowerShell unter Windows, bash unter Linux); es ändert
                         nur etwas, wenn es mit -Apply / --apply ausgeführt wird
  --xrdp-config DATEI    die zu prüfende xrdp.ini (Standard: /etc/xrdp/xrdp.ini)
  --service-user NAME    den Dateizugriff für dieses Konto prüfen statt für das
                         Konto, unter dem xrdp läuft
  --lang CODE            Sprache der Ausgabe, z. B. de, fr, es, ja, zh_CN
  --verbose, --log DATEI mehr Details in stderr / das Protokoll in DATEI

Exitcodes: 0 kein Fehler gefunden, 1 mindestens ein Fehler gefunden, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port muss eine Zahl zwischen 1 und 65535 sein</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an error code</source>
        <translation>%1: „%2“ ist kein Fehlercode</translation>
    </message>
    <message>
        <source>unknown option for --server: %1</source>
        <translation>unbekannte Option für --server: %1</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write %1: %2
</source>
        <translation>rdpdiag: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>
On the Remote Desktop server itself: rdpdiag --server checks this computer&apos;s service (see rdpdiag --server --help).
</source>
        <translation>
Auf dem Remotedesktopserver selbst: rdpdiag --server prüft den Dienst dieses Computers (siehe rdpdiag --server --help).
</translation>
    </message>
    <message>
        <source>Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Sprache der Ausgabe, z. B. de, fr, es, ja, zh_CN (Standard: die Systemsprache).</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>TLS-Handshake und Serverzertifikat</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>Anmeldung: Benutzername, Kennwort, Kontosperrung und das Recht „Anmelden über Remotedesktopdienste zulassen“</translation>
    </message>
    <message>
        <source>Remote Desktop licensing (grace period, license server)</source>
        <translation>Remotedesktoplizenzierung (Toleranzzeitraum, Lizenzserver)</translation>
    </message>
    <message>
        <source>connection limits on the server (MaxInstanceCount, sessions in use)</source>
        <translation>Verbindungslimits auf dem Server (MaxInstanceCount, belegte Sitzungen)</translation>
    </message>
    <message>
        <source>the server&apos;s event logs (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</source>
        <translation>Ereignisprotokolle des Servers (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</translation>
    </message>
    <message>
        <source>The server cannot use its certificate&apos;s private key, so it drops every connection during the TLS handshake; repair the key (MachineKeys permissions, then a new certificate) before anything else.</source>
        <translation>Der Server kann den privaten Schlüssel seines Zertifikats nicht verwenden und bricht deshalb jede Verbindung während des TLS-Handshakes ab. Reparieren Sie vor allem anderen den Schlüssel (Berechtigungen für MachineKeys, dann ein neues Zertifikat).</translation>
    </message>
    <message>
        <source>Every test connection from this computer failed, so the server is not the first place to look.</source>
        <translation>Alle Testverbindungen von diesem Computer aus sind fehlgeschlagen, daher ist der Server nicht die erste Stelle, an der Sie suchen sollten.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, and that path fails before it reaches the remote computer.</source>
        <translation>Der Client verbindet sich über das Remotedesktopgateway %1, und dieser Weg scheitert, bevor er den Remotecomputer erreicht.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, which answered correctly. The direct test of %2 failed, which is expected when %2 is reachable only through the gateway; check the path from the gateway to %2 on the gateway itself (its event log and its resource authorization policy).</source>
        <translation>Der Client verbindet sich über das Remotedesktopgateway %1, das korrekt geantwortet hat. Der direkte Test von %2 ist fehlgeschlagen. Das ist zu erwarten, wenn %2 nur über das Gateway erreichbar ist. Prüfen Sie den Weg vom Gateway zu %2 auf dem Gateway selbst (in seinem Ereignisprotokoll und seiner Ressourcenautorisierungsrichtlinie).</translation>
    </message>
    <message>
        <source>The connection never leaves this computer; the remote computer may be fine.</source>
        <translation>Die Verbindung verlässt diesen Computer gar nicht erst; mit dem Remotecomputer ist möglicherweise alles in Ordnung.</translation>
    </message>
    <message>
        <source>The path goes through a VPN or small-packet link (%1): the server&apos;s certificate, sent in full-size packets, most likely never arrives. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>Der Weg führt über ein VPN oder eine Verbindung mit kleinen Paketen (%1): Das Zertifikat des Servers, das in Paketen voller Größe gesendet wird, kommt höchstwahrscheinlich nie an. Verringern Sie die MTU des VPN, oder lassen Sie MSS-Clamping aktivieren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>error code %1 (extended %2)</source>
        <translation>Fehlercode %1 (erweitert %2)</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <source>extended error code %1</source>
        <translation>erweiterten Fehlercode %1</translation>
    </message>
    <message>
        <source>Nothing this run could see from here explains %1 (%2).</source>
        <translation>Nichts, was dieser Lauf von hier aus sehen konnte, erklärt %1 (%2).</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>Kein Problem gefunden, das eine Verbindung verhindert.</translation>
    </message>
    <message>
        <source>You reported %1.</source>
        <translation>Gemeldet wurde %1.</translation>
    </message>
    <message>
        <source>This explains %1.</source>
        <translation>Das erklärt %1.</translation>
    </message>
    <message>
        <source>This stops the connection.</source>
        <translation>Das verhindert die Verbindung.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a finding&apos;s title, then how it relates to the reported error (a sentence)</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This alone stops the connection, although it is not what usually causes %1.</source>
        <translation>Schon das verhindert die Verbindung, auch wenn es nicht die übliche Ursache von %1 ist.</translation>
    </message>
    <message>
        <source>A second TLS handshake that asked for small packets completed where the normal one stalled: a device on the way drops the server&apos;s full-size packets. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>Ein zweiter TLS-Handshake, der kleine Pakete anforderte, wurde abgeschlossen, während der normale ins Stocken geriet: Ein Gerät auf dem Weg verwirft die Pakete voller Größe des Servers. Verringern Sie die MTU des VPN, oder lassen Sie MSS-Clamping aktivieren, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>Keine Informationen: Der Client hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>Die Verbindung wurde auf diesem Computer beendet (von Ihnen oder der App); kein Fehler.</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>Ein Benutzer auf der Remoteseite hat die Sitzung beendet (abgemeldet oder getrennt).</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>Der Server hat die Sitzung beendet (zum Beispiel ein Administrator oder ein Zeitlimit); kein Verbindungsfehler.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Von Benutzern der Apps für Mac und iOS gemeldet: Die Sitzung wurde während des Verbindungsaufbaus beendet; bei xrdp-Servern zeigt das Serverprotokoll einen fehlgeschlagenen TLS-Handshake.</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>Der Computername wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>Der Client hat nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>Zeitüberschreitung beim Verbindungsversuch: Der Remotecomputer hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>Die Verbindung konnte nicht hergestellt werden: Der Remotezugriff ist deaktiviert, der Computer ist ausgeschaltet oder nicht erreichbar, oder eine Firewall blockiert die Verbindung.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Von Benutzern der Mac-App gemeldet: Die Anmeldung ist fehlgeschlagen. Beobachtete Ursachen: ein abgelaufenes oder falsches Kennwort, auf dem Server deaktiviertes NTLM oder eine fehlgeschlagene Kerberos-Anmeldung.</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>Der Computername wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>Das Senden von Daten an den Remotecomputer ist fehlgeschlagen: Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>Die angegebene IP-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>Das Empfangen von Daten vom Remotecomputer ist fehlgeschlagen: Die Verbindung wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>Der Server hat Sicherheitsdaten gesendet, die der Client nicht akzeptieren konnte.</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>Ein interner Fehler des Clients.</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>Die Verschlüsselungsmethode ist ungültig.</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>Der Computername konnte nicht in eine Adresse aufgelöst werden.</translation>
    </message>
    <message>
        <source>The server&apos;s security information is not valid.</source>
        <translation>Die Sicherheitsinformationen des Servers sind ungültig.</translation>
    </message>
    <message>
        <source>An internal timer error of the client.</source>
        <translation>Ein interner Zeitgeberfehler des Clients.</translation>
    </message>
    <message>
        <source>A time limit ran out while connecting.</source>
        <translation>Beim Verbindungsaufbau ist ein Zeitlimit abgelaufen.</translation>
    </message>
    <message>
        <source>The client could not read the server&apos;s certificate.</source>
        <translation>Der Client konnte das Zertifikat des Servers nicht lesen.</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>Von Benutzern gemeldet: Die Verbindung zur Konsolensitzung ist fehlgeschlagen, weil Sie bereits eine Konsolensitzung haben (zum Beispiel bei einer Verbindung mit dem Computer, an dem Sie gerade arbeiten).</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>Die IP-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>Anmeldung fehlgeschlagen: Der Benutzername oder das Kennwort wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>Die Remotedesktoplizenzierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>Die Verbindung wurde nach dem Herstellen vom Remotecomputer oder vom Netzwerk geschlossen (Socket geschlossen).</translation>
    </message>
    <message>
        <source>An internal security error.</source>
        <translation>Ein interner Sicherheitsfehler.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing timed out.</source>
        <translation>Zeitüberschreitung bei der Remotedesktoplizenzierung.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account does not exist.</source>
        <translation>Anmeldung fehlgeschlagen: Das Benutzerkonto ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>Ein Verschlüsselungsfehler.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>Anmeldung fehlgeschlagen: Das Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>Ein Entschlüsselungsfehler.</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>Anmeldung fehlgeschlagen: Eine Kontoeinschränkung verhindert sie (zum Beispiel die Mitgliedschaft in der Gruppe „Protected Users“).</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>Der Client konnte vom Server gesendete Daten nicht dekomprimieren.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>Anmeldung fehlgeschlagen: Das Benutzerkonto ist gesperrt.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>Anmeldung fehlgeschlagen: Das Benutzerkonto ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>Anmeldung fehlgeschlagen: Das Kennwort ist abgelaufen.</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>Von Benutzern gemeldet: Der Client hat einen Protokollfehler erkannt und die Sitzung getrennt.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>Anmeldung fehlgeschlagen: Das Kennwort muss vor der Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>Anmeldung fehlgeschlagen: Eine Richtlinie zur Delegierung von Anmeldeinformationen lässt nicht zu, dass Ihre Anmeldeinformationen an diesen Server gesendet werden.</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>Anmeldung fehlgeschlagen aufgrund einer Richtlinie, die nur die NTLM-Authentifizierung zulässt.</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>Anmeldung fehlgeschlagen: Keine Stelle konnte die Anmeldeinformationen prüfen (ein Domänencontroller oder Kerberos-Server ist nicht erreichbar).</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>Anmeldung fehlgeschlagen: Ein für die Anmeldung verwendetes Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>Anmeldung fehlgeschlagen: falsche Smartcard-PIN.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Von Benutzern der Mac-App als Protokollfehler bei xrdp-Servern gemeldet; ein neues Zertifikat auf dem Server hat das Problem behoben.</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>Anmeldung fehlgeschlagen: Der Server akzeptiert keine gespeicherten Anmeldeinformationen; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>Anmeldung fehlgeschlagen: Die Smartcard ist gesperrt.</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>Von Benutzern gemeldet: Sie haben möglicherweise keine Berechtigung für die Remoteanmeldung (das Konto ist nicht Mitglied der Gruppe „Remotedesktopbenutzer“).</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>Keine weiteren Informationen; typisch, wenn das Netzwerk oder der Server die Verbindung einfach geschlossen hat.</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>Ein Verwaltungstool hat die Sitzung getrennt.</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>Ein Verwaltungstool hat die Sitzung abgemeldet.</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>Das Leerlaufzeitlimit der Sitzung wurde erreicht.</translation>
    </message>
    <message>
        <source>The session&apos;s active time limit was reached.</source>
        <translation>Das Zeitlimit für aktive Sitzungen wurde erreicht.</translation>
    </message>
    <message>
        <source>Another connection took over the session.</source>
        <translation>Eine andere Verbindung hat die Sitzung übernommen.</translation>
    </message>
    <message>
        <source>The server ran out of memory.</source>
        <translation>Der Server hat nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The server denied the connection before the session started.</source>
        <translation>Der Server hat die Verbindung vor Beginn der Sitzung verweigert.</translation>
    </message>
    <message>
        <source>The server denied the connection for security reasons (its FIPS encryption policy).</source>
        <translation>Der Server hat die Verbindung aus Sicherheitsgründen verweigert (wegen seiner FIPS-Verschlüsselungsrichtlinie).</translation>
    </message>
    <message>
        <source>The user does not have the right to connect.</source>
        <translation>Der Benutzer hat nicht das Recht, eine Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>Der Server akzeptiert keine gespeicherten Anmeldeinformationen; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>Die Sitzung wurde von einem Benutzer über ein Verwaltungstool getrennt.</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>Der Benutzer hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>Der Remotecomputer wird heruntergefahren.</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>Der Remotecomputer wird neu gestartet.</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>Ein interner Fehler der Remotedesktoplizenzierung.</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>Es ist kein Remotedesktop-Lizenzserver verfügbar.</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>Für diesen Client ist keine Remotedesktoplizenz verfügbar.</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>Der Server hat vom Client eine ungültige Lizenzierungsnachricht erhalten.</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>Die Hardware-ID des Clients stimmt nicht mit seiner Lizenz überein.</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>Die Lizenz des Clients ist ungültig.</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>Der Lizenzierungsaustausch konnte nicht abgeschlossen werden (ein Netzwerkproblem während der Lizenzierung).</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>Der Client hat den Lizenzierungsaustausch beendet.</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>Eine Lizenzierungsnachricht war nicht korrekt verschlüsselt.</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>Die Lizenz des Clients konnte nicht aktualisiert oder erneuert werden.</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>Der Server ist nicht für die Annahme von Remoteverbindungen lizenziert.</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>Der Client konnte seinen Lizenzspeicher nicht erstellen: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Die Anmeldeinformationen sind ungültig.</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>Ein Remotedesktop-Protokollfehler (Codes 0x1000 bis 0x7fff); das Ereignisprotokoll des Servers enthält die Details.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 ist nicht in der von Microsoft veröffentlichten Liste enthalten. Codes, die auf 07 enden, sind meist Anmeldefehler (Authentifizierung auf Netzwerkebene).</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 ist nicht in der von Microsoft veröffentlichten Liste enthalten. Codes, die auf 04 oder 08 enden, sind meist Netzwerkfehler oder Zeitüberschreitungen.</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 ist kein bekannter erweiterter Fehlercode.</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 ist kein bekannter Fehlercode.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Fleet</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the hosts file is too large (%1 bytes, at most %2)</source>
        <translation>die Hostdatei ist zu groß (%1 Byte, höchstens %2)</translation>
    </message>
    <message>
        <source>the hosts file is not text (save it as UTF-8)</source>
        <translation>die Hostdatei ist kein Text (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source>the hosts file is not text (it contains NUL characters)</source>
        <translation>die Hostdatei ist kein Text (sie enthält NUL-Zeichen)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the host column is empty</source>
        <translation>die Spalte host ist leer</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>more than %1 targets in the hosts file</source>
        <translation>mehr als %1 Ziele in der Hostdatei</translation>
    </message>
    <message>
        <source>the hosts file has a header but no rows</source>
        <translation>die Hostdatei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>the hosts file names no target</source>
        <translation>die Hostdatei nennt kein Ziel</translation>
    </message>
    <message>
        <source>[%1/%2] %3 with errors, %4 s</source>
        <translation>[%1/%2] %3 mit Fehlern, %4 s</translation>
    </message>
    <message>
        <source>%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 with warnings only, %7 without either.
</source>
        <translation>%1 Ziele aus %2 in %3 s (%4 gleichzeitig): %5 mit Fehlern, %6 nur mit Warnungen, %7 ohne beides.
</translation>
    </message>
    <message>
        <source>Interrupted: %1 runs cut short, %2 targets not checked.
</source>
        <translation>Unterbrochen: %1 Durchläufe vorzeitig beendet, %2 Ziele nicht geprüft.
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Keine Befunde.
</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>rdpdiag: cannot read the hosts file %1: %2
</source>
        <translation>rdpdiag: Die Hostdatei %1 kann nicht gelesen werden: %2
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
        <translation>rdpdiag: --concurrency %1 benötigt mehr geöffnete Dateien, als das Limit von %2 zulässt; es werden %3 gleichzeitig ausgeführt
</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Headline</name>
    <message>
        <source>The fix is on this computer.</source>
        <translation>Die Lösung liegt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The fix is in the network: the name service, the VPN or a firewall on the way.</source>
        <translation>Die Lösung liegt im Netzwerk: Namensdienst, VPN oder eine Firewall auf dem Weg.</translation>
    </message>
    <message>
        <source>The fault is on the remote computer, not on yours: its administrator has to fix it.</source>
        <translation>Der Fehler liegt beim Remotecomputer, nicht bei Ihrem: Dessen Administrator muss ihn beheben.</translation>
    </message>
    <message>
        <source>Open Windows Security &gt; Firewall &amp; network protection and check that Remote Desktop is allowed.</source>
        <translation>Öffnen Sie Windows-Sicherheit &gt; Firewall- &amp; Netzwerkschutz und prüfen Sie, ob Remotedesktop zugelassen ist.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Network &gt; Firewall and check that your Remote Desktop app may connect.</source>
        <translation>Öffnen Sie Systemeinstellungen &gt; Netzwerk &gt; Firewall und prüfen Sie, ob Ihre Remotedesktop-App Verbindungen aufbauen darf.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s firewall lets connections out to port %1.</source>
        <translation>Prüfen Sie, ob die Firewall dieses Computers ausgehende Verbindungen zu Port %1 zulässt.</translation>
    </message>
    <message>
        <source>Nothing on this computer needs changing.</source>
        <translation>An diesem Computer müssen Sie nichts ändern.</translation>
    </message>
    <message>
        <source>Give reference %1 to whoever manages %2.</source>
        <translation>Geben Sie die Referenz %1 an die Person weiter, die %2 betreut.</translation>
    </message>
    <message>
        <source>Try again once they have fixed it.</source>
        <translation>Versuchen Sie es erneut, sobald der Fehler behoben ist.</translation>
    </message>
    <message>
        <source>Check the spelling of the computer name: %1.</source>
        <translation>Prüfen Sie die Schreibweise des Computernamens: %1.</translation>
    </message>
    <message>
        <source>If the remote computer is in your company&apos;s network and you are not, connect the VPN first.</source>
        <translation>Wenn der Remotecomputer im Firmennetz steht und Sie nicht, verbinden Sie zuerst das VPN.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it still fails, give reference %1 to your IT support.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut; klappt es dann nicht, geben Sie die Referenz %1 an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>Check that this computer is online: open a web page.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist: Öffnen Sie eine Webseite.</translation>
    </message>
    <message>
        <source>If it still fails, give reference %1 to your IT support.</source>
        <translation>Klappt es dann immer noch nicht, geben Sie die Referenz %1 an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>Try to connect again.</source>
        <translation>Versuchen Sie erneut, sich zu verbinden.</translation>
    </message>
    <message>
        <source>If it fails again, run this check at that moment and give reference %1 to your IT support.</source>
        <translation>Schlägt es wieder fehl, führen Sie diese Prüfung sofort aus und geben Sie die Referenz %1 an Ihren IT-Support.</translation>
    </message>
    <message>
        <source>The check was stopped before it ended.</source>
        <translation>Die Prüfung wurde vor ihrem Ende angehalten.</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>Kein Problem gefunden, das eine Verbindung verhindert.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but it should be fixed on this computer.</source>
        <translation>Das verhindert die Verbindung nicht, sollte aber auf diesem Computer behoben werden.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but whoever manages the network should look at it.</source>
        <translation>Das verhindert die Verbindung nicht, aber wer das Netzwerk betreut, sollte es sich ansehen.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but the remote computer&apos;s administrator should look at it.</source>
        <translation>Das verhindert die Verbindung nicht, aber der Administrator des Remotecomputers sollte es sich ansehen.</translation>
    </message>
    <message>
        <source>You can connect.</source>
        <translation>Sie können sich verbinden.</translation>
    </message>
    <message>
        <source>If your Remote Desktop app warns you about this, ask whoever manages %1 before you accept the warning.</source>
        <translation>Wenn Ihre Remotedesktop-App deswegen warnt, fragen Sie die Person, die %1 betreut, bevor Sie die Warnung bestätigen.</translation>
    </message>
    <message>
        <source>Give reference %1 to them so that they can look at it.</source>
        <translation>Geben Sie ihnen die Referenz %1, damit sie es sich ansehen können.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finding&apos;s title made a sentence</comment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::HtmlReport</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>Informationen (%1)</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Remote Desktop connection report</source>
        <translation>Bericht zur Remotedesktopverbindung</translation>
    </message>
    <message>
        <source>Made by rdpdiag %1 on %2</source>
        <translation>Erstellt mit rdpdiag %1 am %2</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Referenzcode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Connection file</source>
        <translation>Verbindungsdatei</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time budget per step</source>
        <translation>Zeitbudget pro Schritt</translation>
    </message>
    <message>
        <source>Error reported by the user</source>
        <translation>Vom Benutzer gemeldeter Fehler</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1, erweitert %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>Anonymisiert: Benutzer-, Host-, Computer- und Domänennamen, Zertifikatnamen und IP-Adressen sind durch Platzhalter wie host-1, user-1 und 10.x.x.1 ersetzt.</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>Der Durchlauf wurde abgebrochen: Die folgenden Angaben sind unvollständig.</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>Hauptbefund:</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>Dieser Durchlauf konnte nicht prüfen:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>It broke here</source>
        <translation>Hier ist es gescheitert</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <source>On the client:</source>
        <translation>Auf dem Client:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Auf dem Server:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>Verbindungszeit (Median)</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Protocols the server selected</source>
        <translation>Vom Server ausgewählte Protokolle</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>TLS %1 alone</source>
        <translation>Nur TLS %1</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted</source>
        <translation>Akzeptierte schwache Verschlüsselungssammlungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>no extension (any usage)</source>
        <translation>keine Erweiterung (jede Verwendung)</translation>
    </message>
    <message>
        <source>Name matches the target</source>
        <translation>Name stimmt mit dem Ziel überein</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>CredSSP-Version</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>NetBIOS computer</source>
        <translation>NetBIOS-Computer</translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation>NetBIOS-Domäne</translation>
    </message>
    <message>
        <source>DNS computer</source>
        <translation>DNS-Computer</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS-Domäne</translation>
    </message>
    <message>
        <source>DNS tree</source>
        <translation>DNS-Gesamtstruktur</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Windows-Version</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Serveruhr</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>Zeitdifferenz</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the report page (HTML lang attribute)</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2</source>
        <translation>rdpdiag %1 — %2</translation>
    </message>
    <message>
        <source>rdpdiag %1 · reference %2 · run of %3. Quote the reference code when you contact support.</source>
        <translation>rdpdiag %1 · Referenz %2 · Durchlauf vom %3. Geben Sie den Referenzcode an, wenn Sie sich an den Support wenden.</translation>
    </message>
    <message>
        <source>confirm without negotiation data</source>
        <translation>Bestätigung ohne Aushandlungsdaten</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>Flags %1</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Verbunden mit</translation>
    </message>
    <message>
        <source>Failed repeat connections</source>
        <translation>Fehlgeschlagene wiederholte Verbindungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Verbindungsversuche</translation>
    </message>
    <message>
        <source>Repeat connections (latency and loss)</source>
        <translation>Wiederholte Verbindungen (Latenz und Verlust)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alert %1</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 Bytes empfangen</translation>
    </message>
    <message>
        <source>Weak cipher suites offered</source>
        <translation>Angebotene schwache Verschlüsselungssammlungen</translation>
    </message>
    <message>
        <source>Handshake with weak suites only</source>
        <translation>Handshake nur mit schwachen Verschlüsselungssammlungen</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Chain verification errors</source>
        <translation>Fehler bei der Prüfung der Zertifikatkette</translation>
    </message>
    <message>
        <source>NTLM target name</source>
        <translation>NTLM-Zielname</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>down</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>betriebsbereit</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>kein Link</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>VPN or tunnel</source>
        <translation>VPN oder Tunnel</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>keine Route</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Quelladresse</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route MTU</source>
        <translation>Routen-MTU</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>Pfad-MTU</translation>
    </message>
    <message>
        <source>Learned with</source>
        <translation>Ermittelt mit</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Festgelegt in</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS-Proxy</translation>
    </message>
    <message>
        <source>Proxy for all protocols</source>
        <translation>Proxy für alle Protokolle</translation>
    </message>
    <message>
        <source>Not through the proxy</source>
        <translation>Nicht über den Proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>%1, %2 port %3</source>
        <translation>%1, %2 Port %3</translation>
    </message>
    <message>
        <source>%1 (chain policy)</source>
        <translation>%1 (Standardrichtlinie der Kette)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Can this computer connect elsewhere?</source>
        <translation>Kann dieser Computer andere Ziele erreichen?</translation>
    </message>
    <message>
        <source>direct, without the gateway</source>
        <translation>direkt, ohne das Gateway</translation>
    </message>
    <message>
        <source>always through the gateway</source>
        <translation>immer über das Gateway</translation>
    </message>
    <message>
        <source>direct first, through the gateway when that fails</source>
        <translation>zuerst direkt, bei einem Fehlschlag über das Gateway</translation>
    </message>
    <message>
        <source>the client&apos;s default (usually through the gateway)</source>
        <translation>Standardeinstellung des Clients (meist über das Gateway)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>Geprüfte Verbindung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Conditions it cannot check</source>
        <translation>Nicht prüfbare Bedingungen</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Firewall rules that block or may block</source>
        <translation>Firewallregeln, die blockieren oder möglicherweise blockieren</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Standardroute</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>DNS-Suchdomänen</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Routes toward the server</source>
        <translation>Routen zum Server</translation>
    </message>
    <message>
        <source>Path in the .rdp file</source>
        <translation>Verbindungsweg laut .rdp-Datei</translation>
    </message>
    <message>
        <source>Usage method (gatewayusagemethod)</source>
        <translation>Verwendungsmethode (gatewayusagemethod)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS-Handshake</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>HTTP-Antwort</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Authentication offered</source>
        <translation>Angebotene Authentifizierung</translation>
    </message>
    <message>
        <source>Name resolution of the gateway</source>
        <translation>Namensauflösung des Gateways</translation>
    </message>
    <message>
        <source>TCP connections to the gateway</source>
        <translation>TCP-Verbindungen zum Gateway</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate</source>
        <translation>Zertifikat des Gateways</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Process ids</source>
        <translation>Prozess-IDs</translation>
    </message>
    <message>
        <source>Starts at boot</source>
        <translation>Startet beim Systemstart</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>Lauschende Sockets</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>Certificate readable</source>
        <translation>Zertifikat lesbar</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key readable</source>
        <translation>Schlüssel lesbar</translation>
    </message>
    <message>
        <source>Readability checked for</source>
        <translation>Lesbarkeit geprüft für</translation>
    </message>
    <message>
        <source>The key file holds a private key</source>
        <translation>Die Schlüsseldatei enthält einen privaten Schlüssel</translation>
    </message>
    <message>
        <source>The key belongs to the certificate</source>
        <translation>Der Schlüssel gehört zum Zertifikat</translation>
    </message>
    <message>
        <source>xrdp&apos;s certificate and key</source>
        <translation>Zertifikat und Schlüssel von xrdp</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Configuration read</source>
        <translation>Konfiguration gelesen</translation>
    </message>
    <message>
        <source>Port (port=)</source>
        <translation>Port (port=)</translation>
    </message>
    <message>
        <source>Security layer (security_layer=)</source>
        <translation>Sicherheitsebene (security_layer=)</translation>
    </message>
    <message>
        <source>Encryption level (crypt_level=)</source>
        <translation>Verschlüsselungsstufe (crypt_level=)</translation>
    </message>
    <message>
        <source>TLS versions (ssl_protocols=)</source>
        <translation>TLS-Versionen (ssl_protocols=)</translation>
    </message>
    <message>
        <source>Cipher suites (tls_ciphers=)</source>
        <translation>Verschlüsselungssammlungen (tls_ciphers=)</translation>
    </message>
    <message>
        <source>Certificate (certificate=)</source>
        <translation>Zertifikat (certificate=)</translation>
    </message>
    <message>
        <source>Key (key_file=)</source>
        <translation>Schlüssel (key_file=)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Log read</source>
        <translation>Protokoll gelesen</translation>
    </message>
    <message>
        <source>xrdp</source>
        <translation>xrdp</translation>
    </message>
    <message>
        <source>Recent errors in the xrdp log</source>
        <translation>Aktuelle Fehler im xrdp-Protokoll</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Registrierungswert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>Gruppenrichtlinie</translation>
    </message>
    <message>
        <source>Remote connections refused</source>
        <translation>Remoteverbindungen verweigert</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Sicherheitsebene</translation>
    </message>
    <message>
        <source>Network Level Authentication required</source>
        <translation>Authentifizierung auf Netzwerkebene erforderlich</translation>
    </message>
    <message>
        <source>Minimum encryption level</source>
        <translation>Mindestverschlüsselungsstufe</translation>
    </message>
    <message>
        <source>Connections allowed</source>
        <translation>Zulässige Verbindungen</translation>
    </message>
    <message>
        <source>Licensing mode</source>
        <translation>Lizenzierungsmodus</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Verwendetes Zertifikat</translation>
    </message>
    <message>
        <source>Remote Desktop settings (registry)</source>
        <translation>Remotedesktop-Einstellungen (Registrierung)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Certificates in the stores</source>
        <translation>Zertifikate in den Speichern</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
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
        <translation>Registrierungsschlüssel der SCHANNEL-Protokolle</translation>
    </message>
    <message>
        <source>Permissions of MachineKeys</source>
        <translation>Berechtigungen von MachineKeys</translation>
    </message>
    <message>
        <source>Reading them needs administrator rights.</source>
        <translation>Zum Lesen sind Administratorrechte erforderlich.</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Nicht gelesen.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>Lizenzserver</translation>
    </message>
    <message>
        <source>Grace period days left</source>
        <translation>Verbleibende Tage des Toleranzzeitraums</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Lizenzierung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Events of the last %1 days</source>
        <translation>Ereignisse der letzten %1 Tage</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Port clients use</source>
        <translation>Von Clients verwendeter Port</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Was Sie jetzt tun können:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>Außerdem bemerkt (verhindert keine Verbindung)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>Method chosen</source>
        <translation>Gewähltes Verfahren</translation>
    </message>
    <message>
        <source>Server random</source>
        <translation>Server-Zufallswert</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA mit %1 Bit</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporär</translation>
    </message>
    <message>
        <source>retried alone</source>
        <translation>einzeln wiederholt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Methods accepted when offered alone</source>
        <translation>Akzeptierte Verfahren (einzeln angeboten)</translation>
    </message>
    <message>
        <source>Encryption level</source>
        <translation>Verschlüsselungsstufe</translation>
    </message>
    <message>
        <source>Broken among simultaneous connections</source>
        <translation>Abgebrochen unter gleichzeitigen Verbindungen</translation>
    </message>
    <message>
        <source>%1; tried again alone: %2, answered then: %3</source>
        <translation>%1; einzeln wiederholt: %2, dabei beantwortet: %3</translation>
    </message>
    <message>
        <source>Connections the server held at once</source>
        <translation>Vom Server gleichzeitig gehaltene Verbindungen</translation>
    </message>
    <message>
        <source>not determined (%1)</source>
        <translation>nicht ermittelt (%1)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Nicht ermittelt</translation>
    </message>
    <message>
        <source>Handshake with small packets (MSS %1)</source>
        <translation>Handshake mit kleinen Paketen (MSS %1)</translation>
    </message>
    <message>
        <source>Packets lost for their size (path MTU)</source>
        <translation>Pakete wegen ihrer Größe verloren (Pfad-MTU)</translation>
    </message>
    <message>
        <source>not determined: %1</source>
        <translation>nicht ermittelt: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::NotDetermined</name>
    <message>
        <source>its connection broke among the run&apos;s simultaneous connections and could not be tried again alone</source>
        <translation>seine Verbindung brach zwischen den gleichzeitigen Verbindungen des Laufs ab und konnte nicht allein wiederholt werden</translation>
    </message>
    <message>
        <source>its connection could not be opened</source>
        <translation>seine Verbindung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server did not finish the handshake in time</source>
        <translation>der Server hat den Handshake nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library refused to offer it</source>
        <translation>die TLS-Bibliothek dieses Computers hat es nicht angeboten</translation>
    </message>
    <message>
        <source>its connection did not get as far as TLS</source>
        <translation>seine Verbindung kam nicht bis zu TLS</translation>
    </message>
    <message>
        <source>no X.224 request selected TLS, so no version was tried alone</source>
        <translation>keine X.224-Anfrage hat TLS ausgewählt, daher wurde keine Version einzeln versucht</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library has no weak cipher suite to offer</source>
        <translation>die TLS-Bibliothek dieses Computers hat keine schwache Cipher-Suite zum Anbieten</translation>
    </message>
    <message>
        <source>the weak-cipher probe did not get an answer to its handshake</source>
        <translation>der Test auf schwache Cipher-Suites bekam keine Antwort auf seinen Handshake</translation>
    </message>
    <message>
        <source>no handshake got as far as the server&apos;s certificate</source>
        <translation>kein Handshake kam bis zum Zertifikat des Servers</translation>
    </message>
    <message>
        <source>CredSSP was not attempted</source>
        <translation>CredSSP wurde nicht versucht</translation>
    </message>
    <message>
        <source>no connection to the server could be opened</source>
        <translation>es konnte keine Verbindung zum Server geöffnet werden</translation>
    </message>
    <message>
        <source>the connections held at once did not show the limit</source>
        <translation>die gleichzeitig gehaltenen Verbindungen zeigten die Grenze nicht</translation>
    </message>
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>die Datei ist kein gültiger UTF-16-Text</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>die Datei enthält Binärdaten statt Text</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is too large for a Remote Desktop file (%1 bytes, at most %2)</source>
        <translation>die Datei ist zu groß für eine Remotedesktopdatei (%1 Byte, höchstens %2)</translation>
    </message>
    <message>
        <source>the file has no &quot;full address&quot; setting</source>
        <translation>die Datei enthält keine Einstellung „full address“</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>die Einstellung „full address“ ist leer</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenfolge</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>weder true noch false</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>keine ganze Zahl zwischen %1 und %2</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>„%1“ ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>keine hexadezimalen Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>„%1“ ist keine bekannte ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>„%1“ ist kein Protokoll</translation>
    </message>
    <message>
        <source>evidence too large</source>
        <translation>Belege zu groß</translation>
    </message>
    <message>
        <source>evidence nested too deeply</source>
        <translation>Belege zu tief verschachtelt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>„%1“ ist keine Phase</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>„%1“ ist weder argument noch rdp-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>„%1“ ist kein Befundcode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>„%1“ ist kein hexadezimaler Code</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>keine Dauer</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>nicht rdpdiag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>„%1“ ist kein Referenzcode</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>Phase doppelt aufgeführt</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>kein rdpdiag-Bericht (kein „schema“)</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>der Bericht hat Schema %1 und wurde von einer neueren rdpdiag-Version erstellt; diese Version liest %2</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>kein rdpdiag-Bericht (Schema „%1“, erwartet %2)</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>der Bericht ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>der Bericht ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>kein rdpdiag-Bericht (kein JSON-Objekt)</translation>
    </message>
    <message>
        <source>names no proxy</source>
        <translation>nennt keinen Proxy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>„%1“ ist kein Platzhaltername</translation>
    </message>
    <message>
        <source>not upper-case hexadecimal</source>
        <translation>keine Hexadezimalzahl in Großbuchstaben</translation>
    </message>
    <message>
        <source>not a process id</source>
        <translation>keine Prozess-ID</translation>
    </message>
    <message>
        <source>without the local facts it belongs to</source>
        <translation>ohne die lokalen Fakten, zu denen es gehört</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption method</source>
        <translation>„%1“ ist kein Verschlüsselungsverfahren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption level</source>
        <translation>„%1“ ist keine Verschlüsselungsstufe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type</source>
        <translation>„%1“ ist kein Zertifikattyp</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>Die .rdp-Datei deaktiviert die Authentifizierung auf Netzwerkebene (enablecredsspsupport:i:0), aber %1 erfordert sie.</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>Die .rdp-Datei verlangt eine Serverauthentifizierung (authentication level:i:1), aber %1 bietet nur die Standard-RDP-Sicherheit an, mit der sich der Server nicht authentifizieren lässt.</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>das Zertifikat ist nicht auf %1 ausgestellt</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>Die .rdp-Datei verlangt eine Serverauthentifizierung (authentication level:i:1), aber das Zertifikat des Servers besteht diese Prüfung nicht: %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>Der Name „%1“ ist im DNS nicht vorhanden (der Namenserver hat NXDOMAIN geantwortet).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>Der Name „%1“ existiert, aber das DNS hat keine IPv4- oder IPv6-Adresse dafür.</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>Kein Namenserver hat innerhalb von %2 ms für „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>Die Namensauflösung von „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 hat die Verbindung nach %2 ms abgelehnt: Der Computer ist erreichbar, aber an Port %3 nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 hat innerhalb von %2 ms nicht auf den Verbindungsversuch geantwortet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>Der Aufbau einer Verbindung zu %1 hat %2 ms gedauert (Median aus %3 Versuchen).</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>%1 von %2 Verbindungsversuchen zu %3 sind fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 hat die TCP-Verbindung angenommen und sie dann %2 ms nach Empfang des X.224 Connection Request ohne Antwort zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 hat die Verbindung %2 ms nach Empfang des X.224 Connection Request ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 hat die Verbindung geschlossen, nachdem nur %2 Byte eines Connection Confirm gesendet wurden.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 hat die TCP-Verbindung angenommen, aber innerhalb von %2 ms kein vollständiges Connection Confirm gesendet (%3 Byte empfangen).</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>Was an %1 antwortet, ist kein Remotedesktop-Server; gesendet wurde: „%2“.</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 hat mit einem TPKT-Paket geantwortet, das kein gültiges Connection Confirm ist (%2).</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>Auf die Anforderung von TLS hat %1 stattdessen die Standard-RDP-Sicherheit ausgewählt und bietet damit weder TLS noch die Authentifizierung auf Netzwerkebene an.</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>%1 hat auf die Anforderung von %2 mit SSL_NOT_ALLOWED_BY_SERVER geantwortet: Der Server ist nur auf Standard-RDP-Sicherheit eingestellt.</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>%1 hat auf die Anforderung von %2 mit SSL_CERT_NOT_ON_SERVER geantwortet: Der Server hat kein verwendbares Zertifikat für TLS.</translation>
    </message>
    <message>
        <source>%1 answered INCONSISTENT_FLAGS when asked for %2.</source>
        <translation>%1 hat auf die Anforderung von %2 mit INCONSISTENT_FLAGS geantwortet.</translation>
    </message>
    <message>
        <source>%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires TLS.</source>
        <translation>%1 lehnt die Standard-RDP-Sicherheit ab (SSL_REQUIRED_BY_SERVER) und erfordert TLS.</translation>
    </message>
    <message>
        <source>%1 requires Network Level Authentication: it answered HYBRID_REQUIRED_BY_SERVER to %2.</source>
        <translation>%1 erfordert die Authentifizierung auf Netzwerkebene: Auf die Anforderung von %2 kam die Antwort HYBRID_REQUIRED_BY_SERVER.</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 erfordert TLS mit einem Clientzertifikat (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>%1 akzeptiert noch die Standard-RDP-Sicherheit, wenn ein Client sie anfordert.</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>%1 hat CredSSP (Authentifizierung auf Netzwerkebene) trotz Anforderung nicht ausgewählt.</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1, aus der .rdp-Datei</translation>
    </message>
    <message>
        <source>IP address given, no lookup needed</source>
        <translation>IP-Adresse angegeben, keine Namensauflösung nötig</translation>
    </message>
    <message>
        <source>resolved to %1</source>
        <translation>aufgelöst in %1</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>der Name existiert nicht</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>der Name hat keine Adresse</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>keine Antwort vom Namenserver</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>Namensauflösung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>keine Adresse für die Verbindung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>verbunden mit %1 (Median %2 ms, %3 von %4 Versuchen fehlgeschlagen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>Server hat %1 ausgewählt; akzeptiert: %2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>Server hat abgelehnt: %1; akzeptiert: %2</translation>
    </message>
    <message>
        <source>%1 after the Connection Request (%2 ms)</source>
        <translation>%1 nach dem Connection Request (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>Alert %1 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2 ms, %3 bytes received</source>
        <translation>%1 nach %2 ms, %3 Byte empfangen</translation>
    </message>
    <message>
        <source>NTLM challenge from %1, CredSSP version %2</source>
        <translation>NTLM-Challenge von %1, CredSSP-Version %2</translation>
    </message>
    <message>
        <source>not used: the server selected Standard RDP Security</source>
        <translation>nicht verwendet: Der Server hat die Standard-RDP-Sicherheit ausgewählt</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>nicht verwendet: Der Server hat CredSSP nicht ausgewählt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>The system has no route to %1.</source>
        <translation>Das System hat keine Route zu %1.</translation>
    </message>
    <message>
        <source>This computer has no default route at all.</source>
        <translation>Dieser Computer hat überhaupt keine Standardroute.</translation>
    </message>
    <message numerus="yes">
        <source>The target and %n other endpoint(s) (DNS servers, gateway) could not be reached from this computer.</source>
        <translation>
            <numerusform>Das Ziel und %n weiterer Endpunkt (DNS-Server, Gateway) waren von diesem Computer aus nicht erreichbar.</numerusform>
            <numerusform>Das Ziel und %n weitere Endpunkte (DNS-Server, Gateway) waren von diesem Computer aus nicht erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The route to %1 leaves through %2 (%3).</source>
        <translation>Die Route zu %1 führt über %2 (%3).</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>Tunnel</translation>
    </message>
    <message>
        <source>The largest packet toward %1 is %2 bytes (adapter %3).</source>
        <translation>Das größte Paket in Richtung %1 ist %2 Byte groß (Adapter %3).</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3), which this computer would send to its default gateway %4.</source>
        <translation>%1 wird in %2 (%3) aufgelöst, das dieser Computer an sein Standardgateway %4 senden würde.</translation>
    </message>
    <message>
        <source>The answer is the address of a DNS server or router of this network, which points to a captive portal or a DNS server that answers every name with its own address.</source>
        <translation>Die Antwort ist die Adresse eines DNS-Servers oder Routers dieses Netzwerks. Das deutet auf ein Captive Portal hin oder auf einen DNS-Server, der jeden Namen mit seiner eigenen Adresse beantwortet.</translation>
    </message>
    <message>
        <source>Outgoing TCP to port %1 is stopped by %2.</source>
        <translation>Ausgehender TCP-Datenverkehr an Port %1 wird von %2 blockiert.</translation>
    </message>
    <message>
        <source>Possibly blocking: %1.</source>
        <translation>Möglicherweise blockierend: %1.</translation>
    </message>
    <message>
        <source>Not readable: %1.</source>
        <translation>Nicht lesbar: %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to always use the gateway (gatewayusagemethod 1): the client never connects to %1 directly.</source>
        <translation>Laut .rdp-Datei wird immer das Gateway verwendet (gatewayusagemethod 1): Der Client verbindet sich nie direkt mit %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct test failed, so the client goes through the gateway.</source>
        <translation>Laut .rdp-Datei wird das Gateway verwendet, wenn eine direkte Verbindung fehlschlägt (gatewayusagemethod 2). Der direkte Test ist fehlgeschlagen, daher verbindet sich der Client über das Gateway.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct connection worked, so the client connects directly.</source>
        <translation>Laut .rdp-Datei wird das Gateway verwendet, wenn eine direkte Verbindung fehlschlägt (gatewayusagemethod 2). Die direkte Verbindung hat funktioniert, daher verbindet sich der Client direkt.</translation>
    </message>
    <message>
        <source>The .rdp file names the gateway and leaves its use to the client&apos;s default settings, which normally means through the gateway.</source>
        <translation>Die .rdp-Datei nennt das Gateway und überlässt seine Verwendung den Standardeinstellungen des Clients; normalerweise bedeutet das: über das Gateway.</translation>
    </message>
    <message>
        <source>The .rdp file names a gateway but says not to use it.</source>
        <translation>Die .rdp-Datei nennt ein Gateway, legt aber fest, dass es nicht verwendet wird.</translation>
    </message>
    <message>
        <source>The gateway&apos;s name %1 could not be resolved (%2).</source>
        <translation>Der Name des Gateways %1 konnte nicht aufgelöst werden (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 ended with: %3.</source>
        <translation>Die Verbindung mit %1 an Port %2 endete mit: %3.</translation>
    </message>
    <message>
        <source>The TLS handshake with the gateway ended with: %1.</source>
        <translation>Der TLS-Handshake mit dem Gateway endete mit: %1.</translation>
    </message>
    <message>
        <source>It ended on %1.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>It is made out to %1.</source>
        <translation>Das Zertifikat ist auf %1 ausgestellt.</translation>
    </message>
    <message>
        <source>Verification said: %1.</source>
        <translation>Ergebnis der Überprüfung: %1.</translation>
    </message>
    <message>
        <source>The answer was: %1.</source>
        <translation>Die Antwort lautete: %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>Das Zertifikat ist am %1 abgelaufen (vor %2 Tagen).</translation>
    </message>
    <message>
        <source>The certificate ends on %1, in %2 days.</source>
        <translation>Das Zertifikat läuft am %1 ab, in %2 Tagen.</translation>
    </message>
    <message>
        <source>The certificate becomes valid only on %1; this computer&apos;s clock says %2.</source>
        <translation>Das Zertifikat wird erst am %1 gültig; die Uhr dieses Computers zeigt %2.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed by itself.</source>
        <translation>Das Zertifikat „%1“ ist selbstsigniert.</translation>
    </message>
    <message>
        <source>Checking the chain against this computer&apos;s trusted roots failed: %1.</source>
        <translation>Die Überprüfung der Kette anhand der vertrauenswürdigen Stammzertifikate dieses Computers ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>You connect to &quot;%1&quot;, but the certificate is made out to %2.</source>
        <translation>Sie verbinden sich mit „%1“, aber das Zertifikat ist auf %2 ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 with only %2 bits.</source>
        <translation>Der Schlüssel des Zertifikats ist %1 mit nur %2 Bit.</translation>
    </message>
    <message>
        <source>The certificate is signed with %1.</source>
        <translation>Das Zertifikat ist mit %1 signiert.</translation>
    </message>
    <message>
        <source>The certificate&apos;s Extended Key Usage allows only: %1.</source>
        <translation>Die erweiterte Schlüsselverwendung des Zertifikats erlaubt nur: %1.</translation>
    </message>
    <message>
        <source>The server reset the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>Der Server hat die Verbindung nach unserer CredSSP-Anforderung zurückgesetzt, bevor er seine NTLM-Challenge gesendet hat.</translation>
    </message>
    <message>
        <source>The server closed the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>Der Server hat die Verbindung nach unserer CredSSP-Anforderung geschlossen, bevor er seine NTLM-Challenge gesendet hat.</translation>
    </message>
    <message>
        <source>The server did not answer our CredSSP request within %1 ms.</source>
        <translation>Der Server hat innerhalb von %1 ms nicht auf unsere CredSSP-Anforderung geantwortet.</translation>
    </message>
    <message>
        <source>The server answered our CredSSP request with the error code %1 instead of an NTLM challenge.</source>
        <translation>Der Server hat unsere CredSSP-Anforderung mit dem Fehlercode %1 statt mit einer NTLM-Challenge beantwortet.</translation>
    </message>
    <message>
        <source>The server speaks CredSSP version %1.</source>
        <translation>Der Server verwendet CredSSP-Version %1.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds ahead of this computer&apos;s.</source>
        <translation>Die Uhr des Servers geht %1 Sekunden gegenüber der Uhr dieses Computers vor.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds behind this computer&apos;s.</source>
        <translation>Die Uhr des Servers geht %1 Sekunden gegenüber der Uhr dieses Computers nach.</translation>
    </message>
    <message>
        <source>no route to %1</source>
        <translation>keine Route zu %1</translation>
    </message>
    <message>
        <source>via %1 (MTU %2)</source>
        <translation>über %1 (MTU %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>firewalls read: %1</source>
        <translation>ausgelesene Firewalls: %1</translation>
    </message>
    <message>
        <source>gateway %1:%2</source>
        <translation>Gateway %1:%2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>lauscht an %1</translation>
    </message>
    <message>
        <source>no Remote Desktop service found</source>
        <translation>kein Remotedesktopdienst gefunden</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes zurückgesetzt, nach %1 Byte seiner Antwort.</translation>
    </message>
    <message>
        <source>The server reset the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>Der Server hat die Verbindung zurückgesetzt, sobald der TLS-Handshake begann, noch bevor er eine Antwort gesendet hat.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen, nach %1 Byte seiner Antwort.</translation>
    </message>
    <message>
        <source>The server closed the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>Der Server hat die Verbindung geschlossen, sobald der TLS-Handshake begann, noch bevor er eine Antwort gesendet hat.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled: after %1 bytes of the server&apos;s reply nothing more arrived within %2 ms.</source>
        <translation>Der TLS-Handshake ist ins Stocken geraten: Nach %1 Byte der Serverantwort kam innerhalb von %2 ms nichts mehr an.</translation>
    </message>
    <message>
        <source>The server sent no TLS reply at all within %1 ms.</source>
        <translation>Der Server hat innerhalb von %1 ms überhaupt keine TLS-Antwort gesendet.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot; (number %2).</source>
        <translation>Der Server hat den TLS-Handshake mit dem Alert „%1“ (Nummer %2) beendet.</translation>
    </message>
    <message>
        <source>Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server.</source>
        <translation>Erzwungene TLS-1.2- und TLS-1.3-Handshakes wurden vom Server beide abgelehnt.</translation>
    </message>
    <message>
        <source>The server completed a handshake with TLS %1.</source>
        <translation>Der Server hat einen Handshake mit TLS %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>The server accepted the weak cipher suite %1.</source>
        <translation>Der Server hat die schwache Verschlüsselungssammlung %1 akzeptiert.</translation>
    </message>
    <message>
        <source>Stopped by %1.</source>
        <translation>Blockiert durch %1.</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>Bedingt: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No xrdp process runs with %1 (%2).</source>
        <translation>Kein xrdp-Prozess läuft mit %1 (%2).</translation>
    </message>
    <message>
        <source>xrdp-sesman is %1.</source>
        <translation>xrdp-sesman ist %1.</translation>
    </message>
    <message>
        <source> Port %1 is held by %2 (pid %3).</source>
        <translation> Port %1 ist durch %2 belegt (PID %3).</translation>
    </message>
    <message>
        <source>xrdp runs but listens on none of %1.</source>
        <translation>xrdp läuft, lauscht aber an keinem von %1.</translation>
    </message>
    <message>
        <source>xrdp uses port %1, clients use %2.</source>
        <translation>xrdp verwendet Port %1, die Clients verwenden %2.</translation>
    </message>
    <message>
        <source>xrdp listens on %1 only.</source>
        <translation>xrdp lauscht nur an %1.</translation>
    </message>
    <message>
        <source>%1 sets security_layer=rdp.</source>
        <translation>%1 setzt security_layer=rdp.</translation>
    </message>
    <message>
        <source>ssl_protocols=%1.</source>
        <translation>ssl_protocols=%1.</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate.</source>
        <translation>%1 enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds no usable private key.</source>
        <translation>%1 enthält keinen verwendbaren privaten Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not the key of %2.</source>
        <translation>%1 ist nicht der Schlüssel von %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1 has a %2-bit RSA key.</source>
        <translation>%1 hat einen RSA-Schlüssel mit %2 Bit.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>TermService is %1.</source>
        <translation>TermService ist %1.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 ist %2.</translation>
    </message>
    <message>
        <source>A Group Policy sets fDenyTSConnections to 1.</source>
        <translation>Eine Gruppenrichtlinie setzt fDenyTSConnections auf 1.</translation>
    </message>
    <message>
        <source>fDenyTSConnections is 1.</source>
        <translation>fDenyTSConnections ist 1.</translation>
    </message>
    <message>
        <source>PortNumber is %1, clients use %2.</source>
        <translation>PortNumber ist %1, die Clients verwenden %2.</translation>
    </message>
    <message>
        <source>No socket of TermService listens on port %1.</source>
        <translation>Kein Socket von TermService lauscht an Port %1.</translation>
    </message>
    <message>
        <source>SecurityLayer is 0.</source>
        <translation>SecurityLayer ist 0.</translation>
    </message>
    <message>
        <source>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</source>
        <translation>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</translation>
    </message>
    <message>
        <source>Switched on explicitly: %1.</source>
        <translation>Explizit aktiviert: %1.</translation>
    </message>
    <message>
        <source>SSLCertificateSHA1Hash names %1, which is in neither store.</source>
        <translation>SSLCertificateSHA1Hash verweist auf %1, das sich in keinem der beiden Speicher befindet.</translation>
    </message>
    <message>
        <source>The certificate %1 has no private key (HasPrivateKey False).</source>
        <translation>Das Zertifikat %1 hat keinen privaten Schlüssel (HasPrivateKey False).</translation>
    </message>
    <message>
        <source>The certificate %1 ended on %2.</source>
        <translation>Das Zertifikat %1 ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Event 1069: the grace period has expired.</source>
        <translation>Ereignis 1069: Der Toleranzzeitraum ist abgelaufen.</translation>
    </message>
    <message>
        <source>0 days of the grace period are left.</source>
        <translation>Vom Toleranzzeitraum sind 0 Tage übrig.</translation>
    </message>
    <message>
        <source>%1 days of the grace period are left.</source>
        <translation>Vom Toleranzzeitraum sind %1 Tage übrig.</translation>
    </message>
    <message>
        <source>MaxInstanceCount is %1.</source>
        <translation>MaxInstanceCount ist %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, the latest at %2: %3</source>
        <translation>
            <numerusform>%n Ereignis in den letzten %1 Tagen, zuletzt am %2: %3</numerusform>
            <numerusform>%n Ereignisse in den letzten %1 Tagen, zuletzt am %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform: %1.</source>
        <translation>Plattform: %1.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Nicht ausgelesen: %1.</translation>
    </message>
    <message>
        <source>no active firewall found</source>
        <translation>keine aktive Firewall gefunden</translation>
    </message>
    <message>
        <source>%1 refused (%2)</source>
        <translation>%1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>%1 answered with %2</source>
        <translation>%1 mit %2 beantwortet</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Offered alone, %1 was accepted by %2 (encryption level %3).</source>
        <translation>Einzeln angeboten wurde %1 von %2 akzeptiert (Verschlüsselungsstufe %3).</translation>
    </message>
    <message>
        <source>%1 announced the encryption level %2 and accepted only %3 of the four methods offered alone.</source>
        <translation>%1 hat die Verschlüsselungsstufe %2 gemeldet und von den vier einzeln angebotenen Verfahren nur %3 akzeptiert.</translation>
    </message>
    <message>
        <source>%1 accepted none of the four methods offered alone (encryption level %2): %3.</source>
        <translation>%1 hat keines der vier einzeln angebotenen Verfahren akzeptiert (Verschlüsselungsstufe %2): %3.</translation>
    </message>
    <message>
        <source>; Standard RDP Security: level %1, accepts %2</source>
        <translation>; Standard-RDP-Sicherheit: Stufe %1, akzeptiert %2</translation>
    </message>
    <message>
        <source>none of the methods offered</source>
        <translation>keines der angebotenen Verfahren</translation>
    </message>
    <message>
        <source>%1 of the connections this check opened to %2 at the same time broke before the server answered; tried again one at a time, %3 of them worked.</source>
        <translation>%1 der Verbindungen, die diese Prüfung gleichzeitig zu %2 öffnete, brachen ab, bevor der Server antwortete; einzeln wiederholt funktionierten %3 davon.</translation>
    </message>
    <message>
        <source>The server held one connection at once and broke the next one.</source>
        <translation>Der Server hielt eine Verbindung gleichzeitig und brach die nächste ab.</translation>
    </message>
    <message>
        <source>The server held %1 connections at once and broke the next one.</source>
        <translation>Der Server hielt %1 Verbindungen gleichzeitig und brach die nächste ab.</translation>
    </message>
    <message>
        <source>How many connections it holds at once could not be determined (%1).</source>
        <translation>Wie viele Verbindungen er gleichzeitig hält, konnte nicht ermittelt werden (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake stalled after %1 bytes of the server&apos;s reply, but a second handshake that asked the server for TCP segments of at most %2 bytes completed in %3 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>Der TLS-Handshake ist nach %1 Byte der Serverantwort ins Stocken geraten, aber ein zweiter Handshake, der vom Server TCP-Segmente von höchstens %2 Byte anforderte, wurde in %3 ms abgeschlossen: Die Pakete voller Größe des Servers gehen unterwegs verloren.</translation>
    </message>
    <message>
        <source>None of the server&apos;s TLS reply arrived, but a second handshake that asked the server for TCP segments of at most %1 bytes completed in %2 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>Von der TLS-Antwort des Servers kam nichts an, aber ein zweiter Handshake, der vom Server TCP-Segmente von höchstens %1 Byte anforderte, wurde in %2 ms abgeschlossen: Die Pakete voller Größe des Servers gehen unterwegs verloren.</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes completed</source>
        <translation>; ein Handshake mit TCP-Segmenten von höchstens %1 Byte wurde abgeschlossen</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes stalled too</source>
        <translation>; ein Handshake mit TCP-Segmenten von höchstens %1 Byte geriet ebenfalls ins Stocken</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Stages</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>Sicherheitsaushandlung (X.224)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (Authentifizierung auf Netzwerkebene)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>RD Gateway</source>
        <translation>Remotedesktopgateway</translation>
    </message>
    <message>
        <source>Server self-check</source>
        <translation>Selbstprüfung des Servers</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
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
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>Connection to the Remote Desktop port (TCP)</source>
        <translation>Verbindung zum Remotedesktop-Port (TCP)</translation>
    </message>
    <message>
        <source>Encryption and certificate (TLS)</source>
        <translation>Verschlüsselung und Zertifikat (TLS)</translation>
    </message>
    <message>
        <source>Network Level Authentication (CredSSP)</source>
        <translation>Authentifizierung auf Netzwerkebene (CredSSP)</translation>
    </message>
    <message>
        <source>Standard RDP Security</source>
        <translation>Standard-RDP-Sicherheit</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Target</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a computer name</source>
        <translation>„%1“ ist kein Computername</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>der Computername ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>„%1“ enthält einen leeren Abschnitt zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>ein Abschnitt des Computernamens ist länger als %1 Zeichen: „%2“</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>ein Abschnitt eines Computernamens darf nicht mit &apos;-&apos; beginnen oder enden: „%1“</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>kein Computername und keine Adresse angegeben</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>in einem Computernamen ist %1 nicht zulässig: „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>keine Portnummer nach &apos;:&apos;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>ungültiger Port „%1“: Verwenden Sie eine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>unvollständige eckige Klammern in „%1“: Schreiben Sie eine IPv6-Adresse als [Adresse] oder [Adresse]:Port</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>unerwartete eckige Klammern in „%1“: Schreiben Sie eine IPv6-Adresse als [Adresse] oder [Adresse]:Port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>unerwarteter Text „%1“ nach &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>„%1“ sieht wie eine URL aus: Geben Sie nur den Computernamen oder die Adresse an, optional mit :Port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse (schreiben Sie [Adresse]:Port, um einen Port anzugeben)</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>kein Computername und keine Adresse vor &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>„%1“ kann nicht gelesen werden: Es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>„%1“ ist zu groß für eine Remotedesktopdatei (%2 Byte, höchstens %3)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>„%1“ ist zu groß für eine Remotedesktopdatei (mehr als %2 Byte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>„%1“: Der Serverport %2 ist keine Zahl zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>„%1“: Die Angabe „full address“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TextSummary</name>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2 — %3 ms — reference %4</source>
        <translation>rdpdiag %1 — %2 — %3 ms — Referenz %4</translation>
    </message>
    <message>
        <source>The run was cancelled; what follows is incomplete.</source>
        <translation>Der Durchlauf wurde abgebrochen; die folgenden Angaben sind unvollständig.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>Außerdem bemerkt (verhindert keine Verbindung)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Nicht ermittelt</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TicketSummary</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>rdpdiag findings — reference %1</source>
        <translation>rdpdiag-Befunde — Referenz %1</translation>
    </message>
    <message>
        <source>Target:    %1</source>
        <translation>Ziel:         %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adressen:     %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>Durchlauf:    %1 UTC, %2 ms, rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation> (abgebrochen: unvollständig)</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>Gemeldet:     Fehlercode %1, erweiterter Fehlercode %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>Anonymisiert: Namen und Adressen sind durch Platzhalter ersetzt</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>Ablauf:       %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>Empfohlene Behebung (%1):</translation>
    </message>
    <message>
        <source>on the client</source>
        <translation>auf dem Client</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>auf dem Server</translation>
    </message>
    <message>
        <source>  (no fix steps: see report.html)</source>
        <translation>  (keine Schritte zur Behebung: siehe report.html)</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>Keine Behebung nötig: Nichts verhindert eine Verbindung.</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>Details: report.html und report.json im Paket (Referenz %1).</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Informationen: %3</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>  … and %1 more (see report.html)</source>
        <translation>  … und %1 weitere (siehe report.html)</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <source>  … and %1 more step(s) in report.html</source>
        <translation>  … und %1 weitere(r) Schritt(e) in report.html</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections):</source>
        <translation>Außerdem bemerkt (verhindert keine Verbindung):</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Translations</name>
    <message>
        <source>--lang needs a language code (e.g. de)</source>
        <translation>--lang braucht einen Sprachcode (z. B. de)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang „%1“ ist kein Sprachcode (versuchen Sie de oder zh_CN)</translation>
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
        <translation>Prüfung der Remotedesktopverbindung</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>Diagnose stoppen</translation>
    </message>
    <message>
        <source>Stop the diagnosis now; what was checked so far stays shown</source>
        <translation>Diagnose jetzt stoppen; die bisher geprüften Ergebnisse bleiben sichtbar</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>Technische &amp;Details</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>For support staff: raw evidence under every finding (bytes sent and received, protocol values, timings)</source>
        <translation>Für Supportmitarbeiter: Rohdaten unter jedem Befund (gesendete und empfangene Bytes, Protokollwerte, Zeiten)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig stellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Befundpaket öffnen</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip);;All files (*)</source>
        <translation>Befundpakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The findings bundle %1 cannot be opened: %2</source>
        <translation>Das Befundpaket %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the findings bundle</source>
        <translation>Befundpaket exportieren</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip)</source>
        <translation>Befundpakete (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved: %1</source>
        <translation>Das Paket wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1. Attach it to your support request.</source>
        <translation>%1 wurde gespeichert. Fügen Sie die Datei Ihrer Supportanfrage bei.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Evidence</name>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehlermeldungen</translation>
    </message>
    <message>
        <source>Expected port</source>
        <translation>Erwarteter Port</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Bytes received (hex)</source>
        <translation>Empfangene Bytes (hex)</translation>
    </message>
    <message>
        <source>Protocols asked for</source>
        <translation>Angefragte Protokolle</translation>
    </message>
    <message>
        <source>Protocol chosen</source>
        <translation>Gewähltes Protokoll</translation>
    </message>
    <message>
        <source>Bytes sent (hex)</source>
        <translation>Gesendete Bytes (hex)</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Ausgestellt für</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Time limit (ms)</source>
        <translation>Zeitlimit (ms)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::FindingView</name>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt</source>
        <translation>Eingabeaufforderung</translation>
    </message>
    <message>
        <source>Terminal (bash)</source>
        <translation>Terminal (bash)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation>Wählen Sie eine Prüfung aus, um zu sehen, was gefunden wurde und wie Sie es beheben.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>Befehl für %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy this %1 command to the clipboard</source>
        <translation>Diesen %1-Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>Befundcode</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Dauer: %1 ms.</translation>
    </message>
    <message>
        <source>The diagnosis is at this step now.</source>
        <translation>Die Diagnose befindet sich gerade bei diesem Schritt.</translation>
    </message>
    <message>
        <source>The diagnosis has not reached this step yet.</source>
        <translation>Die Diagnose hat diesen Schritt noch nicht erreicht.</translation>
    </message>
    <message>
        <source>Raw facts</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>On the remote computer</source>
        <translation>Auf dem Remotecomputer</translation>
    </message>
    <message>
        <source>Steps for the administrator</source>
        <translation>Schritte für den Administrator</translation>
    </message>
    <message>
        <source>For support staff: the evidence (bytes, protocol values, timings) is under Technical details.</source>
        <translation>Für den Support: Die Belege (Bytes, Protokollwerte, Zeiten) stehen unter „Technische Details“.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::HeadlineView</name>
    <message>
        <source>Not checked by this run:</source>
        <translation>Von diesem Lauf nicht geprüft:</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Was Sie jetzt tun können:</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::PipelineStrip</name>
    <message>
        <source>Connection steps</source>
        <translation>Verbindungsschritte</translation>
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
        <translation>▲ hier gescheitert</translation>
    </message>
    <message>
        <source>The connection broke at %1.</source>
        <translation>Die Verbindung ist bei %1 gescheitert.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ResultsPage</name>
    <message>
        <source>Can this computer find the remote computer and reach its Remote Desktop port?</source>
        <translation>Kann dieser Computer den Remotecomputer finden und dessen Remotedesktop-Port erreichen?</translation>
    </message>
    <message>
        <source>Does a firewall on the way, on the server or on this computer block the connection?</source>
        <translation>Blockiert eine Firewall unterwegs, auf dem Server oder auf diesem Computer die Verbindung?</translation>
    </message>
    <message>
        <source>Do this computer and the server agree on how to secure the connection?</source>
        <translation>Sind sich dieser Computer und der Server einig, wie die Verbindung gesichert wird?</translation>
    </message>
    <message>
        <source>Can the encrypted connection be set up, and is the server&apos;s certificate in order?</source>
        <translation>Kann die verschlüsselte Verbindung aufgebaut werden, und ist das Zertifikat des Servers in Ordnung?</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service of this computer (the server) in order?</source>
        <translation>Ist der Remotedesktopdienst dieses Computers (des Servers) in Ordnung?</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Sicherheitsebene</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>Nothing found on this page so far.</source>
        <translation>Auf dieser Seite wurde bisher nichts gefunden.</translation>
    </message>
    <message>
        <source>Nothing found on this page.</source>
        <translation>Auf dieser Seite wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 note(s) on this page.</source>
        <translation>Auf dieser Seite: %1 Problem(e), %2 Warnung(en), %3 Hinweis(e).</translation>
    </message>
    <message>
        <source>The checks of this page appear here as the diagnosis reaches them.</source>
        <translation>Die Prüfungen dieser Seite erscheinen hier, sobald die Diagnose sie erreicht.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::RunStatusBar</name>
    <message>
        <source>Saved run of %1, made %2 (reference %3), opened from %4.</source>
        <translation>Gespeicherter Durchlauf für %1, erstellt %2 (Referenz %3), geöffnet aus %4.</translation>
    </message>
    <message>
        <source>Saved run of %1 made on %2, %3 (reference %4), opened from %5.</source>
        <translation>Gespeicherter Durchlauf für %1, erstellt auf %2, %3 (Referenz %4), geöffnet aus %5.</translation>
    </message>
    <message>
        <source>Read-only: go back to the first page to run a new diagnosis.</source>
        <translation>Schreibgeschützt: Kehren Sie zur ersten Seite zurück, um eine neue Diagnose auszuführen.</translation>
    </message>
    <message>
        <source>Names and addresses were hidden.</source>
        <translation>Namen und Adressen wurden ausgeblendet.</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Diagnosefortschritt</translation>
    </message>
    <message>
        <source>The diagnosis starts when you leave the first page.</source>
        <translation>Die Diagnose beginnt, wenn Sie die erste Seite verlassen.</translation>
    </message>
    <message>
        <source>Checking: %1… (%2 s)</source>
        <translation>Wird geprüft: %1… (%2 s)</translation>
    </message>
    <message>
        <source>Checking… (%1 s)</source>
        <translation>Wird geprüft… (%1 s)</translation>
    </message>
    <message>
        <source>Diagnosis of %1 finished in %2 s (reference %3).</source>
        <translation>Diagnose von %1 in %2 s abgeschlossen (Referenz %3).</translation>
    </message>
    <message>
        <source>You stopped the diagnosis. What was checked until then is shown; the rest was not checked.</source>
        <translation>Sie haben die Diagnose gestoppt. Angezeigt wird, was bis dahin geprüft wurde; der Rest wurde nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Status</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;All findings:</source>
        <translation>&amp;Alle Befunde:</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>Ticketzusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Ticketzusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copy a short text for a support ticket to the clipboard</source>
        <translation>Einen kurzen Text für ein Supportticket in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export findings bundle</source>
        <translation>Befundpaket exportieren</translation>
    </message>
    <message>
        <source>Save everything support needs in one .zip file</source>
        <translation>Alles, was der Support benötigt, in einer ZIP-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Hide names and addresses</source>
        <translation>&amp;Namen und Adressen ausblenden</translation>
    </message>
    <message>
        <source>The ticket summary is on the clipboard: paste it into your support request.</source>
        <translation>Die Ticketzusammenfassung befindet sich in der Zwischenablage: Fügen Sie sie in Ihre Supportanfrage ein.</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Noch nichts geprüft.</translation>
    </message>
    <message>
        <source>The diagnosis is still running…</source>
        <translation>Die Diagnose läuft noch…</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>The run was stopped before it ended, so this verdict may be incomplete.</source>
        <translation>Der Durchlauf wurde vor seinem Ende gestoppt; dieses Ergebnis ist daher möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>Reference: %1 (give it to support)</source>
        <translation>Referenz: %1 (geben Sie sie beim Support an)</translation>
    </message>
    <message>
        <source>%1 — on the page &quot;%2&quot;</source>
        <translation>%1 — auf der Seite „%2“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings appear here as the diagnosis finds them.</source>
        <translation>Befunde erscheinen hier, sobald die Diagnose sie findet.</translation>
    </message>
    <message>
        <source>Nothing was found that needs attention.</source>
        <translation>Es wurde nichts gefunden, das Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <source>Replace computer and user names and addresses in the exported bundle and the copied ticket summary with placeholders</source>
        <translation>Computer- und Benutzernamen sowie Adressen im exportierten Paket und in der kopierten Ticket-Zusammenfassung durch Platzhalter ersetzen</translation>
    </message>
    <message>
        <source>What stops the connection, who has to act, and what to do now.</source>
        <translation>Was die Verbindung verhindert, wer handeln muss und was jetzt zu tun ist.</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation>&amp;Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy the run&apos;s reference code to the clipboard</source>
        <translation>Den Referenzcode dieses Laufs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>Erneut a&amp;usführen</translation>
    </message>
    <message>
        <source>All findings, what explains the problem first</source>
        <translation>Alle Befunde, das Erklärende zuerst</translation>
    </message>
    <message>
        <source>The reference %1 is on the clipboard: give it to whoever helps you.</source>
        <translation>Die Referenz %1 ist in der Zwischenablage: Geben Sie sie der Person, die Ihnen hilft.</translation>
    </message>
    <message>
        <source>The answer appears here when all steps are done. You can look at the other pages meanwhile.</source>
        <translation>Die Antwort erscheint hier, wenn alle Schritte fertig sind. Sie können sich in der Zwischenzeit die anderen Seiten ansehen.</translation>
    </message>
    <message>
        <source>Also noticed: %1</source>
        <translation>Außerdem bemerkt: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WelcomePage</name>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Tell which computer you connect to and, if you saw one, the error code. The check changes nothing on either computer and never sends a password.</source>
        <translation>Geben Sie an, mit welchem Computer Sie sich verbinden, und – falls angezeigt – den Fehlercode. Die Prüfung ändert auf keinem der beiden Computer etwas und sendet niemals ein Kennwort.</translation>
    </message>
    <message>
        <source>e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file</source>
        <translation>z. B. pc42.example.com, 192.0.2.10:3390 oder eine .rdp-Datei</translation>
    </message>
    <message>
        <source>Computer to connect to</source>
        <translation>Computer, mit dem Sie sich verbinden</translation>
    </message>
    <message>
        <source>Open .&amp;rdp file…</source>
        <translation>.&amp;rdp-Datei öffnen…</translation>
    </message>
    <message>
        <source>Open .rdp file</source>
        <translation>.rdp-Datei öffnen</translation>
    </message>
    <message>
        <source>Use the Remote Desktop file your administrator gave you</source>
        <translation>Die Remotedesktopdatei verwenden, die Sie von Ihrem Administrator erhalten haben</translation>
    </message>
    <message>
        <source>&amp;Computer:</source>
        <translation>&amp;Computer:</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>optional, e.g. 0x904</source>
        <translation>optional, z. B. 0x904</translation>
    </message>
    <message>
        <source>%1 with extended code %2</source>
        <translation>%1 mit erweitertem Fehlercode %2</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>&amp;Fehlercode:</translation>
    </message>
    <message>
        <source>Extended error code</source>
        <translation>Erweiterter Fehlercode</translation>
    </message>
    <message>
        <source>optional, e.g. 0x7</source>
        <translation>optional, z. B. 0x7</translation>
    </message>
    <message>
        <source>E&amp;xtended code:</source>
        <translation>Er&amp;weiterter Code:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds</source>
        <translation>Zeitlimit für jeden Schritt, in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for each network step before calling it a timeout. Raise it for slow VPN connections.</source>
        <translation>Wie lange bei jedem Netzwerkschritt gewartet wird, bevor eine Zeitüberschreitung gemeldet wird. Erhöhen Sie den Wert bei langsamen VPN-Verbindungen.</translation>
    </message>
    <message>
        <source>&amp;Time limit per step:</source>
        <translation>&amp;Zeitlimit pro Schritt:</translation>
    </message>
    <message>
        <source>You can also drop an .rdp file onto this window.</source>
        <translation>Sie können eine .rdp-Datei auch auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Support staff: open the findings bundle (.zip) a user sent you.</source>
        <translation>Supportmitarbeiter: Öffnen Sie das Befundpaket (.zip), das ein Benutzer Ihnen gesendet hat.</translation>
    </message>
    <message>
        <source>Open a findings &amp;bundle…</source>
        <translation>Befund&amp;paket öffnen…</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Befundpaket öffnen</translation>
    </message>
    <message>
        <source>Type the name or address of the computer you connect to, or open its .rdp file.</source>
        <translation>Geben Sie den Namen oder die Adresse des Computers ein, mit dem Sie sich verbinden, oder öffnen Sie dessen .rdp-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code.</source>
        <translation>„%1“ ist kein Fehlercode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended error code.</source>
        <translation>„%1“ ist kein erweiterter Fehlercode.</translation>
    </message>
    <message>
        <source>Not an extended code: type it as shown, e.g. 0x7.</source>
        <translation>Kein erweiterter Fehlercode: Geben Sie ihn wie angezeigt ein, z. B. 0x7.</translation>
    </message>
    <message>
        <source>Not an error code: type it as shown, e.g. 0x904.</source>
        <translation>Kein Fehlercode: Geben Sie ihn wie angezeigt ein, z. B. 0x904.</translation>
    </message>
    <message>
        <source>Will check %1, port %2 (from the .rdp file).</source>
        <translation>Geprüft wird %1, Port %2 (aus der .rdp-Datei).</translation>
    </message>
    <message>
        <source>Will check %1, port %2.</source>
        <translation>Geprüft wird %1, Port %2.</translation>
    </message>
    <message>
        <source>Open a Remote Desktop file</source>
        <translation>Remotedesktopdatei öffnen</translation>
    </message>
    <message>
        <source>Remote Desktop files (*.rdp);;All files (*)</source>
        <translation>Remotedesktopdateien (*.rdp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reads the service state, the port it listens on, its security and certificate settings and its recent errors. Nothing is changed.</source>
        <translation>Liest den Dienststatus, den Port, an dem er lauscht, seine Sicherheits- und Zertifikateinstellungen und seine letzten Fehler. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>I am on the &amp;server</source>
        <translation>Ich bin auf dem &amp;Server</translation>
    </message>
    <message>
        <source>I am on the server</source>
        <translation>Ich bin auf dem Server</translation>
    </message>
    <message>
        <source>Also checks this computer&apos;s Remote Desktop service from the inside. Nothing is changed.</source>
        <translation>Prüft zusätzlich den Remotedesktopdienst dieses Computers von innen. Es wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WizardCommandLine</name>
    <message>
        <source>Finds out why a Remote Desktop connection fails and says what to fix, step by step.</source>
        <translation>Ermittelt, warum eine Remotedesktopverbindung fehlschlägt, und erklärt Schritt für Schritt, was zu beheben ist.</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Sprache des Fensters, z. B. de, fr, es, ja, zh_CN (Standard: die Systemsprache).</translation>
    </message>
    <message>
        <source>Pre-fill the error code the client showed, e.g. 0x904.</source>
        <translation>Den Fehlercode vorausfüllen, den der Client angezeigt hat, z. B. 0x904.</translation>
    </message>
    <message>
        <source>Pre-fill the extended error code, e.g. 0x7.</source>
        <translation>Den erweiterten Fehlercode vorausfüllen, z. B. 0x7.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The computer (host, host:port, [IPv6]:port), an .rdp file, or a findings bundle (.zip) to open read-only.</source>
        <translation>Der Computer (Host, Host:Port, [IPv6]:Port), eine .rdp-Datei oder ein Befundpaket (.zip), das schreibgeschützt geöffnet wird.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang „%1“ ist kein Sprachcode (versuchen Sie de oder zh_CN)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>nur ein Ziel pro Aufruf möglich, angegeben wurden %1: %2</translation>
    </message>
</context>
</TS>
