// SPDX-License-Identifier: GPL-3.0-or-later
// The xrdp half of the server self-check (see ServerCheck.h).
#include "probes/server/ServerCheck.h"

#include "net/CertificateInspector.h"
#include "parsers/XrdpConfig.h"
#include "probes/local/FirewallCollector.h"
#include "probes/server/LinuxSystem.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

constexpr qint64 kMaxConfig = 1024 * 1024;
constexpr qint64 kMaxLogTail = 512 * 1024;
constexpr qint64 kMaxPem = 256 * 1024;
const QString kDefaultConfig = QStringLiteral("/etc/xrdp/xrdp.ini");

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

/** systemctl show output ("Key=Value" lines). */
QHash<QString, QString> parseKeyValues(const QString &text)
{
    QHash<QString, QString> values;
    for (const QString &line : text.split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            values.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return values;
}

/** The unit's state from systemd, when systemd runs this computer. */
void addSystemdState(CommandRunner &runner, const ServerCheckOptions &options,
                     ServiceFacts &service)
{
    if (!QFileInfo::exists(QStringLiteral("/run/systemd/system")))
        return;
    const CommandResult result =
        runner.run(QStringLiteral("systemctl"),
                   {QStringLiteral("show"), service.name,
                    QStringLiteral("--property=LoadState,ActiveState,SubState,UnitFileState,User")},
                   options.commandTimeout);
    if (!result.ok())
        return;
    const QHash<QString, QString> values = parseKeyValues(QString::fromUtf8(result.out));
    if (values.value(QStringLiteral("LoadState")) == QLatin1String("not-found"))
        return;
    const QString unitFile = values.value(QStringLiteral("UnitFileState"));
    if (unitFile == QLatin1String("enabled"))
        service.enabledAtBoot = true;
    else if (unitFile == QLatin1String("disabled") || unitFile == QLatin1String("masked"))
        service.enabledAtBoot = false;
    if (service.account.isEmpty())
        service.account = values.value(QStringLiteral("User"));
    const QString active = values.value(QStringLiteral("ActiveState"));
    service.detail = QStringLiteral("ActiveState=%1 SubState=%2 UnitFileState=%3")
                         .arg(active, values.value(QStringLiteral("SubState")), unitFile);
    if (service.state == ServiceFacts::State::Unknown ||
        service.state == ServiceFacts::State::Stopped) {
        service.source = QStringLiteral("systemd");
        if (active == QLatin1String("active"))
            service.state = ServiceFacts::State::Running;
        else if (active == QLatin1String("activating"))
            service.state = ServiceFacts::State::Starting;
        else if (active == QLatin1String("deactivating"))
            service.state = ServiceFacts::State::Stopping;
        else
            service.state = ServiceFacts::State::Stopped;
    }
}

} // namespace

QStringList recentXrdpLogErrors(const QString &log, const QDateTime &now, int days, int limit)
{
    static const QRegularExpression stamp(QStringLiteral("^\\[(\\d{8}-\\d{2}:\\d{2}:\\d{2})\\]"));
    const QDateTime oldest = now.toLocalTime().addDays(-days);
    QStringList errors;
    for (const QString &line : log.split(u'\n')) {
        const QRegularExpressionMatch match = stamp.match(line);
        if (!match.hasMatch() || !line.contains(QLatin1String("[ERROR]")))
            continue;
        // xrdp writes local time without a zone.
        const QDateTime time =
            QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HH:mm:ss"));
        if (!time.isValid() || time < oldest)
            continue;
        errors << line.trimmed().left(300);
    }
    if (errors.size() > limit)
        errors = errors.mid(errors.size() - limit);
    return errors;
}

