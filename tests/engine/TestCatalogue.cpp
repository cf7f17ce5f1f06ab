// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/Catalogue.h"
#include "diagnosis/ErrorCodes.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace rdpdiag;

namespace {

/**
 * The finding codes of docs/findings.md, typed in from the document: code, severity,
 * category, and the stage the brief assigns by prefix. The test fails when the catalogue
 * drifts from the published contract.
 */
struct DocumentedCode
{
    const char *code;
    const char *severity;
    const char *category;
    const char *stage;
};

constexpr DocumentedCode kDocumented[] = {
    {"dns.not_found", "error", "network", "dns"},
    {"dns.failed", "error", "network", "dns"},
    {"tcp.refused", "error", "network", "tcp"},
    {"tcp.timeout", "error", "firewall", "tcp"},
    {"tcp.unreachable", "error", "network", "tcp"},
    {"tcp.slow", "warning", "network", "tcp"},
    {"tcp.unstable", "warning", "network", "tcp"},
    {"tcp.connection_limit", "info", "network", "tcp"},
    {"firewall.local_block", "error", "firewall", "tcp"},
    {"x224.reset", "error", "security", "x224"},
    {"x224.closed", "error", "security", "x224"},
    {"x224.timeout", "error", "security", "x224"},
    {"x224.not_rdp", "error", "security", "x224"},
    {"x224.malformed", "error", "security", "x224"},
    {"security.rdp_only", "error", "security", "x224"},
    {"security.no_certificate", "error", "security", "x224"},
    {"security.inconsistent_flags", "error", "security", "x224"},
    {"security.tls_required", "info", "security", "x224"},
    {"security.nla_required", "info", "security", "x224"},
    {"security.user_auth_required", "info", "security", "x224"},
    {"security.standard_rdp_allowed", "warning", "security", "x224"},
    {"security.nla_unsupported", "warning", "security", "x224"},
    {"security.client_mismatch", "error", "security", "x224"},
    {"tls.reset", "error", "certificate", "tls"},
    {"tls.closed", "error", "certificate", "tls"},
    {"tls.timeout", "error", "certificate", "tls"},
    {"tls.alert", "error", "certificate", "tls"},
    {"tls.no_modern_version", "error", "certificate", "tls"},
    {"tls.legacy_enabled", "warning", "certificate", "tls"},
    {"tls.weak_cipher", "warning", "certificate", "tls"},
    {"cert.expired", "warning", "certificate", "tls"},
    {"cert.not_yet_valid", "warning", "certificate", "tls"},
    {"cert.expiring_soon", "warning", "certificate", "tls"},
    {"cert.self_signed", "info", "certificate", "tls"},
    {"cert.untrusted", "info", "certificate", "tls"},
    {"cert.name_mismatch", "warning", "certificate", "tls"},
    {"cert.weak_key", "warning", "certificate", "tls"},
    {"cert.weak_signature", "warning", "certificate", "tls"},
    {"cert.no_server_auth", "warning", "certificate", "tls"},
    {"credssp.failed", "error", "security", "credssp"},
    {"credssp.outdated", "warning", "security", "credssp"},
    {"credssp.clock_skew", "warning", "security", "credssp"},
};

/**
 * The codes this project added to the contract (docs/findings.md allows additions; its
 * table of finding codes lists them): Standard RDP Security's encryption
 * (`security.rdp_*`, stage `x224`), the client environment (`net.*`,
 * `firewall.local_may_block`, `firewall.not_checked`, `gateway.*`, stage `local`) and the
 * server self-check (`server.*`, `firewall.inbound_*`, stage `server`). Typed in, like
 * kDocumented, so a change to a shipped code's severity, page or stage fails here.
 */
constexpr DocumentedCode kAdded[] = {
    {"security.rdp_weak_encryption", "warning", "security", "x224"},
    {"security.rdp_fips_required", "warning", "security", "x224"},
    {"security.rdp_level_unsupported", "warning", "security", "x224"},
    {"net.no_route", "error", "network", "local"},
    {"net.no_connectivity", "error", "network", "local"},
    {"net.vpn_path", "info", "network", "local"},
    {"net.small_mtu", "warning", "network", "local"},
    {"net.private_address_outside", "warning", "network", "local"},
    {"net.proxy_configured", "info", "network", "local"},
    {"firewall.local_may_block", "warning", "firewall", "local"},
    {"firewall.not_checked", "info", "firewall", "local"},
    {"gateway.path", "info", "network", "local"},
    {"gateway.unreachable", "error", "network", "local"},
    {"gateway.tls_failed", "error", "certificate", "local"},
    {"gateway.cert_expired", "error", "certificate", "local"},
    {"gateway.cert_name_mismatch", "error", "certificate", "local"},
    {"gateway.cert_untrusted", "warning", "certificate", "local"},
    {"gateway.not_rd_gateway", "warning", "network", "local"},
    {"server.not_installed", "error", "server", "server"},
    {"server.service_stopped", "error", "server", "server"},
    {"server.helper_service_stopped", "warning", "server", "server"},
    {"server.not_listening", "error", "server", "server"},
    {"server.wrong_port", "error", "server", "server"},
    {"server.loopback_only", "warning", "server", "server"},
    {"server.rdp_disabled", "error", "server", "server"},
    {"server.security_layer_rdp", "error", "server", "server"},
    {"server.nla_disabled", "warning", "server", "server"},
    {"server.encryption_conflict", "warning", "server", "server"},
    {"server.tls_modern_disabled", "error", "server", "server"},
    {"server.tls_legacy_enabled", "warning", "server", "server"},
    {"server.cert_missing", "error", "server", "server"},
    {"server.key_unreadable", "error", "server", "server"},
    {"server.key_mismatch", "error", "server", "server"},
    {"server.cert_expired", "warning", "server", "server"},
    {"server.cert_weak_key", "error", "server", "server"},
    {"server.machinekeys_acl", "error", "server", "server"},
    {"server.licensing_grace_expired", "error", "server", "server"},
    {"server.licensing_not_configured", "warning", "server", "server"},
    {"server.connection_limit", "warning", "server", "server"},
    {"server.event_key_access", "error", "server", "server"},
    {"server.event_tls_credential", "error", "server", "server"},
    {"server.event_selfsigned_failed", "error", "server", "server"},
    {"server.event_cipher_mismatch", "warning", "server", "server"},
    {"server.event_alert_sent", "warning", "server", "server"},
    {"server.log_errors", "warning", "server", "server"},
    {"server.config_unreadable", "error", "server", "server"},
    {"server.not_checked", "info", "server", "server"},
    {"firewall.inbound_block", "error", "firewall", "server"},
    {"firewall.inbound_may_block", "warning", "firewall", "server"},
};

const QStringList kKnownPlaceholders = {QStringLiteral("host"), QStringLiteral("port"),
                                        QStringLiteral("address"), QStringLiteral("thumbprint")};

Placeholders sampleValues()
{
    Placeholders values;
    values.insert(QStringLiteral("host"), QStringLiteral("rdp.example.test"));
    values.insert(QStringLiteral("port"), QStringLiteral("3390"));
    values.insert(QStringLiteral("address"), QStringLiteral("192.0.2.10"));
    values.insert(QStringLiteral("thumbprint"),
                  QStringLiteral("0123456789ABCDEF0123456789ABCDEF01234567"));
    return values;
}

QStringList placeholdersIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QStringList names;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

/** Every text and command of an entry, as written in the catalogue. */
QStringList allStrings(const CatalogueEntry &entry)
{
    QStringList strings{QString::fromUtf8(entry.title), QString::fromUtf8(entry.explanation)};
    for (const RemedyTemplate &step : entry.remedies) {
        strings << QString::fromUtf8(step.text);
        if (step.command != nullptr)
            strings << QString::fromUtf8(step.command);
    }
    return strings;
}

int stageIndex(StageId stage)
{
    int index = 0;
    for (const StageId candidate : kAllStages) {
        if (candidate == stage)
            return index;
        ++index;
    }
    return -1;
}

/** Marks translated texts so a test can tell translated from untranslated strings. */
class MarkingTranslator : public QTranslator
{
public:
    explicit MarkingTranslator(const char *context) : m_context(context) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, m_context) != 0)
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }

