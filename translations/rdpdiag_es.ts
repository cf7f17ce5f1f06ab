<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>rdpdiag::Bundle</name>
    <message>
        <source>no file name given for the bundle</source>
        <translation>no se indicó ningún nombre de archivo para el paquete</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file name</source>
        <translation>%1 es una carpeta, no un nombre de archivo</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>the report has no valid reference code</source>
        <translation>el informe no tiene un código de referencia válido</translation>
    </message>
    <message>
        <source>The server&apos;s certificates (%1 PEM files) are not in this redacted bundle: a certificate carries its subject and issuer names, which cannot be replaced without breaking its signature. The SHA-1 and SHA-256 thumbprints in the report identify it.</source>
        <translation>Los certificados del servidor (%1 archivos PEM) no están incluidos en este paquete anonimizado: un certificado contiene los nombres de su sujeto y de su emisor, que no se pueden sustituir sin invalidar su firma. Las huellas digitales SHA-1 y SHA-256 del informe lo identifican.</translation>
    </message>
    <message>
        <source>%1 is too large for a bundle (%2 bytes)</source>
        <translation>%1 es demasiado grande para un paquete (%2 bytes)</translation>
    </message>
    <message>
        <source>the bundle&apos;s files are too large together (%1 bytes)</source>
        <translation>los archivos del paquete son demasiado grandes en conjunto (%1 bytes)</translation>
    </message>
    <message>
        <source>cannot build the zip archive: %1</source>
        <translation>no se puede crear el archivo zip: %1</translation>
    </message>
    <message>
        <source>the bundle is too large (%1 bytes)</source>
        <translation>el paquete es demasiado grande (%1 bytes)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not written completely</source>
        <translation>no se puede escribir %1: el archivo no se escribió completo</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle (%2 bytes, at most %3)</source>
        <translation>%1 es demasiado grande para ser un paquete de hallazgos (%2 bytes, como máximo %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a findings bundle</source>
        <translation>%1 es demasiado grande para ser un paquete de hallazgos</translation>
    </message>
    <message>
        <source>too large for a findings bundle</source>
        <translation>demasiado grande para ser un paquete de hallazgos</translation>
    </message>
    <message>
        <source>not a valid findings bundle: %1</source>
        <translation>no es un paquete de hallazgos válido: %1</translation>
    </message>
    <message>
        <source>not a findings bundle: it has no manifest.json</source>
        <translation>no es un paquete de hallazgos: no contiene manifest.json</translation>
    </message>
    <message>
        <source>manifest.json is too large</source>
        <translation>manifest.json es demasiado grande</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>the bundle has format %1, made by a newer rdpdiag; this version reads %2</source>
        <translation>el paquete tiene el formato %1, creado por una versión más reciente de rdpdiag; esta versión lee el formato %2</translation>
    </message>
    <message>
        <source>not a findings bundle (manifest schema &quot;%1&quot;)</source>
        <translation>no es un paquete de hallazgos (esquema del manifiesto &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>manifest.json has no valid file list</source>
        <translation>manifest.json no tiene una lista de archivos válida</translation>
    </message>
    <message>
        <source>manifest.json has an invalid entry (&quot;%1&quot;)</source>
        <translation>manifest.json tiene una entrada no válida (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 is in the bundle but not in its manifest: the bundle was changed</source>
        <translation>%1 está en el paquete, pero no en su manifiesto: el paquete se ha modificado</translation>
    </message>
    <message>
        <source>the manifest lists %1, but the bundle lacks it</source>
        <translation>el manifiesto incluye %1, pero falta en el paquete</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the manifest says %3: the bundle was changed or damaged</source>
        <translation>%1 ocupa %2 bytes, pero el manifiesto indica %3: el paquete se ha modificado o está dañado</translation>
    </message>
    <message>
        <source>%1 expands %2 times: not a findings bundle (a zip bomb?)</source>
        <translation>%1 se expande %2 veces: no es un paquete de hallazgos (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest: the bundle was changed or damaged</source>
        <translation>%1 no coincide con su SHA-256 del manifiesto: el paquete se ha modificado o está dañado</translation>
    </message>
    <message>
        <source>environment.json is not a JSON object</source>
        <translation>environment.json no es un objeto JSON</translation>
    </message>
    <message>
        <source>the bundle has no report.json</source>
        <translation>el paquete no contiene report.json</translation>
    </message>
    <message>
        <source>manifest.json and report.json name different runs</source>
        <translation>manifest.json y report.json corresponden a ejecuciones distintas</translation>
    </message>
    <message>
        <source>not a zip archive (too short)</source>
        <translation>no es un archivo zip (es demasiado corto)</translation>
    </message>
    <message>
        <source>not a zip archive (no end of central directory)</source>
        <translation>no es un archivo zip (falta el final del directorio central)</translation>
    </message>
    <message>
        <source>zip64 archives are not findings bundles</source>
        <translation>los archivos zip64 no son paquetes de hallazgos</translation>
    </message>
    <message>
        <source>multi-part zip archives are not findings bundles</source>
        <translation>los archivos zip de varias partes no son paquetes de hallazgos</translation>
    </message>
    <message>
        <source>too many files in the archive (%1, at most %2)</source>
        <translation>demasiados archivos en el archivo zip (%1, como máximo %2)</translation>
    </message>
    <message>
        <source>the archive&apos;s central directory is damaged</source>
        <translation>el directorio central del archivo zip está dañado</translation>
    </message>
    <message>
        <source>damaged zip archive (%1)</source>
        <translation>archivo zip dañado (%1)</translation>
    </message>
    <message>
        <source>damaged zip archive (entry %1 unreadable)</source>
        <translation>archivo zip dañado (no se puede leer la entrada %1)</translation>
    </message>
    <message>
        <source>unsafe file name in the archive: &quot;%1&quot;</source>
        <translation>nombre de archivo no seguro en el archivo zip: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the archive holds &quot;%1&quot; twice</source>
        <translation>el archivo zip contiene &quot;%1&quot; dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is encrypted</source>
        <translation>&quot;%1&quot; está cifrado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses an unsupported compression method</source>
        <translation>&quot;%1&quot; usa un método de compresión no admitido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes declared, at most %3)</source>
        <translation>&quot;%1&quot; es demasiado grande (%2 bytes declarados, como máximo %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read (%2)</source>
        <translation>no se puede leer &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2)</source>
        <translation>&quot;%1&quot; está dañado (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; inflates to more than its declared %2 bytes</source>
        <translation>&quot;%1&quot; se descomprime en más de los %2 bytes declarados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2 bytes instead of %3)</source>
        <translation>&quot;%1&quot; está dañado (%2 bytes en lugar de %3)</translation>
    </message>
    <message>
        <source>the bundle was not written because it would not open again: %1</source>
        <translation>El paquete no se escribió porque no se podría volver a abrir: %1</translation>
    </message>
</context>
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
        <source>The same with netsh, from a command prompt.</source>
        <translation>Lo mismo con netsh, desde un símbolo del sistema.</translation>
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
        <source>The remote computer accepted the connection, then hung up abruptly (a reset) as soon as this computer asked to negotiate security, without any answer. This is the classic signature of error code 0x904 with extended code 0x7: the server answers the call, then drops it before the handshake completes. Most often the server&apos;s Remote Desktop certificate or its private key is unusable (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often the security settings do not match, or a firewall or intrusion-prevention system cuts the connection.</source>
        <translation>El equipo remoto aceptó la conexión y luego la cortó de golpe (un restablecimiento) en cuanto este equipo pidió negociar la seguridad, sin dar ninguna respuesta. Es el patrón clásico del código de error 0x904 con código extendido 0x7: el servidor atiende la llamada y la corta antes de completar el protocolo de enlace. Lo más habitual es que el certificado de Escritorio remoto del servidor o su clave privada no se puedan usar (permisos incorrectos en la carpeta donde Windows guarda las claves privadas del equipo, un almacén de certificados dañado); con menos frecuencia, la configuración de seguridad no coincide o un firewall o un sistema de prevención de intrusiones corta la conexión.</translation>
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
        <source>The remote computer answered that it cannot start TLS because it has no valid certificate (SSL_CERT_NOT_ON_SERVER). Windows normally creates a self-signed Remote Desktop certificate by itself, so creating or reading it failed: most often the private key cannot be read because of wrong permissions on the folder where Windows keeps the computer&apos;s private keys, the certificate store is damaged, or a certificate chosen for Remote Desktop was deleted. Clients show this as error code 0x904 (extended code 0x7) or as a security error.</source>
        <translation>El equipo remoto respondió que no puede iniciar TLS porque no tiene ningún certificado válido (SSL_CERT_NOT_ON_SERVER). Windows suele crear por sí solo un certificado autofirmado para Escritorio remoto, así que falló su creación o su lectura: lo más frecuente es que no se pueda leer la clave privada por permisos incorrectos en la carpeta donde Windows guarda las claves privadas del equipo, que el almacén de certificados esté dañado o que se haya eliminado un certificado elegido para Escritorio remoto. Los clientes lo muestran como código de error 0x904 (código extendido 0x7) o como un error de seguridad.</translation>
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
        <source>The remote computer agreed to use TLS, then abruptly reset the connection in the middle of the TLS handshake, before a secure channel existed. This is the typical pattern behind error code 0x904 with extended code 0x7. Most often the server cannot use its certificate&apos;s private key (wrong permissions on the folder where Windows keeps the computer&apos;s private keys, a damaged certificate store); less often TLS 1.2 or the needed cipher suites are switched off on the server, or a firewall or intrusion-prevention system cuts TLS connections.</source>
        <translation>El equipo remoto aceptó usar TLS y luego restableció bruscamente la conexión en mitad del protocolo de enlace TLS, antes de que existiera un canal seguro. Es el patrón típico del código de error 0x904 con código extendido 0x7. Lo más frecuente es que el servidor no pueda usar la clave privada de su certificado (permisos incorrectos en la carpeta donde Windows guarda las claves privadas del equipo, un almacén de certificados dañado); con menos frecuencia, TLS 1.2 o los conjuntos de cifrado necesarios están desactivados en el servidor, o un firewall o un sistema de prevención de intrusiones corta las conexiones TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>El servidor cerró la conexión durante el protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>The remote computer agreed to use TLS but closed the connection during the handshake, without an error message. As with a reset, the usual reason is that the server cannot use its certificate or private key: on Windows wrong permissions on its private keys or a damaged certificate store, on xrdp a key file it cannot read or a certificate its TLS library rejects (for example a key shorter than 2048 bits). Clients report error code 0x904, or 0x4 or 0x2104 in the Mac and iOS apps.</source>
        <translation>El equipo remoto aceptó usar TLS, pero cerró la conexión durante el protocolo de enlace sin ningún mensaje de error. Igual que con un restablecimiento, el motivo habitual es que el servidor no puede usar su certificado o su clave privada: en Windows, permisos incorrectos en sus claves privadas o un almacén de certificados dañado; en xrdp, un archivo de clave que no puede leer o un certificado que rechaza su biblioteca TLS (por ejemplo, una clave de menos de 2048 bits). Los clientes notifican el código de error 0x904, o 0x4 o 0x2104 en las aplicaciones para Mac e iOS.</translation>
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
        <source>The certificate the remote computer presented (thumbprint {thumbprint}) is past its end date. Clients warn about it, and some refuse to connect. Windows renews its self-signed Remote Desktop certificate by itself, so an expired one means the renewal failed, typically because Windows cannot write the computer&apos;s private keys (event 1058); a certificate from a certificate authority must be renewed by its administrator.</source>
        <translation>El certificado que presentó el equipo remoto (huella digital {thumbprint}) ha superado su fecha de caducidad. Los clientes avisan de ello y algunos se niegan a conectarse. Windows renueva por sí solo su certificado autofirmado de Escritorio remoto, así que un certificado caducado significa que la renovación falló, normalmente porque Windows no puede escribir las claves privadas del equipo (evento 1058); un certificado emitido por una entidad de certificación debe renovarlo su administrador.</translation>
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
        <source>If the address is an IPv6 address (it contains colons) and this network has no IPv6, connect to the computer&apos;s IPv4 address instead.</source>
        <translation>Si la dirección es una dirección IPv6 (contiene dos puntos) y esta red no tiene IPv6, conéctese a la dirección IPv4 del equipo.</translation>
    </message>
    <message>
        <source>This computer has no route to the remote computer</source>
        <translation>Este equipo no tiene ninguna ruta hasta el equipo remoto</translation>
    </message>
    <message>
        <source>This computer does not know where to send packets for {address}: it has no network route that leads there. Usually the network connection is down, the computer is on the wrong network, or the address belongs to a company network that is reachable only while the VPN is connected. The problem is on this computer&apos;s side, not on the remote computer.</source>
        <translation>Este equipo no sabe adónde enviar los paquetes para {address}: no tiene ninguna ruta de red que lleve hasta allí. Normalmente la conexión de red no funciona, el equipo está en una red equivocada o la dirección pertenece a una red corporativa a la que solo se puede acceder con la VPN conectada. El problema está en este equipo, no en el equipo remoto.</translation>
    </message>
    <message>
        <source>Show the routing table (Windows).</source>
        <translation>Muestre la tabla de rutas (Windows).</translation>
    </message>
    <message>
        <source>The same check on Linux.</source>
        <translation>La misma comprobación en Linux.</translation>
    </message>
    <message>
        <source>The same check on macOS.</source>
        <translation>La misma comprobación en macOS.</translation>
    </message>
    <message>
        <source>This computer cannot open network connections anywhere</source>
        <translation>Este equipo no puede abrir conexiones de red con ningún destino</translation>
    </message>
    <message>
        <source>Not only the remote computer failed: every other test connection from this computer failed too (the evidence lists them), so the fault starts here and not on the server. Common causes are a broken network adapter or driver, a damaged network stack after an update, security or VPN software that filters all traffic, or no working network connection at all. Fix this computer first; checking the server makes sense only afterwards.</source>
        <translation>No solo falló el equipo remoto: todas las demás conexiones de prueba desde este equipo también fallaron (las evidencias las enumeran), así que el fallo empieza aquí y no en el servidor. Las causas habituales son un adaptador de red o un controlador averiado, una pila de red dañada tras una actualización, software de seguridad o de VPN que filtra todo el tráfico, o la falta total de una conexión de red que funcione. Solucione primero el problema de este equipo; solo después tiene sentido revisar el servidor.</translation>
    </message>
    <message>
        <source>Check that this computer is connected (cable, Wi-Fi) and that a web page opens.</source>
        <translation>Compruebe que este equipo está conectado (cable, Wi-Fi) y que se abre una página web.</translation>
    </message>
    <message>
        <source>Windows: test a well-known web server; &apos;TcpTestSucceeded : False&apos; confirms that nothing gets through.</source>
        <translation>Windows: pruebe con un servidor web conocido; &apos;TcpTestSucceeded : False&apos; confirma que ninguna conexión consigue salir.</translation>
    </message>
    <message>
        <source>Windows: reset the Winsock catalogue (as administrator), then restart the computer.</source>
        <translation>Windows: restablezca el catálogo de Winsock (como administrador) y, después, reinicie el equipo.</translation>
    </message>
    <message>
        <source>Windows: reset the TCP/IP settings (as administrator), then restart the computer.</source>
        <translation>Windows: restablezca la configuración de TCP/IP (como administrador) y, después, reinicie el equipo.</translation>
    </message>
    <message>
        <source>Windows: renew the address from the network.</source>
        <translation>Windows: renueve la dirección obtenida de la red.</translation>
    </message>
    <message>
        <source>Update or reinstall the network adapter&apos;s driver (Device Manager &gt; Network adapters), and switch off VPN or security software for a test.</source>
        <translation>Actualice o reinstale el controlador del adaptador de red (Administrador de dispositivos &gt; Adaptadores de red) y, para hacer una prueba, desactive el software de VPN o de seguridad.</translation>
    </message>
    <message>
        <source>Linux: show the addresses and routes, then restart the network service.</source>
        <translation>Linux: muestre las direcciones y las rutas y, después, reinicie el servicio de red.</translation>
    </message>
    <message>
        <source>The connection goes through a VPN or tunnel adapter</source>
        <translation>La conexión pasa por un adaptador de VPN o de túnel</translation>
    </message>
    <message>
        <source>The route from this computer to {address} leaves through a VPN or tunnel adapter (named in the evidence). That is normal when the remote computer is in a company network, but it adds a hop that can drop or shrink packets. If the connection stalls while it is being secured, suspect the VPN&apos;s packet size (MTU) first.</source>
        <translation>La ruta de este equipo a {address} sale por un adaptador de VPN o de túnel (indicado en las evidencias). Es normal cuando el equipo remoto está en una red corporativa, pero añade un salto que puede descartar o reducir paquetes. Si la conexión se bloquea mientras se protege, sospeche primero del tamaño de paquete (MTU) de la VPN.</translation>
    </message>
    <message>
        <source>Windows: list the adapters with their packet size (NlMtu) and priority.</source>
        <translation>Windows: enumere los adaptadores con su tamaño de paquete (NlMtu) y su prioridad.</translation>
    </message>
    <message>
        <source>Linux: show the route to the server.</source>
        <translation>Linux: muestre la ruta hasta el servidor.</translation>
    </message>
    <message>
        <source>If Remote Desktop should not use the VPN, ask the VPN&apos;s administrator about split tunnelling.</source>
        <translation>Si Escritorio remoto no debe usar la VPN, pregunte al administrador de la VPN por el túnel dividido.</translation>
    </message>
    <message>
        <source>The path to the remote computer only carries small packets</source>
        <translation>La ruta hasta el equipo remoto solo admite paquetes pequeños</translation>
    </message>
    <message>
        <source>Linux: show the adapters&apos; MTU.</source>
        <translation>Linux: muestre la MTU de los adaptadores.</translation>
    </message>
    <message>
        <source>Lower the VPN adapter&apos;s MTU (for example to 1350) in the VPN client, or have the VPN gateway clamp the TCP segment size (MSS clamping); then try again.</source>
        <translation>Reduzca la MTU del adaptador de la VPN (por ejemplo, a 1350) en el cliente VPN, o haga que la puerta de enlace VPN ajuste el tamaño de segmento TCP (MSS clamping); después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The name points to a private address this computer cannot reach</source>
        <translation>El nombre apunta a una dirección privada a la que este equipo no puede llegar</translation>
    </message>
    <message>
        <source>The name {host} resolves to {address}, an address of a private network, but this computer is not in that network and has no VPN route to it: the packets go out to the internet, where private addresses lead nowhere. Usually the VPN is not connected, or a DNS server gave the internal answer to a computer outside the company network.</source>
        <translation>El nombre {host} se resuelve como {address}, una dirección de una red privada, pero este equipo no está en esa red ni tiene una ruta VPN hacia ella: los paquetes salen a Internet, donde las direcciones privadas no llevan a ninguna parte. Normalmente la VPN no está conectada o un servidor DNS dio la respuesta interna a un equipo que está fuera de la red corporativa.</translation>
    </message>
    <message>
        <source>Connect the company VPN, then try again.</source>
        <translation>Conecte la VPN de la empresa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Windows: see which addresses the name resolves to and which DNS server answered.</source>
        <translation>Windows: vea en qué direcciones se resuelve el nombre y qué servidor DNS respondió.</translation>
    </message>
    <message>
        <source>From outside the company network use the public name or the Remote Desktop Gateway your IT department provides.</source>
        <translation>Desde fuera de la red corporativa, use el nombre público o la Puerta de enlace de Escritorio remoto que le proporcione su departamento de TI.</translation>
    </message>
    <message>
        <source>A web proxy is configured on this computer</source>
        <translation>Este equipo tiene configurado un proxy web</translation>
    </message>
    <message>
        <source>This computer is set up to use a web proxy (the evidence shows it). Direct Remote Desktop connections do not use it, but the HTTPS connection to a Remote Desktop Gateway may, and a proxy that inspects HTTPS or requires its own sign-in can break it.</source>
        <translation>Este equipo está configurado para usar un proxy web (las evidencias lo muestran). Las conexiones directas de Escritorio remoto no lo usan, pero la conexión HTTPS con una Puerta de enlace de Escritorio remoto sí puede usarlo, y un proxy que inspecciona el tráfico HTTPS o exige su propio inicio de sesión puede interrumpirla.</translation>
    </message>
    <message>
        <source>Windows: show the system proxy.</source>
        <translation>Windows: muestre el proxy del sistema.</translation>
    </message>
    <message>
        <source>Linux or macOS: show the proxy variables.</source>
        <translation>Linux o macOS: muestre las variables de proxy.</translation>
    </message>
    <message>
        <source>Ask the proxy&apos;s administrator to exempt the gateway&apos;s name from HTTPS inspection.</source>
        <translation>Pida al administrador del proxy que excluya el nombre de la puerta de enlace de la inspección HTTPS.</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s firewall may block the connection</source>
        <translation>Una regla del firewall de este equipo podría bloquear la conexión</translation>
    </message>
    <message>
        <source>A rule of this computer&apos;s own firewall drops or rejects outgoing connections to port {port}, but only under a condition the tool could not check (a network adapter, an address list, a firewall profile). The evidence shows the rule and the condition. If the connection fails, check this rule first.</source>
        <translation>Una regla del propio firewall de este equipo descarta o rechaza las conexiones salientes al puerto {port}, pero solo en una condición que la herramienta no pudo comprobar (un adaptador de red, una lista de direcciones, un perfil de firewall). Las evidencias muestran la regla y la condición. Si la conexión falla, revise primero esta regla.</translation>
    </message>
    <message>
        <source>Windows: list the enabled rules that block outgoing connections.</source>
        <translation>Windows: enumere las reglas habilitadas que bloquean las conexiones salientes.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the numbered rules.</source>
        <translation>Linux con ufw: muestre las reglas numeradas.</translation>
    </message>
    <message>
        <source>If the rule comes from your organisation, ask the IT department whether it applies here. Do not switch the firewall off.</source>
        <translation>Si la regla procede de su organización, pregunte al departamento de TI si se aplica en este caso. No desactive el firewall.</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall could not be checked</source>
        <translation>No se pudo comprobar el firewall de este equipo</translation>
    </message>
    <message>
        <source>The firewall rules of this computer could not be read, usually because reading them needs administrator rights. So a local rule blocking port {port} is neither confirmed nor ruled out.</source>
        <translation>No se pudieron leer las reglas de firewall de este equipo, normalmente porque para leerlas se necesitan derechos de administrador. Por tanto, no se puede confirmar ni descartar que una regla local bloquee el puerto {port}.</translation>
    </message>
    <message>
        <source>Linux or macOS: run the check again with administrator rights.</source>
        <translation>Linux o macOS: vuelva a ejecutar la comprobación con derechos de administrador.</translation>
    </message>
    <message>
        <source>Windows: run rdpdiag from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: ejecute rdpdiag desde un símbolo del sistema abierto con &apos;Ejecutar como administrador&apos;.</translation>
    </message>
    <message>
        <source>Linux: read the rules yourself.</source>
        <translation>Linux: lea usted mismo las reglas.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway {host}</source>
        <translation>El cliente se conecta a través de la Puerta de enlace de Escritorio remoto {host}</translation>
    </message>
    <message>
        <source>The .rdp file tells the client to connect through the Remote Desktop Gateway {host} (HTTPS, port {port}); the gateway then connects to the remote computer. So the client&apos;s path is this computer to the gateway, and the gateway to the remote computer; a direct test of the remote computer from here checks a path the client may not use. The evidence says which path the client takes and what the gateway answered.</source>
        <translation>El archivo .rdp indica al cliente que se conecte a través de la Puerta de enlace de Escritorio remoto {host} (HTTPS, puerto {port}); después, la puerta de enlace se conecta al equipo remoto. Por tanto, el camino del cliente va de este equipo a la puerta de enlace y de la puerta de enlace al equipo remoto; una prueba directa del equipo remoto desde aquí comprueba un camino que puede que el cliente no use. Las evidencias indican qué camino sigue el cliente y qué respondió la puerta de enlace.</translation>
    </message>
    <message>
        <source>Test the gateway&apos;s HTTPS port from this computer (Windows).</source>
        <translation>Pruebe el puerto HTTPS de la puerta de enlace desde este equipo (Windows).</translation>
    </message>
    <message>
        <source>To check the path between the gateway and the remote computer, run rdpdiag on the gateway itself or on a computer in the same network, and read the gateway&apos;s event log.</source>
        <translation>Para comprobar el camino entre la puerta de enlace y el equipo remoto, ejecute rdpdiag en la propia puerta de enlace o en un equipo de la misma red, y consulte el registro de eventos de la puerta de enlace.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway {host} cannot be reached</source>
        <translation>No se puede llegar a la Puerta de enlace de Escritorio remoto {host}</translation>
    </message>
    <message>
        <source>The client must connect through the Remote Desktop Gateway {host}, but this computer could not open a connection to it on port {port} (the evidence shows the name lookup and each attempt). As long as the gateway cannot be reached, no Remote Desktop connection through it can work, whatever the state of the remote computer behind it.</source>
        <translation>El cliente debe conectarse a través de la Puerta de enlace de Escritorio remoto {host}, pero este equipo no pudo abrir una conexión con ella en el puerto {port} (las evidencias muestran la búsqueda del nombre y cada intento). Mientras no se pueda llegar a la puerta de enlace, ninguna conexión de Escritorio remoto a través de ella puede funcionar, sea cual sea el estado del equipo remoto que hay detrás.</translation>
    </message>
    <message>
        <source>Test the gateway from this computer (Windows).</source>
        <translation>Pruebe la puerta de enlace desde este equipo (Windows).</translation>
    </message>
    <message>
        <source>Check the gateway name in the .rdp file (the line gatewayhostname:s:) against the name your IT department gave you.</source>
        <translation>Compare el nombre de la puerta de enlace del archivo .rdp (la línea gatewayhostname:s:) con el nombre que le dio su departamento de TI.</translation>
    </message>
    <message>
        <source>On the gateway, check that the Remote Desktop Gateway service runs.</source>
        <translation>En la puerta de enlace, compruebe que el servicio Puerta de enlace de Escritorio remoto se está ejecutando.</translation>
    </message>
    <message>
        <source>On the gateway, check that something listens on port {port}.</source>
        <translation>En la puerta de enlace, compruebe que hay algo escuchando en el puerto {port}.</translation>
    </message>
    <message>
        <source>The secure connection to the Remote Desktop Gateway failed</source>
        <translation>Error en la conexión segura con la Puerta de enlace de Escritorio remoto</translation>
    </message>
    <message>
        <source>This computer reached the Remote Desktop Gateway {host} on port {port}, but the TLS handshake did not complete (the evidence shows how it ended). The usual causes are a gateway certificate without a usable private key, TLS versions switched off on the gateway, or a proxy or security device that interferes with HTTPS.</source>
        <translation>Este equipo llegó a la Puerta de enlace de Escritorio remoto {host} en el puerto {port}, pero el protocolo de enlace TLS no se completó (las evidencias muestran cómo terminó). Las causas habituales son un certificado de la puerta de enlace sin una clave privada utilizable, versiones de TLS desactivadas en la puerta de enlace, o un proxy o un dispositivo de seguridad que interfiere con HTTPS.</translation>
    </message>
    <message>
        <source>On the gateway, show which certificate HTTPS uses (Certificate Hash).</source>
        <translation>En la puerta de enlace, muestre qué certificado usa HTTPS (Certificate Hash).</translation>
    </message>
    <message>
        <source>In RD Gateway Manager (Properties &gt; SSL Certificate), import the certificate again together with its private key.</source>
        <translation>En el Administrador de Puerta de enlace de Escritorio remoto (Propiedades &gt; Certificado SSL), vuelva a importar el certificado junto con su clave privada.</translation>
    </message>
    <message>
        <source>On the gateway, read its recent events.</source>
        <translation>En la puerta de enlace, consulte sus eventos recientes.</translation>
    </message>
    <message>
        <source>Try the handshake from macOS or Linux to see the error.</source>
        <translation>Intente el protocolo de enlace desde macOS o Linux para ver el error.</translation>
    </message>
    <message>
        <source>The Remote Desktop Gateway&apos;s certificate has expired</source>
        <translation>El certificado de la Puerta de enlace de Escritorio remoto ha caducado</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop Gateway {host} presents is no longer valid (the evidence has its dates). Unlike a remote computer&apos;s certificate, a gateway certificate cannot be accepted anyway: Remote Desktop clients refuse to connect through the gateway until it is renewed.</source>
        <translation>El certificado que presenta la Puerta de enlace de Escritorio remoto {host} ya no es válido (las evidencias contienen sus fechas). A diferencia del certificado de un equipo remoto, el certificado de una puerta de enlace no se puede aceptar igualmente: los clientes de Escritorio remoto se niegan a conectarse a través de la puerta de enlace hasta que se renueve.</translation>
    </message>
    <message>
        <source>On the gateway, list the computer&apos;s certificates with their end dates.</source>
        <translation>En la puerta de enlace, enumere los certificados del equipo con sus fechas de caducidad.</translation>
    </message>
    <message>
        <source>Have a new certificate issued for the gateway&apos;s name, then select it in RD Gateway Manager (Properties &gt; SSL Certificate).</source>
        <translation>Solicite que se emita un certificado nuevo para el nombre de la puerta de enlace y, después, selecciónelo en el Administrador de Puerta de enlace de Escritorio remoto (Propiedades &gt; Certificado SSL).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock: a wrong date makes a valid certificate look expired.</source>
        <translation>Compruebe el reloj de este equipo: una fecha incorrecta hace que un certificado válido parezca caducado.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate does not carry the gateway&apos;s name</source>
        <translation>El certificado de la puerta de enlace no contiene el nombre de la puerta de enlace</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway is not made out to {host}, the name in the .rdp file (the evidence lists the names it does carry). Remote Desktop clients refuse such a gateway without offering to continue.</source>
        <translation>El certificado de la Puerta de enlace de Escritorio remoto no está emitido para {host}, el nombre que figura en el archivo .rdp (las evidencias enumeran los nombres que sí contiene). Los clientes de Escritorio remoto rechazan una puerta de enlace así sin ofrecer la opción de continuar.</translation>
    </message>
    <message>
        <source>Show the names in the gateway&apos;s certificate (macOS or Linux).</source>
        <translation>Muestre los nombres del certificado de la puerta de enlace (macOS o Linux).</translation>
    </message>
    <message>
        <source>Change gatewayhostname in the .rdp file to a name the certificate carries, if that name leads to the same gateway.</source>
        <translation>Cambie gatewayhostname en el archivo .rdp por un nombre que contenga el certificado, si ese nombre lleva a la misma puerta de enlace.</translation>
    </message>
    <message>
        <source>Otherwise have a certificate issued that includes the name clients use, and select it in RD Gateway Manager.</source>
        <translation>Si no es así, solicite que se emita un certificado que incluya el nombre que usan los clientes y selecciónelo en el Administrador de Puerta de enlace de Escritorio remoto.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate is not trusted here</source>
        <translation>Este equipo no confía en el certificado de la puerta de enlace</translation>
    </message>
    <message>
        <source>The certificate of the Remote Desktop Gateway {host} does not lead to a certificate authority this computer trusts (the evidence lists the verification errors). Remote Desktop clients refuse untrusted gateway certificates, so unless the client computer trusts the issuing authority, connections through this gateway fail.</source>
        <translation>El certificado de la Puerta de enlace de Escritorio remoto {host} no lleva a ninguna entidad de certificación en la que confíe este equipo (las evidencias enumeran los errores de comprobación). Los clientes de Escritorio remoto rechazan los certificados de puerta de enlace que no son de confianza, así que, a menos que el equipo cliente confíe en la entidad emisora, las conexiones a través de esta puerta de enlace fallan.</translation>
    </message>
    <message>
        <source>Show the certificate chain the gateway sends (macOS or Linux).</source>
        <translation>Muestre la cadena de certificados que envía la puerta de enlace (macOS o Linux).</translation>
    </message>
    <message>
        <source>If your organisation runs its own certificate authority, install its root certificate on this computer (Windows, as administrator; replace the file name).</source>
        <translation>Si su organización tiene su propia entidad de certificación, instale su certificado raíz en este equipo (Windows, como administrador; sustituya el nombre del archivo).</translation>
    </message>
    <message>
        <source>For users outside the organisation, give the gateway a certificate from a public certificate authority.</source>
        <translation>Para los usuarios de fuera de la organización, asigne a la puerta de enlace un certificado de una entidad de certificación pública.</translation>
    </message>
    <message>
        <source>The gateway address answers, but not as a Remote Desktop Gateway</source>
        <translation>La dirección de la puerta de enlace responde, pero no como una Puerta de enlace de Escritorio remoto</translation>
    </message>
    <message>
        <source>The server at {host} port {port} answered the request a Remote Desktop Gateway handles with &apos;not found&apos;, so it is a web server without the gateway service. The gateway name in the .rdp file may be wrong, or a load balancer or reverse proxy does not forward the gateway&apos;s path /remoteDesktopGateway/.</source>
        <translation>El servidor {host}, puerto {port}, respondió con &apos;not found&apos; (no encontrado) a la solicitud que atiende una Puerta de enlace de Escritorio remoto, así que es un servidor web sin el servicio de puerta de enlace. Puede que el nombre de la puerta de enlace del archivo .rdp sea incorrecto, o que un equilibrador de carga o un proxy inverso no reenvíe la ruta /remoteDesktopGateway/ de la puerta de enlace.</translation>
    </message>
    <message>
        <source>Check the line gatewayhostname:s: of the .rdp file with your IT department.</source>
        <translation>Compruebe con su departamento de TI la línea gatewayhostname:s: del archivo .rdp.</translation>
    </message>
    <message>
        <source>On the gateway, check that the web site carries the gateway&apos;s applications.</source>
        <translation>En la puerta de enlace, compruebe que el sitio web contiene las aplicaciones de la puerta de enlace.</translation>
    </message>
    <message>
        <source>If a load balancer or reverse proxy is in front, it must pass the methods RDG_OUT_DATA and RDG_IN_DATA and the path /remoteDesktopGateway/ to the gateway.</source>
        <translation>Si hay un equilibrador de carga o un proxy inverso delante, debe pasar a la puerta de enlace los métodos RDG_OUT_DATA y RDG_IN_DATA y la ruta /remoteDesktopGateway/.</translation>
    </message>
    <message>
        <source>No Remote Desktop server was found on this computer</source>
        <translation>No se encontró ningún servidor de Escritorio remoto en este equipo</translation>
    </message>
    <message>
        <source>Neither Windows Remote Desktop Services nor xrdp was found on this computer, so nothing here can accept Remote Desktop connections. Install or switch on a Remote Desktop server first, or run this check on the computer you connect to.</source>
        <translation>No se encontraron en este equipo ni los Servicios de Escritorio remoto de Windows ni xrdp, así que aquí no hay nada que pueda aceptar conexiones de Escritorio remoto. Primero instale o active un servidor de Escritorio remoto, o bien ejecute esta comprobación en el equipo al que se conecta.</translation>
    </message>
    <message>
        <source>Windows (Pro, Enterprise or Server): allow Remote Desktop connections (as administrator).</source>
        <translation>Windows (Pro, Enterprise o Server): permita las conexiones de Escritorio remoto (como administrador).</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: install xrdp.</source>
        <translation>Debian o Ubuntu: instale xrdp.</translation>
    </message>
    <message>
        <source>Then start xrdp and have it start at boot.</source>
        <translation>Después, inicie xrdp y configúrelo para que se inicie con el sistema.</translation>
    </message>
    <message>
        <source>The Remote Desktop service is not running</source>
        <translation>El servicio de Escritorio remoto no se está ejecutando</translation>
    </message>
    <message>
        <source>The Remote Desktop service of this computer (named in the evidence) is not running, so connections to port {port} are refused. Clients report this as error code 0x204. Start the service and look at why it stopped.</source>
        <translation>El servicio de Escritorio remoto de este equipo (indicado en las evidencias) no se está ejecutando, así que se rechazan las conexiones al puerto {port}. Los clientes lo notifican con el código de error 0x204. Inicie el servicio y averigüe por qué se detuvo.</translation>
    </message>
    <message>
        <source>Windows: start Remote Desktop Services (as administrator).</source>
        <translation>Windows: inicie los Servicios de Escritorio remoto (como administrador).</translation>
    </message>
    <message>
        <source>Linux: read why xrdp stopped or did not start.</source>
        <translation>Linux: consulte por qué xrdp se detuvo o no se inició.</translation>
    </message>
    <message>
        <source>A helper service of Remote Desktop is not running</source>
        <translation>No se está ejecutando un servicio auxiliar de Escritorio remoto</translation>
    </message>
    <message>
        <source>A service that Remote Desktop needs besides the main one is stopped (named in the evidence): on Windows Remote Desktop Configuration (SessionEnv) or the UserMode Port Redirector (UmRdpService), on Linux the xrdp session manager. Connections may then fail after the sign-in, or certificates are not renewed.</source>
        <translation>Está detenido un servicio que Escritorio remoto necesita además del principal (indicado en las evidencias): en Windows, Configuración de Escritorio remoto (SessionEnv) o el Redirector de puerto en modo usuario de Servicios de Escritorio remoto (UmRdpService); en Linux, el administrador de sesiones de xrdp. En ese caso, las conexiones pueden fallar después del inicio de sesión o los certificados no se renuevan.</translation>
    </message>
    <message>
        <source>Windows: start the helper services.</source>
        <translation>Windows: inicie los servicios auxiliares.</translation>
    </message>
    <message>
        <source>Linux: start the xrdp session manager.</source>
        <translation>Linux: inicie el administrador de sesiones de xrdp.</translation>
    </message>
    <message>
        <source>The Remote Desktop service does not listen on its port</source>
        <translation>El servicio de Escritorio remoto no escucha en su puerto</translation>
    </message>
    <message>
        <source>The Remote Desktop service runs, but no socket of it listens on the port it is configured for (the evidence shows what listens where). Often another program took the port first, or the service could not bind to the address in its settings. Clients get &apos;connection refused&apos; (error code 0x204).</source>
        <translation>El servicio de Escritorio remoto se está ejecutando, pero ninguno de sus sockets escucha en el puerto para el que está configurado (las evidencias muestran qué escucha y dónde). A menudo otro programa ocupó antes el puerto, o el servicio no pudo enlazarse a la dirección de su configuración. Los clientes reciben &apos;conexión rechazada&apos; (código de error 0x204).</translation>
    </message>
    <message>
        <source>Remote Desktop listens on another port than clients use</source>
        <translation>Escritorio remoto escucha en un puerto distinto del que usan los clientes</translation>
    </message>
    <message>
        <source>Clients connect to port {port}, but the Remote Desktop service of this computer listens on another port (shown in the evidence). Either tell the clients the port (host name followed by a colon and the port), or set the service back to port {port}.</source>
        <translation>Los clientes se conectan al puerto {port}, pero el servicio de Escritorio remoto de este equipo escucha en otro puerto (indicado en las evidencias). Indique el puerto a los clientes (el nombre del host seguido de dos puntos y el puerto) o vuelva a configurar el servicio en el puerto {port}.</translation>
    </message>
    <message>
        <source>Linux: set xrdp&apos;s first port= line to {port} and restart it.</source>
        <translation>Linux: establezca {port} en la primera línea port= de xrdp y reinícielo.</translation>
    </message>
    <message>
        <source>Windows: set the listener&apos;s port (as administrator), then restart Remote Desktop Services and allow the port in the firewall.</source>
        <translation>Windows: establezca el puerto del agente de escucha (como administrador); después, reinicie los Servicios de Escritorio remoto y permita el puerto en el firewall.</translation>
    </message>
    <message>
        <source>Remote Desktop only accepts connections from this computer itself</source>
        <translation>Escritorio remoto solo acepta conexiones desde este mismo equipo</translation>
    </message>
    <message>
        <source>The Remote Desktop service listens only on a loopback address (127.0.0.1 or ::1), so other computers cannot connect. That is right only when connections arrive through an SSH tunnel or a local proxy.</source>
        <translation>El servicio de Escritorio remoto solo escucha en una dirección de bucle invertido (127.0.0.1 o ::1), así que otros equipos no pueden conectarse. Solo es correcto cuando las conexiones llegan a través de un túnel SSH o de un proxy local.</translation>
    </message>
    <message>
        <source>Linux: show xrdp&apos;s listen setting; port=3389 listens on every address, port=tcp://127.0.0.1:3389 only on loopback.</source>
        <translation>Linux: muestre la configuración de escucha de xrdp; port=3389 escucha en todas las direcciones y port=tcp://127.0.0.1:3389, solo en la de bucle invertido.</translation>
    </message>
    <message>
        <source>Windows: the listener&apos;s adapter setting should be 0 (all adapters).</source>
        <translation>Windows: la configuración de adaptador del agente de escucha debe ser 0 (todos los adaptadores).</translation>
    </message>
    <message>
        <source>Remote Desktop connections are switched off</source>
        <translation>Las conexiones de Escritorio remoto están desactivadas</translation>
    </message>
    <message>
        <source>The setting fDenyTSConnections is 1 on this computer (the evidence says whether a Group Policy sets it), so Windows refuses every Remote Desktop connection. A Group Policy value wins over the local one and must be changed in the policy.</source>
        <translation>La opción fDenyTSConnections vale 1 en este equipo (las evidencias indican si la establece una directiva de grupo), así que Windows rechaza todas las conexiones de Escritorio remoto. Un valor de directiva de grupo prevalece sobre el local y debe cambiarse en la directiva.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy denies the connections; if this value exists, change the policy &apos;Allow users to connect remotely by using Remote Desktop Services&apos;.</source>
        <translation>Compruebe si una directiva de grupo deniega las conexiones; si este valor existe, cambie la directiva &apos;Permitir que los usuarios se conecten de forma remota mediante Servicios de Escritorio remoto&apos; (en inglés, &apos;Allow users to connect remotely by using Remote Desktop Services&apos;).</translation>
    </message>
    <message>
        <source>The server is set to Standard RDP Security only</source>
        <translation>El servidor está configurado solo para la seguridad RDP estándar</translation>
    </message>
    <message>
        <source>This computer&apos;s Remote Desktop service is configured for the old Standard RDP Security only (xrdp security_layer=rdp, or Windows SecurityLayer 0), without TLS. Current clients that require TLS or Network Level Authentication refuse it, often with error code 0x904, and the connection is open to interception.</source>
        <translation>El servicio de Escritorio remoto de este equipo está configurado solo para la antigua seguridad RDP estándar (xrdp security_layer=rdp, o SecurityLayer 0 en Windows), sin TLS. Los clientes actuales que exigen TLS o la autenticación a nivel de red la rechazan, a menudo con el código de error 0x904, y la conexión queda expuesta a interceptaciones.</translation>
    </message>
    <message>
        <source>Network Level Authentication is not required</source>
        <translation>No se exige la autenticación a nivel de red</translation>
    </message>
    <message>
        <source>UserAuthentication is 0 on this computer, so Remote Desktop shows its sign-in screen to anyone who connects, before checking who they are. That exposes the computer to password guessing and denial of service.</source>
        <translation>UserAuthentication vale 0 en este equipo, así que Escritorio remoto muestra su pantalla de inicio de sesión a cualquiera que se conecte, antes de comprobar quién es. Esto expone el equipo a ataques de adivinación de contraseñas y de denegación de servicio.</translation>
    </message>
    <message>
        <source>The listener&apos;s security layer and encryption level do not fit</source>
        <translation>La capa de seguridad y el nivel de cifrado del agente de escucha no son compatibles</translation>
    </message>
    <message>
        <source>SecurityLayer 2 (TLS required) is set together with MinEncryptionLevel 1 (low), a combination Windows does not support. Windows then changes the settings by itself (event 1050), and connections may fail until the values agree.</source>
        <translation>SecurityLayer 2 (TLS obligatorio) está establecido junto con MinEncryptionLevel 1 (bajo), una combinación que Windows no admite. Windows cambia entonces la configuración por su cuenta (evento 1050) y las conexiones pueden fallar hasta que los valores concuerden.</translation>
    </message>
    <message>
        <source>Set the encryption level to client compatible (2), as administrator, then restart Remote Desktop Services.</source>
        <translation>Establezca el nivel de cifrado en compatible con el cliente (2), como administrador, y reinicie los Servicios de Escritorio remoto.</translation>
    </message>
    <message>
        <source>TLS 1.2 and TLS 1.3 are switched off for the server</source>
        <translation>TLS 1.2 y TLS 1.3 están desactivados para el servidor</translation>
    </message>
    <message>
        <source>The server side of this computer allows neither TLS 1.2 nor TLS 1.3 (xrdp&apos;s ssl_protocols, or the SCHANNEL registry keys shown in the evidence). Current clients offer nothing older, so every secured connection fails, usually with error code 0x904 and Schannel event 36871 or 36874.</source>
        <translation>El lado de servidor de este equipo no permite ni TLS 1.2 ni TLS 1.3 (ssl_protocols de xrdp, o las claves del Registro de SCHANNEL que se muestran en las evidencias). Los clientes actuales no ofrecen nada más antiguo, así que todas las conexiones protegidas fallan, normalmente con el código de error 0x904 y el evento 36871 o 36874 de Schannel.</translation>
    </message>
    <message>
        <source>The server still allows TLS 1.0 or 1.1</source>
        <translation>El servidor sigue permitiendo TLS 1.0 o 1.1</translation>
    </message>
    <message>
        <source>TLS 1.0 or TLS 1.1 is switched on for the server side of this computer (the evidence says where). These versions are outdated and weak; current clients do not need them.</source>
        <translation>TLS 1.0 o TLS 1.1 está activado para el lado de servidor de este equipo (las evidencias indican dónde). Estas versiones están obsoletas y son poco seguras; los clientes actuales no las necesitan.</translation>
    </message>
    <message>
        <source>Windows: switch TLS 1.0 off for the server side (as administrator) once no old client needs it; repeat for TLS 1.1 and restart the computer.</source>
        <translation>Windows: cuando ningún cliente antiguo lo necesite, desactive TLS 1.0 para el lado de servidor (como administrador); repita la operación para TLS 1.1 y reinicie el equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is missing or unreadable</source>
        <translation>Falta el certificado TLS del servidor o no se puede leer</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service is configured to use cannot be found or read (the evidence names the file or the thumbprint). The service then fails every TLS handshake, which clients report as error code 0x904 (extended code 0x7).</source>
        <translation>No se encuentra o no se puede leer el certificado que el servicio de Escritorio remoto tiene configurado (las evidencias indican el archivo o la huella digital). El servicio falla entonces en todos los protocolos de enlace TLS, lo que los clientes notifican como código de error 0x904 (código extendido 0x7).</translation>
    </message>
    <message>
        <source>The service cannot read its certificate&apos;s private key</source>
        <translation>El servicio no puede leer la clave privada de su certificado</translation>
    </message>
    <message>
        <source>The private key of the Remote Desktop certificate is missing or cannot be read by the account the service runs as (the evidence names the file, the account and the error). Without its key the service cannot complete a TLS handshake: this is the classic cause of error code 0x904 with extended code 0x7.</source>
        <translation>Falta la clave privada del certificado de Escritorio remoto o la cuenta con la que se ejecuta el servicio no puede leerla (las evidencias indican el archivo, la cuenta y el error). Sin su clave, el servicio no puede completar un protocolo de enlace TLS: es la causa clásica del código de error 0x904 con el código extendido 0x7.</translation>
    </message>
    <message>
        <source>Linux: show the permissions along the key file&apos;s path.</source>
        <translation>Linux: muestre los permisos a lo largo de la ruta del archivo de clave.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate</source>
        <translation>La clave privada no corresponde al certificado</translation>
    </message>
    <message>
        <source>The key file configured for Remote Desktop is not the key of the configured certificate, typically after only one of the two files was replaced. The TLS handshake then fails for every client (error code 0x904).</source>
        <translation>El archivo de clave configurado para Escritorio remoto no contiene la clave del certificado configurado; suele ocurrir cuando solo se ha sustituido uno de los dos archivos. El protocolo de enlace TLS falla entonces para todos los clientes (código de error 0x904).</translation>
    </message>
    <message>
        <source>Linux: compare the two public keys; the two checksums must be equal (adjust the paths to xrdp.ini&apos;s certificate and key_file).</source>
        <translation>Linux: compare las dos claves públicas; las dos sumas de comprobación deben ser iguales (ajuste las rutas a los valores certificate y key_file de xrdp.ini).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate has expired</source>
        <translation>El certificado TLS del servidor ha caducado</translation>
    </message>
    <message>
        <source>The certificate the Remote Desktop service uses is outside its validity dates (the evidence has them). Clients warn about it or, with strict settings, refuse to connect.</source>
        <translation>El certificado que usa el servicio de Escritorio remoto está fuera de sus fechas de validez (las evidencias las contienen). Los clientes avisan de ello o, con una configuración estricta, se niegan a conectarse.</translation>
    </message>
    <message>
        <source>Linux: show the certificate&apos;s dates (adjust the path to xrdp.ini&apos;s certificate).</source>
        <translation>Linux: muestre las fechas del certificado (ajuste la ruta al valor certificate de xrdp.ini).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate key is too short to be used</source>
        <translation>La clave del certificado del servidor es demasiado corta para poder usarse</translation>
    </message>
    <message>
        <source>The certificate xrdp is configured with has an RSA key shorter than 2048 bits. xrdp&apos;s TLS library refuses such a key at the first handshake (&apos;ee key too small&apos; in the log), so every secured connection fails although the service runs.</source>
        <translation>El certificado configurado en xrdp tiene una clave RSA de menos de 2048 bits. La biblioteca TLS de xrdp rechaza una clave así en el primer protocolo de enlace (&apos;ee key too small&apos; en el registro), así que todas las conexiones protegidas fallan aunque el servicio se esté ejecutando.</translation>
    </message>
    <message>
        <source>Make a new 3072-bit key and certificate in files of xrdp&apos;s own, point certificate= and key_file= in xrdp.ini at them and restart xrdp.</source>
        <translation>Cree una clave y un certificado nuevos de 3072 bits en archivos propios de xrdp, haga que certificate= y key_file= de xrdp.ini apunten a ellos y reinicie xrdp.</translation>
    </message>
    <message>
        <source>The permissions of the MachineKeys folder are broken</source>
        <translation>Los permisos de la carpeta MachineKeys están dañados</translation>
    </message>
    <message>
        <source>The folder where Windows keeps the private keys of the computer&apos;s certificates (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) lacks the permissions Remote Desktop needs (the evidence lists what is there). Remote Desktop then cannot use or create its certificate&apos;s key: TLS handshakes fail with error code 0x904 (extended code 0x7) and the System log shows event 36870 or 1057.</source>
        <translation>A la carpeta donde Windows guarda las claves privadas de los certificados del equipo (C:\ProgramData\Microsoft\Crypto\RSA\MachineKeys) le faltan los permisos que necesita Escritorio remoto (las evidencias enumeran los que tiene). Escritorio remoto no puede entonces usar ni crear la clave de su certificado: los protocolos de enlace TLS fallan con el código de error 0x904 (código extendido 0x7) y el registro Sistema muestra el evento 36870 o 1057.</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing grace period has ended</source>
        <translation>Ha terminado el período de gracia de las licencias de Escritorio remoto</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role, its 120-day licensing grace period is over, and no license server hands out licenses (the evidence shows the days left, the licensing mode and the license servers). Connections are then refused after the security handshake, which clients may show as error code 0x904 or as a licensing message.</source>
        <translation>Este equipo tiene el rol Host de sesión de Escritorio remoto, su período de gracia de licencias de 120 días ha terminado y ningún servidor de licencias proporciona licencias (las evidencias muestran los días restantes, el modo de licencia y los servidores de licencias). Las conexiones se rechazan entonces después del protocolo de enlace de seguridad, lo que los clientes pueden mostrar como código de error 0x904 o como un mensaje sobre licencias.</translation>
    </message>
    <message>
        <source>Show the days left of the grace period.</source>
        <translation>Muestre los días que quedan del período de gracia.</translation>
    </message>
    <message>
        <source>Open the RD Licensing Diagnoser: it names the missing license server or licenses.</source>
        <translation>Abra el Diagnosticador de licencias de Escritorio remoto: indica qué servidor de licencias o qué licencias faltan.</translation>
    </message>
    <message>
        <source>Set the licensing mode (Per User or Per Device) and the license server with Group Policy: Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Licensing.</source>
        <translation>Establezca el modo de licencia (Por usuario o Por dispositivo) y el servidor de licencias con una directiva de grupo: Configuración del equipo &gt; Plantillas administrativas &gt; Componentes de Windows &gt; Servicios de Escritorio remoto &gt; Host de sesión de Escritorio remoto &gt; Licencias.</translation>
    </message>
    <message>
        <source>If the computer only needs the two administrative connections, remove the Session Host role instead (restarts the computer).</source>
        <translation>Si el equipo solo necesita las dos conexiones administrativas, quite en su lugar el rol Host de sesión (el equipo se reinicia).</translation>
    </message>
    <message>
        <source>The Remote Desktop licensing mode is not configured</source>
        <translation>El modo de licencia de Escritorio remoto no está configurado</translation>
    </message>
    <message>
        <source>This computer runs the Remote Desktop Session Host role without a configured licensing mode or license server. It works during the 120-day grace period (the evidence shows the days left) and refuses connections afterwards.</source>
        <translation>Este equipo tiene el rol Host de sesión de Escritorio remoto sin ningún modo de licencia ni servidor de licencias configurado. Funciona durante el período de gracia de 120 días (las evidencias muestran los días restantes) y, después, rechaza las conexiones.</translation>
    </message>
    <message>
        <source>Show the configured licensing mode.</source>
        <translation>Muestre el modo de licencia configurado.</translation>
    </message>
    <message>
        <source>Configure the licensing mode and the license server by Group Policy (Remote Desktop Session Host &gt; Licensing).</source>
        <translation>Configure el modo de licencia y el servidor de licencias mediante una directiva de grupo (Host de sesión de Escritorio remoto &gt; Licencias).</translation>
    </message>
    <message>
        <source>The listener accepts only a few connections</source>
        <translation>El agente de escucha solo acepta unas pocas conexiones</translation>
    </message>
    <message>
        <source>MaxInstanceCount limits the Remote Desktop listener to the number of connections shown in the evidence. Once that many are open, further connections are refused, which clients may report as error code 0x904.</source>
        <translation>MaxInstanceCount limita el agente de escucha de Escritorio remoto al número de conexiones que se muestra en las evidencias. Cuando hay ya tantas abiertas, se rechazan las conexiones adicionales, lo que los clientes pueden notificar como código de error 0x904.</translation>
    </message>
    <message>
        <source>Show the limit and its policy copy.</source>
        <translation>Muestre el límite y su copia en la directiva.</translation>
    </message>
    <message>
        <source>Remove the limit (as administrator); if a Group Policy (&apos;Limit number of connections&apos;) sets it, change the policy instead.</source>
        <translation>Quite el límite (como administrador); si lo establece una directiva de grupo (&apos;Limitar el número de conexiones&apos;), cambie la directiva.</translation>
    </message>
    <message>
        <source>List the sessions that are open now.</source>
        <translation>Enumere las sesiones abiertas en este momento.</translation>
    </message>
    <message>
        <source>Windows could not access the TLS certificate&apos;s private key</source>
        <translation>Windows no pudo acceder a la clave privada del certificado TLS</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36870 (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;), shown in the evidence. Remote Desktop cannot use its certificate&apos;s key, usually because of wrong permissions on the MachineKeys folder or a damaged key file. This is the cause behind error code 0x904 with extended code 0x7.</source>
        <translation>El registro Sistema contiene el evento 36870 de Schannel (&apos;a fatal error occurred when attempting to access the TLS server credential private key&apos;: error irrecuperable al intentar acceder a la clave privada de la credencial del servidor TLS), que se muestra en las evidencias. Escritorio remoto no puede usar la clave de su certificado, normalmente por permisos incorrectos en la carpeta MachineKeys o por un archivo de clave dañado. Esta es la causa del código de error 0x904 con el código extendido 0x7.</translation>
    </message>
    <message>
        <source>Windows could not create the TLS credential</source>
        <translation>Windows no pudo crear la credencial TLS</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36871 (&apos;a fatal error occurred while creating a TLS server credential&apos;), shown in the evidence. Most often the TLS versions Remote Desktop needs are switched off in the SCHANNEL registry keys, or the certificate&apos;s key is unusable.</source>
        <translation>El registro Sistema contiene el evento 36871 de Schannel (&apos;a fatal error occurred while creating a TLS server credential&apos;: error irrecuperable al crear una credencial de servidor TLS), que se muestra en las evidencias. Casi siempre se debe a que las versiones de TLS que necesita Escritorio remoto están desactivadas en las claves del Registro de SCHANNEL, o a que la clave del certificado no se puede usar.</translation>
    </message>
    <message>
        <source>Windows could not create or renew the Remote Desktop certificate</source>
        <translation>Windows no pudo crear ni renovar el certificado de Escritorio remoto</translation>
    </message>
    <message>
        <source>The System log has event 1057 or 1058 of Remote Desktop (shown in the evidence): the self-signed certificate could not be created or replaced, typically with &apos;Keyset does not exist&apos; or &apos;Access is denied&apos;. The cause is almost always the permissions or contents of the MachineKeys folder.</source>
        <translation>El registro Sistema contiene el evento 1057 o 1058 de Escritorio remoto (se muestra en las evidencias): no se pudo crear ni sustituir el certificado autofirmado, normalmente con &apos;Keyset does not exist&apos; (&apos;El conjunto de claves no existe&apos;) o &apos;Access is denied&apos; (&apos;Acceso denegado&apos;). La causa es casi siempre los permisos o el contenido de la carpeta MachineKeys.</translation>
    </message>
    <message>
        <source>Clients offered no cipher suite this server accepts</source>
        <translation>Los clientes no ofrecieron ningún conjunto de cifrado que acepte este servidor</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36874 (shown in the evidence): a client asked for TLS, but none of its cipher suites is allowed on this computer. Usually a Group Policy or a hardening script shortened the cipher suite list too much.</source>
        <translation>El registro Sistema contiene el evento 36874 de Schannel (se muestra en las evidencias): un cliente solicitó TLS, pero ninguno de sus conjuntos de cifrado está permitido en este equipo. Normalmente una directiva de grupo o un script de refuerzo de la seguridad ha recortado demasiado la lista de conjuntos de cifrado.</translation>
    </message>
    <message>
        <source>The server ended TLS handshakes with an alert</source>
        <translation>El servidor terminó protocolos de enlace TLS con una alerta</translation>
    </message>
    <message>
        <source>The System log has Schannel event 36888 (shown in the evidence with the alert number): this computer refused TLS handshakes. Alert 40 means no common settings, 70 a TLS version that is switched off.</source>
        <translation>El registro Sistema contiene el evento 36888 de Schannel (se muestra en las evidencias con el número de alerta): este equipo rechazó protocolos de enlace TLS. La alerta 40 significa que no hay ninguna configuración en común, y la 70, una versión de TLS que está desactivada.</translation>
    </message>
    <message>
        <source>The xrdp log shows recent errors</source>
        <translation>El registro de xrdp muestra errores recientes</translation>
    </message>
    <message>
        <source>xrdp&apos;s log has error lines from the last days (the evidence quotes them). Errors about the certificate, the key file or TLS explain failing connections directly; others help when nothing else was found.</source>
        <translation>El registro de xrdp contiene líneas de error de los últimos días (las evidencias las citan). Los errores relacionados con el certificado, el archivo de clave o TLS explican directamente los fallos de conexión; los demás ayudan cuando no se ha encontrado nada más.</translation>
    </message>
    <message>
        <source>Read the service&apos;s journal as well.</source>
        <translation>Consulte también el diario del servicio.</translation>
    </message>
    <message>
        <source>The xrdp configuration cannot be read</source>
        <translation>No se puede leer la configuración de xrdp</translation>
    </message>
    <message>
        <source>The file xrdp.ini (named in the evidence) is missing or unreadable, so neither xrdp nor this check knows the port, the security settings or the certificate. xrdp does not start without it.</source>
        <translation>Falta el archivo xrdp.ini (indicado en las evidencias) o no se puede leer, así que ni xrdp ni esta comprobación conocen el puerto, la configuración de seguridad ni el certificado. xrdp no se inicia sin él.</translation>
    </message>
    <message>
        <source>Show the file and its permissions.</source>
        <translation>Muestre el archivo y sus permisos.</translation>
    </message>
    <message>
        <source>Debian or Ubuntu: restore missing configuration files of the package.</source>
        <translation>Debian o Ubuntu: restaure los archivos de configuración que falten del paquete.</translation>
    </message>
    <message>
        <source>Some server settings could not be checked</source>
        <translation>No se pudieron comprobar algunas opciones del servidor</translation>
    </message>
    <message>
        <source>Parts of the self-check could not read what they need, usually for lack of administrator rights (the evidence lists them). Those causes are neither confirmed nor ruled out.</source>
        <translation>Algunas partes de la autocomprobación no pudieron leer lo que necesitan, normalmente por falta de derechos de administrador (las evidencias las enumeran). Esas causas no se pueden confirmar ni descartar.</translation>
    </message>
    <message>
        <source>Linux: run the self-check with administrator rights.</source>
        <translation>Linux: ejecute la autocomprobación con derechos de administrador.</translation>
    </message>
    <message>
        <source>Windows: run it from a command prompt opened with &apos;Run as administrator&apos;.</source>
        <translation>Windows: ejecútela desde un símbolo del sistema abierto con &apos;Ejecutar como administrador&apos;.</translation>
    </message>
    <message>
        <source>This server&apos;s firewall blocks incoming Remote Desktop connections</source>
        <translation>El firewall de este servidor bloquea las conexiones entrantes de Escritorio remoto</translation>
    </message>
    <message>
        <source>A rule or the default policy of this computer&apos;s firewall drops or rejects incoming connections to port {port} (the evidence names it). Clients then time out (error code 0x204) or are refused, although the Remote Desktop service itself is fine.</source>
        <translation>Una regla o la directiva predeterminada del firewall de este equipo descarta o rechaza las conexiones entrantes al puerto {port} (las evidencias indican cuál). Los clientes agotan entonces el tiempo de espera (código de error 0x204) o son rechazados, aunque el propio servicio de Escritorio remoto funcione correctamente.</translation>
    </message>
    <message>
        <source>Windows: allow Remote Desktop through the firewall (as administrator).</source>
        <translation>Windows: permita Escritorio remoto a través del firewall (como administrador).</translation>
    </message>
    <message>
        <source>Windows in another language: the rule&apos;s internal name works everywhere.</source>
        <translation>Windows en otro idioma: el nombre interno de la regla funciona en todos los idiomas.</translation>
    </message>
    <message>
        <source>Windows with another port than 3389: add a rule for port {port}.</source>
        <translation>Windows con un puerto distinto de 3389: agregue una regla para el puerto {port}.</translation>
    </message>
    <message>
        <source>Linux with ufw: allow the port.</source>
        <translation>Linux con ufw: permita el puerto.</translation>
    </message>
    <message>
        <source>Linux with firewalld: allow the port.</source>
        <translation>Linux con firewalld: permita el puerto.</translation>
    </message>
    <message>
        <source>Linux with plain nftables: find the rule, then change it in /etc/nftables.conf.</source>
        <translation>Linux solo con nftables: busque la regla y cámbiela en /etc/nftables.conf.</translation>
    </message>
    <message>
        <source>This server&apos;s firewall may block some Remote Desktop clients</source>
        <translation>El firewall de este servidor podría bloquear a algunos clientes de Escritorio remoto</translation>
    </message>
    <message>
        <source>This computer&apos;s firewall lets incoming connections to port {port} through only under conditions (client addresses, network adapters, firewall profiles), shown in the evidence. Clients that do not meet them are blocked.</source>
        <translation>El firewall de este equipo solo deja pasar las conexiones entrantes al puerto {port} en determinadas condiciones (direcciones de cliente, adaptadores de red, perfiles de firewall), que se muestran en las evidencias. Los clientes que no las cumplen quedan bloqueados.</translation>
    </message>
    <message>
        <source>Windows: show the Remote Desktop rules with their profiles and address filters.</source>
        <translation>Windows: muestre las reglas de Escritorio remoto con sus perfiles y filtros de direcciones.</translation>
    </message>
    <message>
        <source>Linux with ufw: show the rules.</source>
        <translation>Linux con ufw: muestre las reglas.</translation>
    </message>
    <message>
        <source>Linux with firewalld: show the zones.</source>
        <translation>Linux con firewalld: muestre las zonas.</translation>
    </message>
    <message>
        <source>Unknown finding %1</source>
        <translation>Hallazgo desconocido %1</translation>
    </message>
    <message>
        <source>This version of rdpdiag does not know this finding: the report was made by another version. Its evidence is shown, but no explanation and no fix; open the report with the version that made it, or a newer one.</source>
        <translation>Esta versión de rdpdiag no conoce este hallazgo: el informe lo creó otra versión. Se muestran sus evidencias, pero ninguna explicación ni solución; abra el informe con la versión que lo creó o con una más reciente.</translation>
    </message>
    <message>
        <source>The server accepts weak 40-bit or 56-bit encryption</source>
        <translation>El servidor acepta un cifrado débil de 40 o 56 bits</translation>
    </message>
    <message>
        <source>When a client offers only 40-bit or 56-bit RC4 encryption for Standard RDP Security, the remote computer accepts it. Keys that short can be found by trying them all, and Standard RDP Security does not protect the choice of method, so a device in the network path can make both sides use the weakest one and then read what is typed, passwords included. Connections still work; this is a hardening note. On Windows this is the encryption level Low or Client Compatible (MinEncryptionLevel 1 or 2), on xrdp crypt_level=low or medium.</source>
        <translation>Cuando un cliente ofrece solo cifrado RC4 de 40 o 56 bits para la seguridad RDP estándar, el equipo remoto lo acepta. Claves tan cortas se pueden encontrar probándolas todas, y la seguridad RDP estándar no protege la elección del método, así que un dispositivo de la ruta de red puede hacer que ambos lados usen el más débil y después leer lo que se escribe, contraseñas incluidas. Las conexiones siguen funcionando; es una nota de refuerzo de la seguridad. En Windows corresponde al nivel de cifrado Bajo o Compatible con el cliente (MinEncryptionLevel 1 o 2) y en xrdp a crypt_level=low o medium.</translation>
    </message>
    <message>
        <source>The server requires FIPS encryption for Standard RDP Security</source>
        <translation>El servidor exige cifrado FIPS para la seguridad RDP estándar</translation>
    </message>
    <message>
        <source>The remote computer&apos;s encryption level is FIPS Compliant: with Standard RDP Security it accepts only the FIPS method (Triple DES) and no RC4 method. Clients that do not implement that method, such as rdesktop and some thin clients, cannot connect with Standard RDP Security; when the server offers nothing else they fail during the connection sequence, often with error code 0x904 or a security error. On Windows the level comes from MinEncryptionLevel 4 or from the policy &apos;System cryptography: Use FIPS compliant algorithms&apos;, on xrdp from crypt_level=fips. If your organisation requires FIPS, keep it and require TLS instead, which current clients support.</source>
        <translation>El nivel de cifrado del equipo remoto es Compatible con FIPS: con la seguridad RDP estándar solo acepta el método FIPS (Triple DES) y ningún método RC4. Los clientes que no implementan ese método, como rdesktop y algunos clientes ligeros, no pueden conectarse con la seguridad RDP estándar; si el servidor no ofrece nada más, fallan durante la secuencia de conexión, a menudo con el código de error 0x904 o un error de seguridad. En Windows el nivel procede de MinEncryptionLevel 4 o de la directiva &apos;Criptografía de sistema: usar algoritmos que cumplan FIPS&apos; (en inglés, &apos;System cryptography: Use FIPS compliant algorithms&apos;), y en xrdp de crypt_level=fips. Si su organización exige FIPS, manténgalo y exija TLS en su lugar, que los clientes actuales admiten.</translation>
    </message>
    <message>
        <source>On the remote computer, check whether the system-wide FIPS policy is on (Enabled 0x1). It forces the FIPS level on Remote Desktop; switch it off only if your organisation does not require FIPS.</source>
        <translation>En el equipo remoto, compruebe si la directiva FIPS de todo el sistema está activada (Enabled 0x1). Impone el nivel FIPS a Escritorio remoto; desactívela solo si su organización no exige FIPS.</translation>
    </message>
    <message>
        <source>No client can agree on encryption with the server&apos;s Standard RDP Security</source>
        <translation>Ningún cliente puede acordar un cifrado con la seguridad RDP estándar del servidor</translation>
    </message>
    <message>
        <source>Each of the four encryption methods a client can offer for Standard RDP Security (40-bit, 56-bit, 128-bit, FIPS) was offered alone, and the remote computer took none of them: it answered with a method the client had not offered, with no encryption at all, or refused. The protocol requires the server to pick one of the client&apos;s methods, so clients that check this cannot connect with Standard RDP Security, and a session without encryption would carry passwords in clear text. When the server offers nothing else, connections fail during the connection sequence, often with error code 0x904. Setting the level to High (128-bit), or requiring TLS, fixes it.</source>
        <translation>Cada uno de los cuatro métodos de cifrado que un cliente puede ofrecer para la seguridad RDP estándar (40 bits, 56 bits, 128 bits, FIPS) se ofreció por separado, y el equipo remoto no aceptó ninguno: respondió con un método que el cliente no había ofrecido, sin ningún cifrado o con un rechazo. El protocolo exige que el servidor elija uno de los métodos del cliente, así que los clientes que lo comprueban no pueden conectarse con la seguridad RDP estándar, y una sesión sin cifrado transmitiría las contraseñas en texto claro. Si el servidor no ofrece nada más, las conexiones fallan durante la secuencia de conexión, a menudo con el código de error 0x904. Se soluciona con el nivel Alto (128 bits) o exigiendo TLS.</translation>
    </message>
    <message>
        <source>Set the encryption level of Standard RDP Security to High (128-bit): MinEncryptionLevel 3 on the Remote Desktop listener (as administrator), then restart Remote Desktop Services.</source>
        <translation>Establezca el nivel de cifrado de la seguridad RDP estándar en Alto (128 bits): MinEncryptionLevel 3 en el agente de escucha de Escritorio remoto (como administrador) y, después, reinicie los Servicios de Escritorio remoto.</translation>
    </message>
    <message>
        <source>Check whether a Group Policy sets the level (&apos;Set client connection encryption level&apos; under Computer Configuration &gt; Administrative Templates &gt; Windows Components &gt; Remote Desktop Services &gt; Remote Desktop Session Host &gt; Security). If this value exists it overrides the listener&apos;s setting, so set the policy to High Level instead.</source>
        <translation>Compruebe si una directiva de grupo establece el nivel (&apos;Establecer nivel de cifrado de la conexión de cliente&apos; en Configuración del equipo &gt; Plantillas administrativas &gt; Componentes de Windows &gt; Servicios de Escritorio remoto &gt; Host de sesión de Escritorio remoto &gt; Seguridad). Si este valor existe, prevalece sobre la configuración del agente de escucha, así que establezca en su lugar la directiva en Nivel alto.</translation>
    </message>
    <message>
        <source>On an xrdp server, set crypt_level=high (128-bit) and restart xrdp.</source>
        <translation>En un servidor xrdp, establezca crypt_level=high (128 bits) y reinicie xrdp.</translation>
    </message>
    <message>
        <source>The server limits simultaneous connections</source>
        <translation>El servidor limita las conexiones simultáneas</translation>
    </message>
    <message>
        <source>This check opens several connections to {address} at the same time. The server refused, reset or closed some of them before answering, while the same requests worked when they were sent again one at a time, so the results shown come from those. The server, or a device in front of it, limits how many connections it accepts at once: Remote Desktop&apos;s limit on connections that have not signed in yet, a firewall or intrusion prevention system that limits new connections to port {port}, or the short queue of waiting connections of xrdp. A Remote Desktop client opens one connection and is not affected; several users who connect at the same moment, for example from behind one shared address, may be.</source>
        <translation>Esta comprobación abre varias conexiones a {address} al mismo tiempo. El servidor rechazó, restableció o cerró algunas de ellas antes de responder, mientras que las mismas solicitudes funcionaron al enviarlas de nuevo una a una; los resultados mostrados provienen de estas. El servidor, o un dispositivo delante de él, limita cuántas conexiones acepta a la vez: el límite de Escritorio remoto para conexiones que aún no han iniciado sesión, un firewall o sistema de prevención de intrusiones que limita las conexiones nuevas al puerto {port}, o la corta cola de conexiones en espera de xrdp. Un cliente de Escritorio remoto abre una sola conexión y no se ve afectado; varios usuarios que se conectan en el mismo momento, por ejemplo detrás de una misma dirección compartida, sí pueden verse afectados.</translation>
    </message>
    <message>
        <source>Nothing needs to change for a single user. If users who connect at the same time fail now and then, show the Windows limit on connections that have not signed in yet (the value is absent when the default applies).</source>
        <translation>No hace falta cambiar nada para un solo usuario. Si los usuarios que se conectan a la vez fallan de vez en cuando, muestre el límite de Windows para conexiones que aún no han iniciado sesión (el valor no existe cuando se aplica el predeterminado).</translation>
    </message>
    <message>
        <source>If a firewall, load balancer or intrusion prevention system sits in front of the server, check its limit of simultaneous or new connections per source address to port {port}.</source>
        <translation>Si hay un firewall, un equilibrador de carga o un sistema de prevención de intrusiones delante del servidor, revise su límite de conexiones simultáneas o nuevas por dirección de origen al puerto {port}.</translation>
    </message>
    <message>
        <source>Only small packets get through between this computer and {address}: the largest packet this computer can send toward it (the MTU of the adapter or route) is below 1400 bytes, which is typical of VPNs and tunnels, or a device on the way drops larger packets; the evidence shows which. Small packets alone are fine, but if a device on the way silently drops packets that are too large, the server&apos;s certificate never arrives and the connection hangs at &apos;Securing connection&apos; before failing with error code 0x904. When the evidence says &quot;proven&quot;, a second handshake with small packets completed where the normal one stalled: then this is the cause, otherwise a risk and the likely cause when the TLS handshake stalls.</source>
        <translation>Entre este equipo y {address} solo pasan paquetes pequeños: el paquete más grande que este equipo puede enviar hacia esa dirección (la MTU del adaptador o de la ruta) es inferior a 1400 bytes, lo habitual en VPN y túneles, o bien un dispositivo intermedio descarta los paquetes más grandes; las evidencias indican cuál de los dos. Los paquetes pequeños por sí solos no son un problema, pero si un dispositivo intermedio descarta sin avisar los paquetes demasiado grandes, el certificado del servidor nunca llega y la conexión se queda en &apos;Protegiendo la conexión remota&apos; (&apos;Securing connection&apos;) antes de fallar con el código de error 0x904. Cuando las evidencias dicen &quot;proven&quot;, un segundo protocolo de enlace con paquetes pequeños se completó donde el normal se bloqueó: entonces esta es la causa; si no, es un riesgo y la causa probable cuando el protocolo de enlace TLS se bloquea.</translation>
    </message>
    <message>
        <source>On the VPN gateway or router on the way (Linux), clamp the TCP segment size to the path&apos;s MTU, and let ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;) through its firewall, so that servers learn to send smaller packets.</source>
        <translation>En la puerta de enlace VPN o el enrutador intermedio (Linux), ajuste el tamaño de segmento TCP a la MTU del camino y deje pasar por su firewall los mensajes ICMP &apos;fragmentation needed&apos; (IPv6: &apos;packet too big&apos;), para que los servidores aprendan a enviar paquetes más pequeños.</translation>
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
    <message>
        <source>rdpdiag: cannot open the bundle %1: %2
</source>
        <translation>rdpdiag: no se puede abrir el paquete %1: %2
</translation>
    </message>
    <message>
        <source>Findings bundle %1: run %2 of %3 UTC</source>
        <translation>Paquete de hallazgos %1: ejecución %2 del %3 UTC</translation>
    </message>
    <message>
        <source>, made on %1</source>
        <translation>, creado en %1</translation>
    </message>
    <message>
        <source> (redacted)</source>
        <translation> (anonimizado)</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write the bundle %1: the folder %2 %3
</source>
        <translation>rdpdiag: no se puede escribir el paquete %1: la carpeta %2 %3
</translation>
    </message>
    <message>
        <source>is not writable</source>
        <translation>no admite escritura</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>rdpdiag: the findings bundle was not written: %1
</source>
        <translation>rdpdiag: no se escribió el paquete de hallazgos: %1
</translation>
    </message>
    <message>
        <source>rdpdiag: findings bundle written to %1
</source>
        <translation>rdpdiag: paquete de hallazgos escrito en %1
</translation>
    </message>
    <message>
        <source>Also write the findings bundle (a zip for a support ticket) to this file, or into this folder under its default name.</source>
        <translation>Escribe también el paquete de hallazgos (un archivo zip para una incidencia de soporte técnico) en este archivo, o en esta carpeta con su nombre predeterminado.</translation>
    </message>
    <message>
        <source>Replace user, host, computer and domain names, certificate names and IP addresses with placeholders (host-1, 10.x.x.1 …) in the output and the bundle.</source>
        <translation>Sustituye los nombres de usuario, de host, de equipo y de dominio, los nombres de los certificados y las direcciones IP por marcadores (host-1, 10.x.x.1…) en la salida y en el paquete.</translation>
    </message>
    <message>
        <source>Open a findings bundle instead of running: print its summary (with --json, its report).</source>
        <translation>Abre un paquete de hallazgos en lugar de ejecutar la comprobación: imprime su resumen (con --json, su informe).</translation>
    </message>
    <message>
        <source>Fleet mode: check every target of this file (one per line, or a CSV file with a host column; - reads standard input) and print one CSV row per target (with --json, one JSON report per line), then a table of the findings on standard error.</source>
        <translation>Modo de varios equipos: comprueba cada destino de este archivo (uno por línea, o un archivo CSV con una columna host; - lee la entrada estándar) e imprime una fila CSV por destino (con --json, un informe JSON por línea) y, después, una tabla de los hallazgos en la salida de error estándar.</translation>
    </message>
    <message>
        <source>Fleet mode: targets checked at once (default %1, fewer when the open-file limit is low).</source>
        <translation>Modo de varios equipos: destinos que se comprueban a la vez (predeterminado: %1, o menos si el límite de archivos abiertos es bajo).</translation>
    </message>
    <message>
        <source>Fleet mode: CSV output (the default without --json).</source>
        <translation>Modo de varios equipos: salida en CSV (la predeterminada sin --json).</translation>
    </message>
    <message>
        <source>
Exit codes: 0 no error found, 1 at least one error found, 2 bad input or usage (also: a bundle that cannot be read with --read, or that could not be written with --bundle).
</source>
        <translation>
Códigos de salida: 0 no se encontró ningún error, 1 se encontró al menos un error, 2 entrada o uso incorrectos (también: un paquete que no se puede leer con --read o que no se pudo escribir con --bundle).
</translation>
    </message>
    <message>
        <source>--bundle needs a file name</source>
        <translation>--bundle necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--read needs the file name of a findings bundle</source>
        <translation>--read necesita el nombre de archivo de un paquete de hallazgos</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and runs nothing: it cannot be combined with --%1</source>
        <translation>--read abre un paquete guardado y no ejecuta nada: no se puede combinar con --%1</translation>
    </message>
    <message>
        <source>--read opens a saved bundle and takes no target, got %1</source>
        <translation>--read abre un paquete guardado y no admite ningún destino; se recibió %1</translation>
    </message>
    <message>
        <source>--%1 is for fleet mode: use it with --hosts FILE</source>
        <translation>--%1 es para el modo de varios equipos: úselo con --hosts FILE</translation>
    </message>
    <message>
        <source>--hosts needs the name of a file of targets</source>
        <translation>--hosts necesita el nombre de un archivo de destinos</translation>
    </message>
    <message>
        <source>--hosts takes its targets from the file, not from the command line: remove %1</source>
        <translation>--hosts toma los destinos del archivo, no de la línea de comandos: quite %1</translation>
    </message>
    <message>
        <source>--csv and --json: choose one output format</source>
        <translation>--csv y --json: elija un solo formato de salida</translation>
    </message>
    <message>
        <source>--%1 is for one target: it cannot be used with --hosts</source>
        <translation>--%1 es para un solo destino: no se puede usar con --hosts</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--concurrency debe ser un número entre 1 y %1, no &quot;%2&quot;</translation>
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
        <translation>Uso: rdpdiag --server [opciones]
Comprueba este equipo como servidor de Escritorio remoto (xrdp en Linux,
Servicios de Escritorio remoto en Windows). Solo lectura: no se cambia nada
en este equipo.

  --json                 imprime el informe JSON
  --port N               el puerto al que se conectan los clientes
                         (predeterminado: 3389)
  --error-code CODE      el código de error que ven los clientes (p. ej., 0x904)
  --extended-code CODE   el código de error extendido (p. ej., 0x7)
  --script FILE          escribe también un script de reparación para revisarlo
                         (PowerShell en Windows, bash en Linux); no cambia nada
                         salvo que se ejecute con -Apply / --apply
  --xrdp-config FILE     el archivo xrdp.ini que se comprueba
                         (predeterminado: /etc/xrdp/xrdp.ini)
  --service-user NAME    comprueba el acceso a los archivos de esta cuenta en
                         lugar de la cuenta con la que se ejecuta xrdp
  --lang CODE            idioma de la salida, p. ej. de, fr, es, ja, zh_CN
  --verbose, --log FILE  más detalles en stderr / el registro escrito en FILE

Códigos de salida: 0 no se encontró ningún error, 1 se encontró al menos un
error, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535</source>
        <translation>--port debe ser un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an error code</source>
        <translation>%1: &quot;%2&quot; no es un código de error</translation>
    </message>
    <message>
        <source>unknown option for --server: %1</source>
        <translation>opción desconocida para --server: %1</translation>
    </message>
    <message>
        <source>rdpdiag: cannot write %1: %2
</source>
        <translation>rdpdiag: no se puede escribir %1: %2
</translation>
    </message>
    <message>
        <source>
On the Remote Desktop server itself: rdpdiag --server checks this computer&apos;s service (see rdpdiag --server --help).
</source>
        <translation>
En el propio servidor de Escritorio remoto: rdpdiag --server comprueba el servicio de este equipo (consulte rdpdiag --server --help).
</translation>
    </message>
    <message>
        <source>Language of the output, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Idioma de la salida, p. ej. de, fr, es, ja, zh_CN (por defecto: el idioma del sistema).</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Diagnosis</name>
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
        <source>The server cannot use its certificate&apos;s private key, so it drops every connection during the TLS handshake; repair the key (MachineKeys permissions, then a new certificate) before anything else.</source>
        <translation>El servidor no puede usar la clave privada de su certificado, así que corta todas las conexiones durante el protocolo de enlace TLS; antes que nada, repare la clave (permisos de MachineKeys y, después, un certificado nuevo).</translation>
    </message>
    <message>
        <source>Every test connection from this computer failed, so the server is not the first place to look.</source>
        <translation>Todas las conexiones de prueba desde este equipo fallaron, así que el servidor no es el primer lugar donde buscar.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, and that path fails before it reaches the remote computer.</source>
        <translation>El cliente se conecta a través de la Puerta de enlace de Escritorio remoto %1, y ese camino falla antes de llegar al equipo remoto.</translation>
    </message>
    <message>
        <source>The client connects through the Remote Desktop Gateway %1, which answered correctly. The direct test of %2 failed, which is expected when %2 is reachable only through the gateway; check the path from the gateway to %2 on the gateway itself (its event log and its resource authorization policy).</source>
        <translation>El cliente se conecta a través de la Puerta de enlace de Escritorio remoto %1, que respondió correctamente. La prueba directa de %2 falló, lo cual es lo esperado si solo se puede llegar a %2 a través de la puerta de enlace; compruebe el camino de la puerta de enlace a %2 en la propia puerta de enlace (su registro de eventos y su directiva de autorización de recursos).</translation>
    </message>
    <message>
        <source>The connection never leaves this computer; the remote computer may be fine.</source>
        <translation>La conexión nunca sale de este equipo; puede que el equipo remoto esté bien.</translation>
    </message>
    <message>
        <source>The path goes through a VPN or small-packet link (%1): the server&apos;s certificate, sent in full-size packets, most likely never arrives. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>El camino pasa por una VPN o un enlace de paquetes pequeños (%1): lo más probable es que el certificado del servidor, enviado en paquetes de tamaño completo, nunca llegue. Reduzca la MTU de la VPN o haga que se habilite el ajuste de MSS (MSS clamping) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>error code %1 (extended %2)</source>
        <translation>el código de error %1 (ampliado %2)</translation>
    </message>
    <message>
        <source>error code %1</source>
        <translation>el código de error %1</translation>
    </message>
    <message>
        <source>extended error code %1</source>
        <translation>el código de error ampliado %1</translation>
    </message>
    <message>
        <source>Nothing this run could see from here explains %1 (%2).</source>
        <translation>Nada de lo que este análisis pudo ver desde aquí explica %1 (%2).</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>No se encontró ningún problema que impida la conexión.</translation>
    </message>
    <message>
        <source>You reported %1.</source>
        <translation>Usted indicó %1.</translation>
    </message>
    <message>
        <source>This explains %1.</source>
        <translation>Esto explica %1.</translation>
    </message>
    <message>
        <source>This stops the connection.</source>
        <translation>Esto impide la conexión.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>a finding&apos;s title, then how it relates to the reported error (a sentence)</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This alone stops the connection, although it is not what usually causes %1.</source>
        <translation>Esto basta para impedir la conexión, aunque no es la causa habitual de %1.</translation>
    </message>
    <message>
        <source>A second TLS handshake that asked for small packets completed where the normal one stalled: a device on the way drops the server&apos;s full-size packets. Lower the VPN&apos;s MTU or have MSS clamping enabled, then try again.</source>
        <translation>Un segundo protocolo de enlace TLS que pedía paquetes pequeños se completó donde el normal se bloqueó: un dispositivo intermedio descarta los paquetes de tamaño completo del servidor. Reduzca la MTU de la VPN o haga que se habilite el ajuste de MSS (MSS clamping) y vuelva a intentarlo.</translation>
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
    <name>rdpdiag::Fleet</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the hosts file is too large (%1 bytes, at most %2)</source>
        <translation>el archivo de destinos es demasiado grande (%1 bytes, como máximo %2)</translation>
    </message>
    <message>
        <source>the hosts file is not text (save it as UTF-8)</source>
        <translation>el archivo de destinos no es texto (guárdelo como UTF-8)</translation>
    </message>
    <message>
        <source>the hosts file is not text (it contains NUL characters)</source>
        <translation>el archivo de destinos no es texto (contiene caracteres NUL)</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>the host column is empty</source>
        <translation>la columna host está vacía</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto &quot;%1&quot; no es un número entre 1 y 65535</translation>
    </message>
    <message>
        <source>more than %1 targets in the hosts file</source>
        <translation>más de %1 destinos en el archivo de destinos</translation>
    </message>
    <message>
        <source>the hosts file has a header but no rows</source>
        <translation>el archivo de destinos tiene un encabezado, pero ninguna fila</translation>
    </message>
    <message>
        <source>the hosts file names no target</source>
        <translation>el archivo de destinos no indica ningún destino</translation>
    </message>
    <message>
        <source>[%1/%2] %3 with errors, %4 s</source>
        <translation>[%1/%2] %3 con errores, %4 s</translation>
    </message>
    <message>
        <source>%1 targets from %2 in %3 s (%4 at once): %5 with errors, %6 with warnings only, %7 without either.
</source>
        <translation>%1 destinos de %2 en %3 s (%4 a la vez): %5 con errores, %6 solo con advertencias, %7 sin errores ni advertencias.
</translation>
    </message>
    <message>
        <source>Interrupted: %1 runs cut short, %2 targets not checked.
</source>
        <translation>Interrumpido: %1 ejecuciones sin terminar, %2 destinos sin comprobar.
</translation>
    </message>
    <message>
        <source>No findings.
</source>
        <translation>No hay hallazgos.
</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>hallazgo</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravedad</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>destinos</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>rdpdiag: cannot read the hosts file %1: %2
</source>
        <translation>rdpdiag: no se puede leer el archivo de destinos %1: %2
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
        <translation>rdpdiag: --concurrency %1 necesita más archivos abiertos de los que permite el límite de %2; se ejecutarán %3 a la vez
</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Headline</name>
    <message>
        <source>The fix is on this computer.</source>
        <translation>La solución está en este equipo.</translation>
    </message>
    <message>
        <source>The fix is in the network: the name service, the VPN or a firewall on the way.</source>
        <translation>La solución está en la red: el servicio de nombres, la VPN o un cortafuegos en el camino.</translation>
    </message>
    <message>
        <source>The fault is on the remote computer, not on yours: its administrator has to fix it.</source>
        <translation>El fallo está en el equipo remoto, no en el suyo: debe corregirlo su administrador.</translation>
    </message>
    <message>
        <source>Open Windows Security &gt; Firewall &amp; network protection and check that Remote Desktop is allowed.</source>
        <translation>Abra Seguridad de Windows &gt; Firewall y protección de red y compruebe que Escritorio remoto está permitido.</translation>
    </message>
    <message>
        <source>Open System Settings &gt; Network &gt; Firewall and check that your Remote Desktop app may connect.</source>
        <translation>Abra Ajustes del Sistema &gt; Red &gt; Firewall y compruebe que su aplicación de Escritorio remoto puede conectarse.</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s firewall lets connections out to port %1.</source>
        <translation>Compruebe que el cortafuegos de este equipo permite conexiones salientes al puerto %1.</translation>
    </message>
    <message>
        <source>Nothing on this computer needs changing.</source>
        <translation>No hay que cambiar nada en este equipo.</translation>
    </message>
    <message>
        <source>Give reference %1 to whoever manages %2.</source>
        <translation>Facilite la referencia %1 a quien administre %2.</translation>
    </message>
    <message>
        <source>Try again once they have fixed it.</source>
        <translation>Vuelva a intentarlo cuando lo hayan corregido.</translation>
    </message>
    <message>
        <source>Check the spelling of the computer name: %1.</source>
        <translation>Compruebe cómo está escrito el nombre del equipo: %1.</translation>
    </message>
    <message>
        <source>If the remote computer is in your company&apos;s network and you are not, connect the VPN first.</source>
        <translation>Si el equipo remoto está en la red de su empresa y usted no, conecte primero la VPN.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it still fails, give reference %1 to your IT support.</source>
        <translation>Vuelva a intentarlo en unos minutos; si sigue fallando, facilite la referencia %1 a su soporte informático.</translation>
    </message>
    <message>
        <source>Check that this computer is online: open a web page.</source>
        <translation>Compruebe que este equipo tiene conexión: abra una página web.</translation>
    </message>
    <message>
        <source>If it still fails, give reference %1 to your IT support.</source>
        <translation>Si sigue fallando, facilite la referencia %1 a su soporte informático.</translation>
    </message>
    <message>
        <source>Try to connect again.</source>
        <translation>Intente conectarse de nuevo.</translation>
    </message>
    <message>
        <source>If it fails again, run this check at that moment and give reference %1 to your IT support.</source>
        <translation>Si vuelve a fallar, ejecute esta comprobación en ese momento y facilite la referencia %1 a su soporte informático.</translation>
    </message>
    <message>
        <source>The check was stopped before it ended.</source>
        <translation>La comprobación se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>No problem found that stops a connection.</source>
        <translation>No se encontró ningún problema que impida la conexión.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but it should be fixed on this computer.</source>
        <translation>Esto no impide la conexión, pero conviene corregirlo en este equipo.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but whoever manages the network should look at it.</source>
        <translation>Esto no impide la conexión, pero quien administre la red debería revisarlo.</translation>
    </message>
    <message>
        <source>This does not stop the connection, but the remote computer&apos;s administrator should look at it.</source>
        <translation>Esto no impide la conexión, pero el administrador del equipo remoto debería revisarlo.</translation>
    </message>
    <message>
        <source>You can connect.</source>
        <translation>Puede conectarse.</translation>
    </message>
    <message>
        <source>If your Remote Desktop app warns you about this, ask whoever manages %1 before you accept the warning.</source>
        <translation>Si su aplicación de Escritorio remoto le advierte de esto, consulte a quien administre %1 antes de aceptar la advertencia.</translation>
    </message>
    <message>
        <source>Give reference %1 to them so that they can look at it.</source>
        <translation>Deles la referencia %1 para que puedan revisarlo.</translation>
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
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Median connect time</source>
        <translation>Mediana del tiempo de conexión</translation>
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
        <source>SHA-1 thumbprint</source>
        <translation>Huella digital SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
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
    <message>
        <source>confirm without negotiation data</source>
        <translation>confirmación sin datos de negociación</translation>
    </message>
    <message>
        <source>flags %1</source>
        <translation>marcas %1</translation>
    </message>
    <message>
        <source>Connected to</source>
        <translation>Conectado a</translation>
    </message>
    <message>
        <source>Failed repeat connections</source>
        <translation>Conexiones repetidas fallidas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Connection attempts</source>
        <translation>Intentos de conexión</translation>
    </message>
    <message>
        <source>Repeat connections (latency and loss)</source>
        <translation>Conexiones repetidas (latencia y pérdida)</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerta %1</translation>
    </message>
    <message>
        <source>%1 bytes received</source>
        <translation>%1 bytes recibidos</translation>
    </message>
    <message>
        <source>Weak cipher suites offered</source>
        <translation>Conjuntos de cifrado débiles ofrecidos</translation>
    </message>
    <message>
        <source>Handshake with weak suites only</source>
        <translation>Protocolo de enlace solo con conjuntos débiles</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>Nombre común</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Uso de clave</translation>
    </message>
    <message>
        <source>Chain verification errors</source>
        <translation>Errores de verificación de la cadena</translation>
    </message>
    <message>
        <source>NTLM target name</source>
        <translation>Nombre de destino NTLM</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en funcionamiento</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>sin portadora</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>bucle invertido</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>VPN or tunnel</source>
        <translation>VPN o túnel</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>sin ruta</translation>
    </message>
    <message>
        <source>default route</source>
        <translation>ruta predeterminada</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
    </message>
    <message>
        <source>Source address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Route MTU</source>
        <translation>MTU de la ruta</translation>
    </message>
    <message>
        <source>Path MTU</source>
        <translation>MTU del trayecto</translation>
    </message>
    <message>
        <source>Learned with</source>
        <translation>Obtenido con</translation>
    </message>
    <message>
        <source>Set in</source>
        <translation>Definido en</translation>
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
        <translation>Proxy para todos los protocolos</translation>
    </message>
    <message>
        <source>Not through the proxy</source>
        <translation>Sin pasar por el proxy</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, puerto %2</translation>
    </message>
    <message>
        <source>%1, %2 port %3</source>
        <translation>%1, %2 puerto %3</translation>
    </message>
    <message>
        <source>%1 (chain policy)</source>
        <translation>%1 (directiva predeterminada de la cadena)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Can this computer connect elsewhere?</source>
        <translation>¿Puede este equipo conectarse a otros destinos?</translation>
    </message>
    <message>
        <source>direct, without the gateway</source>
        <translation>directamente, sin la puerta de enlace</translation>
    </message>
    <message>
        <source>always through the gateway</source>
        <translation>siempre a través de la puerta de enlace</translation>
    </message>
    <message>
        <source>direct first, through the gateway when that fails</source>
        <translation>primero directamente; a través de la puerta de enlace si eso falla</translation>
    </message>
    <message>
        <source>the client&apos;s default (usually through the gateway)</source>
        <translation>valor predeterminado del cliente (normalmente a través de la puerta de enlace)</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Asked about</source>
        <translation>Conexión consultada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Conditions it cannot check</source>
        <translation>Condiciones que no se pueden comprobar</translation>
    </message>
    <message>
        <source>Firewalls</source>
        <translation>Firewalls</translation>
    </message>
    <message>
        <source>Firewall rules that block or may block</source>
        <translation>Reglas de firewall que bloquean o podrían bloquear</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>No recopilado</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Default route</source>
        <translation>Ruta predeterminada</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>DNS search domains</source>
        <translation>Dominios de búsqueda DNS</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>Interfaces de red</translation>
    </message>
    <message>
        <source>Routes toward the server</source>
        <translation>Rutas hacia el servidor</translation>
    </message>
    <message>
        <source>Path in the .rdp file</source>
        <translation>Camino de conexión según el archivo .rdp</translation>
    </message>
    <message>
        <source>Usage method (gatewayusagemethod)</source>
        <translation>Método de uso (gatewayusagemethod)</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Protocolo de enlace TLS</translation>
    </message>
    <message>
        <source>HTTP answer</source>
        <translation>Respuesta HTTP</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Authentication offered</source>
        <translation>Autenticación ofrecida</translation>
    </message>
    <message>
        <source>Name resolution of the gateway</source>
        <translation>Resolución del nombre de la puerta de enlace</translation>
    </message>
    <message>
        <source>TCP connections to the gateway</source>
        <translation>Conexiones TCP con la puerta de enlace</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate</source>
        <translation>Certificado de la puerta de enlace</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Process ids</source>
        <translation>ID de proceso</translation>
    </message>
    <message>
        <source>Starts at boot</source>
        <translation>Se inicia con el sistema</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Process id</source>
        <translation>ID de proceso</translation>
    </message>
    <message>
        <source>Listening sockets</source>
        <translation>Sockets en escucha</translation>
    </message>
    <message>
        <source>no: %1</source>
        <translation>no: %1</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>Certificate readable</source>
        <translation>Certificado legible</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <source>Key readable</source>
        <translation>Clave legible</translation>
    </message>
    <message>
        <source>Readability checked for</source>
        <translation>Legibilidad comprobada para</translation>
    </message>
    <message>
        <source>The key file holds a private key</source>
        <translation>El archivo de clave contiene una clave privada</translation>
    </message>
    <message>
        <source>The key belongs to the certificate</source>
        <translation>La clave corresponde al certificado</translation>
    </message>
    <message>
        <source>xrdp&apos;s certificate and key</source>
        <translation>Certificado y clave de xrdp</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Configuration read</source>
        <translation>Configuración leída</translation>
    </message>
    <message>
        <source>Port (port=)</source>
        <translation>Puerto (port=)</translation>
    </message>
    <message>
        <source>Security layer (security_layer=)</source>
        <translation>Capa de seguridad (security_layer=)</translation>
    </message>
    <message>
        <source>Encryption level (crypt_level=)</source>
        <translation>Nivel de cifrado (crypt_level=)</translation>
    </message>
    <message>
        <source>TLS versions (ssl_protocols=)</source>
        <translation>Versiones de TLS (ssl_protocols=)</translation>
    </message>
    <message>
        <source>Cipher suites (tls_ciphers=)</source>
        <translation>Conjuntos de cifrado (tls_ciphers=)</translation>
    </message>
    <message>
        <source>Certificate (certificate=)</source>
        <translation>Certificado (certificate=)</translation>
    </message>
    <message>
        <source>Key (key_file=)</source>
        <translation>Clave (key_file=)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Log read</source>
        <translation>Registro leído</translation>
    </message>
    <message>
        <source>xrdp</source>
        <translation>xrdp</translation>
    </message>
    <message>
        <source>Recent errors in the xrdp log</source>
        <translation>Errores recientes en el registro de xrdp</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Registry value</source>
        <translation>Valor del Registro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Group Policy</source>
        <translation>Directiva de grupo</translation>
    </message>
    <message>
        <source>Remote connections refused</source>
        <translation>Conexiones remotas denegadas</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Capa de seguridad</translation>
    </message>
    <message>
        <source>Network Level Authentication required</source>
        <translation>Autenticación a nivel de red obligatoria</translation>
    </message>
    <message>
        <source>Minimum encryption level</source>
        <translation>Nivel de cifrado mínimo</translation>
    </message>
    <message>
        <source>Connections allowed</source>
        <translation>Conexiones permitidas</translation>
    </message>
    <message>
        <source>Licensing mode</source>
        <translation>Modo de licencia</translation>
    </message>
    <message>
        <source>Certificate in use</source>
        <translation>Certificado en uso</translation>
    </message>
    <message>
        <source>Remote Desktop settings (registry)</source>
        <translation>Configuración de Escritorio remoto (Registro)</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clave privada</translation>
    </message>
    <message>
        <source>Certificates in the stores</source>
        <translation>Certificados de los almacenes</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
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
        <translation>Claves del Registro de los protocolos SCHANNEL</translation>
    </message>
    <message>
        <source>Permissions of MachineKeys</source>
        <translation>Permisos de MachineKeys</translation>
    </message>
    <message>
        <source>Reading them needs administrator rights.</source>
        <translation>Para leerlos se necesitan derechos de administrador.</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>No leídos.</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Derechos</translation>
    </message>
    <message>
        <source>License servers</source>
        <translation>Servidores de licencias</translation>
    </message>
    <message>
        <source>Grace period days left</source>
        <translation>Días restantes del período de gracia</translation>
    </message>
    <message>
        <source>Licensing</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Events of the last %1 days</source>
        <translation>Eventos de los últimos %1 días</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>Port clients use</source>
        <translation>Puerto que usan los clientes</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Lo que puede hacer ahora:</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>También se observó (no impide la conexión)</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <source>Method chosen</source>
        <translation>Método elegido</translation>
    </message>
    <message>
        <source>Server random</source>
        <translation>Valor aleatorio del servidor</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>RSA %1 bits</source>
        <translation>RSA de %1 bits</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificado</numerusform>
            <numerusform>%n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>retried alone</source>
        <translation>reintentado por separado</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Methods accepted when offered alone</source>
        <translation>Métodos aceptados cuando se ofrecen por separado</translation>
    </message>
    <message>
        <source>Encryption level</source>
        <translation>Nivel de cifrado</translation>
    </message>
    <message>
        <source>Broken among simultaneous connections</source>
        <translation>Cortadas entre conexiones simultáneas</translation>
    </message>
    <message>
        <source>%1; tried again alone: %2, answered then: %3</source>
        <translation>%1; repetidas a solas: %2, respondidas entonces: %3</translation>
    </message>
    <message>
        <source>Connections the server held at once</source>
        <translation>Conexiones que el servidor mantuvo a la vez</translation>
    </message>
    <message>
        <source>not determined (%1)</source>
        <translation>no determinado (%1)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>No determinado</translation>
    </message>
    <message>
        <source>Handshake with small packets (MSS %1)</source>
        <translation>Protocolo de enlace con paquetes pequeños (MSS %1)</translation>
    </message>
    <message>
        <source>Packets lost for their size (path MTU)</source>
        <translation>Paquetes perdidos por su tamaño (MTU del camino)</translation>
    </message>
    <message>
        <source>not determined: %1</source>
        <translation>sin determinar: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::NotDetermined</name>
    <message>
        <source>its connection broke among the run&apos;s simultaneous connections and could not be tried again alone</source>
        <translation>su conexión se cortó entre las conexiones simultáneas de la comprobación y no se pudo repetir sola</translation>
    </message>
    <message>
        <source>its connection could not be opened</source>
        <translation>no se pudo abrir su conexión</translation>
    </message>
    <message>
        <source>the run was stopped</source>
        <translation>la comprobación se detuvo</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>the server did not finish the handshake in time</source>
        <translation>el servidor no completó el protocolo de enlace a tiempo</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library refused to offer it</source>
        <translation>la biblioteca TLS de este equipo se negó a ofrecerlo</translation>
    </message>
    <message>
        <source>its connection did not get as far as TLS</source>
        <translation>su conexión no llegó hasta TLS</translation>
    </message>
    <message>
        <source>no X.224 request selected TLS, so no version was tried alone</source>
        <translation>ninguna solicitud X.224 seleccionó TLS, así que no se probó ninguna versión por separado</translation>
    </message>
    <message>
        <source>this computer&apos;s TLS library has no weak cipher suite to offer</source>
        <translation>la biblioteca TLS de este equipo no tiene ningún conjunto de cifrado débil que ofrecer</translation>
    </message>
    <message>
        <source>the weak-cipher probe did not get an answer to its handshake</source>
        <translation>la prueba de cifrados débiles no obtuvo respuesta a su protocolo de enlace</translation>
    </message>
    <message>
        <source>no handshake got as far as the server&apos;s certificate</source>
        <translation>ningún protocolo de enlace llegó hasta el certificado del servidor</translation>
    </message>
    <message>
        <source>CredSSP was not attempted</source>
        <translation>no se intentó CredSSP</translation>
    </message>
    <message>
        <source>no connection to the server could be opened</source>
        <translation>no se pudo abrir ninguna conexión con el servidor</translation>
    </message>
    <message>
        <source>the connections held at once did not show the limit</source>
        <translation>las conexiones mantenidas a la vez no revelaron el límite</translation>
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
    <message>
        <source>names no proxy</source>
        <translation>no indica ningún proxy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder name</source>
        <translation>«%1» no es un nombre de marcador</translation>
    </message>
    <message>
        <source>not upper-case hexadecimal</source>
        <translation>no es hexadecimal en mayúsculas</translation>
    </message>
    <message>
        <source>not a process id</source>
        <translation>no es un identificador de proceso</translation>
    </message>
    <message>
        <source>without the local facts it belongs to</source>
        <translation>sin los datos locales a los que pertenece</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption method</source>
        <translation>&quot;%1&quot; no es un método de cifrado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encryption level</source>
        <translation>&quot;%1&quot; no es un nivel de cifrado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate type</source>
        <translation>&quot;%1&quot; no es un tipo de certificado</translation>
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
    <message>
        <source>The system has no route to %1.</source>
        <translation>El sistema no tiene ninguna ruta hasta %1.</translation>
    </message>
    <message>
        <source>This computer has no default route at all.</source>
        <translation>Este equipo no tiene ninguna ruta predeterminada.</translation>
    </message>
    <message numerus="yes">
        <source>The target and %n other endpoint(s) (DNS servers, gateway) could not be reached from this computer.</source>
        <translation>
            <numerusform>No se pudo llegar desde este equipo al destino ni a %n extremo adicional (servidores DNS, puerta de enlace).</numerusform>
            <numerusform>No se pudo llegar desde este equipo al destino ni a %n extremos adicionales (servidores DNS, puerta de enlace).</numerusform>
        </translation>
    </message>
    <message>
        <source>The route to %1 leaves through %2 (%3).</source>
        <translation>La ruta hasta %1 sale por %2 (%3).</translation>
    </message>
    <message>
        <source>tunnel</source>
        <translation>túnel</translation>
    </message>
    <message>
        <source>The largest packet toward %1 is %2 bytes (adapter %3).</source>
        <translation>El paquete más grande hacia %1 es de %2 bytes (adaptador %3).</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (%3), which this computer would send to its default gateway %4.</source>
        <translation>%1 se resuelve como %2 (%3), que este equipo enviaría a su puerta de enlace predeterminada %4.</translation>
    </message>
    <message>
        <source>The answer is the address of a DNS server or router of this network, which points to a captive portal or a DNS server that answers every name with its own address.</source>
        <translation>La respuesta es la dirección de un servidor DNS o de un enrutador de esta red, lo que apunta a un portal cautivo o a un servidor DNS que responde a cualquier nombre con su propia dirección.</translation>
    </message>
    <message>
        <source>Outgoing TCP to port %1 is stopped by %2.</source>
        <translation>%2 detiene las conexiones TCP salientes al puerto %1.</translation>
    </message>
    <message>
        <source>Possibly blocking: %1.</source>
        <translation>Podría bloquear: %1.</translation>
    </message>
    <message>
        <source>Not readable: %1.</source>
        <translation>No se puede leer: %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to always use the gateway (gatewayusagemethod 1): the client never connects to %1 directly.</source>
        <translation>El archivo .rdp indica que se use siempre la puerta de enlace (gatewayusagemethod 1): el cliente nunca se conecta directamente a %1.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct test failed, so the client goes through the gateway.</source>
        <translation>El archivo .rdp indica que se use la puerta de enlace cuando falle una conexión directa (gatewayusagemethod 2); la prueba directa falló, así que el cliente pasa por la puerta de enlace.</translation>
    </message>
    <message>
        <source>The .rdp file says to use the gateway when a direct connection fails (gatewayusagemethod 2); the direct connection worked, so the client connects directly.</source>
        <translation>El archivo .rdp indica que se use la puerta de enlace cuando falle una conexión directa (gatewayusagemethod 2); la conexión directa funcionó, así que el cliente se conecta directamente.</translation>
    </message>
    <message>
        <source>The .rdp file names the gateway and leaves its use to the client&apos;s default settings, which normally means through the gateway.</source>
        <translation>El archivo .rdp indica la puerta de enlace y deja su uso a la configuración predeterminada del cliente, lo que normalmente significa que se conecta a través de la puerta de enlace.</translation>
    </message>
    <message>
        <source>The .rdp file names a gateway but says not to use it.</source>
        <translation>El archivo .rdp indica una puerta de enlace, pero también que no se use.</translation>
    </message>
    <message>
        <source>The gateway&apos;s name %1 could not be resolved (%2).</source>
        <translation>No se pudo resolver el nombre de la puerta de enlace %1 (%2).</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 ended with: %3.</source>
        <translation>La conexión a %1, puerto %2, terminó con: %3.</translation>
    </message>
    <message>
        <source>The TLS handshake with the gateway ended with: %1.</source>
        <translation>El protocolo de enlace TLS con la puerta de enlace terminó con: %1.</translation>
    </message>
    <message>
        <source>It ended on %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>It is made out to %1.</source>
        <translation>Está emitido para %1.</translation>
    </message>
    <message>
        <source>Verification said: %1.</source>
        <translation>Resultado de la comprobación: %1.</translation>
    </message>
    <message>
        <source>The answer was: %1.</source>
        <translation>La respuesta fue: %1.</translation>
    </message>
    <message>
        <source>The certificate expired on %1 (%2 days ago).</source>
        <translation>El certificado caducó el %1 (hace %2 días).</translation>
    </message>
    <message>
        <source>The certificate ends on %1, in %2 days.</source>
        <translation>El certificado caduca el %1, dentro de %2 días.</translation>
    </message>
    <message>
        <source>The certificate becomes valid only on %1; this computer&apos;s clock says %2.</source>
        <translation>El certificado no será válido hasta el %1; el reloj de este equipo indica %2.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is signed by itself.</source>
        <translation>El certificado &quot;%1&quot; está firmado por sí mismo.</translation>
    </message>
    <message>
        <source>Checking the chain against this computer&apos;s trusted roots failed: %1.</source>
        <translation>Error al comprobar la cadena con las raíces de confianza de este equipo: %1.</translation>
    </message>
    <message>
        <source>You connect to &quot;%1&quot;, but the certificate is made out to %2.</source>
        <translation>Se conecta a &quot;%1&quot;, pero el certificado está emitido para %2.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 with only %2 bits.</source>
        <translation>La clave del certificado es %1 con solo %2 bits.</translation>
    </message>
    <message>
        <source>The certificate is signed with %1.</source>
        <translation>El certificado está firmado con %1.</translation>
    </message>
    <message>
        <source>The certificate&apos;s Extended Key Usage allows only: %1.</source>
        <translation>El uso mejorado de clave del certificado solo permite: %1.</translation>
    </message>
    <message>
        <source>The server reset the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>El servidor restableció la conexión después de nuestra solicitud CredSSP, antes de enviar su desafío NTLM.</translation>
    </message>
    <message>
        <source>The server closed the connection after our CredSSP request, before sending its NTLM challenge.</source>
        <translation>El servidor cerró la conexión después de nuestra solicitud CredSSP, antes de enviar su desafío NTLM.</translation>
    </message>
    <message>
        <source>The server did not answer our CredSSP request within %1 ms.</source>
        <translation>El servidor no respondió a nuestra solicitud CredSSP en un plazo de %1 ms.</translation>
    </message>
    <message>
        <source>The server answered our CredSSP request with the error code %1 instead of an NTLM challenge.</source>
        <translation>El servidor respondió a nuestra solicitud CredSSP con el código de error %1 en lugar de un desafío NTLM.</translation>
    </message>
    <message>
        <source>The server speaks CredSSP version %1.</source>
        <translation>El servidor usa la versión %1 de CredSSP.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds ahead of this computer&apos;s.</source>
        <translation>El reloj del servidor va %1 segundos por delante del de este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s clock is %1 seconds behind this computer&apos;s.</source>
        <translation>El reloj del servidor va %1 segundos por detrás del de este equipo.</translation>
    </message>
    <message>
        <source>no route to %1</source>
        <translation>no hay ruta hasta %1</translation>
    </message>
    <message>
        <source>via %1 (MTU %2)</source>
        <translation>a través de %1 (MTU %2)</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>a través de %1</translation>
    </message>
    <message>
        <source>firewalls read: %1</source>
        <translation>firewalls leídos: %1</translation>
    </message>
    <message>
        <source>gateway %1:%2</source>
        <translation>puerta de enlace %1:%2</translation>
    </message>
    <message>
        <source>listening on %1</source>
        <translation>escuchando en %1</translation>
    </message>
    <message>
        <source>no Remote Desktop service found</source>
        <translation>no se encontró ningún servicio de Escritorio remoto</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>El servidor restableció la conexión durante el protocolo de enlace TLS, después de %1 bytes de su respuesta.</translation>
    </message>
    <message>
        <source>The server reset the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>El servidor restableció la conexión en cuanto empezó el protocolo de enlace TLS, antes de enviar ninguna respuesta.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake, after %1 bytes of its reply.</source>
        <translation>El servidor cerró la conexión durante el protocolo de enlace TLS, después de %1 bytes de su respuesta.</translation>
    </message>
    <message>
        <source>The server closed the connection as soon as the TLS handshake began, before it sent any reply.</source>
        <translation>El servidor cerró la conexión en cuanto empezó el protocolo de enlace TLS, antes de enviar ninguna respuesta.</translation>
    </message>
    <message>
        <source>The TLS handshake stalled: after %1 bytes of the server&apos;s reply nothing more arrived within %2 ms.</source>
        <translation>El protocolo de enlace TLS se bloqueó: después de %1 bytes de la respuesta del servidor no llegó nada más en un plazo de %2 ms.</translation>
    </message>
    <message>
        <source>The server sent no TLS reply at all within %1 ms.</source>
        <translation>El servidor no envió ninguna respuesta TLS en un plazo de %1 ms.</translation>
    </message>
    <message>
        <source>The server ended the TLS handshake with the alert &quot;%1&quot; (number %2).</source>
        <translation>El servidor terminó el protocolo de enlace TLS con la alerta &quot;%1&quot; (número %2).</translation>
    </message>
    <message>
        <source>Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server.</source>
        <translation>El servidor rechazó tanto el protocolo de enlace forzado con TLS 1.2 como con TLS 1.3.</translation>
    </message>
    <message>
        <source>The server completed a handshake with TLS %1.</source>
        <translation>El servidor completó un protocolo de enlace con TLS %1.</translation>
    </message>
    <message>
        <source>The server accepted the weak cipher suite %1.</source>
        <translation>El servidor aceptó el conjunto de cifrado débil %1.</translation>
    </message>
    <message>
        <source>Stopped by %1.</source>
        <translation>Bloqueado por %1.</translation>
    </message>
    <message>
        <source>Conditional: %1.</source>
        <translation>Condicional: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>No xrdp process runs with %1 (%2).</source>
        <translation>No hay ningún proceso de xrdp en ejecución con %1 (%2).</translation>
    </message>
    <message>
        <source>xrdp-sesman is %1.</source>
        <translation>Estado de xrdp-sesman: %1.</translation>
    </message>
    <message>
        <source> Port %1 is held by %2 (pid %3).</source>
        <translation> %2 ocupa el puerto %1 (pid %3).</translation>
    </message>
    <message>
        <source>xrdp runs but listens on none of %1.</source>
        <translation>xrdp se está ejecutando, pero no escucha en ninguno de estos puertos: %1.</translation>
    </message>
    <message>
        <source>xrdp uses port %1, clients use %2.</source>
        <translation>xrdp usa el puerto %1; los clientes usan el %2.</translation>
    </message>
    <message>
        <source>xrdp listens on %1 only.</source>
        <translation>xrdp solo escucha en %1.</translation>
    </message>
    <message>
        <source>%1 sets security_layer=rdp.</source>
        <translation>%1 establece security_layer=rdp.</translation>
    </message>
    <message>
        <source>ssl_protocols=%1.</source>
        <translation>ssl_protocols=%1.</translation>
    </message>
    <message>
        <source>%1 holds no readable certificate.</source>
        <translation>%1 no contiene ningún certificado legible.</translation>
    </message>
    <message>
        <source>%1 holds no usable private key.</source>
        <translation>%1 no contiene ninguna clave privada utilizable.</translation>
    </message>
    <message>
        <source>%1 is not the key of %2.</source>
        <translation>%1 no es la clave de %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2.</source>
        <translation>%1 caducó el %2.</translation>
    </message>
    <message>
        <source>%1 has a %2-bit RSA key.</source>
        <translation>%1 tiene una clave RSA de %2 bits.</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>TermService is %1.</source>
        <translation>Estado de TermService: %1.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>Estado de %1: %2.</translation>
    </message>
    <message>
        <source>A Group Policy sets fDenyTSConnections to 1.</source>
        <translation>Una directiva de grupo establece fDenyTSConnections en 1.</translation>
    </message>
    <message>
        <source>fDenyTSConnections is 1.</source>
        <translation>fDenyTSConnections vale 1.</translation>
    </message>
    <message>
        <source>PortNumber is %1, clients use %2.</source>
        <translation>PortNumber vale %1; los clientes usan el %2.</translation>
    </message>
    <message>
        <source>No socket of TermService listens on port %1.</source>
        <translation>Ningún socket de TermService escucha en el puerto %1.</translation>
    </message>
    <message>
        <source>SecurityLayer is 0.</source>
        <translation>SecurityLayer vale 0.</translation>
    </message>
    <message>
        <source>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</source>
        <translation>TLS 1.2\Server: Enabled=%1, DisabledByDefault=%2.</translation>
    </message>
    <message>
        <source>Switched on explicitly: %1.</source>
        <translation>Activado explícitamente: %1.</translation>
    </message>
    <message>
        <source>SSLCertificateSHA1Hash names %1, which is in neither store.</source>
        <translation>SSLCertificateSHA1Hash indica %1, que no está en ninguno de los dos almacenes.</translation>
    </message>
    <message>
        <source>The certificate %1 has no private key (HasPrivateKey False).</source>
        <translation>El certificado %1 no tiene clave privada (HasPrivateKey False).</translation>
    </message>
    <message>
        <source>The certificate %1 ended on %2.</source>
        <translation>El certificado %1 caducó el %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Event 1069: the grace period has expired.</source>
        <translation>Evento 1069: el período de gracia ha caducado.</translation>
    </message>
    <message>
        <source>0 days of the grace period are left.</source>
        <translation>Quedan 0 días del período de gracia.</translation>
    </message>
    <message>
        <source>%1 days of the grace period are left.</source>
        <translation>Quedan %1 días del período de gracia.</translation>
    </message>
    <message>
        <source>MaxInstanceCount is %1.</source>
        <translation>MaxInstanceCount vale %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the last %1 days, the latest at %2: %3</source>
        <translation>
            <numerusform>%n evento en los últimos %1 días; el más reciente, del %2: %3</numerusform>
            <numerusform>%n eventos en los últimos %1 días; el más reciente, del %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Platform: %1.</source>
        <translation>Plataforma: %1.</translation>
    </message>
    <message>
        <source>Not read: %1.</source>
        <translation>No se leyó: %1.</translation>
    </message>
    <message>
        <source>no active firewall found</source>
        <translation>no se encontró ningún firewall activo</translation>
    </message>
    <message>
        <source>%1 refused (%2)</source>
        <translation>%1 rechazado (%2)</translation>
    </message>
    <message>
        <source>%1 answered with %2</source>
        <translation>%1 respondido con %2</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Offered alone, %1 was accepted by %2 (encryption level %3).</source>
        <translation>Ofrecido por separado, %2 aceptó %1 (nivel de cifrado %3).</translation>
    </message>
    <message>
        <source>%1 announced the encryption level %2 and accepted only %3 of the four methods offered alone.</source>
        <translation>%1 anunció el nivel de cifrado %2 y, de los cuatro métodos ofrecidos por separado, solo aceptó %3.</translation>
    </message>
    <message>
        <source>%1 accepted none of the four methods offered alone (encryption level %2): %3.</source>
        <translation>%1 no aceptó ninguno de los cuatro métodos ofrecidos por separado (nivel de cifrado %2): %3.</translation>
    </message>
    <message>
        <source>; Standard RDP Security: level %1, accepts %2</source>
        <translation>; seguridad RDP estándar: nivel %1, acepta %2</translation>
    </message>
    <message>
        <source>none of the methods offered</source>
        <translation>ninguno de los métodos ofrecidos</translation>
    </message>
    <message>
        <source>%1 of the connections this check opened to %2 at the same time broke before the server answered; tried again one at a time, %3 of them worked.</source>
        <translation>%1 de las conexiones que esta comprobación abrió a la vez a %2 se cortaron antes de que respondiera el servidor; repetidas una a una, %3 de ellas funcionaron.</translation>
    </message>
    <message>
        <source>The server held one connection at once and broke the next one.</source>
        <translation>El servidor mantuvo una sola conexión a la vez y cortó la siguiente.</translation>
    </message>
    <message>
        <source>The server held %1 connections at once and broke the next one.</source>
        <translation>El servidor mantuvo %1 conexiones a la vez y cortó la siguiente.</translation>
    </message>
    <message>
        <source>How many connections it holds at once could not be determined (%1).</source>
        <translation>No se pudo determinar cuántas conexiones mantiene a la vez (%1).</translation>
    </message>
    <message>
        <source>The TLS handshake stalled after %1 bytes of the server&apos;s reply, but a second handshake that asked the server for TCP segments of at most %2 bytes completed in %3 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>El protocolo de enlace TLS se bloqueó después de %1 bytes de la respuesta del servidor, pero un segundo protocolo de enlace que pedía al servidor segmentos TCP de %2 bytes como máximo se completó en %3 ms: los paquetes de tamaño completo del servidor se pierden por el camino.</translation>
    </message>
    <message>
        <source>None of the server&apos;s TLS reply arrived, but a second handshake that asked the server for TCP segments of at most %1 bytes completed in %2 ms: the server&apos;s full-size packets are lost on the way.</source>
        <translation>No llegó nada de la respuesta TLS del servidor, pero un segundo protocolo de enlace que pedía al servidor segmentos TCP de %1 bytes como máximo se completó en %2 ms: los paquetes de tamaño completo del servidor se pierden por el camino.</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes completed</source>
        <translation>; un protocolo de enlace con segmentos TCP de %1 bytes como máximo se completó</translation>
    </message>
    <message>
        <source>; a handshake with TCP segments of at most %1 bytes stalled too</source>
        <translation>; un protocolo de enlace con segmentos TCP de %1 bytes como máximo también se bloqueó</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Stages</name>
    <message>
        <source>Name resolution (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
    <message>
        <source>TCP connection</source>
        <translation>Conexión TCP</translation>
    </message>
    <message>
        <source>Security negotiation (X.224)</source>
        <translation>Negociación de seguridad (X.224)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>CredSSP (Network Level Authentication)</source>
        <translation>CredSSP (autenticación a nivel de red)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>RD Gateway</source>
        <translation>Puerta de enlace de Escritorio remoto</translation>
    </message>
    <message>
        <source>Server self-check</source>
        <translation>Autocomprobación del servidor</translation>
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
        <source>CredSSP</source>
        <translation>CredSSP</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Búsqueda del nombre (DNS)</translation>
    </message>
    <message>
        <source>Connection to the Remote Desktop port (TCP)</source>
        <translation>Conexión al puerto de Escritorio remoto (TCP)</translation>
    </message>
    <message>
        <source>Encryption and certificate (TLS)</source>
        <translation>Cifrado y certificado (TLS)</translation>
    </message>
    <message>
        <source>Network Level Authentication (CredSSP)</source>
        <translation>Autenticación a nivel de red (CredSSP)</translation>
    </message>
    <message>
        <source>Standard RDP Security</source>
        <translation>Seguridad RDP estándar</translation>
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
    <message>
        <source>Also noticed (does not stop connections)</source>
        <translation>También se observó (no impide la conexión)</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>No determinado</translation>
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
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Who acts:</source>
        <translation>Quién actúa:</translation>
    </message>
    <message>
        <source>  … and %1 more step(s) in report.html</source>
        <translation>  … y %1 paso(s) más en report.html</translation>
    </message>
    <message>
        <source>Also noticed (does not stop connections):</source>
        <translation>También se observó (no impide la conexión):</translation>
    </message>
</context>
<context>
    <name>rdpdiag::Translations</name>
    <message>
        <source>--lang needs a language code (e.g. de)</source>
        <translation>--lang necesita un código de idioma (p. ej. de)</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang «%1» no es un código de idioma (pruebe de o zh_CN)</translation>
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
        <translation>Comprobación de conexión de Escritorio remoto</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop the diagnosis</source>
        <translation>Detener el diagnóstico</translation>
    </message>
    <message>
        <source>Stop the diagnosis now; what was checked so far stays shown</source>
        <translation>Detiene ahora el diagnóstico; lo comprobado hasta el momento se sigue mostrando</translation>
    </message>
    <message>
        <source>Technical &amp;details</source>
        <translation>Deta&amp;lles técnicos</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>For support staff: raw evidence under every finding (bytes sent and received, protocol values, timings)</source>
        <translation>Para el personal de soporte técnico: evidencias sin procesar bajo cada hallazgo (bytes enviados y recibidos, valores de protocolo, tiempos)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Abrir un paquete de hallazgos</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip);;All files (*)</source>
        <translation>Paquetes de hallazgos (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The findings bundle %1 cannot be opened: %2</source>
        <translation>No se puede abrir el paquete de hallazgos %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export the findings bundle</source>
        <translation>Exportar el paquete de hallazgos</translation>
    </message>
    <message>
        <source>Findings bundles (*.zip)</source>
        <translation>Paquetes de hallazgos (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved: %1</source>
        <translation>No se guardó el paquete: %1</translation>
    </message>
    <message>
        <source>Saved %1. Attach it to your support request.</source>
        <translation>Se guardó %1. Adjúntelo a su solicitud de soporte técnico.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Evidence</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <source>Time taken (ms)</source>
        <translation>Duración (ms)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Expected port</source>
        <translation>Puerto esperado</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Bytes received (hex)</source>
        <translation>Bytes recibidos (hex)</translation>
    </message>
    <message>
        <source>Protocols asked for</source>
        <translation>Protocolos solicitados</translation>
    </message>
    <message>
        <source>Protocol chosen</source>
        <translation>Protocolo elegido</translation>
    </message>
    <message>
        <source>Bytes sent (hex)</source>
        <translation>Bytes enviados (hex)</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido para</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Time limit (ms)</source>
        <translation>Límite de tiempo (ms)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::FindingView</name>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>PowerShell</source>
        <translation>PowerShell</translation>
    </message>
    <message>
        <source>Command Prompt</source>
        <translation>Símbolo del sistema</translation>
    </message>
    <message>
        <source>Terminal (bash)</source>
        <translation>Terminal (bash)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Select a check to see what was found and how to fix it.</source>
        <translation>Seleccione una comprobación para ver qué se encontró y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Command for %1</source>
        <translation>Comando para %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>Copy this %1 command to the clipboard</source>
        <translation>Copia este comando de %1 al Portapapeles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Finding code</source>
        <translation>Código de hallazgo</translation>
    </message>
    <message>
        <source>Took %1 ms.</source>
        <translation>Tardó %1 ms.</translation>
    </message>
    <message>
        <source>The diagnosis is at this step now.</source>
        <translation>El diagnóstico está ahora en este paso.</translation>
    </message>
    <message>
        <source>The diagnosis has not reached this step yet.</source>
        <translation>El diagnóstico aún no ha llegado a este paso.</translation>
    </message>
    <message>
        <source>Raw facts</source>
        <translation>Datos sin procesar</translation>
    </message>
    <message>
        <source>On the remote computer</source>
        <translation>En el equipo remoto</translation>
    </message>
    <message>
        <source>Steps for the administrator</source>
        <translation>Pasos para el administrador</translation>
    </message>
    <message>
        <source>For support staff: the evidence (bytes, protocol values, timings) is under Technical details.</source>
        <translation>Para el soporte: las evidencias (bytes, valores de protocolo, tiempos) están en Detalles técnicos.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::HeadlineView</name>
    <message>
        <source>Not checked by this run:</source>
        <translation>No comprobado en este análisis:</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>Lo que puede hacer ahora:</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::PipelineStrip</name>
    <message>
        <source>Connection steps</source>
        <translation>Pasos de la conexión</translation>
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
        <translation>▲ aquí falló</translation>
    </message>
    <message>
        <source>The connection broke at %1.</source>
        <translation>La conexión falló en la fase %1.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::ResultsPage</name>
    <message>
        <source>Can this computer find the remote computer and reach its Remote Desktop port?</source>
        <translation>¿Puede este equipo encontrar el equipo remoto y llegar a su puerto de Escritorio remoto?</translation>
    </message>
    <message>
        <source>Does a firewall on the way, on the server or on this computer block the connection?</source>
        <translation>¿Bloquea la conexión algún firewall, ya sea en el camino, en el servidor o en este equipo?</translation>
    </message>
    <message>
        <source>Do this computer and the server agree on how to secure the connection?</source>
        <translation>¿Se ponen de acuerdo este equipo y el servidor sobre cómo proteger la conexión?</translation>
    </message>
    <message>
        <source>Can the encrypted connection be set up, and is the server&apos;s certificate in order?</source>
        <translation>¿Se puede establecer la conexión cifrada y es correcto el certificado del servidor?</translation>
    </message>
    <message>
        <source>Is the Remote Desktop service of this computer (the server) in order?</source>
        <translation>¿Está en orden el servicio de Escritorio remoto de este equipo (el servidor)?</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Security layer</source>
        <translation>Capa de seguridad</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>C&amp;hecks:</source>
        <translation>Co&amp;mprobaciones:</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Comprobaciones: %1</translation>
    </message>
    <message>
        <source>Nothing found on this page so far.</source>
        <translation>Por ahora no se ha encontrado nada en esta página.</translation>
    </message>
    <message>
        <source>Nothing found on this page.</source>
        <translation>No se ha encontrado nada en esta página.</translation>
    </message>
    <message>
        <source>%1 problem(s), %2 warning(s), %3 note(s) on this page.</source>
        <translation>Problemas en esta página: %1; advertencias: %2; notas: %3.</translation>
    </message>
    <message>
        <source>The checks of this page appear here as the diagnosis reaches them.</source>
        <translation>Las comprobaciones de esta página aparecen aquí a medida que el diagnóstico llega a ellas.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::RunStatusBar</name>
    <message>
        <source>Saved run of %1, made %2 (reference %3), opened from %4.</source>
        <translation>Ejecución guardada de %1, realizada el %2 (referencia %3), abierta desde %4.</translation>
    </message>
    <message>
        <source>Saved run of %1 made on %2, %3 (reference %4), opened from %5.</source>
        <translation>Ejecución guardada de %1 realizada en %2, el %3 (referencia %4), abierta desde %5.</translation>
    </message>
    <message>
        <source>Read-only: go back to the first page to run a new diagnosis.</source>
        <translation>Solo lectura: vuelva a la primera página para ejecutar un nuevo diagnóstico.</translation>
    </message>
    <message>
        <source>Names and addresses were hidden.</source>
        <translation>Los nombres y las direcciones se ocultaron.</translation>
    </message>
    <message>
        <source>Diagnosis progress</source>
        <translation>Progreso del diagnóstico</translation>
    </message>
    <message>
        <source>The diagnosis starts when you leave the first page.</source>
        <translation>El diagnóstico empieza cuando sale de la primera página.</translation>
    </message>
    <message>
        <source>Checking: %1… (%2 s)</source>
        <translation>Comprobando: %1… (%2 s)</translation>
    </message>
    <message>
        <source>Checking… (%1 s)</source>
        <translation>Comprobando… (%1 s)</translation>
    </message>
    <message>
        <source>Diagnosis of %1 finished in %2 s (reference %3).</source>
        <translation>El diagnóstico de %1 finalizó en %2 s (referencia %3).</translation>
    </message>
    <message>
        <source>You stopped the diagnosis. What was checked until then is shown; the rest was not checked.</source>
        <translation>Ha detenido el diagnóstico. Se muestra lo comprobado hasta ese momento; el resto no se comprobó.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::Status</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
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
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;All findings:</source>
        <translation>&amp;Todos los hallazgos:</translation>
    </message>
    <message>
        <source>&amp;Copy ticket summary</source>
        <translation>&amp;Copiar resumen para la incidencia</translation>
    </message>
    <message>
        <source>Copy ticket summary</source>
        <translation>Copiar resumen para la incidencia</translation>
    </message>
    <message>
        <source>Copy a short text for a support ticket to the clipboard</source>
        <translation>Copia al Portapapeles un texto breve para una incidencia de soporte técnico</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Volver a ejecutar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export findings bundle</source>
        <translation>Exportar paquete de hallazgos</translation>
    </message>
    <message>
        <source>Save everything support needs in one .zip file</source>
        <translation>Guarda en un solo archivo .zip todo lo que necesita el soporte técnico</translation>
    </message>
    <message>
        <source>&amp;Hide names and addresses</source>
        <translation>&amp;Ocultar nombres y direcciones</translation>
    </message>
    <message>
        <source>The ticket summary is on the clipboard: paste it into your support request.</source>
        <translation>El resumen para la incidencia está en el Portapapeles: péguelo en su solicitud de soporte técnico.</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Todavía no se ha comprobado nada.</translation>
    </message>
    <message>
        <source>The diagnosis is still running…</source>
        <translation>El diagnóstico todavía se está ejecutando…</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>The run was stopped before it ended, so this verdict may be incomplete.</source>
        <translation>La ejecución se detuvo antes de terminar, así que este resultado puede estar incompleto.</translation>
    </message>
    <message>
        <source>Reference: %1 (give it to support)</source>
        <translation>Referencia: %1 (facilítela al soporte técnico)</translation>
    </message>
    <message>
        <source>%1 — on the page &quot;%2&quot;</source>
        <translation>%1 — en la página &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings appear here as the diagnosis finds them.</source>
        <translation>Los hallazgos aparecen aquí a medida que el diagnóstico los encuentra.</translation>
    </message>
    <message>
        <source>Nothing was found that needs attention.</source>
        <translation>No se encontró nada que requiera atención.</translation>
    </message>
    <message>
        <source>Replace computer and user names and addresses in the exported bundle and the copied ticket summary with placeholders</source>
        <translation>Sustituir los nombres de equipos y usuarios y las direcciones por marcadores en el paquete exportado y en el resumen del ticket copiado</translation>
    </message>
    <message>
        <source>What stops the connection, who has to act, and what to do now.</source>
        <translation>Qué impide la conexión, quién debe actuar y qué hacer ahora.</translation>
    </message>
    <message>
        <source>Copy &amp;reference</source>
        <translation>Copiar la &amp;referencia</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copiar la referencia</translation>
    </message>
    <message>
        <source>Copy the run&apos;s reference code to the clipboard</source>
        <translation>Copiar el código de referencia del análisis al portapapeles</translation>
    </message>
    <message>
        <source>R&amp;un again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>All findings, what explains the problem first</source>
        <translation>Todos los hallazgos, primero lo que explica el problema</translation>
    </message>
    <message>
        <source>The reference %1 is on the clipboard: give it to whoever helps you.</source>
        <translation>La referencia %1 está en el portapapeles: facilítela a quien le ayude.</translation>
    </message>
    <message>
        <source>The answer appears here when all steps are done. You can look at the other pages meanwhile.</source>
        <translation>La respuesta aparece aquí cuando terminan todos los pasos. Mientras tanto puede ver las demás páginas.</translation>
    </message>
    <message>
        <source>Also noticed: %1</source>
        <translation>También se observó: %1</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WelcomePage</name>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>Tell which computer you connect to and, if you saw one, the error code. The check changes nothing on either computer and never sends a password.</source>
        <translation>Indique a qué equipo se conecta y, si lo vio, el código de error. La comprobación no cambia nada en ninguno de los dos equipos y nunca envía contraseñas.</translation>
    </message>
    <message>
        <source>e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file</source>
        <translation>p. ej., pc42.example.com, 192.0.2.10:3390 o un archivo .rdp</translation>
    </message>
    <message>
        <source>Computer to connect to</source>
        <translation>Equipo al que conectarse</translation>
    </message>
    <message>
        <source>Open .&amp;rdp file…</source>
        <translation>Abrir archivo .&amp;rdp…</translation>
    </message>
    <message>
        <source>Open .rdp file</source>
        <translation>Abrir archivo .rdp</translation>
    </message>
    <message>
        <source>Use the Remote Desktop file your administrator gave you</source>
        <translation>Use el archivo de Escritorio remoto que le dio su administrador</translation>
    </message>
    <message>
        <source>&amp;Computer:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>optional, e.g. 0x904</source>
        <translation>opcional, p. ej., 0x904</translation>
    </message>
    <message>
        <source>%1 with extended code %2</source>
        <translation>%1 con el código extendido %2</translation>
    </message>
    <message>
        <source>&amp;Error code:</source>
        <translation>&amp;Código de error:</translation>
    </message>
    <message>
        <source>Extended error code</source>
        <translation>Código de error extendido</translation>
    </message>
    <message>
        <source>optional, e.g. 0x7</source>
        <translation>opcional, p. ej., 0x7</translation>
    </message>
    <message>
        <source>E&amp;xtended code:</source>
        <translation>Código e&amp;xtendido:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time limit for each step, in seconds</source>
        <translation>Tiempo máximo de cada paso, en segundos</translation>
    </message>
    <message>
        <source>How long to wait for each network step before calling it a timeout. Raise it for slow VPN connections.</source>
        <translation>Cuánto tiempo se espera en cada paso de red antes de considerar que se agotó el tiempo de espera. Auméntelo para conexiones VPN lentas.</translation>
    </message>
    <message>
        <source>&amp;Time limit per step:</source>
        <translation>&amp;Tiempo máximo por paso:</translation>
    </message>
    <message>
        <source>You can also drop an .rdp file onto this window.</source>
        <translation>También puede arrastrar un archivo .rdp a esta ventana.</translation>
    </message>
    <message>
        <source>Support staff: open the findings bundle (.zip) a user sent you.</source>
        <translation>Personal de soporte técnico: abra el paquete de hallazgos (.zip) que le envió un usuario.</translation>
    </message>
    <message>
        <source>Open a findings &amp;bundle…</source>
        <translation>Abrir un &amp;paquete de hallazgos…</translation>
    </message>
    <message>
        <source>Open a findings bundle</source>
        <translation>Abrir un paquete de hallazgos</translation>
    </message>
    <message>
        <source>Type the name or address of the computer you connect to, or open its .rdp file.</source>
        <translation>Escriba el nombre o la dirección del equipo al que se conecta, o abra su archivo .rdp.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an error code.</source>
        <translation>&quot;%1&quot; no es un código de error.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an extended error code.</source>
        <translation>&quot;%1&quot; no es un código de error extendido.</translation>
    </message>
    <message>
        <source>Not an extended code: type it as shown, e.g. 0x7.</source>
        <translation>No es un código extendido: escríbalo tal como aparece, p. ej., 0x7.</translation>
    </message>
    <message>
        <source>Not an error code: type it as shown, e.g. 0x904.</source>
        <translation>No es un código de error: escríbalo tal como aparece, p. ej., 0x904.</translation>
    </message>
    <message>
        <source>Will check %1, port %2 (from the .rdp file).</source>
        <translation>Se comprobará %1, puerto %2 (del archivo .rdp).</translation>
    </message>
    <message>
        <source>Will check %1, port %2.</source>
        <translation>Se comprobará %1, puerto %2.</translation>
    </message>
    <message>
        <source>Open a Remote Desktop file</source>
        <translation>Abrir un archivo de Escritorio remoto</translation>
    </message>
    <message>
        <source>Remote Desktop files (*.rdp);;All files (*)</source>
        <translation>Archivos de Escritorio remoto (*.rdp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reads the service state, the port it listens on, its security and certificate settings and its recent errors. Nothing is changed.</source>
        <translation>Lee el estado del servicio, el puerto en el que escucha, su configuración de seguridad y de certificado y sus errores recientes. No se cambia nada.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>I am on the &amp;server</source>
        <translation>Estoy en el &amp;servidor</translation>
    </message>
    <message>
        <source>I am on the server</source>
        <translation>Estoy en el servidor</translation>
    </message>
    <message>
        <source>Also checks this computer&apos;s Remote Desktop service from the inside. Nothing is changed.</source>
        <translation>Comprueba además desde dentro el servicio de Escritorio remoto de este equipo. No se cambia nada.</translation>
    </message>
</context>
<context>
    <name>rdpdiag::ui::WizardCommandLine</name>
    <message>
        <source>Finds out why a Remote Desktop connection fails and says what to fix, step by step.</source>
        <translation>Averigua por qué falla una conexión de Escritorio remoto e indica, paso a paso, qué hay que corregir.</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de, fr, es, ja, zh_CN (default: the system language).</source>
        <translation>Idioma de la ventana, p. ej., de, fr, es, ja, zh_CN (predeterminado: el idioma del sistema).</translation>
    </message>
    <message>
        <source>Pre-fill the error code the client showed, e.g. 0x904.</source>
        <translation>Rellena previamente el código de error que mostró el cliente, p. ej., 0x904.</translation>
    </message>
    <message>
        <source>Pre-fill the extended error code, e.g. 0x7.</source>
        <translation>Rellena previamente el código de error extendido, p. ej., 0x7.</translation>
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
        <source>The computer (host, host:port, [IPv6]:port), an .rdp file, or a findings bundle (.zip) to open read-only.</source>
        <translation>El equipo (host, host:puerto, [IPv6]:puerto), un archivo .rdp o un paquete de hallazgos (.zip) que se abre en modo de solo lectura.</translation>
    </message>
    <message>
        <source>--lang &quot;%1&quot; is not a language code (try de or zh_CN)</source>
        <translation>--lang &quot;%1&quot; no es un código de idioma (pruebe con de o zh_CN)</translation>
    </message>
    <message>
        <source>one target at a time, got %1: %2</source>
        <translation>solo se admite un destino cada vez; se recibieron %1: %2</translation>
    </message>
</context>
</TS>
