<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>rdpdiag::Bundle</name>
    <message>
        <source>no file name given for the bundle</source>
        <translation>aucun nom de fichier indiqué pour l&apos;archive</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 est un dossier, et non un nom de fichier</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the report has no valid reference code</source>
        <translation>le rapport n&apos;a aucun code de référence valide</translation>
    </message>
    <message>
        <source>The server&apos;s certificates (%1 PEM files) are not in this redacted bundle: a certificate carries its subject and issuer names, which cannot be replaced without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report identify it.</source>
        <translation>Les certificats du serveur (%1 fichiers PEM) ne figurent pas dans cette archive anonymisée&#xa0;: un certificat contient les noms de son objet et de son émetteur, qui ne peuvent pas être remplacés sans invalider sa signature. Les empreintes SHA-1 et SHA-256 indiquées dans le rapport permettent de l&apos;identifier.</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 bytes)</source>
        <translation>%1 est trop volumineux pour une archive (%2 octets)</translation>
    </message>
    <message>
        <source>the bundle&apos;s files are too large together (%1 bytes)</source>
        <translation>les fichiers de l&apos;archive sont trop volumineux au total (%1 octets)</translation>
    </message>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>impossible de créer l&apos;archive zip&#xa0;: %1</translation>
    </message>
    <message>
        <source>the bundle is too large (%1 bytes)</source>
        <translation>l&apos;archive est trop volumineuse (%1 octets)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not written completely</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le fichier n&apos;a pas été entièrement écrit</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle (%2 bytes, at most %3)</source>
        <translation>%1 est trop volumineux pour une archive de diagnostic (%2 octets, %3 au maximum)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle</source>
        <translation>%1 est trop volumineux pour une archive de diagnostic</translation>
    </message>
    <message>
        <source>too large for a findings bundle</source>
        <translation>trop volumineux pour une archive de diagnostic</translation>
    </message>
    <message>
        <source>not a valid findings bundle: %1</source>
        <translation>archive de diagnostic non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a findings bundle: it has no manifest.json</source>
        <translation>ce n&apos;est pas une archive de diagnostic&#xa0;: elle ne contient pas de manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json est trop volumineux</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the bundle has format %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>l&apos;archive utilise le format %1, créé par une version plus récente de rdpdiag&#xa0;; cette version lit le format %2</translation>
    </message>
    <message>
        <source>not a findings bundle (manifest schema &quot;%1&quot;)</source>
        <translation>ce n&apos;est pas une archive de diagnostic (schéma de manifeste «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>manifest.json has no valid file list</source>
        <translation>manifest.json ne contient pas de liste de fichiers valide</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry (&quot;%1&quot;)</source>
        <translation>manifest.json contient une entrée non valide («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest: the bundle was changed</source>
        <translation>%1 figure dans l&apos;archive mais pas dans son manifeste&#xa0;: l&apos;archive a été modifiée</translation>
    </message>
    <message>
        <source>the manifest lists %1, but the bundle lacks it</source>
        <translation>le manifeste répertorie %1, mais ce fichier est absent de l&apos;archive</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3: the bundle was changed or damaged</source>
        <translation>%1 fait %2 octets, alors que le manifeste indique %3&#xa0;: l&apos;archive a été modifiée ou endommagée</translation>
    </message>
    <message>
        <source>%1 expands %2 times: not a findings bundle (a zip bomb?)</source>
        <translation>la taille de %1 est multipliée par %2 à la décompression&#xa0;: ce n&apos;est pas une archive de diagnostic (une bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest: the bundle was changed or damaged</source>
        <translation>%1 ne correspond pas à son empreinte SHA-256 indiquée dans le manifeste&#xa0;: l&apos;archive a été modifiée ou endommagée</translation>
    </message>
    <message>
        <source>environment.json is not a JSON object</source>
        <translation>environment.json n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the bundle has no report.json</source>
        <translation>l&apos;archive ne contient pas de report.json</translation>
    </message>
    <message>
        <source>manifest.json and report.json name different runs</source>
        <translation>manifest.json et report.json désignent des analyses différentes</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>ce n&apos;est pas une archive zip (trop courte)</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>ce n&apos;est pas une archive zip (fin du répertoire central introuvable)</translation>
    </message>
    <message>
        <source>zip64 archives are not findings bundles</source>
        <translation>les archives zip64 ne sont pas des archives de diagnostic</translation>
    </message>
    <message>
        <source>multi-part zip archives are not findings bundles</source>
        <translation>les archives zip en plusieurs parties ne sont pas des archives de diagnostic</translation>
    </message>
    <message>
        <source>too many files in the archive (%1, at most %2)</source>
        <translation>trop de fichiers dans l&apos;archive (%1, %2 au maximum)</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged</source>
        <translation>le répertoire central de l&apos;archive est endommagé</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>archive zip endommagée (%1)</translation>
    </message>
    <message>
        <source>damaged zip archive (entry %1 unreadable)</source>
        <translation>archive zip endommagée (entrée %1 illisible)</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: &quot;%1&quot;</source>
        <translation>nom de fichier dangereux dans l&apos;archive&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the archive holds &quot;%1&quot; twice</source>
        <translation>l&apos;archive contient deux fois «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>«&#xa0;%1&#xa0;» est chiffré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported compression method</source>
        <translation>«&#xa0;%1&#xa0;» utilise une méthode de compression non prise en charge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes declared, at most %3)</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux (%2 octets déclarés, %3 au maximum)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inflates to more than its declared %2 bytes</source>
        <translation>«&#xa0;%1&#xa0;» se décompresse en plus que les %2 octets déclarés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2 bytes instead of %3)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2 octets au lieu de %3)</translation>
    </message>
    <message>
        <source>the bundle was not written because it would not open again: %1</source>
        <translation>Le paquet n&apos;a pas été écrit, car il ne pourrait pas être rouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>Code de constat inconnu %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>Il s&apos;agit d&apos;une anomalie de rdpdiag&#xa0;: le catalogue ne définit pas ce code. Veuillez la signaler en joignant ce rapport.</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>Testez le port depuis cet ordinateur (Windows)&#xa0;: «&#xa0;TcpTestSucceeded : True&#xa0;» signifie qu&apos;une connexion a pu être ouverte.</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>Le même test sous macOS ou Linux&#xa0;: «&#xa0;succeeded&#xa0;» ou «&#xa0;open&#xa0;» signifie qu&apos;une connexion a pu être ouverte.</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>Sur l&apos;ordinateur distant, vérifiez que les services Bureau à distance sont en cours d&apos;exécution (valeur «&#xa0;Running&#xa0;» dans la colonne «&#xa0;Status&#xa0;»).</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>Redémarrez les services Bureau à distance sur l&apos;ordinateur distant, en tant qu&apos;administrateur. Cela ferme toutes les sessions à distance ouvertes sur cet ordinateur&#xa0;: exécutez la commande depuis la console, ou attendez-vous à être déconnecté.</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>Vérifiez que l&apos;écouteur Bureau à distance est prêt&#xa0;: la ligne «&#xa0;rdp-tcp&#xa0;» doit afficher l&apos;état «&#xa0;Listen&#xa0;» («&#xa0;Écouter&#xa0;» sur un Windows en français).</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>Identifiez ce qui écoute sur le port {port}&#xa0;: une ligne «&#xa0;LISTENING&#xa0;» dont le dernier nombre (l&apos;identificateur de processus) correspond au PID affiché pour TermService. Si un routeur redirige un autre port vers cet ordinateur, utilisez plutôt ce port.</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>Vérifiez le port sur lequel le Bureau à distance écoute. La valeur est affichée en hexadécimal&#xa0;: 0xd3d correspond au port par défaut 3389.</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>Affichez les paramètres de sécurité de l&apos;écouteur Bureau à distance. Valeurs habituelles&#xa0;: SecurityLayer 1 (négociation) ou 2 (TLS), UserAuthentication 1 (NLA exigée), MinEncryptionLevel 2 ou 3, MaxInstanceCount -1 (aucune limite&#xa0;; PowerShell affiche 0xffffffff sous la forme -1). SecurityLayer 2 ne fonctionne pas avec MinEncryptionLevel 1.</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>Vérifiez la couche de sécurité de l&apos;écouteur&#xa0;: 0x0 = sécurité RDP standard uniquement, 0x1 = négociation, 0x2 = TLS obligatoire.</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>Exigez TLS&#xa0;: définissez SecurityLayer sur 2 (en tant qu&apos;administrateur), puis redémarrez les services Bureau à distance. TLS nécessite un certificat fonctionnel&#xa0;; si les connexions échouent ensuite, suivez les constats relatifs au certificat.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>Vérifiez si une stratégie de groupe définit la couche de sécurité («&#xa0;Exiger l&apos;utilisation d&apos;une couche de sécurité spécifique pour les connexions à distance (RDP)&#xa0;», en anglais «&#xa0;Require use of specific security layer for remote (RDP) connections&#xa0;»). Si cette valeur existe, elle remplace le paramètre de l&apos;écouteur&#xa0;: modifiez donc plutôt la stratégie.</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>Vérifiez le paramètre NLA de l&apos;écouteur&#xa0;: UserAuthentication 0x1 signifie que l&apos;authentification au niveau du réseau (NLA) est exigée.</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>En tant qu&apos;administrateur, exigez l&apos;authentification au niveau du réseau (NLA). NLA nécessite aussi SecurityLayer 1 ou 2.</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>Sur l&apos;ordinateur distant, recherchez les événements qui confirment un problème de certificat&#xa0;: Schannel 36870 (la clé privée TLS est inaccessible) ou 36871 (les informations d&apos;identification TLS ne peuvent pas être créées), et Bureau à distance 1057 ou 1058 (le certificat auto-signé n&apos;a pas pu être créé ou renouvelé). Le message «&#xa0;No events were found&#xa0;» («&#xa0;Aucun événement… n&apos;a été trouvé&#xa0;» sur un Windows en français) rend ces causes moins probables.</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>La même vérification avec wevtutil&#xa0;: événement Schannel 36870 au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>Avant toute modification, sauvegardez les autorisations du dossier MachineKeys, où Windows conserve les clés privées des certificats de l&apos;ordinateur. Pour annuler les modifications plus tard&#xa0;: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>Affichez les autorisations du dossier&#xa0;: le groupe Administrateurs doit disposer du contrôle total (F) et Tout le monde d&apos;un accès en lecture et en écriture au dossier lui-même. Des entrées manquantes ou le message «&#xa0;Access is denied&#xa0;» («&#xa0;Accès refusé&#xa0;») signifient que les autorisations sont endommagées.</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>Si les autorisations sont endommagées, attribuez d&apos;abord au groupe Administrateurs la propriété du dossier et de ses fichiers de clés (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>Accordez ensuite le contrôle total à Système (S-1-5-18) et à Administrateurs (S-1-5-32-544), et l&apos;accès en lecture à SERVICE RÉSEAU (S-1-5-20)&#xa0;; les identificateurs numériques fonctionnent quelle que soit la langue de Windows. Redémarrez ensuite les services Bureau à distance.</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>Renouvelez le certificat auto-signé du Bureau à distance&#xa0;: supprimez-le et redémarrez les services, qui en créent un nouveau (événement 1056). Cela ferme toutes les sessions à distance ouvertes sur l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>Vérifiez si un certificat particulier a été choisi pour le Bureau à distance. Si cette valeur existe, ce certificat doit toujours se trouver dans le magasin «&#xa0;Personnel&#xa0;» de l&apos;ordinateur, avec sa clé privée.</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>Affichez les certificats que le Bureau à distance peut utiliser&#xa0;; le certificat choisi (ou le certificat auto-signé) doit indiquer HasPrivateKey True et une date NotAfter située dans le futur.</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>Si le certificat choisi a disparu ou est inutilisable, supprimez ce paramètre pour que le Bureau à distance revienne à son certificat auto-signé, puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>Sur l&apos;ordinateur distant, recherchez le certificat qui a été présenté (empreinte numérique {thumbprint}) et affichez ses noms, ses dates et ses rôles. Si rien ne s&apos;affiche, le serveur a envoyé un certificat qui ne se trouve pas dans ces magasins&#xa0;: vérifiez que vous avez atteint le bon ordinateur.</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>Sur l&apos;ordinateur distant, affichez l&apos;empreinte numérique du certificat réellement utilisé par le Bureau à distance. Elle doit être {thumbprint}&#xa0;; si elle est différente, un autre appareil a répondu à sa place (interception ou autre ordinateur)&#xa0;: n&apos;acceptez pas le certificat.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>Si le certificat provient de l&apos;autorité de certification de votre organisation, faites-en émettre un nouveau (RSA 2048 bits ou plus, SHA-256, rôle Authentification du serveur, avec les noms utilisés par les clients), installez-le dans le magasin «&#xa0;Personnel&#xa0;» de l&apos;ordinateur et sélectionnez-le pour le Bureau à distance, par exemple avec la stratégie de groupe «&#xa0;Modèle de certificat d&apos;authentification du serveur&#xa0;» (en anglais «&#xa0;Server authentication certificate template&#xa0;»).</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>Machine virtuelle cloud que vous ne pouvez pas atteindre autrement&#xa0;: appliquez la correction via la console du fournisseur cloud, et non via le Bureau à distance. Dans Azure&#xa0;: «&#xa0;Exécuter la commande&#xa0;» &gt; ResetRDPCert dans la page de la machine virtuelle, ou la console série&#xa0;; avec Azure CLI, définissez d&apos;abord VM et RG sur le nom de la machine virtuelle et sur son groupe de ressources. ResetRDPCert définit aussi SecurityLayer sur 0 et MinEncryptionLevel sur 1, ce qui affaiblit la sécurité&#xa0;: rétablissez ces valeurs ensuite (étape suivante).</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>Après ResetRDPCert ou tout test effectué avec une sécurité abaissée, rétablissez des valeurs sûres pour l&apos;écouteur&#xa0;: TLS obligatoire (SecurityLayer 2) et un chiffrement compatible avec les clients (MinEncryptionLevel 2), puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>Si le serveur semble sain, un pare-feu, un VPN ou un système de prévention des intrusions situé entre cet ordinateur et le serveur interrompt peut-être les connexions Bureau à distance. Faites un test depuis un ordinateur situé sur le même réseau que le serveur et consultez les journaux des appareils intermédiaires.</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>Sur l&apos;ordinateur distant, consultez les événements Schannel&#xa0;: 36874 (aucune suite de chiffrement en commun avec le client), 36888 (le serveur a envoyé une alerte fatale&#xa0;; le numéro de l&apos;alerte figure dans le message), 36871 (les informations d&apos;identification TLS n&apos;ont pas pu être créées, souvent parce que des versions de TLS sont désactivées).</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>Affichez les versions de TLS activées ou désactivées dans le Registre. Sous «&#xa0;TLS 1.2\Server&#xa0;», Enabled 0x0 ou DisabledByDefault 0x1 désactive TLS 1.2&#xa0;; en l&apos;absence d&apos;entrée, la valeur par défaut de Windows s&apos;applique.</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>Activez TLS 1.2 côté serveur (en tant qu&apos;administrateur)&#xa0;; Windows ne lit ce paramètre qu&apos;au démarrage&#xa0;: redémarrez donc l&apos;ordinateur ensuite.</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>Redémarrez l&apos;ordinateur distant pour que les nouveaux paramètres TLS prennent effet.</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>Sous Windows Server 2008 R2 ou Windows 7, le Bureau à distance a besoin de la mise à jour KB3080079 pour utiliser TLS 1.1 et 1.2. Les versions plus anciennes de Windows ne peuvent pas être corrigées ainsi&#xa0;: mettez-les à niveau.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>Vérifiez si une stratégie de groupe définit la liste des suites de chiffrement («&#xa0;Ordre des suites de chiffrement SSL&#xa0;», en anglais «&#xa0;SSL Cipher Suite Order&#xa0;»). Si cette valeur existe, elle remplace les valeurs par défaut de Windows et doit toujours contenir des suites utilisées par les clients Bureau à distance, comme TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 et TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>Affichez les suites de chiffrement proposées par l&apos;ordinateur distant (Windows 10, Windows Server 2016 et versions ultérieures).</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>Sur un serveur Linux avec xrdp, vérifiez que le service est en cours d&apos;exécution et écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>Sur un serveur xrdp, consultez la fin de son journal. Les messages «&#xa0;Error loading TLS certificate chain&#xa0;», «&#xa0;ee key too small&#xa0;» ou «&#xa0;Permission denied&#xa0;» signifient que le certificat ou son fichier de clé est inutilisable.</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>Sur un serveur xrdp, affichez ses paramètres de sécurité. Si certificate et key_file sont vides, ce sont /etc/xrdp/cert.pem et /etc/xrdp/key.pem qui sont utilisés.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>Sous Debian ou Ubuntu, xrdp s&apos;exécute sous l&apos;utilisateur xrdp, qui doit appartenir au groupe ssl-cert pour lire le fichier de clé par défaut.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>Sous Debian ou Ubuntu, lorsque xrdp utilise le certificat par défaut du système (snakeoil), créez-en un nouveau (RSA 2048 bits, SHA-256) et redémarrez xrdp. Les autres services qui utilisent le certificat par défaut reçoivent eux aussi le nouveau certificat.</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>Sur un serveur xrdp, affichez le nom du certificat, sa date d&apos;expiration et son empreinte SHA-1&#xa0;; elle doit correspondre à {thumbprint} (openssl sépare les paires de chiffres par des deux-points).</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>Sur un serveur xrdp, autorisez exactement TLS 1.2 et 1.3, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>Comparez l&apos;horloge de cet ordinateur avec un serveur de temps&#xa0;; les écarts sont indiqués en secondes.</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>Synchronisez maintenant l&apos;horloge de cet ordinateur (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>Sous Linux, vérifiez l&apos;horloge&#xa0;: la ligne «&#xa0;System clock synchronized: yes&#xa0;» doit s&apos;afficher.</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>Sous Linux, activez la synchronisation automatique de l&apos;heure.</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>Sous macOS, réglez l&apos;horloge à partir du serveur de temps d&apos;Apple.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>Sur l&apos;ordinateur Windows distant, affichez la source de son heure (dans un domaine&#xa0;: un contrôleur de domaine) et synchronisez son horloge.</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>Interrogez le DNS sur ce nom depuis cet ordinateur (Windows) et notez la réponse ou le message d&apos;erreur.</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>Si le nom ou son adresse a changé récemment, videz le cache DNS de cet ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>Le nom d&apos;ordinateur n&apos;existe pas dans le DNS</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>Le DNS, le service qui traduit les noms d&apos;ordinateurs en adresses réseau, a répondu qu&apos;aucun ordinateur nommé {host} n&apos;existe&#xa0;: la connexion ne peut donc même pas commencer. En général, le nom est mal orthographié, il lui manque la partie domaine, ou il n&apos;existe qu&apos;à l&apos;intérieur d&apos;un réseau d&apos;entreprise auquel cet ordinateur n&apos;est pas connecté (par exemple lorsque le VPN est désactivé). Les clients Bureau à distance signalent ce cas par le code d&apos;erreur 0x104 ou 0x208.</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>Vérifiez l&apos;orthographe de {host}. Pour un nom d&apos;ordinateur court, essayez son nom complet, domaine compris (par exemple pc01.corp.example.com), ou l&apos;adresse IP de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>Si l&apos;ordinateur se trouve dans un réseau d&apos;entreprise, connectez-vous d&apos;abord au VPN, puis réessayez.</translation>
    </message>
    <message>
        <source>The same question with nslookup (Windows).</source>
        <translation>La même requête avec nslookup (Windows).</translation>
    </message>
    <message>
        <source>On Linux, resolve the name the way applications do.</source>
        <translation>Sous Linux, résolvez le nom de la même façon que les applications.</translation>
    </message>
    <message>
        <source>On macOS, resolve the name the way applications do.</source>
        <translation>Sous macOS, résolvez le nom de la même façon que les applications.</translation>
    </message>
    <message>
        <source>If the name should exist, ask the network administrator to add it to DNS. A Windows computer in a domain registers its own name again with this command, run on the remote computer.</source>
        <translation>Si le nom devrait exister, demandez à l&apos;administrateur réseau de l&apos;ajouter au DNS. Un ordinateur Windows membre d&apos;un domaine réinscrit son propre nom avec cette commande, exécutée sur l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>Le nom d&apos;ordinateur n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>Cet ordinateur a demandé au DNS l&apos;adresse de {host}, mais n&apos;a obtenu aucune réponse exploitable&#xa0;: le serveur DNS n&apos;a pas répondu à temps ou a signalé un échec. En général, cet ordinateur n&apos;a pas de serveur DNS fonctionnel (pas de réseau, un réseau Wi-Fi qui exige d&apos;abord une connexion sur une page d&apos;accueil, un VPN qui a modifié les paramètres DNS) ou le serveur DNS de l&apos;entreprise est hors service. Les clients Bureau à distance signalent ce cas par le code d&apos;erreur 0x104, 0x508 ou 0x604.</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet en ouvrant une page web. Sur un réseau Wi-Fi d&apos;hôtel, d&apos;aéroport ou invité, remplissez d&apos;abord la page de connexion du réseau.</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>Affichez les serveurs DNS utilisés par cet ordinateur (Windows). Lorsqu&apos;un VPN est connecté, les serveurs DNS du VPN doivent figurer pour sa carte réseau.</translation>
    </message>
    <message>
        <source>On Linux with systemd-resolved, show the DNS servers in use.</source>
        <translation>Sous Linux avec systemd-resolved, affichez les serveurs DNS utilisés.</translation>
    </message>
    <message>
        <source>On macOS, show the DNS servers in use.</source>
        <translation>Sous macOS, affichez les serveurs DNS utilisés.</translation>
    </message>
    <message>
        <source>As a workaround, connect to the computer&apos;s IP address instead of its name (its administrator knows it); expect a certificate name warning then.</source>
        <translation>Pour contourner le problème, connectez-vous à l&apos;adresse IP de l&apos;ordinateur plutôt qu&apos;à son nom (son administrateur la connaît)&#xa0;; attendez-vous alors à un avertissement sur le nom du certificat.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>Rien n&apos;écoute sur le port du Bureau à distance</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>L&apos;ordinateur distant à l&apos;adresse {address} est joignable, mais il a refusé la connexion sur le port {port}&#xa0;: aucun programme n&apos;y accepte de connexions. En général, le Bureau à distance est désactivé ou son service est arrêté, il écoute sur un autre port, ou l&apos;ordinateur ou le port indiqué est erroné (quelques pare-feu refusent aussi les connexions de cette façon). Les clients Bureau à distance signalent ce cas par le code d&apos;erreur 0x204.</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>Vérifiez le port&#xa0;: le Bureau à distance utilise le port 3389, sauf si son administrateur l&apos;a modifié. Pour un autre port, indiquez le nom suivi d&apos;un deux-points et du port, par exemple {host}:3390.</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>Sur l&apos;ordinateur distant, vérifiez que le Bureau à distance est autorisé&#xa0;: fDenyTSConnections doit valoir 0x0.</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>Activez le Bureau à distance (en tant qu&apos;administrateur&#xa0;; Paramètres &gt; Système &gt; Bureau à distance fait la même chose). S&apos;il se désactive de nouveau tout seul, c&apos;est qu&apos;une stratégie de groupe le contrôle&#xa0;: adressez-vous à l&apos;administrateur du domaine.</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>Sur un serveur Linux, démarrez xrdp et configurez-le pour qu&apos;il démarre automatiquement au démarrage du système.</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>Aucune réponse sur le port du Bureau à distance</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>La tentative de connexion à {address} sur le port {port} n&apos;a reçu aucune réponse avant l&apos;expiration du délai. En général, un pare-feu la bloque sans le signaler&#xa0;: le pare-feu Windows Defender de l&apos;ordinateur distant, un pare-feu d&apos;entreprise, un routeur sans redirection de port ou un groupe de sécurité cloud. L&apos;ordinateur distant peut aussi être éteint ou en veille. Les clients Bureau à distance signalent ce cas par le code d&apos;erreur 0x204 ou 0x108.</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>Vérifiez que l&apos;ordinateur distant est allumé et sorti de veille, et que le VPN éventuellement nécessaire pour l&apos;atteindre est connecté.</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>La même opération avec netsh, depuis une invite de commandes.</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>Si l&apos;ordinateur distant est une machine virtuelle cloud (Azure, AWS, Google Cloud), son groupe de sécurité réseau ou ses règles de pare-feu doivent autoriser le trafic TCP entrant sur le port {port} depuis votre adresse publique. Dans Azure, la fonction «&#xa0;Vérification du flux IP&#xa0;» (IP flow verify) de Network Watcher indique quelle règle bloque le trafic.</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>Machine virtuelle cloud dont le pare-feu bloque le Bureau à distance&#xa0;: exécutez plutôt la commande de pare-feu via la console du fournisseur cloud (dans Azure&#xa0;: «&#xa0;Exécuter la commande&#xa0;» &gt; RunPowerShellScript, ou la console série). Avec Azure CLI, définissez d&apos;abord VM et RG sur le nom de la machine virtuelle et sur son groupe de ressources.</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>Pour une connexion depuis Internet via un routeur domestique ou d&apos;entreprise, le routeur doit rediriger le port TCP {port} vers l&apos;ordinateur. Un Bureau à distance ouvert à tout Internet attire les attaques par devinette de mots de passe&#xa0;; un VPN ou une passerelle Bureau à distance est plus sûr.</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>Aucun itinéraire réseau ne mène à l&apos;ordinateur distant</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>La tentative de connexion à {address} n&apos;a pas pu aboutir&#xa0;: le réseau a signalé que l&apos;ordinateur ou son réseau est injoignable. En général, cet ordinateur n&apos;est pas connecté au bon réseau (VPN désactivé, mauvais réseau Wi-Fi), l&apos;adresse appartient à un réseau privé accessible uniquement via un VPN, ou un routeur sur le chemin rejette le trafic. Les clients Bureau à distance signalent ce cas par le code d&apos;erreur 0x204.</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>Connectez-vous au réseau auquel appartient l&apos;ordinateur distant (par exemple le VPN de l&apos;entreprise) et réessayez.</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>Affichez l&apos;itinéraire et la carte réseau que cet ordinateur utiliserait pour joindre {address} (Windows)&#xa0;; une erreur signifie qu&apos;il n&apos;existe aucun itinéraire.</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>Tracez le chemin (Windows)&#xa0;: le dernier routeur qui répond est l&apos;endroit où le trafic s&apos;arrête.</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>Tracez le chemin sous macOS ou Linux.</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>L&apos;établissement des connexions est lent</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>Les connexions à {address} fonctionnent, mais l&apos;établissement d&apos;une connexion a pris plus de 150 ms (valeur médiane de plusieurs tentatives). Le Bureau à distance paraît alors lent, et une liaison lente qui perd aussi des paquets peut faire tomber les sessions (code d&apos;erreur 0x904 avec le code étendu 0x0). Les causes habituelles sont une grande distance, un VPN qui fait passer le trafic par un point éloigné, ou une connexion Wi-Fi ou mobile encombrée.</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>Mesurez le temps aller-retour et la perte de paquets (Windows). Certains serveurs ne répondent pas au ping&#xa0;; seuls les temps de connexion comptent alors.</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>La même opération sous macOS ou Linux.</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>Déterminez où commencent le retard ou les pertes (Windows&#xa0;; prend quelques minutes).</translation>
    </message>
    <message>
        <source>Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic can take a shorter path (split tunnelling) or a closer VPN gateway.</source>
        <translation>Privilégiez une connexion filaire ou un signal Wi-Fi plus fort. Avec un VPN, demandez si ce trafic peut emprunter un chemin plus court (tunnel fractionné, ou split tunneling) ou une passerelle VPN plus proche.</translation>
    </message>
    <message>
        <source>In the Remote Desktop client, let it detect the connection quality or choose a lower connection speed, so that less data is sent.</source>
        <translation>Dans le client Bureau à distance, laissez-le détecter automatiquement la qualité de la connexion ou choisissez une vitesse de connexion plus faible, afin que moins de données soient envoyées.</translation>
    </message>
    <message>
        <source>Some connection attempts failed</source>
        <translation>Certaines tentatives de connexion ont échoué</translation>
    </message>
    <message>
        <source>Of several connection attempts to {address} on port {port}, some failed while others worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), a load balancer or router with one bad path, or a server or firewall that limits how many new connections it accepts. Users see connections that work one time and fail with 0x204 or 0x904 the next.</source>
        <translation>Sur plusieurs tentatives de connexion à {address} sur le port {port}, certaines ont échoué alors que d&apos;autres ont réussi. Des échecs intermittents indiquent une liaison peu fiable (Wi-Fi, réseau mobile, VPN), un équilibreur de charge ou un routeur dont l&apos;un des chemins est défaillant, ou un serveur ou un pare-feu qui limite le nombre de nouvelles connexions acceptées. Les utilisateurs constatent des connexions qui fonctionnent une fois, puis échouent la suivante avec 0x204 ou 0x904.</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>Répétez le test de connexion 20 fois (Windows)&#xa0;; chaque «&#xa0;False&#xa0;» correspond à une tentative qui a échoué.</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>Si les échecs dépendent du réseau (Wi-Fi, VPN), essayez-en un autre&#xa0;; s&apos;ils dépendent de l&apos;heure de la journée, soupçonnez une charge excessive du serveur ou d&apos;un pare-feu.</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>Sur l&apos;ordinateur distant, recherchez dans le journal Système (Observateur d&apos;événements &gt; Journaux Windows &gt; Système) l&apos;événement 1006 (un grand nombre de connexions incomplètes)&#xa0;: le serveur se défend alors contre un afflux de connexions, provenant souvent de scanners Internet lorsque le port {port} est ouvert sur Internet.</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>Vérifiez la limite de connexions de l&apos;écouteur&#xa0;: MaxInstanceCount doit valoir 0xffffffff (aucune limite).</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>Si un équilibreur de charge ou un routeur répartit ce nom entre plusieurs serveurs, testez chaque serveur directement&#xa0;: l&apos;un d&apos;eux est peut-être hors service.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>Le pare-feu de cet ordinateur bloque le port du Bureau à distance</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque ou rejette les connexions sortantes vers le port {port}&#xa0;: la connexion ne quitte donc jamais cet ordinateur. Ces règles proviennent de stratégies de sécurité de l&apos;entreprise, d&apos;un logiciel de sécurité ou d&apos;une règle ajoutée manuellement. Le client Bureau à distance signale alors le code d&apos;erreur 0x204 ou un dépassement du délai d&apos;attente, alors que l&apos;ordinateur distant fonctionne peut-être parfaitement.</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>Sous Windows, affichez les règles de pare-feu activées qui bloquent les connexions sortantes vers le port {port}.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>Si la règle provient de votre organisation (stratégie de groupe ou logiciel de sécurité), demandez au service informatique d&apos;autoriser le Bureau à distance vers {host}. Ne désactivez pas le pare-feu.</translation>
    </message>
    <message>
        <source>On Linux, list the firewall rules that mention port {port}.</source>
        <translation>Sous Linux, affichez les règles de pare-feu qui mentionnent le port {port}.</translation>
    </message>
    <message>
        <source>On Linux with ufw, show the active rules.</source>
        <translation>Sous Linux avec ufw, affichez les règles actives.</translation>
    </message>
    <message>
        <source>On Linux with ufw, allow outgoing connections to port {port}.</source>
        <translation>Sous Linux avec ufw, autorisez les connexions sortantes vers le port {port}.</translation>
    </message>
    <message>
        <source>On macOS the built-in firewall only filters incoming connections; look for outgoing rules in installed security or firewall software.</source>
        <translation>Sous macOS, le pare-feu intégré ne filtre que les connexions entrantes&#xa0;; recherchez des règles sortantes dans les logiciels de sécurité ou de pare-feu installés.</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>Le serveur a réinitialisé la connexion pendant la négociation de sécurité</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>L&apos;ordinateur distant a accepté la connexion, puis l&apos;a coupée brutalement (réinitialisation) dès que cet ordinateur a demandé à négocier la sécurité, sans aucune réponse. C&apos;est la signature classique du code d&apos;erreur 0x904 avec le code étendu 0x7&#xa0;: le serveur décroche, puis raccroche avant la fin de la négociation. Le plus souvent, le certificat Bureau à distance du serveur ou sa clé privée est inutilisable (autorisations incorrectes sur le dossier où Windows conserve les clés privées de l&apos;ordinateur, magasin de certificats endommagé)&#xa0;; plus rarement, les paramètres de sécurité ne correspondent pas, ou un pare-feu ou un système de prévention des intrusions interrompt la connexion.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>L&apos;ordinateur distant a accepté la connexion, mais l&apos;a fermée sans répondre dès que cet ordinateur a demandé à négocier la sécurité. Comme pour une réinitialisation, cela se traduit généralement par le code d&apos;erreur 0x904 (code étendu 0x7). Causes fréquentes&#xa0;: les services Bureau à distance refusent les nouvelles connexions (démarrage, arrêt ou surcharge), leur certificat ou leurs paramètres de sécurité sont inutilisables, ou le port mène à un appareil qui accepte les connexions mais n&apos;est pas un serveur Bureau à distance fonctionnel, comme une redirection de port vers un ordinateur éteint.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>Si un routeur, un équilibreur de charge ou un proxy redirige le port, vérifiez qu&apos;il pointe vers le bon ordinateur et que cet ordinateur est en marche.</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps à la négociation de sécurité</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>La connexion au port {port} a été acceptée, mais aucune réponse complète à la demande de négociation du Bureau à distance n&apos;est arrivée à temps. En général, le port mène à un élément qui accepte les connexions mais ne parle pas le protocole du Bureau à distance (un proxy ou une redirection de port dont la cible est hors service, une passerelle Bureau à distance ou un service web qui attend un autre protocole), ou les services Bureau à distance du serveur sont bloqués. Le client attend, puis échoue, généralement avec le code d&apos;erreur 0x904, 0x108 ou 0x704.</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>Vérifiez que {port} est bien le port du Bureau à distance lui-même. Une passerelle Bureau à distance (généralement sur le port 443) se renseigne comme passerelle dans les paramètres avancés du client, et non comme ordinateur.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>Si un routeur, un équilibreur de charge ou un proxy redirige le port, vérifiez que l&apos;ordinateur cible est en marche et joignable depuis cet appareil.</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>Un autre service que le Bureau à distance répond sur ce port</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>Le programme qui répond sur le port {port} de {address} n&apos;est pas un serveur Bureau à distance&#xa0;: sa réponse ressemble à celle d&apos;un autre service, comme SSH ou un serveur web (les données relevées montrent ses premiers octets). En général, le numéro de port est erroné, ou un routeur redirige le port vers le mauvais ordinateur ou le mauvais service. Un client Bureau à distance ne signale cela que par un échec général, comme le code d&apos;erreur 0x904.</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>Vérifiez le port auprès de l&apos;administrateur du serveur&#xa0;; le Bureau à distance utilise normalement le port 3389. Le port 22 correspond à SSH&#xa0;; les ports 80 et 443 correspondent à des services web ou à une passerelle Bureau à distance, qui se renseigne comme passerelle dans les paramètres du client, et non comme ordinateur.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>Sur l&apos;ordinateur Windows distant, affichez le programme qui écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>Sur un serveur Linux, affichez le programme qui écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>Si un routeur redirige le port, vérifiez qu&apos;il pointe vers le bon ordinateur et vers son port Bureau à distance.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>La réponse du serveur à la négociation de sécurité est endommagée</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>L&apos;ordinateur distant a répondu au format du Bureau à distance, mais le contenu n&apos;est pas une réponse valide à la demande de négociation (type, longueur ou champs incorrects&#xa0;; les données relevées contiennent les octets). Cela indique un logiciel serveur Bureau à distance défectueux ou inhabituel, ou un appareil sur le chemin réseau qui modifie le trafic. Le client abandonne, généralement avec le code d&apos;erreur 0x904 ou une erreur de protocole.</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>Si possible, connectez-vous directement, sans proxy, équilibreur de charge ni appareil de sécurité intermédiaire, et relancez le test.</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>Mettez à jour le logiciel serveur Bureau à distance (mises à jour Windows, xrdp, ou logiciel d&apos;accès à distance qui s&apos;intègre au Bureau à distance) et consultez son journal.</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>Envoyez ce rapport, avec les octets figurant dans les données relevées, à l&apos;éditeur du logiciel serveur.</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>Le serveur ne propose que l&apos;ancienne sécurité RDP standard</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>L&apos;ordinateur distant n&apos;autorise que la sécurité RDP standard, le chiffrement d&apos;origine du Bureau à distance, sans TLS&#xa0;: il refuse TLS, ou choisit l&apos;ancienne méthode même lorsque TLS est demandé. De nombreux clients actuels refusent cette méthode, car elle ne permet pas de prouver l&apos;identité du serveur&#xa0;: la connexion échoue donc, souvent avec le code d&apos;erreur 0x904. Sous Windows, cela correspond à SecurityLayer 0&#xa0;; sous xrdp, à security_layer=rdp.</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>Sur un serveur xrdp, définissez security_layer=negotiate et redémarrez xrdp (utilisez tls au lieu de negotiate pour refuser complètement la sécurité RDP standard).</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>N&apos;abaissez pas les paramètres de sécurité de cet ordinateur pour vous connecter&#xa0;: c&apos;est le paramètre du serveur qui doit changer.</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>Le serveur n&apos;a aucun certificat utilisable pour une connexion sécurisée</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the folder where Windows keeps the computer&apos;s private keys, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>L&apos;ordinateur distant a répondu qu&apos;il ne peut pas démarrer TLS, car il n&apos;a aucun certificat valide (SSL_CERT_NOT_ON_SERVER). Windows crée normalement lui-même un certificat Bureau à distance auto-signé&#xa0;; c&apos;est donc sa création ou sa lecture qui a échoué&#xa0;: le plus souvent, la clé privée est illisible à cause d&apos;autorisations incorrectes sur le dossier où Windows conserve les clés privées de l&apos;ordinateur, le magasin de certificats est endommagé, ou un certificat choisi pour le Bureau à distance a été supprimé. Les clients affichent alors le code d&apos;erreur 0x904 (code étendu 0x7) ou une erreur de sécurité.</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>Le serveur a rejeté les protocoles de sécurité demandés comme incohérents</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>L&apos;ordinateur distant a répondu à la négociation par INCONSISTENT_FLAGS&#xa0;: il estime que la combinaison de protocoles de sécurité demandée est incohérente avec ce qui est déjà en vigueur. Ce cas est rare et indique généralement un logiciel serveur défectueux ou un appareil intermédiaire qui modifie la négociation. Le client ne peut pas continuer et signale un échec général, comme le code d&apos;erreur 0x904.</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>Relancez le test&#xa0;; si le résultat ne change pas, faites un test depuis un autre réseau, sans proxy ni équilibreur de charge intermédiaire.</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>Installez les mises à jour en attente du logiciel Bureau à distance du serveur&#xa0;; si le problème persiste, envoyez ce rapport à son éditeur.</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>Le serveur exige le chiffrement TLS</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>L&apos;ordinateur distant refuse l&apos;ancienne sécurité RDP standard et n&apos;accepte que les connexions protégées par TLS (SSL_REQUIRED_BY_SERVER). C&apos;est le paramètre recommandé, et tous les clients Bureau à distance actuels le prennent en charge. Seuls les très anciens clients ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>Rien à modifier sur un client récent. Si un ancien client ne parvient pas à se connecter, mettez le client à jour plutôt que d&apos;abaisser la sécurité du serveur.</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>Le serveur exige l&apos;authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>L&apos;ordinateur distant n&apos;accepte que les clients qui s&apos;authentifient avant le démarrage de la session, au moyen de l&apos;authentification au niveau du réseau (CredSSP, réponse HYBRID_REQUIRED_BY_SERVER). C&apos;est le paramètre par défaut sécurisé de Windows. Le client doit avoir NLA activée et disposer d&apos;informations d&apos;identification valides, et pour un compte de domaine, l&apos;ordinateur distant doit pouvoir joindre un contrôleur de domaine&#xa0;; sinon, l&apos;ouverture de session échoue avec une erreur d&apos;authentification, et non avec une erreur réseau.</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>Vérifiez que NLA est activée sur le client&#xa0;: dans un fichier .rdp, la ligne enablecredsspsupport:i:0 la désactive. Remplacez-la par enablecredsspsupport:i:1 ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>Ouvrez une session avec un compte autorisé à utiliser le Bureau à distance sur cet ordinateur (membre du groupe Utilisateurs du Bureau à distance ou Administrateurs), sous la forme DOMAINE\utilisateur ou utilisateur@domaine.</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>Uniquement si l&apos;ouverture de session échoue parce que l&apos;ordinateur distant ne peut pas joindre un contrôleur de domaine (message «&#xa0;The Local Security Authority cannot be contacted&#xa0;», ou son équivalent sur un Windows en français)&#xa0;: désactivez NLA pendant une courte durée. Cela affaiblit la sécurité, car toute personne qui atteint le port obtient un écran de connexion&#xa0;; réactivez-la avec /d 1 dès que la connexion au domaine fonctionne.</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>Le serveur exige un certificat client</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>L&apos;ordinateur distant n&apos;accepte que les connexions TLS dans lesquelles le client prouve lui aussi son identité au moyen d&apos;un certificat (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). Ce paramètre est inhabituel. rdpdiag n&apos;envoie aucun certificat client&#xa0;: il ne peut donc pas poursuivre le test, et les clients qui ne disposent pas du certificat attendu ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>Demandez à l&apos;administrateur du serveur quel certificat client ou quelle carte à puce est exigé, et installez-le sur cet ordinateur.</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>Sur l&apos;ordinateur distant, enregistrez un rapport des paramètres de stratégie de groupe appliqués et ouvrez-le pour trouver le paramètre qui exige l&apos;authentification du client.</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>Le serveur accepte encore la sécurité RDP standard, non sécurisée</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>En plus de TLS, l&apos;ordinateur distant accepte encore la sécurité RDP standard, le chiffrement d&apos;origine du Bureau à distance. Celle-ci ne permet pas de prouver l&apos;identité du serveur&#xa0;: un appareil situé sur le chemin réseau pourrait donc se faire passer pour le serveur et lire ce qui est saisi, y compris les mots de passe. Cela n&apos;empêche pas les connexions, mais cette méthode devrait être désactivée.</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>Dans un domaine, définissez sur SSL la stratégie de groupe Configuration ordinateur &gt; Modèles d&apos;administration &gt; Composants Windows &gt; Services Bureau à distance &gt; Hôte de session Bureau à distance &gt; Sécurité &gt; «&#xa0;Exiger l&apos;utilisation d&apos;une couche de sécurité spécifique pour les connexions à distance (RDP)&#xa0;» (en anglais «&#xa0;Require use of specific security layer for remote (RDP) connections&#xa0;»).</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>Sur un serveur xrdp, n&apos;acceptez que TLS et redémarrez xrdp (un certificat fonctionnel est nécessaire).</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>Le serveur ne propose pas l&apos;authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>L&apos;ordinateur distant ne propose pas CredSSP, le protocole sur lequel repose l&apos;authentification au niveau du réseau (NLA). Sans NLA, toute personne qui atteint le port obtient un écran de connexion, ce qui consomme des ressources du serveur et l&apos;expose aux attaques par devinette de mots de passe et aux attaques avant l&apos;ouverture de session. Les connexions fonctionnent quand même, mais un serveur Windows devrait exiger NLA.</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 ne propose pas NLA&#xa0;; limitez plutôt l&apos;accès à son port au moyen d&apos;une règle de pare-feu ou d&apos;un VPN.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>Les paramètres de connexion de cet ordinateur ne correspondent pas à la stratégie du serveur</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>Les paramètres du fichier de connexion (.rdp) utilisé ici ne répondent pas aux exigences de l&apos;ordinateur distant&#xa0;; par exemple, l&apos;authentification au niveau du réseau (CredSSP) est désactivée dans le fichier alors que le serveur l&apos;exige. Le serveur n&apos;est pas en cause&#xa0;: le client abandonne avec le code d&apos;erreur 0x904 ou un message d&apos;authentification. Il suffit de modifier dans le fichier .rdp les lignes indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>Ouvrez le fichier .rdp dans un éditeur de texte (comme le Bloc-notes) et remplacez la ligne enablecredsspsupport:i:0 par enablecredsspsupport:i:1, ou supprimez-la&#xa0;: NLA est activée par défaut.</translation>
    </message>
    <message>
        <source>If the file contains negotiate security layer:i:0, change it to negotiate security layer:i:1 (the default), so that the client negotiates TLS and NLA with the server.</source>
        <translation>Si le fichier contient negotiate security layer:i:0, remplacez cette ligne par negotiate security layer:i:1 (la valeur par défaut), afin que le client négocie TLS et NLA avec le serveur.</translation>
    </message>
    <message>
        <source>Save the file and connect again. If your IT department provides the file (for example through a Remote Desktop web feed), ask them to correct it there.</source>
        <translation>Enregistrez le fichier et reconnectez-vous. Si le fichier vous est fourni par votre service informatique (par exemple via un flux web Bureau à distance), demandez-lui de le corriger à la source.</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>Le serveur a réinitialisé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>L&apos;ordinateur distant a accepté d&apos;utiliser TLS, puis a brutalement réinitialisé la connexion au milieu de la négociation TLS, avant qu&apos;un canal sécurisé soit établi. C&apos;est le schéma typique du code d&apos;erreur 0x904 avec le code étendu 0x7. Le plus souvent, le serveur ne peut pas utiliser la clé privée de son certificat (autorisations incorrectes sur le dossier où Windows conserve les clés privées de l&apos;ordinateur, magasin de certificats endommagé)&#xa0;; plus rarement, TLS 1.2 ou les suites de chiffrement nécessaires sont désactivés sur le serveur, ou un pare-feu ou un système de prévention des intrusions interrompt les connexions TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong permissions on its private keys or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>L&apos;ordinateur distant a accepté d&apos;utiliser TLS, mais a fermé la connexion pendant la négociation, sans message d&apos;erreur. Comme pour une réinitialisation, la raison habituelle est que le serveur ne peut pas utiliser son certificat ou sa clé privée&#xa0;: sous Windows, des autorisations incorrectes sur ses clés privées ou un magasin de certificats endommagé&#xa0;; sous xrdp, un fichier de clé qu&apos;il ne peut pas lire ou un certificat rejeté par sa bibliothèque TLS (par exemple une clé de moins de 2048 bits). Les clients signalent le code d&apos;erreur 0x904, ou 0x4 ou 0x2104 dans les applications Mac et iOS.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>La négociation TLS s&apos;est bloquée</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>L&apos;ordinateur distant a accepté d&apos;utiliser TLS, mais la négociation a cessé de progresser et le délai a expiré. Une cause probable, surtout via un VPN, est un chemin qui ne peut pas transporter des paquets de taille maximale (trou noir MTU)&#xa0;: les petits messages passent, mais le certificat du serveur, envoyé dans de grands paquets, n&apos;arrive jamais. Un serveur surchargé ou un appareil de sécurité qui retient la connexion produit les mêmes symptômes. Les clients restent bloqués sur «&#xa0;Securing connection&#xa0;» («&#xa0;Sécurisation de la connexion&#xa0;» en français), puis échouent, souvent avec le code d&apos;erreur 0x904.</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>Vérifiez que les paquets de taille maximale passent (Windows)&#xa0;: 1372 octets de données plus 28 octets d&apos;en-têtes font 1400. Le message «&#xa0;Packet needs to be fragmented&#xa0;» («&#xa0;Le paquet doit être fragmenté&#xa0;» sur un Windows en français) ou l&apos;absence de réponse, alors qu&apos;un ping simple fonctionne, indique un problème de MTU.</translation>
    </message>
    <message>
        <source>The same test on Linux.</source>
        <translation>Le même test sous Linux.</translation>
    </message>
    <message>
        <source>The same test on macOS.</source>
        <translation>Le même test sous macOS.</translation>
    </message>
    <message>
        <source>Show the MTU of this computer&apos;s network adapters, including the VPN adapter (Windows).</source>
        <translation>Affichez la MTU des cartes réseau de cet ordinateur, y compris la carte du VPN (Windows).</translation>
    </message>
    <message>
        <source>Try without the VPN or from another network to confirm.</source>
        <translation>Pour confirmer, essayez sans le VPN ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake with an alert</source>
        <translation>Le serveur a refusé la négociation TLS par une alerte</translation>
    </message>
    <message>
        <source>The remote computer ended the TLS handshake with an alert message; the evidence names it. Alert 40 (handshake failure) usually means the server and the client have no cipher suite in common, alert 70 (protocol version) no TLS version in common; other alerts point to a certificate or configuration error on the server. This typically follows TLS versions or cipher suites being switched off by a hardening script or Group Policy, and clients report error code 0x904 (extended code 0x7).</source>
        <translation>L&apos;ordinateur distant a mis fin à la négociation TLS par un message d&apos;alerte, nommé dans les données relevées. L&apos;alerte 40 (handshake failure) signifie généralement que le serveur et le client n&apos;ont aucune suite de chiffrement en commun, l&apos;alerte 70 (protocol version) aucune version de TLS en commun&#xa0;; les autres alertes indiquent une erreur de certificat ou de configuration sur le serveur. Cela survient généralement après la désactivation de versions de TLS ou de suites de chiffrement par un script de durcissement ou une stratégie de groupe, et les clients signalent le code d&apos;erreur 0x904 (code étendu 0x7).</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>Le serveur ne prend en charge ni TLS 1.2 ni TLS 1.3</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>L&apos;ordinateur distant ne mène à bien une négociation TLS ni avec TLS 1.2 ni avec TLS 1.3, les versions qu&apos;attendent les clients actuels&#xa0;; beaucoup n&apos;acceptent plus du tout TLS 1.0 ou 1.1. Ce problème provient d&apos;anciens serveurs (Windows Server 2008 R2 et versions antérieures sans mises à jour) ou d&apos;un paramètre du Registre qui désactive TLS 1.2. La connexion échoue pendant sa sécurisation, généralement avec le code d&apos;erreur 0x904.</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>Le serveur accepte encore les versions obsolètes TLS 1.0 ou TLS 1.1</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>L&apos;ordinateur distant accepte encore TLS 1.0 ou TLS 1.1 (les données relevées indiquent laquelle). Ces deux versions présentent des faiblesses connues et ne sont plus utilisées. Les connexions ne sont pas affectées, mais le serveur ne devrait accepter que TLS 1.2 et versions ultérieures, dès que tous les clients qui s&apos;y connectent prennent en charge TLS 1.2.</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>Avant de désactiver les anciennes versions, vérifiez que tous les clients prennent en charge TLS 1.2 (Windows 7 a besoin de la mise à jour KB3080079 pour le Bureau à distance). La modification concerne aussi les autres programmes du serveur qui utilisent TLS, comme un serveur web ou SQL Server.</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>Désactivez TLS 1.0 et 1.1 côté serveur (en tant qu&apos;administrateur), puis redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>Le serveur accepte un chiffrement faible</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>L&apos;ordinateur distant accepte au moins une suite de chiffrement faible (RC4, 3DES, NULL ou EXPORT&#xa0;; les données relevées la nomment). Une personne qui enregistre le trafic pourrait casser ce chiffrement, et les suites NULL ne chiffrent rien du tout. Les connexions fonctionnent, mais ces suites devraient être désactivées.</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>Désactivez les suites faibles (Windows 10, Windows Server 2016 et versions ultérieures&#xa0;; en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>Sur toutes les versions de Windows, désactivez les algorithmes de chiffrement faibles directement dans Schannel (en tant qu&apos;administrateur, depuis une invite de commandes), puis redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>Sur un serveur xrdp, n&apos;autorisez que des suites de chiffrement robustes et redémarrez xrdp (si xrdp.ini ne contient pas de ligne tls_ciphers, ajoutez tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 sous [Globals]).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because Windows cannot write the computer&apos;s private keys (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) a dépassé sa date d&apos;expiration. Les clients affichent un avertissement, et certains refusent de se connecter. Windows renouvelle lui-même son certificat Bureau à distance auto-signé&#xa0;: un certificat expiré signifie donc que le renouvellement a échoué, généralement parce que Windows ne peut pas écrire les clés privées de l&apos;ordinateur (événement 1058)&#xa0;; un certificat émis par une autorité de certification doit être renouvelé par son administrateur.</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>Si les dates semblent correctes sur le serveur, vérifiez la date et l&apos;heure de cet ordinateur&#xa0;: une horloge réglée dans le futur fait paraître expirés des certificats valides.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) ne deviendra valide qu&apos;à une date future. Presque toujours, une horloge est déréglée&#xa0;: l&apos;horloge de cet ordinateur retarde, ou celle du serveur avançait lorsqu&apos;il a créé le certificat. Les clients affichent un avertissement ou refusent de se connecter, et une horloge déréglée empêche aussi l&apos;authentification au niveau du réseau (NLA).</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>Si les deux horloges sont justes et qu&apos;il s&apos;agit du certificat auto-signé, renouvelez-le&#xa0;: supprimez-le et redémarrez les services, qui en créent un nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>Le certificat du serveur expire dans moins de 30 jours</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) expire dans les 30 prochains jours. Rien n&apos;échoue pour l&apos;instant, mais ensuite les clients afficheront un avertissement ou refuseront de se connecter. Windows renouvelle lui-même son certificat Bureau à distance auto-signé&#xa0;; un certificat émis par une autorité de certification doit être renouvelé à temps.</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>Pour le certificat auto-signé, vérifiez que le renouvellement automatique fonctionne&#xa0;: les événements 1057 ou 1058 signalent des échecs, généralement dus aux autorisations du dossier MachineKeys.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>Le serveur utilise un certificat auto-signé</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>Le certificat de l&apos;ordinateur distant (empreinte numérique {thumbprint}) a été signé par l&apos;ordinateur lui-même, comme le fait Windows par défaut pour le Bureau à distance. Les clients ne peuvent pas le vérifier auprès d&apos;une autorité approuvée&#xa0;: ils demandent donc s&apos;il faut lui faire confiance, et certains clients mobiles gèrent mal ce cas. C&apos;est normal, mais avant d&apos;accepter, vérifiez que l&apos;empreinte numérique affichée par le client est bien celle du serveur.</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>Lorsque le client vous le demande, comparez l&apos;empreinte numérique qu&apos;il affiche avec {thumbprint}&#xa0;; n&apos;acceptez et ne mémorisez le certificat que si elles correspondent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé par cet ordinateur</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) ne remonte pas à une autorité de certification approuvée par cet ordinateur. En général, il a été émis par l&apos;autorité de certification propre à une entreprise, dont le certificat racine n&apos;est pas installé ici, ou le serveur n&apos;envoie pas les certificats intermédiaires. Les clients demandent s&apos;il faut lui faire confiance&#xa0;; ne l&apos;acceptez qu&apos;après avoir vérifié l&apos;empreinte numérique.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>Si le certificat provient de l&apos;autorité de certification de votre organisation, installez son certificat racine sur cet ordinateur (les services informatiques le font généralement par stratégie de groupe ou par un outil de gestion des appareils).</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>Installez les certificats intermédiaires de la chaîne dans le magasin «&#xa0;Autorités de certification intermédiaires&#xa0;» de l&apos;ordinateur distant, afin qu&apos;il envoie la chaîne complète.</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>Le certificat est délivré à un autre nom</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>Le nom utilisé pour la connexion, {host}, n&apos;est ni l&apos;objet du certificat ni l&apos;un de ses autres noms (les données relevées indiquent les noms qu&apos;il contient). Cela se produit lors d&apos;une connexion par adresse IP, par nom court ou via un alias, car le certificat auto-signé de Windows ne contient que le nom complet de l&apos;ordinateur. Les clients avertissent que l&apos;identité du serveur ne peut pas être vérifiée&#xa0;; cela peut aussi signifier qu&apos;un autre ordinateur a répondu.</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>Connectez-vous avec un nom contenu dans le certificat (voir les données relevées), généralement le nom complet de l&apos;ordinateur, par exemple pc01.corp.example.com.</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>Pour vous connecter à {host} sans avertissement, faites émettre par votre autorité de certification un certificat qui indique {host} comme autre nom de l&apos;objet, et sélectionnez-le pour le Bureau à distance.</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>Si les noms n&apos;ont rien à voir avec l&apos;ordinateur attendu, arrêtez-vous&#xa0;: un autre appareil répond à cette adresse (adresse erronée, mauvaise redirection de port ou interception).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>La clé du certificat est trop courte</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) utilise une clé RSA de moins de 2048 bits, ou une clé d&apos;une faiblesse comparable. Ces clés peuvent être cassées avec une puissance de calcul suffisante, et les bibliothèques TLS actuelles les rejettent&#xa0;: un serveur xrdp doté d&apos;un tel certificat ne peut mener à bien aucune négociation TLS. Remplacez-le par un certificat dont la clé compte au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>Le certificat est signé avec un algorithme obsolète</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) est signé avec SHA-1 ou MD5. Ces algorithmes sont cassés&#xa0;: une telle signature ne prouve plus qui a émis le certificat, et les clients actuels peuvent le rejeter. Remplacez-le par un certificat signé avec SHA-256 ou un algorithme plus robuste.</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>Le certificat n&apos;est pas destiné à l&apos;authentification du serveur</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>Le certificat présenté par l&apos;ordinateur distant (empreinte numérique {thumbprint}) indique ses rôles autorisés (utilisation améliorée de la clé), et Authentification du serveur n&apos;en fait pas partie&#xa0;: il n&apos;est donc pas destiné à identifier un serveur. Les clients peuvent le refuser, et Windows consigne l&apos;événement 1054 lorsqu&apos;un certificat choisi pour le Bureau à distance n&apos;a pas le bon rôle. En général, le mauvais certificat a été sélectionné, ou il a été émis à partir du mauvais modèle.</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>Le serveur a interrompu l&apos;authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>Après la négociation TLS, l&apos;ordinateur distant a mis fin à la connexion au lieu de démarrer l&apos;authentification au niveau du réseau (CredSSP) avec le message NTLM envoyé par rdpdiag&#xa0;; rdpdiag n&apos;envoie jamais de nom d&apos;utilisateur ni de mot de passe. En général, NTLM est désactivé sur le serveur ou dans son domaine, si bien que seule l&apos;ouverture de session Kerberos fonctionne, ou le CredSSP du serveur est défaillant. Les clients qui ne peuvent pas utiliser Kerberos, comme les Mac ou les ordinateurs hors du domaine, échouent alors avec le code d&apos;erreur 0x904 ou une erreur d&apos;authentification (0x207 dans l&apos;application Mac).</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>Vérifiez si le trafic NTLM entrant est refusé sur l&apos;ordinateur distant&#xa0;: RestrictReceivingNTLMTraffic 0x2 signifie «&#xa0;tout refuser&#xa0;».</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>Consultez les événements NTLM de l&apos;ordinateur distant (les ouvertures de session NTLM bloquées ou auditées y apparaissent lorsque l&apos;audit NTLM est activé).</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>Si NTLM est désactivé volontairement, connectez-vous avec Kerberos&#xa0;: utilisez le nom DNS complet de l&apos;ordinateur (et non une adresse IP), ouvrez la session sous la forme utilisateur@domaine et vérifiez que cet ordinateur peut joindre un contrôleur de domaine (sur un Mac, une configuration Kerberos pour le domaine est nécessaire).</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>Un ordinateur qui n&apos;appartient pas à un domaine a besoin de NTLM pour vérifier ses comptes locaux&#xa0;: n&apos;y refusez pas le trafic NTLM entrant.</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>Le CredSSP du serveur est antérieur au correctif de sécurité de 2018</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>L&apos;ordinateur distant utilise une version de CredSSP, le protocole sur lequel repose l&apos;authentification au niveau du réseau (NLA), antérieure au correctif de mai 2018 pour CVE-2018-0886 (la faille «&#xa0;encryption oracle&#xa0;»). Les clients à jour dotés de la stratégie par défaut (AllowEncryptionOracle = Mitigated) refusent de se connecter à un tel serveur et affichent «&#xa0;Une erreur d&apos;authentification s&apos;est produite&#xa0;» en mentionnant la correction d&apos;oracle de chiffrement CredSSP (CredSSP encryption oracle remediation). La solution consiste à mettre à jour le serveur&#xa0;; modifier la stratégie du client n&apos;est qu&apos;un contournement temporaire.</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>Installez les mises à jour Windows actuelles sur l&apos;ordinateur distant (toutes les mises à jour cumulatives publiées depuis mai 2018 contiennent le correctif) et redémarrez-le.</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>Affichez les dernières mises à jour installées sur l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>Maintenez aussi cet ordinateur à jour&#xa0;: le correctif est nécessaire des deux côtés.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>Vérifiez la stratégie de cet ordinateur&#xa0;: AllowEncryptionOracle 0 = Force updated clients («&#xa0;Forcer les clients mis à jour&#xa0;»), 1 = Mitigated («&#xa0;Atténué&#xa0;»), 2 = Vulnerable («&#xa0;Vulnérable&#xa0;»)&#xa0;; en l&apos;absence de valeur, la valeur par défaut Mitigated («&#xa0;Atténué&#xa0;») s&apos;applique.</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>Uniquement comme contournement temporaire en attendant la mise à jour du serveur, et uniquement sur un réseau de confiance&#xa0;: autorisez les connexions aux serveurs non corrigés (en tant qu&apos;administrateur). Cela rouvre la vulnérabilité sur cet ordinateur&#xa0;; supprimez ce contournement à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>Supprimez le contournement dès que le serveur est mis à jour.</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>L&apos;horloge du serveur diffère de plus de 5 minutes de celle de cet ordinateur</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>L&apos;heure indiquée par l&apos;ordinateur distant pendant l&apos;authentification au niveau du réseau (NLA) diffère de plus de 5 minutes de l&apos;horloge de cet ordinateur (les données relevées indiquent l&apos;écart exact). Kerberos, utilisé pour les ouvertures de session de domaine, tolère au plus 5 minutes d&apos;écart&#xa0;: l&apos;ouverture de session peut donc échouer avec une erreur d&apos;authentification, et des certificats peuvent paraître expirés ou pas encore valides. Les horloges sont comparées en temps universel&#xa0;: un fuseau horaire incorrect compte donc même lorsque l&apos;heure affichée semble juste.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>Comparez directement l&apos;horloge de cet ordinateur avec celle de l&apos;ordinateur distant (fonctionne si celui-ci répond aux requêtes de temps, comme le font les contrôleurs de domaine).</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>Vérifiez le paramètre de fuseau horaire des deux ordinateurs&#xa0;: l&apos;heure affichée peut sembler juste alors que le fuseau horaire, et donc l&apos;heure réelle, est incorrect.</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>Si l&apos;adresse est une adresse IPv6 (elle contient des deux-points) et que ce réseau ne dispose pas d&apos;IPv6, connectez-vous plutôt à l&apos;adresse IPv4 de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>This computer has no route to the remote computer</source>
        <translation>Cet ordinateur n&apos;a aucun itinéraire vers l&apos;ordinateur distant</translation>
    </message>
    <message>
        <source>This computer does not know where to send packets for {address}: it has no network route that leads there. Usually the network connection is down, the computer is on the wrong network, or the address belongs to a company network that is reachable only while the VPN is connected. The problem is on this computer&apos;s side, not on the remote computer.</source>
        <translation>Cet ordinateur ne sait pas où envoyer les paquets destinés à {address}&#xa0;: aucun itinéraire réseau n&apos;y mène. En général, la connexion réseau est coupée, l&apos;ordinateur se trouve sur le mauvais réseau, ou l&apos;adresse appartient à un réseau d&apos;entreprise joignable uniquement lorsque le VPN est connecté. Le problème se situe du côté de cet ordinateur, et non de l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>Show the routing table (Windows).</source>
        <translation>Affichez la table de routage (Windows).</translation>
    </message>
    <message>
        <source>The same check on Linux.</source>
        <translation>La même vérification sous Linux.</translation>
    </message>
    <message>
        <source>The same check on macOS.</source>
        <translation>La même vérification sous macOS.</translation>
    </message>
    <message>
        <source>This computer cannot open network connections anywhere</source>
        <translation>Cet ordinateur ne parvient à ouvrir aucune connexion réseau</translation>
    </message>
    <message>
        <source>Not only the remote computer failed: every other test connection from this computer failed too (the evidence lists them), so the fault starts here and not on the server. Common causes are a broken network adapter or driver, a damaged network stack after an update, security or VPN software that filters all traffic, or no working network connection at all. Fix this computer first; checking the server makes sense only afterwards.</source>
        <translation>L&apos;échec ne concerne pas seulement l&apos;ordinateur distant&#xa0;: toutes les autres connexions de test depuis cet ordinateur ont également échoué (les données relevées les énumèrent). Le problème vient donc d&apos;ici, et non du serveur. Causes fréquentes&#xa0;: une carte réseau ou un pilote défectueux, une pile réseau endommagée après une mise à jour, un logiciel de sécurité ou de VPN qui filtre tout le trafic, ou l&apos;absence de toute connexion réseau fonctionnelle. Réparez d&apos;abord cet ordinateur&#xa0;; vérifier le serveur n&apos;a de sens qu&apos;ensuite.</translation>
    </message>
    <message>
        <source>Check that this computer is connected (cable, Wi-Fi) and that a web page opens.</source>
        <translation>Vérifiez que cet ordinateur est connecté (câble, Wi-Fi) et qu&apos;une page web s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Windows: test a well-known web server; &apos;TcpTestSucceeded : False&apos; confirms that nothing gets through.</source>
        <translation>Windows&#xa0;: testez un serveur web connu&#xa0;; «&#xa0;TcpTestSucceeded : False&#xa0;» confirme que rien ne passe.</translation>
    </message>
    <message>
        <source>Windows: reset the Winsock catalogue (as administrator), then restart the computer.</source>
        <translation>Windows&#xa0;: réinitialisez le catalogue Winsock (en tant qu&apos;administrateur), puis redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Windows: reset the TCP/IP settings (as administrator), then restart the computer.</source>
        <translation>Windows&#xa0;: réinitialisez les paramètres TCP/IP (en tant qu&apos;administrateur), puis redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Windows: renew the address from the network.</source>
        <translation>Windows&#xa0;: renouvelez l&apos;adresse attribuée par le réseau.</translation>
    </message>
    <message>
        <source>Update or reinstall the network adapter&apos;s driver (Device Manager &gt; Network adapters), and switch off VPN or security software for a test.</source>
        <translation>Mettez à jour ou réinstallez le pilote de la carte réseau (Gestionnaire de périphériques &gt; Cartes réseau) et, le temps d&apos;un test, désactivez le logiciel de VPN ou de sécurité.</translation>
    </message>
    <message>
        <source>Linux: show the addresses and routes, then restart the network service.</source>
        <translation>Linux&#xa0;: affichez les adresses et les itinéraires, puis redémarrez le service réseau.</translation>
    </message>
    <message>
        <source>The connection goes through a VPN or tunnel adapter</source>
        <translation>La connexion passe par une carte VPN ou de tunnel</translation>
    </message>
    <message>
        <source>The route from this computer to {address} leaves through a VPN or tunnel adapter (named in the evidence). That is normal when the remote computer is in a company network, but it adds a hop that can drop or shrink packets. If the connection stalls while it is being secured, suspect the VPN&apos;s packet size (MTU) first.</source>
        <translation>L&apos;itinéraire de cet ordinateur vers {address} passe par une carte VPN ou de tunnel (nommée dans les données relevées). C&apos;est normal lorsque l&apos;ordinateur distant se trouve dans un réseau d&apos;entreprise, mais cela ajoute un intermédiaire susceptible de perdre des paquets ou d&apos;en réduire la taille. Si la connexion se bloque pendant sa sécurisation, soupçonnez d&apos;abord la taille de paquet (MTU) du VPN.</translation>
    </message>
    <message>
        <source>Windows: list the adapters with their packet size (NlMtu) and priority.</source>
        <translation>Windows&#xa0;: affichez les cartes réseau avec leur taille de paquet (NlMtu) et leur priorité.</translation>
    </message>
    <message>
        <source>Linux: show the route to the server.</source>
        <translation>Linux&#xa0;: affichez l&apos;itinéraire vers le serveur.</translation>
    </message>
    <message>
        <source>If Remote Desktop should not use the VPN, ask the VPN&apos;s administrator about split tunnelling.</source>
        <translation>Si le Bureau à distance ne doit pas passer par le VPN, interrogez l&apos;administrateur du VPN au sujet du tunnel fractionné (split tunneling).</translation>
    </message>
    <message>
        <source>The path to the remote computer only carries small packets</source>
        <translation>Le chemin vers l&apos;ordinateur distant ne transporte que de petits paquets</translation>
    </message>
    <message>
        <source>Linux: show the adapters&apos; MTU.</source>
        <translation>Linux&#xa0;: affichez la MTU des cartes réseau.</translation>
    </message>
    <message>
        <source>Lower the VPN adapter&apos;s MTU (for example to 1350) in the VPN client, or have the VPN gateway clamp the TCP segment size (MSS clamping); then try again.</source>
        <translation>Réduisez la MTU de la carte VPN (par exemple à 1350) dans le client VPN, ou faites limiter la taille des segments TCP par la passerelle VPN (MSS clamping)&#xa0;; puis réessayez.</translation>
    </message>
    <message>
        <source>The name points to a private address this computer cannot reach</source>
        <translation>Le nom pointe vers une adresse privée que cet ordinateur ne peut pas joindre</translation>
    </message>
    <message>
        <source>The name {host} resolves to {address}, an address of a private network, but this computer is not in that network and has no VPN route to it: the packets go out to the internet, where private addresses lead nowhere. Usually the VPN is not connected, or a DNS server gave the internal answer to a computer outside the company network.</source>
        <translation>Le nom {host} se résout en {address}, une adresse de réseau privé, mais cet ordinateur ne fait pas partie de ce réseau et n&apos;a aucun itinéraire VPN vers celui-ci&#xa0;: les paquets partent vers Internet, où les adresses privées ne mènent nulle part. En général, le VPN n&apos;est pas connecté, ou un serveur DNS a fourni la réponse interne à un ordinateur situé hors du réseau de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>Connect the company VPN, then try again.</source>
        <translation>Connectez-vous au VPN de l&apos;entreprise, puis réessayez.</translation>
    </message>
    <message>
        <source>Windows: see which addresses the name resolves to and which DNS server answered.</source>
        <translation>Windows&#xa0;: vérifiez en quelles adresses le nom se résout et quel serveur DNS a répondu.</translation>
    </message>
    <message>
        <source>From outside the company network use the public name or the Remote Desktop Gateway your IT department provides.</source>
        <translation>Depuis l&apos;extérieur du réseau de l&apos;entreprise, utilisez le nom public ou la passerelle Bureau à distance fournie par votre service informatique.</translation>
    </message>
    <message>
        <source>A web proxy is configured on this computer</source>
        <translation>Un proxy web est configuré sur cet ordinateur</translation>
    </message>
    <message>
        <source>This computer is set up to use a web proxy (the evidence shows it). Direct Remote Desktop connections do not use it, but the HTTPS connection to a Remote Desktop Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break it.</source>
        <translation>Cet ordinateur est configuré pour utiliser un proxy web (les données relevées l&apos;indiquent). Les connexions Bureau à distance directes ne l&apos;utilisent pas, mais la connexion HTTPS à une passerelle Bureau à distance peut passer par lui, et un proxy qui inspecte le trafic HTTPS ou exige sa propre authentification peut la faire échouer.</translation>
    </message>
    <message>
        <source>Windows: show the system proxy.</source>
        <translation>Windows&#xa0;: affichez le proxy système.</translation>
    </message>
    <message>
        <source>Linux or macOS: show the proxy variables.</source>
        <translation>Linux ou macOS&#xa0;: affichez les variables de proxy.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator to exempt the gateway&apos;s name from HTTPS inspection.</source>
        <translation>Demandez à l&apos;administrateur du proxy d&apos;exclure le nom de la passerelle de l&apos;inspection HTTPS.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block the connection</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque peut-être la connexion</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s own firewall drops or rejects outgoing connections to port {port}, but only under a condition the tool could not check (a network adapter, an address list, a firewall profile). The evidence shows the rule and the condition. If the connection fails, check this rule first.</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque ou rejette les connexions sortantes vers le port {port}, mais uniquement sous une condition que l&apos;outil n&apos;a pas pu vérifier (une carte réseau, une liste d&apos;adresses, un profil de pare-feu). Les données relevées indiquent la règle et la condition. Si la connexion échoue, vérifiez d&apos;abord cette règle.</translation>
    </message>
    <message>
        <source>Windows: list the enabled rules that block outgoing connections.</source>
        <translation>Windows&#xa0;: affichez les règles activées qui bloquent les connexions sortantes.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the numbered rules.</source>
        <translation>Linux avec ufw&#xa0;: affichez les règles numérotées.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation, ask the IT department whether it applies here. Do not switch the firewall off.</source>
        <translation>Si la règle provient de votre organisation, demandez au service informatique si elle s&apos;applique ici. Ne désactivez pas le pare-feu.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be checked</source>
        <translation>Le pare-feu de cet ordinateur n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The firewall rules of this computer could not be read, usually because reading them needs administrator rights. So a local rule blocking port {port} is neither confirmed nor ruled out.</source>
        <translation>Les règles de pare-feu de cet ordinateur n&apos;ont pas pu être lues, généralement parce que leur lecture nécessite des droits d&apos;administrateur. Une règle locale qui bloquerait le port {port} n&apos;est donc ni confirmée ni exclue.</translation>
    </message>
    <message>
        <source>Linux or macOS: run the check again with administrator rights.</source>
        <translation>Linux ou macOS&#xa0;: relancez la vérification avec des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Windows: run rdpdiag from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows&#xa0;: exécutez rdpdiag depuis une invite de commandes ouverte avec «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>Linux: read the rules yourself.</source>
        <translation>Linux&#xa0;: consultez les règles vous-même.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway {host}</source>
        <translation>Le client se connecte via la passerelle Bureau à distance {host}</translation>
    </message>
    <message>
        <source>The .rdp file tells the client to connect through the Remote Desktop Gateway {host} (HTTPS, port {port}); the gateway then connects to the remote computer. So the client&apos;s path is this computer to the gateway, and the gateway to the remote computer; a direct test of the remote computer from here checks a path the client may not use. The evidence says which path the client takes and what the gateway answered.</source>
        <translation>Le fichier .rdp indique au client de se connecter via la passerelle Bureau à distance {host} (HTTPS, port {port})&#xa0;; la passerelle se connecte ensuite à l&apos;ordinateur distant. Le chemin du client va donc de cet ordinateur à la passerelle, puis de la passerelle à l&apos;ordinateur distant&#xa0;; un test direct de l&apos;ordinateur distant depuis cet ordinateur vérifie un chemin que le client n&apos;emprunte peut-être pas. Les données relevées indiquent le chemin emprunté par le client et la réponse de la passerelle.</translation>
    </message>
    <message>
        <source>Test the gateway&apos;s HTTPS port from this computer (Windows).</source>
        <translation>Testez le port HTTPS de la passerelle depuis cet ordinateur (Windows).</translation>
    </message>
    <message>
        <source>To check the path between the gateway and the remote computer, run rdpdiag on the gateway itself or on a computer in the same network, and read the gateway&apos;s event log.</source>
        <translation>Pour vérifier le chemin entre la passerelle et l&apos;ordinateur distant, exécutez rdpdiag sur la passerelle elle-même ou sur un ordinateur du même réseau, et consultez le journal des événements de la passerelle.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway {host} cannot be reached</source>
        <translation>La passerelle Bureau à distance {host} est injoignable</translation>
    </message>
    <message>
        <source>The client must connect through the Remote Desktop Gateway {host}, but this computer could not open a connection to it on port {port} (the evidence shows the name lookup and each attempt). As long as the gateway cannot be reached, no Remote Desktop connection through it can work, whatever the state of the remote computer behind it.</source>
        <translation>Le client doit se connecter via la passerelle Bureau à distance {host}, mais cet ordinateur n&apos;a pas pu ouvrir de connexion vers celle-ci sur le port {port} (les données relevées indiquent la résolution du nom et chaque tentative). Tant que la passerelle est injoignable, aucune connexion Bureau à distance passant par elle ne peut fonctionner, quel que soit l&apos;état de l&apos;ordinateur distant situé derrière.</translation>
    </message>
    <message>
        <source>Test the gateway from this computer (Windows).</source>
        <translation>Testez la passerelle depuis cet ordinateur (Windows).</translation>
    </message>
    <message>
        <source>Check the gateway name in the .rdp file (the line gatewayhostname:s:) against the name your IT department gave you.</source>
        <translation>Comparez le nom de la passerelle indiqué dans le fichier .rdp (la ligne gatewayhostname:s:) avec celui que votre service informatique vous a communiqué.</translation>
    </message>
    <message>
        <source>On the gateway, check that the Remote Desktop Gateway service runs.</source>
        <translation>Sur la passerelle, vérifiez que le service Passerelle Bureau à distance (TSGateway) est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>On the gateway, check that something listens on port {port}.</source>
        <translation>Sur la passerelle, vérifiez qu&apos;un programme écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>The secure connection to the Remote Desktop Gateway failed</source>
        <translation>La connexion sécurisée à la passerelle Bureau à distance a échoué</translation>
    </message>
    <message>
        <source>This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS handshake did not complete (the evidence shows how it ended). The usual causes are a gateway certificate without a usable private key, TLS versions switched off on the gateway, or a proxy or security device that interferes with HTTPS.</source>
        <translation>Cet ordinateur a joint la passerelle Bureau à distance {host} sur le port {port}, mais la négociation TLS n&apos;a pas abouti (les données relevées indiquent comment elle s&apos;est terminée). Les causes habituelles sont un certificat de passerelle sans clé privée utilisable, des versions de TLS désactivées sur la passerelle, ou un proxy ou un appareil de sécurité qui perturbe le trafic HTTPS.</translation>
    </message>
    <message>
        <source>On the gateway, show which certificate HTTPS uses (Certificate Hash).</source>
        <translation>Sur la passerelle, affichez le certificat utilisé par HTTPS (Certificate Hash).</translation>
    </message>
    <message>
        <source>In RD Gateway Manager (Properties &gt; SSL Certificate), import the certificate again together with its private key.</source>
        <translation>Dans le Gestionnaire de passerelle des services Bureau à distance (Propriétés &gt; Certificat SSL), importez de nouveau le certificat avec sa clé privée.</translation>
    </message>
    <message>
        <source>On the gateway, read its recent events.</source>
        <translation>Sur la passerelle, consultez ses événements récents.</translation>
    </message>
    <message>
        <source>Try the handshake from macOS or Linux to see the error.</source>
        <translation>Essayez la négociation depuis macOS ou Linux pour voir l&apos;erreur.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway&apos;s certificate has expired</source>
        <translation>Le certificat de la passerelle Bureau à distance a expiré</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop Gateway {host} presents is no longer valid (the evidence has its dates). Unlike a remote computer&apos;s certificate, a gateway certificate cannot be accepted anyway: Remote Desktop clients refuse to connect through the gateway until it is renewed.</source>
        <translation>Le certificat présenté par la passerelle Bureau à distance {host} n&apos;est plus valide (les données relevées indiquent ses dates). Contrairement au certificat d&apos;un ordinateur distant, un certificat de passerelle ne peut pas être accepté malgré tout&#xa0;: les clients Bureau à distance refusent de se connecter via la passerelle tant qu&apos;il n&apos;a pas été renouvelé.</translation>
    </message>
    <message>
        <source>On the gateway, list the computer&apos;s certificates with their end dates.</source>
        <translation>Sur la passerelle, affichez les certificats de l&apos;ordinateur avec leur date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Have a new certificate issued for the gateway&apos;s name, then select it in RD Gateway Manager (Properties &gt; SSL Certificate).</source>
        <translation>Faites émettre un nouveau certificat pour le nom de la passerelle, puis sélectionnez-le dans le Gestionnaire de passerelle des services Bureau à distance (Propriétés &gt; Certificat SSL).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: a wrong date makes a valid certificate look expired.</source>
        <translation>Vérifiez l&apos;horloge de cet ordinateur&#xa0;: une date erronée fait paraître expiré un certificat valide.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate does not carry the gateway&apos;s name</source>
        <translation>Le certificat de la passerelle ne contient pas le nom de la passerelle</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway is not made out to {host}, the name in the .rdp file (the evidence lists the names it does carry). Remote Desktop clients refuse such a gateway without offering to continue.</source>
        <translation>Le certificat de la passerelle Bureau à distance n&apos;est pas délivré à {host}, le nom indiqué dans le fichier .rdp (les données relevées indiquent les noms qu&apos;il contient). Les clients Bureau à distance refusent une telle passerelle sans proposer de continuer.</translation>
    </message>
    <message>
        <source>Show the names in the gateway&apos;s certificate (macOS or Linux).</source>
        <translation>Affichez les noms contenus dans le certificat de la passerelle (macOS ou Linux).</translation>
    </message>
    <message>
        <source>Change gatewayhostname in the .rdp file to a name the certificate carries, if that name leads to the same gateway.</source>
        <translation>Remplacez gatewayhostname dans le fichier .rdp par un nom contenu dans le certificat, si ce nom mène à la même passerelle.</translation>
    </message>
    <message>
        <source>Otherwise have a certificate issued that includes the name clients use, and select it in RD Gateway Manager.</source>
        <translation>Sinon, faites émettre un certificat qui inclut le nom utilisé par les clients, et sélectionnez-le dans le Gestionnaire de passerelle des services Bureau à distance.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted here</source>
        <translation>Le certificat de la passerelle n&apos;est pas approuvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway {host} does not lead to a certificate authority this computer trusts (the evidence lists the verification errors). Remote Desktop clients refuse untrusted gateway certificates, so unless the client computer trusts the issuing authority, connections through this gateway fail.</source>
        <translation>Le certificat de la passerelle Bureau à distance {host} ne remonte pas à une autorité de certification approuvée par cet ordinateur (les données relevées indiquent les erreurs de vérification). Les clients Bureau à distance refusent les certificats de passerelle non approuvés&#xa0;: tant que l&apos;ordinateur client n&apos;approuve pas l&apos;autorité émettrice, les connexions via cette passerelle échouent.</translation>
    </message>
    <message>
        <source>Show the certificate chain the gateway sends (macOS or Linux).</source>
        <translation>Affichez la chaîne de certificats envoyée par la passerelle (macOS ou Linux).</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, install its root certificate on this computer (Windows, as administrator; replace the file name).</source>
        <translation>Si votre organisation gère sa propre autorité de certification, installez son certificat racine sur cet ordinateur (Windows, en tant qu&apos;administrateur&#xa0;; remplacez le nom de fichier).</translation>
    </message>
    <message>
        <source>For users outside the organisation, give the gateway a certificate from a public certificate authority.</source>
        <translation>Pour les utilisateurs extérieurs à l&apos;organisation, dotez la passerelle d&apos;un certificat émis par une autorité de certification publique.</translation>
    </message>
    <message>
        <source>The gateway address answers, but not as a Remote Desktop Gateway</source>
        <translation>L&apos;adresse de la passerelle répond, mais pas en tant que passerelle Bureau à distance</translation>
    </message>
    <message>
        <source>The server at {host} port {port} answered the request a Remote Desktop Gateway handles with &apos;not found&apos;, so it is a web server without the gateway service. The gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy does not forward the gateway&apos;s path /remoteDesktopGateway/.</source>
        <translation>Le serveur {host} a répondu sur le port {port} par «&#xa0;not found&#xa0;» (introuvable) à la requête que traite une passerelle Bureau à distance&#xa0;: il s&apos;agit donc d&apos;un serveur web sans le service de passerelle. Le nom de la passerelle dans le fichier .rdp est peut-être erroné, ou un équilibreur de charge ou un proxy inverse ne transmet pas le chemin de la passerelle, /remoteDesktopGateway/.</translation>
    </message>
    <message>
        <source>Check the line gatewayhostname:s: of the .rdp file with your IT department.</source>
        <translation>Vérifiez la ligne gatewayhostname:s: du fichier .rdp avec votre service informatique.</translation>
    </message>
    <message>
        <source>On the gateway, check that the web site carries the gateway&apos;s applications.</source>
        <translation>Sur la passerelle, vérifiez que le site web héberge les applications de la passerelle.</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy is in front, it must pass the methods RDG_OUT_DATA and RDG_IN_DATA and the path /remoteDesktopGateway/ to the gateway.</source>
        <translation>Si un équilibreur de charge ou un proxy inverse se trouve en amont, il doit transmettre à la passerelle les méthodes RDG_OUT_DATA et RDG_IN_DATA ainsi que le chemin /remoteDesktopGateway/.</translation>
    </message>
    <message>
        <source>No Remote Desktop server was found on this computer</source>
        <translation>Aucun serveur Bureau à distance n&apos;a été trouvé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Neither Windows Remote Desktop Services nor xrdp was found on this computer, so nothing here can accept Remote Desktop connections. Install or switch on a Remote Desktop server first, or run this check on the computer you connect to.</source>
        <translation>Ni les services Bureau à distance de Windows ni xrdp n&apos;ont été trouvés sur cet ordinateur&#xa0;: rien ici ne peut donc accepter de connexions Bureau à distance. Installez ou activez d&apos;abord un serveur Bureau à distance, ou exécutez cette vérification sur l&apos;ordinateur auquel vous vous connectez.</translation>
    </message>
    <message>
        <source>Windows (Pro, Enterprise or Server): allow Remote Desktop connections (as administrator).</source>
        <translation>Windows (Professionnel, Entreprise ou Server)&#xa0;: autorisez les connexions Bureau à distance (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: install xrdp.</source>
        <translation>Debian ou Ubuntu&#xa0;: installez xrdp.</translation>
    </message>
    <message>
        <source>Then start xrdp and have it start at boot.</source>
        <translation>Ensuite, démarrez xrdp et configurez-le pour qu&apos;il démarre automatiquement au démarrage du système.</translation>
    </message>
    <message>
        <source>The Remote Desktop service is not running</source>
        <translation>Le service Bureau à distance n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>The Remote Desktop service of this computer (named in the evidence) is not running, so connections to port {port} are refused. Clients report this as error code 0x204. Start the service and look at why it stopped.</source>
        <translation>Le service Bureau à distance de cet ordinateur (nommé dans les données relevées) n&apos;est pas en cours d&apos;exécution&#xa0;: les connexions au port {port} sont donc refusées. Les clients signalent ce cas par le code d&apos;erreur 0x204. Démarrez le service et recherchez pourquoi il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Windows: start Remote Desktop Services (as administrator).</source>
        <translation>Windows&#xa0;: démarrez les services Bureau à distance (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>Linux: read why xrdp stopped or did not start.</source>
        <translation>Linux&#xa0;: recherchez pourquoi xrdp s&apos;est arrêté ou n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>A helper service of Remote Desktop is not running</source>
        <translation>Un service auxiliaire du Bureau à distance n&apos;est pas en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>A service that Remote Desktop needs besides the main one is stopped (named in the evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then fail after the sign-in, or certificates are not renewed.</source>
        <translation>Un service dont le Bureau à distance a besoin en plus du service principal est arrêté (nommé dans les données relevées)&#xa0;: sous Windows, Configuration des services Bureau à distance (SessionEnv) ou Redirecteur de port du mode utilisateur des services Bureau à distance (UmRdpService)&#xa0;; sous Linux, le gestionnaire de sessions xrdp. Les connexions peuvent alors échouer après l&apos;ouverture de session, ou les certificats ne sont pas renouvelés.</translation>
    </message>
    <message>
        <source>Windows: start the helper services.</source>
        <translation>Windows&#xa0;: démarrez les services auxiliaires.</translation>
    </message>
    <message>
        <source>Linux: start the xrdp session manager.</source>
        <translation>Linux&#xa0;: démarrez le gestionnaire de sessions xrdp.</translation>
    </message>
    <message>
        <source>The Remote Desktop service does not listen on its port</source>
        <translation>Le service Bureau à distance n&apos;écoute pas sur son port</translation>
    </message>
    <message>
        <source>The Remote Desktop service runs, but no socket of it listens on the port it is configured for (the evidence shows what listens where). Often another program took the port first, or the service could not bind to the address in its settings. Clients get &apos;connection refused&apos; (error code 0x204).</source>
        <translation>Le service Bureau à distance est en cours d&apos;exécution, mais aucun de ses sockets n&apos;écoute sur le port pour lequel il est configuré (les données relevées indiquent ce qui écoute et où). Souvent, un autre programme a pris le port en premier, ou le service n&apos;a pas pu se lier à l&apos;adresse indiquée dans ses paramètres. Les clients obtiennent «&#xa0;connexion refusée&#xa0;» (code d&apos;erreur 0x204).</translation>
    </message>
    <message>
        <source>Remote Desktop listens on another port than clients use</source>
        <translation>Le Bureau à distance écoute sur un autre port que celui utilisé par les clients</translation>
    </message>
    <message>
        <source>Clients connect to port {port}, but the Remote Desktop service of this computer listens on another port (shown in the evidence). Either tell the clients the port (host name followed by a colon and the port), or set the service back to port {port}.</source>
        <translation>Les clients se connectent au port {port}, mais le service Bureau à distance de cet ordinateur écoute sur un autre port (indiqué dans les données relevées). Communiquez ce port aux clients (nom d&apos;hôte suivi d&apos;un deux-points et du port), ou reconfigurez le service sur le port {port}.</translation>
    </message>
    <message>
        <source>Linux: set xrdp&apos;s first port= line to {port} and restart it.</source>
        <translation>Linux&#xa0;: définissez la première ligne port= de xrdp sur {port} et redémarrez xrdp.</translation>
    </message>
    <message>
        <source>Windows: set the listener&apos;s port (as administrator), then restart Remote Desktop Services and allow the port in the firewall.</source>
        <translation>Windows&#xa0;: définissez le port de l&apos;écouteur (en tant qu&apos;administrateur), puis redémarrez les services Bureau à distance et autorisez le port dans le pare-feu.</translation>
    </message>
    <message>
        <source>Remote Desktop only accepts connections from this computer itself</source>
        <translation>Le Bureau à distance n&apos;accepte que les connexions provenant de cet ordinateur lui-même</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), so other computers cannot connect. That is right only when connections arrive through an SSH tunnel or a local proxy.</source>
        <translation>Le service Bureau à distance n&apos;écoute que sur une adresse de bouclage (127.0.0.1 ou&#xa0;::1)&#xa0;: les autres ordinateurs ne peuvent donc pas se connecter. Ce n&apos;est correct que si les connexions arrivent par un tunnel SSH ou un proxy local.</translation>
    </message>
    <message>
        <source>Linux: show xrdp&apos;s listen setting; port=3389 listens on every address, port=tcp://127.0.0.1:3389 only on loopback.</source>
        <translation>Linux&#xa0;: affichez le paramètre d&apos;écoute de xrdp&#xa0;; port=3389 écoute sur toutes les adresses, port=tcp://127.0.0.1:3389 uniquement sur l&apos;adresse de bouclage.</translation>
    </message>
    <message>
        <source>Windows: the listener&apos;s adapter setting should be 0 (all adapters).</source>
        <translation>Windows&#xa0;: le paramètre de carte réseau de l&apos;écouteur doit valoir 0 (toutes les cartes réseau).</translation>
    </message>
    <message>
        <source>Remote Desktop connections are switched off</source>
        <translation>Les connexions Bureau à distance sont désactivées</translation>
    </message>
    <message>
        <source>The setting fDenyTSConnections is 1 on this computer (the evidence says whether a Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group Policy value wins over the local one and must be changed in the policy.</source>
        <translation>Le paramètre fDenyTSConnections vaut 1 sur cet ordinateur (les données relevées indiquent si une stratégie de groupe le définit)&#xa0;: Windows refuse donc toute connexion Bureau à distance. Une valeur définie par stratégie de groupe l&apos;emporte sur la valeur locale et doit être modifiée dans la stratégie.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy denies the connections; if this value exists, change the policy &apos;Allow users to connect remotely by using Remote Desktop Services&apos;.</source>
        <translation>Vérifiez si une stratégie de groupe refuse les connexions&#xa0;; si cette valeur existe, modifiez la stratégie «&#xa0;Autoriser les utilisateurs à se connecter à distance à l&apos;aide des services Bureau à distance&#xa0;» (en anglais «&#xa0;Allow users to connect remotely by using Remote Desktop Services&#xa0;»).</translation>
    </message>
    <message>
        <source>The server is set to Standard RDP Security only</source>
        <translation>Le serveur est configuré pour la sécurité RDP standard uniquement</translation>
    </message>
    <message>
        <source>This computer&apos;s Remote Desktop service is configured for the old Standard RDP Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. Current clients that require TLS or Network Level Authentication refuse it, often with error code 0x904, and the connection is open to interception.</source>
        <translation>Le service Bureau à distance de cet ordinateur est configuré pour l&apos;ancienne sécurité RDP standard uniquement (security_layer=rdp pour xrdp, ou SecurityLayer 0 sous Windows), sans TLS. Les clients actuels qui exigent TLS ou l&apos;authentification au niveau du réseau le refusent, souvent avec le code d&apos;erreur 0x904, et la connexion est exposée à l&apos;interception.</translation>
    </message>
    <message>
        <source>Network Level Authentication is not required</source>
        <translation>L&apos;authentification au niveau du réseau n&apos;est pas exigée</translation>
    </message>
    <message>
        <source>UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen to anyone who connects, before checking who they are. That exposes the computer to password guessing and denial of service.</source>
        <translation>UserAuthentication vaut 0 sur cet ordinateur&#xa0;: le Bureau à distance affiche donc son écran de connexion à toute personne qui se connecte, avant de vérifier son identité. L&apos;ordinateur est ainsi exposé aux tentatives de découverte de mots de passe et aux attaques par déni de service.</translation>
    </message>
    <message>
        <source>The listener&apos;s security layer and encryption level do not fit</source>
        <translation>La couche de sécurité et le niveau de chiffrement de l&apos;écouteur sont incompatibles</translation>
    </message>
    <message>
        <source>SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a combination Windows does not support. Windows then changes the settings by itself (event 1050), and connections may fail until the values agree.</source>
        <translation>SecurityLayer 2 (TLS obligatoire) est défini en même temps que MinEncryptionLevel 1 (faible), une combinaison que Windows ne prend pas en charge. Windows modifie alors lui-même les paramètres (événement 1050), et les connexions peuvent échouer tant que les valeurs ne concordent pas.</translation>
    </message>
    <message>
        <source>Set the encryption level to client compatible (2), as administrator, then restart Remote Desktop Services.</source>
        <translation>Définissez le niveau de chiffrement sur Compatible client (2), en tant qu&apos;administrateur, puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 are switched off for the server</source>
        <translation>TLS 1.2 et TLS 1.3 sont désactivés côté serveur</translation>
    </message>
    <message>
        <source>The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp&apos;s ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients offer nothing older, so every secured connection fails, usually with error code 0x904 and Schannel event 36871 or 36874.</source>
        <translation>Côté serveur, cet ordinateur n&apos;autorise ni TLS 1.2 ni TLS 1.3 (ssl_protocols de xrdp, ou clés de Registre SCHANNEL indiquées dans les données relevées). Les clients actuels ne proposent rien de plus ancien&#xa0;: toute connexion sécurisée échoue donc, généralement avec le code d&apos;erreur 0x904 et l&apos;événement Schannel 36871 ou 36874.</translation>
    </message>
    <message>
        <source>The server still allows TLS 1.0 or 1.1</source>
        <translation>Le serveur autorise encore TLS 1.0 ou 1.1</translation>
    </message>
    <message>
        <source>TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence says where). These versions are outdated and weak; current clients do not need them.</source>
        <translation>TLS 1.0 ou TLS 1.1 est activé côté serveur sur cet ordinateur (les données relevées indiquent où). Ces versions sont obsolètes et vulnérables&#xa0;; les clients actuels n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>Windows: switch TLS 1.0 off for the server side (as administrator) once no old client needs it; repeat for TLS 1.1 and restart the computer.</source>
        <translation>Windows&#xa0;: une fois qu&apos;aucun ancien client n&apos;en a plus besoin, désactivez TLS 1.0 côté serveur (en tant qu&apos;administrateur)&#xa0;; procédez de même pour TLS 1.1, puis redémarrez l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is missing or unreadable</source>
        <translation>Le certificat TLS du serveur est manquant ou illisible</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service is configured to use cannot be found or read (the evidence names the file or the thumbprint). The service then fails every TLS handshake, which clients report as error code 0x904 (extended code 0x7).</source>
        <translation>Le certificat que le service Bureau à distance est configuré pour utiliser est introuvable ou illisible (les données relevées indiquent le fichier ou l&apos;empreinte numérique). Le service fait alors échouer chaque négociation TLS, ce que les clients signalent par le code d&apos;erreur 0x904 (code étendu 0x7).</translation>
    </message>
    <message>
        <source>The service cannot read its certificate&apos;s private key</source>
        <translation>Le service ne peut pas lire la clé privée de son certificat</translation>
    </message>
    <message>
        <source>The private key of the Remote Desktop certificate is missing or cannot be read by the account the service runs as (the evidence names the file, the account and the error). Without its key the service cannot complete a TLS handshake: this is the classic cause of error code 0x904 with extended code 0x7.</source>
        <translation>La clé privée du certificat Bureau à distance est manquante ou ne peut pas être lue par le compte sous lequel le service s&apos;exécute (les données relevées indiquent le fichier, le compte et l&apos;erreur). Sans sa clé, le service ne peut pas mener à bien une négociation TLS&#xa0;: c&apos;est la cause classique du code d&apos;erreur 0x904 avec le code étendu 0x7.</translation>
    </message>
    <message>
        <source>Linux: show the permissions along the key file&apos;s path.</source>
        <translation>Linux&#xa0;: affichez les autorisations de chaque élément du chemin du fichier de clé.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>La clé privée ne correspond pas au certificat</translation>
    </message>
    <message>
        <source>The key file configured for Remote Desktop is not the key of the configured certificate, typically after only one of the two files was replaced. The TLS handshake then fails for every client (error code 0x904).</source>
        <translation>Le fichier de clé configuré pour le Bureau à distance ne contient pas la clé du certificat configuré, généralement parce qu&apos;un seul des deux fichiers a été remplacé. La négociation TLS échoue alors pour tous les clients (code d&apos;erreur 0x904).</translation>
    </message>
    <message>
        <source>Linux: compare the two public keys; the two checksums must be equal (adjust the paths to xrdp.ini&apos;s certificate and key_file).</source>
        <translation>Linux&#xa0;: comparez les deux clés publiques&#xa0;; les deux sommes de contrôle doivent être identiques (adaptez les chemins aux valeurs certificate et key_file de xrdp.ini).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has expired</source>
        <translation>Le certificat TLS du serveur a expiré</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service uses is outside its validity dates (the evidence has them). Clients warn about it or, with strict settings, refuse to connect.</source>
        <translation>Le certificat utilisé par le service Bureau à distance est en dehors de sa période de validité (les données relevées indiquent ses dates). Les clients affichent un avertissement ou, avec des paramètres stricts, refusent de se connecter.</translation>
    </message>
    <message>
        <source>Linux: show the certificate&apos;s dates (adjust the path to xrdp.ini&apos;s certificate).</source>
        <translation>Linux&#xa0;: affichez les dates du certificat (adaptez le chemin à la valeur certificate de xrdp.ini).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key is too short to be used</source>
        <translation>La clé du certificat du serveur est trop courte pour être utilisée</translation>
    </message>
    <message>
        <source>The certificate xrdp is configured with has an RSA key shorter than 2048 bits. xrdp&apos;s TLS library refuses such a key at the first handshake (&apos;ee key too small&apos; in the log), so every secured connection fails although the service runs.</source>
        <translation>Le certificat configuré pour xrdp possède une clé RSA de moins de 2048 bits. La bibliothèque TLS de xrdp refuse une telle clé dès la première négociation («&#xa0;ee key too small&#xa0;» dans le journal)&#xa0;: toute connexion sécurisée échoue donc, bien que le service soit en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Make a new 3072-bit key and certificate in files of xrdp&apos;s own, point certificate= and key_file= in xrdp.ini at them and restart xrdp.</source>
        <translation>Créez une nouvelle clé de 3072 bits et un nouveau certificat dans des fichiers propres à xrdp, faites pointer certificate= et key_file= de xrdp.ini vers ces fichiers, puis redémarrez xrdp.</translation>
    </message>
    <message>
        <source>The permissions of the MachineKeys folder are broken</source>
        <translation>Les autorisations du dossier MachineKeys sont endommagées</translation>
    </message>
    <message>
        <source>The folder where Windows keeps the private keys of the computer&apos;s certificates (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) lacks the permissions Remote Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or create its certificate&apos;s key: TLS handshakes fail with error code 0x904 (extended code 0x7) and the System log shows event 36870 or 1057.</source>
        <translation>Le dossier dans lequel Windows conserve les clés privées des certificats de l&apos;ordinateur (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) ne dispose pas des autorisations dont le Bureau à distance a besoin (les données relevées indiquent les autorisations présentes). Le Bureau à distance ne peut alors ni utiliser ni créer la clé de son certificat&#xa0;: les négociations TLS échouent avec le code d&apos;erreur 0x904 (code étendu 0x7) et le journal Système contient l&apos;événement 36870 ou 1057.</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing grace period has ended</source>
        <translation>La période de grâce des licences Bureau à distance est terminée</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role, its 120-day licensing grace period is over, and no license server hands out licenses (the evidence shows the days left, the licensing mode and the license servers). Connections are then refused after the security handshake, which clients may show as error code 0x904 or as a licensing message.</source>
        <translation>Cet ordinateur exécute le rôle Hôte de session Bureau à distance, sa période de grâce de 120 jours pour les licences est terminée et aucun serveur de licences ne distribue de licences (les données relevées indiquent les jours restants, le mode de licence et les serveurs de licences). Les connexions sont alors refusées après la négociation de sécurité, ce que les clients peuvent afficher sous la forme du code d&apos;erreur 0x904 ou d&apos;un message relatif aux licences.</translation>
    </message>
    <message>
        <source>Show the days left of the grace period.</source>
        <translation>Affichez le nombre de jours restants de la période de grâce.</translation>
    </message>
    <message>
        <source>Open the RD Licensing Diagnoser: it names the missing license server or licenses.</source>
        <translation>Ouvrez l&apos;Outil de diagnostic des licences Bureau à distance (RD Licensing Diagnoser)&#xa0;: il indique le serveur de licences ou les licences manquants.</translation>
    </message>
    <message>
        <source>Set the licensing mode (Per User or Per Device) and the license server with Group Policy: Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Licensing.</source>
        <translation>Définissez le mode de licence (Par utilisateur ou Par appareil) et le serveur de licences par stratégie de groupe&#xa0;: Configuration ordinateur &gt; Modèles d&apos;administration &gt; Composants Windows &gt; Services Bureau à distance &gt; Hôte de session Bureau à distance &gt; Gestion des licences.</translation>
    </message>
    <message>
        <source>If the computer only needs the two administrative connections, remove the Session Host role instead (restarts the computer).</source>
        <translation>Si l&apos;ordinateur n&apos;a besoin que des deux connexions d&apos;administration, supprimez plutôt le rôle Hôte de session (l&apos;ordinateur redémarre).</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing mode is not configured</source>
        <translation>Le mode de licence Bureau à distance n&apos;est pas configuré</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role without a configured licensing mode or license server. It works during the 120-day grace period (the evidence shows the days left) and refuses connections afterwards.</source>
        <translation>Cet ordinateur exécute le rôle Hôte de session Bureau à distance sans mode de licence ni serveur de licences configuré. Il fonctionne pendant la période de grâce de 120 jours (les données relevées indiquent les jours restants), puis refuse les connexions.</translation>
    </message>
    <message>
        <source>Show the configured licensing mode.</source>
        <translation>Affichez le mode de licence configuré.</translation>
    </message>
    <message>
        <source>Configure the licensing mode and the license server by Group Policy (Remote Desktop Session Host &gt; Licensing).</source>
        <translation>Configurez le mode de licence et le serveur de licences par stratégie de groupe (Hôte de session Bureau à distance &gt; Gestion des licences).</translation>
    </message>
    <message>
        <source>The listener accepts only a few connections</source>
        <translation>L&apos;écouteur n&apos;accepte que peu de connexions</translation>
    </message>
    <message>
        <source>MaxInstanceCount limits the Remote Desktop listener to the number of connections shown in the evidence. Once that many are open, further connections are refused, which clients may report as error code 0x904.</source>
        <translation>MaxInstanceCount limite l&apos;écouteur Bureau à distance au nombre de connexions indiqué dans les données relevées. Une fois ce nombre atteint, les connexions supplémentaires sont refusées, ce que les clients peuvent signaler par le code d&apos;erreur 0x904.</translation>
    </message>
    <message>
        <source>Show the limit and its policy copy.</source>
        <translation>Affichez la limite et sa copie définie par stratégie.</translation>
    </message>
    <message>
        <source>Remove the limit (as administrator); if a Group Policy (&apos;Limit number of connections&apos;) sets it, change the policy instead.</source>
        <translation>Supprimez la limite (en tant qu&apos;administrateur)&#xa0;; si une stratégie de groupe («&#xa0;Limiter le nombre de connexions&#xa0;», en anglais «&#xa0;Limit number of connections&#xa0;») la définit, modifiez plutôt la stratégie.</translation>
    </message>
    <message>
        <source>List the sessions that are open now.</source>
        <translation>Affichez les sessions actuellement ouvertes.</translation>
    </message>
    <message>
        <source>Windows could not access the TLS certificate&apos;s private key</source>
        <translation>Windows n&apos;a pas pu accéder à la clé privée du certificat TLS</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), shown in the evidence. Remote Desktop cannot use its certificate&apos;s key, usually because of wrong permissions on the MachineKeys folder or a damaged key file. This is the cause behind error code 0x904 with extended code 0x7.</source>
        <translation>Le journal Système contient l&apos;événement Schannel 36870 («&#xa0;a fatal error occurred when attempting to access the TLS server credential private key&#xa0;», c&apos;est-à-dire une erreur irrécupérable lors de l&apos;accès à la clé privée des informations d&apos;identification du serveur TLS), indiqué dans les données relevées. Le Bureau à distance ne peut pas utiliser la clé de son certificat, généralement à cause d&apos;autorisations incorrectes sur le dossier MachineKeys ou d&apos;un fichier de clé endommagé. C&apos;est la cause du code d&apos;erreur 0x904 avec le code étendu 0x7.</translation>
    </message>
    <message>
        <source>Windows could not create the TLS credential</source>
        <translation>Windows n&apos;a pas pu créer les informations d&apos;identification TLS</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), shown in the evidence. Most often the TLS versions Remote Desktop needs are switched off in the SCHANNEL registry keys, or the certificate&apos;s key is unusable.</source>
        <translation>Le journal Système contient l&apos;événement Schannel 36871 («&#xa0;a fatal error occurred while creating a TLS server credential&#xa0;», c&apos;est-à-dire une erreur irrécupérable lors de la création des informations d&apos;identification du serveur TLS), indiqué dans les données relevées. Le plus souvent, les versions de TLS dont le Bureau à distance a besoin sont désactivées dans les clés de Registre SCHANNEL, ou la clé du certificat est inutilisable.</translation>
    </message>
    <message>
        <source>Windows could not create or renew the Remote Desktop certificate</source>
        <translation>Windows n&apos;a pas pu créer ou renouveler le certificat Bureau à distance</translation>
    </message>
    <message>
        <source>The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): the self-signed certificate could not be created or replaced, typically with &apos;Keyset does not exist&apos; or &apos;Access is denied&apos;. The cause is almost always the permissions or contents of the MachineKeys folder.</source>
        <translation>Le journal Système contient l&apos;événement 1057 ou 1058 du Bureau à distance (indiqué dans les données relevées)&#xa0;: le certificat auto-signé n&apos;a pas pu être créé ou remplacé, généralement avec le message «&#xa0;Keyset does not exist&#xa0;» («&#xa0;Le jeu de clés n&apos;existe pas&#xa0;») ou «&#xa0;Access is denied&#xa0;» («&#xa0;Accès refusé&#xa0;»). La cause tient presque toujours aux autorisations ou au contenu du dossier MachineKeys.</translation>
    </message>
    <message>
        <source>Clients offered no cipher suite this server accepts</source>
        <translation>Les clients n&apos;ont proposé aucune suite de chiffrement acceptée par ce serveur</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36874 (shown in the evidence): a client asked for TLS, but none of its cipher suites is allowed on this computer. Usually a Group Policy or a hardening script shortened the cipher suite list too much.</source>
        <translation>Le journal Système contient l&apos;événement Schannel 36874 (indiqué dans les données relevées)&#xa0;: un client a demandé TLS, mais aucune de ses suites de chiffrement n&apos;est autorisée sur cet ordinateur. En général, une stratégie de groupe ou un script de durcissement a trop réduit la liste des suites de chiffrement.</translation>
    </message>
    <message>
        <source>The server ended TLS handshakes with an alert</source>
        <translation>Le serveur a mis fin à des négociations TLS par une alerte</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36888 (shown in the evidence with the alert number): this computer refused TLS handshakes. Alert 40 means no common settings, 70 a TLS version that is switched off.</source>
        <translation>Le journal Système contient l&apos;événement Schannel 36888 (indiqué dans les données relevées avec le numéro de l&apos;alerte)&#xa0;: cet ordinateur a refusé des négociations TLS. L&apos;alerte 40 signifie qu&apos;aucun paramètre commun n&apos;a été trouvé, l&apos;alerte 70 qu&apos;une version de TLS désactivée a été demandée.</translation>
    </message>
    <message>
        <source>The xrdp log shows recent errors</source>
        <translation>Le journal de xrdp contient des erreurs récentes</translation>
    </message>
    <message>
        <source>xrdp&apos;s log has error lines from the last days (the evidence quotes them). Errors about the certificate, the key file or TLS explain failing connections directly; others help when nothing else was found.</source>
        <translation>Le journal de xrdp contient des lignes d&apos;erreur des derniers jours (les données relevées les citent). Les erreurs concernant le certificat, le fichier de clé ou TLS expliquent directement l&apos;échec des connexions&#xa0;; les autres sont utiles lorsque rien d&apos;autre n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Read the service&apos;s journal as well.</source>
        <translation>Consultez également le journal du service.</translation>
    </message>
    <message>
        <source>The xrdp configuration cannot be read</source>
        <translation>La configuration de xrdp ne peut pas être lue</translation>
    </message>
    <message>
        <source>The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp nor this check knows the port, the security settings or the certificate. xrdp does not start without it.</source>
        <translation>Le fichier xrdp.ini (nommé dans les données relevées) est manquant ou illisible&#xa0;: ni xrdp ni cette vérification ne connaissent donc le port, les paramètres de sécurité ou le certificat. xrdp ne démarre pas sans ce fichier.</translation>
    </message>
    <message>
        <source>Show the file and its permissions.</source>
        <translation>Affichez le fichier et ses autorisations.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: restore missing configuration files of the package.</source>
        <translation>Debian ou Ubuntu&#xa0;: restaurez les fichiers de configuration manquants du paquet.</translation>
    </message>
    <message>
        <source>Some server settings could not be checked</source>
        <translation>Certains paramètres du serveur n&apos;ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>Parts of the self-check could not read what they need, usually for lack of administrator rights (the evidence lists them). Those causes are neither confirmed nor ruled out.</source>
        <translation>Certaines parties de l&apos;autodiagnostic n&apos;ont pas pu lire les informations dont elles ont besoin, généralement faute de droits d&apos;administrateur (les données relevées les énumèrent). Les causes correspondantes ne sont ni confirmées ni exclues.</translation>
    </message>
    <message>
        <source>Linux: run the self-check with administrator rights.</source>
        <translation>Linux&#xa0;: exécutez l&apos;autodiagnostic avec des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Windows: run it from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows&#xa0;: exécutez-le depuis une invite de commandes ouverte avec «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <source>This server&apos;s firewall blocks incoming Remote Desktop connections</source>
        <translation>Le pare-feu de ce serveur bloque les connexions Bureau à distance entrantes</translation>
    </message>
    <message>
        <source>A rule or the default policy of this computer&apos;s firewall drops or rejects incoming connections to port {port} (the evidence names it). Clients then time out (error code 0x204) or are refused, although the Remote Desktop service itself is fine.</source>
        <translation>Une règle ou la stratégie par défaut du pare-feu de cet ordinateur bloque ou rejette les connexions entrantes vers le port {port} (les données relevées l&apos;indiquent). Les clients obtiennent alors un dépassement de délai (code d&apos;erreur 0x204) ou un refus, bien que le service Bureau à distance lui-même fonctionne correctement.</translation>
    </message>
    <message>
        <source>Windows: allow Remote Desktop through the firewall (as administrator).</source>
        <translation>Windows&#xa0;: autorisez le Bureau à distance dans le pare-feu (en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <source>Windows in another language: the rule&apos;s internal name works everywhere.</source>
        <translation>Windows dans une autre langue&#xa0;: le nom interne de la règle fonctionne dans toutes les langues.</translation>
    </message>
    <message>
        <source>Windows with another port than 3389: add a rule for port {port}.</source>
        <translation>Windows avec un autre port que 3389&#xa0;: ajoutez une règle pour le port {port}.</translation>
    </message>
    <message>
        <source>Linux with ufw: allow the port.</source>
        <translation>Linux avec ufw&#xa0;: autorisez le port.</translation>
    </message>
    <message>
        <source>Linux with firewalld: allow the port.</source>
        <translation>Linux avec firewalld&#xa0;: autorisez le port.</translation>
    </message>
    <message>
        <source>Linux with plain nftables: find the rule, then change it in /etc/nftables.conf.</source>
        <translation>Linux avec nftables seul&#xa0;: trouvez la règle, puis modifiez-la dans /etc/nftables.conf.</translation>
    </message>
    <message>
        <source>This server&apos;s firewall may block some Remote Desktop clients</source>
        <translation>Le pare-feu de ce serveur bloque peut-être certains clients Bureau à distance</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets incoming connections to port {port} through only under conditions (client addresses, network adapters, firewall profiles), shown in the evidence. Clients that do not meet them are blocked.</source>
        <translation>Le pare-feu de cet ordinateur ne laisse passer les connexions entrantes vers le port {port} que sous certaines conditions (adresses des clients, cartes réseau, profils de pare-feu), indiquées dans les données relevées. Les clients qui ne les remplissent pas sont bloqués.</translation>
    </message>
    <message>
        <source>Windows: show the Remote Desktop rules with their profiles and address filters.</source>
        <translation>Windows&#xa0;: affichez les règles Bureau à distance avec leurs profils et leurs filtres d&apos;adresses.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the rules.</source>
        <translation>Linux avec ufw&#xa0;: affichez les règles.</translation>
    </message>
    <message>
        <source>Linux with firewalld: show the zones.</source>
        <translation>Linux avec firewalld&#xa0;: affichez les zones.</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>Constat inconnu %1</translation>
    </message>
    <message>
        <source>This version of rdpdiag does not know this finding: the report was made by another version. Its evidence is shown, but no explanation and no fix; open the report with the version that made it, or a newer one.</source>
        <translation>Cette version de rdpdiag ne connaît pas ce constat&#xa0;: le rapport a été créé par une autre version. Ses éléments de preuve sont affichés, mais ni explication ni correctif&#xa0;; ouvrez le rapport avec la version qui l&apos;a créé, ou une version plus récente.</translation>
    </message>
    <message>
        <source>The server accepts weak 40-bit or 56-bit encryption</source>
        <translation>Le serveur accepte un chiffrement faible de 40 ou 56 bits</translation>
    </message>
    <message>
        <source>When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, the remote computer accepts it. Keys that short can be found by trying them all, and Standard RDP Security does not protect the choice of method, so a device in the network path can make both sides use the weakest one and then read what is typed, passwords included. Connections still work; this is a hardening note. On Windows this is the encryption level Low or Client Compatible (MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium.</source>
        <translation>Lorsqu&apos;un client ne propose qu&apos;un chiffrement RC4 de 40 ou 56 bits pour la sécurité RDP standard, l&apos;ordinateur distant l&apos;accepte. Des clés aussi courtes se trouvent en les essayant toutes, et la sécurité RDP standard ne protège pas le choix de la méthode : un appareil situé sur le chemin réseau peut amener les deux côtés à utiliser la plus faible, puis lire ce qui est saisi, y compris les mots de passe. Les connexions fonctionnent toujours ; il s&apos;agit d&apos;une recommandation de durcissement. Sous Windows, cela correspond au niveau de chiffrement Faible ou Compatible client (MinEncryptionLevel 1 ou 2), sous xrdp à crypt_level=low ou medium.</translation>
    </message>
    <message>
        <source>The server requires FIPS encryption for Standard RDP Security</source>
        <translation>Le serveur exige le chiffrement FIPS pour la sécurité RDP standard</translation>
    </message>
    <message>
        <source>The remote computer&apos;s encryption level is FIPS Compliant: with Standard RDP Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients that do not implement that method, such as rdesktop and some thin clients, cannot connect with Standard RDP Security; when the server offers nothing else they fail during the connection sequence, often with error code 0x904 or a security error. On Windows the level comes from MinEncryptionLevel 4 or from the policy &apos;System cryptography: Use FIPS compliant algorithms&apos;, on xrdp from crypt_level=fips. If your organisation requires FIPS, keep it and require TLS instead, which current clients support.</source>
        <translation>Le niveau de chiffrement de l&apos;ordinateur distant est « Conforme aux normes FIPS » : avec la sécurité RDP standard, il n&apos;accepte que la méthode FIPS (Triple DES) et aucune méthode RC4. Les clients qui n&apos;implémentent pas cette méthode, comme rdesktop et certains clients légers, ne peuvent pas se connecter avec la sécurité RDP standard ; si le serveur ne propose rien d&apos;autre, ils échouent pendant la séquence de connexion, souvent avec le code d&apos;erreur 0x904 ou une erreur de sécurité. Sous Windows, ce niveau vient de MinEncryptionLevel 4 ou de la stratégie « Chiffrement système : utilisez des algorithmes compatibles FIPS » (en anglais &apos;System cryptography: Use FIPS compliant algorithms&apos;), sous xrdp de crypt_level=fips. Si votre organisation exige FIPS, conservez-le et exigez plutôt TLS, que les clients actuels prennent en charge.</translation>
    </message>
    <message>
        <source>On the remote computer, check whether the system-wide FIPS policy is on (Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only if your organisation does not require FIPS.</source>
        <translation>Sur l&apos;ordinateur distant, vérifiez si la stratégie FIPS à l&apos;échelle du système est activée (Enabled 0x1). Elle impose le niveau FIPS au Bureau à distance ; ne la désactivez que si votre organisation n&apos;exige pas FIPS.</translation>
    </message>
    <message>
        <source>No client can agree on encryption with the server&apos;s Standard RDP Security</source>
        <translation>Aucun client ne peut s&apos;accorder sur un chiffrement avec la sécurité RDP standard du serveur</translation>
    </message>
    <message>
        <source>Each of the four encryption methods a client can offer for Standard RDP Security (40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took none of them: it answered with a method the client had not offered, with no encryption at all, or refused. The protocol requires the server to pick one of the client&apos;s methods, so clients that check this cannot connect with Standard RDP Security, and a session without encryption would carry passwords in clear text. When the server offers nothing else, connections fail during the connection sequence, often with error code 0x904. Setting the level to High (128-bit), or requiring TLS, fixes it.</source>
        <translation>Chacune des quatre méthodes de chiffrement qu&apos;un client peut proposer pour la sécurité RDP standard (40 bits, 56 bits, 128 bits, FIPS) a été proposée seule, et l&apos;ordinateur distant n&apos;en a retenu aucune : il a répondu avec une méthode que le client n&apos;avait pas proposée, sans aucun chiffrement, ou par un refus. Le protocole impose au serveur de choisir l&apos;une des méthodes du client ; les clients qui le vérifient ne peuvent donc pas se connecter avec la sécurité RDP standard, et une session sans chiffrement transmettrait les mots de passe en clair. Si le serveur ne propose rien d&apos;autre, les connexions échouent pendant la séquence de connexion, souvent avec le code d&apos;erreur 0x904. Régler le niveau sur Élevé (128 bits), ou exiger TLS, corrige le problème.</translation>
    </message>
    <message>
        <source>Set the encryption level of Standard RDP Security to High (128-bit): MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), then restart Remote Desktop Services.</source>
        <translation>Réglez le niveau de chiffrement de la sécurité RDP standard sur Élevé (128 bits) : MinEncryptionLevel 3 sur l&apos;écouteur Bureau à distance (en tant qu&apos;administrateur), puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the level (&apos;Set client connection encryption level&apos; under Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security). If this value exists it overrides the listener&apos;s setting, so set the policy to High Level instead.</source>
        <translation>Vérifiez si une stratégie de groupe définit le niveau (« Définir le niveau de chiffrement de la connexion client » sous Configuration ordinateur &gt; Modèles d&apos;administration &gt; Composants Windows &gt; Services Bureau à distance &gt; Hôte de session Bureau à distance &gt; Sécurité). Si cette valeur existe, elle l&apos;emporte sur le réglage de l&apos;écouteur : réglez alors plutôt la stratégie sur « Niveau élevé ».</translation>
    </message>
    <message>
        <source>On an xrdp server, set crypt_level=high (128-bit) and restart xrdp.</source>
        <translation>Sur un serveur xrdp, définissez crypt_level=high (128 bits) et redémarrez xrdp.</translation>
    </message>
    <message>
        <source>The server limits simultaneous connections</source>
        <translation>Le serveur limite les connexions simultanées</translation>
    </message>
    <message>
        <source>This check opens several connections to {address} at the same time. The server refused, reset or closed some of them before answering, while the same requests worked when they were sent again one at a time, so the results shown come from those. The server, or a device in front of it, limits how many connections it accepts at once: Remote Desktop&apos;s limit on connections that have not signed in yet, a firewall or intrusion prevention system that limits new connections to port {port}, or the short queue of waiting connections of xrdp. A Remote Desktop client opens one connection and is not affected; several users who connect at the same moment, for example from behind one shared address, may be.</source>
        <translation>Cette vérification ouvre plusieurs connexions simultanées vers {address}. Le serveur en a refusé, réinitialisé ou fermé certaines avant de répondre, alors que les mêmes requêtes ont fonctionné lorsqu&apos;elles ont été renvoyées une par une ; les résultats affichés proviennent de celles-ci. Le serveur, ou un équipement placé devant lui, limite le nombre de connexions qu&apos;il accepte à la fois : la limite du Bureau à distance pour les connexions pas encore authentifiées, un pare-feu ou un système de prévention d&apos;intrusion qui limite les nouvelles connexions vers le port {port}, ou la courte file d&apos;attente des connexions de xrdp. Un client Bureau à distance ouvre une seule connexion et n&apos;est pas concerné ; plusieurs utilisateurs qui se connectent au même moment, par exemple derrière une même adresse partagée, peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>Nothing needs to change for a single user. If users who connect at the same time fail now and then, show the Windows limit on connections that have not signed in yet (the value is absent when the default applies).</source>
        <translation>Rien ne doit changer pour un seul utilisateur. Si des utilisateurs qui se connectent en même temps échouent de temps en temps, affichez la limite de Windows pour les connexions pas encore authentifiées (la valeur est absente quand la valeur par défaut s&apos;applique).</translation>
    </message>
    <message>
        <source>If a firewall, load balancer or intrusion prevention system sits in front of the server, check its limit of simultaneous or new connections per source address to port {port}.</source>
        <translation>Si un pare-feu, un répartiteur de charge ou un système de prévention d&apos;intrusion se trouve devant le serveur, vérifiez sa limite de connexions simultanées ou nouvelles par adresse source vers le port {port}.</translation>
    </message>
    <message>
        <source>Only small packets get through between this computer and {address}: the largest packet this computer can send toward it (the MTU of the adapter or route) is below 1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops larger packets; the evidence shows which. Small packets alone are fine, but if a device on the way silently drops packets that are too large, the server&apos;s certificate never arrives and the connection hangs at &apos;Securing connection&apos; before failing with error code 0x904. When the evidence says &quot;proven&quot;, a second handshake with small packets completed where the normal one stalled: then this is the cause, otherwise a risk and the likely cause when the TLS handshake stalls.</source>
        <translation>Seuls les petits paquets passent entre cet ordinateur et {address}&#xa0;: le plus grand paquet que cet ordinateur peut envoyer vers cette adresse (la MTU de la carte réseau ou de l&apos;itinéraire) est inférieur à 1400 octets, ce qui est typique des VPN et des tunnels, ou bien un appareil sur le chemin supprime les paquets plus grands&#xa0;; les données relevées indiquent lequel. Les petits paquets ne posent pas problème en soi, mais si un appareil sur le chemin supprime sans le signaler les paquets trop volumineux, le certificat du serveur n&apos;arrive jamais et la connexion reste bloquée à l&apos;étape «&#xa0;Sécurisation de la connexion&#xa0;» avant d&apos;échouer avec le code d&apos;erreur 0x904. Lorsque les données relevées indiquent &quot;proven&quot;, une seconde négociation avec de petits paquets a abouti là où la négociation normale s&apos;est bloquée&#xa0;: c&apos;est alors la cause&#xa0;; sinon, il s&apos;agit d&apos;un risque, et de la cause probable lorsque la négociation TLS se bloque.</translation>
    </message>
    <message>
        <source>On the VPN gateway or router on the way (Linux), clamp the TCP segment size to the path&apos;s MTU, and let ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) through its firewall, so that servers learn to send smaller packets.</source>
        <translation>Sur la passerelle VPN ou le routeur situé sur le chemin (Linux), limitez la taille des segments TCP à la MTU du chemin et laissez passer les messages ICMP «&#xa0;fragmentation needed&#xa0;» (IPv6&#xa0;: «&#xa0;packet too big&#xa0;») à travers son pare-feu, afin que les serveurs apprennent à envoyer des paquets plus petits.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag&#xa0;: impossible d&apos;écrire le fichier journal %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>Détermine pourquoi une connexion Bureau à distance échoue (par exemple code d&apos;erreur 0x904, code d&apos;erreur étendu 0x7)&#xa0;: vérifie la résolution de noms, TCP, la négociation de sécurité RDP, TLS, le certificat et CredSSP, puis indique ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>Afficher le rapport JSON au lieu d&apos;un résumé.</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>Délai imparti à chaque étape réseau, en millisecondes (5000 par défaut).</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>Port à utiliser si TARGET n&apos;en indique aucun (3389 par défaut).</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>Code d&apos;erreur affiché par le client Bureau à distance, par exemple 0x904.</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>Code d&apos;erreur étendu affiché par le client, par exemple 0x7.</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>Consigner les détails sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Write the debug log to this file.</source>
        <translation>Écrire le journal de débogage dans ce fichier.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file.</source>
        <translation>hôte, hôte:port, [IPv6]:port, une adresse IPv6 ou un fichier .rdp.</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout doit être un nombre de millisecondes compris entre 1 et %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port doit être un nombre compris entre 1 et 65535, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code «&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;erreur (essayez 0x904)</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code «&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;erreur (essayez 0x7)</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>aucune cible indiquée&#xa0;: indiquez l&apos;ordinateur à vérifier (voir --help)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>une seule cible à la fois (%1 indiquées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>rdpdiag: cannot open the bundle %1: %2
</source>
        <translation>rdpdiag&#xa0;: impossible d&apos;ouvrir l&apos;archive %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Findings bundle %1: run %2 of %3 UTC</source>
        <translation>Archive de diagnostic %1&#xa0;: analyse %2 du %3 UTC</translation>
    </message>
    <message>
        <source>, made on %1</source>
        <translation>, effectuée sur %1</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation> (anonymisée)</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write the bundle %1: the folder %2 %3
</source>
        <translation>rdpdiag&#xa0;: impossible d&apos;écrire l&apos;archive %1&#xa0;: le dossier %2 %3
</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>rdpdiag: the findings bundle was not written: %1
</source>
        <translation>rdpdiag&#xa0;: l&apos;archive de diagnostic n&apos;a pas été écrite&#xa0;: %1
</translation>
    </message>
    <message>
        <source>rdpdiag: findings bundle written to %1
</source>
        <translation>rdpdiag&#xa0;: archive de diagnostic écrite dans %1
</translation>
    </message>
    <message>
        <source>Also write the findings bundle (a zip for a support ticket) to this file, or into this folder under its default name.</source>
        <translation>Écrire aussi l&apos;archive de diagnostic (un fichier zip pour un ticket de support) dans ce fichier, ou dans ce dossier sous son nom par défaut.</translation>
    </message>
    <message>
        <source>Replace user, host, computer and domain names, certificate names and IP addresses with placeholders (host-1, 10.x.x.1 …) in the output and the bundle.</source>
        <translation>Remplacer les noms d&apos;utilisateur, d&apos;hôte, d&apos;ordinateur et de domaine, les noms figurant dans les certificats et les adresses IP par des substituts (host-1, 10.x.x.1 …) dans la sortie et dans l&apos;archive.</translation>
    </message>
    <message>
        <source>Open a findings bundle instead of running: print its summary (with --json, its report).</source>
        <translation>Ouvrir une archive de diagnostic au lieu de lancer une analyse&#xa0;: afficher son résumé (avec --json, son rapport).</translation>
    </message>
    <message>
        <source>Fleet mode: check every target of this file (one per line, or a CSV file with a host column; - reads standard input) and print one CSV row per target (with --json, one JSON report per line), then a table of the findings on standard error.</source>
        <translation>Mode parc&#xa0;: vérifier chaque cible de ce fichier (une par ligne, ou un fichier CSV avec une colonne host&#xa0;; - lit l&apos;entrée standard) et afficher une ligne CSV par cible (avec --json, un rapport JSON par ligne), puis un tableau des constats sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Fleet mode: targets checked at once (default %1, fewer when the open-file limit is low).</source>
        <translation>Mode parc&#xa0;: nombre de cibles vérifiées simultanément (%1 par défaut, moins si la limite de fichiers ouverts est basse).</translation>
    </message>
    <message>
        <source>Fleet mode: CSV output (the default without --json).</source>
        <translation>Mode parc&#xa0;: sortie CSV (par défaut sans --json).</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage (also: a bundle that cannot be read with --read, or that could not be written with --bundle).
</source>
        <translation>
Codes de sortie&#xa0;: 0 aucune erreur détectée, 1 au moins une erreur détectée, 2 entrée ou utilisation incorrecte (également&#xa0;: une archive illisible avec --read, ou qui n&apos;a pas pu être écrite avec --bundle).
</translation>
    </message>
    <message>
        <source>--bundle needs a file name</source>
        <translation>--bundle nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>--read needs the file name of a findings bundle</source>
        <translation>--read nécessite le nom de fichier d&apos;une archive de diagnostic</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and runs nothing: it cannot be combined with --%1</source>
        <translation>--read ouvre une archive enregistrée et n&apos;exécute rien&#xa0;: impossible de le combiner avec --%1</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and takes no target, got %1</source>
        <translation>--read ouvre une archive enregistrée et n&apos;accepte aucune cible (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>--%1 is for fleet mode: use it with --hosts FILE</source>
        <translation>--%1 est réservé au mode parc&#xa0;: utilisez-le avec --hosts FILE</translation>
    </message>
    <message>
        <source>--hosts needs the name of a file of targets</source>
        <translation>--hosts nécessite le nom d&apos;un fichier de cibles</translation>
    </message>
    <message>
        <source>--hosts takes its targets from the file, not from the command line: remove %1</source>
        <translation>--hosts lit ses cibles dans le fichier, et non sur la ligne de commande&#xa0;: supprimez %1</translation>
    </message>
    <message>
        <source>--csv and --json: choose one output format</source>
        <translation>--csv et --json&#xa0;: choisissez un seul format de sortie</translation>
    </message>
    <message>
        <source>--%1 is for one target: it cannot be used with --hosts</source>
        <translation>--%1 s&apos;applique à une seule cible&#xa0;: impossible de l&apos;utiliser avec --hosts</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency doit être un nombre compris entre 1 et %1, et non «&#xa0;%2&#xa0;»</translation>
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
        <translation>Utilisation&#xa0;: rdpdiag --server [options]
Vérifie cet ordinateur en tant que serveur Bureau à distance (xrdp sous Linux,
services Bureau à distance sous Windows). Lecture seule&#xa0;: rien n&apos;est modifié
sur cet ordinateur.

  --json                 afficher le rapport JSON
  --port N               le port auquel les clients se connectent (3389 par
                         défaut)
  --error-code CODE      le code d&apos;erreur vu par les clients (par ex. 0x904)
  --extended-code CODE   le code d&apos;erreur étendu (par ex. 0x7)
  --script FILE          écrire aussi un script de réparation à examiner
                         (PowerShell sous Windows, bash sous Linux)&#xa0;; il ne
                         modifie rien s&apos;il n&apos;est pas exécuté avec
                         -Apply / --apply
  --xrdp-config FILE     le fichier xrdp.ini à vérifier (par défaut
                         /etc/xrdp/xrdp.ini)
  --service-user NAME    vérifier l&apos;accès aux fichiers pour ce compte au lieu
                         de celui sous lequel xrdp s&apos;exécute
  --lang CODE            langue de la sortie, par ex. de, fr, es, ja, zh_CN
  --verbose, --log FILE  plus de détails sur stderr / dans le journal écrit
                         dans FILE

Codes de sortie&#xa0;: 0 aucune erreur détectée, 1 au moins une erreur détectée,
2 utilisation incorrecte.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 nécessite une valeur</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port doit être un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an error code</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code d&apos;erreur</translation>
    </message>
    <message>
        <source>unknown option for --server: %1</source>
        <translation>option inconnue pour --server&#xa0;: %1</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write %1: %2
</source>
        <translation>rdpdiag&#xa0;: impossible d&apos;écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>
On the Remote Desktop server itself: rdpdiag --server checks this computer&apos;s service (see rdpdiag --server --help).
</source>
        <translation>
Sur le serveur Bureau à distance lui-même&#xa0;: rdpdiag --server vérifie le service de cet ordinateur (voir rdpdiag --server --help).
</translation>
    </message>
    <message>
        <source>Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Langue de la sortie, p. ex. de, fr, es, ja, zh_CN (par défaut : la langue du système).</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>la négociation TLS et le certificat du serveur</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>l&apos;ouverture de session&#xa0;: nom d&apos;utilisateur, mot de passe, verrouillage du compte et droit «&#xa0;Autoriser l&apos;ouverture de session par les services Bureau à distance&#xa0;»</translation>
    </message>
    <message>
        <source>Remote Desktop licensing (grace period, license server)</source>
        <translation>les licences Bureau à distance (période de grâce, serveur de licences)</translation>
    </message>
    <message>
        <source>connection limits on the server (MaxInstanceCount, sessions in use)</source>
        <translation>les limites de connexions sur le serveur (MaxInstanceCount, sessions en cours)</translation>
    </message>
    <message>
        <source>the server&apos;s event logs (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</source>
        <translation>les journaux des événements du serveur (Système&#xa0;: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</translation>
    </message>
    <message>
        <source>The server cannot use its certificate&apos;s private key, so it drops every connection during the TLS handshake; repair the key (MachineKeys permissions, then a new certificate) before anything else.</source>
        <translation>Le serveur ne peut pas utiliser la clé privée de son certificat&#xa0;: il interrompt donc chaque connexion pendant la négociation TLS. Réparez la clé (autorisations de MachineKeys, puis nouveau certificat) avant toute autre chose.</translation>
    </message>
    <message>
        <source>Every test connection from this computer failed, so the server is not the first place to look.</source>
        <translation>Toutes les connexions de test depuis cet ordinateur ont échoué&#xa0;: ce n&apos;est donc pas le serveur qu&apos;il faut examiner en premier.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, and that path fails before it reaches the remote computer.</source>
        <translation>Le client se connecte via la passerelle Bureau à distance %1, et ce chemin échoue avant d&apos;atteindre l&apos;ordinateur distant.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, which answered correctly. The direct test of %2 failed, which is expected when %2 is reachable only through the gateway; check the path from the gateway to %2 on the gateway itself (its event log and its resource authorization policy).</source>
        <translation>Le client se connecte via la passerelle Bureau à distance %1, qui a répondu correctement. Le test direct de %2 a échoué, ce qui est normal lorsque %2 n&apos;est joignable que via la passerelle&#xa0;; vérifiez le chemin entre la passerelle et %2 sur la passerelle elle-même (son journal des événements et sa stratégie d&apos;autorisation d&apos;accès aux ressources).</translation>
    </message>
    <message>
        <source>The connection never leaves this computer; the remote computer may be fine.</source>
        <translation>La connexion ne quitte jamais cet ordinateur&#xa0;; l&apos;ordinateur distant fonctionne peut-être correctement.</translation>
    </message>
    <message>
        <source>The path goes through a VPN or small-packet link (%1): the server&apos;s certificate, sent in full-size packets, most likely never arrives. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>Le chemin passe par un VPN ou une liaison limitée aux petits paquets (%1)&#xa0;: le certificat du serveur, envoyé dans des paquets de taille maximale, n&apos;arrive très probablement jamais. Réduisez la MTU du VPN ou faites activer le MSS clamping, puis réessayez.</translation>
    </message>
    <message>
        <source>error code %1 (extended %2)</source>
        <translation>le code d’erreur %1 (étendu %2)</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>le code d’erreur %1</translation>
    </message>
    <message>
        <source>extended error code %1</source>
        <translation>le code d’erreur étendu %1</translation>
    </message>
    <message>
        <source>Nothing this run could see from here explains %1 (%2).</source>
        <translation>Rien de ce que cette analyse a pu voir d’ici n’explique %1 (%2).</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>Aucun problème empêchant la connexion n’a été trouvé.</translation>
    </message>
    <message>
        <source>You reported %1.</source>
        <translation>Vous avez signalé %1.</translation>
    </message>
    <message>
        <source>This explains %1.</source>
        <translation>Cela explique %1.</translation>
    </message>
    <message>
        <source>This stops the connection.</source>
        <translation>Cela empêche la connexion.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a finding&apos;s title, then how it relates to the reported error (a sentence)</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This alone stops the connection, although it is not what usually causes %1.</source>
        <translation>Cela suffit à empêcher la connexion, même si ce n&apos;est pas la cause habituelle de %1.</translation>
    </message>
    <message>
        <source>A second TLS handshake that asked for small packets completed where the normal one stalled: a device on the way drops the server&apos;s full-size packets. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>Une seconde négociation TLS qui demandait de petits paquets a abouti là où la négociation normale s&apos;est bloquée&#xa0;: un appareil sur le chemin supprime les paquets de taille maximale du serveur. Réduisez la MTU du VPN ou faites activer le MSS clamping, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>Aucune information&#xa0;: le client n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>La connexion a été fermée sur cet ordinateur (par vous ou par l&apos;application)&#xa0;; il ne s&apos;agit pas d&apos;une erreur.</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>Un utilisateur côté distant a mis fin à la session (fermeture de session ou déconnexion).</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>Le serveur a mis fin à la session (par exemple un administrateur ou une limite de temps)&#xa0;; il ne s&apos;agit pas d&apos;une erreur de connexion.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Signalé par des utilisateurs des applications Mac et iOS&#xa0;: la session s&apos;est terminée pendant l&apos;établissement de la connexion&#xa0;; avec les serveurs xrdp, le journal du serveur indique un échec de la négociation TLS.</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>Le nom d&apos;ordinateur est introuvable (échec de la recherche DNS).</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>Le client manque de mémoire.</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>Le délai de la tentative de connexion a expiré&#xa0;: l&apos;ordinateur distant n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>La connexion n&apos;a pas pu être ouverte&#xa0;: l&apos;accès à distance est désactivé, l&apos;ordinateur est éteint ou injoignable, ou un pare-feu fait obstacle.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Signalé par des utilisateurs de l&apos;application Mac&#xa0;: l&apos;ouverture de session a échoué. Causes constatées&#xa0;: un mot de passe expiré ou incorrect, NTLM désactivé sur le serveur, ou un échec de l&apos;ouverture de session Kerberos.</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>Le nom d&apos;ordinateur est introuvable.</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>L&apos;envoi de données à l&apos;ordinateur distant a échoué&#xa0;: la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>L&apos;adresse IP indiquée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>La réception de données de l&apos;ordinateur distant a échoué&#xa0;: la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>Le serveur a envoyé des données de sécurité que le client n&apos;a pas pu accepter.</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>Erreur interne du client.</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>La méthode de chiffrement n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>Le nom d&apos;ordinateur n&apos;a pas pu être converti en adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s security information is not valid.</source>
        <translation>Les informations de sécurité du serveur ne sont pas valides.</translation>
    </message>
    <message>
        <source>An internal timer error of the client.</source>
        <translation>Erreur interne de minuterie du client.</translation>
    </message>
    <message>
        <source>A time limit ran out while connecting.</source>
        <translation>Un délai a expiré pendant la connexion.</translation>
    </message>
    <message>
        <source>The client could not read the server&apos;s certificate.</source>
        <translation>Le client n&apos;a pas pu lire le certificat du serveur.</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>Signalé par des utilisateurs&#xa0;: la connexion à la session console a échoué, car vous avez déjà une session console (par exemple en vous connectant à l&apos;ordinateur que vous utilisez).</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>L&apos;adresse IP n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>Échec de la gestion des licences Bureau à distance.</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>La connexion a été fermée par l&apos;ordinateur distant ou par le réseau après son ouverture (socket fermé).</translation>
    </message>
    <message>
        <source>An internal security error.</source>
        <translation>Erreur de sécurité interne.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing timed out.</source>
        <translation>Le délai de la gestion des licences Bureau à distance a expiré.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account does not exist.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le compte d&apos;utilisateur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>Erreur de chiffrement.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le compte d&apos;utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>Erreur de déchiffrement.</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: une restriction de compte l&apos;empêche (par exemple l&apos;appartenance au groupe Protected Users).</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>Le client n&apos;a pas pu décompresser les données envoyées par le serveur.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le compte d&apos;utilisateur est verrouillé.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le compte d&apos;utilisateur a expiré.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le mot de passe a expiré.</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>Signalé par des utilisateurs&#xa0;: le client a détecté une erreur de protocole et a déconnecté la session.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le mot de passe doit être changé avant l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: une stratégie de délégation des informations d&apos;identification n&apos;autorise pas l&apos;envoi de vos informations d&apos;identification à ce serveur.</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>Échec de l&apos;ouverture de session en raison d&apos;une stratégie qui n&apos;autorise que l&apos;authentification NTLM.</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: aucune autorité n&apos;a pu vérifier les informations d&apos;identification (un contrôleur de domaine ou un serveur Kerberos est injoignable).</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: un certificat utilisé pour l&apos;ouverture de session a expiré.</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: code PIN de la carte à puce incorrect.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Signalé par des utilisateurs de l&apos;application Mac comme une erreur de protocole avec les serveurs xrdp&#xa0;; la création d&apos;un nouveau certificat sur le serveur a résolu le problème.</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: le serveur n&apos;accepte pas les informations d&apos;identification enregistrées&#xa0;; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>Échec de l&apos;ouverture de session&#xa0;: la carte à puce est bloquée.</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>Signalé par des utilisateurs&#xa0;: vous n&apos;avez peut-être pas l&apos;autorisation d&apos;ouvrir une session à distance (le compte ne fait pas partie du groupe Utilisateurs du Bureau à distance).</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>Aucune information supplémentaire&#xa0;; cas typique lorsque le réseau ou le serveur a simplement fermé la connexion.</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>Un outil d&apos;administration a déconnecté la session.</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>Un outil d&apos;administration a fermé la session.</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>La limite de temps d&apos;inactivité de la session a été atteinte.</translation>
    </message>
    <message>
        <source>The session&apos;s active time limit was reached.</source>
        <translation>La limite de temps de session active a été atteinte.</translation>
    </message>
    <message>
        <source>Another connection took over the session.</source>
        <translation>Une autre connexion a pris le contrôle de la session.</translation>
    </message>
    <message>
        <source>The server ran out of memory.</source>
        <translation>Le serveur manque de mémoire.</translation>
    </message>
    <message>
        <source>The server denied the connection before the session started.</source>
        <translation>Le serveur a refusé la connexion avant le démarrage de la session.</translation>
    </message>
    <message>
        <source>The server denied the connection for security reasons (its FIPS encryption policy).</source>
        <translation>Le serveur a refusé la connexion pour des raisons de sécurité (sa stratégie de chiffrement FIPS).</translation>
    </message>
    <message>
        <source>The user does not have the right to connect.</source>
        <translation>L&apos;utilisateur n&apos;a pas le droit de se connecter.</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>Le serveur n&apos;accepte pas les informations d&apos;identification enregistrées&#xa0;; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>La session a été déconnectée par un utilisateur au moyen d&apos;un outil d&apos;administration.</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>L&apos;utilisateur a fermé sa session.</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>L&apos;ordinateur distant est en cours d&apos;arrêt.</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>L&apos;ordinateur distant est en cours de redémarrage.</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>Erreur interne de la gestion des licences Bureau à distance.</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>Aucun serveur de licences Bureau à distance n&apos;est disponible.</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>Aucune licence Bureau à distance n&apos;est disponible pour ce client.</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>Le serveur a reçu du client un message de licence non valide.</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>L&apos;identificateur matériel du client ne correspond pas à sa licence.</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>La licence du client n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>L&apos;échange de licences n&apos;a pas pu aboutir (problème réseau pendant la gestion des licences).</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>Le client a mis fin à l&apos;échange de licences.</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>Un message de licence n&apos;a pas été chiffré correctement.</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>La licence du client n&apos;a pas pu être mise à niveau ni renouvelée.</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>Le serveur ne dispose pas de licence pour accepter des connexions à distance.</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>Le client n&apos;a pas pu créer son magasin de licences&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Les informations d&apos;identification ne sont pas valides.</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>Erreur du protocole Bureau à distance (codes 0x1000 à 0x7fff)&#xa0;; le journal des événements du serveur contient les détails.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 ne figure pas dans la liste publiée par Microsoft. Les codes qui se terminent par 07 correspondent généralement à des erreurs d&apos;ouverture de session (authentification au niveau du réseau).</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 ne figure pas dans la liste publiée par Microsoft. Les codes qui se terminent par 04 ou 08 correspondent généralement à des erreurs réseau ou de délai d&apos;attente.</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 n&apos;est pas un code d&apos;erreur étendu connu.</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 n&apos;est pas un code d&apos;erreur connu.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Fleet</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the hosts file is too large (%1 bytes, at most %2)</source>
        <translation>le fichier d&apos;hôtes est trop volumineux (%1 octets, %2 au maximum)</translation>
    </message>
    <message>
        <source>the hosts file is not text (save it as UTF-8)</source>
        <translation>le fichier d&apos;hôtes n&apos;est pas un fichier texte (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>the hosts file is not text (it contains NUL characters)</source>
        <translation>le fichier d&apos;hôtes n&apos;est pas un fichier texte (il contient des caractères NUL)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the host column is empty</source>
        <translation>la colonne host est vide</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>more than %1 targets in the hosts file</source>
        <translation>plus de %1 cibles dans le fichier d&apos;hôtes</translation>
    </message>
    <message>
        <source>the hosts file has a header but no rows</source>
        <translation>le fichier d&apos;hôtes contient une ligne d&apos;en-tête, mais aucune ligne de données</translation>
    </message>
    <message>
        <source>the hosts file names no target</source>
        <translation>le fichier d&apos;hôtes n&apos;indique aucune cible</translation>
    </message>
    <message>
        <source>[%1/%2] %3 with errors, %4 s</source>
        <translation>[%1/%2] %3 avec erreurs, %4 s</translation>
    </message>
    <message>
        <source>%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 with warnings only, %7 without either.
</source>
        <translation>%1 cibles de %2 vérifiées en %3 s (%4 simultanément)&#xa0;: %5 avec erreurs, %6 avec avertissements uniquement, %7 sans erreur ni avertissement.
</translation>
    </message>
    <message>
        <source>Interrupted: %1 runs cut short, %2 targets not checked.
</source>
        <translation>Interruption&#xa0;: %1 analyses écourtées, %2 cibles non vérifiées.
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>Aucun constat.
</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravité</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>cibles</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>rdpdiag: cannot read the hosts file %1: %2
</source>
        <translation>rdpdiag&#xa0;: impossible de lire le fichier d&apos;hôtes %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>rdpdiag: %1: %2
</source>
        <translation>rdpdiag&#xa0;: %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>rdpdiag: --concurrency %1 needs more open files than the limit of %2 allows; running %3 at once
</source>
        <translation>rdpdiag&#xa0;: --concurrency %1 nécessite plus de fichiers ouverts que ne le permet la limite de %2&#xa0;; exécution de %3 analyses simultanées
</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Headline</name>
    <message>
        <source>The fix is on this computer.</source>
        <translation>La solution se trouve sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The fix is in the network: the name service, the VPN or a firewall on the way.</source>
        <translation>La solution se trouve dans le réseau : le service de noms, le VPN ou un pare-feu sur le chemin.</translation>
    </message>
    <message>
        <source>The fault is on the remote computer, not on yours: its administrator has to fix it.</source>
        <translation>Le problème vient de l’ordinateur distant, pas du vôtre : son administrateur doit le corriger.</translation>
    </message>
    <message>
        <source>Open Windows Security &gt; Firewall &amp; network protection and check that Remote Desktop is allowed.</source>
        <translation>Ouvrez Sécurité Windows &gt; Pare-feu et protection du réseau et vérifiez que le Bureau à distance est autorisé.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Network &gt; Firewall and check that your Remote Desktop app may connect.</source>
        <translation>Ouvrez Réglages Système &gt; Réseau &gt; Coupe-feu et vérifiez que votre application de bureau à distance peut se connecter.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s firewall lets connections out to port %1.</source>
        <translation>Vérifiez que le pare-feu de cet ordinateur laisse sortir les connexions vers le port %1.</translation>
    </message>
    <message>
        <source>Nothing on this computer needs changing.</source>
        <translation>Rien n’est à modifier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give reference %1 to whoever manages %2.</source>
        <translation>Transmettez la référence %1 à la personne qui gère %2.</translation>
    </message>
    <message>
        <source>Try again once they have fixed it.</source>
        <translation>Réessayez une fois le problème corrigé.</translation>
    </message>
    <message>
        <source>Check the spelling of the computer name: %1.</source>
        <translation>Vérifiez l’orthographe du nom de l’ordinateur : %1.</translation>
    </message>
    <message>
        <source>If the remote computer is in your company&apos;s network and you are not, connect the VPN first.</source>
        <translation>Si l’ordinateur distant est dans le réseau de votre entreprise et pas vous, connectez d’abord le VPN.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it still fails, give reference %1 to your IT support.</source>
        <translation>Réessayez dans quelques minutes ; si cela échoue encore, donnez la référence %1 à votre support informatique.</translation>
    </message>
    <message>
        <source>Check that this computer is online: open a web page.</source>
        <translation>Vérifiez que cet ordinateur est en ligne : ouvrez une page web.</translation>
    </message>
    <message>
        <source>If it still fails, give reference %1 to your IT support.</source>
        <translation>Si cela échoue encore, donnez la référence %1 à votre support informatique.</translation>
    </message>
    <message>
        <source>Try to connect again.</source>
        <translation>Essayez de vous reconnecter.</translation>
    </message>
    <message>
        <source>If it fails again, run this check at that moment and give reference %1 to your IT support.</source>
        <translation>Si cela échoue de nouveau, lancez cette vérification à ce moment-là et donnez la référence %1 à votre support informatique.</translation>
    </message>
    <message>
        <source>The check was stopped before it ended.</source>
        <translation>La vérification a été arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>Aucun problème empêchant la connexion n’a été trouvé.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but it should be fixed on this computer.</source>
        <translation>Cela n&apos;empêche pas la connexion, mais il faudrait le corriger sur cet ordinateur.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but whoever manages the network should look at it.</source>
        <translation>Cela n&apos;empêche pas la connexion, mais le responsable du réseau devrait l&apos;examiner.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but the remote computer&apos;s administrator should look at it.</source>
        <translation>Cela n&apos;empêche pas la connexion, mais l&apos;administrateur de l&apos;ordinateur distant devrait l&apos;examiner.</translation>
    </message>
    <message>
        <source>You can connect.</source>
        <translation>Vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>If your Remote Desktop app warns you about this, ask whoever manages %1 before you accept the warning.</source>
        <translation>Si votre application Bureau à distance vous avertit à ce sujet, demandez au responsable de %1 avant d&apos;accepter l&apos;avertissement.</translation>
    </message>
    <message>
        <source>Give reference %1 to them so that they can look at it.</source>
        <translation>Donnez-leur la référence %1 pour qu&apos;ils puissent l&apos;examiner.</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <translation>Erreurs (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>Informations (%1)</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Remote Desktop connection report</source>
        <translation>Rapport de connexion Bureau à distance</translation>
    </message>
    <message>
        <source>Made by rdpdiag %1 on %2</source>
        <translation>Généré par rdpdiag %1 le %2</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Code de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Connection file</source>
        <translation>Fichier de connexion</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time budget per step</source>
        <translation>Délai imparti par étape</translation>
    </message>
    <message>
        <source>Error reported by the user</source>
        <translation>Erreur signalée par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1, étendu %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>Anonymisé&#xa0;: les noms d&apos;utilisateur, d&apos;hôte, d&apos;ordinateur et de domaine, les noms figurant dans les certificats et les adresses IP sont remplacés par des substituts tels que host-1, user-1 et 10.x.x.1.</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>L&apos;analyse a été annulée&#xa0;: ce qui suit est incomplet.</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>Constat principal&#xa0;:</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>Cette analyse n&apos;a pas pu vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>It broke here</source>
        <translation>Échec ici</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>On the client:</source>
        <translation>Sur le client&#xa0;:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Sur le serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données relevées</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>Temps de connexion médian</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>sélectionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Protocols the server selected</source>
        <translation>Protocoles sélectionnés par le serveur</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <source>TLS %1 alone</source>
        <translation>TLS %1 seul</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted</source>
        <translation>Suites de chiffrement faibles acceptées</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Autres noms de l&apos;objet</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Utilisation améliorée de la clé</translation>
    </message>
    <message>
        <source>no extension (any usage)</source>
        <translation>aucune extension (toutes utilisations)</translation>
    </message>
    <message>
        <source>Name matches the target</source>
        <translation>Le nom correspond à la cible</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>Empreinte numérique SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>Version de CredSSP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>NetBIOS computer</source>
        <translation>Ordinateur NetBIOS</translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation>Domaine NetBIOS</translation>
    </message>
    <message>
        <source>DNS computer</source>
        <translation>Ordinateur DNS</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>Domaine DNS</translation>
    </message>
    <message>
        <source>DNS tree</source>
        <translation>Arborescence DNS</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Version de Windows</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Horloge du serveur</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>Écart d&apos;horloge</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the report page (HTML lang attribute)</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2</source>
        <translation>rdpdiag %1 — %2</translation>
    </message>
    <message>
        <source>rdpdiag %1 · reference %2 · run of %3. Quote the reference code when you contact support.</source>
        <translation>rdpdiag %1 · référence %2 · analyse du %3. Indiquez le code de référence lorsque vous contactez le support.</translation>
    </message>
    <message>
        <source>confirm without negotiation data</source>
        <translation>confirmation sans données de négociation</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>indicateurs %1</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <source>Failed repeat connections</source>
        <translation>Connexions répétées en échec</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <source>Repeat connections (latency and loss)</source>
        <translation>Connexions répétées (latence et pertes)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerte %1</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 octets reçus</translation>
    </message>
    <message>
        <source>Weak cipher suites offered</source>
        <translation>Suites de chiffrement faibles proposées</translation>
    </message>
    <message>
        <source>Handshake with weak suites only</source>
        <translation>Négociation avec des suites faibles uniquement</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Nom commun</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Utilisation de la clé</translation>
    </message>
    <message>
        <source>Chain verification errors</source>
        <translation>Erreurs de vérification de la chaîne</translation>
    </message>
    <message>
        <source>NTLM target name</source>
        <translation>Nom de la cible NTLM</translation>
    </message>
    <message>
        <source>up</source>
        <translation>active</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>running</source>
        <translation>opérationnelle</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>pas de porteuse</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bouclage</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>VPN or tunnel</source>
        <translation>VPN ou tunnel</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>aucun itinéraire</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>itinéraire par défaut</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Adresse source</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Route MTU</source>
        <translation>MTU de l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>MTU du chemin</translation>
    </message>
    <message>
        <source>Learned with</source>
        <translation>Obtenu avec</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Défini dans</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>Proxy HTTPS</translation>
    </message>
    <message>
        <source>Proxy for all protocols</source>
        <translation>Proxy pour tous les protocoles</translation>
    </message>
    <message>
        <source>Not through the proxy</source>
        <translation>Sans passer par le proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>%1, %2 port %3</source>
        <translation>%1, %2 port %3</translation>
    </message>
    <message>
        <source>%1 (chain policy)</source>
        <translation>%1 (stratégie par défaut de la chaîne)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Can this computer connect elsewhere?</source>
        <translation>Cet ordinateur peut-il se connecter ailleurs&#xa0;?</translation>
    </message>
    <message>
        <source>direct, without the gateway</source>
        <translation>en direct, sans la passerelle</translation>
    </message>
    <message>
        <source>always through the gateway</source>
        <translation>toujours via la passerelle</translation>
    </message>
    <message>
        <source>direct first, through the gateway when that fails</source>
        <translation>d&apos;abord en direct, via la passerelle en cas d&apos;échec</translation>
    </message>
    <message>
        <source>the client&apos;s default (usually through the gateway)</source>
        <translation>valeur par défaut du client (généralement via la passerelle)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>Connexion vérifiée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Conditions it cannot check</source>
        <translation>Conditions non vérifiables</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Firewall rules that block or may block</source>
        <translation>Règles de pare-feu qui bloquent ou peuvent bloquer</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Non recueilli</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Itinéraire par défaut</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>Domaines de recherche DNS</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces réseau</translation>
    </message>
    <message>
        <source>Routes toward the server</source>
        <translation>Itinéraires vers le serveur</translation>
    </message>
    <message>
        <source>Path in the .rdp file</source>
        <translation>Chemin de connexion selon le fichier .rdp</translation>
    </message>
    <message>
        <source>Usage method (gatewayusagemethod)</source>
        <translation>Méthode d&apos;utilisation (gatewayusagemethod)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Testé</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Négociation TLS</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>Réponse HTTP</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Authentication offered</source>
        <translation>Authentification proposée</translation>
    </message>
    <message>
        <source>Name resolution of the gateway</source>
        <translation>Résolution du nom de la passerelle</translation>
    </message>
    <message>
        <source>TCP connections to the gateway</source>
        <translation>Connexions TCP à la passerelle</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate</source>
        <translation>Certificat de la passerelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Process ids</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <source>Starts at boot</source>
        <translation>Démarre avec le système</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>ID de processus</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>Sockets en écoute</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>non&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>Certificate readable</source>
        <translation>Certificat lisible</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Key readable</source>
        <translation>Clé lisible</translation>
    </message>
    <message>
        <source>Readability checked for</source>
        <translation>Lisibilité vérifiée pour</translation>
    </message>
    <message>
        <source>The key file holds a private key</source>
        <translation>Le fichier de clé contient une clé privée</translation>
    </message>
    <message>
        <source>The key belongs to the certificate</source>
        <translation>La clé correspond au certificat</translation>
    </message>
    <message>
        <source>xrdp&apos;s certificate and key</source>
        <translation>Certificat et clé de xrdp</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>Configuration read</source>
        <translation>Configuration lue</translation>
    </message>
    <message>
        <source>Port (port=)</source>
        <translation>Port (port=)</translation>
    </message>
    <message>
        <source>Security layer (security_layer=)</source>
        <translation>Couche de sécurité (security_layer=)</translation>
    </message>
    <message>
        <source>Encryption level (crypt_level=)</source>
        <translation>Niveau de chiffrement (crypt_level=)</translation>
    </message>
    <message>
        <source>TLS versions (ssl_protocols=)</source>
        <translation>Versions de TLS (ssl_protocols=)</translation>
    </message>
    <message>
        <source>Cipher suites (tls_ciphers=)</source>
        <translation>Suites de chiffrement (tls_ciphers=)</translation>
    </message>
    <message>
        <source>Certificate (certificate=)</source>
        <translation>Certificat (certificate=)</translation>
    </message>
    <message>
        <source>Key (key_file=)</source>
        <translation>Clé (key_file=)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Log read</source>
        <translation>Journal lu</translation>
    </message>
    <message>
        <source>xrdp</source>
        <translation>xrdp</translation>
    </message>
    <message>
        <source>Recent errors in the xrdp log</source>
        <translation>Erreurs récentes dans le journal de xrdp</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Valeur de Registre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>Stratégie de groupe</translation>
    </message>
    <message>
        <source>Remote connections refused</source>
        <translation>Connexions à distance refusées</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Couche de sécurité</translation>
    </message>
    <message>
        <source>Network Level Authentication required</source>
        <translation>Authentification au niveau du réseau exigée</translation>
    </message>
    <message>
        <source>Minimum encryption level</source>
        <translation>Niveau de chiffrement minimal</translation>
    </message>
    <message>
        <source>Connections allowed</source>
        <translation>Connexions autorisées</translation>
    </message>
    <message>
        <source>Licensing mode</source>
        <translation>Mode de licence</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Certificat utilisé</translation>
    </message>
    <message>
        <source>Remote Desktop settings (registry)</source>
        <translation>Paramètres du Bureau à distance (Registre)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte numérique</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Certificates in the stores</source>
        <translation>Certificats dans les magasins</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
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
        <translation>Clés de Registre des protocoles SCHANNEL</translation>
    </message>
    <message>
        <source>Permissions of MachineKeys</source>
        <translation>Autorisations de MachineKeys</translation>
    </message>
    <message>
        <source>Reading them needs administrator rights.</source>
        <translation>Leur lecture nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Non lues.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>Serveurs de licences</translation>
    </message>
    <message>
        <source>Grace period days left</source>
        <translation>Jours restants de la période de grâce</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Events of the last %1 days</source>
        <translation>Événements des %1 derniers jours</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Port clients use</source>
        <translation>Port utilisé par les clients</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Ce que vous pouvez faire maintenant :</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>Également remarqué (n’empêche pas la connexion)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Method chosen</source>
        <translation>Méthode choisie</translation>
    </message>
    <message>
        <source>Server random</source>
        <translation>Aléa du serveur</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA %1 bits</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>retried alone</source>
        <translation>réessayé seul</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Methods accepted when offered alone</source>
        <translation>Méthodes acceptées lorsqu&apos;elles sont proposées seules</translation>
    </message>
    <message>
        <source>Encryption level</source>
        <translation>Niveau de chiffrement</translation>
    </message>
    <message>
        <source>Broken among simultaneous connections</source>
        <translation>Interrompues parmi les connexions simultanées</translation>
    </message>
    <message>
        <source>%1; tried again alone: %2, answered then: %3</source>
        <translation>%1 ; retentées seules : %2, avec réponse alors : %3</translation>
    </message>
    <message>
        <source>Connections the server held at once</source>
        <translation>Connexions maintenues simultanément par le serveur</translation>
    </message>
    <message>
        <source>not determined (%1)</source>
        <translation>non déterminé (%1)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Non déterminé</translation>
    </message>
    <message>
        <source>Handshake with small packets (MSS %1)</source>
        <translation>Négociation avec de petits paquets (MSS %1)</translation>
    </message>
    <message>
        <source>Packets lost for their size (path MTU)</source>
        <translation>Paquets perdus à cause de leur taille (MTU du chemin)</translation>
    </message>
    <message>
        <source>not determined: %1</source>
        <translation>non déterminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::NotDetermined</name>
    <message>
        <source>its connection broke among the run&apos;s simultaneous connections and could not be tried again alone</source>
        <translation>sa connexion a été interrompue parmi les connexions simultanées de l&apos;analyse et n&apos;a pas pu être retentée seule</translation>
    </message>
    <message>
        <source>its connection could not be opened</source>
        <translation>sa connexion n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>l&apos;analyse a été arrêtée</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the server did not finish the handshake in time</source>
        <translation>le serveur n&apos;a pas terminé la négociation à temps</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library refused to offer it</source>
        <translation>la bibliothèque TLS de cet ordinateur a refusé de le proposer</translation>
    </message>
    <message>
        <source>its connection did not get as far as TLS</source>
        <translation>sa connexion n&apos;est pas allée jusqu&apos;à TLS</translation>
    </message>
    <message>
        <source>no X.224 request selected TLS, so no version was tried alone</source>
        <translation>aucune requête X.224 n&apos;a sélectionné TLS, aucune version n&apos;a donc été essayée seule</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library has no weak cipher suite to offer</source>
        <translation>la bibliothèque TLS de cet ordinateur n&apos;a aucune suite de chiffrement faible à proposer</translation>
    </message>
    <message>
        <source>the weak-cipher probe did not get an answer to its handshake</source>
        <translation>le test des chiffrements faibles n&apos;a pas obtenu de réponse à sa négociation</translation>
    </message>
    <message>
        <source>no handshake got as far as the server&apos;s certificate</source>
        <translation>aucune négociation n&apos;est allée jusqu&apos;au certificat du serveur</translation>
    </message>
    <message>
        <source>CredSSP was not attempted</source>
        <translation>CredSSP n&apos;a pas été tenté</translation>
    </message>
    <message>
        <source>no connection to the server could be opened</source>
        <translation>aucune connexion au serveur n&apos;a pu être ouverte</translation>
    </message>
    <message>
        <source>the connections held at once did not show the limit</source>
        <translation>les connexions maintenues en même temps n&apos;ont pas révélé la limite</translation>
    </message>
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n&apos;est pas un texte UTF-16 valide</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>le fichier contient des données binaires, et non du texte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is too large for a Remote Desktop file (%1 bytes, at most %2)</source>
        <translation>le fichier est trop volumineux pour un fichier Bureau à distance (%1 octets, %2 au maximum)</translation>
    </message>
    <message>
        <source>the file has no &quot;full address&quot; setting</source>
        <translation>le fichier ne contient pas de paramètre «&#xa0;full address&#xa0;»</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>le paramètre «&#xa0;full address&#xa0;» est vide</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>n&apos;est pas un nombre entier compris entre %1 et %2</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure au format ISO 8601</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>n&apos;est pas une suite d&apos;octets hexadécimaux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des valeurs %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un protocole</translation>
    </message>
    <message>
        <source>evidence too large</source>
        <translation>données relevées trop volumineuses</translation>
    </message>
    <message>
        <source>evidence nested too deeply</source>
        <translation>données relevées trop profondément imbriquées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étape</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni argument ni rdp-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de constat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code hexadécimal</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>n&apos;est pas une durée</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>n&apos;est pas rdpdiag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de référence</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>étape répertoriée deux fois</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>ce n&apos;est pas un rapport rdpdiag (aucun champ «&#xa0;schema&#xa0;»)</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>le rapport utilise le schéma %1, créé par une version plus récente de rdpdiag&#xa0;; cette version lit le schéma %2</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>ce n&apos;est pas un rapport rdpdiag (schéma «&#xa0;%1&#xa0;», %2 attendu)</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>le rapport dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>le rapport n&apos;est pas un JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>ce n&apos;est pas un rapport rdpdiag (ce n&apos;est pas un objet JSON)</translation>
    </message>
    <message>
        <source>names no proxy</source>
        <translation>ne nomme aucun proxy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;espace réservé</translation>
    </message>
    <message>
        <source>not upper-case hexadecimal</source>
        <translation>pas en hexadécimal majuscule</translation>
    </message>
    <message>
        <source>not a process id</source>
        <translation>pas un identifiant de processus</translation>
    </message>
    <message>
        <source>without the local facts it belongs to</source>
        <translation>sans les faits locaux auxquels il appartient</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption method</source>
        <translation>« %1 » n&apos;est pas une méthode de chiffrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption level</source>
        <translation>« %1 » n&apos;est pas un niveau de chiffrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type</source>
        <translation>« %1 » n&apos;est pas un type de certificat</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>Le fichier .rdp désactive l&apos;authentification au niveau du réseau (enablecredsspsupport:i:0), mais %1 l&apos;exige.</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>Le fichier .rdp exige l&apos;authentification du serveur (authentication level:i:1), mais %1 ne propose que la sécurité RDP standard, qui ne permet pas d&apos;authentifier le serveur.</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>le certificat n&apos;est pas délivré à %1</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>Le fichier .rdp exige l&apos;authentification du serveur (authentication level:i:1), mais le certificat du serveur ne passe pas cette vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>Le nom «&#xa0;%1&#xa0;» n&apos;existe pas dans le DNS (le serveur de noms a répondu NXDOMAIN).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» existe, mais le DNS n&apos;a aucune adresse IPv4 ni IPv6 pour celui-ci.</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>Aucun serveur de noms n&apos;a répondu pour «&#xa0;%1&#xa0;» dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>La résolution de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 a refusé la connexion au bout de %2 ms&#xa0;: l&apos;ordinateur est joignable, mais rien n&apos;accepte de connexions sur le port %3.</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 n&apos;a pas répondu à la tentative de connexion dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>%1 est injoignable depuis cet ordinateur&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>L&apos;établissement d&apos;une connexion à %1 a pris %2 ms (médiane de %3 tentatives).</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>Tentatives de connexion à %3 en échec&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 a accepté la connexion TCP, puis l&apos;a réinitialisée %2 ms après avoir reçu le message X.224 Connection Request, sans répondre.</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 a fermé la connexion %2 ms après avoir reçu le message X.224 Connection Request, sans répondre.</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 a fermé la connexion après n&apos;avoir envoyé que %2 octets d&apos;un message Connection Confirm.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 a accepté la connexion TCP, mais n&apos;a envoyé aucun message Connection Confirm complet dans un délai de %2 ms (%3 octets reçus).</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>Ce qui répond sur %1 n&apos;est pas un serveur Bureau à distance&#xa0;; il a envoyé&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 a répondu par un paquet TPKT qui n&apos;est pas un message Connection Confirm valide (%2).</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>Alors que TLS était demandé, %1 a sélectionné la sécurité RDP standard&#xa0;: il ne propose ni TLS ni l&apos;authentification au niveau du réseau.</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>%1 a répondu SSL_NOT_ALLOWED_BY_SERVER à une demande de %2&#xa0;: il est configuré pour la sécurité RDP standard uniquement.</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>%1 a répondu SSL_CERT_NOT_ON_SERVER à une demande de %2&#xa0;: il n&apos;a aucun certificat utilisable pour TLS.</translation>
    </message>
    <message>
        <source>%1 answered INCONSISTENT_FLAGS when asked for %2.</source>
        <translation>%1 a répondu INCONSISTENT_FLAGS à une demande de %2.</translation>
    </message>
    <message>
        <source>%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires TLS.</source>
        <translation>%1 refuse la sécurité RDP standard (SSL_REQUIRED_BY_SERVER) et exige TLS.</translation>
    </message>
    <message>
        <source>%1 requires Network Level Authentication: it answered HYBRID_REQUIRED_BY_SERVER to %2.</source>
        <translation>%1 exige l&apos;authentification au niveau du réseau&#xa0;: il a répondu HYBRID_REQUIRED_BY_SERVER à une demande de %2.</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 exige TLS avec un certificat client (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>%1 accepte encore la sécurité RDP standard lorsqu&apos;un client la demande.</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>%1 n&apos;a pas sélectionné CredSSP (authentification au niveau du réseau) alors qu&apos;il lui était demandé.</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1, d&apos;après le fichier .rdp</translation>
    </message>
    <message>
        <source>IP address given, no lookup needed</source>
        <translation>adresse IP indiquée, aucune résolution nécessaire</translation>
    </message>
    <message>
        <source>resolved to %1</source>
        <translation>résolu en %1</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>le nom n&apos;existe pas</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>le nom n&apos;a aucune adresse</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>aucune réponse du serveur de noms</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>échec de la résolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>aucune adresse à laquelle se connecter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>connecté à %1 (médiane %2 ms, échecs&#xa0;: %3 sur %4 tentatives)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>le serveur a sélectionné %1&#xa0;; il accepte&#xa0;: %2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>le serveur a refusé&#xa0;: %1&#xa0;; il accepte&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 after the Connection Request (%2 ms)</source>
        <translation>%1 après le message Connection Request (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>alerte %1 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2 ms, %3 bytes received</source>
        <translation>%1 après %2 ms, %3 octets reçus</translation>
    </message>
    <message>
        <source>NTLM challenge from %1, CredSSP version %2</source>
        <translation>défi NTLM reçu de %1, CredSSP version %2</translation>
    </message>
    <message>
        <source>not used: the server selected Standard RDP Security</source>
        <translation>non utilisé&#xa0;: le serveur a sélectionné la sécurité RDP standard</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>non utilisé&#xa0;: le serveur n&apos;a pas sélectionné CredSSP</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>The system has no route to %1.</source>
        <translation>Le système n&apos;a aucun itinéraire vers %1.</translation>
    </message>
    <message>
        <source>This computer has no default route at all.</source>
        <translation>Cet ordinateur n&apos;a aucun itinéraire par défaut.</translation>
    </message>
    <message numerus="yes">
        <source>The target and %n other endpoint(s) (DNS servers, gateway) could not be reached from this computer.</source>
        <translation>
            <numerusform>La cible et %n autre point de terminaison (serveurs DNS, passerelle) sont injoignables depuis cet ordinateur.</numerusform>
            <numerusform>La cible et %n autres points de terminaison (serveurs DNS, passerelle) sont injoignables depuis cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The route to %1 leaves through %2 (%3).</source>
        <translation>L&apos;itinéraire vers %1 passe par %2 (%3).</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>tunnel</translation>
    </message>
    <message>
        <source>The largest packet toward %1 is %2 bytes (adapter %3).</source>
        <translation>Le plus grand paquet vers %1 fait %2 octets (carte réseau %3).</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3), which this computer would send to its default gateway %4.</source>
        <translation>%1 se résout en %2 (%3), que cet ordinateur enverrait à sa passerelle par défaut %4.</translation>
    </message>
    <message>
        <source>The answer is the address of a DNS server or router of this network, which points to a captive portal or a DNS server that answers every name with its own address.</source>
        <translation>La réponse est l&apos;adresse d&apos;un serveur DNS ou d&apos;un routeur de ce réseau, ce qui indique un portail captif ou un serveur DNS qui répond à chaque nom par sa propre adresse.</translation>
    </message>
    <message>
        <source>Outgoing TCP to port %1 is stopped by %2.</source>
        <translation>Le trafic TCP sortant vers le port %1 est bloqué par %2.</translation>
    </message>
    <message>
        <source>Possibly blocking: %1.</source>
        <translation>Blocage possible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not readable: %1.</source>
        <translation>Illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to always use the gateway (gatewayusagemethod 1): the client never connects to %1 directly.</source>
        <translation>Le fichier .rdp indique de toujours utiliser la passerelle (gatewayusagemethod 1)&#xa0;: le client ne se connecte jamais directement à %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct test failed, so the client goes through the gateway.</source>
        <translation>Le fichier .rdp indique d&apos;utiliser la passerelle en cas d&apos;échec de la connexion directe (gatewayusagemethod 2)&#xa0;; le test direct a échoué, le client passe donc par la passerelle.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct connection worked, so the client connects directly.</source>
        <translation>Le fichier .rdp indique d&apos;utiliser la passerelle en cas d&apos;échec de la connexion directe (gatewayusagemethod 2)&#xa0;; la connexion directe a fonctionné, le client se connecte donc directement.</translation>
    </message>
    <message>
        <source>The .rdp file names the gateway and leaves its use to the client&apos;s default settings, which normally means through the gateway.</source>
        <translation>Le fichier .rdp indique la passerelle et laisse son utilisation aux paramètres par défaut du client, ce qui signifie normalement un passage par la passerelle.</translation>
    </message>
    <message>
        <source>The .rdp file names a gateway but says not to use it.</source>
        <translation>Le fichier .rdp indique une passerelle, mais précise de ne pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The gateway&apos;s name %1 could not be resolved (%2).</source>
        <translation>Le nom de la passerelle %1 n&apos;a pas pu être résolu (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 ended with: %3.</source>
        <translation>La connexion à %1 sur le port %2 s&apos;est terminée ainsi&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The TLS handshake with the gateway ended with: %1.</source>
        <translation>La négociation TLS avec la passerelle s&apos;est terminée ainsi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>It ended on %1.</source>
        <translation>Le certificat a expiré le %1.</translation>
    </message>
    <message>
        <source>It is made out to %1.</source>
        <translation>Le certificat est délivré à %1.</translation>
    </message>
    <message>
        <source>Verification said: %1.</source>
        <translation>Résultat de la vérification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The answer was: %1.</source>
        <translation>La réponse était&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>Le certificat a expiré le %1 (il y a %2 jours).</translation>
    </message>
    <message>
        <source>The certificate ends on %1, in %2 days.</source>
        <translation>Le certificat expire le %1, dans %2 jours.</translation>
    </message>
    <message>
        <source>The certificate becomes valid only on %1; this computer&apos;s clock says %2.</source>
        <translation>Le certificat ne devient valide que le %1&#xa0;; l&apos;horloge de cet ordinateur indique %2.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed by itself.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» est auto-signé.</translation>
    </message>
    <message>
        <source>Checking the chain against this computer&apos;s trusted roots failed: %1.</source>
        <translation>La vérification de la chaîne par rapport aux racines approuvées de cet ordinateur a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>You connect to &quot;%1&quot;, but the certificate is made out to %2.</source>
        <translation>Vous vous connectez à «&#xa0;%1&#xa0;», mais le certificat est délivré à %2.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 with only %2 bits.</source>
        <translation>La clé du certificat est de type %1 et ne compte que %2 bits.</translation>
    </message>
    <message>
        <source>The certificate is signed with %1.</source>
        <translation>Le certificat est signé avec %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s Extended Key Usage allows only: %1.</source>
        <translation>L&apos;utilisation améliorée de la clé du certificat n&apos;autorise que&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server reset the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>Le serveur a réinitialisé la connexion après notre requête CredSSP, avant d&apos;envoyer son défi NTLM.</translation>
    </message>
    <message>
        <source>The server closed the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>Le serveur a fermé la connexion après notre requête CredSSP, avant d&apos;envoyer son défi NTLM.</translation>
    </message>
    <message>
        <source>The server did not answer our CredSSP request within %1 ms.</source>
        <translation>Le serveur n&apos;a pas répondu à notre requête CredSSP dans un délai de %1 ms.</translation>
    </message>
    <message>
        <source>The server answered our CredSSP request with the error code %1 instead of an NTLM challenge.</source>
        <translation>Le serveur a répondu à notre requête CredSSP par le code d&apos;erreur %1 au lieu d&apos;un défi NTLM.</translation>
    </message>
    <message>
        <source>The server speaks CredSSP version %1.</source>
        <translation>Le serveur utilise la version %1 de CredSSP.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds ahead of this computer&apos;s.</source>
        <translation>L&apos;horloge du serveur avance de %1 secondes par rapport à celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds behind this computer&apos;s.</source>
        <translation>L&apos;horloge du serveur retarde de %1 secondes par rapport à celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>no route to %1</source>
        <translation>aucun itinéraire vers %1</translation>
    </message>
    <message>
        <source>via %1 (MTU %2)</source>
        <translation>via %1 (MTU %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>firewalls read: %1</source>
        <translation>pare-feu lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>gateway %1:%2</source>
        <translation>passerelle %1:%2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>à l&apos;écoute sur %1</translation>
    </message>
    <message>
        <source>no Remote Desktop service found</source>
        <translation>aucun service Bureau à distance trouvé</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>Le serveur a réinitialisé la connexion pendant la négociation TLS, après %1 octets de sa réponse.</translation>
    </message>
    <message>
        <source>The server reset the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>Le serveur a réinitialisé la connexion dès le début de la négociation TLS, avant d&apos;envoyer la moindre réponse.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS, après %1 octets de sa réponse.</translation>
    </message>
    <message>
        <source>The server closed the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>Le serveur a fermé la connexion dès le début de la négociation TLS, avant d&apos;envoyer la moindre réponse.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled: after %1 bytes of the server&apos;s reply nothing more arrived within %2 ms.</source>
        <translation>La négociation TLS s&apos;est bloquée&#xa0;: après %1 octets de la réponse du serveur, plus rien n&apos;est arrivé dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>The server sent no TLS reply at all within %1 ms.</source>
        <translation>Le serveur n&apos;a envoyé aucune réponse TLS dans un délai de %1 ms.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot; (number %2).</source>
        <translation>Le serveur a mis fin à la négociation TLS par l&apos;alerte «&#xa0;%1&#xa0;» (numéro %2).</translation>
    </message>
    <message>
        <source>Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server.</source>
        <translation>Les négociations forcées en TLS 1.2 et en TLS 1.3 ont toutes deux été refusées par le serveur.</translation>
    </message>
    <message>
        <source>The server completed a handshake with TLS %1.</source>
        <translation>Le serveur a mené à bien une négociation en TLS %1.</translation>
    </message>
    <message>
        <source>The server accepted the weak cipher suite %1.</source>
        <translation>Le serveur a accepté la suite de chiffrement faible %1.</translation>
    </message>
    <message>
        <source>Stopped by %1.</source>
        <translation>Bloqué par %1.</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>Sous condition&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No xrdp process runs with %1 (%2).</source>
        <translation>Aucun processus xrdp ne s&apos;exécute avec %1 (%2).</translation>
    </message>
    <message>
        <source>xrdp-sesman is %1.</source>
        <translation>xrdp-sesman est dans l&apos;état %1.</translation>
    </message>
    <message>
        <source> Port %1 is held by %2 (pid %3).</source>
        <translation> Le port %1 est occupé par %2 (PID %3).</translation>
    </message>
    <message>
        <source>xrdp runs but listens on none of %1.</source>
        <translation>xrdp est en cours d&apos;exécution, mais n&apos;écoute sur aucun des ports %1.</translation>
    </message>
    <message>
        <source>xrdp uses port %1, clients use %2.</source>
        <translation>xrdp utilise le port %1, les clients utilisent le port %2.</translation>
    </message>
    <message>
        <source>xrdp listens on %1 only.</source>
        <translation>xrdp n&apos;écoute que sur %1.</translation>
    </message>
    <message>
        <source>%1 sets security_layer=rdp.</source>
        <translation>%1 définit security_layer=rdp.</translation>
    </message>
    <message>
        <source>ssl_protocols=%1.</source>
        <translation>ssl_protocols=%1.</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate.</source>
        <translation>%1 ne contient aucun certificat lisible.</translation>
    </message>
    <message>
        <source>%1 holds no usable private key.</source>
        <translation>%1 ne contient aucune clé privée utilisable.</translation>
    </message>
    <message>
        <source>%1 is not the key of %2.</source>
        <translation>%1 n&apos;est pas la clé de %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 a expiré le %2.</translation>
    </message>
    <message>
        <source>%1 has a %2-bit RSA key.</source>
        <translation>%1 possède une clé RSA de %2 bits.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>TermService is %1.</source>
        <translation>TermService est dans l&apos;état %1.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 est dans l&apos;état %2.</translation>
    </message>
    <message>
        <source>A Group Policy sets fDenyTSConnections to 1.</source>
        <translation>Une stratégie de groupe définit fDenyTSConnections sur 1.</translation>
    </message>
    <message>
        <source>fDenyTSConnections is 1.</source>
        <translation>fDenyTSConnections vaut 1.</translation>
    </message>
    <message>
        <source>PortNumber is %1, clients use %2.</source>
        <translation>PortNumber vaut %1, les clients utilisent %2.</translation>
    </message>
    <message>
        <source>No socket of TermService listens on port %1.</source>
        <translation>Aucun socket de TermService n&apos;écoute sur le port %1.</translation>
    </message>
    <message>
        <source>SecurityLayer is 0.</source>
        <translation>SecurityLayer vaut 0.</translation>
    </message>
    <message>
        <source>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</source>
        <translation>TLS 1.2\Server&#xa0;: Enabled=%1, DisabledByDefault=%2.</translation>
    </message>
    <message>
        <source>Switched on explicitly: %1.</source>
        <translation>Activation explicite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SSLCertificateSHA1Hash names %1, which is in neither store.</source>
        <translation>SSLCertificateSHA1Hash désigne %1, qui ne se trouve dans aucun des deux magasins.</translation>
    </message>
    <message>
        <source>The certificate %1 has no private key (HasPrivateKey False).</source>
        <translation>Le certificat %1 n&apos;a pas de clé privée (HasPrivateKey False).</translation>
    </message>
    <message>
        <source>The certificate %1 ended on %2.</source>
        <translation>Le certificat %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Event 1069: the grace period has expired.</source>
        <translation>Événement 1069&#xa0;: la période de grâce a expiré.</translation>
    </message>
    <message>
        <source>0 days of the grace period are left.</source>
        <translation>Il ne reste aucun jour de période de grâce.</translation>
    </message>
    <message>
        <source>%1 days of the grace period are left.</source>
        <translation>Il reste %1 jours de période de grâce.</translation>
    </message>
    <message>
        <source>MaxInstanceCount is %1.</source>
        <translation>MaxInstanceCount vaut %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, the latest at %2: %3</source>
        <translation>
            <numerusform>%n événement au cours des %1 derniers jours, le plus récent le %2&#xa0;: %3</numerusform>
            <numerusform>%n événements au cours des %1 derniers jours, le plus récent le %2&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform: %1.</source>
        <translation>Plateforme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>Non lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no active firewall found</source>
        <translation>aucun pare-feu actif trouvé</translation>
    </message>
    <message>
        <source>%1 refused (%2)</source>
        <translation>%1 refusé (%2)</translation>
    </message>
    <message>
        <source>%1 answered with %2</source>
        <translation>%1 : réponse %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Offered alone, %1 was accepted by %2 (encryption level %3).</source>
        <translation>Proposé seul, %1 a été accepté par %2 (niveau de chiffrement %3).</translation>
    </message>
    <message>
        <source>%1 announced the encryption level %2 and accepted only %3 of the four methods offered alone.</source>
        <translation>%1 a annoncé le niveau de chiffrement %2 et n&apos;a accepté que %3 parmi les quatre méthodes proposées seules.</translation>
    </message>
    <message>
        <source>%1 accepted none of the four methods offered alone (encryption level %2): %3.</source>
        <translation>%1 n&apos;a accepté aucune des quatre méthodes proposées seules (niveau de chiffrement %2) : %3.</translation>
    </message>
    <message>
        <source>; Standard RDP Security: level %1, accepts %2</source>
        <translation> ; sécurité RDP standard : niveau %1, accepte %2</translation>
    </message>
    <message>
        <source>none of the methods offered</source>
        <translation>aucune des méthodes proposées</translation>
    </message>
    <message>
        <source>%1 of the connections this check opened to %2 at the same time broke before the server answered; tried again one at a time, %3 of them worked.</source>
        <translation>%1 des connexions que cette vérification a ouvertes simultanément vers %2 ont été interrompues avant la réponse du serveur ; retentées une par une, %3 d&apos;entre elles ont fonctionné.</translation>
    </message>
    <message>
        <source>The server held one connection at once and broke the next one.</source>
        <translation>Le serveur a maintenu une seule connexion à la fois et a interrompu la suivante.</translation>
    </message>
    <message>
        <source>The server held %1 connections at once and broke the next one.</source>
        <translation>Le serveur a maintenu %1 connexions à la fois et a interrompu la suivante.</translation>
    </message>
    <message>
        <source>How many connections it holds at once could not be determined (%1).</source>
        <translation>Le nombre de connexions qu&apos;il maintient à la fois n&apos;a pas pu être déterminé (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake stalled after %1 bytes of the server&apos;s reply, but a second handshake that asked the server for TCP segments of at most %2 bytes completed in %3 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>La négociation TLS s&apos;est bloquée après %1 octets de la réponse du serveur, mais une seconde négociation qui demandait au serveur des segments TCP d&apos;au plus %2 octets a abouti en %3 ms&#xa0;: les paquets de taille maximale du serveur se perdent en chemin.</translation>
    </message>
    <message>
        <source>None of the server&apos;s TLS reply arrived, but a second handshake that asked the server for TCP segments of at most %1 bytes completed in %2 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>Rien de la réponse TLS du serveur n&apos;est arrivé, mais une seconde négociation qui demandait au serveur des segments TCP d&apos;au plus %1 octets a abouti en %2 ms&#xa0;: les paquets de taille maximale du serveur se perdent en chemin.</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes completed</source>
        <translation>&#xa0;; une négociation avec des segments TCP d&apos;au plus %1 octets a abouti</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes stalled too</source>
        <translation>&#xa0;; une négociation avec des segments TCP d&apos;au plus %1 octets s&apos;est bloquée elle aussi</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Stages</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Résolution de noms (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>Négociation de sécurité (X.224)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (authentification au niveau du réseau)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>RD Gateway</source>
        <translation>Passerelle Bureau à distance</translation>
    </message>
    <message>
        <source>Server self-check</source>
        <translation>Autodiagnostic du serveur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
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
        <translation>Résolution de noms (DNS)</translation>
    </message>
    <message>
        <source>Connection to the Remote Desktop port (TCP)</source>
        <translation>Connexion au port du Bureau à distance (TCP)</translation>
    </message>
    <message>
        <source>Encryption and certificate (TLS)</source>
        <translation>Chiffrement et certificat (TLS)</translation>
    </message>
    <message>
        <source>Network Level Authentication (CredSSP)</source>
        <translation>Authentification au niveau du réseau (CredSSP)</translation>
    </message>
    <message>
        <source>Standard RDP Security</source>
        <translation>Sécurité RDP standard</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Target</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a computer name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;ordinateur</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>le nom d&apos;ordinateur dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>«&#xa0;%1&#xa0;» contient une partie vide entre deux points</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>une partie du nom d&apos;ordinateur dépasse %1 caractères&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>une partie d&apos;un nom d&apos;ordinateur ne peut ni commencer ni se terminer par «&#xa0;-&#xa0;»&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>aucun nom d&apos;ordinateur ni aucune adresse n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>%1 n&apos;est pas autorisé dans un nom d&apos;ordinateur&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>aucun numéro de port après «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>port non valide «&#xa0;%1&#xa0;»&#xa0;: utilisez un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>crochets non appariés dans «&#xa0;%1&#xa0;»&#xa0;: écrivez une adresse IPv6 sous la forme [adresse] ou [adresse]:port</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>crochets inattendus dans «&#xa0;%1&#xa0;»&#xa0;: écrivez une adresse IPv6 sous la forme [adresse] ou [adresse]:port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>texte inattendu «&#xa0;%1&#xa0;» après «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à une URL&#xa0;: indiquez uniquement le nom ou l&apos;adresse de l&apos;ordinateur, éventuellement suivi de :port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6 valide (écrivez [adresse]:port pour indiquer un port)</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>aucun nom d&apos;ordinateur ni aucune adresse avant «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: il s&apos;agit d&apos;un dossier, et non d&apos;un fichier</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: ce n&apos;est pas un fichier normal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour un fichier Bureau à distance (%2 octets, %3 au maximum)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour un fichier Bureau à distance (plus de %2 octets)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le port du serveur %2 n&apos;est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l&apos;adresse complète (full address) n&apos;est pas utilisable&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TextSummary</name>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>sur cet ordinateur</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2 — %3 ms — reference %4</source>
        <translation>rdpdiag %1 — %2 — %3 ms — référence %4</translation>
    </message>
    <message>
        <source>The run was cancelled; what follows is incomplete.</source>
        <translation>L&apos;analyse a été annulée&#xa0;; ce qui suit est incomplet.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Comment corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>Également remarqué (n’empêche pas la connexion)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Non déterminé</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TicketSummary</name>
    <message>
        <source>ok</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>rdpdiag findings — reference %1</source>
        <translation>Constats rdpdiag — référence %1</translation>
    </message>
    <message>
        <source>Target:    %1</source>
        <translation>Cible&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adresses&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>Analyse&#xa0;:    %1 UTC, %2 ms, rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation> (annulée&#xa0;: incomplète)</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>Signalé&#xa0;:    code d&apos;erreur %1, code étendu %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>Anonymisé&#xa0;:  les noms et les adresses sont remplacés par des substituts</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>Étapes&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>Correction principale (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>on the client</source>
        <translation>sur le client</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>  (no fix steps: see report.html)</source>
        <translation>  (aucune étape de correction&#xa0;: voir report.html)</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>Aucune correction nécessaire&#xa0;: rien n&apos;empêche la connexion.</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>Détails&#xa0;: report.html et report.json dans l&apos;archive (référence %1).</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>Erreurs&#xa0;: %1, avertissements&#xa0;: %2, informations&#xa0;: %3</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERREUR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>  … and %1 more (see report.html)</source>
        <translation>  … et %1 de plus (voir report.html)</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>Qui agit :</translation>
    </message>
    <message>
        <source>  … and %1 more step(s) in report.html</source>
        <translation>  … et %1 autre(s) étape(s) dans report.html</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections):</source>
        <translation>Également remarqué (n’empêche pas la connexion) :</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Translations</name>
    <message>
        <source>--lang needs a language code (e.g. de)</source>
        <translation>--lang attend un code de langue (p. ex. de)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang « %1 » n’est pas un code de langue (essayez de ou zh_CN)</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::DiagnosticWizard</name>
    <message>
        <source>Remote Desktop connection check</source>
        <translation>Vérification de la connexion Bureau à distance</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>Arrêter le diagnostic</translation>
    </message>
    <message>
        <source>Stop the diagnosis now; what was checked so far stays shown</source>
        <translation>Arrêter le diagnostic maintenant&#xa0;; les résultats des vérifications déjà effectuées restent affichés</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>&amp;Détails techniques</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>For support staff: raw evidence under every finding (bytes sent and received, protocol values, timings)</source>
        <translation>Pour le personnel du support&#xa0;: données brutes sous chaque constat (octets envoyés et reçus, valeurs de protocole, durées)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Ouvrir une archive de diagnostic</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip);;All files (*)</source>
        <translation>Archives de diagnostic (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The findings bundle %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;archive de diagnostic %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the findings bundle</source>
        <translation>Exporter l&apos;archive de diagnostic</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip)</source>
        <translation>Archives de diagnostic (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved: %1</source>
        <translation>L&apos;archive n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1. Attach it to your support request.</source>
        <translation>%1 a été enregistré. Joignez ce fichier à votre demande de support.</translation>
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
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Expected port</source>
        <translation>Port attendu</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu’au</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Bytes received (hex)</source>
        <translation>Octets reçus (hex)</translation>
    </message>
    <message>
        <source>Protocols asked for</source>
        <translation>Protocoles demandés</translation>
    </message>
    <message>
        <source>Protocol chosen</source>
        <translation>Protocole choisi</translation>
    </message>
    <message>
        <source>Bytes sent (hex)</source>
        <translation>Octets envoyés (hex)</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Délivré à</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Time limit (ms)</source>
        <translation>Délai maximal (ms)</translation>
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
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt</source>
        <translation>Invite de commandes</translation>
    </message>
    <message>
        <source>Terminal (bash)</source>
        <translation>Terminal (bash)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation>Sélectionnez une vérification pour voir ce qui a été constaté et comment y remédier.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>Commande pour %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Copy this %1 command to the clipboard</source>
        <translation>Copier cette commande %1 dans le Presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données relevées</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>Code de constat</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Durée&#xa0;: %1 ms.</translation>
    </message>
    <message>
        <source>The diagnosis is at this step now.</source>
        <translation>Le diagnostic en est actuellement à cette étape.</translation>
    </message>
    <message>
        <source>The diagnosis has not reached this step yet.</source>
        <translation>Le diagnostic n&apos;a pas encore atteint cette étape.</translation>
    </message>
    <message>
        <source>Raw facts</source>
        <translation>Faits bruts</translation>
    </message>
    <message>
        <source>On the remote computer</source>
        <translation>Sur l’ordinateur distant</translation>
    </message>
    <message>
        <source>Steps for the administrator</source>
        <translation>Étapes pour l’administrateur</translation>
    </message>
    <message>
        <source>For support staff: the evidence (bytes, protocol values, timings) is under Technical details.</source>
        <translation>Pour le support : les preuves (octets, valeurs de protocole, durées) sont sous Détails techniques.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::HeadlineView</name>
    <message>
        <source>Not checked by this run:</source>
        <translation>Non vérifié par cette analyse :</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Ce que vous pouvez faire maintenant :</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::PipelineStrip</name>
    <message>
        <source>Connection steps</source>
        <translation>Étapes de la connexion</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>▲ broke here</source>
        <translation>▲ échec ici</translation>
    </message>
    <message>
        <source>The connection broke at %1.</source>
        <translation>La connexion a échoué à l&apos;étape %1.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ResultsPage</name>
    <message>
        <source>Can this computer find the remote computer and reach its Remote Desktop port?</source>
        <translation>Cet ordinateur trouve-t-il l&apos;ordinateur distant et peut-il joindre son port Bureau à distance&#xa0;?</translation>
    </message>
    <message>
        <source>Does a firewall on the way, on the server or on this computer block the connection?</source>
        <translation>Un pare-feu, sur le chemin, sur le serveur ou sur cet ordinateur, bloque-t-il la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Do this computer and the server agree on how to secure the connection?</source>
        <translation>Cet ordinateur et le serveur s&apos;accordent-ils sur la manière de sécuriser la connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Can the encrypted connection be set up, and is the server&apos;s certificate in order?</source>
        <translation>La connexion chiffrée peut-elle être établie, et le certificat du serveur est-il en règle&#xa0;?</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service of this computer (the server) in order?</source>
        <translation>Le service Bureau à distance de cet ordinateur (le serveur) est-il en ordre&#xa0;?</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Pare-feu</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Couche de sécurité</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>&amp;Vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Vérifications&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing found on this page so far.</source>
        <translation>Aucun constat sur cette page pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nothing found on this page.</source>
        <translation>Aucun constat sur cette page.</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 note(s) on this page.</source>
        <translation>%1 problème(s), %2 avertissement(s), %3 remarque(s) sur cette page.</translation>
    </message>
    <message>
        <source>The checks of this page appear here as the diagnosis reaches them.</source>
        <translation>Les vérifications de cette page apparaissent ici à mesure que le diagnostic les atteint.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::RunStatusBar</name>
    <message>
        <source>Saved run of %1, made %2 (reference %3), opened from %4.</source>
        <translation>Analyse enregistrée de %1, effectuée le %2 (référence %3), ouverte à partir de %4.</translation>
    </message>
    <message>
        <source>Saved run of %1 made on %2, %3 (reference %4), opened from %5.</source>
        <translation>Analyse enregistrée de %1, effectuée sur %2 le %3 (référence %4), ouverte à partir de %5.</translation>
    </message>
    <message>
        <source>Read-only: go back to the first page to run a new diagnosis.</source>
        <translation>Lecture seule&#xa0;: revenez à la première page pour lancer un nouveau diagnostic.</translation>
    </message>
    <message>
        <source>Names and addresses were hidden.</source>
        <translation>Les noms et les adresses ont été masqués.</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Progression du diagnostic</translation>
    </message>
    <message>
        <source>The diagnosis starts when you leave the first page.</source>
        <translation>Le diagnostic démarre lorsque vous quittez la première page.</translation>
    </message>
    <message>
        <source>Checking: %1… (%2 s)</source>
        <translation>Vérification&#xa0;: %1… (%2 s)</translation>
    </message>
    <message>
        <source>Checking… (%1 s)</source>
        <translation>Vérification… (%1 s)</translation>
    </message>
    <message>
        <source>Diagnosis of %1 finished in %2 s (reference %3).</source>
        <translation>Diagnostic de %1 terminé en %2 s (référence %3).</translation>
    </message>
    <message>
        <source>You stopped the diagnosis. What was checked until then is shown; the rest was not checked.</source>
        <translation>Vous avez arrêté le diagnostic. Les résultats obtenus jusque-là sont affichés&#xa0;; le reste n&apos;a pas été vérifié.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Status</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;All findings:</source>
        <translation>&amp;Tous les constats&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>&amp;Copier le résumé pour le ticket</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Copier le résumé pour le ticket</translation>
    </message>
    <message>
        <source>Copy a short text for a support ticket to the clipboard</source>
        <translation>Copier dans le Presse-papiers un court texte destiné à un ticket de support</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export findings bundle</source>
        <translation>Exporter l&apos;archive de diagnostic</translation>
    </message>
    <message>
        <source>Save everything support needs in one .zip file</source>
        <translation>Enregistrer dans un seul fichier .zip tout ce dont le support a besoin</translation>
    </message>
    <message>
        <source>&amp;Hide names and addresses</source>
        <translation>&amp;Masquer les noms et les adresses</translation>
    </message>
    <message>
        <source>The ticket summary is on the clipboard: paste it into your support request.</source>
        <translation>Le résumé pour le ticket a été copié dans le Presse-papiers&#xa0;: collez-le dans votre demande de support.</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Rien n&apos;a encore été vérifié.</translation>
    </message>
    <message>
        <source>The diagnosis is still running…</source>
        <translation>Le diagnostic est toujours en cours…</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run was stopped before it ended, so this verdict may be incomplete.</source>
        <translation>L&apos;analyse a été arrêtée avant la fin&#xa0;: cette conclusion est peut-être incomplète.</translation>
    </message>
    <message>
        <source>Reference: %1 (give it to support)</source>
        <translation>Référence&#xa0;: %1 (à communiquer au support)</translation>
    </message>
    <message>
        <source>%1 — on the page &quot;%2&quot;</source>
        <translation>%1 — sur la page «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Findings appear here as the diagnosis finds them.</source>
        <translation>Les constats apparaissent ici à mesure que le diagnostic les détecte.</translation>
    </message>
    <message>
        <source>Nothing was found that needs attention.</source>
        <translation>Aucun point nécessitant votre attention n&apos;a été détecté.</translation>
    </message>
    <message>
        <source>Replace computer and user names and addresses in the exported bundle and the copied ticket summary with placeholders</source>
        <translation>Remplacer les noms d&apos;ordinateurs et d&apos;utilisateurs et les adresses par des espaces réservés dans le paquet exporté et dans le résumé de ticket copié</translation>
    </message>
    <message>
        <source>What stops the connection, who has to act, and what to do now.</source>
        <translation>Ce qui empêche la connexion, qui doit agir et que faire maintenant.</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation>Copier la &amp;référence</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>Copy the run&apos;s reference code to the clipboard</source>
        <translation>Copier le code de référence de l’analyse dans le presse-papiers</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>Relanc&amp;er</translation>
    </message>
    <message>
        <source>All findings, what explains the problem first</source>
        <translation>Tous les constats, l’explication du problème en premier</translation>
    </message>
    <message>
        <source>The reference %1 is on the clipboard: give it to whoever helps you.</source>
        <translation>La référence %1 est dans le presse-papiers : donnez-la à la personne qui vous aide.</translation>
    </message>
    <message>
        <source>The answer appears here when all steps are done. You can look at the other pages meanwhile.</source>
        <translation>La réponse apparaît ici quand toutes les étapes sont terminées. Vous pouvez consulter les autres pages en attendant.</translation>
    </message>
    <message>
        <source>Also noticed: %1</source>
        <translation>Également remarqué : %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WelcomePage</name>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>Tell which computer you connect to and, if you saw one, the error code. The check changes nothing on either computer and never sends a password.</source>
        <translation>Indiquez l&apos;ordinateur auquel vous vous connectez et, si vous en avez vu un, le code d&apos;erreur. La vérification ne modifie rien sur aucun des deux ordinateurs et n&apos;envoie jamais de mot de passe.</translation>
    </message>
    <message>
        <source>e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file</source>
        <translation>par ex. pc42.example.com, 192.0.2.10:3390 ou un fichier .rdp</translation>
    </message>
    <message>
        <source>Computer to connect to</source>
        <translation>Ordinateur auquel se connecter</translation>
    </message>
    <message>
        <source>Open .&amp;rdp file…</source>
        <translation>Ouvrir un fichier .&amp;rdp…</translation>
    </message>
    <message>
        <source>Open .rdp file</source>
        <translation>Ouvrir un fichier .rdp</translation>
    </message>
    <message>
        <source>Use the Remote Desktop file your administrator gave you</source>
        <translation>Utiliser le fichier Bureau à distance fourni par votre administrateur</translation>
    </message>
    <message>
        <source>&amp;Computer:</source>
        <translation>&amp;Ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>optional, e.g. 0x904</source>
        <translation>facultatif, par ex. 0x904</translation>
    </message>
    <message>
        <source>%1 with extended code %2</source>
        <translation>%1 avec le code étendu %2</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>Code d&apos;&amp;erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Extended error code</source>
        <translation>Code d&apos;erreur étendu</translation>
    </message>
    <message>
        <source>optional, e.g. 0x7</source>
        <translation>facultatif, par ex. 0x7</translation>
    </message>
    <message>
        <source>E&amp;xtended code:</source>
        <translation>Code é&amp;tendu&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds</source>
        <translation>Délai pour chaque étape, en secondes</translation>
    </message>
    <message>
        <source>How long to wait for each network step before calling it a timeout. Raise it for slow VPN connections.</source>
        <translation>Durée d&apos;attente pour chaque étape réseau avant de considérer que le délai a expiré. Augmentez-la pour les connexions VPN lentes.</translation>
    </message>
    <message>
        <source>&amp;Time limit per step:</source>
        <translation>Dé&amp;lai par étape&#xa0;:</translation>
    </message>
    <message>
        <source>You can also drop an .rdp file onto this window.</source>
        <translation>Vous pouvez aussi déposer un fichier .rdp sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Support staff: open the findings bundle (.zip) a user sent you.</source>
        <translation>Personnel du support&#xa0;: ouvrez l&apos;archive de diagnostic (.zip) envoyée par un utilisateur.</translation>
    </message>
    <message>
        <source>Open a findings &amp;bundle…</source>
        <translation>Ouvrir une archive de dia&amp;gnostic…</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Ouvrir une archive de diagnostic</translation>
    </message>
    <message>
        <source>Type the name or address of the computer you connect to, or open its .rdp file.</source>
        <translation>Tapez le nom ou l&apos;adresse de l&apos;ordinateur auquel vous vous connectez, ou ouvrez son fichier .rdp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;erreur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended error code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code d&apos;erreur étendu.</translation>
    </message>
    <message>
        <source>Not an extended code: type it as shown, e.g. 0x7.</source>
        <translation>Ce n&apos;est pas un code étendu&#xa0;: tapez-le tel qu&apos;il s&apos;affiche, par ex. 0x7.</translation>
    </message>
    <message>
        <source>Not an error code: type it as shown, e.g. 0x904.</source>
        <translation>Ce n&apos;est pas un code d&apos;erreur&#xa0;: tapez-le tel qu&apos;il s&apos;affiche, par ex. 0x904.</translation>
    </message>
    <message>
        <source>Will check %1, port %2 (from the .rdp file).</source>
        <translation>Vérification prévue&#xa0;: %1, port %2 (d&apos;après le fichier .rdp).</translation>
    </message>
    <message>
        <source>Will check %1, port %2.</source>
        <translation>Vérification prévue&#xa0;: %1, port %2.</translation>
    </message>
    <message>
        <source>Open a Remote Desktop file</source>
        <translation>Ouvrir un fichier Bureau à distance</translation>
    </message>
    <message>
        <source>Remote Desktop files (*.rdp);;All files (*)</source>
        <translation>Fichiers Bureau à distance (*.rdp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reads the service state, the port it listens on, its security and certificate settings and its recent errors. Nothing is changed.</source>
        <translation>Lit l&apos;état du service, le port sur lequel il écoute, ses paramètres de sécurité et de certificat et ses erreurs récentes. Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>I am on the &amp;server</source>
        <translation>Je suis sur le &amp;serveur</translation>
    </message>
    <message>
        <source>I am on the server</source>
        <translation>Je suis sur le serveur</translation>
    </message>
    <message>
        <source>Also checks this computer&apos;s Remote Desktop service from the inside. Nothing is changed.</source>
        <translation>Vérifie aussi de l’intérieur le service Bureau à distance de cet ordinateur. Rien n’est modifié.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WizardCommandLine</name>
    <message>
        <source>Finds out why a Remote Desktop connection fails and says what to fix, step by step.</source>
        <translation>Détermine pourquoi une connexion Bureau à distance échoue et indique, étape par étape, ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Langue de la fenêtre, par ex. de, fr, es, ja, zh_CN (par défaut&#xa0;: la langue du système).</translation>
    </message>
    <message>
        <source>Pre-fill the error code the client showed, e.g. 0x904.</source>
        <translation>Préremplir le code d&apos;erreur affiché par le client, par ex. 0x904.</translation>
    </message>
    <message>
        <source>Pre-fill the extended error code, e.g. 0x7.</source>
        <translation>Préremplir le code d&apos;erreur étendu, par ex. 0x7.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>The computer (host, host:port, [IPv6]:port), an .rdp file, or a findings bundle (.zip) to open read-only.</source>
        <translation>L&apos;ordinateur (hôte, hôte:port, [IPv6]:port), un fichier .rdp ou une archive de diagnostic (.zip) à ouvrir en lecture seule.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang «&#xa0;%1&#xa0;» n&apos;est pas un code de langue (essayez de ou zh_CN)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>une seule cible à la fois (%1 indiquées&#xa0;: %2)</translation>
    </message>
</context>
</TS>