private:
    const char *m_context;
};

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void documentedCode_data();
    void documentedCode();
    void catalogueHoldsExactlyTheDocumentedCodes();
    void contractListsEveryCode();
    void readmeListsEveryCode();
    void codesAreUnique();
    void entriesAreInPipelineOrder();
    void entriesKeepTheirOrderWithinAStage();
    void findIsExact();
    void texts_data();
    void texts();
    void commandsHaveShells_data();
    void commandsHaveShells();
    void onlyKnownPlaceholders_data();
    void onlyKnownPlaceholders();
    void requiredContent_data();
    void requiredContent();
    void certificateFixComesFirst_data();
    void certificateFixComesFirst();
    void weakeningStepsWarn();
    void makeFindingFillsEverything_data();
    void makeFindingFillsEverything();
    void makeFindingWithoutObservation();
    void unsafeValuesStayOutOfCommands();
    void fillsPlaceholders_data();
    void fillsPlaceholders();
    void makeFindingTranslatesTextsNotCommands();
    void unknownCodeDoesNotCrash();
    void explainedByCodesExist();
};

void TestCatalogue::documentedCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("stage");
    const auto addRows = [](const auto &table) {
        for (const DocumentedCode &doc : table) {
            QTest::newRow(doc.code)
                << QString::fromLatin1(doc.code) << QString::fromLatin1(doc.severity)
                << QString::fromLatin1(doc.category) << QString::fromLatin1(doc.stage);
        }
    };
    addRows(kDocumented);
    addRows(kAdded);
}

