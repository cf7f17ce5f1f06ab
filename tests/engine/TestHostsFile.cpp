// SPDX-License-Identifier: GPL-3.0-or-later
// The hosts file of fleet mode: plain lists with comments, CSV with a host (and port)
// column under every separator and quoting, the encodings, and every way a file is refused
// (with the line number).
#include "runner/HostsFile.h"

#include <QStringEncoder>
#include <QTest>

#include <initializer_list>

using namespace rdpdiag;

namespace {

/** "host:port@line" for each target, to compare whole results in one QCOMPARE. */
QStringList describe(const HostsFileParse &parse)
{
    QStringList out;
    for (const FleetTarget &entry : parse.targets)
        out << QStringLiteral("%1:%2@%3")
                   .arg(entry.target.host)
                   .arg(entry.target.port)
                   .arg(entry.line);
    return out;
}

/** A QStringList from ASCII literals. */
QStringList names(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromLatin1(item);
    return out;
}

QByteArray utf16(const QString &text, QStringEncoder::Encoding encoding, const char *bom)
{
    QStringEncoder encoder(encoding);
    return QByteArray(bom) + QByteArray(encoder.encode(text));
}

} // namespace

class TestHostsFile : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void defaultPortApplies();
    void keepsTheTargetAsTyped();
    void largestFileAndTargetCount();
};

void TestHostsFile::accepted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("targets");

    QTest::newRow("one per line") << QByteArray("rdp1.example.com\nrdp2.example.com:3390\n")
                                  << names({"rdp1.example.com:3389@1", "rdp2.example.com:3390@2"});
    QTest::newRow("comments, blanks, CRLF, no final newline")
        << QByteArray("# farm A\r\n\r\n  rdp1.example.com  \r\n# off: rdp9\r\n192.0.2.10:3391")
        << names({"rdp1.example.com:3389@3", "192.0.2.10:3391@5"});
    QTest::newRow("comment after a host")
        << QByteArray("rdp1  # the old one\n") << names({"rdp1:3389@1"});
    QTest::newRow("ipv6") << QByteArray("[2001:db8::5]:3390\n::1\n")
                          << names({"2001:db8::5:3390@1", "::1:3389@2"});
    QTest::newRow("duplicates are kept")
        << QByteArray("a\na\na\n") << names({"a:3389@1", "a:3389@2", "a:3389@3"});
    QTest::newRow("csv with host and port")
        << QByteArray("host,port,owner\nrdp1.example.com,3390,alice\nrdp2.example.com,,bob\n")
        << names({"rdp1.example.com:3390@2", "rdp2.example.com:3389@3"});
    QTest::newRow("csv: a port in the host wins over the column")
        << QByteArray("host,port\nrdp1:4000,3390\n") << names({"rdp1:4000@2"});
    QTest::newRow("csv header in any case, host not first, semicolons")
        << QByteArray("Name;HOST;Port\r\nbox;10.0.0.5;3389\r\nother;10.0.0.6;\r\n")
        << names({"10.0.0.5:3389@2", "10.0.0.6:3389@3"});
    QTest::newRow("csv with tabs")
        << QByteArray("site\thost\nberlin\t2001:db8::1\n") << names({"2001:db8::1:3389@2"});
    QTest::newRow("csv quoting") << QByteArray(
                                        "\"host\",\"note\"\n\"rdp1\",\"a, \"\"quoted\"\" note\"\n")
                                 << names({"rdp1:3389@2"});
    QTest::newRow("csv skips comment lines and empty rows")
        << QByteArray("host,port\n# skipped\n,,\n\nrdp1,3390\n") << names({"rdp1:3390@5"});
    QTest::newRow("comments before the csv header")
        << QByteArray("# exported\nhost\nrdp1\n") << names({"rdp1:3389@3"});
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFrdp1\n") << names({"rdp1:3389@1"});
    QTest::newRow("utf-16le bom") << utf16(QStringLiteral("host\r\nb\u00fccher.example\r\n"),
                                           QStringEncoder::Utf16LE, "\xFF\xFE")
                                  << names({"xn--bcher-kva.example:3389@2"});
    QTest::newRow("utf-16be bom") << utf16(QStringLiteral("rdp1\nrdp2\n"), QStringEncoder::Utf16BE,
                                           "\xFE\xFF")
                                  << names({"rdp1:3389@1", "rdp2:3389@2"});
}

