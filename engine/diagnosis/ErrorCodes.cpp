// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The two tables of client error codes (docs/protocol-notes.md):
 * - "error code": the client's disconnect reason, Microsoft's IMsTscAxEvents::OnDisconnected
 *   table (§2.1), plus codes the Mac, iOS and Windows App clients show that are in no
 *   Microsoft table (§2.3). Their meanings come from user reports and say so.
 * - "extended error code": ExtendedDisconnectReasonCode (§2.2), which equals the server's
 *   ERRINFO value; 0x1000–0x7fff is one range of protocol errors.
 *
 * explainedBy lists the finding codes a probe can observe that explain a client code, most
 * specific first. Codes about credentials, licensing or sessions name none: no probe sees
 * them.
 */
#include "diagnosis/ErrorCodes.h"

#include <QCoreApplication>

#include <algorithm>
#include <initializer_list>

namespace rdpdiag {

namespace {

constexpr char kContext[] = "rdpdiag::ErrorCodes";
constexpr quint32 kProtocolRangeFirst = 0x1000;
constexpr quint32 kProtocolRangeLast = 0x7FFF;

QStringList codes(std::initializer_list<const char *> names)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(names.size()));
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

// Finding codes shared by several rows.
const QStringList &dnsFindings()
{
    static const QStringList list = codes({"dns.not_found", "dns.failed"});
    return list;
}

const QStringList &timeoutFindings()
{
    static const QStringList list = codes({"tcp.timeout", "x224.timeout", "tls.timeout"});
    return list;
}

const QStringList &brokenConnectionFindings()
{
    static const QStringList list = codes({"x224.reset", "tls.reset", "tcp.unstable"});
    return list;
}

QList<ClientErrorCode> sorted(QList<ClientErrorCode> table)
{
    std::sort(table.begin(), table.end(),
              [](const ClientErrorCode &a, const ClientErrorCode &b) { return a.value < b.value; });
    return table;
}

const QList<ClientErrorCode> &disconnectTable()
{
    static const QList<ClientErrorCode> table = sorted({
        {0x0,
         "NoInfo",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "No information: the client gave no reason."),
         {}},
        {0x1,
         "LocalNotError",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "The connection was ended on this computer (by you or the app); not an error."),
         {}},
        {0x2,
         "RemoteByUser",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "A user on the remote side ended the session (signed out or disconnected)."),
         {}},
        {0x3,
         "ByServer",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server ended the session (for example an administrator or a time "
                           "limit); not a connection error."),
         {}},
        {0x4, "",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "Reported by users of the Mac and iOS apps: the session ended while the connection "
             "was being set up; with xrdp servers, the server's log shows a failed TLS handshake."),
         codes({"tls.closed", "tls.reset", "tls.alert", "tls.no_modern_version", "tls.timeout"})},
        {0x104, "DNSLookupFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The computer name could not be found (DNS lookup failed)."),
         dnsFindings()},
        {0x106,
         "OutOfMemory",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The client ran out of memory."),
         {}},
        {0x108, "ConnectionTimedOut",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The connection attempt timed out: the remote computer did not answer."),
         codes({"tcp.timeout", "x224.timeout", "tls.timeout", "firewall.local_block"})},
        {0x204, "SocketConnectFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The connection could not be opened: remote access is off, the computer "
                           "is off or unreachable, or a firewall is in the way."),
         codes({"tcp.refused", "tcp.timeout", "tcp.unreachable", "firewall.local_block",
                "tls.alert"})},
        {0x206,
         "OutOfMemory2",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The client ran out of memory."),
         {}},
        {0x207, "",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "Reported by users of the Mac app: sign-in failed. Causes seen: an expired or wrong "
             "password, NTLM switched off on the server, or a Kerberos sign-in that failed."),
         codes({"credssp.failed", "credssp.clock_skew"})},
        {0x208, "HostNotFound",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The computer name could not be found."),
         dnsFindings()},
        {0x304, "WinsockSendFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sending data to the remote computer failed: the connection broke."),
         brokenConnectionFindings()},
        {0x306,
         "OutOfMemory3",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The client ran out of memory."),
         {}},
        {0x308,
         "InvalidIPAddr",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The IP address given is not valid."),
         {}},
        {0x404, "SocketRecvFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Receiving data from the remote computer failed: the connection broke."),
         brokenConnectionFindings()},
        {0x406,
         "InvalidSecurityData",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server sent security data the client could not accept."),
         {}},
        {0x408,
         "InternalError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An internal error of the client."),
         {}},
        {0x506,
         "InvalidEncryption",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The encryption method is not valid."),
         {}},
        {0x508, "DNSLookupFailed2",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The computer name could not be found (DNS lookup failed)."),
         dnsFindings()},
        {0x604, "GetHostByNameFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The computer name could not be turned into an address."),
         dnsFindings()},
        {0x606,
         "InvalidServerSecurityInfo",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server's security information is not valid."),
         {}},
        {0x608,
         "TimerError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An internal timer error of the client."),
         {}},
        {0x704, "TimeoutOccurred",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "A time limit ran out while connecting."),
         timeoutFindings()},
        {0x706,
         "ServerCertificateUnpackErr",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The client could not read the server's certificate."),
         {}},
        {0x708,
         "",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "Reported by users: connecting to the console session failed because you already have "
             "a console session (for example when connecting to the computer you are using)."),
         {}},
        {0x804,
         "InvalidIP",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The IP address is not valid."),
         {}},
        {0x807,
         "SSL_ERR_LOGON_FAILURE",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: the user name or password was not accepted."),
         {}},
        {0x808,
         "LicensingFailed",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Remote Desktop licensing failed."),
         {}},
        {0x904, "AtClientWinsockFDCLOSE",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The connection was closed by the remote computer or by the network "
                           "after it had been opened (socket closed)."),
         codes({"x224.reset", "tls.reset", "security.no_certificate", "x224.closed", "tls.closed",
                "tls.alert", "security.rdp_only", "security.client_mismatch",
                "tls.no_modern_version", "credssp.failed", "tls.timeout", "x224.timeout",
                "x224.not_rdp", "x224.malformed", "security.inconsistent_flags"})},
        {0x906,
         "InternalSecurityError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An internal security error."),
         {}},
        {0x908,
         "LicensingTimeout",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Remote Desktop licensing timed out."),
         {}},
        {0xA06,
         "InternalSecurityError2",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An internal security error."),
         {}},
        {0xA07,
         "SSL_ERR_NO_SUCH_USER",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: the user account does not exist."),
         {}},
        {0xB06,
         "EncryptionError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An encryption error."),
         {}},
        {0xB07,
         "SSL_ERR_ACCOUNT_DISABLED",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Sign-in failed: the user account is disabled."),
         {}},
        {0xC06,
         "DecryptionError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "A decryption error."),
         {}},
        {0xC07,
         "SSL_ERR_ACCOUNT_RESTRICTION",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: an account restriction prevents it (for example "
                           "membership in the Protected Users group)."),
         {}},
        {0xC08,
         "ClientDecompressionError",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The client could not decompress data sent by the server."),
         {}},
        {0xD07,
         "SSL_ERR_ACCOUNT_LOCKED_OUT",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: the user account is locked out."),
         {}},
        {0xE07,
         "SSL_ERR_ACCOUNT_EXPIRED",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Sign-in failed: the user account has expired."),
         {}},
        {0xF07,
         "SSL_ERR_PASSWORD_EXPIRED",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Sign-in failed: the password has expired."),
         {}},
        {0x1104,
         "",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Reported by users: the client detected a "
                                                  "protocol error and disconnected the session."),
         {}},
        {0x1207,
         "SSL_ERR_PASSWORD_MUST_CHANGE",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: the password must be changed before signing in."),
         {}},
        {0x1607,
         "SSL_ERR_DELEGATION_POLICY",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: a credential delegation policy does not allow sending "
                           "your credentials to this server."),
         {}},
        {0x1707,
         "SSL_ERR_POLICY_NTLM_ONLY",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "Sign-in failed because of a policy that allows only NTLM authentication."),
         {}},
        {0x1807,
         "SSL_ERR_NO_AUTHENTICATING_AUTHORITY",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: no authority could check the credentials (a domain "
                           "controller or Kerberos server is unreachable)."),
         {}},
        {0x1B07,
         "SSL_ERR_CERT_EXPIRED",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Sign-in failed: a certificate used for the sign-in has expired."),
         {}},
        {0x1C07,
         "SSL_ERR_SMARTCARD_WRONG_PIN",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Sign-in failed: wrong smart card PIN."),
         {}},
        {0x2104, "",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Reported by users of the Mac app as a protocol error with xrdp "
                           "servers; creating a new certificate on the server fixed it."),
         codes({"tls.closed", "tls.reset", "tls.alert", "cert.weak_key"})},
        {0x2107,
         "SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "Sign-in failed: the server does not accept saved credentials; type them again."),
         {}},
        {0x2207,
         "SSL_ERR_SMARTCARD_CARD_BLOCKED",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Sign-in failed: the smart card is blocked."),
         {}},
        {0x2407,
         "",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "Reported by users: you may not have permission to sign in remotely "
                           "(the account is not in the Remote Desktop Users group)."),
         {}},
    });
    return table;
}

