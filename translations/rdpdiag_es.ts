<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>rdpdiag::Catalogue</name>
    <message>
        <source>Unknown finding code %1</source>
        <translation>Código de hallazgo desconocido %1</translation>
    </message>
    <message>
        <source>This is a defect in rdpdiag: the catalogue does not define this code. Please report it together with this report.</source>
        <translation>Se trata de un defecto de rdpdiag: el catálogo no define este código. Notifíquelo adjuntando este informe.</translation>
    </message>
    <message>
        <source>Test the port from this computer (Windows): &apos;TcpTestSucceeded : True&apos; means a connection could be opened.</source>
        <translation>Pruebe el puerto desde este equipo (Windows): &apos;TcpTestSucceeded : True&apos; significa que se pudo abrir una conexión.</translation>
    </message>
    <message>
        <source>The same test on macOS or Linux: &apos;succeeded&apos; or &apos;open&apos; means a connection could be opened.</source>
        <translation>La misma prueba en macOS o Linux: &apos;succeeded&apos; u &apos;open&apos; significa que se pudo abrir una conexión.</translation>
    </message>
    <message>
        <source>On the remote computer, check that the Remote Desktop services are running (Status: Running).</source>
        <translation>En el equipo remoto, compruebe que los servicios de Escritorio remoto se están ejecutando (Status: Running).</translation>
    </message>
    <message>
        <source>Restart Remote Desktop Services on the remote computer, as administrator. This ends every remote session on it, so run it from the console or expect to be disconnected.</source>
        <translation>Reinicie los Servicios de Escritorio remoto en el equipo remoto, como administrador. Esto cierra todas las sesiones remotas de ese equipo, así que ejecútelo desde la consola o cuente con que se perderá la conexión.</translation>
    </message>
    <message>
        <source>Check that the Remote Desktop listener is ready: the line &apos;rdp-tcp&apos; must show the state &apos;Listen&apos;.</source>
        <translation>Compruebe que el agente de escucha de Escritorio remoto está listo: la línea &apos;rdp-tcp&apos; debe mostrar el estado &apos;Listen&apos; (en Windows en español puede aparecer como &apos;Escuchar&apos;).</translation>
    </message>
    <message>
        <source>See what listens on port {port}: a &apos;LISTENING&apos; line whose last number (the process ID) matches the PID shown for TermService. If a router forwards a different port to this computer, use that port instead.</source>
        <translation>Vea qué programa escucha en el puerto {port}: debe haber una línea &apos;LISTENING&apos; (&apos;ESCUCHANDO&apos; en Windows en español) cuyo último número (el identificador de proceso) coincida con el PID que se muestra para TermService. Si un enrutador reenvía otro puerto a este equipo, use ese puerto.</translation>
    </message>
    <message>
        <source>Check which port Remote Desktop listens on. The value is shown in hexadecimal: 0xd3d is the default 3389.</source>
        <translation>Compruebe en qué puerto escucha Escritorio remoto. El valor se muestra en hexadecimal: 0xd3d es el puerto predeterminado 3389.</translation>
    </message>
    <message>
        <source>Read the security settings of the Remote Desktop listener. Usual values: SecurityLayer 1 (negotiate) or 2 (TLS), UserAuthentication 1 (NLA required), MinEncryptionLevel 2 or 3, MaxInstanceCount -1 (no limit; PowerShell shows 0xffffffff as -1). SecurityLayer 2 does not work together with MinEncryptionLevel 1.</source>
        <translation>Consulte la configuración de seguridad del agente de escucha de Escritorio remoto. Valores habituales: SecurityLayer 1 (negociar) o 2 (TLS), UserAuthentication 1 (NLA obligatoria), MinEncryptionLevel 2 o 3, MaxInstanceCount -1 (sin límite; PowerShell muestra 0xffffffff como -1). SecurityLayer 2 no funciona junto con MinEncryptionLevel 1.</translation>
    </message>
    <message>
        <source>Check the security layer of the listener: 0x0 = Standard RDP Security only, 0x1 = negotiate, 0x2 = TLS required.</source>
        <translation>Compruebe la capa de seguridad del agente de escucha: 0x0 = solo seguridad RDP estándar, 0x1 = negociar, 0x2 = TLS obligatorio.</translation>
    </message>
    <message>
        <source>Require TLS: set SecurityLayer to 2 (as administrator), then restart Remote Desktop Services. TLS needs a working certificate; if connections fail afterwards, follow the certificate findings.</source>
        <translation>Exija TLS: establezca SecurityLayer en 2 (como administrador) y reinicie los Servicios de Escritorio remoto. TLS necesita un certificado que funcione; si después fallan las conexiones, siga los hallazgos sobre el certificado.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the security layer (&apos;Require use of specific security layer for remote (RDP) connections&apos;). If this value exists it overrides the listener&apos;s setting, so change the policy instead.</source>
        <translation>Compruebe si una directiva de grupo establece la capa de seguridad (&apos;Requerir el uso de una capa de seguridad específica para conexiones remotas (RDP)&apos;; en inglés, &apos;Require use of specific security layer for remote (RDP) connections&apos;). Si este valor existe, prevalece sobre la configuración del agente de escucha, así que cambie la directiva.</translation>
    </message>
    <message>
        <source>Check the NLA setting of the listener: UserAuthentication 0x1 means Network Level Authentication is required.</source>
        <translation>Compruebe la configuración de NLA del agente de escucha: UserAuthentication 0x1 significa que la autenticación a nivel de red es obligatoria.</translation>
    </message>
    <message>
        <source>Require Network Level Authentication (as administrator). NLA also needs SecurityLayer 1 or 2.</source>
        <translation>Exija la autenticación a nivel de red (como administrador). NLA también necesita SecurityLayer 1 o 2.</translation>
    </message>
    <message>
        <source>On the remote computer, look for events that confirm a certificate problem: Schannel 36870 (the TLS private key cannot be accessed) or 36871 (the TLS credential cannot be created), and Remote Desktop 1057 or 1058 (the self-signed certificate could not be created or renewed). &apos;No events were found&apos; makes these causes less likely.</source>
        <translation>En el equipo remoto, busque eventos que confirmen un problema de certificado: Schannel 36870 (no se puede acceder a la clave privada de TLS) o 36871 (no se puede crear la credencial de TLS), y Escritorio remoto 1057 o 1058 (no se pudo crear o renovar el certificado autofirmado). Si el comando indica que no se encontraron eventos (&apos;No events were found&apos;), estas causas son menos probables.</translation>
    </message>
    <message>
        <source>The same check with wevtutil: Schannel event 36870 in the last 24 hours.</source>
        <translation>La misma comprobación con wevtutil: evento 36870 de Schannel en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>Back up the permissions of the MachineKeys folder, where Windows keeps the private keys of the computer&apos;s certificates, before changing anything. To undo the changes later: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</source>
        <translation>Antes de cambiar nada, haga una copia de seguridad de los permisos de la carpeta MachineKeys, donde Windows guarda las claves privadas de los certificados del equipo. Para deshacer los cambios más adelante: icacls C:\ProgramData\Microsoft\Crypto\RSA /restore &quot;%TEMP%\MachineKeys-acl.txt&quot;</translation>
    </message>
    <message>
        <source>Show the folder&apos;s permissions: Administrators need full control (F) and Everyone read and write access to the folder itself. Missing entries or &apos;Access is denied&apos; mean the permissions are broken.</source>
        <translation>Muestre los permisos de la carpeta: Administradores necesita control total (F), y Todos, acceso de lectura y escritura a la propia carpeta. Si faltan entradas o aparece &apos;Access is denied&apos; (&apos;Acceso denegado.&apos; en Windows en español), los permisos están dañados.</translation>
    </message>
    <message>
        <source>If the permissions are broken, first make the Administrators group the owner of the folder and its key files (as administrator).</source>
        <translation>Si los permisos están dañados, primero convierta al grupo Administradores en propietario de la carpeta y de sus archivos de clave (como administrador).</translation>
    </message>
    <message>
        <source>Then give SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control and NETWORK SERVICE (S-1-5-20) read access; the numeric IDs work in every Windows language. Restart Remote Desktop Services afterwards.</source>
        <translation>A continuación, conceda control total a SYSTEM (S-1-5-18) y a Administradores (S-1-5-32-544), y acceso de lectura a SERVICIO DE RED (S-1-5-20); los identificadores numéricos funcionan en Windows en cualquier idioma. Después, reinicie los Servicios de Escritorio remoto.</translation>
    </message>
    <message>
        <source>Renew the self-signed Remote Desktop certificate: delete it and restart the services, which create a new one (event 1056). This ends every remote session on the computer.</source>
        <translation>Renueve el certificado autofirmado de Escritorio remoto: elimínelo y reinicie los servicios, que crearán uno nuevo (evento 1056). Esto cierra todas las sesiones remotas del equipo.</translation>
    </message>
    <message>
        <source>Check whether a specific certificate was chosen for Remote Desktop. If this value exists, that certificate must still be in the computer&apos;s Personal store, with its private key.</source>
        <translation>Compruebe si se eligió un certificado concreto para Escritorio remoto. Si este valor existe, ese certificado debe seguir en el almacén Personal del equipo, con su clave privada.</translation>
    </message>
    <message>
        <source>List the certificates Remote Desktop can use; the one chosen (or the self-signed one) must show HasPrivateKey True and a NotAfter date in the future.</source>
        <translation>Enumere los certificados que puede usar Escritorio remoto; el elegido (o el autofirmado) debe mostrar HasPrivateKey True y una fecha NotAfter futura.</translation>
    </message>
    <message>
        <source>If the chosen certificate is gone or unusable, remove the setting so that Remote Desktop falls back to its self-signed certificate, then restart Remote Desktop Services.</source>
        <translation>Si el certificado elegido ya no existe o no se puede usar, elimine esta configuración para que Escritorio remoto vuelva a usar su certificado autofirmado y, después, reinicie los Servicios de Escritorio remoto.</translation>
    </message>
    <message>
        <source>On the remote computer, find the certificate that was presented (thumbprint {thumbprint}) and show its names, dates and purposes. No output means the server sent a certificate it does not hold in these stores: check that you reached the right computer.</source>
        <translation>En el equipo remoto, busque el certificado que se presentó (huella digital {thumbprint}) y muestre sus nombres, fechas y propósitos. Si no aparece nada, el servidor envió un certificado que no tiene en estos almacenes: compruebe que se ha conectado al equipo correcto.</translation>
    </message>
    <message>
        <source>On the remote computer, show the thumbprint of the certificate Remote Desktop really uses. It must be {thumbprint}; if it differs, another device answered in between (interception, or a different computer): do not accept the certificate.</source>
        <translation>En el equipo remoto, muestre la huella digital del certificado que usa realmente Escritorio remoto. Debe ser {thumbprint}; si es distinta, otro dispositivo respondió en medio (una interceptación o un equipo diferente): no acepte el certificado.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, have a new one issued (RSA 2048 bits or more, SHA-256, purpose Server Authentication, the names clients use), install it in the computer&apos;s Personal store and select it for Remote Desktop, for example with the Group Policy &apos;Server authentication certificate template&apos;.</source>
        <translation>Si el certificado procede de la entidad de certificación de su organización, solicite que se emita uno nuevo (RSA de 2048 bits o más, SHA-256, propósito Autenticación del servidor, con los nombres que usan los clientes), instálelo en el almacén Personal del equipo y selecciónelo para Escritorio remoto, por ejemplo con la directiva de grupo &apos;Plantilla de certificado de autenticación de servidor&apos;.</translation>
    </message>
    <message>
        <source>Cloud virtual machine that you cannot reach any other way: run the fix through the cloud console, not Remote Desktop. In Azure: the VM&apos;s Run command &gt; ResetRDPCert, or the serial console; with the Azure CLI set VM and RG to the VM&apos;s name and resource group first. ResetRDPCert also sets SecurityLayer 0 and MinEncryptionLevel 1, which weakens security: restore them afterwards (next step).</source>
        <translation>Máquina virtual en la nube a la que no puede acceder de otro modo: aplique la corrección desde la consola de la nube, no desde Escritorio remoto. En Azure: Ejecutar comando (Run command) &gt; ResetRDPCert en la máquina virtual, o la consola serie; con la CLI de Azure, asigne antes a VM y RG el nombre y el grupo de recursos de la máquina virtual. ResetRDPCert también establece SecurityLayer 0 y MinEncryptionLevel 1, lo que reduce la seguridad: restablézcalos después (paso siguiente).</translation>
    </message>
    <message>
        <source>After ResetRDPCert or any test with lowered security, set the listener back to secure values: TLS required (SecurityLayer 2) and client-compatible encryption (MinEncryptionLevel 2), then restart Remote Desktop Services.</source>
        <translation>Después de ResetRDPCert o de cualquier prueba con la seguridad reducida, vuelva a poner valores seguros en el agente de escucha: TLS obligatorio (SecurityLayer 2) y cifrado compatible con el cliente (MinEncryptionLevel 2); después, reinicie los Servicios de Escritorio remoto.</translation>
    </message>
    <message>
        <source>If the server looks healthy, a firewall, VPN or intrusion-prevention system between here and the server may be cutting Remote Desktop connections. Test from a computer on the same network as the server, and check the logs of the devices in between.</source>
        <translation>Si el servidor parece estar en buen estado, puede que un firewall, una VPN o un sistema de prevención de intrusiones situado entre este equipo y el servidor esté cortando las conexiones de Escritorio remoto. Haga la prueba desde un equipo de la misma red que el servidor y revise los registros de los dispositivos intermedios.</translation>
    </message>
    <message>
        <source>On the remote computer, read the Schannel events: 36874 (no cipher suite in common with the client), 36888 (the server sent a fatal alert; the alert number is in the message), 36871 (the TLS credential could not be created, often because TLS versions are switched off).</source>
        <translation>En el equipo remoto, consulte los eventos de Schannel: 36874 (ningún conjunto de cifrado en común con el cliente), 36888 (el servidor envió una alerta grave; el número de alerta figura en el mensaje), 36871 (no se pudo crear la credencial de TLS, a menudo porque hay versiones de TLS desactivadas).</translation>
    </message>
    <message>
        <source>Show which TLS versions are switched on or off in the registry. Under &apos;TLS 1.2\Server&apos;, Enabled 0x0 or DisabledByDefault 0x1 turns TLS 1.2 off; no entry means the Windows default.</source>
        <translation>Muestre qué versiones de TLS están activadas o desactivadas en el Registro. En &apos;TLS 1.2\Server&apos;, Enabled 0x0 o DisabledByDefault 0x1 desactivan TLS 1.2; si no hay ninguna entrada, se aplica el valor predeterminado de Windows.</translation>
    </message>
    <message>
        <source>Switch TLS 1.2 on for the server side (as administrator); Windows reads the setting only when it starts, so restart the computer afterwards.</source>
        <translation>Active TLS 1.2 para el lado del servidor (como administrador); Windows solo lee esta configuración al iniciarse, así que reinicie después el equipo.</translation>
    </message>
    <message>
        <source>Restart the remote computer so that the new TLS settings take effect.</source>
        <translation>Reinicie el equipo remoto para que se aplique la nueva configuración de TLS.</translation>
    </message>
    <message>
        <source>On Windows Server 2008 R2 or Windows 7, Remote Desktop needs update KB3080079 to use TLS 1.1 and 1.2. Older Windows versions cannot be fixed this way; upgrade them.</source>
        <translation>En Windows Server 2008 R2 o Windows 7, Escritorio remoto necesita la actualización KB3080079 para usar TLS 1.1 y 1.2. Las versiones anteriores de Windows no se pueden corregir así; actualícelas a una versión más reciente.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the cipher suite list (&apos;SSL Cipher Suite Order&apos;). If this value exists it replaces the Windows defaults and must still contain suites that Remote Desktop clients use, such as TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 and TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</source>
        <translation>Compruebe si una directiva de grupo establece la lista de conjuntos de cifrado (&apos;Orden de conjuntos de cifrado SSL&apos;; en inglés, &apos;SSL Cipher Suite Order&apos;). Si este valor existe, sustituye a los valores predeterminados de Windows y debe seguir incluyendo conjuntos que usen los clientes de Escritorio remoto, como TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 y TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256.</translation>
    </message>
    <message>
        <source>List the cipher suites the remote computer offers (Windows 10, Windows Server 2016 and later).</source>
        <translation>Enumere los conjuntos de cifrado que ofrece el equipo remoto (Windows 10, Windows Server 2016 y versiones posteriores).</translation>
    </message>
    <message>
        <source>On a Linux server with xrdp, check that the service runs and listens on port {port}.</source>
        <translation>En un servidor Linux con xrdp, compruebe que el servicio se está ejecutando y escucha en el puerto {port}.</translation>
    </message>
    <message>
        <source>On an xrdp server, read the end of its log. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; or &apos;Permission denied&apos; mean the certificate or its key file cannot be used.</source>
        <translation>En un servidor xrdp, consulte el final de su registro. &apos;Error loading TLS certificate chain&apos;, &apos;ee key too small&apos; o &apos;Permission denied&apos; significan que no se puede usar el certificado o su archivo de clave.</translation>
    </message>
    <message>
        <source>On an xrdp server, show its security settings. Empty certificate and key_file mean /etc/xrdp/cert.pem and /etc/xrdp/key.pem.</source>
        <translation>En un servidor xrdp, muestre su configuración de seguridad. Si certificate y key_file están vacíos, se usan /etc/xrdp/cert.pem y /etc/xrdp/key.pem.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, xrdp runs as the user xrdp, which must be in the group ssl-cert to read the default key file.</source>
        <translation>En Debian o Ubuntu, xrdp se ejecuta como el usuario xrdp, que debe pertenecer al grupo ssl-cert para poder leer el archivo de clave predeterminado.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu, when xrdp uses the system&apos;s default (snakeoil) certificate, create a new one (RSA 2048 bits, SHA-256) and restart xrdp. Other services that use the default certificate get the new one too.</source>
        <translation>En Debian o Ubuntu, si xrdp usa el certificado predeterminado del sistema (snakeoil), cree uno nuevo (RSA de 2048 bits, SHA-256) y reinicie xrdp. Los demás servicios que usan el certificado predeterminado también recibirán el nuevo.</translation>
    </message>
    <message>
        <source>On an xrdp server, show the certificate&apos;s name, end date and SHA-1 fingerprint; it should match {thumbprint} (openssl separates the pairs of digits with colons).</source>
        <translation>En un servidor xrdp, muestre el nombre del certificado, su fecha de caducidad y su huella digital SHA-1; debe coincidir con {thumbprint} (openssl separa los pares de dígitos con dos puntos).</translation>
    </message>
    <message>
        <source>On an xrdp server, allow exactly TLS 1.2 and 1.3 and restart it.</source>
        <translation>En un servidor xrdp, permita exactamente TLS 1.2 y 1.3, y reinícielo.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock with a time server; the offsets are in seconds.</source>
        <translation>Compare el reloj de este equipo con un servidor horario; las diferencias se indican en segundos.</translation>
    </message>
    <message>
        <source>Synchronise this computer&apos;s clock now (as administrator).</source>
        <translation>Sincronice ahora el reloj de este equipo (como administrador).</translation>
    </message>
    <message>
        <source>On Linux, check the clock: &apos;System clock synchronized: yes&apos; should be shown.</source>
        <translation>En Linux, compruebe el reloj: debe aparecer &apos;System clock synchronized: yes&apos;.</translation>
    </message>
    <message>
        <source>On Linux, turn automatic time synchronisation on.</source>
        <translation>En Linux, active la sincronización automática de la hora.</translation>
    </message>
    <message>
        <source>On macOS, set the clock from Apple&apos;s time server.</source>
        <translation>En macOS, ajuste el reloj con el servidor horario de Apple.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show where it takes its time from (in a domain: a domain controller) and synchronise it.</source>
        <translation>En el equipo remoto Windows, muestre de dónde obtiene la hora (en un dominio, de un controlador de dominio) y sincronícelo.</translation>
    </message>
    <message>
        <source>Ask DNS for the name from this computer (Windows) and note the answer or the error message.</source>
        <translation>Consulte el nombre en DNS desde este equipo (Windows) y anote la respuesta o el mensaje de error.</translation>
    </message>
    <message>
        <source>If the name or its address changed recently, clear this computer&apos;s DNS cache and try again.</source>
        <translation>Si el nombre o su dirección han cambiado hace poco, vacíe la caché DNS de este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The computer name does not exist in DNS</source>
        <translation>El nombre del equipo no existe en DNS</translation>
    </message>
    <message>
        <source>DNS, the service that turns computer names into network addresses, answered that no computer called {host} exists, so a connection cannot even start. Usually the name is misspelled, lacks its domain part, or exists only inside a company network that this computer is not connected to (for example while the VPN is off). Remote Desktop clients report this as error code 0x104 or 0x208.</source>
        <translation>DNS, el servicio que convierte los nombres de equipo en direcciones de red, respondió que no existe ningún equipo llamado {host}, así que la conexión ni siquiera puede empezar. Normalmente el nombre está mal escrito, le falta la parte del dominio o solo existe dentro de una red corporativa a la que este equipo no está conectado (por ejemplo, con la VPN desconectada). Los clientes de Escritorio remoto lo notifican como código de error 0x104 o 0x208.</translation>
    </message>
    <message>
        <source>Check the spelling of {host}. For a short computer name, try its full name including the domain (such as pc01.corp.example.com), or the computer&apos;s IP address.</source>
        <translation>Compruebe cómo está escrito {host}. Si es un nombre de equipo corto, pruebe con el nombre completo, incluido el dominio (como pc01.corp.example.com), o con la dirección IP del equipo.</translation>
    </message>
    <message>
        <source>If the computer is in a company network, connect to the VPN first and try again.</source>
        <translation>Si el equipo está en una red corporativa, conéctese primero a la VPN y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The same question with nslookup (Windows).</source>
        <translation>La misma consulta con nslookup (Windows).</translation>
    </message>
    <message>
        <source>On Linux, resolve the name the way applications do.</source>
        <translation>En Linux, resuelva el nombre de la misma forma que lo hacen las aplicaciones.</translation>
    </message>
    <message>
        <source>On macOS, resolve the name the way applications do.</source>
        <translation>En macOS, resuelva el nombre de la misma forma que lo hacen las aplicaciones.</translation>
    </message>
    <message>
        <source>If the name should exist, ask the network administrator to add it to DNS. A Windows computer in a domain registers its own name again with this command, run on the remote computer.</source>
        <translation>Si el nombre debería existir, pida al administrador de red que lo agregue a DNS. Un equipo Windows que pertenece a un dominio vuelve a registrar su propio nombre con este comando, ejecutado en el equipo remoto.</translation>
    </message>
    <message>
        <source>The computer name could not be looked up</source>
        <translation>No se pudo buscar el nombre del equipo</translation>
    </message>
    <message>
        <source>This computer asked DNS for the address of {host} but got no usable answer: the DNS server did not reply in time or reported a failure. Usually this computer has no working DNS server (no network, a Wi-Fi that wants a sign-in first, a VPN that changed the DNS settings) or the company&apos;s DNS server is down. Remote Desktop clients report this as error code 0x104, 0x508 or 0x604.</source>
        <translation>Este equipo pidió a DNS la dirección de {host}, pero no obtuvo ninguna respuesta útil: el servidor DNS no respondió a tiempo o notificó un error. Normalmente este equipo no tiene un servidor DNS que funcione (sin red, una Wi-Fi que exige iniciar sesión primero, una VPN que cambió la configuración de DNS) o el servidor DNS de la empresa no está disponible. Los clientes de Escritorio remoto lo notifican como código de error 0x104, 0x508 o 0x604.</translation>
    </message>
    <message>
        <source>Check that this computer is online by opening a web page. On hotel, airport or guest Wi-Fi, complete the network&apos;s sign-in page first.</source>
        <translation>Compruebe que este equipo tiene conexión abriendo una página web. En la Wi-Fi de un hotel, un aeropuerto o de invitados, complete primero la página de inicio de sesión de la red.</translation>
    </message>
    <message>
        <source>Show which DNS servers this computer uses (Windows). With a VPN connected, the VPN&apos;s DNS servers should be listed for its adapter.</source>
        <translation>Muestre qué servidores DNS usa este equipo (Windows). Con una VPN conectada, deben aparecer los servidores DNS de la VPN para su adaptador.</translation>
    </message>
    <message>
        <source>On Linux with systemd-resolved, show the DNS servers in use.</source>
        <translation>En Linux con systemd-resolved, muestre los servidores DNS en uso.</translation>
    </message>
    <message>
        <source>On macOS, show the DNS servers in use.</source>
        <translation>En macOS, muestre los servidores DNS en uso.</translation>
    </message>
    <message>
        <source>As a workaround, connect to the computer&apos;s IP address instead of its name (its administrator knows it); expect a certificate name warning then.</source>
        <translation>Como solución alternativa, conéctese a la dirección IP del equipo en lugar de a su nombre (su administrador la conoce); en ese caso, espere una advertencia sobre el nombre del certificado.</translation>
    </message>
    <message>
        <source>Nothing is listening on the Remote Desktop port</source>
        <translation>No hay nada escuchando en el puerto de Escritorio remoto</translation>
    </message>
    <message>
        <source>The remote computer at {address} is reachable, but it refused the connection on port {port}: no program accepts connections there. Usually Remote Desktop is turned off or its service is stopped, it listens on a different port, or the wrong computer or port was given (a few firewalls also refuse connections this way). Remote Desktop clients report this as error code 0x204.</source>
        <translation>El equipo remoto con la dirección {address} es accesible, pero rechazó la conexión en el puerto {port}: ningún programa acepta conexiones en él. Normalmente Escritorio remoto está desactivado o su servicio está detenido, escucha en otro puerto, o se indicó un equipo o un puerto equivocado (algunos firewalls también rechazan conexiones de esta forma). Los clientes de Escritorio remoto lo notifican como código de error 0x204.</translation>
    </message>
    <message>
        <source>Check the port: Remote Desktop uses 3389 unless its administrator changed it. For another port, connect to the name followed by a colon and the port, such as {host}:3390.</source>
        <translation>Compruebe el puerto: Escritorio remoto usa el 3389, salvo que su administrador lo haya cambiado. Para usar otro puerto, conéctese al nombre seguido de dos puntos y el puerto, como {host}:3390.</translation>
    </message>
    <message>
        <source>On the remote computer, check that Remote Desktop is allowed: fDenyTSConnections must be 0x0.</source>
        <translation>En el equipo remoto, compruebe que Escritorio remoto está permitido: fDenyTSConnections debe ser 0x0.</translation>
    </message>
    <message>
        <source>Turn Remote Desktop on (as administrator; Settings &gt; System &gt; Remote Desktop does the same). If it turns itself off again, a Group Policy controls it: ask the administrator of the domain.</source>
        <translation>Active Escritorio remoto (como administrador; Configuración &gt; Sistema &gt; Escritorio remoto hace lo mismo). Si se vuelve a desactivar solo, lo controla una directiva de grupo: consulte al administrador del dominio.</translation>
    </message>
    <message>
        <source>On a Linux server, start xrdp and have it start at boot.</source>
        <translation>En un servidor Linux, inicie xrdp y configúrelo para que se inicie con el sistema.</translation>
    </message>
    <message>
        <source>No answer on the Remote Desktop port</source>
        <translation>No hay respuesta en el puerto de Escritorio remoto</translation>
    </message>
    <message>
        <source>The connection attempt to {address} on port {port} got no answer at all before the time limit. Usually a firewall silently drops it: the Windows Firewall of the remote computer, a company firewall, a router without port forwarding, or a cloud security group. The remote computer may also be switched off or asleep. Remote Desktop clients report this as error code 0x204 or 0x108.</source>
        <translation>El intento de conexión a {address} en el puerto {port} no obtuvo ninguna respuesta antes de agotarse el tiempo de espera. Normalmente un firewall lo descarta sin avisar: el Firewall de Windows Defender del equipo remoto, un firewall corporativo, un enrutador sin reenvío de puertos o un grupo de seguridad en la nube. También puede que el equipo remoto esté apagado o en suspensión. Los clientes de Escritorio remoto lo notifican como código de error 0x204 o 0x108.</translation>
    </message>
    <message>
        <source>Make sure the remote computer is switched on and awake, and that any VPN needed to reach it is connected.</source>
        <translation>Asegúrese de que el equipo remoto está encendido y no en suspensión, y de que está conectada la VPN que pueda necesitarse para llegar a él.</translation>
    </message>
    <message>
        <source>On the remote computer (as administrator), allow Remote Desktop through Windows Firewall.</source>
        <translation>En el equipo remoto (como administrador), permita Escritorio remoto a través del Firewall de Windows Defender.</translation>
    </message>
    <message>
        <source>The same with netsh, from a command prompt.</source>
        <translation>Lo mismo con netsh, desde un símbolo del sistema.</translation>
    </message>
    <message>
        <source>On Windows in another language the group name is translated and the two commands above find nothing; the rule&apos;s internal name works in every language.</source>
        <translation>En Windows en otro idioma el nombre del grupo está traducido (en español, &apos;Escritorio remoto&apos;) y los dos comandos anteriores no encuentran nada; el nombre interno de la regla funciona en cualquier idioma.</translation>
    </message>
    <message>
        <source>If the remote computer is a cloud virtual machine (Azure, AWS, Google Cloud), its network security group or firewall rules must allow inbound TCP port {port} from your public address. In Azure, Network Watcher&apos;s &apos;IP flow verify&apos; shows which rule drops the traffic.</source>
        <translation>Si el equipo remoto es una máquina virtual en la nube (Azure, AWS, Google Cloud), su grupo de seguridad de red o sus reglas de firewall deben permitir el tráfico entrante al puerto TCP {port} desde su dirección pública. En Azure, la función &apos;Comprobación del flujo de IP&apos; (&apos;IP flow verify&apos;) de Network Watcher muestra qué regla descarta el tráfico.</translation>
    </message>
    <message>
        <source>Cloud virtual machine whose firewall blocks Remote Desktop: run the firewall command through the cloud console instead (in Azure: Run command &gt; RunPowerShellScript, or the serial console). With the Azure CLI, set VM and RG to the VM&apos;s name and resource group first.</source>
        <translation>Máquina virtual en la nube cuyo firewall bloquea Escritorio remoto: ejecute el comando de firewall desde la consola de la nube (en Azure: Ejecutar comando (Run command) &gt; RunPowerShellScript, o la consola serie). Con la CLI de Azure, asigne antes a VM y RG el nombre y el grupo de recursos de la máquina virtual.</translation>
    </message>
    <message>
        <source>When connecting from the internet through a home or office router, the router must forward TCP port {port} to the computer. Remote Desktop open to the whole internet attracts password-guessing attacks; a VPN or a Remote Desktop Gateway is safer.</source>
        <translation>Si se conecta desde Internet a través de un enrutador doméstico o de oficina, el enrutador debe reenviar el puerto TCP {port} al equipo. Un Escritorio remoto abierto a todo Internet atrae ataques de adivinación de contraseñas; una VPN o una Puerta de enlace de Escritorio remoto es más segura.</translation>
    </message>
    <message>
        <source>On a Linux server with ufw (Ubuntu), allow the port.</source>
        <translation>En un servidor Linux con ufw (Ubuntu), permita el puerto.</translation>
    </message>
    <message>
        <source>On a Linux server with firewalld (Fedora, RHEL), allow the port.</source>
        <translation>En un servidor Linux con firewalld (Fedora, RHEL), permita el puerto.</translation>
    </message>
    <message>
        <source>There is no network route to the remote computer</source>
        <translation>No hay ninguna ruta de red hasta el equipo remoto</translation>
    </message>
    <message>
        <source>The connection attempt to {address} could not be delivered: the network reported that the computer or its network cannot be reached. Usually this computer is not connected to the right network (VPN off, wrong Wi-Fi), the address belongs to a private network that is reachable only through a VPN, or a router on the way rejects the traffic. Remote Desktop clients report this as error code 0x204.</source>
        <translation>No se pudo entregar el intento de conexión a {address}: la red indicó que no se puede llegar al equipo o a su red. Normalmente este equipo no está conectado a la red correcta (VPN desconectada, Wi-Fi equivocada), la dirección pertenece a una red privada a la que solo se llega a través de una VPN, o un enrutador del camino rechaza el tráfico. Los clientes de Escritorio remoto lo notifican como código de error 0x204.</translation>
    </message>
    <message>
        <source>Connect to the network the remote computer belongs to (for example the company VPN) and try again.</source>
        <translation>Conéctese a la red a la que pertenece el equipo remoto (por ejemplo, la VPN de la empresa) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Show the route and network adapter this computer would use for {address} (Windows); an error means there is no route.</source>
        <translation>Muestre la ruta y el adaptador de red que usaría este equipo para {address} (Windows); un error significa que no hay ruta.</translation>
    </message>
    <message>
        <source>The same on Linux.</source>
        <translation>Lo mismo en Linux.</translation>
    </message>
    <message>
        <source>The same on macOS.</source>
        <translation>Lo mismo en macOS.</translation>
    </message>
    <message>
        <source>Trace the path (Windows): the last router that answers is where the traffic stops.</source>
        <translation>Trace la ruta (Windows): el último enrutador que responde es donde se detiene el tráfico.</translation>
    </message>
    <message>
        <source>Trace the path on macOS or Linux.</source>
        <translation>Trace la ruta en macOS o Linux.</translation>
    </message>
    <message>
        <source>Setting up connections is slow</source>
        <translation>El establecimiento de conexiones es lento</translation>
    </message>
    <message>
        <source>Connections to {address} do work, but setting one up took more than 150 ms (the middle value of several attempts). Remote Desktop then feels sluggish, and a slow link that also loses packets can make sessions drop (error code 0x904 with extended code 0x0). Usual causes are a long distance, a VPN that routes the traffic far away, or a busy Wi-Fi or mobile connection.</source>
        <translation>Las conexiones a {address} funcionan, pero establecer una tardó más de 150 ms (el valor mediano de varios intentos). Escritorio remoto responde entonces con lentitud, y un enlace lento que además pierde paquetes puede provocar que se cierren las sesiones (código de error 0x904 con código extendido 0x0). Las causas habituales son una gran distancia, una VPN que desvía el tráfico muy lejos o una conexión Wi-Fi o móvil saturada.</translation>
    </message>
    <message>
        <source>Measure the round-trip time and packet loss (Windows). Some servers do not answer ping; then only the connection times count.</source>
        <translation>Mida el tiempo de ida y vuelta y la pérdida de paquetes (Windows). Algunos servidores no responden a ping; en ese caso, solo cuentan los tiempos de conexión.</translation>
    </message>
    <message>
        <source>The same on macOS or Linux.</source>
        <translation>Lo mismo en macOS o Linux.</translation>
    </message>
    <message>
        <source>Find where the delay or loss starts (Windows; takes a few minutes).</source>
        <translation>Localice dónde empieza el retraso o la pérdida (Windows; tarda unos minutos).</translation>
    </message>
    <message>
        <source>Prefer a cable or a stronger Wi-Fi signal. With a VPN, ask whether this traffic can take a shorter path (split tunnelling) or a closer VPN gateway.</source>
        <translation>Use preferiblemente un cable o una señal Wi-Fi más fuerte. Con una VPN, pregunte si este tráfico puede ir por un camino más corto (túnel dividido) o usar una puerta de enlace VPN más cercana.</translation>
    </message>
    <message>
        <source>In the Remote Desktop client, let it detect the connection quality or choose a lower connection speed, so that less data is sent.</source>
        <translation>En el cliente de Escritorio remoto, deje que detecte la calidad de la conexión o elija una velocidad de conexión menor, para que se envíen menos datos.</translation>
    </message>
    <message>
        <source>Some connection attempts failed</source>
        <translation>Algunos intentos de conexión fallaron</translation>
    </message>
    <message>
        <source>Of several connection attempts to {address} on port {port}, some failed while others worked. Failures that come and go point to an unreliable link (Wi-Fi, mobile, VPN), a load balancer or router with one bad path, or a server or firewall that limits how many new connections it accepts. Users see connections that work one time and fail with 0x204 or 0x904 the next.</source>
        <translation>De varios intentos de conexión a {address} en el puerto {port}, algunos fallaron y otros funcionaron. Los errores intermitentes apuntan a un enlace poco fiable (Wi-Fi, red móvil, VPN), a un equilibrador de carga o un enrutador con una ruta defectuosa, o a un servidor o firewall que limita cuántas conexiones nuevas acepta. Los usuarios ven que la conexión funciona una vez y a la siguiente falla con 0x204 o 0x904.</translation>
    </message>
    <message>
        <source>Repeat the connection test 20 times (Windows); every &apos;False&apos; is a failed attempt.</source>
        <translation>Repita la prueba de conexión 20 veces (Windows); cada &apos;False&apos; es un intento fallido.</translation>
    </message>
    <message>
        <source>If the failures follow the network (Wi-Fi, VPN), try another one; if they follow the time of day, suspect load on the server or on a firewall.</source>
        <translation>Si los errores dependen de la red (Wi-Fi, VPN), pruebe con otra; si dependen de la hora del día, sospeche de la carga del servidor o de un firewall.</translation>
    </message>
    <message>
        <source>On the remote computer, look in the System event log for event 1006 (a large number of incomplete connections): the server then defends itself against connection floods, often from internet scanners when port {port} is open to the internet.</source>
        <translation>En el equipo remoto, busque en el registro de eventos Sistema el evento 1006 (gran número de conexiones incompletas): el servidor se está defendiendo de una avalancha de conexiones, a menudo procedente de escáneres de Internet cuando el puerto {port} está abierto a Internet.</translation>
    </message>
    <message>
        <source>Check the listener&apos;s connection limit: MaxInstanceCount should be 0xffffffff (no limit).</source>
        <translation>Compruebe el límite de conexiones del agente de escucha: MaxInstanceCount debe ser 0xffffffff (sin límite).</translation>
    </message>
    <message>
        <source>If a load balancer or router shares the name among several servers, test each server directly: one of them may be down.</source>
        <translation>Si un equilibrador de carga o un enrutador reparte el nombre entre varios servidores, pruebe cada servidor directamente: puede que uno de ellos no funcione.</translation>
    </message>
    <message>
        <source>This computer&apos;s own firewall blocks the Remote Desktop port</source>
        <translation>El propio firewall de este equipo bloquea el puerto de Escritorio remoto</translation>
    </message>
    <message>
        <source>A rule of the firewall on this computer drops or rejects outgoing connections to port {port}, so the connection never leaves this computer. Such rules come from company security policies, security software, or a rule added by hand. The Remote Desktop client then reports error code 0x204 or a time-out, although the remote computer may be perfectly fine.</source>
        <translation>Una regla del firewall de este equipo descarta o rechaza las conexiones salientes al puerto {port}, así que la conexión nunca sale de este equipo. Estas reglas proceden de directivas de seguridad de la empresa, de software de seguridad o de una regla agregada manualmente. El cliente de Escritorio remoto notifica entonces el código de error 0x204 o que se agotó el tiempo de espera, aunque puede que el equipo remoto funcione perfectamente.</translation>
    </message>
    <message>
        <source>On Windows, list the enabled firewall rules that block outgoing connections to port {port}.</source>
        <translation>En Windows, enumere las reglas de firewall habilitadas que bloquean las conexiones salientes al puerto {port}.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation (Group Policy or security software), ask the IT department to allow Remote Desktop to {host}. Do not switch the firewall off.</source>
        <translation>Si la regla procede de su organización (directiva de grupo o software de seguridad), pida al departamento de TI que permita Escritorio remoto hacia {host}. No desactive el firewall.</translation>
    </message>
    <message>
        <source>On Linux, list the firewall rules that mention port {port}.</source>
        <translation>En Linux, enumere las reglas de firewall que mencionan el puerto {port}.</translation>
    </message>
    <message>
        <source>On Linux with ufw, show the active rules.</source>
        <translation>En Linux con ufw, muestre las reglas activas.</translation>
    </message>
    <message>
        <source>On Linux with ufw, allow outgoing connections to port {port}.</source>
        <translation>En Linux con ufw, permita las conexiones salientes al puerto {port}.</translation>
    </message>
    <message>
        <source>On macOS the built-in firewall only filters incoming connections; look for outgoing rules in installed security or firewall software.</source>
        <translation>En macOS, el firewall integrado solo filtra las conexiones entrantes; busque reglas de salida en el software de seguridad o de firewall instalado.</translation>
    </message>
    <message>
        <source>The server reset the connection during security negotiation</source>
        <translation>El servidor restableció la conexión durante la negociación de seguridad</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the MachineKeys folder, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>El equipo remoto aceptó la conexión y luego la cortó de golpe (un restablecimiento) en cuanto este equipo pidió negociar la seguridad, sin dar ninguna respuesta. Es el patrón clásico del código de error 0x904 con código extendido 0x7: el servidor atiende la llamada y la corta antes de completar el protocolo de enlace. Lo más habitual es que el certificado de Escritorio remoto del servidor o su clave privada no se puedan usar (permisos incorrectos en la carpeta MachineKeys, un almacén de certificados dañado); con menos frecuencia, la configuración de seguridad no coincide o un firewall o un sistema de prevención de intrusiones corta la conexión.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering</source>
        <translation>El servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>The remote computer accepted the connection but closed it, without an answer, as soon as this computer asked to negotiate security. Like a reset, this usually shows as error code 0x904 (extended code 0x7). Common causes: Remote Desktop Services refuses new connections (starting, stopping or overloaded), its certificate or security settings are unusable, or the port leads to a device that accepts connections but is not a working Remote Desktop server, such as a port forward to a computer that is off.</source>
        <translation>El equipo remoto aceptó la conexión, pero la cerró sin responder en cuanto este equipo pidió negociar la seguridad. Igual que un restablecimiento, esto suele aparecer como código de error 0x904 (código extendido 0x7). Causas frecuentes: los Servicios de Escritorio remoto rechazan conexiones nuevas (porque se están iniciando, deteniendo o están sobrecargados), su certificado o su configuración de seguridad no se pueden usar, o el puerto lleva a un dispositivo que acepta conexiones pero no es un servidor de Escritorio remoto operativo, como un reenvío de puertos hacia un equipo apagado.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that it points at the right computer and that this computer is running.</source>
        <translation>Si un enrutador, un equilibrador de carga o un proxy reenvía el puerto, compruebe que apunta al equipo correcto y que ese equipo está en funcionamiento.</translation>
    </message>
    <message>
        <source>The server did not answer the security negotiation in time</source>
        <translation>El servidor no respondió a tiempo a la negociación de seguridad</translation>
    </message>
    <message>
        <source>The connection to port {port} was accepted, but no complete answer to the Remote Desktop negotiation request arrived in time. Usually the port leads to something that accepts connections but does not speak Remote Desktop (a proxy or port forward whose target is down, a Remote Desktop Gateway or web service waiting for another protocol), or Remote Desktop Services on the server hangs. The client waits and then fails, typically with error code 0x904, 0x108 or 0x704.</source>
        <translation>Se aceptó la conexión al puerto {port}, pero no llegó a tiempo una respuesta completa a la solicitud de negociación de Escritorio remoto. Normalmente el puerto lleva a algo que acepta conexiones pero no habla el protocolo de Escritorio remoto (un proxy o un reenvío de puertos cuyo destino no está disponible, una Puerta de enlace de Escritorio remoto o un servicio web que espera otro protocolo), o los Servicios de Escritorio remoto del servidor están bloqueados. El cliente espera y luego falla, normalmente con el código de error 0x904, 0x108 o 0x704.</translation>
    </message>
    <message>
        <source>Check that {port} is the Remote Desktop port itself. A Remote Desktop Gateway (usually port 443) is entered as the gateway in the client&apos;s advanced settings, not as the computer.</source>
        <translation>Compruebe que {port} es realmente el puerto de Escritorio remoto. Una Puerta de enlace de Escritorio remoto (normalmente en el puerto 443) se indica como puerta de enlace en la configuración avanzada del cliente, no como equipo.</translation>
    </message>
    <message>
        <source>If a router, load balancer or proxy forwards the port, check that its target computer is up and reachable from it.</source>
        <translation>Si un enrutador, un equilibrador de carga o un proxy reenvía el puerto, compruebe que su equipo de destino está en funcionamiento y es accesible desde él.</translation>
    </message>
    <message>
        <source>Something other than Remote Desktop answers on this port</source>
        <translation>En este puerto responde algo distinto de Escritorio remoto</translation>
    </message>
    <message>
        <source>The program answering on port {port} of {address} is not a Remote Desktop server: its reply looks like another service, such as SSH or a web server (the evidence shows its first bytes). Usually the port number is wrong, or a router forwards the port to the wrong computer or service. A Remote Desktop client reports this only as a general failure such as error code 0x904.</source>
        <translation>El programa que responde en el puerto {port} de {address} no es un servidor de Escritorio remoto: su respuesta parece de otro servicio, como SSH o un servidor web (las evidencias muestran sus primeros bytes). Normalmente el número de puerto es incorrecto o un enrutador reenvía el puerto al equipo o al servicio equivocado. Un cliente de Escritorio remoto solo lo notifica como un error genérico, como el código de error 0x904.</translation>
    </message>
    <message>
        <source>Check the port with the server&apos;s administrator; Remote Desktop normally uses 3389. Port 22 is SSH; ports 80 and 443 are web services or a Remote Desktop Gateway, which is entered as the gateway in the client&apos;s settings, not as the computer.</source>
        <translation>Confirme el puerto con el administrador del servidor; Escritorio remoto suele usar el 3389. El puerto 22 es SSH; los puertos 80 y 443 son servicios web o una Puerta de enlace de Escritorio remoto, que se indica como puerta de enlace en la configuración del cliente, no como equipo.</translation>
    </message>
    <message>
        <source>On the remote Windows computer, show the program that listens on port {port}.</source>
        <translation>En el equipo remoto Windows, muestre el programa que escucha en el puerto {port}.</translation>
    </message>
    <message>
        <source>On a Linux server, show the program that listens on port {port}.</source>
        <translation>En un servidor Linux, muestre el programa que escucha en el puerto {port}.</translation>
    </message>
    <message>
        <source>If a router forwards the port, make sure it points at the right computer and at its Remote Desktop port.</source>
        <translation>Si un enrutador reenvía el puerto, asegúrese de que apunta al equipo correcto y a su puerto de Escritorio remoto.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the security negotiation is damaged</source>
        <translation>La respuesta del servidor a la negociación de seguridad está dañada</translation>
    </message>
    <message>
        <source>The remote computer answered in Remote Desktop&apos;s format, but the content is not a valid reply to the negotiation request (wrong type, length or fields; the evidence holds the bytes). This points to faulty or unusual Remote Desktop server software, or to a device in the network path that alters the traffic. The client gives up, typically with error code 0x904 or a protocol error.</source>
        <translation>El equipo remoto respondió con el formato de Escritorio remoto, pero el contenido no es una respuesta válida a la solicitud de negociación (tipo, longitud o campos incorrectos; las evidencias contienen los bytes). Esto apunta a un software de servidor de Escritorio remoto defectuoso o poco habitual, o a un dispositivo de la ruta de red que altera el tráfico. El cliente desiste, normalmente con el código de error 0x904 o un error de protocolo.</translation>
    </message>
    <message>
        <source>If possible, connect directly, without proxies, load balancers or security devices in between, and run the test again.</source>
        <translation>Si es posible, conéctese directamente, sin proxies, equilibradores de carga ni dispositivos de seguridad en medio, y vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Update the Remote Desktop server software (Windows updates, xrdp, or remote-access software that hooks into Remote Desktop) and check its log.</source>
        <translation>Actualice el software de servidor de Escritorio remoto (actualizaciones de Windows, xrdp o software de acceso remoto que se integra con Escritorio remoto) y revise su registro.</translation>
    </message>
    <message>
        <source>Send this report, with the bytes in the evidence, to the vendor of the server software.</source>
        <translation>Envíe este informe, con los bytes de las evidencias, al fabricante del software del servidor.</translation>
    </message>
    <message>
        <source>The server only offers the old Standard RDP Security</source>
        <translation>El servidor solo ofrece la antigua seguridad RDP estándar</translation>
    </message>
    <message>
        <source>The remote computer allows only Standard RDP Security, the original Remote Desktop encryption without TLS: it refuses TLS, or picks the old method even when TLS is requested. Many current clients refuse this method because it cannot prove the server&apos;s identity, so the connection fails, often with error code 0x904. On Windows this is SecurityLayer 0, on xrdp security_layer=rdp.</source>
        <translation>El equipo remoto solo permite la seguridad RDP estándar (Standard RDP Security), el cifrado original de Escritorio remoto sin TLS: rechaza TLS o elige el método antiguo incluso cuando se solicita TLS. Muchos clientes actuales rechazan este método porque no puede demostrar la identidad del servidor, así que la conexión falla, a menudo con el código de error 0x904. En Windows corresponde a SecurityLayer 0 y en xrdp a security_layer=rdp.</translation>
    </message>
    <message>
        <source>On an xrdp server, set security_layer=negotiate and restart xrdp (use tls instead of negotiate to refuse Standard RDP Security completely).</source>
        <translation>En un servidor xrdp, establezca security_layer=negotiate y reinicie xrdp (use tls en lugar de negotiate para rechazar por completo la seguridad RDP estándar).</translation>
    </message>
    <message>
        <source>Do not lower this computer&apos;s security settings to connect: the server&apos;s setting is what must change.</source>
        <translation>No reduzca la configuración de seguridad de este equipo para conectarse: lo que debe cambiar es la configuración del servidor.</translation>
    </message>
    <message>
        <source>The server has no usable certificate for a secure connection</source>
        <translation>El servidor no tiene ningún certificado válido para una conexión segura</translation>
    </message>
    <message>
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the MachineKeys folder, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>El equipo remoto respondió que no puede iniciar TLS porque no tiene ningún certificado válido (SSL_CERT_NOT_ON_SERVER). Windows suele crear por sí solo un certificado autofirmado para Escritorio remoto, así que falló su creación o su lectura: lo más frecuente es que no se pueda leer la clave privada por permisos incorrectos en la carpeta MachineKeys, que el almacén de certificados esté dañado o que se haya eliminado un certificado elegido para Escritorio remoto. Los clientes lo muestran como código de error 0x904 (código extendido 0x7) o como un error de seguridad.</translation>
    </message>
    <message>
        <source>The server rejected the requested security protocols as inconsistent</source>
        <translation>El servidor rechazó los protocolos de seguridad solicitados por incoherentes</translation>
    </message>
    <message>
        <source>The remote computer answered the negotiation with INCONSISTENT_FLAGS: it considers the requested combination of security protocols inconsistent with what is already in effect. This is rare and usually means faulty server software or a device in between that changes the negotiation. The client cannot continue and reports a general failure such as error code 0x904.</source>
        <translation>El equipo remoto respondió a la negociación con INCONSISTENT_FLAGS: considera que la combinación de protocolos de seguridad solicitada no es coherente con lo que ya está en vigor. Es poco frecuente y suele indicar un software de servidor defectuoso o un dispositivo intermedio que modifica la negociación. El cliente no puede continuar y notifica un error genérico, como el código de error 0x904.</translation>
    </message>
    <message>
        <source>Run the test again; if the result stays, test from another network without proxies or load balancers in between.</source>
        <translation>Vuelva a ejecutar la prueba; si el resultado se repite, pruebe desde otra red sin proxies ni equilibradores de carga en medio.</translation>
    </message>
    <message>
        <source>Install pending updates of the server&apos;s Remote Desktop software; if the problem remains, send this report to its vendor.</source>
        <translation>Instale las actualizaciones pendientes del software de Escritorio remoto del servidor; si el problema continúa, envíe este informe a su fabricante.</translation>
    </message>
    <message>
        <source>The server requires TLS encryption</source>
        <translation>El servidor exige cifrado TLS</translation>
    </message>
    <message>
        <source>The remote computer refuses the old Standard RDP Security and accepts only connections protected by TLS (SSL_REQUIRED_BY_SERVER). This is the recommended setting, and every current Remote Desktop client supports it. Only very old clients cannot connect.</source>
        <translation>El equipo remoto rechaza la antigua seguridad RDP estándar y solo acepta conexiones protegidas con TLS (SSL_REQUIRED_BY_SERVER). Es la configuración recomendada y todos los clientes de Escritorio remoto actuales la admiten. Solo los clientes muy antiguos no pueden conectarse.</translation>
    </message>
    <message>
        <source>Nothing to change on a current client. If an old client cannot connect, update the client rather than lowering the server&apos;s security.</source>
        <translation>No es necesario cambiar nada en un cliente actual. Si un cliente antiguo no puede conectarse, actualice el cliente en lugar de reducir la seguridad del servidor.</translation>
    </message>
    <message>
        <source>The server requires Network Level Authentication (NLA)</source>
        <translation>El servidor exige autenticación a nivel de red (NLA)</translation>
    </message>
    <message>
        <source>The remote computer accepts only clients that sign in before the session starts, using Network Level Authentication (CredSSP, answer HYBRID_REQUIRED_BY_SERVER). This is the secure default on Windows. The client must have NLA switched on and valid credentials, and for a domain account the remote computer must reach a domain controller; otherwise sign-in fails with an authentication error, not a network error.</source>
        <translation>El equipo remoto solo acepta clientes que inicien sesión antes de que comience la sesión, mediante la autenticación a nivel de red (CredSSP, respuesta HYBRID_REQUIRED_BY_SERVER). Es la opción predeterminada segura en Windows. El cliente debe tener NLA activada y credenciales válidas y, para una cuenta de dominio, el equipo remoto debe poder comunicarse con un controlador de dominio; de lo contrario, el inicio de sesión falla con un error de autenticación, no con un error de red.</translation>
    </message>
    <message>
        <source>Make sure the client has NLA switched on: in an .rdp file, the line enablecredsspsupport:i:0 turns it off. Change it to enablecredsspsupport:i:1 or delete the line.</source>
        <translation>Asegúrese de que el cliente tiene NLA activada: en un archivo .rdp, la línea enablecredsspsupport:i:0 la desactiva. Cámbiela por enablecredsspsupport:i:1 o elimine la línea.</translation>
    </message>
    <message>
        <source>Sign in with an account that may use Remote Desktop on that computer (a member of Remote Desktop Users or Administrators), written as DOMAIN\user or user@domain.</source>
        <translation>Inicie sesión con una cuenta que tenga permiso para usar Escritorio remoto en ese equipo (miembro de Usuarios de escritorio remoto o de Administradores), escrita como DOMINIO\usuario o usuario@dominio.</translation>
    </message>
    <message>
        <source>Only if sign-in fails because the remote computer cannot reach a domain controller (&apos;The Local Security Authority cannot be contacted&apos;): switch NLA off for a short time. This weakens security, since anyone who reaches the port gets a sign-in screen; switch it back on with /d 1 as soon as the domain connection works.</source>
        <translation>Solo si el inicio de sesión falla porque el equipo remoto no puede comunicarse con un controlador de dominio (&apos;The Local Security Authority cannot be contacted&apos;; en Windows en español, &apos;No se puede establecer contacto con la autoridad de seguridad local&apos;): desactive NLA durante un breve período. Esto reduce la seguridad, ya que cualquiera que llegue al puerto obtiene una pantalla de inicio de sesión; vuelva a activarla con /d 1 en cuanto funcione la conexión con el dominio.</translation>
    </message>
    <message>
        <source>The server requires a client certificate</source>
        <translation>El servidor exige un certificado de cliente</translation>
    </message>
    <message>
        <source>The remote computer accepts only TLS connections in which the client also proves its identity with a certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). This setting is unusual. rdpdiag sends no client certificate, so it cannot test further, and clients without the expected certificate cannot connect.</source>
        <translation>El equipo remoto solo acepta conexiones TLS en las que el cliente también demuestre su identidad con un certificado (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER). Esta configuración es poco habitual. rdpdiag no envía ningún certificado de cliente, así que no puede seguir comprobando, y los clientes que no tengan el certificado esperado no pueden conectarse.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator which client certificate or smart card is required, and install it on this computer.</source>
        <translation>Pregunte al administrador del servidor qué certificado de cliente o tarjeta inteligente se requiere, e instálelo en este equipo.</translation>
    </message>
    <message>
        <source>On the remote computer, save a report of the Group Policy settings in effect and open it, to find the setting that requires client authentication.</source>
        <translation>En el equipo remoto, guarde un informe de la configuración de directiva de grupo aplicada y ábralo para encontrar la opción que exige la autenticación del cliente.</translation>
    </message>
    <message>
        <source>The server still accepts the insecure Standard RDP Security</source>
        <translation>El servidor sigue aceptando la seguridad RDP estándar, que no es segura</translation>
    </message>
    <message>
        <source>Besides TLS, the remote computer still accepts Standard RDP Security, the original Remote Desktop encryption. It cannot prove the server&apos;s identity, so a device in the network path could pose as the server and read what is typed, passwords included. It does not stop connections, but it should be switched off.</source>
        <translation>Además de TLS, el equipo remoto sigue aceptando la seguridad RDP estándar, el cifrado original de Escritorio remoto. No puede demostrar la identidad del servidor, así que un dispositivo de la ruta de red podría hacerse pasar por el servidor y leer lo que se escribe, contraseñas incluidas. No impide las conexiones, pero conviene desactivarla.</translation>
    </message>
    <message>
        <source>In a domain, set the Group Policy Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security &gt; &apos;Require use of specific security layer for remote (RDP) connections&apos; to SSL.</source>
        <translation>En un dominio, establezca la directiva de grupo Configuración del equipo &gt; Plantillas administrativas &gt; Componentes de Windows &gt; Servicios de Escritorio remoto &gt; Host de sesión de Escritorio remoto &gt; Seguridad &gt; &apos;Requerir el uso de una capa de seguridad específica para conexiones remotas (RDP)&apos; (en inglés, &apos;Require use of specific security layer for remote (RDP) connections&apos;) en SSL.</translation>
    </message>
    <message>
        <source>On an xrdp server, accept TLS only and restart xrdp (a working certificate is needed).</source>
        <translation>En un servidor xrdp, acepte solo TLS y reinicie xrdp (se necesita un certificado que funcione).</translation>
    </message>
    <message>
        <source>The server does not offer Network Level Authentication (NLA)</source>
        <translation>El servidor no ofrece autenticación a nivel de red (NLA)</translation>
    </message>
    <message>
        <source>The remote computer does not offer CredSSP, the protocol behind Network Level Authentication. Without NLA anyone who reaches the port gets a sign-in screen, which costs the server resources and exposes it to password guessing and to attacks before sign-in. Connections still work, but a Windows server should require NLA.</source>
        <translation>El equipo remoto no ofrece CredSSP, el protocolo en el que se basa la autenticación a nivel de red. Sin NLA, cualquiera que llegue al puerto obtiene una pantalla de inicio de sesión, lo que consume recursos del servidor y lo expone a la adivinación de contraseñas y a ataques antes del inicio de sesión. Las conexiones siguen funcionando, pero un servidor Windows debería exigir NLA.</translation>
    </message>
    <message>
        <source>xrdp 0.9 does not offer NLA; limit who can reach its port with a firewall rule or a VPN instead.</source>
        <translation>xrdp 0.9 no ofrece NLA; en su lugar, limite quién puede llegar a su puerto con una regla de firewall o una VPN.</translation>
    </message>
    <message>
        <source>This computer&apos;s connection settings do not match the server&apos;s policy</source>
        <translation>La configuración de conexión de este equipo no se ajusta a la directiva del servidor</translation>
    </message>
    <message>
        <source>The settings in the connection file (.rdp) used here cannot meet what the remote computer requires; for example Network Level Authentication (CredSSP) is switched off in the file while the server requires it. The server is fine: the client gives up with error code 0x904 or an authentication message. Changing the lines named below in the .rdp file fixes it.</source>
        <translation>La configuración del archivo de conexión (.rdp) usado aquí no puede cumplir lo que exige el equipo remoto; por ejemplo, la autenticación a nivel de red (CredSSP) está desactivada en el archivo mientras que el servidor la exige. El servidor está bien: el cliente desiste con el código de error 0x904 o un mensaje de autenticación. Para solucionarlo, cambie en el archivo .rdp las líneas que se indican a continuación.</translation>
    </message>
    <message>
        <source>Open the .rdp file in a text editor (such as Notepad) and change the line enablecredsspsupport:i:0 to enablecredsspsupport:i:1, or delete it: NLA is on by default.</source>
        <translation>Abra el archivo .rdp en un editor de texto (como el Bloc de notas) y cambie la línea enablecredsspsupport:i:0 por enablecredsspsupport:i:1, o elimínela: NLA está activada de forma predeterminada.</translation>
    </message>
    <message>
        <source>If the file contains negotiate security layer:i:0, change it to negotiate security layer:i:1 (the default), so that the client negotiates TLS and NLA with the server.</source>
        <translation>Si el archivo contiene negotiate security layer:i:0, cámbielo por negotiate security layer:i:1 (el valor predeterminado), para que el cliente negocie TLS y NLA con el servidor.</translation>
    </message>
    <message>
        <source>Save the file and connect again. If your IT department provides the file (for example through a Remote Desktop web feed), ask them to correct it there.</source>
        <translation>Guarde el archivo y vuelva a conectarse. Si el archivo se lo proporciona su departamento de TI (por ejemplo, mediante una fuente web de Escritorio remoto), pídales que lo corrijan en origen.</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>El servidor restableció la conexión durante el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the MachineKeys folder, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>El equipo remoto aceptó usar TLS y luego restableció bruscamente la conexión en mitad del protocolo de enlace TLS, antes de que existiera un canal seguro. Es el patrón típico del código de error 0x904 con código extendido 0x7. Lo más frecuente es que el servidor no pueda usar la clave privada de su certificado (permisos incorrectos en la carpeta MachineKeys, un almacén de certificados dañado); con menos frecuencia, TLS 1.2 o los conjuntos de cifrado necesarios están desactivados en el servidor, o un firewall o un sistema de prevención de intrusiones corta las conexiones TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>El servidor cerró la conexión durante el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong MachineKeys permissions or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>El equipo remoto aceptó usar TLS, pero cerró la conexión durante el protocolo de enlace sin ningún mensaje de error. Igual que con un restablecimiento, el motivo habitual es que el servidor no puede usar su certificado o su clave privada: en Windows, permisos incorrectos en MachineKeys o un almacén de certificados dañado; en xrdp, un archivo de clave que no puede leer o un certificado que rechaza su biblioteca TLS (por ejemplo, una clave de menos de 2048 bits). Los clientes notifican el código de error 0x904, o 0x4 o 0x2104 en las aplicaciones para Mac e iOS.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled</source>
        <translation>El protocolo de enlace TLS se bloqueó</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS, but the handshake stopped making progress and ran out of time. A likely cause, especially over a VPN, is a path that cannot carry full-size packets (an MTU black hole): small messages get through, but the server&apos;s certificate, sent in large packets, never arrives. An overloaded server or a security device that holds the connection looks the same. Clients wait at &apos;Securing connection&apos; and then fail, often with error code 0x904.</source>
        <translation>El equipo remoto aceptó usar TLS, pero el protocolo de enlace dejó de avanzar y se agotó el tiempo de espera. Una causa probable, sobre todo a través de una VPN, es una ruta que no puede transportar paquetes de tamaño completo (un agujero negro de MTU): los mensajes pequeños llegan, pero el certificado del servidor, que se envía en paquetes grandes, nunca llega. Un servidor sobrecargado o un dispositivo de seguridad que retiene la conexión producen el mismo efecto. Los clientes se quedan en &apos;Protegiendo la conexión remota&apos; (&apos;Securing connection&apos;) y luego fallan, a menudo con el código de error 0x904.</translation>
    </message>
    <message>
        <source>Test whether full-size packets pass (Windows): 1372 bytes of data plus 28 bytes of headers make 1400. &apos;Packet needs to be fragmented&apos; or no reply, while a plain ping works, points to an MTU problem.</source>
        <translation>Compruebe si pasan los paquetes de tamaño completo (Windows): 1372 bytes de datos más 28 bytes de encabezados suman 1400. Si aparece &apos;Packet needs to be fragmented&apos; (&apos;Es necesario fragmentar el paquete&apos; en Windows en español) o no hay respuesta, mientras que un ping normal funciona, se trata de un problema de MTU.</translation>
    </message>
    <message>
        <source>The same test on Linux.</source>
        <translation>La misma prueba en Linux.</translation>
    </message>
    <message>
        <source>The same test on macOS.</source>
        <translation>La misma prueba en macOS.</translation>
    </message>
    <message>
        <source>Show the MTU of this computer&apos;s network adapters, including the VPN adapter (Windows).</source>
        <translation>Muestre la MTU de los adaptadores de red de este equipo, incluido el adaptador de la VPN (Windows).</translation>
    </message>
    <message>
        <source>Lower the MTU of the VPN connection (for example to 1350) in the VPN client&apos;s settings, or ask the network administrator to enable MSS clamping on the VPN gateway; then try again.</source>
        <translation>Reduzca la MTU de la conexión VPN (por ejemplo, a 1350) en la configuración del cliente VPN, o pida al administrador de red que habilite el ajuste de MSS (MSS clamping) en la puerta de enlace VPN; después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Try without the VPN or from another network to confirm.</source>
        <translation>Para confirmarlo, pruebe sin la VPN o desde otra red.</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake with an alert</source>
        <translation>El servidor rechazó el protocolo de enlace TLS con una alerta</translation>
    </message>
    <message>
        <source>The remote computer ended the TLS handshake with an alert message; the evidence names it. Alert 40 (handshake failure) usually means the server and the client have no cipher suite in common, alert 70 (protocol version) no TLS version in common; other alerts point to a certificate or configuration error on the server. This typically follows TLS versions or cipher suites being switched off by a hardening script or Group Policy, and clients report error code 0x904 (extended code 0x7).</source>
        <translation>El equipo remoto terminó el protocolo de enlace TLS con un mensaje de alerta; las evidencias indican cuál. La alerta 40 (handshake failure) suele significar que el servidor y el cliente no tienen ningún conjunto de cifrado en común, y la alerta 70 (protocol version), que no tienen ninguna versión de TLS en común; otras alertas apuntan a un error de certificado o de configuración en el servidor. Suele ocurrir después de que un script de refuerzo de la seguridad o una directiva de grupo desactiven versiones de TLS o conjuntos de cifrado, y los clientes notifican el código de error 0x904 (código extendido 0x7).</translation>
    </message>
    <message>
        <source>The server supports neither TLS 1.2 nor TLS 1.3</source>
        <translation>El servidor no admite ni TLS 1.2 ni TLS 1.3</translation>
    </message>
    <message>
        <source>The remote computer completes a TLS handshake with neither TLS 1.2 nor TLS 1.3, the versions current clients expect; many no longer accept TLS 1.0 or 1.1 at all. Old servers (Windows Server 2008 R2 and earlier without updates) or a registry setting that switches TLS 1.2 off cause this. The connection fails while it is being secured, usually with error code 0x904.</source>
        <translation>El equipo remoto no completa el protocolo de enlace TLS ni con TLS 1.2 ni con TLS 1.3, las versiones que esperan los clientes actuales; muchos ya no aceptan en absoluto TLS 1.0 ni 1.1. La causa son servidores antiguos (Windows Server 2008 R2 y anteriores sin actualizar) o una configuración del Registro que desactiva TLS 1.2. La conexión falla mientras se protege, normalmente con el código de error 0x904.</translation>
    </message>
    <message>
        <source>The server still accepts the outdated TLS 1.0 or TLS 1.1</source>
        <translation>El servidor sigue aceptando TLS 1.0 o TLS 1.1, que están obsoletos</translation>
    </message>
    <message>
        <source>The remote computer still accepts TLS 1.0 or TLS 1.1 (the evidence says which). Both versions have known weaknesses and are retired. Connections are not affected, but the server should accept only TLS 1.2 and newer once every client that connects to it supports TLS 1.2.</source>
        <translation>El equipo remoto sigue aceptando TLS 1.0 o TLS 1.1 (las evidencias indican cuál). Ambas versiones tienen vulnerabilidades conocidas y están retiradas. Las conexiones no se ven afectadas, pero el servidor debería aceptar solo TLS 1.2 y posteriores en cuanto todos los clientes que se conectan a él admitan TLS 1.2.</translation>
    </message>
    <message>
        <source>Before switching the old versions off, make sure every client supports TLS 1.2 (Windows 7 needs update KB3080079 for Remote Desktop). The change also affects other programs on the server that use TLS, such as a web server or SQL Server.</source>
        <translation>Antes de desactivar las versiones antiguas, asegúrese de que todos los clientes admiten TLS 1.2 (Windows 7 necesita la actualización KB3080079 para Escritorio remoto). El cambio también afecta a otros programas del servidor que usan TLS, como un servidor web o SQL Server.</translation>
    </message>
    <message>
        <source>Switch TLS 1.0 and 1.1 off for the server side (as administrator), then restart the computer.</source>
        <translation>Desactive TLS 1.0 y 1.1 para el lado del servidor (como administrador) y, después, reinicie el equipo.</translation>
    </message>
    <message>
        <source>The server accepts weak encryption</source>
        <translation>El servidor acepta cifrado débil</translation>
    </message>
    <message>
        <source>The remote computer accepts at least one weak cipher suite (RC4, 3DES, NULL or EXPORT; the evidence names it). Someone who records the traffic may be able to break such encryption, and NULL suites do not encrypt at all. Connections work, but these suites should be switched off.</source>
        <translation>El equipo remoto acepta al menos un conjunto de cifrado débil (RC4, 3DES, NULL o EXPORT; las evidencias indican cuál). Alguien que grabe el tráfico podría romper ese cifrado, y los conjuntos NULL no cifran nada. Las conexiones funcionan, pero conviene desactivar estos conjuntos.</translation>
    </message>
    <message>
        <source>Switch the weak suites off (Windows 10, Windows Server 2016 and later; as administrator).</source>
        <translation>Desactive los conjuntos débiles (Windows 10, Windows Server 2016 y versiones posteriores; como administrador).</translation>
    </message>
    <message>
        <source>On any Windows version, switch the weak ciphers off in Schannel itself (as administrator, from a command prompt), then restart the computer.</source>
        <translation>En cualquier versión de Windows, desactive los cifrados débiles en el propio Schannel (como administrador, desde un símbolo del sistema) y, después, reinicie el equipo.</translation>
    </message>
    <message>
        <source>On an xrdp server, allow only strong cipher suites and restart xrdp (if xrdp.ini has no tls_ciphers line, add tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 under [Globals]).</source>
        <translation>En un servidor xrdp, permita solo conjuntos de cifrado seguros y reinicie xrdp (si xrdp.ini no tiene ninguna línea tls_ciphers, agregue tls_ciphers=HIGH:!aNULL:!eNULL:!3DES:!RC4 en [Globals]).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>El certificado del servidor ha caducado</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because the private keys in the MachineKeys folder cannot be written (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) ha superado su fecha de caducidad. Los clientes avisan de ello y algunos se niegan a conectarse. Windows renueva por sí solo su certificado autofirmado de Escritorio remoto, así que un certificado caducado significa que la renovación falló, normalmente porque no se pueden escribir las claves privadas en la carpeta MachineKeys (evento 1058); un certificado emitido por una entidad de certificación debe renovarlo su administrador.</translation>
    </message>
    <message>
        <source>If the dates look right on the server, check this computer&apos;s date and time: a clock set in the future makes valid certificates look expired.</source>
        <translation>Si las fechas parecen correctas en el servidor, compruebe la fecha y la hora de este equipo: un reloj adelantado hace que certificados válidos parezcan caducados.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>El certificado del servidor aún no es válido</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) becomes valid only in the future. Almost always a clock is wrong: this computer&apos;s clock is behind, or the server&apos;s clock was ahead when it created the certificate. Clients warn about it or refuse to connect, and a wrong clock also breaks Network Level Authentication.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) solo será válido en el futuro. Casi siempre hay un reloj mal ajustado: el reloj de este equipo va atrasado, o el del servidor iba adelantado cuando creó el certificado. Los clientes avisan de ello o se niegan a conectarse, y un reloj incorrecto también hace fallar la autenticación a nivel de red.</translation>
    </message>
    <message>
        <source>If both clocks are right and the certificate is the self-signed one, renew it: delete it and restart the services, which create a new one.</source>
        <translation>Si ambos relojes son correctos y el certificado es el autofirmado, renuévelo: elimínelo y reinicie los servicios, que crearán uno nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expires within 30 days</source>
        <translation>El certificado del servidor caduca dentro de 30 días</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) ends within the next 30 days. Nothing fails yet, but afterwards clients will warn or refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself; a certificate from a certificate authority must be renewed in time.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) caduca en los próximos 30 días. Todavía no falla nada, pero después los clientes mostrarán advertencias o se negarán a conectarse. Windows renueva por sí solo su certificado autofirmado de Escritorio remoto; un certificado emitido por una entidad de certificación debe renovarse a tiempo.</translation>
    </message>
    <message>
        <source>For the self-signed certificate, check that automatic renewal works: events 1057 or 1058 report failures, usually caused by the permissions of the MachineKeys folder.</source>
        <translation>Para el certificado autofirmado, compruebe que funciona la renovación automática: los eventos 1057 o 1058 notifican errores, normalmente causados por los permisos de la carpeta MachineKeys.</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate</source>
        <translation>El servidor usa un certificado autofirmado</translation>
    </message>
    <message>
        <source>The remote computer&apos;s certificate (thumbprint {thumbprint}) was signed by the computer itself, as Windows does by default for Remote Desktop. Clients cannot check it against an authority they trust, so they ask whether to trust it, and some mobile clients handle this poorly. This is normal, but before accepting, check that the thumbprint the client shows is the server&apos;s.</source>
        <translation>El certificado del equipo remoto (huella digital {thumbprint}) lo firmó el propio equipo, como hace Windows de forma predeterminada para Escritorio remoto. Los clientes no pueden comprobarlo con una entidad de confianza, así que preguntan si se debe confiar en él, y algunos clientes móviles no lo gestionan bien. Es normal, pero antes de aceptarlo, compruebe que la huella digital que muestra el cliente es la del servidor.</translation>
    </message>
    <message>
        <source>When the client asks, compare the thumbprint it shows with {thumbprint}; accept and remember the certificate only if they match.</source>
        <translation>Cuando el cliente pregunte, compare la huella digital que muestra con {thumbprint}; acepte y recuerde el certificado solo si coinciden.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted by this computer</source>
        <translation>Este equipo no confía en el certificado del servidor</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) does not lead to a certificate authority that this computer trusts. Usually a company&apos;s own certificate authority issued it and its root certificate is not installed here, or the server does not send the intermediate certificates. Clients ask whether to trust it; accept it only after checking the thumbprint.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) no lleva a ninguna entidad de certificación en la que confíe este equipo. Normalmente lo emitió una entidad de certificación propia de una empresa cuyo certificado raíz no está instalado aquí, o el servidor no envía los certificados intermedios. Los clientes preguntan si se debe confiar en él; acéptelo solo después de comprobar la huella digital.</translation>
    </message>
    <message>
        <source>If the certificate comes from your organisation&apos;s certificate authority, install its root certificate on this computer (IT departments usually do this with Group Policy or device management).</source>
        <translation>Si el certificado procede de la entidad de certificación de su organización, instale su certificado raíz en este equipo (los departamentos de TI suelen hacerlo mediante directiva de grupo o la administración de dispositivos).</translation>
    </message>
    <message>
        <source>Install the intermediate certificates of the chain in the remote computer&apos;s &apos;Intermediate Certification Authorities&apos; store, so that it sends the whole chain.</source>
        <translation>Instale los certificados intermedios de la cadena en el almacén &apos;Entidades de certificación intermedias&apos; del equipo remoto, para que envíe la cadena completa.</translation>
    </message>
    <message>
        <source>The certificate is made out to a different name</source>
        <translation>El certificado está emitido para otro nombre</translation>
    </message>
    <message>
        <source>The name used to connect, {host}, is neither the certificate&apos;s subject nor one of its alternative names (the evidence lists the names it has). This happens when connecting by IP address, by a short name or through an alias, because Windows&apos; self-signed certificate carries only the computer&apos;s own full name. Clients warn that the server&apos;s identity cannot be verified; it can also mean that a different computer answered.</source>
        <translation>El nombre usado para conectarse, {host}, no es ni el sujeto del certificado ni uno de sus nombres alternativos (las evidencias enumeran los nombres que contiene). Ocurre al conectarse mediante una dirección IP, un nombre corto o un alias, porque el certificado autofirmado de Windows solo incluye el nombre completo del propio equipo. Los clientes advierten de que no se puede comprobar la identidad del servidor; también puede significar que respondió otro equipo.</translation>
    </message>
    <message>
        <source>Connect using a name the certificate contains (see the evidence), usually the computer&apos;s full name such as pc01.corp.example.com.</source>
        <translation>Conéctese usando un nombre que contenga el certificado (consulte las evidencias), normalmente el nombre completo del equipo, como pc01.corp.example.com.</translation>
    </message>
    <message>
        <source>To connect as {host} without warnings, have your certificate authority issue a certificate that lists {host} as a subject alternative name, and select it for Remote Desktop.</source>
        <translation>Para conectarse como {host} sin advertencias, solicite a su entidad de certificación un certificado que incluya {host} como nombre alternativo del sujeto y selecciónelo para Escritorio remoto.</translation>
    </message>
    <message>
        <source>If the names have nothing to do with the computer you meant, stop: another device answers on this address (wrong address, wrong port forward, or interception).</source>
        <translation>Si los nombres no tienen nada que ver con el equipo al que quería conectarse, deténgase: otro dispositivo responde en esta dirección (dirección equivocada, reenvío de puertos incorrecto o una interceptación).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too short</source>
        <translation>La clave del certificado es demasiado corta</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) uses an RSA key shorter than 2048 bits, or a similarly weak key. Such keys can be broken with enough computing power, and current TLS libraries reject them: an xrdp server with such a certificate cannot complete any TLS handshake. Replace it with a certificate whose key has at least 2048 bits.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) usa una clave RSA de menos de 2048 bits o una clave igual de débil. Estas claves se pueden romper con suficiente capacidad de cálculo, y las bibliotecas TLS actuales las rechazan: un servidor xrdp con un certificado así no puede completar ningún protocolo de enlace TLS. Sustitúyalo por un certificado cuya clave tenga al menos 2048 bits.</translation>
    </message>
    <message>
        <source>The certificate is signed with an outdated algorithm</source>
        <translation>El certificado está firmado con un algoritmo obsoleto</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is signed with SHA-1 or MD5. These algorithms are broken, so such a signature no longer proves who issued the certificate, and current clients may reject it. Replace it with a certificate signed with SHA-256 or better.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) está firmado con SHA-1 o MD5. Estos algoritmos están rotos, así que esa firma ya no demuestra quién emitió el certificado, y los clientes actuales pueden rechazarlo. Sustitúyalo por un certificado firmado con SHA-256 o un algoritmo mejor.</translation>
    </message>
    <message>
        <source>The certificate is not meant for server authentication</source>
        <translation>El certificado no está destinado a la autenticación de servidor</translation>
    </message>
    <message>
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) lists its permitted purposes (Extended Key Usage) and Server Authentication is not among them, so it is not meant to identify a server. Clients may refuse it, and Windows logs event 1054 when a certificate chosen for Remote Desktop has the wrong purpose. Usually the wrong certificate was selected, or it was issued from the wrong template.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) enumera sus propósitos permitidos (uso mejorado de clave) y Autenticación del servidor no figura entre ellos, así que no está destinado a identificar un servidor. Los clientes pueden rechazarlo, y Windows registra el evento 1054 cuando un certificado elegido para Escritorio remoto tiene un propósito incorrecto. Normalmente se seleccionó un certificado equivocado o se emitió con una plantilla incorrecta.</translation>
    </message>
    <message>
        <source>The server broke off Network Level Authentication</source>
        <translation>El servidor interrumpió la autenticación a nivel de red</translation>
    </message>
    <message>
        <source>After the TLS handshake, the remote computer ended the connection instead of starting Network Level Authentication (CredSSP) with the NTLM message rdpdiag sends; rdpdiag never sends a name or password. Usually NTLM is switched off on the server or in its domain, so only Kerberos sign-in works, or the server&apos;s CredSSP is broken. Clients that cannot use Kerberos, such as Macs or computers outside the domain, then fail with error code 0x904 or an authentication error (0x207 in the Mac app).</source>
        <translation>Después del protocolo de enlace TLS, el equipo remoto terminó la conexión en lugar de iniciar la autenticación a nivel de red (CredSSP) con el mensaje NTLM que envía rdpdiag; rdpdiag nunca envía un nombre ni una contraseña. Normalmente NTLM está desactivado en el servidor o en su dominio, de modo que solo funciona el inicio de sesión con Kerberos, o el CredSSP del servidor no funciona correctamente. Los clientes que no pueden usar Kerberos, como los Mac o los equipos que no pertenecen al dominio, fallan entonces con el código de error 0x904 o un error de autenticación (0x207 en la aplicación para Mac).</translation>
    </message>
    <message>
        <source>Check whether incoming NTLM is denied on the remote computer: RestrictReceivingNTLMTraffic 0x2 means &apos;deny all&apos;.</source>
        <translation>Compruebe si el NTLM entrante está denegado en el equipo remoto: RestrictReceivingNTLMTraffic 0x2 significa &apos;denegar todo&apos;.</translation>
    </message>
    <message>
        <source>Read the NTLM events of the remote computer (blocked or audited NTLM sign-ins appear here when NTLM auditing is on).</source>
        <translation>Consulte los eventos de NTLM del equipo remoto (los inicios de sesión NTLM bloqueados o auditados aparecen aquí cuando la auditoría de NTLM está activada).</translation>
    </message>
    <message>
        <source>If NTLM is switched off on purpose, connect with Kerberos: use the computer&apos;s full DNS name (not an IP address), sign in as user@domain, and make sure this computer can reach a domain controller (on a Mac, a Kerberos configuration for the domain).</source>
        <translation>Si NTLM se ha desactivado a propósito, conéctese con Kerberos: use el nombre DNS completo del equipo (no una dirección IP), inicie sesión como usuario@dominio y asegúrese de que este equipo puede comunicarse con un controlador de dominio (en un Mac, con una configuración de Kerberos para el dominio).</translation>
    </message>
    <message>
        <source>A computer that is not in a domain needs NTLM to check its local accounts: do not deny incoming NTLM there.</source>
        <translation>Un equipo que no pertenece a un dominio necesita NTLM para comprobar sus cuentas locales: no deniegue el NTLM entrante en él.</translation>
    </message>
    <message>
        <source>The server&apos;s CredSSP predates the 2018 security fix</source>
        <translation>El CredSSP del servidor es anterior a la corrección de seguridad de 2018</translation>
    </message>
    <message>
        <source>The remote computer speaks a version of CredSSP, the protocol behind Network Level Authentication, from before the May 2018 fix for CVE-2018-0886 (the &apos;encryption oracle&apos; flaw). Updated clients with the default policy (AllowEncryptionOracle = Mitigated) refuse to connect to such a server and show &apos;An authentication error has occurred&apos; mentioning CredSSP encryption oracle remediation. The fix is to update the server; changing the client&apos;s policy is only a temporary workaround.</source>
        <translation>El equipo remoto usa una versión de CredSSP, el protocolo en el que se basa la autenticación a nivel de red, anterior a la corrección de mayo de 2018 para CVE-2018-0886 (la vulnerabilidad de &apos;encryption oracle&apos;). Los clientes actualizados con la directiva predeterminada (AllowEncryptionOracle = Mitigated) se niegan a conectarse a un servidor así y muestran &apos;Se produjo un error de autenticación&apos; (&apos;An authentication error has occurred&apos;), con una referencia a la corrección de Oracle de cifrado de CredSSP. La solución es actualizar el servidor; cambiar la directiva del cliente es solo una solución alternativa temporal.</translation>
    </message>
    <message>
        <source>Install the current Windows updates on the remote computer (every cumulative update since May 2018 contains the fix) and restart it.</source>
        <translation>Instale las actualizaciones de Windows actuales en el equipo remoto (todas las actualizaciones acumulativas desde mayo de 2018 incluyen la corrección) y reinícielo.</translation>
    </message>
    <message>
        <source>Show the most recently installed updates of the remote computer.</source>
        <translation>Muestre las actualizaciones instaladas más recientemente en el equipo remoto.</translation>
    </message>
    <message>
        <source>Keep this computer updated as well: both ends need the fix.</source>
        <translation>Mantenga también actualizado este equipo: ambos extremos necesitan la corrección.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s policy: AllowEncryptionOracle 0 = Force updated clients, 1 = Mitigated, 2 = Vulnerable; no value means the default, Mitigated.</source>
        <translation>Compruebe la directiva de este equipo: AllowEncryptionOracle 0 = Force updated clients (forzar clientes actualizados), 1 = Mitigated (mitigado), 2 = Vulnerable; si no hay ningún valor, se aplica el predeterminado, Mitigated.</translation>
    </message>
    <message>
        <source>Only as a temporary workaround until the server is updated, and only on a network you trust: allow connections to unpatched servers (as administrator). This reopens the vulnerability on this computer; remove it again with the next step.</source>
        <translation>Solo como solución alternativa temporal hasta que se actualice el servidor, y solo en una red de confianza: permita las conexiones a servidores sin revisiones (como administrador). Esto vuelve a abrir la vulnerabilidad en este equipo; elimine esta configuración con el paso siguiente.</translation>
    </message>
    <message>
        <source>Remove the workaround as soon as the server is updated.</source>
        <translation>Elimine la solución alternativa en cuanto se actualice el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s clock differs from this computer&apos;s by more than 5 minutes</source>
        <translation>El reloj del servidor difiere del de este equipo en más de 5 minutos</translation>
    </message>
    <message>
        <source>The time the remote computer reported during Network Level Authentication differs from this computer&apos;s clock by more than 5 minutes (the evidence has the exact difference). Kerberos, which domain sign-ins use, tolerates at most 5 minutes, so sign-in can fail with an authentication error, and certificates can look expired or not yet valid. The clocks are compared in universal time, so a wrong time zone counts even when the displayed time looks right.</source>
        <translation>La hora que indicó el equipo remoto durante la autenticación a nivel de red difiere del reloj de este equipo en más de 5 minutos (las evidencias contienen la diferencia exacta). Kerberos, que se usa para los inicios de sesión de dominio, tolera como máximo 5 minutos, así que el inicio de sesión puede fallar con un error de autenticación y los certificados pueden parecer caducados o aún no válidos. Los relojes se comparan en hora universal (UTC), así que una zona horaria incorrecta también cuenta aunque la hora mostrada parezca correcta.</translation>
    </message>
    <message>
        <source>Compare this computer&apos;s clock directly with the remote computer&apos;s (works when it answers time requests, as domain controllers do).</source>
        <translation>Compare directamente el reloj de este equipo con el del equipo remoto (funciona si responde a solicitudes de hora, como hacen los controladores de dominio).</translation>
    </message>
    <message>
        <source>Check the time zone setting of both computers: the displayed time can look right while the time zone, and so the real time, is wrong.</source>
        <translation>Compruebe la zona horaria de ambos equipos: la hora mostrada puede parecer correcta aunque la zona horaria, y por tanto la hora real, sea incorrecta.</translation>
    </message>
    <message>
        <source>The built-in rule covers only the default port 3389. If Remote Desktop was moved to another port, add a rule for that port (the command uses {port}).</source>
        <translation>La regla integrada solo cubre el puerto predeterminado 3389. Si Escritorio remoto se movió a otro puerto, agregue una regla para ese puerto (el comando usa {port}).</translation>
    </message>
    <message>
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>Si la dirección es una dirección IPv6 (contiene dos puntos) y esta red no tiene IPv6, conéctese a la dirección IPv4 del equipo.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Cli</name>
    <message>
        <source>rdpdiag: cannot write the log file %1: %2
