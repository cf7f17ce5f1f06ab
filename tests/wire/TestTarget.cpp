// SPDX-License-Identifier: GPL-3.0-or-later
// Target parsing: every accepted form of host[:port] / [v6]:port / bare IPv6, every
// rejection with a message that names what is wrong, and `.rdp` files read from disk.
#include "Preconditions.h"
#include "input/Target.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace rdpdiag;

namespace {

const char kPasswordBlob[] = "01000000D08C9DDF0115D1118C7A00C04FC297EBSECRETBLOBdeadbeef";

QByteArray utf16LeWithBom(const QString &text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return QByteArray("\xFF\xFE") + QByteArray(encoder.encode(text));
}

QString crlf(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void defaultPortApplies();
    void looksLikeRdpFile_data();
    void looksLikeRdpFile();
    void rdpFilePorts_data();
    void rdpFilePorts();
    void rdpFileUtf16();
    void rdpFileErrors_data();
    void rdpFileErrors();
    void rdpFileNotRegular();
    void rdpFileOversize();
    void rdpFilePasswordNotKept();
    void argumentDispatch();

private:
    QTemporaryDir m_dir;
};

void TestTarget::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTarget::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("isIp");

    QTest::newRow("host") << QStringLiteral("host") << QStringLiteral("host") << 3389 << false;
    QTest::newRow("blanks around")
        << QStringLiteral("  host\t ") << QStringLiteral("host") << 3389 << false;
    QTest::newRow("fqdn") << QStringLiteral("rdp.example.com") << QStringLiteral("rdp.example.com")
                          << 3389 << false;
    QTest::newRow("mixed case") << QStringLiteral("Host-1.Example")
                                << QStringLiteral("Host-1.Example") << 3389 << false;
    QTest::newRow("underscore") << QStringLiteral("pc_01.corp") << QStringLiteral("pc_01.corp")
                                << 3389 << false;
    QTest::newRow("trailing dot") << QStringLiteral("rdp.example.com.")
                                  << QStringLiteral("rdp.example.com.") << 3389 << false;
    QTest::newRow("trailing dot and port")
        << QStringLiteral("host.example.:3390") << QStringLiteral("host.example.") << 3390 << false;
    QTest::newRow("host:port") << QStringLiteral("host:3390") << QStringLiteral("host") << 3390
                               << false;
    QTest::newRow("port 1") << QStringLiteral("host:1") << QStringLiteral("host") << 1 << false;
    QTest::newRow("port 65535") << QStringLiteral("host:65535") << QStringLiteral("host") << 65535
                                << false;
    QTest::newRow("port leading zero")
        << QStringLiteral("host:03390") << QStringLiteral("host") << 3390 << false;
    QTest::newRow("digits in name")
        << QStringLiteral("1.2.3.4a") << QStringLiteral("1.2.3.4a") << 3389 << false;
    QTest::newRow("ipv4") << QStringLiteral("192.0.2.10") << QStringLiteral("192.0.2.10") << 3389
                          << true;
    QTest::newRow("ipv4:port") << QStringLiteral("192.0.2.10:3389") << QStringLiteral("192.0.2.10")
                               << 3389 << true;
    QTest::newRow("ipv4 extremes")
        << QStringLiteral("0.0.0.0:3390") << QStringLiteral("0.0.0.0") << 3390 << true;
    QTest::newRow("ipv4 broadcast")
        << QStringLiteral("255.255.255.255") << QStringLiteral("255.255.255.255") << 3389 << true;
    QTest::newRow("[::1]:3390") << QStringLiteral("[::1]:3390") << QStringLiteral("::1") << 3390
                                << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << QStringLiteral("::1") << 3389 << true;
    QTest::newRow("::1") << QStringLiteral("::1") << QStringLiteral("::1") << 3389 << true;
    QTest::newRow("2001:db8::5") << QStringLiteral("2001:db8::5") << QStringLiteral("2001:db8::5")
                                 << 3389 << true;
    QTest::newRow("upper-case v6")
        << QStringLiteral("[2001:DB8::5]:4000") << QStringLiteral("2001:DB8::5") << 4000 << true;
    QTest::newRow("v4-mapped v6") << QStringLiteral("[::ffff:192.0.2.1]:3390")
                                  << QStringLiteral("::ffff:192.0.2.1") << 3390 << true;
    QTest::newRow("zone id") << QStringLiteral("fe80::1%eth0") << QStringLiteral("fe80::1%eth0")
                             << 3389 << true;
    QTest::newRow("zone id bracketed")
        << QStringLiteral("[fe80::1%2]:3390") << QStringLiteral("fe80::1%2") << 3390 << true;
    QTest::newRow("idn") << QString::fromUtf8("b\xc3\xbc"
                                              "cher.example")
                         << QStringLiteral("xn--bcher-kva.example") << 3389 << false;
    QTest::newRow("idn:port") << QString::fromUtf8("caf\xc3\xa9:3390")
                              << QStringLiteral("xn--caf-dma") << 3390 << false;
    QTest::newRow("full-width digits") << QString::fromUtf8("\xef\xbc\x91\xef\xbc\x8e\xef\xbc\x92"
                                                            "\xef\xbc\x8e\xef\xbc\x93\xef\xbc\x8e"
                                                            "\xef\xbc\x94")
                                       << QStringLiteral("1.2.3.4") << 3389 << true;
    QTest::newRow("63-char label")
        << QString(63, QLatin1Char('a')) + QStringLiteral(".example")
        << QString(63, QLatin1Char('a')) + QStringLiteral(".example") << 3389 << false;
    // 4 × 63 + 3 dots = 255 would be too long; 3 × 63 + 61 + 3 dots = 253 is the maximum.
    const QString longest =
        QStringList{QString(63, QLatin1Char('a')), QString(63, QLatin1Char('b')),
                    QString(63, QLatin1Char('c')), QString(61, QLatin1Char('d'))}
            .join(QLatin1Char('.'));
    QTest::newRow("253 chars") << longest << longest << 3389 << false;
    QTest::newRow("253 chars and trailing dot")
        << longest + QLatin1Char('.') << longest + QLatin1Char('.') << 3389 << false;
}