void TestCatalogue::documentedCode()
{
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, category);
    QFETCH(QString, stage);

    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY2(entry != nullptr, qPrintable(code));
    QCOMPARE(QString::fromLatin1(entry->code), code);
    QCOMPARE(severityString(entry->severity), severity);
    QCOMPARE(categoryString(entry->category), category);
    QCOMPARE(stageIdString(entry->stage), stage);
}

void TestCatalogue::catalogueHoldsExactlyTheDocumentedCodes()
{
    QSet<QString> documented;
    for (const DocumentedCode &doc : kDocumented)
        documented.insert(QString::fromLatin1(doc.code));
    for (const DocumentedCode &doc : kAdded)
        documented.insert(QString::fromLatin1(doc.code));
    QSet<QString> catalogued;
    for (const CatalogueEntry &entry : catalogueEntries())
        catalogued.insert(QString::fromLatin1(entry.code));

    // A new code must be added to kAdded and to the table of docs/findings.md in the same
    // change; a code of docs/findings.md may never go away.
    QCOMPARE(catalogued - documented, QSet<QString>());
    QCOMPARE(documented - catalogued, QSet<QString>());
}

void TestCatalogue::contractListsEveryCode()
{
    // The table of finding codes in docs/findings.md (the contract) is what support staff
    // and scripts read: one row per code, with the same severity, page and stage as the
    // catalogue (scripts/catalogue-table.py).
    QFile contract(QStringLiteral(RDPDIAG_SOURCE_DIR "/docs/findings.md"));
    QVERIFY2(contract.open(QIODevice::ReadOnly), qPrintable(contract.fileName()));
    const QString text = QString::fromUtf8(contract.readAll());
    static const QRegularExpression row(
        QStringLiteral("^\\| `([a-z0-9_]+\\.[a-z0-9_]+)` \\| (\\w+) \\| (\\w+) \\| (\\w+) \\|"),
        QRegularExpression::MultilineOption);
    QMap<QString, QString> listed;
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        listed.insert(m.captured(1), m.captured(2) + QLatin1Char('/') + m.captured(3) +
                                         QLatin1Char('/') + m.captured(4));
    }
    for (const CatalogueEntry &entry : catalogueEntries()) {
        const QString code = QString::fromLatin1(entry.code);
        QVERIFY2(listed.contains(code),
                 qPrintable(code + QStringLiteral(" missing in docs/findings.md")));
        QCOMPARE(listed.value(code), severityString(entry.severity) + QLatin1Char('/') +
                                         categoryString(entry.category) + QLatin1Char('/') +
                                         stageIdString(entry.stage));
    }
    QCOMPARE(listed.size(), catalogueEntries().size());
}

void TestCatalogue::readmeListsEveryCode()
{
    // README.md's short catalogue (scripts/catalogue-table.py --readme) names every code, and
    // no code the catalogue lacks.
    QFile readme(QStringLiteral(RDPDIAG_SOURCE_DIR "/README.md"));
    QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
    const QString text = QString::fromUtf8(readme.readAll());
    QSet<QString> catalogued;
    for (const CatalogueEntry &entry : catalogueEntries()) {
        const QString code = QString::fromLatin1(entry.code);
        catalogued.insert(code);
        QVERIFY2(text.contains(QLatin1Char('`') + code + QLatin1Char('`')),
                 qPrintable(code + QStringLiteral(" missing in README.md")));
    }
    static const QRegularExpression named(QStringLiteral("`([a-z0-9]+\\.[a-z0-9_]+)`"));
    const QStringList families{
        QStringLiteral("dns"),     QStringLiteral("tcp"),      QStringLiteral("firewall"),
        QStringLiteral("x224"),    QStringLiteral("security"), QStringLiteral("tls"),
        QStringLiteral("cert"),    QStringLiteral("credssp"),  QStringLiteral("net"),
        QStringLiteral("gateway"), QStringLiteral("server")};
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (families.contains(code.section(QLatin1Char('.'), 0, 0)))
            QVERIFY2(catalogued.contains(code),
                     qPrintable(code + QStringLiteral(" in README.md is not in the catalogue")));
    }
}

