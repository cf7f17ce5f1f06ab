// SPDX-License-Identifier: GPL-3.0-or-later
// `.rdp` file reader: the encodings Windows and other tools save, every setting the
// diagnosis uses, odd values, hostile bytes, and that a password blob never survives.
#include "input/RdpFile.h"

#include <QStringEncoder>
#include <QTest>

using rdpdiag::kMaxRdpFileBytes;
using rdpdiag::parseRdpFile;
using rdpdiag::RdpFileParse;
using rdpdiag::RdpFileSettings;

namespace {

enum class Encoding { Utf16LeBom, Utf16LeNoBom, Utf16BeBom, Utf8, Utf8Bom };

/** The secret part of the blob: no returned string may contain any piece of it. */
const char kPasswordBlob[] = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000SECRETBLOBc0ffee42";

QByteArray encode(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LeBom:
    case Encoding::Utf16LeNoBom: {
        QStringEncoder encoder(QStringEncoder::Utf16LE);
        QByteArray bytes = encoder.encode(text);
        if (encoding == Encoding::Utf16LeBom)
            bytes.prepend("\xFF\xFE", 2);
        return bytes;
    }
    case Encoding::Utf16BeBom: {
        QStringEncoder encoder(QStringEncoder::Utf16BE);
        return QByteArray("\xFE\xFF", 2) + QByteArray(encoder.encode(text));
    }
    case Encoding::Utf8:
        return text.toUtf8();
    case Encoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    }
    return {};
}

/** Joins lines with CRLF, as mstsc writes them (and ends the last line too). */
QString crlf(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

/** A file as "Save As" in mstsc writes it, with every setting RdpFileSettings holds. */
QStringList windowsLines()
{
    return {
        QStringLiteral("screen mode id:i:2"),
        QStringLiteral("use multimon:i:0"),
        QStringLiteral("desktopwidth:i:1920"),
        QStringLiteral("desktopheight:i:1080"),
        QStringLiteral("session bpp:i:32"),
        QStringLiteral("compression:i:1"),
        QStringLiteral("full address:s:rdp.example.com:3390"),
        QStringLiteral("alternate full address:s:alt.example.com"),
        QStringLiteral("server port:i:3391"),
        QStringLiteral("audiomode:i:0"),
        QStringLiteral("username:s:CONTOSO\\alice"),
        QStringLiteral("password 51:b:") + QString::fromLatin1(kPasswordBlob),
        QStringLiteral("gatewayhostname:s:gw.example.com"),
        QStringLiteral("gatewayusagemethod:i:2"),
        QStringLiteral("gatewaycredentialssource:i:4"),
        QStringLiteral("enablecredsspsupport:i:0"),
        QStringLiteral("authentication level:i:2"),
        QStringLiteral("negotiate security layer:i:1"),
        QStringLiteral("prompt for credentials:i:0"),
        QStringLiteral("remoteapplicationmode:i:0"),
    };
}

/** Bytes of a literal that may hold NULs (without the terminating one). */
template <qsizetype N> QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

RdpFileSettings parseOk(const QByteArray &bytes)
{
    const RdpFileParse parse = parseRdpFile(bytes);
    if (!parse.settings) {
        qWarning("unexpected error: %s", qPrintable(parse.error));
        return {};
    }
    return *parse.settings;
}

/** Every QString the parser returns, so a leak check cannot miss a member. */
QStringList allStrings(const RdpFileParse &parse)
{
    QStringList strings{parse.error};
    if (parse.settings) {
        const RdpFileSettings &s = *parse.settings;
        strings << s.fullAddress << s.alternateFullAddress << s.gatewayHostname << s.username;
    }
    return strings;
}

void verifyNoSecret(const RdpFileParse &parse)
{
    // Any 8-character window of the blob is enough to prove a leak.
    const QString secret = QString::fromLatin1(kPasswordBlob);
    for (const QString &text : allStrings(parse)) {
        for (qsizetype i = 0; i + 8 <= secret.size(); ++i)
            QVERIFY2(!text.contains(secret.mid(i, 8), Qt::CaseInsensitive),
                     "password blob content leaked into a returned string");
    }
}

} // namespace

Q_DECLARE_METATYPE(Encoding)

class TestRdpFile : public QObject
{
    Q_OBJECT

private slots:
    void windowsFile_data();
    void windowsFile();
    void passwordBlobNeverKept_data();
    void passwordBlobNeverKept();
    void fullAddressForms_data();
    void fullAddressForms();
    void integerValues_data();
    void integerValues();
    void namesAndTypes();
    void lineEnds_data();
    void lineEnds();
    void latin1Fallback();
    void duplicateSettingLastWins();
    void rejected_data();
    void rejected();
    void sizeLimit();
};