void TestTarget::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, isIp);

    const TargetParse parse = parseTargetText(text);
    QVERIFY2(parse.target.has_value(), qPrintable(parse.error));
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.target->host, host);
    QCOMPARE(int(parse.target->port), port);
    QCOMPARE(parse.target->isIpLiteral, isIp);
    QCOMPARE(parse.target->source, Target::Source::Argument);
    QCOMPARE(parse.target->input, text.trimmed());
    QVERIFY(!parse.target->rdp.has_value());
}

void TestTarget::rejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QString() << QStringLiteral("no computer name");
    QTest::newRow("blank") << QStringLiteral(" \t ") << QStringLiteral("no computer name");
    QTest::newRow("host:0") << QStringLiteral("host:0") << QStringLiteral("\"0\"");
    QTest::newRow("host:65536") << QStringLiteral("host:65536") << QStringLiteral("\"65536\"");
    QTest::newRow("host:abc") << QStringLiteral("host:abc") << QStringLiteral("\"abc\"");
    QTest::newRow("host:-1") << QStringLiteral("host:-1") << QStringLiteral("\"-1\"");
    QTest::newRow("host:+1") << QStringLiteral("host:+1") << QStringLiteral("\"+1\"");
    QTest::newRow("host:123456") << QStringLiteral("host:123456") << QStringLiteral("\"123456\"");
    QTest::newRow("host: 3389") << QStringLiteral("host: 3389") << QStringLiteral("\" 3389\"");
    QTest::newRow("host:") << QStringLiteral("host:") << QStringLiteral("no port");
    QTest::newRow(":3389") << QStringLiteral(":3389") << QStringLiteral("before ':'");
    QTest::newRow("[::1") << QStringLiteral("[::1") << QStringLiteral("unbalanced brackets");
    QTest::newRow("::1]") << QStringLiteral("::1]") << QStringLiteral("unbalanced brackets");
    QTest::newRow("[::1]:3390]") << QStringLiteral("[::1]:3390]")
                                 << QStringLiteral("unbalanced brackets");
    QTest::newRow("[[::1]") << QStringLiteral("[[::1]") << QStringLiteral("unbalanced brackets");
    QTest::newRow("]::1[") << QStringLiteral("]::1[") << QStringLiteral("unbalanced brackets");
    QTest::newRow("[[::1]]") << QStringLiteral("[[::1]]") << QStringLiteral("brackets");
    QTest::newRow("host[::1]") << QStringLiteral("host[::1]") << QStringLiteral("brackets");
    QTest::newRow("[::1]x") << QStringLiteral("[::1]x") << QStringLiteral("after ']'");
    QTest::newRow("[::1]:0") << QStringLiteral("[::1]:0") << QStringLiteral("\"0\"");
    QTest::newRow("[::1]:") << QStringLiteral("[::1]:") << QStringLiteral("no port");
    QTest::newRow("[ipv4]") << QStringLiteral("[192.0.2.1]:3389")
                            << QStringLiteral("not a valid IPv6");
    QTest::newRow("[]") << QStringLiteral("[]") << QStringLiteral("not a valid IPv6");
    QTest::newRow("[host]") << QStringLiteral("[host]:3389") << QStringLiteral("not a valid IPv6");
    QTest::newRow("[ ::1]") << QStringLiteral("[ ::1]") << QStringLiteral("not a valid IPv6");
    QTest::newRow("[::1%]") << QStringLiteral("[::1%]") << QStringLiteral("not a valid IPv6");
    QTest::newRow("zone with slash")
        << QStringLiteral("fe80::1%e/th") << QStringLiteral("not a valid IPv6");
    QTest::newRow("1:2:3") << QStringLiteral("1:2:3") << QStringLiteral("not a valid IPv6");
    QTest::newRow("host:1:2") << QStringLiteral("host:3389:1")
                              << QStringLiteral("not a valid IPv6");
    QTest::newRow("bad host") << QStringLiteral("bad host") << QStringLiteral("a space");
    QTest::newRow("a/b") << QStringLiteral("a/b") << QStringLiteral("'/'");
    QTest::newRow("user@host") << QStringLiteral("user@host") << QStringLiteral("'@'");
    QTest::newRow("percent") << QStringLiteral("host%1") << QStringLiteral("'%'");
    QTest::newRow("backslash") << QStringLiteral("CORP\\host") << QStringLiteral("'\\'");
    QTest::newRow("inner tab") << QStringLiteral("a\tb") << QStringLiteral("U+0009");
    QTest::newRow("url") << QStringLiteral("rdp://host") << QStringLiteral("looks like a URL");
    QTest::newRow("url with port")
        << QStringLiteral("rdp://host:3389") << QStringLiteral("looks like a URL");
    QTest::newRow("nbsp") << QString::fromUtf8("a\xc2\xa0"
                                               "b")
                          << QStringLiteral("U+00A0");
    QTest::newRow("fullwidth slash") << QString::fromUtf8("a\xef\xbc\x8f"
                                                          "b")
                                     << QString::fromUtf8("'\xef\xbc\x8f'");
    QTest::newRow("-lead.example") << QStringLiteral("-lead.example") << QStringLiteral("'-'");
    QTest::newRow("trail-.example") << QStringLiteral("trail-.example") << QStringLiteral("'-'");
    QTest::newRow("64-char label") << QString(64, QLatin1Char('a')) + QStringLiteral(".example")
                                   << QStringLiteral("longer than 63");
    QTest::newRow("254 chars") << QStringList{QString(63, QLatin1Char('a')),
                                              QString(63, QLatin1Char('b')),
                                              QString(63, QLatin1Char('c')),
                                              QString(62, QLatin1Char('d'))}
                                      .join(QLatin1Char('.'))
                               << QStringLiteral("longer than 253");
    QTest::newRow("a..b") << QStringLiteral("a..b") << QStringLiteral("empty part");
    QTest::newRow(".example") << QStringLiteral(".example") << QStringLiteral("empty part");
    QTest::newRow("dot only") << QStringLiteral(".") << QStringLiteral("not a computer name");
    QTest::newRow("two trailing dots") << QStringLiteral("host..") << QStringLiteral("empty part");
    QTest::newRow("1.2.3.999") << QStringLiteral("1.2.3.999") << QStringLiteral("not a valid IPv4");
    QTest::newRow("999.1.1.1") << QStringLiteral("999.1.1.1") << QStringLiteral("not a valid IPv4");
    QTest::newRow("1.2.3") << QStringLiteral("1.2.3") << QStringLiteral("not a valid IPv4");
    QTest::newRow("1.2.3.4.5") << QStringLiteral("1.2.3.4.5") << QStringLiteral("not a valid IPv4");
    QTest::newRow("octal-looking")
        << QStringLiteral("010.1.1.1") << QStringLiteral("not a valid IPv4");
    QTest::newRow("ipv4 trailing dot")
        << QStringLiteral("1.2.3.4.") << QStringLiteral("not a valid IPv4");
    QTest::newRow("port as host") << QStringLiteral("3389") << QStringLiteral("not a valid IPv4");
    QTest::newRow("bad ipv4 with port")
        << QStringLiteral("1.2.3.256:3389") << QStringLiteral("not a valid IPv4");
}

