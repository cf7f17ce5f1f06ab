// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/ErrorCodes.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace rdpdiag;

namespace {

/** Prefixes translated texts of one context, to prove the texts go through translate(). */
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "rdpdiag::ErrorCodes") != 0)
            return {};
        return QStringLiteral("[xx] ") + QString::fromUtf8(sourceText);
    }
};

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromLatin1(item);
    return list;
}

} // namespace

class TestErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseHostileInput();
    void formatRoundTrip();
    void format_data();
    void format();
    void disconnectTable_data();
    void disconnectTable();
    void extendedTable_data();
    void extendedTable();
    void tablesAreSortedAndComplete();
    void userReportedCodesSaySo_data();
    void userReportedCodesSaySo();
    void protocolRange_data();
    void protocolRange();
    void explainedBy();
    void meaningOfUnknownCodes_data();
    void meaningOfUnknownCodes();
    void meaningIsTranslated();
};

void TestErrorCodes::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");

    const int d = static_cast<int>(CodeKind::Disconnect);
    const int e = static_cast<int>(CodeKind::Extended);
    const auto ok = [](const char *name, const char *text, int kind, quint32 value) {
        QTest::newRow(name) << QString::fromUtf8(text) << kind << true << value;
    };
    const auto bad = [](const char *name, const char *text, int kind) {
        QTest::newRow(name) << QString::fromUtf8(text) << kind << false << quint32(0);
    };

    ok("0x904", "0x904", d, 0x904);
    ok("0X904", "0X904", d, 0x904);
    ok("904 read as hex", "904", d, 0x904);
    ok("2308 read as decimal", "2308", d, 0x904);
    ok("0x7", "0x7", e, 0x7);
    ok("7", "7", e, 0x7);
    ok("0007", "0007", e, 0x7);
    ok("trimmed", " 0x904 ", d, 0x904);
    ok("tabs and newline", "\t0x904\n", d, 0x904);
    ok("104 hex wins over decimal", "104", d, 0x104);
    ok("260 = 0x104", "260", d, 0x104);
    ok("516 = 0x204", "516", d, 0x204);
    ok("12 = extended 0xC", "12", e, 0xC);
    ok("999 unknown either way: hex", "999", e, 0x999);
    ok("4096 in the protocol range as hex", "4096", e, 0x4096);
    ok("letters mean hex", "a06", d, 0xA06);
    ok("upper-case letters", "C07", d, 0xC07);
    ok("zero", "0", e, 0);
    ok("0x0", "0x0", e, 0);
    ok("eight digits", "0xFFFFFFFF", d, 0xFFFFFFFFu);
    ok("eight digits without prefix", "ffffffff", d, 0xFFFFFFFFu);
    ok("leading zeros do not count", "0x00000000904", d, 0x904);

    bad("empty", "", d);
    bad("blank", "   ", d);
    bad("zz", "zz", d);
    bad("nine hex digits", "0x1FFFFFFFF", d);
    bad("nine decimal digits", "100000000", d);
    bad("negative", "-1", d);
    bad("plus sign", "+7", e);
    bad("prefix only", "0x", e);
    bad("double prefix", "0x0x904", d);
    bad("space after prefix", "0x 904", d);
    bad("inner space", "9 04", d);
    bad("h suffix", "904h", d);
    bad("full-width digit", "\xef\xbc\x97", e); // U+FF17 FULLWIDTH DIGIT SEVEN
    bad("decimal point", "9.04", d);
}