void TestCatalogue::codesAreUnique()
{
    QSet<QString> seen;
    for (const CatalogueEntry &entry : catalogueEntries()) {
        const QString code = QString::fromLatin1(entry.code);
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
    }
    QCOMPARE(seen.size(), catalogueEntries().size());
}

void TestCatalogue::entriesAreInPipelineOrder()
{
    int previous = -1;
    for (const CatalogueEntry &entry : catalogueEntries()) {
        const int index = stageIndex(entry.stage);
        QVERIFY2(index >= previous, entry.code);
        previous = index;
    }
}

void TestCatalogue::entriesKeepTheirOrderWithinAStage()
{
    // Within a stage the catalogue's order is visible in every report: sortFindings()
    // breaks ties between findings of equal severity with it, and the verdict takes the
    // first error (tcp.timeout before tcp.unreachable when one address of a name times out
    // and another is unreachable). kDocumented and kAdded list the codes in that order; an
    // added code of an earlier stage (security.rdp_*) goes after the documented codes of
    // its stage.
    QList<DocumentedCode> codes;
    for (const DocumentedCode &doc : kDocumented)
        codes << doc;
    for (const DocumentedCode &doc : kAdded)
        codes << doc;
    const auto stageOf = [](const DocumentedCode &doc) {
        for (const StageId stage : kAllStages)
            if (stageIdString(stage) == QLatin1String(doc.stage))
                return stageIndex(stage);
        return -1;
    };
    std::stable_sort(
        codes.begin(), codes.end(),
        [&](const DocumentedCode &a, const DocumentedCode &b) { return stageOf(a) < stageOf(b); });
    QStringList expected;
    for (const DocumentedCode &doc : codes)
        expected << QString::fromLatin1(doc.code);
    QStringList catalogued;
    for (const CatalogueEntry &entry : catalogueEntries())
        catalogued << QString::fromLatin1(entry.code);
    QCOMPARE(catalogued, expected);
}

void TestCatalogue::findIsExact()
{
    QVERIFY(findCatalogueEntry(QStringLiteral("x224.reset")) != nullptr);
    QCOMPARE(findCatalogueEntry(QStringLiteral("x224.reset")),
             findCatalogueEntry(QStringLiteral("x224.reset")));
    QCOMPARE(findCatalogueEntry(QString()), nullptr);
    QCOMPARE(findCatalogueEntry(QStringLiteral("X224.RESET")), nullptr);
    QCOMPARE(findCatalogueEntry(QStringLiteral("x224.reset ")), nullptr);
    QCOMPARE(findCatalogueEntry(QStringLiteral("x224")), nullptr);
}

void TestCatalogue::texts_data()
{
    QTest::addColumn<QString>("code");
    for (const CatalogueEntry &entry : catalogueEntries())
        QTest::newRow(entry.code) << QString::fromLatin1(entry.code);
}

void TestCatalogue::texts()
{
    QFETCH(QString, code);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);

    // Title: one short line, no full stop.
    const QString title = QString::fromUtf8(entry->title);
    QVERIFY(!title.isEmpty());
    QVERIFY2(title.size() <= 80, qPrintable(title));
    QVERIFY(!title.contains(u'\n'));
    QVERIFY2(!title.endsWith(u'.'), qPrintable(title));
    QVERIFY(title.front().isUpper());

    // Explanation: 2 to 4 whole sentences on one paragraph.
    const QString explanation = QString::fromUtf8(entry->explanation);
    QVERIFY(!explanation.contains(u'\n'));
    QVERIFY2(explanation.endsWith(u'.'), qPrintable(explanation));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    const auto sentences = explanation.count(sentenceEnd);
    QVERIFY2(sentences >= 2 && sentences <= 4,
             qPrintable(QStringLiteral("%1 sentences: %2").arg(sentences).arg(explanation)));
    QVERIFY2(!explanation.contains(QLatin1String("  ")), qPrintable(explanation));

    QVERIFY(!entry->remedies.isEmpty());
    for (const RemedyTemplate &step : entry->remedies) {
        QVERIFY(step.text != nullptr);
        const QString text = QString::fromUtf8(step.text);
        QVERIFY(!text.trimmed().isEmpty());
        QVERIFY2(!text.contains(u'\n'), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("  ")), qPrintable(text));
        QVERIFY(step.where == Remedy::Where::Client || step.where == Remedy::Where::Server);
    }
}