const QList<ClientErrorCode> &extendedTable()
{
    static const QList<ClientErrorCode> table = sorted({
        {0x0,
         "NoInfo",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "No additional information; typical when the network or the server "
                           "simply closed the connection."),
         {}},
        {0x1,
         "APIInitiatedDisconnect",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "An administration tool disconnected the session."),
         {}},
        {0x2,
         "APIInitiatedLogoff",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An administration tool signed the session out."),
         {}},
        {0x3,
         "ServerIdleTimeout",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The session's idle time limit was reached."),
         {}},
        {0x4,
         "ServerLogonTimeout",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The session's active time limit was reached."),
         {}},
        {0x5,
         "ReplacedByOtherConnection",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "Another connection took over the session."),
         {}},
        {0x6,
         "OutOfMemory",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The server ran out of memory."),
         {}},
        {0x7, "ServerDeniedConnection",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server denied the connection before the session started."),
         codes({"x224.reset", "tls.reset", "security.no_certificate", "tls.alert", "tls.closed",
                "x224.closed", "security.rdp_only", "tls.no_modern_version",
                "security.client_mismatch", "credssp.failed", "security.inconsistent_flags"})},
        {0x8,
         "ServerDeniedConnectionFips",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "The server denied the connection for security reasons (its FIPS encryption policy)."),
         {}},
        {0x9,
         "ServerInsufficientPrivileges",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The user does not have the right to connect."),
         {}},
        {0xA,
         "ServerFreshCredsRequired",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server does not accept saved credentials; type them again."),
         {}},
        {0xB,
         "RpcInitiatedDisconnectByUser",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "The session was disconnected by a user through an administration tool."),
         {}},
        {0xC, "LogoffByUser", QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The user signed out."), {}},
        {0x19,
         "Shutdown",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The remote computer is shutting down."),
         {}},
        {0x1A,
         "Reboot",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The remote computer is restarting."),
         {}},
        {0x100,
         "LicenseInternal",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "An internal Remote Desktop licensing error."),
         {}},
        {0x101,
         "LicenseNoLicenseServer",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "No Remote Desktop license server is available."),
         {}},
        {0x102,
         "LicenseNoLicense",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "No Remote Desktop license is available for this client."),
         {}},
        {0x103,
         "LicenseErrClientMsg",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server received an invalid licensing message from the client."),
         {}},
        {0x104,
         "LicenseHwidDoesntMatchLicense",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The client's hardware ID does not match its license."),
         {}},
        {0x105,
         "LicenseErrClientLicense",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The client's license is not valid."),
         {}},
        {0x106,
         "LicenseCantFinishProtocol",
         QT_TRANSLATE_NOOP(
             "rdpdiag::ErrorCodes",
             "The licensing exchange could not be completed (a network problem during licensing)."),
         {}},
        {0x107,
         "LicenseClientEndedProtocol",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The client ended the licensing exchange."),
         {}},
        {0x108,
         "LicenseErrClientEncryption",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "A licensing message was not encrypted correctly."),
         {}},
        {0x109,
         "LicenseCantUpgradeLicense",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The client's license could not be upgraded or renewed."),
         {}},
        {0x10A,
         "LicenseNoRemoteConnections",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The server is not licensed to accept remote connections."),
         {}},
        {0x10B,
         "LicenseCreatingLicStoreAccDenied",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "The client could not create its license store: access denied."),
         {}},
        {0x300,
         "RdpEncInvalidCredentials",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes", "The credentials are not valid."),
         {}},
        // Stands for the whole range kProtocolRangeFirst..kProtocolRangeLast; see
        // findClientCode().
        {kProtocolRangeFirst,
         "ProtocolRange",
         QT_TRANSLATE_NOOP("rdpdiag::ErrorCodes",
                           "A Remote Desktop protocol error (codes 0x1000 to 0x7fff); the server's "
                           "event log has the details."),
         {}},
    });
    return table;
}