</source>
        <translation>rdpdiag: no se puede escribir el archivo de registro %1: %2
</translation>
    </message>
    <message>
        <source>Finds out why a Remote Desktop connection fails (for example error code 0x904, extended error code 0x7): checks name resolution, TCP, the RDP security negotiation, TLS, the certificate and CredSSP, and says what to fix.</source>
        <translation>Averigua por qué falla una conexión de Escritorio remoto (por ejemplo, con el código de error 0x904 y el código de error extendido 0x7): comprueba la resolución de nombres, TCP, la negociación de seguridad de RDP, TLS, el certificado y CredSSP, e indica qué hay que corregir.</translation>
    </message>
    <message>
        <source>Print the JSON report instead of a summary.</source>
        <translation>Imprime el informe JSON en lugar de un resumen.</translation>
    </message>
    <message>
        <source>Time budget of each network step in milliseconds (default 5000).</source>
        <translation>Tiempo máximo de cada paso de red, en milisegundos (predeterminado: 5000).</translation>
    </message>
    <message>
        <source>Port when TARGET names none (default 3389).</source>
        <translation>Puerto que se usa cuando TARGET no indica ninguno (predeterminado: 3389).</translation>
    </message>
    <message>
        <source>The error code the Remote Desktop client showed, e.g. 0x904.</source>
        <translation>El código de error que mostró el cliente de Escritorio remoto, p. ej., 0x904.</translation>
    </message>
    <message>
        <source>The extended error code the client showed, e.g. 0x7.</source>
        <translation>El código de error extendido que mostró el cliente, p. ej., 0x7.</translation>
    </message>
    <message>
        <source>Log details to standard error.</source>
        <translation>Registra los detalles en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Write the debug log to this file.</source>
        <translation>Escribe el registro de depuración en este archivo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>host, host:port, [IPv6]:port, an IPv6 address, or an .rdp file.</source>
        <translation>host, host:puerto, [IPv6]:puerto, una dirección IPv6 o un archivo .rdp.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage.
