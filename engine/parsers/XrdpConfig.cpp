// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsers/XrdpConfig.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace rdpdiag {

namespace {

constexpr qsizetype kMaxLines = 20000;

std::optional<quint16> portOf(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

QString resolved(const QString &value, const QString &directory, const QString &fallback)
{
    if (value.trimmed().isEmpty())
        return fallback;
    if (QDir::isAbsolutePath(value.trimmed()))
        return value.trimmed();
    return QDir(directory).filePath(value.trimmed());
}

} // namespace

IniSections parseIni(const QString &text)
{
    IniSections sections;
    QString section;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < kMaxLines; ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype end = line.indexOf(u']');
            if (end > 1)
                section = line.mid(1, end - 1).trimmed().toLower();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed().toLower();
        const QString value = line.mid(equals + 1).trimmed();
        QHash<QString, QString> &entries = sections[section];
        if (!entries.contains(key))
            entries.insert(key, value);
    }
    return sections;
}

QList<XrdpEndpoint> parseXrdpPorts(const QString &value)
{
    QList<XrdpEndpoint> endpoints;
    for (const QString &word : value.split(u' ', Qt::SkipEmptyParts)) {
        XrdpEndpoint endpoint;
        endpoint.raw = word;
        const qsizetype scheme = word.indexOf(QLatin1String("://"));
        if (scheme < 0) {
            // A number alone: every address (xrdp binds the IPv6 wildcard when it can, which
            // on Linux also takes IPv4 connections).
            endpoint.scheme = QStringLiteral("tcp");
            endpoint.address = QStringLiteral("0.0.0.0");
            endpoint.port = portOf(word);
            endpoints << endpoint;
            continue;
        }
        endpoint.scheme = word.left(scheme).toLower();
        const QString rest = word.mid(scheme + 3);
        if (endpoint.scheme == QLatin1String("unix")) {
            endpoint.address = rest;
            endpoints << endpoint;
            continue;
        }
        const qsizetype colon = rest.lastIndexOf(u':');
        QString host = colon >= 0 ? rest.left(colon) : QString();
        endpoint.port = portOf(colon >= 0 ? rest.mid(colon + 1) : rest);
        if (host.startsWith(u'{') && host.endsWith(u'}'))
            host = host.mid(1, host.size() - 2);
        const bool v6 = endpoint.scheme == QLatin1String("tcp6");
        if (host == QLatin1String("."))
            endpoint.address = v6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
        else if (host.isEmpty())
            endpoint.address = v6 ? QStringLiteral("::") : QStringLiteral("0.0.0.0");
        else
            endpoint.address = host;
        endpoints << endpoint;
    }
    return endpoints;
}

XrdpConfig xrdpConfigFromIni(const QString &text, const QString &configDirectory)
{
    const IniSections ini = parseIni(text);
    const QHash<QString, QString> globals = ini.value(QStringLiteral("globals"));
    XrdpConfig config;
    const QString port = globals.value(QStringLiteral("port"));
    if (!port.isEmpty()) {
        config.portValues << port;
        config.endpoints = parseXrdpPorts(port);
    }
    config.securityLayer = globals.value(QStringLiteral("security_layer")).toLower();
    config.cryptLevel = globals.value(QStringLiteral("crypt_level")).toLower();
    config.sslProtocols = globals.value(QStringLiteral("ssl_protocols"));
    config.tlsCiphers = globals.value(QStringLiteral("tls_ciphers"));
    config.certificate = globals.value(QStringLiteral("certificate"));
    config.keyFile = globals.value(QStringLiteral("key_file"));
    config.certificatePath = resolved(config.certificate, configDirectory,
                                      QDir(configDirectory).filePath(QStringLiteral("cert.pem")));
    config.keyPath = resolved(config.keyFile, configDirectory,
                              QDir(configDirectory).filePath(QStringLiteral("key.pem")));
    const QHash<QString, QString> logging = ini.value(QStringLiteral("logging"));
    config.logFile = resolved(logging.value(QStringLiteral("logfile")), QStringLiteral("/var/log"),
                              QStringLiteral("/var/log/xrdp.log"));
    return config;
}

QStringList xrdpTlsVersions(const QString &sslProtocols)
{
    QStringList versions;
    static const QRegularExpression separator(QStringLiteral("[,\\s]+"));
    for (const QString &word : sslProtocols.split(separator, Qt::SkipEmptyParts)) {
        const QString lower = word.toLower();
        if (lower == QLatin1String("tlsv1"))
            versions << QStringLiteral("1.0");
        else if (lower == QLatin1String("tlsv1.1"))
            versions << QStringLiteral("1.1");
        else if (lower == QLatin1String("tlsv1.2"))
            versions << QStringLiteral("1.2");
        else if (lower == QLatin1String("tlsv1.3"))
            versions << QStringLiteral("1.3");
        else if (lower == QLatin1String("sslv3"))
            versions << QStringLiteral("ssl3");
    }
    versions.removeDuplicates();
    return versions;
}

bool xrdpCiphersAllowWeakKeys(const QString &tlsCiphers)
{
    return tlsCiphers.contains(QLatin1String("@SECLEVEL=0"), Qt::CaseInsensitive);
}

} // namespace rdpdiag