const QList<ClientErrorCode> &table(CodeKind kind)
{
    return kind == CodeKind::Disconnect ? disconnectTable() : extendedTable();
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= u'0' && c.unicode() <= u'9';
    });
}

/** At most 8 significant hex digits (leading zeros do not count: "0007" is 7). */
std::optional<quint32> parseHex(QStringView digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    if (digits.size() > 8)
        return std::nullopt;
    quint32 value = 0;
    for (const QChar c : digits) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return std::nullopt;
        value = (value << 4) | static_cast<quint32>(digit);
    }
    return value;
}

std::optional<quint32> parseDecimal(QStringView digits)
{
    if (!isAsciiDigits(digits))
        return std::nullopt;
    quint64 value = 0;
    for (const QChar c : digits) {
        value = value * 10 + static_cast<quint64>(c.unicode() - u'0');
        if (value > 0xFFFFFFFFu)
            return std::nullopt;
    }
    return static_cast<quint32>(value);
}

} // namespace

std::optional<quint32> parseClientCode(const QString &text, CodeKind kind)
{
    const QString trimmed = text.trimmed();
    const QStringView view(trimmed);
    if (view.isEmpty())
        return std::nullopt;
    if (view.startsWith(u"0x", Qt::CaseInsensitive))
        return parseHex(view.mid(2));
    if (!isAsciiDigits(view))
        return parseHex(view); // "abc", "7E" — or garbage, which parseHex rejects

    // Plain digits are ambiguous. Users usually copy "904" from "0x904", but the Windows
    // event log and some dialogs give decimals ("2308" = 0x904): prefer whichever reading
    // is a known code, hex first.
    const std::optional<quint32> hex = parseHex(view);
    if (hex && findClientCode(*hex, kind) != nullptr)
        return hex;
    const std::optional<quint32> decimal = parseDecimal(view);
    if (decimal && findClientCode(*decimal, kind) != nullptr)
        return decimal;
    return hex;
}