void TestCatalogue::commandsHaveShells_data()
{
    texts_data();
}

void TestCatalogue::commandsHaveShells()
{
    QFETCH(QString, code);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);
    const QStringList shells{QStringLiteral("powershell"), QStringLiteral("cmd"),
                             QStringLiteral("bash")};
    for (const RemedyTemplate &step : entry->remedies) {
        QCOMPARE(step.command != nullptr, step.shell != nullptr);
        if (step.command == nullptr)
            continue;
        const QString command = QString::fromUtf8(step.command);
        QVERIFY(shells.contains(QString::fromLatin1(step.shell)));
        QVERIFY(!command.isEmpty());
        QCOMPARE(command.trimmed(), command);
        QVERIFY2(!command.contains(u'\n'), qPrintable(command));
        // Never a credential in a command somebody copies into a shell.
        QVERIFY2(!command.contains(QLatin1String("password"), Qt::CaseInsensitive),
                 qPrintable(command));
        // Balanced quotes, or the command does not paste as one.
        QVERIFY2(command.count(u'"') % 2 == 0, qPrintable(command));
        QVERIFY2(command.count(u'\'') % 2 == 0, qPrintable(command));
        QCOMPARE(command.count(u'('), command.count(u')'));
        QCOMPARE(command.count(u'{'), command.count(u'}'));
        // bash commands are for Linux and macOS; Windows registry paths do not belong there.
        if (qstrcmp(step.shell, "bash") == 0)
            QVERIFY2(!command.contains(QLatin1String("HKLM")), qPrintable(command));
        if (command.contains(QLatin1String("HKLM:\\")))
            QCOMPARE(QString::fromLatin1(step.shell), QStringLiteral("powershell"));
    }
}

void TestCatalogue::onlyKnownPlaceholders_data()
{
    texts_data();
}

void TestCatalogue::onlyKnownPlaceholders()
{
    QFETCH(QString, code);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);
    for (const QString &text : allStrings(*entry)) {
        for (const QString &name : placeholdersIn(text)) {
            QVERIFY2(kKnownPlaceholders.contains(name), qPrintable(name + u' ' + text));
            // Only the certificate findings are sure to have a certificate to name.
            if (name == QLatin1String("thumbprint"))
                QVERIFY2(code.startsWith(QLatin1String("cert.")), qPrintable(text));
        }
    }
}

