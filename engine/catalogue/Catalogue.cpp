// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"

#include <QCoreApplication>

namespace rdpdiag {

namespace {

constexpr char kContext[] = "rdpdiag::Catalogue";

QString translated(const char *sourceText)
{
    return QCoreApplication::translate(kContext, sourceText);
}

} // namespace

/**
 * Whether @p value may be pasted into a shell command. Commands are meant to be copied
 * into cmd, PowerShell or bash, and the host name can come from an .rdp file somebody
 * else wrote: a value with shell syntax in it ("x & del …", "$(…)", "-e …") must not turn
 * a harmless command into a different one. Host names, IP addresses (v4 and v6), ports
 * and hex thumbprints pass; anything else leaves the placeholder visible instead.
 */
bool isSafeForCommand(const QString &value)
{
    if (value.isEmpty() || value.startsWith(u'-'))
        return false;
    for (const QChar c : value) {
        const bool allowed =
            c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':';
        if (!allowed)
            return false;
    }
    return true;
}

namespace {

/** The values of @p values that isSafeForCommand() lets into a command. */
Placeholders commandSafe(const Placeholders &values)
{
    Placeholders safe;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (isSafeForCommand(it.value()))
            safe.insert(it.key(), it.value());
    return safe;
}

} // namespace

const CatalogueEntry *findCatalogueEntry(const QString &code)
{
    // Built once: the list is static and never changes, so pointers into it stay valid.
    static const QHash<QString, const CatalogueEntry *> index = [] {
        QHash<QString, const CatalogueEntry *> byCode;
        const QList<CatalogueEntry> &entries = catalogueEntries();
        byCode.reserve(entries.size());
        for (const CatalogueEntry &entry : entries)
            byCode.insert(QString::fromLatin1(entry.code), &entry);
        return byCode;
    }();
    return index.value(code, nullptr);
}

QString fillPlaceholders(QString text, const Placeholders &values)
{
    if (values.isEmpty() || !text.contains(u'{'))
        return text;

    // One pass from left to right, so a value that itself contains "{port}" is never
    // expanded a second time.
    QString result;
    result.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        if (open < 0) {
            result += QStringView(text).mid(pos);
            break;
        }
        result += QStringView(text).mid(pos, open - pos);
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            result += QStringView(text).mid(open);
            break;
        }
        const auto it = values.constFind(text.mid(open + 1, close - open - 1));
        if (it != values.cend()) {
            result += *it;
            pos = close + 1;
        } else {
            // Not a placeholder we know (PowerShell braces, "{{host}"): keep the brace and
            // look again right after it.
            result += u'{';
            pos = open + 1;
        }
    }
    return result;
}

Finding makeFinding(const QString &code, const QString &observed, const QJsonObject &evidence,
                    const Placeholders &values)
{
    Finding finding;
    finding.code = code;
    finding.evidence = evidence;
    finding.parameters = values;

    const CatalogueEntry *entry = findCatalogueEntry(code);
    if (entry == nullptr) {
        // A code the catalogue lacks: a rule's defect. Every build (debug too) reports it as
        // an error, so the defect is visible in the report instead of ending the run.
        finding.severity = Severity::Error;
        finding.category = Category::Network;
        finding.stage = StageId::Input;
        finding.title =
            QCoreApplication::translate("rdpdiag::Catalogue", "Unknown finding code %1").arg(code);
        const QString defect = QCoreApplication::translate(
            "rdpdiag::Catalogue",
            "This is a defect in rdpdiag: the catalogue does not define this code. Please "
            "report it together with this report.");
        finding.detail = observed.isEmpty() ? defect : observed + u' ' + defect;
        return finding;
    }

    const Placeholders commandValues = commandSafe(values);

    finding.severity = evidence.value(QLatin1String(kProvenEvidenceKey)).toBool() ? Severity::Error
                                                                                  : entry->severity;
    finding.category = entry->category;
    finding.stage = entry->stage;
    finding.title = fillPlaceholders(translated(entry->title), values);
    const QString explanation = fillPlaceholders(translated(entry->explanation), values);
    finding.detail = observed.isEmpty() ? explanation : observed + u' ' + explanation;

    finding.remediation.reserve(entry->remedies.size());
    for (const RemedyTemplate &step : entry->remedies) {
        Remedy remedy;
        remedy.where = step.where;
        remedy.text = fillPlaceholders(translated(step.text), values);
        if (step.command != nullptr)
            remedy.command = fillPlaceholders(QString::fromUtf8(step.command), commandValues);
        if (step.shell != nullptr)
            remedy.shell = QString::fromLatin1(step.shell);
        finding.remediation.append(remedy);
    }
    return finding;
}

QString plainExplanation(const Finding &finding)
{
    const CatalogueEntry *entry = findCatalogueEntry(finding.code);
    if (entry == nullptr)
        return finding.detail;
    return fillPlaceholders(translated(entry->explanation), finding.parameters);
}

Finding reopenedFinding(const QString &code, Severity severity, Category category, StageId stage,
                        const QJsonObject &evidence, const Placeholders &values)
{
    const Placeholders checked = commandSafe(values);
    if (findCatalogueEntry(code) != nullptr)
        return makeFinding(code, QString(), evidence, checked);

    Finding finding;
    finding.code = code;
    finding.severity = severity;
    finding.category = category;
    finding.stage = stage;
    finding.evidence = evidence;
    finding.parameters = checked;
    finding.title =
        QCoreApplication::translate("rdpdiag::Catalogue", "Unknown finding %1").arg(code);
    finding.detail = QCoreApplication::translate(
        "rdpdiag::Catalogue",
        "This version of rdpdiag does not know this finding: the report was made by another "
        "version. Its evidence is shown, but no explanation and no fix; open the report with "
        "the version that made it, or a newer one.");
    return finding;
}

} // namespace rdpdiag