const ClientErrorCode *findClientCode(quint32 value, CodeKind kind)
{
    const QList<ClientErrorCode> &entries = table(kind);
    // Every code of the protocol range has the same meaning: one row stands for all.
    if (kind == CodeKind::Extended && value >= kProtocolRangeFirst && value <= kProtocolRangeLast)
        value = kProtocolRangeFirst;
    const auto it = std::lower_bound(
        entries.cbegin(), entries.cend(), value,
        [](const ClientErrorCode &entry, quint32 wanted) { return entry.value < wanted; });
    if (it == entries.cend() || it->value != value)
        return nullptr;
    return &*it;
}

const QList<ClientErrorCode> &clientCodes(CodeKind kind)
{
    return table(kind);
}

QString formatClientCode(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16);
}

QString clientCodeMeaning(quint32 value, CodeKind kind)
{
    if (const ClientErrorCode *entry = findClientCode(value, kind))
        return QCoreApplication::translate(kContext, entry->meaning);

    const QString code = formatClientCode(value);
    if (kind == CodeKind::Disconnect && value > 0xFF) {
        // The published table shows a pattern in the low byte (docs/protocol-notes.md); say
        // so, clearly marked as a guess, rather than nothing.
        switch (value & 0xFF) {
        case 0x07:
            return QCoreApplication::translate(
                       "rdpdiag::ErrorCodes",
                       "%1 is not in Microsoft's published list. Codes ending in 07 are usually "
                       "sign-in (Network Level Authentication) errors.")
                .arg(code);
        case 0x04:
        case 0x08:
            return QCoreApplication::translate(
                       "rdpdiag::ErrorCodes",
                       "%1 is not in Microsoft's published list. Codes ending in 04 or 08 are "
                       "usually network or time-out errors.")
                .arg(code);
        default:
            break;
        }
    }
    if (kind == CodeKind::Extended)
        return QCoreApplication::translate("rdpdiag::ErrorCodes",
                                           "%1 is not a known extended error code.")
            .arg(code);
    return QCoreApplication::translate("rdpdiag::ErrorCodes", "%1 is not a known error code.")
        .arg(code);
}

} // namespace rdpdiag
