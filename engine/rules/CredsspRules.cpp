// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/CredsspRules.h"

#include "rules/RuleSupport.h"

namespace rdpdiag {

namespace {

QString hex32(quint32 value)
{
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

} // namespace

QList<Finding> evaluateCredsspRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.credssp)
        return findings;
    const CredsspFacts &credssp = *facts.credssp;
    const Placeholders values = placeholdersFor(facts, context);

    QJsonObject base;
    base.insert(QStringLiteral("outcome"), credsspOutcomeString(credssp.outcome));
    base.insert(QStringLiteral("duration_ms"), credssp.durationMs);
    if (credssp.version)
        base.insert(QStringLiteral("version"), *credssp.version);

    QString observed;
    switch (credssp.outcome) {
    case CredsspFacts::Outcome::Reset:
        observed = RuleText::tr("The server reset the connection after our CredSSP request, before "
                                "sending its NTLM challenge.");
        break;
    case CredsspFacts::Outcome::Closed:
        observed =
            RuleText::tr("The server closed the connection after our CredSSP request, before "
                         "sending its NTLM challenge.");
        break;
    case CredsspFacts::Outcome::Timeout:
        observed = RuleText::tr("The server did not answer our CredSSP request within %1 ms.")
                       .arg(context.timeoutMs);
        break;
    case CredsspFacts::Outcome::ServerError:
        observed = RuleText::tr("The server answered our CredSSP request with the error code %1 "
                                "instead of an NTLM challenge.")
                       .arg(hex32(credssp.errorCode.value_or(0)));
        break;
    default:
        break;
    }
    if (!observed.isEmpty()) {
        QJsonObject evidence = base;
        if (credssp.errorCode)
            evidence.insert(QStringLiteral("error_code"), hex32(*credssp.errorCode));
        if (!credssp.detail.isEmpty())
            evidence.insert(QStringLiteral("detail"), credssp.detail);
        evidence.insert(QStringLiteral("bytes_received"), credssp.received.size());
        findings << makeFinding(QStringLiteral("credssp.failed"), observed, evidence, values);
    }

    if (credssp.version && *credssp.version < kCurrentCredsspVersion) {
        findings << makeFinding(
            QStringLiteral("credssp.outdated"),
            RuleText::tr("The server speaks CredSSP version %1.").arg(*credssp.version), base,
            values);
    }

    if (credssp.ntlm && credssp.ntlm->clockSkewSeconds) {
        const qint64 skew = *credssp.ntlm->clockSkewSeconds;
        if (skew > kMaxClockSkewSeconds || skew < -kMaxClockSkewSeconds) {
            QJsonObject evidence = base;
            evidence.insert(QStringLiteral("clock_skew_s"), skew);
            if (credssp.ntlm->serverTime)
                evidence.insert(QStringLiteral("server_time"),
                                credssp.ntlm->serverTime->toUTC().toString(Qt::ISODate));
            const QString observedSkew =
                skew > 0
                    ? RuleText::tr("The server's clock is %1 seconds ahead of this computer's.")
                          .arg(skew)
                    : RuleText::tr("The server's clock is %1 seconds behind this computer's.")
                          .arg(-skew);
            findings << makeFinding(QStringLiteral("credssp.clock_skew"), observedSkew, evidence,
                                    values);
        }
    }
    return findings;
}

} // namespace rdpdiag