void TestHostsFile::accepted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, targets);
    const HostsFileParse parse = parseHostsFile(bytes);
    QVERIFY2(parse.error.isEmpty(), qPrintable(parse.error));
    QCOMPARE(describe(parse), targets);
}

void TestHostsFile::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("names no target");
    QTest::newRow("only comments")
        << QByteArray("# nothing\n\n   \n") << QStringLiteral("names no target");
    QTest::newRow("a bad host names its line")
        << QByteArray("rdp1\nrdp2\nnot a host!\n") << QStringLiteral("line 3:");
    QTest::newRow("a bad port") << QByteArray("rdp1:70000\n") << QStringLiteral("line 1:");
    QTest::newRow("csv header without rows")
        << QByteArray("host,port\n# none\n") << QStringLiteral("header but no rows");
    QTest::newRow("csv row without host")
        << QByteArray("host,port\n,3390\n") << QStringLiteral("line 2: the host column is empty");
    QTest::newRow("csv short row")
        << QByteArray("port,host\n3390\n") << QStringLiteral("line 2: the host column is empty");
    QTest::newRow("csv bad port") << QByteArray("host,port\nrdp1,http\n")
                                  << QStringLiteral("line 2: the port \"http\"");
    QTest::newRow("csv port 0") << QByteArray("host,port\nrdp1,0\n") << QStringLiteral("line 2:");
    QTest::newRow("csv open quote")
        << QByteArray("host\n\"rdp1\n") << QStringLiteral("line 2: a quoted");
    QTest::newRow("binary") << QByteArray("rdp1\0rdp2\n", 10) << QStringLiteral("NUL");
    QTest::newRow("not utf-8") << QByteArray("rdp\xff\xfe\x01\n") << QStringLiteral("not text");
}

void TestHostsFile::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const HostsFileParse parse = parseHostsFile(bytes);
    QVERIFY(parse.targets.isEmpty());
    QVERIFY2(parse.error.contains(errorPart), qPrintable(parse.error));
}

void TestHostsFile::defaultPortApplies()
{
    const HostsFileParse parse = parseHostsFile("rdp1\nrdp2:3390\n", 4000);
    QCOMPARE(describe(parse), names({"rdp1:4000@1", "rdp2:3390@2"}));
    const HostsFileParse csv = parseHostsFile("host,port\nrdp1,\nrdp2,3390\n", 4000);
    QCOMPARE(describe(csv), names({"rdp1:4000@2", "rdp2:3390@3"}));
}

void TestHostsFile::keepsTheTargetAsTyped()
{
    const HostsFileParse parse = parseHostsFile("  RDP1.Example.com:3390  # x\n");
    QCOMPARE(parse.targets.size(), 1);
    QCOMPARE(parse.targets.first().target.input, QStringLiteral("RDP1.Example.com:3390"));
    QCOMPARE(parse.targets.first().target.source, Target::Source::Argument);
    QVERIFY(!parse.targets.first().target.isIpLiteral);
    QVERIFY(parseHostsFile("192.0.2.1\n").targets.first().target.isIpLiteral);
}

void TestHostsFile::largestFileAndTargetCount()
{
    QByteArray many;
    for (int i = 0; i < kMaxFleetTargets; ++i)
        many += "h\n";
    QCOMPARE(parseHostsFile(many).targets.size(), kMaxFleetTargets);
    const HostsFileParse tooMany = parseHostsFile(many + "h\n");
    QVERIFY(tooMany.targets.isEmpty());
    QVERIFY2(tooMany.error.contains(QString::number(kMaxFleetTargets)), qPrintable(tooMany.error));

    const HostsFileParse tooLarge = parseHostsFile(QByteArray(kMaxHostsFileBytes + 1, '#'));
    QVERIFY(tooLarge.targets.isEmpty());
    QVERIFY2(tooLarge.error.contains(QStringLiteral("too large")), qPrintable(tooLarge.error));
}

QTEST_GUILESS_MAIN(TestHostsFile)
#include "TestHostsFile.moc"
