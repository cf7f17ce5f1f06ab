// SPDX-License-Identifier: GPL-3.0-or-later
// NTLM NEGOTIATE (built) and CHALLENGE (parsed): exact bytes, AV pairs, hostile input.

#include "wire/Ntlm.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rdpdiag::wire;

namespace {

/** The CHALLENGE_MESSAGE of [MS-NLMP] 4.2.4.3: TargetName "Server", AV pairs
 * NbDomainName "Domain" and NbComputerName "Server", Version 6.0.6000. */
const QByteArray kSpecChallenge =
    QByteArray::fromHex("4e544c4d53535000020000000c000c003800000033828ae20123456789abcdef"
                        "00000000000000002400240044000000060070170000000f5300650072007600"
                        "6500720002000c0044006f006d00610069006e0001000c005300650072007600"
                        "6500720000000000");

QByteArray le16(quint16 v)
{
    return QByteArray(1, char(v & 0xFF)) + QByteArray(1, char(v >> 8));
}

QByteArray le32(quint32 v)
{
    return le16(quint16(v & 0xFFFF)) + le16(quint16(v >> 16));
}

QByteArray utf16(const char *text)
{
    QByteArray out;
    for (const char *p = text; *p; ++p)
        out += le16(quint16(*p));
    return out;
}

QByteArray avPair(quint16 id, const QByteArray &value)
{
    return le16(id) + le16(quint16(value.size())) + value;
}

/** A CHALLENGE without a Version field (the payload starts at 48), TargetName "T" (UTF-16),
 * and @p targetInfo at offset 48 + 2. */
QByteArray challengeWith(const QByteArray &targetInfo, quint32 flags = 0xE28A8231)
{
    QByteArray out("NTLMSSP\0", 8);
    out += le32(2);
    out += le16(2) + le16(2) + le32(48);
    out += le32(flags);
    out += QByteArray::fromHex("1122334455667788");
    out += QByteArray(8, '\0');
    out += le16(quint16(targetInfo.size())) + le16(quint16(targetInfo.size())) + le32(50);
    out += utf16("T");
    out += targetInfo;
    return out;
}

} // namespace

class TestNtlm : public QObject
{
    Q_OBJECT

private slots:
    void negotiateHasNoNames();
    void parsesSpecExample();
    void parsesEveryAvPair();
    void avPairOrderDoesNotMatter();
    void controlCharactersInNames();
    void fileTime_data();
    void fileTime();
    void hostile_data();
    void hostile();
    void everyTruncationIsSafe();
    void mutationsNeverCrash();
};

void TestNtlm::negotiateHasNoNames()
{
    const QByteArray negotiate = buildNtlmNegotiate();
    QCOMPARE(negotiate.size(), 40);
    QCOMPARE(negotiate.left(8), QByteArray("NTLMSSP\0", 8));
    const quint32 flags = quint8(negotiate[12]) | quint8(negotiate[13]) << 8 |
                          quint8(negotiate[14]) << 16 | quint32(quint8(negotiate[15])) << 24;
    QCOMPARE(flags, kNtlmNegotiateFlags);
    // Neither OEM_DOMAIN_SUPPLIED nor OEM_WORKSTATION_SUPPLIED; both fields empty.
    QVERIFY(!(flags & NtlmDomainSupplied));
    QVERIFY(!(flags & NtlmWorkstationSupplied));
    QCOMPARE(negotiate.mid(16, 4), QByteArray(4, '\0'));
    QCOMPARE(negotiate.mid(24, 4), QByteArray(4, '\0'));
}

void TestNtlm::parsesSpecExample()
{
    const NtlmChallengeParse parsed = parseNtlmChallenge(kSpecChallenge);
    QVERIFY2(parsed.challenge, qPrintable(parsed.error));
    const NtlmChallenge &c = *parsed.challenge;
    QCOMPARE(c.flags, 0xE28A8233u);
    QCOMPARE(c.serverChallenge.toHex(), QByteArray("0123456789abcdef"));
    QCOMPARE(c.targetName, QStringLiteral("Server"));
    QCOMPARE(c.netbiosDomain, QStringLiteral("Domain"));
    QCOMPARE(c.netbiosComputer, QStringLiteral("Server"));
    QVERIFY(c.dnsComputer.isEmpty());
    QVERIFY(!c.timestamp);
    QCOMPARE(c.version, QStringLiteral("6.0.6000"));
    QVERIFY(c.hasTargetInfo);
}