void TestRdpFile::windowsFile_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("utf-16le with bom") << Encoding::Utf16LeBom;
    QTest::newRow("utf-16le without bom") << Encoding::Utf16LeNoBom;
    QTest::newRow("utf-16be with bom") << Encoding::Utf16BeBom;
    QTest::newRow("utf-8") << Encoding::Utf8;
    QTest::newRow("utf-8 with bom") << Encoding::Utf8Bom;
}

void TestRdpFile::windowsFile()
{
    QFETCH(Encoding, encoding);
    const RdpFileParse parse = parseRdpFile(encode(crlf(windowsLines()), encoding));
    QVERIFY2(parse.settings.has_value(), qPrintable(parse.error));
    const RdpFileSettings &s = *parse.settings;
    QCOMPARE(s.fullAddress, QStringLiteral("rdp.example.com:3390"));
    QCOMPARE(s.serverPort, std::optional<int>(3391));
    QCOMPARE(s.alternateFullAddress, QStringLiteral("alt.example.com"));
    QCOMPARE(s.gatewayHostname, QStringLiteral("gw.example.com"));
    QCOMPARE(s.gatewayUsageMethod, std::optional<int>(2));
    QCOMPARE(s.enableCredSspSupport, std::optional<int>(0));
    QCOMPARE(s.authenticationLevel, std::optional<int>(2));
    QCOMPARE(s.negotiateSecurityLayer, std::optional<int>(1));
    QCOMPARE(s.username, QStringLiteral("CONTOSO\\alice"));
    QVERIFY(s.hadPasswordBlob);
}

void TestRdpFile::passwordBlobNeverKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");

    const QString blobLine = QStringLiteral("password 51:b:") + QString::fromLatin1(kPasswordBlob);
    QTest::newRow("windows file") << encode(crlf(windowsLines()), Encoding::Utf16LeBom) << true;
    QTest::newRow("blob first, utf-8")
        << encode(crlf({blobLine, QStringLiteral("full address:s:host")}), Encoding::Utf8) << true;
    // The blob next to the error path: the reason must not quote the file.
    QTest::newRow("blob, no full address")
        << encode(crlf({blobLine, QStringLiteral("username:s:bob")}), Encoding::Utf8) << false;
    QTest::newRow("blob, empty full address")
        << encode(crlf({QStringLiteral("full address:s:"), blobLine}), Encoding::Utf16LeBom)
        << false;
    QTest::newRow("blob, then binary")
        << (encode(crlf({QStringLiteral("full address:s:host"), blobLine}), Encoding::Utf8) +
            QByteArray("\x01\x02", 2))
        << false;
    // Odd capitalisation and spacing of the name still mark (and drop) the blob.
    QTest::newRow("odd case") << encode(crlf({QStringLiteral("Password 51:B:") +
                                                  QString::fromLatin1(kPasswordBlob),
                                              QStringLiteral("full address:s:host")}),
                                        Encoding::Utf8)
                              << true;
}

void TestRdpFile::passwordBlobNeverKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    const RdpFileParse parse = parseRdpFile(bytes);
    QCOMPARE(parse.settings.has_value(), valid);
    if (valid)
        QVERIFY(parse.settings->hadPasswordBlob);
    else
        QVERIFY(!parse.error.isEmpty());
    verifyNoSecret(parse);
}

void TestRdpFile::fullAddressForms_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("fullAddress");

    QTest::newRow("name") << QStringLiteral("full address:s:host") << QStringLiteral("host");
    QTest::newRow("name:port") << QStringLiteral("full address:s:host.example:3390")
                               << QStringLiteral("host.example:3390");
    QTest::newRow("[v6]:port") << QStringLiteral("full address:s:[fe80::1]:3390")
                               << QStringLiteral("[fe80::1]:3390");
    QTest::newRow("bare v6") << QStringLiteral("full address:s:2001:db8::5")
                             << QStringLiteral("2001:db8::5");
    QTest::newRow("surrounding blanks")
        << QStringLiteral("full address:s:  host  ") << QStringLiteral("host");
    QTest::newRow("blanks around name and type")
        << QStringLiteral("  full address : s :host") << QStringLiteral("host");
}

void TestRdpFile::fullAddressForms()
{
    QFETCH(QString, line);
    QFETCH(QString, fullAddress);
    const RdpFileSettings s = parseOk(encode(crlf({line}), Encoding::Utf16LeBom));
    QCOMPARE(s.fullAddress, fullAddress);
    QVERIFY(!s.hadPasswordBlob);
    QVERIFY(!s.serverPort.has_value());
}