void TestTarget::rejected()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);
    const TargetParse parse = parseTargetText(text);
    QVERIFY2(!parse.target.has_value(), qPrintable(parse.target ? parse.target->host : QString()));
    QVERIFY2(parse.error.contains(errorPart),
             qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(parse.error, errorPart)));
    QVERIFY(!parse.error.contains(QLatin1Char('\n')));
}

void TestTarget::defaultPortApplies()
{
    for (const QString &text : {QStringLiteral("host"), QStringLiteral("[::1]"),
                                QStringLiteral("::1"), QStringLiteral("192.0.2.1")}) {
        const TargetParse parse = parseTargetText(text, 4000);
        QVERIFY2(parse.target.has_value(), qPrintable(parse.error));
        QCOMPARE(parse.target->port, quint16(4000));
    }
    // An explicit port beats the default.
    QCOMPARE(parseTargetText(QStringLiteral("host:3390"), 4000).target->port, quint16(3390));
}

void TestTarget::looksLikeRdpFile_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<bool>("isFile");

    QTest::newRow("x.rdp") << QStringLiteral("x.rdp") << true;
    QTest::newRow("upper case") << QStringLiteral("C:/Users/me/Work PC.RDP") << true;
    QTest::newRow("mixed case") << QStringLiteral("/tmp/server.Rdp") << true;
    QTest::newRow("trailing blank") << QStringLiteral("server.rdp ") << true;
    QTest::newRow("host") << QStringLiteral("host") << false;
    QTest::newRow("rdp") << QStringLiteral("rdp") << false;
    QTest::newRow("rdp in the middle") << QStringLiteral("host.rdp.example") << false;
    QTest::newRow(".rdpx") << QStringLiteral("x.rdpx") << false;
    QTest::newRow("host:port") << QStringLiteral("host:3389") << false;
}

