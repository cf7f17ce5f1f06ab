// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/TlsRules.h"

#include "rules/RuleSupport.h"
#include "wire/X224.h"

#include <QJsonArray>

namespace rdpdiag {

namespace {

const QString kVersionKeys[] = {QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2"),
                                QStringLiteral("1.3")};

/** The evidence every main-handshake finding carries. */
QJsonObject mainEvidence(const Facts &facts, const TlsAttempt &main)
{
    QJsonObject evidence;
    evidence.insert(QStringLiteral("outcome"), tlsOutcomeString(main.outcome));
    evidence.insert(QStringLiteral("bytes_received"), main.bytesReceived);
    evidence.insert(QStringLiteral("duration_ms"), main.durationMs);
    if (facts.negotiation && !facts.negotiation->probes.isEmpty()) {
        const NegotiationProbe &primary = facts.negotiation->probes.first();
        evidence.insert(QStringLiteral("requested_protocols"),
                        QJsonArray::fromStringList(wire::protocolIds(primary.requested)));
        if (primary.selected)
            evidence.insert(QStringLiteral("selected_protocol"),
                            wire::selectedProtocolId(*primary.selected));
    }
    if (!main.detail.isEmpty())
        evidence.insert(QStringLiteral("detail"), main.detail);
    if (!main.firstBytes.isEmpty())
        evidence.insert(QStringLiteral("first_bytes"),
                        QString::fromLatin1(main.firstBytes.toHex(' ')));
    return evidence;
}

std::optional<Finding> mainAttemptFinding(const Facts &facts, const RuleContext &context)
{
    const TlsAttempt &main = facts.tls->main;
    const Placeholders values = placeholdersFor(facts, context);
    QJsonObject evidence = mainEvidence(facts, main);
    const qint64 bytes = main.bytesReceived;
    switch (main.outcome) {
    case TlsAttempt::Outcome::Reset: {
        const QString observed =
            bytes > 0
                ? RuleText::tr("The server reset the connection during the TLS handshake, after %1 "
                               "bytes of its reply.")
                      .arg(bytes)
                : RuleText::tr(
                      "The server reset the connection as soon as the TLS handshake began, "
                      "before it sent any reply.");
        return makeFinding(QStringLiteral("tls.reset"), observed, evidence, values);
    }
    case TlsAttempt::Outcome::Closed: {
        const QString observed =
            bytes > 0
                ? RuleText::tr("The server closed the connection during the TLS handshake, "
                               "after %1 bytes of its reply.")
                      .arg(bytes)
                : RuleText::tr("The server closed the connection as soon as the TLS handshake "
                               "began, before it sent any reply.");
        return makeFinding(QStringLiteral("tls.closed"), observed, evidence, values);
    }
    case TlsAttempt::Outcome::Timeout: {
        evidence.insert(QStringLiteral("timeout_ms"), context.timeoutMs);
        const QString observed =
            bytes > 0
                ? RuleText::tr("The TLS handshake stalled: after %1 bytes of the server's reply "
                               "nothing more arrived within %2 ms.")
                      .arg(bytes)
                      .arg(context.timeoutMs)
                : RuleText::tr("The server sent no TLS reply at all within %1 ms.")
                      .arg(context.timeoutMs);
        return makeFinding(QStringLiteral("tls.timeout"), observed, evidence, values);
    }
    case TlsAttempt::Outcome::Alert: {
        const int code = main.alertCode.value_or(-1);
        evidence.insert(QStringLiteral("alert_code"), code);
        evidence.insert(QStringLiteral("alert_name"), main.alertName);
        const QString observed =
            RuleText::tr("The server ended the TLS handshake with the alert \"%1\" (number %2).")
                .arg(main.alertName)
                .arg(code);
        return makeFinding(QStringLiteral("tls.alert"), observed, evidence, values);
    }
    default:
        return std::nullopt;
    }
}

bool mainAttemptServerFailure(const TlsFacts &tls)
{
    switch (tls.main.outcome) {
    case TlsAttempt::Outcome::Reset:
    case TlsAttempt::Outcome::Closed:
    case TlsAttempt::Outcome::Timeout:
    case TlsAttempt::Outcome::Alert:
        return true;
    default:
        return false;
    }
}

QJsonObject matrixEvidence(const TlsFacts &tls)
{
    QJsonObject outcomes;
    for (const QString &key : kVersionKeys) {
        const TlsAttempt *attempt = versionAttempt(tls, key);
        outcomes.insert(key, attempt ? tlsOutcomeString(attempt->outcome) : QString());
    }
    QJsonObject evidence;
    evidence.insert(QStringLiteral("versions"), outcomes);
    return evidence;
}

} // namespace

std::optional<bool> versionAccepted(const TlsAttempt &attempt)
{
    switch (attempt.outcome) {
    case TlsAttempt::Outcome::Established:
        return true;
    case TlsAttempt::Outcome::Alert:
    case TlsAttempt::Outcome::Reset:
    case TlsAttempt::Outcome::Closed:
    case TlsAttempt::Outcome::Failed:
        return false;
    case TlsAttempt::Outcome::Timeout:
    case TlsAttempt::Outcome::LocalRefusal:
    case TlsAttempt::Outcome::NotAttempted:
    case TlsAttempt::Outcome::Cancelled:
        return std::nullopt;
    }
    return std::nullopt;
}

const TlsAttempt *versionAttempt(const TlsFacts &tls, const QString &key)
{
    for (const TlsAttempt &attempt : tls.versions)
        if (attempt.version == key)
            return &attempt;
    return nullptr;
}

QList<Finding> evaluateTlsRules(const Facts &facts, const RuleContext &context)
{
    QList<Finding> findings;
    if (!facts.tls)
        return findings;
    const TlsFacts &tls = *facts.tls;
    const Placeholders values = placeholdersFor(facts, context);

    if (auto finding = mainAttemptFinding(facts, context))
        findings << *finding;

    // The matrix: a verdict needs definite answers from the server, never our own refusal.
    std::optional<bool> accepted[4];
    for (int i = 0; i < 4; ++i) {
        if (const TlsAttempt *attempt = versionAttempt(tls, kVersionKeys[i]))
            accepted[i] = versionAccepted(*attempt);
    }
    const bool legacyAccepted = accepted[0].value_or(false) || accepted[1].value_or(false);
    const bool modernRefused = accepted[2] == false && accepted[3] == false;
    // "No modern version" only when the server does speak TLS (an old version worked) or
    // the main handshake did not already fail on the server's side: a server that resets
    // every handshake is broken, not old, and tls.reset & co. say so.
    const bool mainModern = tls.main.outcome == TlsAttempt::Outcome::Established &&
                            (tls.main.negotiatedVersion == QLatin1String("TLSv1.2") ||
                             tls.main.negotiatedVersion == QLatin1String("TLSv1.3"));
    if (modernRefused && !mainModern && (legacyAccepted || !mainAttemptServerFailure(tls))) {
        findings << makeFinding(
            QStringLiteral("tls.no_modern_version"),
            RuleText::tr("Forced TLS 1.2 and TLS 1.3 handshakes were both refused by the server."),
            matrixEvidence(tls), values);
    }
    if (legacyAccepted) {
        QStringList versions;
        if (accepted[0].value_or(false))
            versions << kVersionKeys[0];
        if (accepted[1].value_or(false))
            versions << kVersionKeys[1];
        QJsonObject evidence = matrixEvidence(tls);
        evidence.insert(QStringLiteral("accepted"), QJsonArray::fromStringList(versions));
        findings << makeFinding(QStringLiteral("tls.legacy_enabled"),
                                RuleText::tr("The server completed a handshake with TLS %1.")
                                    .arg(versions.join(QStringLiteral(", "))),
                                evidence, values);
    }
    if (!tls.weakCiphersAccepted.isEmpty()) {
        QJsonObject evidence;
        evidence.insert(QStringLiteral("accepted"),
                        QJsonArray::fromStringList(tls.weakCiphersAccepted));
        evidence.insert(QStringLiteral("offered"),
                        QJsonArray::fromStringList(tls.weakCiphersOffered));
        if (tls.weakCipherAttempt)
            evidence.insert(QStringLiteral("version"), tls.weakCipherAttempt->negotiatedVersion);
        findings << makeFinding(QStringLiteral("tls.weak_cipher"),
                                RuleText::tr("The server accepted the weak cipher suite %1.")
                                    .arg(tls.weakCiphersAccepted.join(QStringLiteral(", "))),
                                evidence, values);
    }
    return findings;
}

} // namespace rdpdiag