void TestErrorCodes::parse()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(bool, valid);
    QFETCH(quint32, value);

    const std::optional<quint32> parsed = parseClientCode(text, static_cast<CodeKind>(kind));
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestErrorCodes::parseHostileInput()
{
    // Long input ends quickly and never overflows into a bogus value.
    QCOMPARE(parseClientCode(QString(100000, u'9'), CodeKind::Disconnect), std::nullopt);
    QCOMPARE(parseClientCode(QStringLiteral("0x") + QString(100000, u'f'), CodeKind::Extended),
             std::nullopt);
    QCOMPARE(parseClientCode(QString(100000, u'0') + QStringLiteral("904"), CodeKind::Disconnect),
             std::optional<quint32>(0x904));
    QCOMPARE(parseClientCode(QString(QChar(0)), CodeKind::Disconnect), std::nullopt);
    QCOMPARE(parseClientCode(QStringLiteral("0x904") + QChar(0) + u'0', CodeKind::Disconnect),
             std::nullopt);
}

void TestErrorCodes::formatRoundTrip()
{
    for (const CodeKind kind : {CodeKind::Disconnect, CodeKind::Extended}) {
        for (const ClientErrorCode &entry : clientCodes(kind)) {
            const QString text = formatClientCode(entry.value);
            QCOMPARE(parseClientCode(text, kind), std::optional<quint32>(entry.value));
            QCOMPARE(parseClientCode(text.toUpper(), kind), std::optional<quint32>(entry.value));
        }
    }
}

void TestErrorCodes::format_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0x904") << quint32(0x904) << QStringLiteral("0x904");
    QTest::newRow("zero") << quint32(0) << QStringLiteral("0x0");
    QTest::newRow("lower case") << quint32(0xA06) << QStringLiteral("0xa06");
    QTest::newRow("max") << quint32(0xFFFFFFFFu) << QStringLiteral("0xffffffff");
}

void TestErrorCodes::format()
{
    QFETCH(quint32, value);
    QFETCH(QString, expected);
    QCOMPARE(formatClientCode(value), expected);
}

void TestErrorCodes::disconnectTable_data()
{
    // The disconnect reasons of docs/protocol-notes.md, typed in from the document.
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("name");
    const auto row = [](quint32 value, const char *name) {
        QTest::newRow(name) << value << QString::fromLatin1(name);
    };
    row(0x0, "NoInfo");
    row(0x1, "LocalNotError");
    row(0x2, "RemoteByUser");
    row(0x3, "ByServer");
    row(0x104, "DNSLookupFailed");
    row(0x106, "OutOfMemory");
    row(0x108, "ConnectionTimedOut");
    row(0x204, "SocketConnectFailed");
    row(0x206, "OutOfMemory2");
    row(0x208, "HostNotFound");
    row(0x304, "WinsockSendFailed");
    row(0x306, "OutOfMemory3");
    row(0x308, "InvalidIPAddr");
    row(0x404, "SocketRecvFailed");
    row(0x406, "InvalidSecurityData");
    row(0x408, "InternalError");
    row(0x506, "InvalidEncryption");
    row(0x508, "DNSLookupFailed2");
    row(0x604, "GetHostByNameFailed");
    row(0x606, "InvalidServerSecurityInfo");
    row(0x608, "TimerError");
    row(0x704, "TimeoutOccurred");
    row(0x706, "ServerCertificateUnpackErr");
    row(0x804, "InvalidIP");
    row(0x807, "SSL_ERR_LOGON_FAILURE");
    row(0x808, "LicensingFailed");
    row(0x904, "AtClientWinsockFDCLOSE");
    row(0x906, "InternalSecurityError");
    row(0x908, "LicensingTimeout");
    row(0xA06, "InternalSecurityError2");
    row(0xA07, "SSL_ERR_NO_SUCH_USER");
    row(0xB06, "EncryptionError");
    row(0xB07, "SSL_ERR_ACCOUNT_DISABLED");
    row(0xC06, "DecryptionError");
    row(0xC07, "SSL_ERR_ACCOUNT_RESTRICTION");
    row(0xC08, "ClientDecompressionError");
    row(0xD07, "SSL_ERR_ACCOUNT_LOCKED_OUT");
    row(0xE07, "SSL_ERR_ACCOUNT_EXPIRED");
    row(0xF07, "SSL_ERR_PASSWORD_EXPIRED");
    row(0x1207, "SSL_ERR_PASSWORD_MUST_CHANGE");
    row(0x1607, "SSL_ERR_DELEGATION_POLICY");
    row(0x1707, "SSL_ERR_POLICY_NTLM_ONLY");
    row(0x1807, "SSL_ERR_NO_AUTHENTICATING_AUTHORITY");
    row(0x1B07, "SSL_ERR_CERT_EXPIRED");
    row(0x1C07, "SSL_ERR_SMARTCARD_WRONG_PIN");
    row(0x2107, "SSL_ERR_FRESH_CRED_REQUIRED_BY_SERVER");
    row(0x2207, "SSL_ERR_SMARTCARD_CARD_BLOCKED");
}