void TestNtlm::parsesEveryAvPair()
{
    // 2026-11-24T10:00:00Z as FILETIME = 134399880000000000 = 0x01DD7BFA91415000.
    const QByteArray info =
        avPair(2, utf16("CORP")) + avPair(1, utf16("RDS01")) + avPair(4, utf16("corp.example")) +
        avPair(3, utf16("rds01.corp.example")) + avPair(5, utf16("example")) + avPair(6, le32(2)) +
        avPair(7, QByteArray::fromHex("00504191fa7bdd01")) + avPair(0, {});
    const NtlmChallengeParse parsed = parseNtlmChallenge(challengeWith(info));
    QVERIFY2(parsed.challenge, qPrintable(parsed.error));
    const NtlmChallenge &c = *parsed.challenge;
    QCOMPARE(c.targetName, QStringLiteral("T"));
    QCOMPARE(c.netbiosDomain, QStringLiteral("CORP"));
    QCOMPARE(c.netbiosComputer, QStringLiteral("RDS01"));
    QCOMPARE(c.dnsDomain, QStringLiteral("corp.example"));
    QCOMPARE(c.dnsComputer, QStringLiteral("rds01.corp.example"));
    QCOMPARE(c.dnsTree, QStringLiteral("example"));
    QVERIFY(c.timestamp);
    QCOMPARE(*c.timestamp, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    // NEGOTIATE_VERSION is set, but the payload starts at 48: there is no Version field.
    QVERIFY(c.version.isEmpty());
}

void TestNtlm::controlCharactersInNames()
{
    // Names are the server's choice: a terminal escape, a C1 CSI and a bidi override in them
    // reach no report, label or terminal (support/SafeText.h).
    const QByteArray hostile = le16(0x1b) + utf16("]0;x") + le16(0x07) + utf16("a") + le16(0x9b) +
                               le16(0x202e) + utf16("b") + le16(0x2066) + le16(0x0a);
    const QByteArray info = avPair(1, hostile) + avPair(3, hostile) + avPair(0, {});
    QByteArray message = challengeWith(info);
    message.replace(48, 2, le16(0x1b)); // the TargetName "T" becomes ESC
    const NtlmChallengeParse parsed = parseNtlmChallenge(message);
    QVERIFY2(parsed.challenge, qPrintable(parsed.error));
    const QString expected = QStringLiteral("\uFFFD]0;x\uFFFDa\uFFFD\uFFFDb\uFFFD\uFFFD");
    QCOMPARE(parsed.challenge->netbiosComputer, expected);
    QCOMPARE(parsed.challenge->dnsComputer, expected);
    QCOMPARE(parsed.challenge->targetName, QStringLiteral("\uFFFD"));

    // The same for an OEM (Latin-1) TargetName: C1 controls are Latin-1 characters too.
    QByteArray oem = challengeWith(avPair(0, {}), 0xE28A8232); // NEGOTIATE_OEM, not UNICODE
    oem.replace(48, 2, QByteArray("\x9b\x1b"));
    const NtlmChallengeParse oemParsed = parseNtlmChallenge(oem);
    QVERIFY2(oemParsed.challenge, qPrintable(oemParsed.error));
    QCOMPARE(oemParsed.challenge->targetName, QStringLiteral("\uFFFD\uFFFD"));
}

void TestNtlm::avPairOrderDoesNotMatter()
{
    const QByteArray info = avPair(7, QByteArray::fromHex("00504191fa7bdd01")) +
                            avPair(3, utf16("b")) + avPair(1, utf16("a")) + avPair(0, {});
    const NtlmChallengeParse parsed = parseNtlmChallenge(challengeWith(info));
    QVERIFY2(parsed.challenge, qPrintable(parsed.error));
    QCOMPARE(parsed.challenge->netbiosComputer, QStringLiteral("a"));
    QCOMPARE(parsed.challenge->dnsComputer, QStringLiteral("b"));
    QVERIFY(parsed.challenge->timestamp);
}

void TestNtlm::fileTime_data()
{
    QTest::addColumn<quint64>("fileTime");
    QTest::addColumn<QDateTime>("time");
    QTest::newRow("unix epoch") << quint64(116444736000000000ULL)
                                << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("1601") << quint64(0) << QDateTime(QDate(1601, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("2026") << quint64(134399880000000000ULL)
                          << QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
}

void TestNtlm::fileTime()
{
    QFETCH(quint64, fileTime);
    QFETCH(QDateTime, time);
    QCOMPARE(fileTimeToDateTime(fileTime), time);
    QCOMPARE(dateTimeToFileTime(time), fileTime);
    // The largest value does not overflow.
    QVERIFY(fileTimeToDateTime(~quint64(0)).isValid());
}

void TestNtlm::hostile_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray eol = avPair(0, {});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("47 bytes") << kSpecChallenge.left(47);
    QTest::newRow("bad signature") << QByteArray("NTLMSSX\0", 8) + kSpecChallenge.mid(8);
    QByteArray type3 = kSpecChallenge;
    type3[8] = 3;
    QTest::newRow("type 3") << type3;
    QByteArray nameBeyond = kSpecChallenge;
    nameBeyond[16] = char(0xF0); // TargetName offset 0xF0 > size
    QTest::newRow("TargetName offset beyond") << nameBeyond;
    QByteArray infoFFFF = kSpecChallenge;
    infoFFFF[40] = char(0xFF);
    infoFFFF[41] = char(0xFF);
    QTest::newRow("TargetInfo length 0xFFFF") << infoFFFF;
    QByteArray offsetHuge = kSpecChallenge;
    offsetHuge[44] = char(0xFF);
    offsetHuge[45] = char(0xFF);
    offsetHuge[46] = char(0xFF);
    offsetHuge[47] = char(0xFF);
    QTest::newRow("TargetInfo offset 0xFFFFFFFF") << offsetHuge;
    QByteArray oddName = kSpecChallenge;
    oddName[12] = 11; // 11 bytes of UTF-16
    QTest::newRow("odd TargetName") << oddName;
    QTest::newRow("missing EOL") << challengeWith(avPair(1, utf16("a")));
    QTest::newRow("AV pair beyond field")
        << challengeWith(le16(1) + le16(0xFFFF) + utf16("a") + eol);
    QTest::newRow("odd UTF-16 AV pair") << challengeWith(avPair(3, QByteArray("abc")) + eol);
    QTest::newRow("short timestamp") << challengeWith(avPair(7, QByteArray(4, '\1')) + eol);
    QTest::newRow("truncated AV header") << challengeWith(QByteArray::fromHex("0100"));
}

void TestNtlm::hostile()
{
    QFETCH(QByteArray, data);
    const NtlmChallengeParse parsed = parseNtlmChallenge(data);
    QVERIFY2(!parsed.challenge, "hostile CHALLENGE accepted");
    QVERIFY(!parsed.error.isEmpty());
}

void TestNtlm::everyTruncationIsSafe()
{
    // The example's TargetInfo ends with the message: any shorter prefix leaves an offset
    // pointing past the end, which must be noticed.
    for (qsizetype n = 0; n < kSpecChallenge.size(); ++n) {
        const NtlmChallengeParse parsed = parseNtlmChallenge(kSpecChallenge.first(n));
        QVERIFY2(!parsed.challenge, qPrintable(QStringLiteral("prefix of %1 accepted").arg(n)));
    }
}

void TestNtlm::mutationsNeverCrash()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 20000; ++i) {
        QByteArray mutated = kSpecChallenge;
        for (int f = 0; f < 1 + random.bounded(6); ++f)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        const NtlmChallengeParse parsed = parseNtlmChallenge(mutated);
        QVERIFY(parsed.challenge.has_value() != !parsed.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestNtlm)
#include "TestNtlm.moc"
