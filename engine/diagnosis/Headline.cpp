// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/Headline.h"

#include <QCoreApplication>

namespace rdpdiag {

namespace {

class HeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::Headline)
};

QString whoText(Actor actor, Severity tone)
{
    if (tone != Severity::Error) {
        // A warning: the connection works; someone should still look at it.
        switch (actor) {
        case Actor::Nobody:
            return {};
        case Actor::ThisComputer:
            return HeadlineText::tr("This does not stop the connection, but it should be fixed "
                                    "on this computer.");
        case Actor::Network:
            return HeadlineText::tr("This does not stop the connection, but whoever manages the "
                                    "network should look at it.");
        case Actor::RemoteAdministrator:
            return HeadlineText::tr("This does not stop the connection, but the remote "
                                    "computer's administrator should look at it.");
        }
        return {};
    }
    switch (actor) {
    case Actor::Nobody:
        return {};
    case Actor::ThisComputer:
        return HeadlineText::tr("The fix is on this computer.");
    case Actor::Network:
        return HeadlineText::tr("The fix is in the network: the name service, the VPN or a "
                                "firewall on the way.");
    case Actor::RemoteAdministrator:
        return HeadlineText::tr("The fault is on the remote computer, not on yours: its "
                                "administrator has to fix it.");
    }
    return {};
}

QString firewallStep(Platform platform, quint16 port)
{
    switch (platform) {
    case Platform::Windows:
        return HeadlineText::tr("Open Windows Security > Firewall & network protection and check "
                                "that Remote Desktop is allowed.");
    case Platform::MacOS:
        return HeadlineText::tr("Open System Settings > Network > Firewall and check that your "
                                "Remote Desktop app may connect.");
    case Platform::Linux:
        return HeadlineText::tr("Check that this computer's firewall lets connections out to "
                                "port %1.")
            .arg(port);
    }
    return {};
}

QStringList userSteps(Actor actor, Severity tone, const Report &report, Platform platform)
{
    const QString reference = report.reference;
    if (tone != Severity::Error && actor != Actor::Nobody)
        return {HeadlineText::tr("You can connect."),
                HeadlineText::tr("If your Remote Desktop app warns you about this, ask whoever "
                                 "manages %1 before you accept the warning.")
                    .arg(report.target.host),
                HeadlineText::tr("Give reference %1 to them so that they can look at it.")
                    .arg(reference)};
    switch (actor) {
    case Actor::RemoteAdministrator:
        return {HeadlineText::tr("Nothing on this computer needs changing."),
                HeadlineText::tr("Give reference %1 to whoever manages %2.")
                    .arg(reference, report.target.host),
                HeadlineText::tr("Try again once they have fixed it.")};
    case Actor::Network: {
        QStringList steps;
        if (report.facts.dns && report.addresses.isEmpty())
            steps << HeadlineText::tr("Check the spelling of the computer name: %1.")
                         .arg(report.target.host);
        steps << HeadlineText::tr("If the remote computer is in your company's network and you "
                                  "are not, connect the VPN first.")
              << HeadlineText::tr("Try again in a few minutes; if it still fails, give reference "
                                  "%1 to your IT support.")
                     .arg(reference);
        return steps;
    }
    case Actor::ThisComputer:
        return {HeadlineText::tr("Check that this computer is online: open a web page."),
                firewallStep(platform, report.target.port),
                HeadlineText::tr("If it still fails, give reference %1 to your IT support.")
                    .arg(reference)};
    case Actor::Nobody:
        return {HeadlineText::tr("Try to connect again."),
                HeadlineText::tr("If it fails again, run this check at that moment and give "
                                 "reference %1 to your IT support.")
                    .arg(reference)};
    }
    return {};
}

/** What the verdict adds to the headline's answer (see Headline::verdict). */
QString verdictUnderHeadline(const Report &report, const Finding *cause, const QString &answer)
{
    const Diagnosis &diagnosis = report.diagnosis;
    if (cause && cause->code == diagnosis.primary)
        // The answer is the primary finding's title: the rest of the verdict. Reports of
        // versions without "relation" show the whole verdict rather than nothing.
        return diagnosis.relation.isEmpty() ? diagnosis.summary : diagnosis.relation;
    if (cause && cause->severity != Severity::Error)
        // A warning as the answer, no error: the verdict is "no problem that stops a
        // connection" (or that nothing explains the code), which the who-line already says
        // unless a code was reported.
        return diagnosis.errorCode.isEmpty() && diagnosis.extendedCode.isEmpty()
                   ? QString()
                   : diagnosis.summary;
    return diagnosis.summary == answer ? QString() : diagnosis.summary;
}

} // namespace

Headline headlineFor(const Report &report, Platform platform)
{
    Headline headline;
    const Finding *cause = primaryFixFinding(report);
    if (cause) {
        headline.tone = cause->severity;
        headline.answer =
            HeadlineText::tr("%1.", "a finding's title made a sentence").arg(cause->title);
        headline.actor = actorOf(*cause);
    } else if (report.cancelled) {
        headline.tone = Severity::Warning;
        headline.answer = HeadlineText::tr("The check was stopped before it ended.");
    } else {
        headline.answer = HeadlineText::tr("No problem found that stops a connection.");
    }
    if (headline.tone != Severity::Error)
        headline.notChecked = report.diagnosis.unchecked;
    headline.who = whoText(headline.actor, headline.tone);
    headline.userSteps = userSteps(headline.actor, headline.tone, report, platform);
    headline.verdict = verdictUnderHeadline(report, cause, headline.answer);
    return headline;
}

QList<Remedy> remediesFor(const Finding &finding, Platform platform)
{
    QList<Remedy> shown;
    for (const Remedy &remedy : finding.remediation)
        if (remedy.where == Remedy::Where::Server || shellRunsOn(remedy.shell, platform))
            shown << remedy;
    return shown;
}

} // namespace rdpdiag