void TestErrorCodes::disconnectTable()
{
    QFETCH(quint32, value);
    QFETCH(QString, name);
    const ClientErrorCode *entry = findClientCode(value, CodeKind::Disconnect);
    QVERIFY(entry != nullptr);
    QCOMPARE(entry->value, value);
    QCOMPARE(QString::fromLatin1(entry->name), name);
    QCOMPARE(clientCodeMeaning(value, CodeKind::Disconnect), QString::fromUtf8(entry->meaning));
}

void TestErrorCodes::extendedTable_data()
{
    // The extended codes of docs/protocol-notes.md.
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("name");
    const auto row = [](quint32 value, const char *name) {
        QTest::newRow(name) << value << QString::fromLatin1(name);
    };
    row(0x0, "NoInfo");
    row(0x1, "APIInitiatedDisconnect");
    row(0x2, "APIInitiatedLogoff");
    row(0x3, "ServerIdleTimeout");
    row(0x4, "ServerLogonTimeout");
    row(0x5, "ReplacedByOtherConnection");
    row(0x6, "OutOfMemory");
    row(0x7, "ServerDeniedConnection");
    row(0x8, "ServerDeniedConnectionFips");
    row(0x9, "ServerInsufficientPrivileges");
    row(0xA, "ServerFreshCredsRequired");
    row(0xB, "RpcInitiatedDisconnectByUser");
    row(0xC, "LogoffByUser");
    row(0x100, "LicenseInternal");
    row(0x101, "LicenseNoLicenseServer");
    row(0x102, "LicenseNoLicense");
    row(0x103, "LicenseErrClientMsg");
    row(0x104, "LicenseHwidDoesntMatchLicense");
    row(0x105, "LicenseErrClientLicense");
    row(0x106, "LicenseCantFinishProtocol");
    row(0x107, "LicenseClientEndedProtocol");
    row(0x108, "LicenseErrClientEncryption");
    row(0x109, "LicenseCantUpgradeLicense");
    row(0x10A, "LicenseNoRemoteConnections");
    row(0x10B, "LicenseCreatingLicStoreAccDenied");
    row(0x300, "RdpEncInvalidCredentials");
}

void TestErrorCodes::extendedTable()
{
    QFETCH(quint32, value);
    QFETCH(QString, name);
    const ClientErrorCode *entry = findClientCode(value, CodeKind::Extended);
    QVERIFY(entry != nullptr);
    QCOMPARE(entry->value, value);
    QCOMPARE(QString::fromLatin1(entry->name), name);
}