void TestRdpFile::integerValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<std::optional<int>>("expected");

    QTest::newRow("3390") << QStringLiteral("3390") << std::optional<int>(3390);
    QTest::newRow("0") << QStringLiteral("0") << std::optional<int>(0);
    QTest::newRow("negative") << QStringLiteral("-1") << std::optional<int>(-1);
    QTest::newRow("blanks") << QStringLiteral(" 7 ") << std::optional<int>(7);
    QTest::newRow("leading zeros") << QStringLiteral("003389") << std::optional<int>(3389);
    QTest::newRow("int max") << QStringLiteral("2147483647") << std::optional<int>(2147483647);
    QTest::newRow("trailing letters") << QStringLiteral("12abc") << std::optional<int>();
    QTest::newRow("hex") << QStringLiteral("0x10") << std::optional<int>();
    QTest::newRow("empty") << QString() << std::optional<int>();
    QTest::newRow("minus only") << QStringLiteral("-") << std::optional<int>();
    QTest::newRow("plus sign") << QStringLiteral("+5") << std::optional<int>();
    QTest::newRow("decimal") << QStringLiteral("1.5") << std::optional<int>();
    QTest::newRow("inner blank") << QStringLiteral("1 2") << std::optional<int>();
    QTest::newRow("overflow") << QStringLiteral("2147483648") << std::optional<int>();
    QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << std::optional<int>();
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("\xd9\xa3\xd9\xa3") << std::optional<int>();
}

void TestRdpFile::integerValues()
{
    QFETCH(QString, value);
    QFETCH(std::optional<int>, expected);
    const QStringList lines{
        QStringLiteral("full address:s:host"),
        QStringLiteral("server port:i:") + value,
        QStringLiteral("gatewayusagemethod:i:") + value,
        QStringLiteral("enablecredsspsupport:i:") + value,
        QStringLiteral("authentication level:i:") + value,
        QStringLiteral("negotiate security layer:i:") + value,
    };
    // A bad number only drops that setting; the file stays usable.
    const RdpFileSettings s = parseOk(encode(crlf(lines), Encoding::Utf8));
    QCOMPARE(s.fullAddress, QStringLiteral("host"));
    QCOMPARE(s.serverPort, expected);
    QCOMPARE(s.gatewayUsageMethod, expected);
    QCOMPARE(s.enableCredSspSupport, expected);
    QCOMPARE(s.authenticationLevel, expected);
    QCOMPARE(s.negotiateSecurityLayer, expected);
}

void TestRdpFile::namesAndTypes()
{
    const QStringList lines{
        QStringLiteral("FULL ADDRESS:S:Host.Example"),
        QStringLiteral("Server Port:I:3390"),
        QStringLiteral("GatewayHostname:s:gw"),
        // The wrong type for a known name: ignored, not misread.
        QStringLiteral("authentication level:s:2"),
        QStringLiteral("username:i:5"),
        // Unknown settings, comments and junk lines are ignored.
        QStringLiteral("some future setting:x:whatever"),
        QStringLiteral("no colons here"),
        QStringLiteral("one:colon"),
        QStringLiteral(":s:"),
        QStringLiteral("kdcproxyname:s:kdc.example"),
    };
    const RdpFileSettings s = parseOk(encode(crlf(lines), Encoding::Utf16LeBom));
    QCOMPARE(s.fullAddress, QStringLiteral("Host.Example"));
    QCOMPARE(s.serverPort, std::optional<int>(3390));
    QCOMPARE(s.gatewayHostname, QStringLiteral("gw"));
    QVERIFY(!s.authenticationLevel.has_value());
    QVERIFY(s.username.isEmpty());
    QVERIFY(s.alternateFullAddress.isEmpty());
    QVERIFY(!s.gatewayUsageMethod.has_value());
    QVERIFY(!s.enableCredSspSupport.has_value());
    QVERIFY(!s.negotiateSecurityLayer.has_value());
    QVERIFY(!s.hadPasswordBlob);
}

void TestRdpFile::lineEnds_data()
{
    QTest::addColumn<QString>("separator");
    QTest::newRow("crlf") << QStringLiteral("\r\n");
    QTest::newRow("lf") << QStringLiteral("\n");
    QTest::newRow("cr") << QStringLiteral("\r");
}

void TestRdpFile::lineEnds()
{
    QFETCH(QString, separator);
    // No line end after the last line either.
    const QString text =
        QStringList{QStringLiteral("server port:i:3390"), QStringLiteral("full address:s:host"),
                    QStringLiteral("username:s:bob")}
            .join(separator);
    for (const Encoding encoding : {Encoding::Utf8, Encoding::Utf16LeBom}) {
        const RdpFileSettings s = parseOk(encode(text, encoding));
        QCOMPARE(s.fullAddress, QStringLiteral("host"));
        QCOMPARE(s.serverPort, std::optional<int>(3390));
        QCOMPARE(s.username, QStringLiteral("bob"));
    }
}

