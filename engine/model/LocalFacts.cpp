// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/LocalFacts.h"

namespace rdpdiag {

QString firewallStatusString(FirewallReading::Status status)
{
    switch (status) {
    case FirewallReading::Status::Read:
        return QStringLiteral("read");
    case FirewallReading::Status::Inactive:
        return QStringLiteral("inactive");
    case FirewallReading::Status::NotInstalled:
        return QStringLiteral("not_installed");
    case FirewallReading::Status::Denied:
        return QStringLiteral("denied");
    case FirewallReading::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString proxyWithoutCredentials(const QString &url)
{
    const qsizetype at = url.lastIndexOf(u'@');
    if (at < 0)
        return url;
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    return (scheme >= 0 && scheme < at ? url.left(scheme + 3) : QString()) + url.mid(at + 1);
}

QString gatewayPathString(GatewayFacts::Path path)
{
    switch (path) {
    case GatewayFacts::Path::Direct:
        return QStringLiteral("direct");
    case GatewayFacts::Path::Always:
        return QStringLiteral("gateway");
    case GatewayFacts::Path::IfDirectFails:
        return QStringLiteral("gateway_if_direct_fails");
    case GatewayFacts::Path::ClientDefault:
        return QStringLiteral("client_default");
    }
    return {};
}

} // namespace rdpdiag