void TestErrorCodes::tablesAreSortedAndComplete()
{
    for (const CodeKind kind : {CodeKind::Disconnect, CodeKind::Extended}) {
        const QList<ClientErrorCode> &entries = clientCodes(kind);
        QVERIFY(entries.size() > 20);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ClientErrorCode &entry = entries.at(i);
            if (i > 0)
                QVERIFY(entries.at(i - 1).value < entry.value);
            QVERIFY(entry.name != nullptr);
            QVERIFY(entry.meaning != nullptr);
            const QString meaning = QString::fromUtf8(entry.meaning);
            QVERIFY(!meaning.isEmpty());
            QVERIFY2(meaning.endsWith(u'.'), qPrintable(meaning));
            QVERIFY(!meaning.contains(u'\n'));
            QCOMPARE(findClientCode(entry.value, kind), &entry);
            for (const QString &code : entry.explainedBy)
                QVERIFY(code.contains(u'.'));
        }
    }
    // The two tables are different things: 0x904 is only a disconnect reason.
    QVERIFY(findClientCode(0x904, CodeKind::Extended) == nullptr);
    QVERIFY(findClientCode(0x7, CodeKind::Disconnect) == nullptr);
    QVERIFY(findClientCode(0xFFFFFFFFu, CodeKind::Disconnect) == nullptr);
}

void TestErrorCodes::userReportedCodesSaySo_data()
{
    // docs/protocol-notes.md: codes of the Mac / iOS / Windows App clients, known only from
    // user reports.
    QTest::addColumn<quint32>("value");
    QTest::newRow("0x4") << quint32(0x4);
    QTest::newRow("0x207") << quint32(0x207);
    QTest::newRow("0x708") << quint32(0x708);
    QTest::newRow("0x1104") << quint32(0x1104);
    QTest::newRow("0x2104") << quint32(0x2104);
    QTest::newRow("0x2407") << quint32(0x2407);
}

void TestErrorCodes::userReportedCodesSaySo()
{
    QFETCH(quint32, value);
    const ClientErrorCode *entry = findClientCode(value, CodeKind::Disconnect);
    QVERIFY(entry != nullptr);
    QVERIFY2(QString::fromUtf8(entry->meaning).startsWith(QLatin1String("Reported by users")),
             entry->meaning);
    QCOMPARE(QString::fromLatin1(entry->name), QString()); // no Microsoft name exists
}

void TestErrorCodes::protocolRange_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<bool>("inRange");
    QTest::newRow("below") << quint32(0xFFF) << false;
    QTest::newRow("first") << quint32(0x1000) << true;
    QTest::newRow("inside") << quint32(0x10D3) << true;
    QTest::newRow("last") << quint32(0x7FFF) << true;
    QTest::newRow("above") << quint32(0x8000) << false;
}

void TestErrorCodes::protocolRange()
{
    QFETCH(quint32, value);
    QFETCH(bool, inRange);
    const ClientErrorCode *entry = findClientCode(value, CodeKind::Extended);
    QCOMPARE(entry != nullptr, inRange);
    const QString meaning = clientCodeMeaning(value, CodeKind::Extended);
    QCOMPARE(meaning.contains(QLatin1String("event log")), inRange);
    if (inRange) {
        QCOMPARE(QString::fromLatin1(entry->name), QStringLiteral("ProtocolRange"));
        QCOMPARE(entry, findClientCode(0x1000, CodeKind::Extended));
    } else {
        QVERIFY(meaning.contains(formatClientCode(value)));
    }
    // The range belongs to the extended codes only.
    QVERIFY(findClientCode(value, CodeKind::Disconnect) == nullptr);
}