void TestCatalogue::requiredContent_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("needle");

    const auto row = [](const char *code, const char *needle) {
        QTest::addRow("%s: %s", code, needle)
            << QString::fromLatin1(code) << QString::fromUtf8(needle);
    };
    row("dns.not_found", "Resolve-DnsName -Name {host}");
    row("dns.failed", "ipconfig /flushdns");
    row("tcp.refused", "netstat -ano | findstr :{port}");
    row("tcp.refused", "qwinsta");
    row("tcp.refused", "Get-Service -Name TermService, SessionEnv, UmRdpService");
    row("tcp.refused", "Restart-Service -Name TermService -Force");
    row("tcp.refused", "/v fDenyTSConnections");
    row("tcp.refused", "/v PortNumber");
    row("tcp.refused", "systemctl status xrdp");
    row("tcp.refused", "ss -ltnp | grep ':{port}'");
    row("tcp.timeout", "Test-NetConnection -ComputerName {host} -Port {port}");
    row("tcp.timeout", "nc -vz {host} {port}");
    row("tcp.timeout", "Enable-NetFirewallRule -DisplayGroup \"Remote Desktop\"");
    row("tcp.timeout",
        "netsh advfirewall firewall set rule group=\"remote desktop\" new enable=Yes");
    row("tcp.timeout", "-LocalPort {port}");
    row("tcp.timeout", "RunPowerShellScript");
    row("tcp.timeout", "network security group");
    row("tcp.unreachable", "tracert -d {address}");
    row("firewall.local_block", "Get-NetFirewallRule -Direction Outbound");
    row("x224.reset", "icacls C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys /save");
    row("x224.reset", "takeown /f \"C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\"");
    row("x224.reset", "Get-ChildItem -Path 'Cert:\\LocalMachine\\Remote Desktop' | Remove-Item");
    row("x224.reset", "/v SSLCertificateSHA1Hash");
    row("x224.reset", "Select-Object SecurityLayer, UserAuthentication, MinEncryptionLevel");
    row("x224.reset", "ResetRDPCert");
    row("x224.reset", "Restart-Service -Name TermService -Force");
    row("x224.reset", "1057");
    row("tls.reset", "wevtutil qe System");
    row("tls.reset", "/grant *S-1-5-18:(F)");
    row("tls.reset", "ResetRDPCert");
    row("tls.reset", "sudo adduser xrdp ssl-cert");
    row("tls.closed", "MachineKeys /t /c /grant");
    row("security.no_certificate", "MachineKeys /t /c /grant");
    row("security.rdp_only", "/v SecurityLayer /t REG_DWORD /d 2 /f");
    row("security.rdp_only", "security_layer=negotiate");
    row("security.nla_required", "enablecredsspsupport:i:1");
    row("security.nla_required", "/v UserAuthentication");
    row("security.client_mismatch", "enablecredsspsupport:i:1");
    row("security.client_mismatch", "negotiate security layer:i:1");
    row("tls.alert", "Protocols\\TLS 1.2\\Server");
    row("tls.alert", "36874");
    row("tls.alert", "36888");
    row("tls.no_modern_version", "-Name DisabledByDefault -Value 0");
    row("tls.no_modern_version", "Restart-Computer");
    row("tls.no_modern_version", "ssl_protocols=TLSv1.2, TLSv1.3");
    row("cert.expired", "Where-Object Thumbprint -eq '{thumbprint}'");
    row("cert.self_signed", "Win32_TSGeneralSetting");
    row("credssp.outdated", "AllowEncryptionOracle");
    row("credssp.clock_skew", "w32tm /resync");
    row("credssp.clock_skew", "w32tm /stripchart");
    row("credssp.clock_skew", "timedatectl");
}

void TestCatalogue::requiredContent()
{
    QFETCH(QString, code);
    QFETCH(QString, needle);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);
    const QString haystack = allStrings(*entry).join(u'\n');
    QVERIFY2(haystack.contains(needle), qPrintable(needle));
}

void TestCatalogue::certificateFixComesFirst_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("x224.reset") << QStringLiteral("x224.reset");
    QTest::newRow("tls.reset") << QStringLiteral("tls.reset");
    QTest::newRow("tls.closed") << QStringLiteral("tls.closed");
    QTest::newRow("security.no_certificate") << QStringLiteral("security.no_certificate");
}

void TestCatalogue::certificateFixComesFirst()
{
    QFETCH(QString, code);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);

    qsizetype grant = -1;
    qsizetype renew = -1;
    qsizetype firstOther = -1;
    for (qsizetype i = 0; i < entry->remedies.size(); ++i) {
        const QString command = QString::fromUtf8(entry->remedies.at(i).command);
        if (command.contains(QLatin1String("MachineKeys /t /c /grant")) && grant < 0)
            grant = i;
        else if (command.contains(QLatin1String("Remote Desktop' | Remove-Item")) && renew < 0)
            renew = i;
        else if ((command.contains(QLatin1String("SecurityLayer")) ||
                  command.contains(QLatin1String("SCHANNEL")) ||
                  command.contains(QLatin1String("az vm")) ||
                  command.contains(QLatin1String("xrdp"))) &&
                 firstOther < 0)
            firstOther = i;
    }
    // The first step confirms the cause in the event log; the key and certificate repair
    // follow before anything about protocols, firewalls or the cloud.
    QVERIFY(QString::fromUtf8(entry->remedies.first().command).contains(QLatin1String("36870")));
    QVERIFY(grant > 0);
    QVERIFY(renew > grant);
    QVERIFY(firstOther > renew);
}

