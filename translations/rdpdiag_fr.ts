<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>Code de constat inconnu %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>Il s'agit d'une anomalie de rdpdiag : le catalogue ne définit pas ce code. Veuillez la signaler en joignant ce rapport.</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>Testez le port depuis cet ordinateur (Windows) : « TcpTestSucceeded : True » signifie qu'une connexion a pu être ouverte.</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>Le même test sous macOS ou Linux : « succeeded » ou « open » signifie qu'une connexion a pu être ouverte.</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>Sur l'ordinateur distant, vérifiez que les services Bureau à distance sont en cours d'exécution (valeur « Running » dans la colonne « Status »).</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>Redémarrez les services Bureau à distance sur l'ordinateur distant, en tant qu'administrateur. Cela ferme toutes les sessions à distance ouvertes sur cet ordinateur : exécutez la commande depuis la console, ou attendez-vous à être déconnecté.</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>Vérifiez que l'écouteur Bureau à distance est prêt : la ligne « rdp-tcp » doit afficher l'état « Listen » (« Écouter » sur un Windows en français).</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>Identifiez ce qui écoute sur le port {port} : une ligne « LISTENING » dont le dernier nombre (l'identificateur de processus) correspond au PID affiché pour TermService. Si un routeur redirige un autre port vers cet ordinateur, utilisez plutôt ce port.</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>Vérifiez le port sur lequel le Bureau à distance écoute. La valeur est affichée en hexadécimal : 0xd3d correspond au port par défaut 3389.</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>Affichez les paramètres de sécurité de l'écouteur Bureau à distance. Valeurs habituelles : SecurityLayer 1 (négociation) ou 2 (TLS), UserAuthentication 1 (NLA exigée), MinEncryptionLevel 2 ou 3, MaxInstanceCount -1 (aucune limite ; PowerShell affiche 0xffffffff sous la forme -1). SecurityLayer 2 ne fonctionne pas avec MinEncryptionLevel 1.</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>Vérifiez la couche de sécurité de l'écouteur : 0x0 = sécurité RDP standard uniquement, 0x1 = négociation, 0x2 = TLS obligatoire.</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>Exigez TLS : définissez SecurityLayer sur 2 (en tant qu'administrateur), puis redémarrez les services Bureau à distance. TLS nécessite un certificat fonctionnel ; si les connexions échouent ensuite, suivez les constats relatifs au certificat.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>Vérifiez si une stratégie de groupe définit la couche de sécurité (« Exiger l'utilisation d'une couche de sécurité spécifique pour les connexions à distance (RDP) », en anglais « Require use of specific security layer for remote (RDP) connections »). Si cette valeur existe, elle remplace le paramètre de l'écouteur : modifiez donc plutôt la stratégie.</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>Vérifiez le paramètre NLA de l'écouteur : UserAuthentication 0x1 signifie que l'authentification au niveau du réseau (NLA) est exigée.</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>En tant qu'administrateur, exigez l'authentification au niveau du réseau (NLA). NLA nécessite aussi SecurityLayer 1 ou 2.</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>Sur l'ordinateur distant, recherchez les événements qui confirment un problème de certificat : Schannel 36870 (la clé privée TLS est inaccessible) ou 36871 (les informations d'identification TLS ne peuvent pas être créées), et Bureau à distance 1057 ou 1058 (le certificat auto-signé n'a pas pu être créé ou renouvelé). Le message « No events were found » (« Aucun événement… n'a été trouvé » sur un Windows en français) rend ces causes moins probables.</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>La même vérification avec wevtutil : événement Schannel 36870 au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>Avant toute modification, sauvegardez les autorisations du dossier MachineKeys, où Windows conserve les clés privées des certificats de l'ordinateur. Pour annuler les modifications plus tard : icacls C:\ProgramData\Microsoft\Crypto\RSA /restore "%TEMP%\MachineKeys-acl.txt"</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>Affichez les autorisations du dossier : le groupe Administrateurs doit disposer du contrôle total (F) et Tout le monde d'un accès en lecture et en écriture au dossier lui-même. Des entrées manquantes ou le message « Access is denied » (« Accès refusé ») signifient que les autorisations sont endommagées.</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>Si les autorisations sont endommagées, attribuez d'abord au groupe Administrateurs la propriété du dossier et de ses fichiers de clés (en tant qu'administrateur).</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>Accordez ensuite le contrôle total à Système (S-1-5-18) et à Administrateurs (S-1-5-32-544), et l'accès en lecture à SERVICE RÉSEAU (S-1-5-20) ; les identificateurs numériques fonctionnent quelle que soit la langue de Windows. Redémarrez ensuite les services Bureau à distance.</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>Renouvelez le certificat auto-signé du Bureau à distance : supprimez-le et redémarrez les services, qui en créent un nouveau (événement 1056). Cela ferme toutes les sessions à distance ouvertes sur l'ordinateur.</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>Vérifiez si un certificat particulier a été choisi pour le Bureau à distance. Si cette valeur existe, ce certificat doit toujours se trouver dans le magasin « Personnel » de l'ordinateur, avec sa clé privée.</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>Affichez les certificats que le Bureau à distance peut utiliser ; le certificat choisi (ou le certificat auto-signé) doit indiquer HasPrivateKey True et une date NotAfter située dans le futur.</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>Si le certificat choisi a disparu ou est inutilisable, supprimez ce paramètre pour que le Bureau à distance revienne à son certificat auto-signé, puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>Sur l'ordinateur distant, recherchez le certificat qui a été présenté (empreinte numérique {thumbprint}) et affichez ses noms, ses dates et ses rôles. Si rien ne s'affiche, le serveur a envoyé un certificat qui ne se trouve pas dans ces magasins : vérifiez que vous avez atteint le bon ordinateur.</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>Sur l'ordinateur distant, affichez l'empreinte numérique du certificat réellement utilisé par le Bureau à distance. Elle doit être {thumbprint} ; si elle est différente, un autre appareil a répondu à sa place (interception ou autre ordinateur) : n'acceptez pas le certificat.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>Si le certificat provient de l'autorité de certification de votre organisation, faites-en émettre un nouveau (RSA 2048 bits ou plus, SHA-256, rôle Authentification du serveur, avec les noms utilisés par les clients), installez-le dans le magasin « Personnel » de l'ordinateur et sélectionnez-le pour le Bureau à distance, par exemple avec la stratégie de groupe « Modèle de certificat d'authentification du serveur » (en anglais « Server authentication certificate template »).</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>Machine virtuelle cloud que vous ne pouvez pas atteindre autrement : appliquez la correction via la console du fournisseur cloud, et non via le Bureau à distance. Dans Azure : « Exécuter la commande » &gt; ResetRDPCert dans la page de la machine virtuelle, ou la console série ; avec Azure CLI, définissez d'abord VM et RG sur le nom de la machine virtuelle et sur son groupe de ressources. ResetRDPCert définit aussi SecurityLayer sur 0 et MinEncryptionLevel sur 1, ce qui affaiblit la sécurité : rétablissez ces valeurs ensuite (étape suivante).</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>Après ResetRDPCert ou tout test effectué avec une sécurité abaissée, rétablissez des valeurs sûres pour l'écouteur : TLS obligatoire (SecurityLayer 2) et un chiffrement compatible avec les clients (MinEncryptionLevel 2), puis redémarrez les services Bureau à distance.</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>Si le serveur semble sain, un pare-feu, un VPN ou un système de prévention des intrusions situé entre cet ordinateur et le serveur interrompt peut-être les connexions Bureau à distance. Faites un test depuis un ordinateur situé sur le même réseau que le serveur et consultez les journaux des appareils intermédiaires.</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>Sur l'ordinateur distant, consultez les événements Schannel : 36874 (aucune suite de chiffrement en commun avec le client), 36888 (le serveur a envoyé une alerte fatale ; le numéro de l'alerte figure dans le message), 36871 (les informations d'identification TLS n'ont pas pu être créées, souvent parce que des versions de TLS sont désactivées).</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>Affichez les versions de TLS activées ou désactivées dans le Registre. Sous « TLS 1.2\Server », Enabled 0x0 ou DisabledByDefault 0x1 désactive TLS 1.2 ; en l'absence d'entrée, la valeur par défaut de Windows s'applique.</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>Activez TLS 1.2 côté serveur (en tant qu'administrateur) ; Windows ne lit ce paramètre qu'au démarrage : redémarrez donc l'ordinateur ensuite.</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>Redémarrez l'ordinateur distant pour que les nouveaux paramètres TLS prennent effet.</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>Sous Windows Server 2008 R2 ou Windows 7, le Bureau à distance a besoin de la mise à jour KB3080079 pour utiliser TLS 1.1 et 1.2. Les versions plus anciennes de Windows ne peuvent pas être corrigées ainsi : mettez-les à niveau.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>Vérifiez si une stratégie de groupe définit la liste des suites de chiffrement (« Ordre des suites de chiffrement SSL », en anglais « SSL Cipher Suite Order »). Si cette valeur existe, elle remplace les valeurs par défaut de Windows et doit toujours contenir des suites utilisées par les clients Bureau à distance, comme TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 et TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>Affichez les suites de chiffrement proposées par l'ordinateur distant (Windows 10, Windows Server 2016 et versions ultérieures).</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>Sur un serveur Linux avec xrdp, vérifiez que le service est en cours d'exécution et écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>Sur un serveur xrdp, consultez la fin de son journal. Les messages « Error loading TLS certificate chain », « ee key too small » ou « Permission denied » signifient que le certificat ou son fichier de clé est inutilisable.</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>Sur un serveur xrdp, affichez ses paramètres de sécurité. Si certificate et key_file sont vides, ce sont /etc/xrdp/cert.pem et /etc/xrdp/key.pem qui sont utilisés.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>Sous Debian ou Ubuntu, xrdp s'exécute sous l'utilisateur xrdp, qui doit appartenir au groupe ssl-cert pour lire le fichier de clé par défaut.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>Sous Debian ou Ubuntu, lorsque xrdp utilise le certificat par défaut du système (snakeoil), créez-en un nouveau (RSA 2048 bits, SHA-256) et redémarrez xrdp. Les autres services qui utilisent le certificat par défaut reçoivent eux aussi le nouveau certificat.</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>Sur un serveur xrdp, affichez le nom du certificat, sa date d'expiration et son empreinte SHA-1 ; elle doit correspondre à {thumbprint} (openssl sépare les paires de chiffres par des deux-points).</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>Sur un serveur xrdp, autorisez exactement TLS 1.2 et 1.3, puis redémarrez-le.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>Comparez l'horloge de cet ordinateur avec un serveur de temps ; les écarts sont indiqués en secondes.</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>Synchronisez maintenant l'horloge de cet ordinateur (en tant qu'administrateur).</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>Sous Linux, vérifiez l'horloge : la ligne « System clock synchronized: yes » doit s'afficher.</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>Sous Linux, activez la synchronisation automatique de l'heure.</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>Sous macOS, réglez l'horloge à partir du serveur de temps d'Apple.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>Sur l'ordinateur Windows distant, affichez la source de son heure (dans un domaine : un contrôleur de domaine) et synchronisez son horloge.</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>Interrogez le DNS sur ce nom depuis cet ordinateur (Windows) et notez la réponse ou le message d'erreur.</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>Si le nom ou son adresse a changé récemment, videz le cache DNS de cet ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>Le nom d'ordinateur n'existe pas dans le DNS</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>Le DNS, le service qui traduit les noms d'ordinateurs en adresses réseau, a répondu qu'aucun ordinateur nommé {host} n'existe : la connexion ne peut donc même pas commencer. En général, le nom est mal orthographié, il lui manque la partie domaine, ou il n'existe qu'à l'intérieur d'un réseau d'entreprise auquel cet ordinateur n'est pas connecté (par exemple lorsque le VPN est désactivé). Les clients Bureau à distance signalent ce cas par le code d'erreur 0x104 ou 0x208.</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>Vérifiez l'orthographe de {host}. Pour un nom d'ordinateur court, essayez son nom complet, domaine compris (par exemple pc01.corp.example.com), ou l'adresse IP de l'ordinateur.</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>Si l'ordinateur se trouve dans un réseau d'entreprise, connectez-vous d'abord au VPN, puis réessayez.</translation>
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
        <translation>Si le nom devrait exister, demandez à l'administrateur réseau de l'ajouter au DNS. Un ordinateur Windows membre d'un domaine réinscrit son propre nom avec cette commande, exécutée sur l'ordinateur distant.</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>Le nom d'ordinateur n'a pas pu être résolu</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>Cet ordinateur a demandé au DNS l'adresse de {host}, mais n'a obtenu aucune réponse exploitable : le serveur DNS n'a pas répondu à temps ou a signalé un échec. En général, cet ordinateur n'a pas de serveur DNS fonctionnel (pas de réseau, un réseau Wi-Fi qui exige d'abord une connexion sur une page d'accueil, un VPN qui a modifié les paramètres DNS) ou le serveur DNS de l'entreprise est hors service. Les clients Bureau à distance signalent ce cas par le code d'erreur 0x104, 0x508 ou 0x604.</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>Vérifiez que cet ordinateur est connecté à Internet en ouvrant une page web. Sur un réseau Wi-Fi d'hôtel, d'aéroport ou invité, remplissez d'abord la page de connexion du réseau.</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>Affichez les serveurs DNS utilisés par cet ordinateur (Windows). Lorsqu'un VPN est connecté, les serveurs DNS du VPN doivent figurer pour sa carte réseau.</translation>
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
        <translation>Pour contourner le problème, connectez-vous à l'adresse IP de l'ordinateur plutôt qu'à son nom (son administrateur la connaît) ; attendez-vous alors à un avertissement sur le nom du certificat.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>Rien n'écoute sur le port du Bureau à distance</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>L'ordinateur distant à l'adresse {address} est joignable, mais il a refusé la connexion sur le port {port} : aucun programme n'y accepte de connexions. En général, le Bureau à distance est désactivé ou son service est arrêté, il écoute sur un autre port, ou l'ordinateur ou le port indiqué est erroné (quelques pare-feu refusent aussi les connexions de cette façon). Les clients Bureau à distance signalent ce cas par le code d'erreur 0x204.</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>Vérifiez le port : le Bureau à distance utilise le port 3389, sauf si son administrateur l'a modifié. Pour un autre port, indiquez le nom suivi d'un deux-points et du port, par exemple {host}:3390.</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>Sur l'ordinateur distant, vérifiez que le Bureau à distance est autorisé : fDenyTSConnections doit valoir 0x0.</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>Activez le Bureau à distance (en tant qu'administrateur ; Paramètres &gt; Système &gt; Bureau à distance fait la même chose). S'il se désactive de nouveau tout seul, c'est qu'une stratégie de groupe le contrôle : adressez-vous à l'administrateur du domaine.</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>Sur un serveur Linux, démarrez xrdp et configurez-le pour qu'il démarre automatiquement au démarrage du système.</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>Aucune réponse sur le port du Bureau à distance</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>La tentative de connexion à {address} sur le port {port} n'a reçu aucune réponse avant l'expiration du délai. En général, un pare-feu la bloque sans le signaler : le pare-feu Windows Defender de l'ordinateur distant, un pare-feu d'entreprise, un routeur sans redirection de port ou un groupe de sécurité cloud. L'ordinateur distant peut aussi être éteint ou en veille. Les clients Bureau à distance signalent ce cas par le code d'erreur 0x204 ou 0x108.</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>Vérifiez que l'ordinateur distant est allumé et sorti de veille, et que le VPN éventuellement nécessaire pour l'atteindre est connecté.</translation>
    </message>
    <message>
        <source>On the remote computer (as administrator), allow Remote Desktop through Windows Firewall.</source>
        <translation>Sur l'ordinateur distant (en tant qu'administrateur), autorisez le Bureau à distance dans le pare-feu Windows Defender.</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>La même opération avec netsh, depuis une invite de commandes.</translation>
    </message>
    <message>
        <source>On Windows in another language the group name is translated and the two commands above find nothing; the rule&apos;s internal name works in every language.</source>
        <translation>Sur un Windows dans une autre langue que l'anglais, le nom du groupe est traduit (en français : « Bureau à distance ») et les deux commandes ci-dessus ne trouvent rien ; le nom interne de la règle fonctionne dans toutes les langues.</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>Si l'ordinateur distant est une machine virtuelle cloud (Azure, AWS, Google Cloud), son groupe de sécurité réseau ou ses règles de pare-feu doivent autoriser le trafic TCP entrant sur le port {port} depuis votre adresse publique. Dans Azure, la fonction « Vérification du flux IP » (IP flow verify) de Network Watcher indique quelle règle bloque le trafic.</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>Machine virtuelle cloud dont le pare-feu bloque le Bureau à distance : exécutez plutôt la commande de pare-feu via la console du fournisseur cloud (dans Azure : « Exécuter la commande » &gt; RunPowerShellScript, ou la console série). Avec Azure CLI, définissez d'abord VM et RG sur le nom de la machine virtuelle et sur son groupe de ressources.</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>Pour une connexion depuis Internet via un routeur domestique ou d'entreprise, le routeur doit rediriger le port TCP {port} vers l'ordinateur. Un Bureau à distance ouvert à tout Internet attire les attaques par devinette de mots de passe ; un VPN ou une passerelle Bureau à distance est plus sûr.</translation>
    </message>
    <message>
        <source>On a Linux server with ufw (Ubuntu), allow the port.</source>
        <translation>Sur un serveur Linux avec ufw (Ubuntu), autorisez le port.</translation>
    </message>
    <message>
        <source>On a Linux server with firewalld (Fedora, RHEL), allow the port.</source>
        <translation>Sur un serveur Linux avec firewalld (Fedora, RHEL), autorisez le port.</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>Aucun itinéraire réseau ne mène à l'ordinateur distant</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>La tentative de connexion à {address} n'a pas pu aboutir : le réseau a signalé que l'ordinateur ou son réseau est injoignable. En général, cet ordinateur n'est pas connecté au bon réseau (VPN désactivé, mauvais réseau Wi-Fi), l'adresse appartient à un réseau privé accessible uniquement via un VPN, ou un routeur sur le chemin rejette le trafic. Les clients Bureau à distance signalent ce cas par le code d'erreur 0x204.</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>Connectez-vous au réseau auquel appartient l'ordinateur distant (par exemple le VPN de l'entreprise) et réessayez.</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>Affichez l'itinéraire et la carte réseau que cet ordinateur utiliserait pour joindre {address} (Windows) ; une erreur signifie qu'il n'existe aucun itinéraire.</translation>
    </message>
    <message>
        <source>The same on Linux.</source>
        <translation>La même opération sous Linux.</translation>
    </message>
    <message>
        <source>The same on macOS.</source>
        <translation>La même opération sous macOS.</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>Tracez le chemin (Windows) : le dernier routeur qui répond est l'endroit où le trafic s'arrête.</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>Tracez le chemin sous macOS ou Linux.</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>L'établissement des connexions est lent</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>Les connexions à {address} fonctionnent, mais l'établissement d'une connexion a pris plus de 150 ms (valeur médiane de plusieurs tentatives). Le Bureau à distance paraît alors lent, et une liaison lente qui perd aussi des paquets peut faire tomber les sessions (code d'erreur 0x904 avec le code étendu 0x0). Les causes habituelles sont une grande distance, un VPN qui fait passer le trafic par un point éloigné, ou une connexion Wi-Fi ou mobile encombrée.</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>Mesurez le temps aller-retour et la perte de paquets (Windows). Certains serveurs ne répondent pas au ping ; seuls les temps de connexion comptent alors.</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>La même opération sous macOS ou Linux.</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>Déterminez où commencent le retard ou les pertes (Windows ; prend quelques minutes).</translation>
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
        <translation>Sur plusieurs tentatives de connexion à {address} sur le port {port}, certaines ont échoué alors que d'autres ont réussi. Des échecs intermittents indiquent une liaison peu fiable (Wi-Fi, réseau mobile, VPN), un équilibreur de charge ou un routeur dont l'un des chemins est défaillant, ou un serveur ou un pare-feu qui limite le nombre de nouvelles connexions acceptées. Les utilisateurs constatent des connexions qui fonctionnent une fois, puis échouent la suivante avec 0x204 ou 0x904.</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>Répétez le test de connexion 20 fois (Windows) ; chaque « False » correspond à une tentative qui a échoué.</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>Si les échecs dépendent du réseau (Wi-Fi, VPN), essayez-en un autre ; s'ils dépendent de l'heure de la journée, soupçonnez une charge excessive du serveur ou d'un pare-feu.</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>Sur l'ordinateur distant, recherchez dans le journal Système (Observateur d'événements &gt; Journaux Windows &gt; Système) l'événement 1006 (un grand nombre de connexions incomplètes) : le serveur se défend alors contre un afflux de connexions, provenant souvent de scanners Internet lorsque le port {port} est ouvert sur Internet.</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>Vérifiez la limite de connexions de l'écouteur : MaxInstanceCount doit valoir 0xffffffff (aucune limite).</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>Si un équilibreur de charge ou un routeur répartit ce nom entre plusieurs serveurs, testez chaque serveur directement : l'un d'eux est peut-être hors service.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>Le pare-feu de cet ordinateur bloque le port du Bureau à distance</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>Une règle du pare-feu de cet ordinateur bloque ou rejette les connexions sortantes vers le port {port} : la connexion ne quitte donc jamais cet ordinateur. Ces règles proviennent de stratégies de sécurité de l'entreprise, d'un logiciel de sécurité ou d'une règle ajoutée manuellement. Le client Bureau à distance signale alors le code d'erreur 0x204 ou un dépassement du délai d'attente, alors que l'ordinateur distant fonctionne peut-être parfaitement.</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>Sous Windows, affichez les règles de pare-feu activées qui bloquent les connexions sortantes vers le port {port}.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>Si la règle provient de votre organisation (stratégie de groupe ou logiciel de sécurité), demandez au service informatique d'autoriser le Bureau à distance vers {host}. Ne désactivez pas le pare-feu.</translation>
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
        <translation>Sous macOS, le pare-feu intégré ne filtre que les connexions entrantes ; recherchez des règles sortantes dans les logiciels de sécurité ou de pare-feu installés.</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>Le serveur a réinitialisé la connexion pendant la négociation de sécurité</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the MachineKeys folder, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>L'ordinateur distant a accepté la connexion, puis l'a coupée brutalement (réinitialisation) dès que cet ordinateur a demandé à négocier la sécurité, sans aucune réponse. C'est la signature classique du code d'erreur 0x904 avec le code étendu 0x7 : le serveur décroche, puis raccroche avant la fin de la négociation. Le plus souvent, le certificat Bureau à distance du serveur ou sa clé privée est inutilisable (autorisations incorrectes sur le dossier MachineKeys, magasin de certificats endommagé) ; plus rarement, les paramètres de sécurité ne correspondent pas, ou un pare-feu ou un système de prévention des intrusions interrompt la connexion.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>Le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>L'ordinateur distant a accepté la connexion, mais l'a fermée sans répondre dès que cet ordinateur a demandé à négocier la sécurité. Comme pour une réinitialisation, cela se traduit généralement par le code d'erreur 0x904 (code étendu 0x7). Causes fréquentes : les services Bureau à distance refusent les nouvelles connexions (démarrage, arrêt ou surcharge), leur certificat ou leurs paramètres de sécurité sont inutilisables, ou le port mène à un appareil qui accepte les connexions mais n'est pas un serveur Bureau à distance fonctionnel, comme une redirection de port vers un ordinateur éteint.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>Si un routeur, un équilibreur de charge ou un proxy redirige le port, vérifiez qu'il pointe vers le bon ordinateur et que cet ordinateur est en marche.</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>Le serveur n'a pas répondu à temps à la négociation de sécurité</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>La connexion au port {port} a été acceptée, mais aucune réponse complète à la demande de négociation du Bureau à distance n'est arrivée à temps. En général, le port mène à un élément qui accepte les connexions mais ne parle pas le protocole du Bureau à distance (un proxy ou une redirection de port dont la cible est hors service, une passerelle Bureau à distance ou un service web qui attend un autre protocole), ou les services Bureau à distance du serveur sont bloqués. Le client attend, puis échoue, généralement avec le code d'erreur 0x904, 0x108 ou 0x704.</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>Vérifiez que {port} est bien le port du Bureau à distance lui-même. Une passerelle Bureau à distance (généralement sur le port 443) se renseigne comme passerelle dans les paramètres avancés du client, et non comme ordinateur.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>Si un routeur, un équilibreur de charge ou un proxy redirige le port, vérifiez que l'ordinateur cible est en marche et joignable depuis cet appareil.</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>Un autre service que le Bureau à distance répond sur ce port</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>Le programme qui répond sur le port {port} de {address} n'est pas un serveur Bureau à distance : sa réponse ressemble à celle d'un autre service, comme SSH ou un serveur web (les données relevées montrent ses premiers octets). En général, le numéro de port est erroné, ou un routeur redirige le port vers le mauvais ordinateur ou le mauvais service. Un client Bureau à distance ne signale cela que par un échec général, comme le code d'erreur 0x904.</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>Vérifiez le port auprès de l'administrateur du serveur ; le Bureau à distance utilise normalement le port 3389. Le port 22 correspond à SSH ; les ports 80 et 443 correspondent à des services web ou à une passerelle Bureau à distance, qui se renseigne comme passerelle dans les paramètres du client, et non comme ordinateur.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>Sur l'ordinateur Windows distant, affichez le programme qui écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>Sur un serveur Linux, affichez le programme qui écoute sur le port {port}.</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>Si un routeur redirige le port, vérifiez qu'il pointe vers le bon ordinateur et vers son port Bureau à distance.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>La réponse du serveur à la négociation de sécurité est endommagée</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>L'ordinateur distant a répondu au format du Bureau à distance, mais le contenu n'est pas une réponse valide à la demande de négociation (type, longueur ou champs incorrects ; les données relevées contiennent les octets). Cela indique un logiciel serveur Bureau à distance défectueux ou inhabituel, ou un appareil sur le chemin réseau qui modifie le trafic. Le client abandonne, généralement avec le code d'erreur 0x904 ou une erreur de protocole.</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>Si possible, connectez-vous directement, sans proxy, équilibreur de charge ni appareil de sécurité intermédiaire, et relancez le test.</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>Mettez à jour le logiciel serveur Bureau à distance (mises à jour Windows, xrdp, ou logiciel d'accès à distance qui s'intègre au Bureau à distance) et consultez son journal.</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>Envoyez ce rapport, avec les octets figurant dans les données relevées, à l'éditeur du logiciel serveur.</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>Le serveur ne propose que l'ancienne sécurité RDP standard</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>L'ordinateur distant n'autorise que la sécurité RDP standard, le chiffrement d'origine du Bureau à distance, sans TLS : il refuse TLS, ou choisit l'ancienne méthode même lorsque TLS est demandé. De nombreux clients actuels refusent cette méthode, car elle ne permet pas de prouver l'identité du serveur : la connexion échoue donc, souvent avec le code d'erreur 0x904. Sous Windows, cela correspond à SecurityLayer 0 ; sous xrdp, à security_layer=rdp.</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>Sur un serveur xrdp, définissez security_layer=negotiate et redémarrez xrdp (utilisez tls au lieu de negotiate pour refuser complètement la sécurité RDP standard).</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>N'abaissez pas les paramètres de sécurité de cet ordinateur pour vous connecter : c'est le paramètre du serveur qui doit changer.</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>Le serveur n'a aucun certificat utilisable pour une connexion sécurisée</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the MachineKeys folder, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>L'ordinateur distant a répondu qu'il ne peut pas démarrer TLS, car il n'a aucun certificat valide (SSL_CERT_NOT_ON_SERVER). Windows crée normalement lui-même un certificat Bureau à distance auto-signé ; c'est donc sa création ou sa lecture qui a échoué : le plus souvent, la clé privée est illisible à cause d'autorisations incorrectes sur le dossier MachineKeys, le magasin de certificats est endommagé, ou un certificat choisi pour le Bureau à distance a été supprimé. Les clients affichent alors le code d'erreur 0x904 (code étendu 0x7) ou une erreur de sécurité.</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>Le serveur a rejeté les protocoles de sécurité demandés comme incohérents</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>L'ordinateur distant a répondu à la négociation par INCONSISTENT_FLAGS : il estime que la combinaison de protocoles de sécurité demandée est incohérente avec ce qui est déjà en vigueur. Ce cas est rare et indique généralement un logiciel serveur défectueux ou un appareil intermédiaire qui modifie la négociation. Le client ne peut pas continuer et signale un échec général, comme le code d'erreur 0x904.</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>Relancez le test ; si le résultat ne change pas, faites un test depuis un autre réseau, sans proxy ni équilibreur de charge intermédiaire.</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>Installez les mises à jour en attente du logiciel Bureau à distance du serveur ; si le problème persiste, envoyez ce rapport à son éditeur.</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>Le serveur exige le chiffrement TLS</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>L'ordinateur distant refuse l'ancienne sécurité RDP standard et n'accepte que les connexions protégées par TLS (SSL_REQUIRED_BY_SERVER). C'est le paramètre recommandé, et tous les clients Bureau à distance actuels le prennent en charge. Seuls les très anciens clients ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>Rien à modifier sur un client récent. Si un ancien client ne parvient pas à se connecter, mettez le client à jour plutôt que d'abaisser la sécurité du serveur.</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>Le serveur exige l'authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>L'ordinateur distant n'accepte que les clients qui s'authentifient avant le démarrage de la session, au moyen de l'authentification au niveau du réseau (CredSSP, réponse HYBRID_REQUIRED_BY_SERVER). C'est le paramètre par défaut sécurisé de Windows. Le client doit avoir NLA activée et disposer d'informations d'identification valides, et pour un compte de domaine, l'ordinateur distant doit pouvoir joindre un contrôleur de domaine ; sinon, l'ouverture de session échoue avec une erreur d'authentification, et non avec une erreur réseau.</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>Vérifiez que NLA est activée sur le client : dans un fichier .rdp, la ligne enablecredsspsupport:i:0 la désactive. Remplacez-la par enablecredsspsupport:i:1 ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>Ouvrez une session avec un compte autorisé à utiliser le Bureau à distance sur cet ordinateur (membre du groupe Utilisateurs du Bureau à distance ou Administrateurs), sous la forme DOMAINE\utilisateur ou utilisateur@domaine.</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>Uniquement si l'ouverture de session échoue parce que l'ordinateur distant ne peut pas joindre un contrôleur de domaine (message « The Local Security Authority cannot be contacted », ou son équivalent sur un Windows en français) : désactivez NLA pendant une courte durée. Cela affaiblit la sécurité, car toute personne qui atteint le port obtient un écran de connexion ; réactivez-la avec /d 1 dès que la connexion au domaine fonctionne.</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>Le serveur exige un certificat client</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>L'ordinateur distant n'accepte que les connexions TLS dans lesquelles le client prouve lui aussi son identité au moyen d'un certificat (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). Ce paramètre est inhabituel. rdpdiag n'envoie aucun certificat client : il ne peut donc pas poursuivre le test, et les clients qui ne disposent pas du certificat attendu ne peuvent pas se connecter.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>Demandez à l'administrateur du serveur quel certificat client ou quelle carte à puce est exigé, et installez-le sur cet ordinateur.</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>Sur l'ordinateur distant, enregistrez un rapport des paramètres de stratégie de groupe appliqués et ouvrez-le pour trouver le paramètre qui exige l'authentification du client.</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>Le serveur accepte encore la sécurité RDP standard, non sécurisée</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>En plus de TLS, l'ordinateur distant accepte encore la sécurité RDP standard, le chiffrement d'origine du Bureau à distance. Celle-ci ne permet pas de prouver l'identité du serveur : un appareil situé sur le chemin réseau pourrait donc se faire passer pour le serveur et lire ce qui est saisi, y compris les mots de passe. Cela n'empêche pas les connexions, mais cette méthode devrait être désactivée.</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>Dans un domaine, définissez sur SSL la stratégie de groupe Configuration ordinateur &gt; Modèles d'administration &gt; Composants Windows &gt; Services Bureau à distance &gt; Hôte de session Bureau à distance &gt; Sécurité &gt; « Exiger l'utilisation d'une couche de sécurité spécifique pour les connexions à distance (RDP) » (en anglais « Require use of specific security layer for remote (RDP) connections »).</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>Sur un serveur xrdp, n'acceptez que TLS et redémarrez xrdp (un certificat fonctionnel est nécessaire).</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>Le serveur ne propose pas l'authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>L'ordinateur distant ne propose pas CredSSP, le protocole sur lequel repose l'authentification au niveau du réseau (NLA). Sans NLA, toute personne qui atteint le port obtient un écran de connexion, ce qui consomme des ressources du serveur et l'expose aux attaques par devinette de mots de passe et aux attaques avant l'ouverture de session. Les connexions fonctionnent quand même, mais un serveur Windows devrait exiger NLA.</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 ne propose pas NLA ; limitez plutôt l'accès à son port au moyen d'une règle de pare-feu ou d'un VPN.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>Les paramètres de connexion de cet ordinateur ne correspondent pas à la stratégie du serveur</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>Les paramètres du fichier de connexion (.rdp) utilisé ici ne répondent pas aux exigences de l'ordinateur distant ; par exemple, l'authentification au niveau du réseau (CredSSP) est désactivée dans le fichier alors que le serveur l'exige. Le serveur n'est pas en cause : le client abandonne avec le code d'erreur 0x904 ou un message d'authentification. Il suffit de modifier dans le fichier .rdp les lignes indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>Ouvrez le fichier .rdp dans un éditeur de texte (comme le Bloc-notes) et remplacez la ligne enablecredsspsupport:i:0 par enablecredsspsupport:i:1, ou supprimez-la : NLA est activée par défaut.</translation>
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
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the MachineKeys folder, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>L'ordinateur distant a accepté d'utiliser TLS, puis a brutalement réinitialisé la connexion au milieu de la négociation TLS, avant qu'un canal sécurisé soit établi. C'est le schéma typique du code d'erreur 0x904 avec le code étendu 0x7. Le plus souvent, le serveur ne peut pas utiliser la clé privée de son certificat (autorisations incorrectes sur le dossier MachineKeys, magasin de certificats endommagé) ; plus rarement, TLS 1.2 ou les suites de chiffrement nécessaires sont désactivés sur le serveur, ou un pare-feu ou un système de prévention des intrusions interrompt les connexions TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong MachineKeys permissions or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>L'ordinateur distant a accepté d'utiliser TLS, mais a fermé la connexion pendant la négociation, sans message d'erreur. Comme pour une réinitialisation, la raison habituelle est que le serveur ne peut pas utiliser son certificat ou sa clé privée : sous Windows, des autorisations MachineKeys incorrectes ou un magasin de certificats endommagé ; sous xrdp, un fichier de clé qu'il ne peut pas lire ou un certificat rejeté par sa bibliothèque TLS (par exemple une clé de moins de 2048 bits). Les clients signalent le code d'erreur 0x904, ou 0x4 ou 0x2104 dans les applications Mac et iOS.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>La négociation TLS s'est bloquée</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>L'ordinateur distant a accepté d'utiliser TLS, mais la négociation a cessé de progresser et le délai a expiré. Une cause probable, surtout via un VPN, est un chemin qui ne peut pas transporter des paquets de taille maximale (trou noir MTU) : les petits messages passent, mais le certificat du serveur, envoyé dans de grands paquets, n'arrive jamais. Un serveur surchargé ou un appareil de sécurité qui retient la connexion produit les mêmes symptômes. Les clients restent bloqués sur « Securing connection » (« Sécurisation de la connexion » en français), puis échouent, souvent avec le code d'erreur 0x904.</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>Vérifiez que les paquets de taille maximale passent (Windows) : 1372 octets de données plus 28 octets d'en-têtes font 1400. Le message « Packet needs to be fragmented » (« Le paquet doit être fragmenté » sur un Windows en français) ou l'absence de réponse, alors qu'un ping simple fonctionne, indique un problème de MTU.</translation>
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
        <source>Lower the MTU of the VPN connection (for example to 1350) in the VPN client&apos;s settings, or ask the network administrator to enable MSS clamping on the VPN gateway; then try again.</source>
        <translation>Réduisez la MTU de la connexion VPN (par exemple à 1350) dans les paramètres du client VPN, ou demandez à l'administrateur réseau d'activer le MSS clamping sur la passerelle VPN ; puis réessayez.</translation>
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
        <translation>L'ordinateur distant a mis fin à la négociation TLS par un message d'alerte, nommé dans les données relevées. L'alerte 40 (handshake failure) signifie généralement que le serveur et le client n'ont aucune suite de chiffrement en commun, l'alerte 70 (protocol version) aucune version de TLS en commun ; les autres alertes indiquent une erreur de certificat ou de configuration sur le serveur. Cela survient généralement après la désactivation de versions de TLS ou de suites de chiffrement par un script de durcissement ou une stratégie de groupe, et les clients signalent le code d'erreur 0x904 (code étendu 0x7).</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>Le serveur ne prend en charge ni TLS 1.2 ni TLS 1.3</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>L'ordinateur distant ne mène à bien une négociation TLS ni avec TLS 1.2 ni avec TLS 1.3, les versions qu'attendent les clients actuels ; beaucoup n'acceptent plus du tout TLS 1.0 ou 1.1. Ce problème provient d'anciens serveurs (Windows Server 2008 R2 et versions antérieures sans mises à jour) ou d'un paramètre du Registre qui désactive TLS 1.2. La connexion échoue pendant sa sécurisation, généralement avec le code d'erreur 0x904.</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>Le serveur accepte encore les versions obsolètes TLS 1.0 ou TLS 1.1</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>L'ordinateur distant accepte encore TLS 1.0 ou TLS 1.1 (les données relevées indiquent laquelle). Ces deux versions présentent des faiblesses connues et ne sont plus utilisées. Les connexions ne sont pas affectées, mais le serveur ne devrait accepter que TLS 1.2 et versions ultérieures, dès que tous les clients qui s'y connectent prennent en charge TLS 1.2.</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>Avant de désactiver les anciennes versions, vérifiez que tous les clients prennent en charge TLS 1.2 (Windows 7 a besoin de la mise à jour KB3080079 pour le Bureau à distance). La modification concerne aussi les autres programmes du serveur qui utilisent TLS, comme un serveur web ou SQL Server.</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>Désactivez TLS 1.0 et 1.1 côté serveur (en tant qu'administrateur), puis redémarrez l'ordinateur.</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>Le serveur accepte un chiffrement faible</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>L'ordinateur distant accepte au moins une suite de chiffrement faible (RC4, 3DES, NULL ou EXPORT ; les données relevées la nomment). Une personne qui enregistre le trafic pourrait casser ce chiffrement, et les suites NULL ne chiffrent rien du tout. Les connexions fonctionnent, mais ces suites devraient être désactivées.</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>Désactivez les suites faibles (Windows 10, Windows Server 2016 et versions ultérieures ; en tant qu'administrateur).</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>Sur toutes les versions de Windows, désactivez les algorithmes de chiffrement faibles directement dans Schannel (en tant qu'administrateur, depuis une invite de commandes), puis redémarrez l'ordinateur.</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>Sur un serveur xrdp, n'autorisez que des suites de chiffrement robustes et redémarrez xrdp (si xrdp.ini ne contient pas de ligne tls_ciphers, ajoutez tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 sous [Globals]).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because the private keys in the MachineKeys folder cannot be written (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) a dépassé sa date d'expiration. Les clients affichent un avertissement, et certains refusent de se connecter. Windows renouvelle lui-même son certificat Bureau à distance auto-signé : un certificat expiré signifie donc que le renouvellement a échoué, généralement parce que les clés privées du dossier MachineKeys ne peuvent pas être écrites (événement 1058) ; un certificat émis par une autorité de certification doit être renouvelé par son administrateur.</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>Si les dates semblent correctes sur le serveur, vérifiez la date et l'heure de cet ordinateur : une horloge réglée dans le futur fait paraître expirés des certificats valides.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Le certificat du serveur n'est pas encore valide</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) ne deviendra valide qu'à une date future. Presque toujours, une horloge est déréglée : l'horloge de cet ordinateur retarde, ou celle du serveur avançait lorsqu'il a créé le certificat. Les clients affichent un avertissement ou refusent de se connecter, et une horloge déréglée empêche aussi l'authentification au niveau du réseau (NLA).</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>Si les deux horloges sont justes et qu'il s'agit du certificat auto-signé, renouvelez-le : supprimez-le et redémarrez les services, qui en créent un nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>Le certificat du serveur expire dans moins de 30 jours</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) expire dans les 30 prochains jours. Rien n'échoue pour l'instant, mais ensuite les clients afficheront un avertissement ou refuseront de se connecter. Windows renouvelle lui-même son certificat Bureau à distance auto-signé ; un certificat émis par une autorité de certification doit être renouvelé à temps.</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>Pour le certificat auto-signé, vérifiez que le renouvellement automatique fonctionne : les événements 1057 ou 1058 signalent des échecs, généralement dus aux autorisations du dossier MachineKeys.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>Le serveur utilise un certificat auto-signé</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>Le certificat de l'ordinateur distant (empreinte numérique {thumbprint}) a été signé par l'ordinateur lui-même, comme le fait Windows par défaut pour le Bureau à distance. Les clients ne peuvent pas le vérifier auprès d'une autorité approuvée : ils demandent donc s'il faut lui faire confiance, et certains clients mobiles gèrent mal ce cas. C'est normal, mais avant d'accepter, vérifiez que l'empreinte numérique affichée par le client est bien celle du serveur.</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>Lorsque le client vous le demande, comparez l'empreinte numérique qu'il affiche avec {thumbprint} ; n'acceptez et ne mémorisez le certificat que si elles correspondent.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>Le certificat du serveur n'est pas approuvé par cet ordinateur</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) ne remonte pas à une autorité de certification approuvée par cet ordinateur. En général, il a été émis par l'autorité de certification propre à une entreprise, dont le certificat racine n'est pas installé ici, ou le serveur n'envoie pas les certificats intermédiaires. Les clients demandent s'il faut lui faire confiance ; ne l'acceptez qu'après avoir vérifié l'empreinte numérique.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>Si le certificat provient de l'autorité de certification de votre organisation, installez son certificat racine sur cet ordinateur (les services informatiques le font généralement par stratégie de groupe ou par un outil de gestion des appareils).</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>Installez les certificats intermédiaires de la chaîne dans le magasin « Autorités de certification intermédiaires » de l'ordinateur distant, afin qu'il envoie la chaîne complète.</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>Le certificat est délivré à un autre nom</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>Le nom utilisé pour la connexion, {host}, n'est ni l'objet du certificat ni l'un de ses autres noms (les données relevées indiquent les noms qu'il contient). Cela se produit lors d'une connexion par adresse IP, par nom court ou via un alias, car le certificat auto-signé de Windows ne contient que le nom complet de l'ordinateur. Les clients avertissent que l'identité du serveur ne peut pas être vérifiée ; cela peut aussi signifier qu'un autre ordinateur a répondu.</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>Connectez-vous avec un nom contenu dans le certificat (voir les données relevées), généralement le nom complet de l'ordinateur, par exemple pc01.corp.example.com.</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>Pour vous connecter à {host} sans avertissement, faites émettre par votre autorité de certification un certificat qui indique {host} comme autre nom de l'objet, et sélectionnez-le pour le Bureau à distance.</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>Si les noms n'ont rien à voir avec l'ordinateur attendu, arrêtez-vous : un autre appareil répond à cette adresse (adresse erronée, mauvaise redirection de port ou interception).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>La clé du certificat est trop courte</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) utilise une clé RSA de moins de 2048 bits, ou une clé d'une faiblesse comparable. Ces clés peuvent être cassées avec une puissance de calcul suffisante, et les bibliothèques TLS actuelles les rejettent : un serveur xrdp doté d'un tel certificat ne peut mener à bien aucune négociation TLS. Remplacez-le par un certificat dont la clé compte au moins 2048 bits.</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>Le certificat est signé avec un algorithme obsolète</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) est signé avec SHA-1 ou MD5. Ces algorithmes sont cassés : une telle signature ne prouve plus qui a émis le certificat, et les clients actuels peuvent le rejeter. Remplacez-le par un certificat signé avec SHA-256 ou un algorithme plus robuste.</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>Le certificat n'est pas destiné à l'authentification du serveur</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>Le certificat présenté par l'ordinateur distant (empreinte numérique {thumbprint}) indique ses rôles autorisés (utilisation améliorée de la clé), et Authentification du serveur n'en fait pas partie : il n'est donc pas destiné à identifier un serveur. Les clients peuvent le refuser, et Windows consigne l'événement 1054 lorsqu'un certificat choisi pour le Bureau à distance n'a pas le bon rôle. En général, le mauvais certificat a été sélectionné, ou il a été émis à partir du mauvais modèle.</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>Le serveur a interrompu l'authentification au niveau du réseau (NLA)</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>Après la négociation TLS, l'ordinateur distant a mis fin à la connexion au lieu de démarrer l'authentification au niveau du réseau (CredSSP) avec le message NTLM envoyé par rdpdiag ; rdpdiag n'envoie jamais de nom d'utilisateur ni de mot de passe. En général, NTLM est désactivé sur le serveur ou dans son domaine, si bien que seule l'ouverture de session Kerberos fonctionne, ou le CredSSP du serveur est défaillant. Les clients qui ne peuvent pas utiliser Kerberos, comme les Mac ou les ordinateurs hors du domaine, échouent alors avec le code d'erreur 0x904 ou une erreur d'authentification (0x207 dans l'application Mac).</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>Vérifiez si le trafic NTLM entrant est refusé sur l'ordinateur distant : RestrictReceivingNTLMTraffic 0x2 signifie « tout refuser ».</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>Consultez les événements NTLM de l'ordinateur distant (les ouvertures de session NTLM bloquées ou auditées y apparaissent lorsque l'audit NTLM est activé).</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>Si NTLM est désactivé volontairement, connectez-vous avec Kerberos : utilisez le nom DNS complet de l'ordinateur (et non une adresse IP), ouvrez la session sous la forme utilisateur@domaine et vérifiez que cet ordinateur peut joindre un contrôleur de domaine (sur un Mac, une configuration Kerberos pour le domaine est nécessaire).</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>Un ordinateur qui n'appartient pas à un domaine a besoin de NTLM pour vérifier ses comptes locaux : n'y refusez pas le trafic NTLM entrant.</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>Le CredSSP du serveur est antérieur au correctif de sécurité de 2018</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>L'ordinateur distant utilise une version de CredSSP, le protocole sur lequel repose l'authentification au niveau du réseau (NLA), antérieure au correctif de mai 2018 pour CVE-2018-0886 (la faille « encryption oracle »). Les clients à jour dotés de la stratégie par défaut (AllowEncryptionOracle = Mitigated) refusent de se connecter à un tel serveur et affichent « Une erreur d'authentification s'est produite » en mentionnant la correction d'oracle de chiffrement CredSSP (CredSSP encryption oracle remediation). La solution consiste à mettre à jour le serveur ; modifier la stratégie du client n'est qu'un contournement temporaire.</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>Installez les mises à jour Windows actuelles sur l'ordinateur distant (toutes les mises à jour cumulatives publiées depuis mai 2018 contiennent le correctif) et redémarrez-le.</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>Affichez les dernières mises à jour installées sur l'ordinateur distant.</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>Maintenez aussi cet ordinateur à jour : le correctif est nécessaire des deux côtés.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>Vérifiez la stratégie de cet ordinateur : AllowEncryptionOracle 0 = Force updated clients (« Forcer les clients mis à jour »), 1 = Mitigated (« Atténué »), 2 = Vulnerable (« Vulnérable ») ; en l'absence de valeur, la valeur par défaut Mitigated (« Atténué ») s'applique.</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>Uniquement comme contournement temporaire en attendant la mise à jour du serveur, et uniquement sur un réseau de confiance : autorisez les connexions aux serveurs non corrigés (en tant qu'administrateur). Cela rouvre la vulnérabilité sur cet ordinateur ; supprimez ce contournement à l'étape suivante.</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>Supprimez le contournement dès que le serveur est mis à jour.</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>L'horloge du serveur diffère de plus de 5 minutes de celle de cet ordinateur</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>L'heure indiquée par l'ordinateur distant pendant l'authentification au niveau du réseau (NLA) diffère de plus de 5 minutes de l'horloge de cet ordinateur (les données relevées indiquent l'écart exact). Kerberos, utilisé pour les ouvertures de session de domaine, tolère au plus 5 minutes d'écart : l'ouverture de session peut donc échouer avec une erreur d'authentification, et des certificats peuvent paraître expirés ou pas encore valides. Les horloges sont comparées en temps universel : un fuseau horaire incorrect compte donc même lorsque l'heure affichée semble juste.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>Comparez directement l'horloge de cet ordinateur avec celle de l'ordinateur distant (fonctionne si celui-ci répond aux requêtes de temps, comme le font les contrôleurs de domaine).</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>Vérifiez le paramètre de fuseau horaire des deux ordinateurs : l'heure affichée peut sembler juste alors que le fuseau horaire, et donc l'heure réelle, est incorrect.</translation>
    </message>
    <message>
        <source>The built-in rule covers only the default port 3389. If Remote Desktop was moved to another port, add a rule for that port (the command uses {port}).</source>
        <translation>La règle intégrée ne couvre que le port par défaut 3389. Si le Bureau à distance a été déplacé vers un autre port, ajoutez une règle pour ce port (la commande utilise {port}).</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>Si l'adresse est une adresse IPv6 (elle contient des deux-points) et que ce réseau ne dispose pas d'IPv6, connectez-vous plutôt à l'adresse IPv4 de l'ordinateur.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag : impossible d'écrire le fichier journal %1 : %2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>Détermine pourquoi une connexion Bureau à distance échoue (par exemple code d'erreur 0x904, code d'erreur étendu 0x7) : vérifie la résolution de noms, TCP, la négociation de sécurité RDP, TLS, le certificat et CredSSP, puis indique ce qu'il faut corriger.</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>Afficher le rapport JSON au lieu d'un résumé.</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>Délai imparti à chaque étape réseau, en millisecondes (5000 par défaut).</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>Port à utiliser si TARGET n'en indique aucun (3389 par défaut).</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>Code d'erreur affiché par le client Bureau à distance, par exemple 0x904.</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>Code d'erreur étendu affiché par le client, par exemple 0x7.</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>Consigner les détails sur la sortie d'erreur standard.</translation>
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
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage.
</source>
        <translation>
Codes de sortie : 0 aucune erreur détectée, 1 au moins une erreur détectée, 2 entrée ou utilisation incorrecte.
</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout doit être un nombre de millisecondes compris entre 1 et %1, et non « %2 »</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port doit être un nombre compris entre 1 et 65535, et non « %1 »</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code « %1 » n'est pas un code d'erreur (essayez 0x904)</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code « %1 » n'est pas un code d'erreur (essayez 0x7)</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>aucune cible indiquée : indiquez l'ordinateur à vérifier (voir --help)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>une seule cible à la fois (%1 indiquées : %2)</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>Error code %1 (extended %2)</source>
        <translation>Code d'erreur %1 (étendu %2)</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Code d'erreur %1</translation>
    </message>
    <message>
        <source>Extended error code %1</source>
        <translation>Code d'erreur étendu %1</translation>
    </message>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>la négociation TLS et le certificat du serveur</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>l'ouverture de session : nom d'utilisateur, mot de passe, verrouillage du compte et droit « Autoriser l'ouverture de session par les services Bureau à distance »</translation>
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
        <translation>les journaux des événements du serveur (Système : Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</translation>
    </message>
    <message>
        <source>The connection fails: %1.</source>
        <translation>La connexion échoue : %1.</translation>
    </message>
    <message>
        <source>%1 is explained: %2.</source>
        <translation>%1 s'explique ainsi : %2.</translation>
    </message>
    <message>
        <source>%1 is not what this problem usually causes, but this problem alone stops the connection: %2.</source>
        <translation>%1 n'est généralement pas causé par ce problème, mais ce problème suffit à lui seul à empêcher la connexion : %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is not explained by anything this run could see from here. Look next at: %3.</source>
        <translation>%1 (%2) ne s'explique par rien de ce que cette analyse a pu observer d'ici. Vérifiez ensuite : %3.</translation>
    </message>
    <message>
        <source>No problem that stops a connection was found. Not checked from here: %1.</source>
        <translation>Aucun problème empêchant la connexion n'a été détecté. Non vérifié d'ici : %1.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>Aucune information : le client n'a donné aucune raison.</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>La connexion a été fermée sur cet ordinateur (par vous ou par l'application) ; il ne s'agit pas d'une erreur.</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>Un utilisateur côté distant a mis fin à la session (fermeture de session ou déconnexion).</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>Le serveur a mis fin à la session (par exemple un administrateur ou une limite de temps) ; il ne s'agit pas d'une erreur de connexion.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Signalé par des utilisateurs des applications Mac et iOS : la session s'est terminée pendant l'établissement de la connexion ; avec les serveurs xrdp, le journal du serveur indique un échec de la négociation TLS.</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>Le nom d'ordinateur est introuvable (échec de la recherche DNS).</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>Le client manque de mémoire.</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>Le délai de la tentative de connexion a expiré : l'ordinateur distant n'a pas répondu.</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>La connexion n'a pas pu être ouverte : l'accès à distance est désactivé, l'ordinateur est éteint ou injoignable, ou un pare-feu fait obstacle.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Signalé par des utilisateurs de l'application Mac : l'ouverture de session a échoué. Causes constatées : un mot de passe expiré ou incorrect, NTLM désactivé sur le serveur, ou un échec de l'ouverture de session Kerberos.</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>Le nom d'ordinateur est introuvable.</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>L'envoi de données à l'ordinateur distant a échoué : la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>L'adresse IP indiquée n'est pas valide.</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>La réception de données de l'ordinateur distant a échoué : la connexion a été interrompue.</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>Le serveur a envoyé des données de sécurité que le client n'a pas pu accepter.</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>Erreur interne du client.</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>La méthode de chiffrement n'est pas valide.</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>Le nom d'ordinateur n'a pas pu être converti en adresse.</translation>
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
        <translation>Le client n'a pas pu lire le certificat du serveur.</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>Signalé par des utilisateurs : la connexion à la session console a échoué, car vous avez déjà une session console (par exemple en vous connectant à l'ordinateur que vous utilisez).</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>L'adresse IP n'est pas valide.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>Échec de l'ouverture de session : le nom d'utilisateur ou le mot de passe n'a pas été accepté.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>Échec de la gestion des licences Bureau à distance.</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>La connexion a été fermée par l'ordinateur distant ou par le réseau après son ouverture (socket fermé).</translation>
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
        <translation>Échec de l'ouverture de session : le compte d'utilisateur n'existe pas.</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>Erreur de chiffrement.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>Échec de l'ouverture de session : le compte d'utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>Erreur de déchiffrement.</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>Échec de l'ouverture de session : une restriction de compte l'empêche (par exemple l'appartenance au groupe Protected Users).</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>Le client n'a pas pu décompresser les données envoyées par le serveur.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>Échec de l'ouverture de session : le compte d'utilisateur est verrouillé.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>Échec de l'ouverture de session : le compte d'utilisateur a expiré.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>Échec de l'ouverture de session : le mot de passe a expiré.</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>Signalé par des utilisateurs : le client a détecté une erreur de protocole et a déconnecté la session.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>Échec de l'ouverture de session : le mot de passe doit être changé avant l'ouverture de session.</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>Échec de l'ouverture de session : une stratégie de délégation des informations d'identification n'autorise pas l'envoi de vos informations d'identification à ce serveur.</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>Échec de l'ouverture de session en raison d'une stratégie qui n'autorise que l'authentification NTLM.</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>Échec de l'ouverture de session : aucune autorité n'a pu vérifier les informations d'identification (un contrôleur de domaine ou un serveur Kerberos est injoignable).</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>Échec de l'ouverture de session : un certificat utilisé pour l'ouverture de session a expiré.</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>Échec de l'ouverture de session : code PIN de la carte à puce incorrect.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Signalé par des utilisateurs de l'application Mac comme une erreur de protocole avec les serveurs xrdp ; la création d'un nouveau certificat sur le serveur a résolu le problème.</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>Échec de l'ouverture de session : le serveur n'accepte pas les informations d'identification enregistrées ; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>Échec de l'ouverture de session : la carte à puce est bloquée.</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>Signalé par des utilisateurs : vous n'avez peut-être pas l'autorisation d'ouvrir une session à distance (le compte ne fait pas partie du groupe Utilisateurs du Bureau à distance).</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>Aucune information supplémentaire ; cas typique lorsque le réseau ou le serveur a simplement fermé la connexion.</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>Un outil d'administration a déconnecté la session.</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>Un outil d'administration a fermé la session.</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>La limite de temps d'inactivité de la session a été atteinte.</translation>
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
        <translation>L'utilisateur n'a pas le droit de se connecter.</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>Le serveur n'accepte pas les informations d'identification enregistrées ; saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>La session a été déconnectée par un utilisateur au moyen d'un outil d'administration.</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>L'utilisateur a fermé sa session.</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>L'ordinateur distant est en cours d'arrêt.</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>L'ordinateur distant est en cours de redémarrage.</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>Erreur interne de la gestion des licences Bureau à distance.</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>Aucun serveur de licences Bureau à distance n'est disponible.</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>Aucune licence Bureau à distance n'est disponible pour ce client.</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>Le serveur a reçu du client un message de licence non valide.</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>L'identificateur matériel du client ne correspond pas à sa licence.</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>La licence du client n'est pas valide.</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>L'échange de licences n'a pas pu aboutir (problème réseau pendant la gestion des licences).</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>Le client a mis fin à l'échange de licences.</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>Un message de licence n'a pas été chiffré correctement.</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>La licence du client n'a pas pu être mise à niveau ni renouvelée.</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>Le serveur ne dispose pas de licence pour accepter des connexions à distance.</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>Le client n'a pas pu créer son magasin de licences : accès refusé.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Les informations d'identification ne sont pas valides.</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>Erreur du protocole Bureau à distance (codes 0x1000 à 0x7fff) ; le journal des événements du serveur contient les détails.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 ne figure pas dans la liste publiée par Microsoft. Les codes qui se terminent par 07 correspondent généralement à des erreurs d'ouverture de session (authentification au niveau du réseau).</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 ne figure pas dans la liste publiée par Microsoft. Les codes qui se terminent par 04 ou 08 correspondent généralement à des erreurs réseau ou de délai d'attente.</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 n'est pas un code d'erreur étendu connu.</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 n'est pas un code d'erreur connu.</translation>
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
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CredSSP</source>
        <translation>CredSSP</translation>
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
        <translation>Erreur signalée par l'utilisateur</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1, étendu %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>Anonymisé : les noms d'utilisateur, d'hôte, d'ordinateur et de domaine, les noms figurant dans les certificats et les adresses IP sont remplacés par des substituts tels que host-1, user-1 et 10.x.x.1.</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>L'analyse a été annulée : ce qui suit est incomplet.</translation>
    </message>
    <message>
        <source>Nothing found that stops a connection</source>
        <translation>Aucun problème empêchant la connexion n'a été détecté</translation>
    </message>
    <message>
        <source>The connection fails</source>
        <translation>La connexion échoue</translation>
    </message>
    <message>
        <source>Connections work, with warnings</source>
        <translation>Les connexions fonctionnent, avec des avertissements</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>Constat principal :</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>Cette analyse n'a pas pu vérifier :</translation>
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
        <translation>Sur le client :</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>Sur le serveur :</translation>
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
        <source>Name resolution (DNS)</source>
        <translation>Résolution de noms (DNS)</translation>
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
        <source>TCP connection</source>
        <translation>Connexion TCP</translation>
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
        <source>Failed repeat attempts</source>
        <translation>Tentatives répétées en échec</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>Négociation de sécurité (X.224)</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>sélectionné : %1</translation>
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
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
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
        <translation>Autres noms de l'objet</translation>
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
        <source>Chain verification</source>
        <translation>Vérification de la chaîne</translation>
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
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (authentification au niveau du réseau)</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>Version de CredSSP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d'erreur</translation>
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
        <translation>Écart d'horloge</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>All facts (as in report.json)</source>
        <translation>Tous les faits (tels que dans report.json)</translation>
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
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>le fichier n'est pas un texte UTF-16 valide</translation>
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
        <translation>le fichier ne contient pas de paramètre « full address »</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>le paramètre « full address » est vide</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>n'est pas une chaîne de caractères</translation>
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
        <translation>n'est ni true ni false</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>n'est pas un nombre</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>n'est pas un nombre entier compris entre %1 et %2</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>n'est pas une liste</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>n'est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>« %1 » n'est pas une heure au format ISO 8601</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>n'est pas une suite d'octets hexadécimaux</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » ne fait pas partie des valeurs %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>« %1 » n'est pas un identifiant connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>« %1 » n'est pas un protocole</translation>
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
        <translation>« %1 » n'est pas une étape</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>« %1 » n'est ni argument ni rdp-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>« %1 » n'est pas un code de constat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>« %1 » n'est pas un code hexadécimal</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>n'est pas une durée</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>n'est pas rdpdiag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>« %1 » n'est pas un code de référence</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>étape répertoriée deux fois</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>ce n'est pas un rapport rdpdiag (aucun champ « schema »)</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>le rapport utilise le schéma %1, créé par une version plus récente de rdpdiag ; cette version lit le schéma %2</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>ce n'est pas un rapport rdpdiag (schéma « %1 », %2 attendu)</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>le rapport dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>le rapport n'est pas un JSON valide (%1 à l'octet %2)</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>ce n'est pas un rapport rdpdiag (ce n'est pas un objet JSON)</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>Le fichier .rdp désactive l'authentification au niveau du réseau (enablecredsspsupport:i:0), mais %1 l'exige.</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>Le fichier .rdp exige l'authentification du serveur (authentication level:i:1), mais %1 ne propose que la sécurité RDP standard, qui ne permet pas d'authentifier le serveur.</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>le certificat n'est pas délivré à %1</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>Le fichier .rdp exige l'authentification du serveur (authentication level:i:1), mais le certificat du serveur ne passe pas cette vérification : %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>Le nom « %1 » n'existe pas dans le DNS (le serveur de noms a répondu NXDOMAIN).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>Le nom « %1 » existe, mais le DNS n'a aucune adresse IPv4 ni IPv6 pour celui-ci.</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>Aucun serveur de noms n'a répondu pour « %1 » dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>La résolution de « %1 » a échoué : %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 a refusé la connexion au bout de %2 ms : l'ordinateur est joignable, mais rien n'accepte de connexions sur le port %3.</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 n'a pas répondu à la tentative de connexion dans un délai de %2 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>%1 est injoignable depuis cet ordinateur : %2.</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>L'établissement d'une connexion à %1 a pris %2 ms (médiane de %3 tentatives).</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>Tentatives de connexion à %3 en échec : %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 a accepté la connexion TCP, puis l'a réinitialisée %2 ms après avoir reçu le message X.224 Connection Request, sans répondre.</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 a fermé la connexion %2 ms après avoir reçu le message X.224 Connection Request, sans répondre.</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 a fermé la connexion après n'avoir envoyé que %2 octets d'un message Connection Confirm.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 a accepté la connexion TCP, mais n'a envoyé aucun message Connection Confirm complet dans un délai de %2 ms (%3 octets reçus).</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>Ce qui répond sur %1 n'est pas un serveur Bureau à distance ; il a envoyé : « %2 ».</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 a répondu par un paquet TPKT qui n'est pas un message Connection Confirm valide (%2).</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>Alors que TLS était demandé, %1 a sélectionné la sécurité RDP standard : il ne propose ni TLS ni l'authentification au niveau du réseau.</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>%1 a répondu SSL_NOT_ALLOWED_BY_SERVER à une demande de %2 : il est configuré pour la sécurité RDP standard uniquement.</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>%1 a répondu SSL_CERT_NOT_ON_SERVER à une demande de %2 : il n'a aucun certificat utilisable pour TLS.</translation>
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
        <translation>%1 exige l'authentification au niveau du réseau : il a répondu HYBRID_REQUIRED_BY_SERVER à une demande de %2.</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 exige TLS avec un certificat client (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>%1 accepte encore la sécurité RDP standard lorsqu'un client la demande.</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>%1 n'a pas sélectionné CredSSP (authentification au niveau du réseau) alors qu'il lui était demandé.</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1, d'après le fichier .rdp</translation>
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
        <translation>le nom n'existe pas</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>le nom n'a aucune adresse</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>aucune réponse du serveur de noms</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>échec de la résolution : %1</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>connecté à %1 (médiane %2 ms, échecs : %3 sur %4 tentatives)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>le serveur a sélectionné %1 ; il accepte : %2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>le serveur a refusé : %1 ; il accepte : %2</translation>
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
        <translation>non utilisé : le serveur a sélectionné la sécurité RDP standard</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>non utilisé : le serveur n'a pas sélectionné CredSSP</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
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
        <translation>« %1 » n'est pas un nom d'ordinateur</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>le nom d'ordinateur dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>« %1 » contient une partie vide entre deux points</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>une partie du nom d'ordinateur dépasse %1 caractères : « %2 »</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>une partie d'un nom d'ordinateur ne peut ni commencer ni se terminer par « - » : « %1 »</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>aucun nom d'ordinateur ni aucune adresse n'a été indiqué</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>%1 n'est pas autorisé dans un nom d'ordinateur : « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>« %1 » n'est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>aucun numéro de port après « : »</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>port non valide « %1 » : utilisez un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>crochets non appariés dans « %1 » : écrivez une adresse IPv6 sous la forme [adresse] ou [adresse]:port</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>crochets inattendus dans « %1 » : écrivez une adresse IPv6 sous la forme [adresse] ou [adresse]:port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>« %1 » n'est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>texte inattendu « %1 » après « ] »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>« %1 » ressemble à une URL : indiquez uniquement le nom ou l'adresse de l'ordinateur, éventuellement suivi de :port</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>« %1 » n'est pas une adresse IPv6 valide (écrivez [adresse]:port pour indiquer un port)</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>aucun nom d'ordinateur ni aucune adresse avant « : »</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>impossible d'ouvrir « %1 » : le fichier n'existe pas</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>impossible de lire « %1 » : il s'agit d'un dossier, et non d'un fichier</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>impossible de lire « %1 » : ce n'est pas un fichier normal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>« %1 » est trop volumineux pour un fichier Bureau à distance (%2 octets, %3 au maximum)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>« %1 » est trop volumineux pour un fichier Bureau à distance (plus de %2 octets)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>« %1 » : le port du serveur %2 n'est pas un nombre compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>« %1 » : l'adresse complète (full address) n'est pas utilisable : %2</translation>
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
        <translation>L'analyse a été annulée ; ce qui suit est incomplet.</translation>
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
        <translation>Comment corriger :</translation>
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
        <translation>Cible :      %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Adresses :   %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>Analyse :    %1 UTC, %2 ms, rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation> (annulée : incomplète)</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>Signalé :    code d'erreur %1, code étendu %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>Anonymisé :  les noms et les adresses sont remplacés par des substituts</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>Étapes :     %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>Correction principale (%1) :</translation>
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
        <translation>  (aucune étape de correction : voir report.html)</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>Aucune correction nécessaire : rien n'empêche la connexion.</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>Détails : report.html et report.json dans l'archive (référence %1).</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>Erreurs : %1, avertissements : %2, informations : %3</translation>
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
</context>
</TS>