void TestTarget::looksLikeRdpFile()
{
    QFETCH(QString, argument);
    QFETCH(bool, isFile);
    QCOMPARE(rdpdiag::looksLikeRdpFile(argument), isFile);
}

void TestTarget::rdpFilePorts_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("defaultPort");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");

    const QString h = QStringLiteral("host.example");
    QTest::newRow("full address port wins over server port")
        << QStringList{QStringLiteral("full address:s:host.example:3390"),
                       QStringLiteral("server port:i:3391")}
        << 4000 << h << 3390;
    QTest::newRow("server port wins over default")
        << QStringList{QStringLiteral("server port:i:3391"),
                       QStringLiteral("full address:s:host.example")}
        << 4000 << h << 3391;
    QTest::newRow("default when neither")
        << QStringList{QStringLiteral("full address:s:host.example")} << 4000 << h << 4000;
    QTest::newRow("bracketed v6 without port takes server port")
        << QStringList{QStringLiteral("full address:s:[::1]"), QStringLiteral("server port:i:3391")}
        << 3389 << QStringLiteral("::1") << 3391;
    QTest::newRow("bracketed v6 with port")
        << QStringList{QStringLiteral("full address:s:[fe80::1]:3390"),
                       QStringLiteral("server port:i:3391")}
        << 3389 << QStringLiteral("fe80::1") << 3390;
    QTest::newRow("bare v6 takes server port")
        << QStringList{QStringLiteral("full address:s:2001:db8::5"),
                       QStringLiteral("server port:i:3391")}
        << 3389 << QStringLiteral("2001:db8::5") << 3391;
    QTest::newRow("malformed server port ignored")
        << QStringList{QStringLiteral("full address:s:host.example"),
                       QStringLiteral("server port:i:33x")}
        << 3389 << h << 3389;
}

void TestTarget::rdpFilePorts()
{
    QFETCH(QStringList, lines);
    QFETCH(int, defaultPort);
    QFETCH(QString, host);
    QFETCH(int, port);

    const QString path = m_dir.filePath(QStringLiteral("ports.rdp"));
    QVERIFY(writeFile(path, crlf(lines).toUtf8()));
    const TargetParse parse = loadRdpFileTarget(path, static_cast<quint16>(defaultPort));
    QVERIFY2(parse.target.has_value(), qPrintable(parse.error));
    QCOMPARE(parse.target->host, host);
    QCOMPARE(int(parse.target->port), port);
}