ServerFacts collectXrdpFacts(const ServerCheckOptions &options, CommandRunner &runner)
{
    ServerFacts facts;
    facts.hostName = QHostInfo::localHostName();
    facts.expectedPort = options.expectedPort;
    const QString configPath = canonical(options.xrdpConfigPath);
    const bool installed =
        !findProgram(QStringLiteral("xrdp")).isEmpty() || QFileInfo::exists(configPath);
    facts.platform = installed ? QStringLiteral("linux-xrdp") : QStringLiteral("linux");

    // Processes: xrdp instances started with this configuration (xrdp without --config
    // reads /etc/xrdp/xrdp.ini).
    const QList<ProcessInfo> processes = readProcesses({}, options.procRoot);
    QList<const ProcessInfo *> xrdp;
    QList<const ProcessInfo *> sesman;
    for (const ProcessInfo &process : processes) {
        if (process.name == QLatin1String("xrdp")) {
            if (process.arguments.contains(QLatin1String("--kill")))
                continue;
            const QString argument = xrdpConfigArgument(process.arguments);
            if (canonical(argument.isEmpty() ? kDefaultConfig : argument) == configPath)
                xrdp << &process;
        } else if (process.name == QLatin1String("xrdp-sesman")) {
            sesman << &process;
        }
    }

    ServiceFacts service;
    service.name = QStringLiteral("xrdp");
    service.source = QStringLiteral("processes");
    if (!installed) {
        service.state = ServiceFacts::State::NotInstalled;
    } else if (!xrdp.isEmpty()) {
        service.state = ServiceFacts::State::Running;
        // The daemon is the oldest of them; the others are per-connection children.
        const ProcessInfo *daemon = xrdp.first();
        for (const ProcessInfo *process : xrdp) {
            service.processIds << process->pid;
            if (process->pid < daemon->pid)
                daemon = process;
        }
        service.account = accountFromCredentials(daemon->credentials).name;
    } else {
        service.state = ServiceFacts::State::Stopped;
    }
    const bool systemConfig = configPath == canonical(kDefaultConfig);
    if (installed && systemConfig)
        addSystemdState(runner, options, service);
    facts.services << service;
    if (installed && systemConfig) {
        ServiceFacts helper;
        helper.name = QStringLiteral("xrdp-sesman");
        helper.source = QStringLiteral("processes");
        helper.state =
            sesman.isEmpty() ? ServiceFacts::State::Stopped : ServiceFacts::State::Running;
        for (const ProcessInfo *process : sesman)
            helper.processIds << process->pid;
        addSystemdState(runner, options, helper);
        facts.services << helper;
    }

    // The configuration.
    XrdpFacts x;
    x.configPath = configPath;
    XrdpConfig config;
    {
        QByteArray bytes;
        QString error;
        if (runner.readFile(configPath, kMaxConfig, &bytes, &error)) {
            x.configRead = true;
            config =
                xrdpConfigFromIni(QString::fromUtf8(bytes), QFileInfo(configPath).absolutePath());
            x.portValues = config.portValues;
            x.securityLayer = config.securityLayer;
            x.cryptLevel = config.cryptLevel;
            x.sslProtocols = config.sslProtocols;
            x.tlsCiphers = config.tlsCiphers;
            x.certificate = config.certificate;
            x.keyFile = config.keyFile;
            x.logPath = config.logFile;
        } else {
            x.configError = error;
        }
    }

    // Listening sockets: those of xrdp, and whatever holds the ports clients use.
    QList<quint16> configuredPorts;
    for (const XrdpEndpoint &endpoint : config.endpoints)
        if (endpoint.port)
            configuredPorts << *endpoint.port;
    for (const auto &[path, v6] : {std::pair{QStringLiteral("/net/tcp"), false},
                                   std::pair{QStringLiteral("/net/tcp6"), true}}) {
        QByteArray bytes;
        QString error;
        if (!runner.readFile(options.procRoot + path, 4 * 1024 * 1024, &bytes, &error)) {
            facts.notCollected
                << QStringLiteral("listening sockets (%1: %2)").arg(options.procRoot + path, error);
            continue;
        }
        for (const ListeningSocket &socket : parseProcNetTcp(QString::fromLatin1(bytes), v6)) {
            const ProcessInfo *owner = ownerOfSocket(processes, socket.inode);
            const bool ofXrdp =
                owner && std::any_of(xrdp.cbegin(), xrdp.cend(),
                                     [owner](const ProcessInfo *p) { return p == owner; });
            if (!ofXrdp && socket.port != options.expectedPort &&
                !configuredPorts.contains(socket.port))
                continue;
            ListenerFacts listener;
            listener.address = socket.address;
            listener.port = socket.port;
            if (owner) {
                listener.process = owner->name;
                listener.processId = owner->pid;
            }
            facts.listeners << listener;
        }
    }
    if (!xrdp.isEmpty() &&
        std::none_of(processes.cbegin(), processes.cend(),
                     [](const ProcessInfo &p) { return !p.socketInodes.isEmpty(); }))
        facts.notCollected << QStringLiteral(
            "socket owners (reading other processes' descriptors needs administrator rights)");

    // Certificate and key, as the account xrdp runs as sees them.
    if (x.configRead && x.securityLayer != QLatin1String("rdp")) {
        TlsFilesFacts files;
        files.certificatePath = config.certificatePath;
        files.keyPath = config.keyPath;
        std::optional<Account> account;
        if (!options.serviceAccount.isEmpty())
            account = lookupAccount(options.serviceAccount);
        else if (!xrdp.isEmpty())
            account = accountFromCredentials(xrdp.first()->credentials);
        else if (!service.account.isEmpty())
            account = lookupAccount(service.account);
        if (!account)
            account = lookupAccount(QStringLiteral("xrdp")); // the Debian unit's User=
        if (!account) {
            Account root;
            root.name = QStringLiteral("root");
            account = root;
        }
        files.account = account->name;
        const AccessCheck certificateAccess = checkReadable(files.certificatePath, *account);
        files.certificateReadable = certificateAccess.readable;
        files.certificateError = certificateAccess.error;
        const AccessCheck keyAccess = checkReadable(files.keyPath, *account);
        files.keyReadable = keyAccess.readable;
        files.keyError = keyAccess.error;
        QByteArray certificatePem;
        QByteArray keyPem;
        QString error;
        const bool haveCertificate =
            certificateAccess.exists &&
            runner.readFile(files.certificatePath, kMaxPem, &certificatePem, &error);
        const bool haveKey =
            keyAccess.exists && runner.readFile(files.keyPath, kMaxPem, &keyPem, &error);
        if (haveCertificate) {
            InspectionOptions inspection;
            inspection.verifyTime = options.now();
            files.certificate = inspectCertificatePem(certificatePem, inspection);
        }
        if (haveKey) {
            const KeyCheck key = checkKeyMatchesCertificate(certificatePem, keyPem);
            files.keyParses = key.keyParses;
            files.keyMatches = key.matches;
        } else if (keyAccess.exists) {
            facts.notCollected
                << QStringLiteral("the key file's contents (%1: %2)").arg(files.keyPath, error);
        }
        x.tlsFiles = files;
    }

    // The log's recent errors.
    if (!x.logPath.isEmpty()) {
        QFile log(x.logPath);
        if (log.open(QIODevice::ReadOnly)) {
            if (log.size() > kMaxLogTail)
                log.seek(log.size() - kMaxLogTail);
            x.logRead = true;
            x.recentErrors = recentXrdpLogErrors(QString::fromUtf8(log.readAll()), options.now(),
                                                 options.recentDays);
        } else if (QFileInfo::exists(x.logPath)) {
            x.logError = log.errorString();
            facts.notCollected
                << QStringLiteral("the xrdp log (%1: %2)").arg(x.logPath, x.logError);
        }
    }
    if (installed)
        facts.xrdp = x;

    // The inbound firewall, about the port xrdp is configured for (else the expected one).
    if (options.readFirewall) {
        PacketQuery query;
        query.direction = FirewallDirection::Inbound;
        query.port = configuredPorts.isEmpty() ? options.expectedPort : configuredPorts.first();
        for (const XrdpEndpoint &endpoint : config.endpoints)
            if (endpoint.port == query.port && endpoint.address != QLatin1String("0.0.0.0") &&
                endpoint.address != QLatin1String("::"))
                query.localAddress = endpoint.address;
        facts.firewalls =
            collectFirewalls(runner, query, FirewallPlatform::Linux, options.commandTimeout);
    }
    return facts;
}

} // namespace rdpdiag