void TestRdpFile::latin1Fallback()
{
    // Not UTF-8: an ANSI file from an older tool. The host must still be read.
    const QByteArray bytes("full address:s:host\r\nusername:s:J\xe9r\xf4me\r\n");
    const RdpFileSettings s = parseOk(bytes);
    QCOMPARE(s.fullAddress, QStringLiteral("host"));
    QCOMPARE(s.username, QString::fromUtf8("J\xc3\xa9r\xc3\xb4me"));

    // Real UTF-8 stays UTF-8.
    const RdpFileSettings u = parseOk(QByteArray("full address:s:host\nusername:s:J\xc3\xa9r\n"));
    QCOMPARE(u.username, QString::fromUtf8("J\xc3\xa9r"));
}

void TestRdpFile::duplicateSettingLastWins()
{
    const RdpFileSettings s = parseOk(encode(
        crlf({QStringLiteral("full address:s:first"), QStringLiteral("full address:s:second")}),
        Encoding::Utf8));
    QCOMPARE(s.fullAddress, QStringLiteral("second"));
}

void TestRdpFile::rejected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("bom only") << QByteArray("\xFF\xFE") << QStringLiteral("full address");
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n  \r\n") << QStringLiteral("full address");
    QTest::newRow("no full address")
        << encode(crlf({QStringLiteral("username:s:bob"), QStringLiteral("server port:i:3390")}),
                  Encoding::Utf16LeBom)
        << QStringLiteral("no \"full address\"");
    QTest::newRow("full address with type i")
        << encode(crlf({QStringLiteral("full address:i:3")}), Encoding::Utf8)
        << QStringLiteral("no \"full address\"");
    QTest::newRow("empty full address")
        << encode(crlf({QStringLiteral("full address:s:")}), Encoding::Utf8)
        << QStringLiteral("is empty");
    QTest::newRow("blank full address")
        << encode(crlf({QStringLiteral("full address:s:   ")}), Encoding::Utf16LeBom)
        << QStringLiteral("is empty");
    QTest::newRow("png") << raw("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10")
                         << QStringLiteral("binary");
    QTest::newRow("nul in utf-8") << raw("full address:s:host\0\r\n") << QStringLiteral("binary");
    QTest::newRow("control character")
        << QByteArray("full address:s:host\r\n\x07\r\n") << QStringLiteral("binary");
    QTest::newRow("random bytes") << QByteArray::fromHex("8f1c00d3a2ff01e47b00c9")
                                  << QStringLiteral("binary");
    QTest::newRow("utf-16 odd length") << raw("\xFF\xFE"
                                              "f\0u\0l")
                                       << QStringLiteral("UTF-16");
    QTest::newRow("utf-16 lone high surrogate") << raw("\xFF\xFE"
                                                       "a\0\x00\xD8"
                                                       "b\0")
                                                << QStringLiteral("UTF-16");
    QTest::newRow("utf-16 lone low surrogate") << raw("\xFF\xFE"
                                                      "a\0\x00\xDC")
                                               << QStringLiteral("UTF-16");
    QTest::newRow("utf-16 high surrogate at end") << raw("\xFF\xFE"
                                                         "a\0\x3D\xD8")
                                                  << QStringLiteral("UTF-16");
    QTest::newRow("utf-16 with nul")
        << (encode(QStringLiteral("full address:s:host"), Encoding::Utf16LeBom) +
            QByteArray(2, '\0'))
        << QStringLiteral("binary");
}

void TestRdpFile::rejected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const RdpFileParse parse = parseRdpFile(bytes);
    QVERIFY(!parse.settings.has_value());
    QVERIFY2(parse.error.contains(errorPart),
             qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(parse.error, errorPart)));
    QVERIFY(!parse.error.contains(QLatin1Char('\n')));
}

void TestRdpFile::sizeLimit()
{
    // Valid text right at the limit is accepted; one byte more is refused before decoding.
    QByteArray atLimit("full address:s:host\r\n");
    atLimit.append(QByteArray(kMaxRdpFileBytes - atLimit.size(), ' '));
    QCOMPARE(atLimit.size(), kMaxRdpFileBytes);
    QCOMPARE(parseOk(atLimit).fullAddress, QStringLiteral("host"));

    const QByteArray over = atLimit + ' ';
    const RdpFileParse parse = parseRdpFile(over);
    QVERIFY(!parse.settings.has_value());
    QVERIFY2(parse.error.contains(QStringLiteral("too large")), qPrintable(parse.error));
    QVERIFY(parse.error.contains(QString::number(kMaxRdpFileBytes)));
}

QTEST_GUILESS_MAIN(TestRdpFile)
#include "TestRdpFile.moc"