void TestCatalogue::weakeningStepsWarn()
{
    static const QRegularExpression weakening(QStringLiteral(
        "UserAuthentication /t REG_DWORD /d 0|AllowEncryptionOracle /t REG_DWORD /d 2|"
        "SecurityLayer /t REG_DWORD /d 0|MinEncryptionLevel /t REG_DWORD /d 1|ResetRDPCert"));
    int found = 0;
    for (const CatalogueEntry &entry : catalogueEntries()) {
        for (const RemedyTemplate &step : entry.remedies) {
            if (!QString::fromUtf8(step.command).contains(weakening))
                continue;
            ++found;
            const QString text = QString::fromUtf8(step.text);
            QVERIFY2(text.contains(QLatin1String("weaken"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("reopen"), Qt::CaseInsensitive),
                     qPrintable(text));
        }
    }
    QVERIFY(found >= 3); // NLA off, encryption oracle, ResetRDPCert
}

void TestCatalogue::makeFindingFillsEverything_data()
{
    texts_data();
}

void TestCatalogue::makeFindingFillsEverything()
{
    QFETCH(QString, code);
    const CatalogueEntry *entry = findCatalogueEntry(code);
    QVERIFY(entry != nullptr);

    QJsonObject evidence;
    evidence.insert(QStringLiteral("outcome"), QStringLiteral("reset"));
    const Placeholders values = sampleValues();
    const Finding finding =
        makeFinding(code, QStringLiteral("Seen here: something happened."), evidence, values);

    QCOMPARE(finding.code, code);
    QCOMPARE(finding.severity, entry->severity);
    QCOMPARE(finding.category, entry->category);
    QCOMPARE(finding.stage, entry->stage);
    QCOMPARE(finding.evidence, evidence);
    QCOMPARE(finding.title, fillPlaceholders(QString::fromUtf8(entry->title), values));
    QCOMPARE(finding.detail, QStringLiteral("Seen here: something happened. ") +
                                 fillPlaceholders(QString::fromUtf8(entry->explanation), values));
    QCOMPARE(finding.remediation.size(), entry->remedies.size());

    for (qsizetype i = 0; i < finding.remediation.size(); ++i) {
        const Remedy &remedy = finding.remediation.at(i);
        const RemedyTemplate &step = entry->remedies.at(i);
        QCOMPARE(remedy.where, step.where);
        QCOMPARE(remedy.command.isEmpty(), step.command == nullptr);
        QCOMPARE(remedy.shell, step.shell ? QString::fromLatin1(step.shell) : QString());
        for (const QString &filled : {remedy.text, remedy.command}) {
            QVERIFY2(placeholdersIn(filled).isEmpty(), qPrintable(filled));
        }
        const QString templateCommand = QString::fromUtf8(step.command);
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (templateCommand.contains(u'{' + it.key() + u'}'))
                QVERIFY2(remedy.command.contains(it.value()), qPrintable(remedy.command));
        }
    }
    QVERIFY(placeholdersIn(finding.title).isEmpty());
    QVERIFY(placeholdersIn(finding.detail).isEmpty());
}

void TestCatalogue::makeFindingWithoutObservation()
{
    const Finding finding =
        makeFinding(QStringLiteral("dns.not_found"), QString(), QJsonObject(), sampleValues());
    const CatalogueEntry *entry = findCatalogueEntry(QStringLiteral("dns.not_found"));
    QVERIFY(entry != nullptr);
    QCOMPARE(finding.detail,
             fillPlaceholders(QString::fromUtf8(entry->explanation), sampleValues()));
    QVERIFY(finding.detail.contains(QLatin1String("rdp.example.test")));
    QVERIFY(!finding.detail.startsWith(u' '));
}

void TestCatalogue::unsafeValuesStayOutOfCommands()
{
    // A host name from someone else's .rdp file must not smuggle shell syntax into a
    // command the user copies; the text may show it, the command keeps the placeholder.
    for (const QString &hostile :
         {QStringLiteral("evil.example & calc"), QStringLiteral("$(reboot)"),
          QStringLiteral("-e/bin/sh"), QStringLiteral("a;b"), QStringLiteral("x\"y"), QString()}) {
        Placeholders values = sampleValues();
        values.insert(QStringLiteral("host"), hostile);
        const Finding finding =
            makeFinding(QStringLiteral("tcp.timeout"), QString(), QJsonObject(), values);
        bool sawHostCommand = false;
        for (const Remedy &remedy : finding.remediation) {
            if (!hostile.isEmpty())
                QVERIFY2(!remedy.command.contains(hostile), qPrintable(remedy.command));
            if (remedy.command.contains(QLatin1String("{host}"))) {
                sawHostCommand = true;
                // The other, harmless values are still filled in.
                QVERIFY(remedy.command.contains(QLatin1String("3390")));
            }
        }
        QVERIFY(sawHostCommand);
    }

    // Ordinary values do go in: names, IPv4 and IPv6 addresses.
    Placeholders values = sampleValues();
    values.insert(QStringLiteral("address"), QStringLiteral("2001:db8::10"));
    const Finding finding =
        makeFinding(QStringLiteral("tcp.unreachable"), QString(), QJsonObject(), values);
    bool sawAddress = false;
    for (const Remedy &remedy : finding.remediation)
        sawAddress = sawAddress || remedy.command.contains(QLatin1String("2001:db8::10"));
    QVERIFY(sawAddress);
}