void TestTarget::rdpFileUtf16()
{
    const QString path = m_dir.filePath(QStringLiteral("Work PC.rdp"));
    QVERIFY(writeFile(path, utf16LeWithBom(crlf({
                                QStringLiteral("screen mode id:i:2"),
                                QStringLiteral("full address:s:192.0.2.10"),
                                QStringLiteral("server port:i:3390"),
                                QStringLiteral("username:s:CONTOSO\\alice"),
                                QStringLiteral("enablecredsspsupport:i:0"),
                                QStringLiteral("gatewayhostname:s:gw.example.com"),
                            }))));
    const TargetParse parse = loadRdpFileTarget(path);
    QVERIFY2(parse.target.has_value(), qPrintable(parse.error));
    const Target &t = *parse.target;
    QCOMPARE(t.host, QStringLiteral("192.0.2.10"));
    QCOMPARE(t.port, quint16(3390));
    QVERIFY(t.isIpLiteral);
    QCOMPARE(t.source, Target::Source::RdpFile);
    QCOMPARE(t.input, path);
    QVERIFY(t.rdp.has_value());
    QCOMPARE(t.rdp->fullAddress, QStringLiteral("192.0.2.10"));
    QCOMPARE(t.rdp->username, QStringLiteral("CONTOSO\\alice"));
    QCOMPARE(t.rdp->enableCredSspSupport, std::optional<int>(0));
    QCOMPARE(t.rdp->gatewayHostname, QStringLiteral("gw.example.com"));

    // parseTargetArgument picks the file reader by extension.
    const TargetParse viaArgument = parseTargetArgument(path);
    QVERIFY2(viaArgument.target.has_value(), qPrintable(viaArgument.error));
    QCOMPARE(viaArgument.target->source, Target::Source::RdpFile);
    QCOMPARE(viaArgument.target->port, quint16(3390));
}

void TestTarget::rdpFileErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("missing file") << QStringLiteral("missing.rdp") << QByteArray()
                                  << QStringLiteral("does not exist");
    QTest::newRow("empty file") << QStringLiteral("empty.rdp") << QByteArray("")
                                << QStringLiteral("empty");
    QTest::newRow("no full address")
        << QStringLiteral("noaddr.rdp") << QByteArray("username:s:bob\r\n")
        << QStringLiteral("full address");
    QTest::newRow("bad full address")
        << QStringLiteral("badaddr.rdp") << QByteArray("full address:s:bad host:3389\r\n")
        << QStringLiteral("a space");
    QTest::newRow("bad port in full address")
        << QStringLiteral("badport.rdp") << QByteArray("full address:s:host:99999\r\n")
        << QStringLiteral("\"99999\"");
    QTest::newRow("server port out of range")
        << QStringLiteral("port0.rdp") << QByteArray("full address:s:host\r\nserver port:i:0\r\n")
        << QStringLiteral("server port 0");
    QTest::newRow("server port too big")
        << QStringLiteral("portbig.rdp")
        << QByteArray("full address:s:host\r\nserver port:i:70000\r\n")
        << QStringLiteral("server port 70000");
    QTest::newRow("binary") << QStringLiteral("binary.rdp") << QByteArray::fromHex("00ff00ee0102")
                            << QStringLiteral("binary");
}

void TestTarget::rdpFileErrors()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);

    const QString path = m_dir.filePath(name);
    if (!name.startsWith(QLatin1String("missing")))
        QVERIFY(writeFile(path, bytes));
    const TargetParse parse = loadRdpFileTarget(path);
    QVERIFY(!parse.target.has_value());
    QVERIFY2(parse.error.contains(errorPart),
             qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(parse.error, errorPart)));
    QVERIFY2(parse.error.contains(QDir::toNativeSeparators(path)), qPrintable(parse.error));
    QVERIFY(!parse.error.contains(QLatin1Char('\n')));
}