void TestErrorCodes::explainedBy()
{
    const auto explained = [](quint32 value, CodeKind kind) {
        const ClientErrorCode *entry = findClientCode(value, kind);
        return entry ? entry->explainedBy : QStringList{QStringLiteral("<missing>")};
    };

    const QStringList for904 = explained(0x904, CodeKind::Disconnect);
    QCOMPARE(for904.value(0), QStringLiteral("x224.reset"));
    for (const QString &code :
         strings({"x224.reset", "tls.reset", "security.no_certificate", "x224.closed", "tls.closed",
                  "tls.alert", "security.rdp_only", "security.client_mismatch",
                  "tls.no_modern_version", "credssp.failed", "tls.timeout", "x224.timeout",
                  "x224.not_rdp", "x224.malformed", "security.inconsistent_flags"}))
        QVERIFY2(for904.contains(code), qPrintable(code));

    const QStringList for204 = explained(0x204, CodeKind::Disconnect);
    QCOMPARE(for204.mid(0, 4),
             strings({"tcp.refused", "tcp.timeout", "tcp.unreachable", "firewall.local_block"}));

    for (const quint32 dns : {0x104u, 0x208u, 0x508u, 0x604u})
        QCOMPARE(explained(dns, CodeKind::Disconnect), strings({"dns.not_found", "dns.failed"}));

    for (const quint32 timeout : {0x108u, 0x704u}) {
        const QStringList list = explained(timeout, CodeKind::Disconnect);
        for (const QString &code : strings({"tcp.timeout", "x224.timeout", "tls.timeout"}))
            QVERIFY2(list.contains(code), qPrintable(code));
    }

    const QStringList xrdp = explained(0x4, CodeKind::Disconnect);
    QVERIFY(!xrdp.isEmpty());
    for (const QString &code : xrdp)
        QVERIFY2(code.startsWith(QLatin1String("tls.")), qPrintable(code));

    const QStringList denied = explained(0x7, CodeKind::Extended);
    QCOMPARE(denied.mid(0, 3), strings({"x224.reset", "tls.reset", "security.no_certificate"}));
    QVERIFY(denied.contains(QStringLiteral("tls.alert")));

    // Nothing a probe sees explains a bare close, credentials or licensing.
    QCOMPARE(explained(0x0, CodeKind::Extended), QStringList());
    QCOMPARE(explained(0x807, CodeKind::Disconnect), QStringList());
    QCOMPARE(explained(0x808, CodeKind::Disconnect), QStringList());
    QCOMPARE(explained(0x2407, CodeKind::Disconnect), QStringList());
    QCOMPARE(explained(0x101, CodeKind::Extended), QStringList());
    QCOMPARE(explained(0x300, CodeKind::Extended), QStringList());
}

void TestErrorCodes::meaningOfUnknownCodes_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedPart");

    const int d = static_cast<int>(CodeKind::Disconnect);
    const int e = static_cast<int>(CodeKind::Extended);
    QTest::newRow("unlisted sign-in pattern") << quint32(0x507) << d << QStringLiteral("sign-in");
    QTest::newRow("unlisted network pattern") << quint32(0x1004) << d << QStringLiteral("network");
    QTest::newRow("no pattern") << quint32(0x999) << d << QStringLiteral("not a known error code");
    QTest::newRow("small code no pattern")
        << quint32(0x7) << d << QStringLiteral("not a known error code");
    QTest::newRow("extended") << quint32(0x12345) << e
                              << QStringLiteral("not a known extended error code");
    QTest::newRow("extended max") << quint32(0xFFFFFFFFu) << e
                                  << QStringLiteral("not a known extended error code");
}

void TestErrorCodes::meaningOfUnknownCodes()
{
    QFETCH(quint32, value);
    QFETCH(int, kind);
    QFETCH(QString, expectedPart);
    QVERIFY(findClientCode(value, static_cast<CodeKind>(kind)) == nullptr);
    const QString meaning = clientCodeMeaning(value, static_cast<CodeKind>(kind));
    QVERIFY2(meaning.contains(formatClientCode(value)), qPrintable(meaning));
    QVERIFY2(meaning.contains(expectedPart), qPrintable(meaning));
}

void TestErrorCodes::meaningIsTranslated()
{
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString known = clientCodeMeaning(0x904, CodeKind::Disconnect);
    const QString unknown = clientCodeMeaning(0x999, CodeKind::Disconnect);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(known, QStringLiteral("[xx] ") +
                        QString::fromUtf8(findClientCode(0x904, CodeKind::Disconnect)->meaning));
    QVERIFY2(unknown.startsWith(QLatin1String("[xx] ")), qPrintable(unknown));
    QVERIFY(unknown.contains(QLatin1String("0x999")));
}

QTEST_GUILESS_MAIN(TestErrorCodes)
#include "TestErrorCodes.moc"