void TestCatalogue::fillsPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("no braces") << QStringLiteral("no braces");
    QTest::newRow("two") << QStringLiteral("{host}:{port}")
                         << QStringLiteral("rdp.example.test:3390");
    QTest::newRow("repeated") << QStringLiteral("{port} {port}") << QStringLiteral("3390 3390");
    QTest::newRow("unknown stays")
        << QStringLiteral("{user} at {host}") << QStringLiteral("{user} at rdp.example.test");
    QTest::newRow("powershell hashtable") << QStringLiteral("@{LogName='System'; Id=36870}")
                                          << QStringLiteral("@{LogName='System'; Id=36870}");
    QTest::newRow("script block") << QStringLiteral("ForEach-Object { $_.Name }")
                                  << QStringLiteral("ForEach-Object { $_.Name }");
    QTest::newRow("double brace") << QStringLiteral("{{host}}")
                                  << QStringLiteral("{rdp.example.test}");
    QTest::newRow("unclosed") << QStringLiteral("{host") << QStringLiteral("{host");
    QTest::newRow("empty name") << QStringLiteral("{}") << QStringLiteral("{}");
    QTest::newRow("case matters") << QStringLiteral("{HOST}") << QStringLiteral("{HOST}");
    QTest::newRow("value not expanded again")
        << QStringLiteral("{address}") << QStringLiteral("{port}");
}

void TestCatalogue::fillsPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    Placeholders values = sampleValues();
    // A value that looks like a placeholder must come out literally (single pass).
    values.insert(QStringLiteral("address"), QStringLiteral("{port}"));
    QCOMPARE(rdpdiag::fillPlaceholders(text, values), expected);
    QCOMPARE(rdpdiag::fillPlaceholders(text, Placeholders()), text);
}

void TestCatalogue::makeFindingTranslatesTextsNotCommands()
{
    MarkingTranslator translator("rdpdiag::Catalogue");
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Finding finding =
        makeFinding(QStringLiteral("x224.reset"), QString(), QJsonObject(), sampleValues());
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(finding.title.startsWith(QLatin1String("[xx] ")), qPrintable(finding.title));
    QVERIFY2(finding.detail.startsWith(QLatin1String("[xx] ")), qPrintable(finding.detail));
    QVERIFY(!finding.remediation.isEmpty());
    for (const Remedy &remedy : finding.remediation) {
        QVERIFY2(remedy.text.startsWith(QLatin1String("[xx] ")), qPrintable(remedy.text));
        QVERIFY2(!remedy.command.contains(QLatin1String("[xx]")), qPrintable(remedy.command));
        QVERIFY(!remedy.shell.contains(QLatin1String("[xx]")));
    }

    // Without the translator, the source text comes back.
    const Finding plain =
        makeFinding(QStringLiteral("x224.reset"), QString(), QJsonObject(), sampleValues());
    QVERIFY(!plain.title.startsWith(QLatin1String("[xx]")));
}

void TestCatalogue::unknownCodeDoesNotCrash()
{
    const Finding finding = makeFinding(QStringLiteral("bogus.code"), QStringLiteral("Observed."),
                                        QJsonObject(), sampleValues());
    QCOMPARE(finding.code, QStringLiteral("bogus.code"));
    QCOMPARE(finding.severity, Severity::Error);
    QVERIFY(finding.title.contains(QLatin1String("bogus.code")));
    QVERIFY(finding.title.contains(QLatin1String("nknown")));
    QVERIFY(finding.detail.startsWith(QLatin1String("Observed. ")));
    QVERIFY(finding.remediation.isEmpty());
}

void TestCatalogue::explainedByCodesExist()
{
    int references = 0;
    for (const CodeKind kind : {CodeKind::Disconnect, CodeKind::Extended}) {
        for (const ClientErrorCode &client : clientCodes(kind)) {
            QSet<QString> seen;
            for (const QString &code : client.explainedBy) {
                ++references;
                QVERIFY2(findCatalogueEntry(code) != nullptr,
                         qPrintable(formatClientCode(client.value) + u' ' + code));
                QVERIFY2(!seen.contains(code), qPrintable(code));
                seen.insert(code);
            }
        }
    }
    QVERIFY(references > 20);
}

QTEST_GUILESS_MAIN(TestCatalogue)
#include "TestCatalogue.moc"