void TestTarget::rdpFileNotRegular()
{
    // The tests run as root, where chmod 000 does not stop reading: a folder named like an
    // .rdp file is the unreadable case instead.
    const QString folder = m_dir.filePath(QStringLiteral("folder.rdp"));
    QVERIFY(QDir().mkpath(folder));
    TargetParse parse = loadRdpFileTarget(folder);
    QVERIFY(!parse.target.has_value());
    QVERIFY2(parse.error.contains(QStringLiteral("folder")), qPrintable(parse.error));
    QVERIFY(parse.error.contains(QDir::toNativeSeparators(folder)));

    // Devices and pipes may block or never end; they must be refused rather than read. A
    // listening local socket (a named pipe on Windows) exists on every system, /dev/zero is
    // the classic endless device where there is one, NUL and CON are Windows' reserved names.
    // Windows does not show devices as entries of the file system, so there the refusal says
    // the file does not exist; where the entry is visible it must say "not a regular file".
    QLocalServer pipe;
    QVERIFY2(pipe.listen(QStringLiteral("rdpdiag-test-%1").arg(QCoreApplication::applicationPid())),
             qPrintable(pipe.errorString()));
    QStringList devices{pipe.fullServerName(), QStringLiteral("NUL"), QStringLiteral("CON")};
    if (QFileInfo::exists(QStringLiteral("/dev/zero")))
        devices << QStringLiteral("/dev/zero");
    for (const QString &device : devices) {
        const bool visible = QFileInfo::exists(device);
        parse = loadRdpFileTarget(device);
        QVERIFY2(!parse.target.has_value(), qPrintable(device));
        const QString expected =
            visible ? QStringLiteral("not a regular file") : QStringLiteral("does not exist");
        QVERIFY2(parse.error.contains(expected),
                 qPrintable(device + QStringLiteral(": ") + parse.error));
        QVERIFY(parse.error.contains(QDir::toNativeSeparators(device)));
    }
#ifdef Q_OS_UNIX
    QVERIFY2(QFileInfo::exists(pipe.fullServerName()), "a local socket is a visible file on Unix");
#endif
}

void TestTarget::rdpFileOversize()
{
    QByteArray bytes("full address:s:host\r\n");
    bytes.append(QByteArray(kMaxRdpFileBytes + 1 - bytes.size(), ' '));
    const QString path = m_dir.filePath(QStringLiteral("big.rdp"));
    QVERIFY(writeFile(path, bytes));
    const TargetParse parse = loadRdpFileTarget(path);
    QVERIFY(!parse.target.has_value());
    QVERIFY2(parse.error.contains(QStringLiteral("too large")), qPrintable(parse.error));
    QVERIFY(parse.error.contains(QDir::toNativeSeparators(path)));

    // One byte less is fine.
    bytes.chop(1);
    QVERIFY(writeFile(path, bytes));
    const TargetParse ok = loadRdpFileTarget(path);
    QVERIFY2(ok.target.has_value(), qPrintable(ok.error));
    QCOMPARE(ok.target->host, QStringLiteral("host"));
}

void TestTarget::rdpFilePasswordNotKept()
{
    const QString secret = QString::fromLatin1(kPasswordBlob);
    const QString path = m_dir.filePath(QStringLiteral("saved.rdp"));
    for (const QString &address : {QStringLiteral("host.example"), QStringLiteral("bad host")}) {
        QVERIFY(writeFile(path, utf16LeWithBom(crlf({
                                    QStringLiteral("full address:s:") + address,
                                    QStringLiteral("password 51:b:") + secret,
                                    QStringLiteral("username:s:alice"),
                                }))));
        const TargetParse parse = loadRdpFileTarget(path);
        QStringList strings{parse.error};
        if (parse.target) {
            const Target &t = *parse.target;
            QVERIFY(t.rdp->hadPasswordBlob);
            strings << t.input << t.host << t.rdp->fullAddress << t.rdp->alternateFullAddress
                    << t.rdp->gatewayHostname << t.rdp->username;
        }
        for (const QString &text : strings) {
            for (qsizetype i = 0; i + 8 <= secret.size(); ++i)
                QVERIFY2(!text.contains(secret.mid(i, 8), Qt::CaseInsensitive),
                         "password blob content leaked");
        }
    }
}

void TestTarget::argumentDispatch()
{
    // A name that is not a file goes to the text parser.
    const TargetParse host = parseTargetArgument(QStringLiteral("host:3390"));
    QVERIFY2(host.target.has_value(), qPrintable(host.error));
    QCOMPARE(host.target->source, Target::Source::Argument);
    QCOMPARE(host.target->port, quint16(3390));

    // A missing .rdp file is a file error, not a host name "missing.rdp".
    const TargetParse missing = parseTargetArgument(m_dir.filePath(QStringLiteral("none.rdp")));
    QVERIFY(!missing.target.has_value());
    QVERIFY2(missing.error.contains(QStringLiteral("does not exist")), qPrintable(missing.error));
}

QTEST_GUILESS_MAIN(TestTarget)
#include "TestTarget.moc"