</source>
        <translation>
Códigos de salida: 0 no se encontró ningún error, 1 se encontró al menos un error, 2 entrada o uso incorrectos.
</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout debe ser un número de milisegundos entre 1 y %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &quot;%1&quot;</source>
        <translation>--port debe ser un número entre 1 y 65535, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--error-code &quot;%1&quot; is not an error code (try 0x904)</source>
        <translation>--error-code &quot;%1&quot; no es un código de error (pruebe con 0x904)</translation>
    </message>
    <message>
        <source>--extended-code &quot;%1&quot; is not an error code (try 0x7)</source>
        <translation>--extended-code &quot;%1&quot; no es un código de error (pruebe con 0x7)</translation>
    </message>
    <message>
        <source>no target given: name the computer to check (see --help)</source>
        <translation>no se indicó ningún destino: indique el equipo que quiere comprobar (consulte --help)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>solo se admite un destino cada vez; se recibieron %1: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
    <message>
        <source>Error code %1 (extended %2)</source>
        <translation>Código de error %1 (extendido %2)</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>Código de error %1</translation>
    </message>
    <message>
        <source>Extended error code %1</source>
        <translation>Código de error extendido %1</translation>
    </message>
    <message>
        <source>the TLS handshake and the server certificate</source>
        <translation>el protocolo de enlace TLS y el certificado del servidor</translation>
    </message>
    <message>
        <source>signing in: user name, password, account lockout and the &quot;Allow log on through Remote Desktop Services&quot; right</source>
        <translation>el inicio de sesión: nombre de usuario, contraseña, bloqueo de cuenta y el derecho &quot;Permitir inicio de sesión a través de Servicios de Escritorio remoto&quot;</translation>
    </message>
    <message>
        <source>Remote Desktop licensing (grace period, license server)</source>
        <translation>las licencias de Escritorio remoto (período de gracia, servidor de licencias)</translation>
    </message>
    <message>
        <source>connection limits on the server (MaxInstanceCount, sessions in use)</source>
        <translation>los límites de conexión del servidor (MaxInstanceCount, sesiones en uso)</translation>
    </message>
    <message>
        <source>the server&apos;s event logs (System: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</source>
        <translation>los registros de eventos del servidor (Sistema: Schannel 36870/36871/36874/36888, TerminalServices-RemoteConnectionManager 1057/1058)</translation>
    </message>
    <message>
        <source>The connection fails: %1.</source>
        <translation>La conexión falla: %1.</translation>
    </message>
    <message>
        <source>%1 is explained: %2.</source>
        <translation>%1 se explica así: %2.</translation>
    </message>
    <message>
        <source>%1 is not what this problem usually causes, but this problem alone stops the connection: %2.</source>
        <translation>%1 no es lo que suele provocar este problema, pero este problema por sí solo impide la conexión: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is not explained by anything this run could see from here. Look next at: %3.</source>
        <translation>%1 (%2) no se explica por nada de lo que esta ejecución pudo ver desde aquí. Revise a continuación: %3.</translation>
    </message>
    <message>
        <source>No problem that stops a connection was found. Not checked from here: %1.</source>
        <translation>No se encontró ningún problema que impida la conexión. No se comprobó desde aquí: %1.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ErrorCodes</name>
    <message>
        <source>No information: the client gave no reason.</source>
        <translation>Sin información: el cliente no indicó ningún motivo.</translation>
    </message>
    <message>
        <source>The connection was ended on this computer (by you or the app); not an error.</source>
        <translation>La conexión se cerró en este equipo (por usted o por la aplicación); no es un error.</translation>
    </message>
    <message>
        <source>A user on the remote side ended the session (signed out or disconnected).</source>
        <translation>Un usuario del lado remoto terminó la sesión (cerró la sesión o se desconectó).</translation>
    </message>
    <message>
        <source>The server ended the session (for example an administrator or a time limit); not a connection error.</source>
        <translation>El servidor terminó la sesión (por ejemplo, un administrador o un límite de tiempo); no es un error de conexión.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac and iOS apps: the session ended while the connection was being set up; with xrdp servers, the server&apos;s log shows a failed TLS handshake.</source>
        <translation>Notificado por usuarios de las aplicaciones para Mac e iOS: la sesión terminó mientras se establecía la conexión; con servidores xrdp, el registro del servidor muestra un error en el protocolo de enlace TLS.</translation>
    </message>
    <message>
        <source>The computer name could not be found (DNS lookup failed).</source>
        <translation>No se encontró el nombre del equipo (error en la búsqueda DNS).</translation>
    </message>
    <message>
        <source>The client ran out of memory.</source>
        <translation>El cliente se quedó sin memoria.</translation>
    </message>
    <message>
        <source>The connection attempt timed out: the remote computer did not answer.</source>
        <translation>Se agotó el tiempo de espera del intento de conexión: el equipo remoto no respondió.</translation>
    </message>
    <message>
        <source>The connection could not be opened: remote access is off, the computer is off or unreachable, or a firewall is in the way.</source>
        <translation>No se pudo abrir la conexión: el acceso remoto está desactivado, el equipo está apagado o no es accesible, o hay un firewall de por medio.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong password, NTLM switched off on the server, or a Kerberos sign-in that failed.</source>
        <translation>Notificado por usuarios de la aplicación para Mac: error al iniciar sesión. Causas observadas: una contraseña caducada o incorrecta, NTLM desactivado en el servidor o un error en el inicio de sesión con Kerberos.</translation>
    </message>
    <message>
        <source>The computer name could not be found.</source>
        <translation>No se encontró el nombre del equipo.</translation>
    </message>
    <message>
        <source>Sending data to the remote computer failed: the connection broke.</source>
        <translation>Error al enviar datos al equipo remoto: la conexión se interrumpió.</translation>
    </message>
    <message>
        <source>The IP address given is not valid.</source>
        <translation>La dirección IP indicada no es válida.</translation>
    </message>
    <message>
        <source>Receiving data from the remote computer failed: the connection broke.</source>
        <translation>Error al recibir datos del equipo remoto: la conexión se interrumpió.</translation>
    </message>
    <message>
        <source>The server sent security data the client could not accept.</source>
        <translation>El servidor envió datos de seguridad que el cliente no pudo aceptar.</translation>
    </message>
    <message>
        <source>An internal error of the client.</source>
        <translation>Error interno del cliente.</translation>
    </message>
    <message>
        <source>The encryption method is not valid.</source>
        <translation>El método de cifrado no es válido.</translation>
    </message>
    <message>
        <source>The computer name could not be turned into an address.</source>
        <translation>No se pudo convertir el nombre del equipo en una dirección.</translation>
    </message>
    <message>
        <source>The server&apos;s security information is not valid.</source>
        <translation>La información de seguridad del servidor no es válida.</translation>
    </message>
    <message>
        <source>An internal timer error of the client.</source>
        <translation>Error interno de temporizador del cliente.</translation>
    </message>
    <message>
        <source>A time limit ran out while connecting.</source>
        <translation>Se agotó un límite de tiempo durante la conexión.</translation>
    </message>
    <message>
        <source>The client could not read the server&apos;s certificate.</source>
        <translation>El cliente no pudo leer el certificado del servidor.</translation>
    </message>
    <message>
        <source>Reported by users: connecting to the console session failed because you already have a console session (for example when connecting to the computer you are using).</source>
        <translation>Notificado por usuarios: no se pudo conectar a la sesión de consola porque ya tiene una sesión de consola (por ejemplo, al conectarse al equipo que está usando).</translation>
    </message>
    <message>
        <source>The IP address is not valid.</source>
        <translation>La dirección IP no es válida.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user name or password was not accepted.</source>
        <translation>Error al iniciar sesión: no se aceptó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing failed.</source>
        <translation>Error en las licencias de Escritorio remoto.</translation>
    </message>
    <message>
        <source>The connection was closed by the remote computer or by the network after it had been opened (socket closed).</source>
        <translation>El equipo remoto o la red cerraron la conexión después de que se abriera (socket cerrado).</translation>
    </message>
    <message>
        <source>An internal security error.</source>
        <translation>Error interno de seguridad.</translation>
    </message>
    <message>
        <source>Remote Desktop licensing timed out.</source>
        <translation>Se agotó el tiempo de espera de las licencias de Escritorio remoto.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account does not exist.</source>
        <translation>Error al iniciar sesión: la cuenta de usuario no existe.</translation>
    </message>
    <message>
        <source>An encryption error.</source>
        <translation>Error de cifrado.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is disabled.</source>
        <translation>Error al iniciar sesión: la cuenta de usuario está deshabilitada.</translation>
    </message>
    <message>
        <source>A decryption error.</source>
        <translation>Error de descifrado.</translation>
    </message>
    <message>
        <source>Sign-in failed: an account restriction prevents it (for example membership in the Protected Users group).</source>
        <translation>Error al iniciar sesión: una restricción de cuenta lo impide (por ejemplo, la pertenencia al grupo Usuarios protegidos).</translation>
    </message>
    <message>
        <source>The client could not decompress data sent by the server.</source>
        <translation>El cliente no pudo descomprimir los datos enviados por el servidor.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account is locked out.</source>
        <translation>Error al iniciar sesión: la cuenta de usuario está bloqueada.</translation>
    </message>
    <message>
        <source>Sign-in failed: the user account has expired.</source>
        <translation>Error al iniciar sesión: la cuenta de usuario ha caducado.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password has expired.</source>
        <translation>Error al iniciar sesión: la contraseña ha caducado.</translation>
    </message>
    <message>
        <source>Reported by users: the client detected a protocol error and disconnected the session.</source>
        <translation>Notificado por usuarios: el cliente detectó un error de protocolo y desconectó la sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed: the password must be changed before signing in.</source>
        <translation>Error al iniciar sesión: hay que cambiar la contraseña antes de iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed: a credential delegation policy does not allow sending your credentials to this server.</source>
        <translation>Error al iniciar sesión: una directiva de delegación de credenciales no permite enviar sus credenciales a este servidor.</translation>
    </message>
    <message>
        <source>Sign-in failed because of a policy that allows only NTLM authentication.</source>
        <translation>Error al iniciar sesión debido a una directiva que solo permite la autenticación NTLM.</translation>
    </message>
    <message>
        <source>Sign-in failed: no authority could check the credentials (a domain controller or Kerberos server is unreachable).</source>
        <translation>Error al iniciar sesión: ninguna autoridad pudo comprobar las credenciales (no se puede acceder a un controlador de dominio o a un servidor Kerberos).</translation>
    </message>
    <message>
        <source>Sign-in failed: a certificate used for the sign-in has expired.</source>
        <translation>Error al iniciar sesión: ha caducado un certificado usado para el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign-in failed: wrong smart card PIN.</source>
        <translation>Error al iniciar sesión: PIN de tarjeta inteligente incorrecto.</translation>
    </message>
    <message>
        <source>Reported by users of the Mac app as a protocol error with xrdp servers; creating a new certificate on the server fixed it.</source>
        <translation>Notificado por usuarios de la aplicación para Mac como error de protocolo con servidores xrdp; se solucionó creando un certificado nuevo en el servidor.</translation>
    </message>
    <message>
        <source>Sign-in failed: the server does not accept saved credentials; type them again.</source>
        <translation>Error al iniciar sesión: el servidor no acepta credenciales guardadas; vuelva a escribirlas.</translation>
    </message>
    <message>
        <source>Sign-in failed: the smart card is blocked.</source>
        <translation>Error al iniciar sesión: la tarjeta inteligente está bloqueada.</translation>
    </message>
    <message>
        <source>Reported by users: you may not have permission to sign in remotely (the account is not in the Remote Desktop Users group).</source>
        <translation>Notificado por usuarios: puede que no tenga permiso para iniciar sesión de forma remota (la cuenta no pertenece al grupo Usuarios de escritorio remoto).</translation>
    </message>
    <message>
        <source>No additional information; typical when the network or the server simply closed the connection.</source>
        <translation>Sin información adicional; es lo habitual cuando la red o el servidor simplemente cerraron la conexión.</translation>
    </message>
    <message>
        <source>An administration tool disconnected the session.</source>
        <translation>Una herramienta de administración desconectó la sesión.</translation>
    </message>
    <message>
        <source>An administration tool signed the session out.</source>
        <translation>Una herramienta de administración cerró la sesión.</translation>
    </message>
    <message>
        <source>The session&apos;s idle time limit was reached.</source>
        <translation>Se alcanzó el límite de tiempo de inactividad de la sesión.</translation>
    </message>
    <message>
        <source>The session&apos;s active time limit was reached.</source>
        <translation>Se alcanzó el límite de tiempo de actividad de la sesión.</translation>
    </message>
    <message>
        <source>Another connection took over the session.</source>
        <translation>Otra conexión se hizo cargo de la sesión.</translation>
    </message>
    <message>
        <source>The server ran out of memory.</source>
        <translation>El servidor se quedó sin memoria.</translation>
    </message>
    <message>
        <source>The server denied the connection before the session started.</source>
        <translation>El servidor denegó la conexión antes de que se iniciara la sesión.</translation>
    </message>
    <message>
        <source>The server denied the connection for security reasons (its FIPS encryption policy).</source>
        <translation>El servidor denegó la conexión por motivos de seguridad (su directiva de cifrado FIPS).</translation>
    </message>
    <message>
        <source>The user does not have the right to connect.</source>
        <translation>El usuario no tiene derecho a conectarse.</translation>
    </message>
    <message>
        <source>The server does not accept saved credentials; type them again.</source>
        <translation>El servidor no acepta credenciales guardadas; vuelva a escribirlas.</translation>
    </message>
    <message>
        <source>The session was disconnected by a user through an administration tool.</source>
        <translation>Un usuario desconectó la sesión mediante una herramienta de administración.</translation>
    </message>
    <message>
        <source>The user signed out.</source>
        <translation>El usuario cerró la sesión.</translation>
    </message>
    <message>
        <source>The remote computer is shutting down.</source>
        <translation>El equipo remoto se está apagando.</translation>
    </message>
    <message>
        <source>The remote computer is restarting.</source>
        <translation>El equipo remoto se está reiniciando.</translation>
    </message>
    <message>
        <source>An internal Remote Desktop licensing error.</source>
        <translation>Error interno de las licencias de Escritorio remoto.</translation>
    </message>
    <message>
        <source>No Remote Desktop license server is available.</source>
        <translation>No hay ningún servidor de licencias de Escritorio remoto disponible.</translation>
    </message>
    <message>
        <source>No Remote Desktop license is available for this client.</source>
        <translation>No hay ninguna licencia de Escritorio remoto disponible para este cliente.</translation>
    </message>
    <message>
        <source>The server received an invalid licensing message from the client.</source>
        <translation>El servidor recibió del cliente un mensaje de licencias no válido.</translation>
    </message>
    <message>
        <source>The client&apos;s hardware ID does not match its license.</source>
        <translation>El identificador de hardware del cliente no coincide con su licencia.</translation>
    </message>
    <message>
        <source>The client&apos;s license is not valid.</source>
        <translation>La licencia del cliente no es válida.</translation>
    </message>
    <message>
        <source>The licensing exchange could not be completed (a network problem during licensing).</source>
        <translation>No se pudo completar el intercambio de licencias (un problema de red durante la concesión de licencias).</translation>
    </message>
    <message>
        <source>The client ended the licensing exchange.</source>
        <translation>El cliente terminó el intercambio de licencias.</translation>
    </message>
    <message>
        <source>A licensing message was not encrypted correctly.</source>
        <translation>Un mensaje de licencias no se cifró correctamente.</translation>
    </message>
    <message>
        <source>The client&apos;s license could not be upgraded or renewed.</source>
        <translation>No se pudo actualizar ni renovar la licencia del cliente.</translation>
    </message>
    <message>
        <source>The server is not licensed to accept remote connections.</source>
        <translation>El servidor no tiene licencia para aceptar conexiones remotas.</translation>
    </message>
    <message>
        <source>The client could not create its license store: access denied.</source>
        <translation>El cliente no pudo crear su almacén de licencias: acceso denegado.</translation>
    </message>
    <message>
        <source>The credentials are not valid.</source>
        <translation>Las credenciales no son válidas.</translation>
    </message>
    <message>
        <source>A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server&apos;s event log has the details.</source>
        <translation>Error del protocolo de Escritorio remoto (códigos 0x1000 a 0x7fff); el registro de eventos del servidor contiene los detalles.</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 07 are usually sign-in (Network Level Authentication) errors.</source>
        <translation>%1 no figura en la lista publicada por Microsoft. Los códigos que terminan en 07 suelen ser errores de inicio de sesión (autenticación a nivel de red).</translation>
    </message>
    <message>
        <source>%1 is not in Microsoft&apos;s published list. Codes ending in 04 or 08 are usually network or time-out errors.</source>
        <translation>%1 no figura en la lista publicada por Microsoft. Los códigos que terminan en 04 u 08 suelen ser errores de red o de tiempo de espera.</translation>
    </message>
    <message>
        <source>%1 is not a known extended error code.</source>
        <translation>%1 no es un código de error extendido conocido.</translation>
    </message>
    <message>
        <source>%1 is not a known error code.</source>
        <translation>%1 no es un código de error conocido.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::HtmlReport</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
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
        <translation>Errores (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Advertencias (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>Información (%1)</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Remote Desktop connection report</source>
        <translation>Informe de conexión de Escritorio remoto</translation>
    </message>
    <message>
        <source>Made by rdpdiag %1 on %2</source>
        <translation>Generado por rdpdiag %1 el %2</translation>
    </message>
    <message>
        <source>Reference code</source>
        <translation>Código de referencia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Connection file</source>
        <translation>Archivo de conexión</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time budget per step</source>
        <translation>Tiempo máximo por paso</translation>
    </message>
    <message>
        <source>Error reported by the user</source>
        <translation>Error notificado por el usuario</translation>
    </message>
    <message>
        <source>%1, extended %2</source>
        <translation>%1, extendido %2</translation>
    </message>
    <message>
        <source>Redacted: user, host, computer and domain names, certificate names and IP addresses are replaced by placeholders such as host-1, user-1 and 10.x.x.1.</source>
        <translation>Datos anonimizados: los nombres de usuario, de host, de equipo y de dominio, los nombres de los certificados y las direcciones IP se sustituyen por marcadores como host-1, user-1 y 10.x.x.1.</translation>
    </message>
    <message>
        <source>The run was cancelled: what follows is incomplete.</source>
        <translation>La ejecución se canceló: lo que sigue está incompleto.</translation>
    </message>
    <message>
        <source>Nothing found that stops a connection</source>
        <translation>No se encontró nada que impida la conexión</translation>
    </message>
    <message>
        <source>The connection fails</source>
        <translation>La conexión falla</translation>
    </message>
    <message>
        <source>Connections work, with warnings</source>
        <translation>Las conexiones funcionan, con advertencias</translation>
    </message>
    <message>
        <source>Main finding:</source>
        <translation>Hallazgo principal:</translation>
    </message>
    <message>
        <source>This run could not check:</source>
        <translation>Esta ejecución no pudo comprobar:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Secuencia de comprobaciones</translation>
    </message>
    <message>
        <source>It broke here</source>
        <translation>Aquí falló</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>fase %1</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>On the client:</source>
        <translation>En el cliente:</translation>
    </message>
    <message>
        <source>On the server:</source>
        <translation>En el servidor:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No hay hallazgos.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Conexión TCP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>Mediana del tiempo de conexión</translation>
    </message>
    <message>
        <source>Failed repeat attempts</source>
        <translation>Intentos repetidos fallidos</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>Negociación de seguridad (X.224)</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>seleccionado: %1</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Protocols the server selected</source>
        <translation>Protocolos seleccionados por el servidor</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Protocolo de enlace</translation>
    </message>
    <message>
        <source>TLS %1 alone</source>
        <translation>Solo TLS %1</translation>
    </message>
    <message>
        <source>Weak cipher suites accepted</source>
        <translation>Conjuntos de cifrado débiles aceptados</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autofirmado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>Nombres alternativos</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Uso mejorado de clave</translation>
    </message>
    <message>
        <source>no extension (any usage)</source>
        <translation>sin extensión (cualquier uso)</translation>
    </message>
    <message>
        <source>Name matches the target</source>
        <translation>El nombre coincide con el destino</translation>
    </message>
    <message>
        <source>Chain verification</source>
        <translation>Comprobación de la cadena</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>Huella digital SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (autenticación a nivel de red)</translation>
    </message>
    <message>
        <source>CredSSP version</source>
        <translation>Versión de CredSSP</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>NetBIOS computer</source>
        <translation>Equipo NetBIOS</translation>
    </message>
    <message>
        <source>NetBIOS domain</source>
        <translation>Dominio NetBIOS</translation>
    </message>
    <message>
        <source>DNS computer</source>
        <translation>Equipo DNS</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>Dominio DNS</translation>
    </message>
    <message>
        <source>DNS tree</source>
        <translation>Árbol DNS</translation>
    </message>
    <message>
        <source>Windows version</source>
        <translation>Versión de Windows</translation>
    </message>
    <message>
        <source>Server clock</source>
        <translation>Reloj del servidor</translation>
    </message>
    <message>
        <source>Clock difference</source>
        <translation>Diferencia de reloj</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>All facts (as in report.json)</source>
        <translation>Todos los datos (como en report.json)</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the report page (HTML lang attribute)</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2</source>
        <translation>rdpdiag %1 — %2</translation>
    </message>
    <message>
        <source>rdpdiag %1 · reference %2 · run of %3. Quote the reference code when you contact support.</source>
        <translation>rdpdiag %1 · referencia %2 · ejecución del %3. Indique el código de referencia cuando se ponga en contacto con el soporte técnico.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::RdpFile</name>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>el archivo no es texto UTF-16 válido</translation>
    </message>
    <message>
        <source>the file contains binary data, not text</source>
        <translation>el archivo contiene datos binarios, no texto</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is too large for a Remote Desktop file (%1 bytes, at most %2)</source>
        <translation>el archivo es demasiado grande para ser un archivo de Escritorio remoto (%1 bytes, como máximo %2)</translation>
    </message>
    <message>
        <source>the file has no &quot;full address&quot; setting</source>
        <translation>el archivo no tiene ninguna opción &quot;full address&quot;</translation>
    </message>
    <message>
        <source>the &quot;full address&quot; setting is empty</source>
        <translation>la opción &quot;full address&quot; está vacía</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ReportReader</name>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>no es true ni false</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a whole number from %1 to %2</source>
        <translation>no es un número entero entre %1 y %2</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>no es una lista</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>not hexadecimal bytes</source>
        <translation>no son bytes en hexadecimal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known id</source>
        <translation>&quot;%1&quot; no es un identificador conocido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protocol</source>
        <translation>&quot;%1&quot; no es un protocolo</translation>
    </message>
    <message>
        <source>evidence too large</source>
        <translation>evidencias demasiado grandes</translation>
    </message>
    <message>
        <source>evidence nested too deeply</source>
        <translation>evidencias con demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>&quot;%1&quot; no es una fase</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not argument or rdp-file</source>
        <translation>&quot;%1&quot; no es argument ni rdp-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a finding code</source>
        <translation>&quot;%1&quot; no es un código de hallazgo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal code</source>
        <translation>&quot;%1&quot; no es un código hexadecimal</translation>
    </message>
    <message>
        <source>not a duration</source>
        <translation>no es una duración</translation>
    </message>
    <message>
        <source>not rdpdiag</source>
        <translation>no es rdpdiag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference code</source>
        <translation>&quot;%1&quot; no es un código de referencia</translation>
    </message>
    <message>
        <source>stage listed twice</source>
        <translation>fase indicada dos veces</translation>
    </message>
    <message>
        <source>not an rdpdiag report (no &quot;schema&quot;)</source>
        <translation>no es un informe de rdpdiag (falta &quot;schema&quot;)</translation>
    </message>
    <message>
        <source>the report has schema %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>el informe tiene el esquema %1, creado por una versión más reciente de rdpdiag; esta versión lee el esquema %2</translation>
    </message>
    <message>
        <source>not an rdpdiag report (schema &quot;%1&quot;, expected %2)</source>
        <translation>no es un informe de rdpdiag (esquema &quot;%1&quot;, se esperaba %2)</translation>
    </message>
    <message>
        <source>the report is larger than %1 MiB</source>
        <translation>el informe ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the report is not valid JSON (%1 at byte %2)</source>
        <translation>el informe no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>not an rdpdiag report (not a JSON object)</source>
        <translation>no es un informe de rdpdiag (no es un objeto JSON)</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Rules</name>
    <message>
        <source>The .rdp file turns Network Level Authentication off (enablecredsspsupport:i:0), but %1 requires it.</source>
        <translation>El archivo .rdp desactiva la autenticación a nivel de red (enablecredsspsupport:i:0), pero %1 la exige.</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but %1 offers only Standard RDP Security, which cannot authenticate the server.</source>
        <translation>El archivo .rdp exige la autenticación del servidor (authentication level:i:1), pero %1 solo ofrece la seguridad RDP estándar, que no puede autenticar el servidor.</translation>
    </message>
    <message>
        <source>the certificate is not issued to %1</source>
        <translation>el certificado no está emitido para %1</translation>
    </message>
    <message>
        <source>The .rdp file demands server authentication (authentication level:i:1), but the server&apos;s certificate does not pass it: %1.</source>
        <translation>El archivo .rdp exige la autenticación del servidor (authentication level:i:1), pero el certificado del servidor no la supera: %1.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; does not exist in DNS (the name server answered NXDOMAIN).</source>
        <translation>El nombre &quot;%1&quot; no existe en DNS (el servidor de nombres respondió NXDOMAIN).</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; exists, but DNS has no IPv4 or IPv6 address for it.</source>
        <translation>El nombre &quot;%1&quot; existe, pero DNS no tiene ninguna dirección IPv4 ni IPv6 para él.</translation>
    </message>
    <message>
        <source>No name server answered for &quot;%1&quot; within %2 ms.</source>
        <translation>Ningún servidor de nombres respondió para &quot;%1&quot; en un plazo de %2 ms.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; failed: %2.</source>
        <translation>Error al buscar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>%1 refused the connection after %2 ms: the computer is reachable, but nothing accepts connections on port %3.</source>
        <translation>%1 rechazó la conexión al cabo de %2 ms: el equipo es accesible, pero nada acepta conexiones en el puerto %3.</translation>
    </message>
    <message>
        <source>%1 did not answer the connection attempt within %2 ms.</source>
        <translation>%1 no respondió al intento de conexión en un plazo de %2 ms.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2.</source>
        <translation>No se puede llegar a %1 desde este equipo: %2.</translation>
    </message>
    <message>
        <source>Setting up a connection to %1 took %2 ms (median of %3 attempts).</source>
        <translation>Establecer una conexión con %1 tardó %2 ms (mediana de %3 intentos).</translation>
    </message>
    <message>
        <source>%1 of %2 connection attempts to %3 failed.</source>
        <translation>Fallaron %1 de %2 intentos de conexión a %3.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection, then reset it %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 aceptó la conexión TCP y luego la restableció %2 ms después de recibir el mensaje X.224 Connection Request, sin responder.</translation>
    </message>
    <message>
        <source>%1 closed the connection %2 ms after receiving the X.224 Connection Request, without answering.</source>
        <translation>%1 cerró la conexión %2 ms después de recibir el mensaje X.224 Connection Request, sin responder.</translation>
    </message>
    <message>
        <source>%1 closed the connection after sending only %2 bytes of a Connection Confirm.</source>
        <translation>%1 cerró la conexión tras enviar solo %2 bytes de un mensaje Connection Confirm.</translation>
    </message>
    <message>
        <source>%1 accepted the TCP connection but sent no complete Connection Confirm within %2 ms (%3 bytes arrived).</source>
        <translation>%1 aceptó la conexión TCP, pero no envió un mensaje Connection Confirm completo en un plazo de %2 ms (llegaron %3 bytes).</translation>
    </message>
    <message>
        <source>What answers on %1 is not a Remote Desktop server; it sent: &quot;%2&quot;.</source>
        <translation>Lo que responde en %1 no es un servidor de Escritorio remoto; envió: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 answered with a TPKT packet that is not a valid Connection Confirm (%2).</source>
        <translation>%1 respondió con un paquete TPKT que no es un mensaje Connection Confirm válido (%2).</translation>
    </message>
    <message>
        <source>Asked for TLS, %1 selected Standard RDP Security instead: it offers neither TLS nor Network Level Authentication.</source>
        <translation>Al solicitarle TLS, %1 seleccionó en su lugar la seguridad RDP estándar: no ofrece ni TLS ni autenticación a nivel de red.</translation>
    </message>
    <message>
        <source>%1 answered SSL_NOT_ALLOWED_BY_SERVER when asked for %2: it is set to Standard RDP Security only.</source>
        <translation>%1 respondió SSL_NOT_ALLOWED_BY_SERVER al solicitarle %2: está configurado solo para la seguridad RDP estándar.</translation>
    </message>
    <message>
        <source>%1 answered SSL_CERT_NOT_ON_SERVER when asked for %2: it has no usable certificate for TLS.</source>
        <translation>%1 respondió SSL_CERT_NOT_ON_SERVER al solicitarle %2: no tiene ningún certificado válido para TLS.</translation>
    </message>
    <message>
        <source>%1 answered INCONSISTENT_FLAGS when asked for %2.</source>
        <translation>%1 respondió INCONSISTENT_FLAGS al solicitarle %2.</translation>
    </message>
    <message>
        <source>%1 refuses Standard RDP Security (SSL_REQUIRED_BY_SERVER) and requires TLS.</source>
        <translation>%1 rechaza la seguridad RDP estándar (SSL_REQUIRED_BY_SERVER) y exige TLS.</translation>
    </message>
    <message>
        <source>%1 requires Network Level Authentication: it answered HYBRID_REQUIRED_BY_SERVER to %2.</source>
        <translation>%1 exige la autenticación a nivel de red: respondió HYBRID_REQUIRED_BY_SERVER a %2.</translation>
    </message>
    <message>
        <source>%1 requires TLS with a client certificate (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</source>
        <translation>%1 exige TLS con un certificado de cliente (SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER).</translation>
    </message>
    <message>
        <source>%1 still accepts Standard RDP Security when a client asks for it.</source>
        <translation>%1 sigue aceptando la seguridad RDP estándar cuando un cliente la solicita.</translation>
    </message>
    <message>
        <source>%1 did not select CredSSP (Network Level Authentication) when asked for it.</source>
        <translation>%1 no seleccionó CredSSP (autenticación a nivel de red) al solicitárselo.</translation>
    </message>
    <message>
        <source>%1, from the .rdp file</source>
        <translation>%1, del archivo .rdp</translation>
    </message>
    <message>
        <source>IP address given, no lookup needed</source>
        <translation>se indicó una dirección IP; no hace falta búsqueda</translation>
    </message>
    <message>
        <source>resolved to %1</source>
        <translation>resuelto como %1</translation>
    </message>
    <message>
        <source>the name does not exist</source>
        <translation>el nombre no existe</translation>
    </message>
    <message>
        <source>the name has no address</source>
        <translation>el nombre no tiene dirección</translation>
    </message>
    <message>
        <source>no answer from the name server</source>
        <translation>sin respuesta del servidor de nombres</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>error en la búsqueda: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no address to connect to</source>
        <translation>no hay ninguna dirección a la que conectarse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>connected to %1 (median %2 ms, %3 of %4 attempts failed)</source>
        <translation>conectado a %1 (mediana %2 ms, fallaron %3 de %4 intentos)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>server selected %1; accepts: %2</source>
        <translation>el servidor seleccionó %1; acepta: %2</translation>
    </message>
    <message>
        <source>server refused: %1; accepts: %2</source>
        <translation>el servidor rechazó: %1; acepta: %2</translation>
    </message>
    <message>
        <source>%1 after the Connection Request (%2 ms)</source>
        <translation>%1 tras el mensaje Connection Request (%2 ms)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>alert %1 (%2)</source>
        <translation>alerta %1 (%2)</translation>
    </message>
    <message>
        <source>%1 after %2 ms, %3 bytes received</source>
        <translation>%1 al cabo de %2 ms, %3 bytes recibidos</translation>
    </message>
    <message>
        <source>NTLM challenge from %1, CredSSP version %2</source>
        <translation>desafío NTLM de %1, versión de CredSSP %2</translation>
    </message>
    <message>
        <source>not used: the server selected Standard RDP Security</source>
        <translation>no se usó: el servidor seleccionó la seguridad RDP estándar</translation>
    </message>
    <message>
        <source>not used: the server did not select CredSSP</source>
        <translation>no se usó: el servidor no seleccionó CredSSP</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no se llegó a esta fase</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Target</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a computer name</source>
        <translation>&quot;%1&quot; no es un nombre de equipo</translation>
    </message>
    <message>
        <source>the computer name is longer than %1 characters</source>
        <translation>el nombre del equipo tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots</source>
        <translation>&quot;%1&quot; tiene una parte vacía entre puntos</translation>
    </message>
    <message>
        <source>a part of the computer name is longer than %1 characters: &quot;%2&quot;</source>
        <translation>una parte del nombre del equipo tiene más de %1 caracteres: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a part of a computer name cannot start or end with &apos;-&apos;: &quot;%1&quot;</source>
        <translation>una parte de un nombre de equipo no puede empezar ni terminar por &apos;-&apos;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no computer name or address given</source>
        <translation>no se indicó ningún nombre ni dirección de equipo</translation>
    </message>
    <message>
        <source>%1 is not allowed in a computer name: &quot;%2&quot;</source>
        <translation>%1 no está permitido en un nombre de equipo: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv4 válida</translation>
    </message>
    <message>
        <source>no port number after &apos;:&apos;</source>
        <translation>falta el número de puerto después de &apos;:&apos;</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot;: use a number from 1 to 65535</source>
        <translation>puerto no válido &quot;%1&quot;: use un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>unbalanced brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>corchetes desequilibrados en &quot;%1&quot;: escriba una dirección IPv6 como [dirección] o [dirección]:puerto</translation>
    </message>
    <message>
        <source>unexpected brackets in &quot;%1&quot;: write an IPv6 address as [address] or [address]:port</source>
        <translation>corchetes inesperados en &quot;%1&quot;: escriba una dirección IPv6 como [dirección] o [dirección]:puerto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; after &apos;]&apos;</source>
        <translation>texto inesperado &quot;%1&quot; después de &apos;]&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a URL: give only the computer name or address, optionally with :port</source>
        <translation>&quot;%1&quot; parece una dirección URL: indique solo el nombre o la dirección del equipo, opcionalmente con :puerto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address (write [address]:port to give a port)</source>
        <translation>&quot;%1&quot; no es una dirección IPv6 válida (escriba [dirección]:puerto para indicar un puerto)</translation>
    </message>
    <message>
        <source>no computer name or address before &apos;:&apos;</source>
        <translation>falta el nombre o la dirección del equipo antes de &apos;:&apos;</translation>
    </message>
    <message>
        <source>cannot open &quot;%1&quot;: the file does not exist</source>
        <translation>no se puede abrir &quot;%1&quot;: el archivo no existe</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is a folder, not a file</source>
        <translation>no se puede leer &quot;%1&quot;: es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: it is not a regular file</source>
        <translation>no se puede leer &quot;%1&quot;: no es un archivo normal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (%2 bytes, at most %3)</source>
        <translation>&quot;%1&quot; es demasiado grande para ser un archivo de Escritorio remoto (%2 bytes, como máximo %3)</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>no se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for a Remote Desktop file (more than %2 bytes)</source>
        <translation>&quot;%1&quot; es demasiado grande para ser un archivo de Escritorio remoto (más de %2 bytes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the server port %2 is not a number from 1 to 65535</source>
        <translation>&quot;%1&quot;: el puerto del servidor %2 no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the full address is not usable: %2</source>
        <translation>&quot;%1&quot;: la dirección completa (full address) no se puede usar: %2</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TextSummary</name>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>en este equipo</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>rdpdiag %1 — %2 — %3 ms — reference %4</source>
        <translation>rdpdiag %1 — %2 — %3 ms — referencia %4</translation>
    </message>
    <message>
        <source>The run was cancelled; what follows is incomplete.</source>
        <translation>La ejecución se canceló; lo que sigue está incompleto.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>No hay hallazgos.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>Cómo solucionarlo:</translation>
    </message>
</context>
<context>
    <name>rdpdiag::TicketSummary</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>rdpdiag findings — reference %1</source>
        <translation>Hallazgos de rdpdiag — referencia %1</translation>
    </message>
    <message>
        <source>Target:    %1</source>
        <translation>Destino:      %1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>Direcciones:  %1</translation>
    </message>
    <message>
        <source>Run:       %1 UTC, %2 ms, rdpdiag %3%4</source>
        <translation>Ejecución:    %1 UTC, %2 ms, rdpdiag %3%4</translation>
    </message>
    <message>
        <source> (cancelled: incomplete)</source>
        <translation> (cancelada: incompleta)</translation>
    </message>
    <message>
        <source>Reported:  error code %1, extended code %2</source>
        <translation>Notificado:   código de error %1, código extendido %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Redacted:  names and addresses are replaced by placeholders</source>
        <translation>Anonimizado:  los nombres y las direcciones se sustituyen por marcadores</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Diagnóstico:</translation>
    </message>
    <message>
        <source>Pipeline:  %1</source>
        <translation>Fases:        %1</translation>
    </message>
    <message>
        <source>Primary fix (%1):</source>
        <translation>Solución principal (%1):</translation>
    </message>
    <message>
        <source>on the client</source>
        <translation>en el cliente</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>en el servidor</translation>
    </message>
    <message>
        <source>  (no fix steps: see report.html)</source>
        <translation>  (no hay pasos de solución: consulte report.html)</translation>
    </message>
    <message>
        <source>No fix needed: nothing stops a connection.</source>
        <translation>No hace falta ninguna solución: nada impide la conexión.</translation>
    </message>
    <message>
        <source>Details: report.html and report.json in the bundle (reference %1).</source>
        <translation>Detalles: report.html y report.json en el paquete (referencia %1).</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2, information: %3</source>
        <translation>Errores: %1, advertencias: %2, información: %3</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>  … and %1 more (see report.html)</source>
        <translation>  … y %1 más (consulte report.html)</translation>
    </message>
</context>
</TS>
