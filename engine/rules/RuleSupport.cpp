// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RuleSupport.h"

namespace rdpdiag {

QString endpointText(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString probedAddress(const Facts &facts, const RuleContext &context)
{
    if (facts.tcp && !facts.tcp->connectedAddress.isEmpty())
        return facts.tcp->connectedAddress;
    if (facts.tcp && !facts.tcp->attempts.isEmpty())
        return facts.tcp->attempts.first().address;
    if (facts.dns && !facts.dns->addresses().isEmpty())
        return facts.dns->addresses().first();
    return context.target.host;
}

Placeholders placeholdersFor(const Facts &facts, const RuleContext &context)
{
    Placeholders values;
    values.insert(QStringLiteral("host"), context.target.host);
    values.insert(QStringLiteral("port"), QString::number(context.target.port));
    values.insert(QStringLiteral("address"), probedAddress(facts, context));
    values.insert(QStringLiteral("thumbprint"),
                  facts.certificate ? facts.certificate->sha1 : QStringLiteral("<thumbprint>"));
    return values;
}

} // namespace rdpdiag
