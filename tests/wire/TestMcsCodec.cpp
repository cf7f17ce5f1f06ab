// SPDX-License-Identifier: GPL-3.0-or-later
// The MCS Connect Initial / Connect Response codec with its GCC data blocks and the server
// certificate of Standard RDP Security (wire/Mcs, wire/Gcc, wire/ServerCertificate), on
// byte vectors made by hand from [MS-RDPBCGR] 2.2.1.3, 2.2.1.4 and 2.2.1.4.3.1.
#include "TestCertificates.h"
#include "wire/Mcs.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rdpdiag;
using namespace rdpdiag::wire;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

QByteArray repeated(int count, char byte)
{
    return QByteArray(count, byte);
}

/** A proprietary certificate with a 512-bit key (dwVersion @p version). */
QByteArray proprietaryCertificate(const char *version = "01 00 00 00")
{
    return hex(version) + hex("01 00 00 00 01 00 00 00") // dwSigAlgId, dwKeyAlgId: RSA
           + hex("06 00 5c 00")                          // BB_RSA_KEY_BLOB, 92 bytes
           + hex("52 53 41 31 48 00 00 00 00 02 00 00 3f 00 00 00 01 00 01 00") // RSA1, 72,
           + repeated(72, '\x5a')                       // 512 bits, 63, e = 65537
           + hex("08 00 48 00") + repeated(72, '\x11'); // signature blob, 72 bytes
}

/** TS_UD_SC_SEC1 with a 32-byte random and @p certificate. */
QByteArray securityBlock(const QByteArray &certificate, const char *methodAndLevel)
{
    QByteArray body = hex(methodAndLevel) + hex("20 00 00 00");
    const quint32 length = static_cast<quint32>(certificate.size());
    body += QByteArray(reinterpret_cast<const char *>(&length), 4); // little-endian host
    body += repeated(32, '\x77') + certificate;
    const quint16 total = static_cast<quint16>(body.size() + 4);
    return hex("02 0c") + QByteArray(reinterpret_cast<const char *>(&total), 2) + body;
}

/** SC_CORE (RDP 5.0+, clientRequestedProtocols 0), @p security, SC_NET (I/O channel 1003). */
QByteArray serverBlocks(const QByteArray &security)
{
    return hex("01 0c 0c 00 04 00 08 00 00 00 00 00") + security + hex("03 0c 08 00 eb 03 00 00");
}

/** The GCC Conference Create Response around @p blocks (length in the two-byte form). */
QByteArray gccResponse(const QByteArray &blocks)
{
    const int n = static_cast<int>(blocks.size());
    return hex("00 05 00 14 7c 00 01 2a 14 76 0a 01 01 00 01 c0 00 4d 63 44 6e") +
           QByteArray(1, static_cast<char>(0x80 | (n >> 8))) +
           QByteArray(1, static_cast<char>(n & 0xFF)) + blocks;
}

/** TPKT + X.224 Data + Connect-Response (result 0) around @p gcc. */
QByteArray connectResponse(const QByteArray &gcc)
{
    QByteArray body = hex("0a 01 00 02 01 00") +
                      hex("30 1a 02 01 22 02 01 03 02 01 00 02 01 01 02 01 00 02 01 01 "
                          "02 03 00 ff f8 02 01 02") +
                      hex("04 82") + QByteArray(1, static_cast<char>(gcc.size() >> 8)) +
                      QByteArray(1, static_cast<char>(gcc.size() & 0xFF)) + gcc;
    QByteArray mcs = hex("7f 66 82") + QByteArray(1, static_cast<char>(body.size() >> 8)) +
                     QByteArray(1, static_cast<char>(body.size() & 0xFF)) + body;
    const int total = 7 + static_cast<int>(mcs.size());
    return hex("03 00") + QByteArray(1, static_cast<char>(total >> 8)) +
           QByteArray(1, static_cast<char>(total & 0xFF)) + hex("02 f0 80") + mcs;
}

QByteArray derOfPem(const QByteArray &pem)
{
    QByteArray base64;
    for (const QByteArray &line : pem.split('\n'))
        if (!line.startsWith("-----"))
            base64 += line.trimmed();
    return QByteArray::fromBase64(base64);
}

} // namespace

class TestMcsCodec : public QObject
{
    Q_OBJECT

private slots:
    void clientDataBlocks()
    {
        const QByteArray blocks = buildClientDataBlocks(0x08);
        QCOMPARE(blocks.size(), 236);
        // TS_UD_CS_CORE: header (0xC001, 216), RDP 5.0+, 1024 x 768, 8 bpp, SAS, en-US, build.
        QCOMPARE(blocks.first(24), hex("01 c0 d8 00 04 00 08 00 00 04 00 03 01 ca 03 aa "
                                       "09 04 00 00 28 0a 00 00"));
        // clientName "rdpdiag" in UTF-16LE, never this computer's name.
        QCOMPARE(blocks.mid(24, 32),
                 hex("72 00 64 00 70 00 64 00 69 00 61 00 67 00") + repeated(18, '\0'));
        // serverSelectedProtocol PROTOCOL_RDP closes the core data.
        QCOMPARE(blocks.mid(212, 4), hex("00 00 00 00"));
        // TS_UD_CS_SEC offering 56-bit alone, TS_UD_CS_NET without channels.
        QCOMPARE(blocks.mid(216),
                 hex("02 c0 0c 00 08 00 00 00 00 00 00 00 03 c0 08 00 00 00 00 00"));
    }

    void connectInitial()
    {
        const QByteArray pdu = buildConnectInitial(0x02);
        // TPKT with the whole length, X.224 Data, Connect-Initial with a two-byte length.
        QCOMPARE(pdu.first(4), hex("03 00") + QByteArray(1, char(pdu.size() >> 8)) +
                                   QByteArray(1, char(pdu.size() & 0xFF)));
        QCOMPARE(pdu.mid(4, 5), hex("02 f0 80 7f 65"));
        QCOMPARE(pdu.mid(12, 9), hex("04 01 01 04 01 01 01 01 ff"));
        // targetParameters: 34 channels, 2 users, 0 tokens, 1 priority, 0, 1, 65535, v2.
        QCOMPARE(pdu.mid(21, 28), hex("30 1a 02 01 22 02 01 02 02 01 00 02 01 01 02 01 00 "
                                      "02 01 01 02 03 00 ff ff 02 01 02"));
        // The GCC request: T.124 identifier, connectPDU length 236 + 14, the fixed fields with
        // the "Duca" key, user data length 236 — 23 bytes before the data blocks, as xrdp
        // expects them.
        const QByteArray gcc = hex("00 05 00 14 7c 00 01 80 fa 00 08 00 10 00 01 c0 00 44 75 "
                                   "63 61 80 ec") +
                               buildClientDataBlocks(0x02);
        QVERIFY(pdu.endsWith(gcc));
        QCOMPARE(pdu.mid(pdu.size() - gcc.size() - 4, 4), hex("04 82 01 03"));
    }

    void parsesResponse()
    {
        const QByteArray pdu = connectResponse(gccResponse(
            serverBlocks(securityBlock(proprietaryCertificate(), "02 00 00 00 03 00 00 00"))));
        const ConnectResponseParse parsed = parseConnectResponse(pdu);
        QVERIFY2(parsed.response, qPrintable(parsed.error));
        const ConnectResponse &response = *parsed.response;
        QCOMPARE(response.result, 0u);
        QVERIFY(response.certificateError.isEmpty());
        QVERIFY(response.server);
        const ServerData &server = *response.server;
        QCOMPARE(server.core->version, 0x00080004u);
        QCOMPARE(server.core->clientRequestedProtocols.value_or(99), 0u);
        QVERIFY(!server.core->earlyCapabilityFlags);
        QCOMPARE(server.security->encryptionMethod, quint32(EncryptionMethod128Bit));
        QCOMPARE(server.security->encryptionLevel, quint32(EncryptionLevelHigh));
        QCOMPARE(server.security->serverRandomLength.value_or(0), 32u);
        QCOMPARE(server.security->certificateLength.value_or(0), 184u);
        const ServerCertificate &certificate = *server.security->certificate;
        QCOMPARE(certificate.type, ServerCertificate::Type::Proprietary);
        QVERIFY(!certificate.temporary);
        QCOMPARE(certificate.keyBits.value_or(0), 512);
        QCOMPARE(certificate.publicExponent.value_or(0), 65537u);
        QCOMPARE(server.network->mcsChannelId, quint16(1003));
        QVERIFY(server.network->channelIds.isEmpty());
        QVERIFY(server.otherBlocks.isEmpty());
    }

    void noEncryption()
    {
        // Level and method none: only the two fields, no random, no certificate.
        const QByteArray pdu =
            connectResponse(gccResponse(serverBlocks(hex("02 0c 0c 00 00 00 00 00 00 00 00 00"))));
        const ConnectResponseParse parsed = parseConnectResponse(pdu);
        QVERIFY2(parsed.response, qPrintable(parsed.error));
        const ServerSecurityData &security = *parsed.response->server->security;
        QCOMPARE(security.encryptionMethod, 0u);
        QCOMPARE(security.encryptionLevel, 0u);
        QVERIFY(!security.serverRandomLength);
        QVERIFY(!security.certificate);
    }

    void refusedConnection()
    {
        // Connect-Response with result rt-unspecified-failure and nothing after it.
        const ConnectResponseParse parsed =
            parseConnectResponse(hex("03 00 00 0d 02 f0 80 7f 66 03 0a 01 0e"));
        QVERIFY2(parsed.response, qPrintable(parsed.error));
        QCOMPARE(parsed.response->result, 14u);
        QVERIFY(!parsed.response->server);
        QCOMPARE(mcsResultName(14), QStringLiteral("rt-unspecified-failure"));
        QCOMPARE(mcsResultName(99), QStringLiteral("result 99"));
    }

    void temporaryX509Chain()
    {
        QTemporaryDir dir;
        test::CertificateOptions options;
        options.rsaBits = 1024;
        const test::TestCertificate rsa =
            test::makeTestCertificate(options, dir.path(), QStringLiteral("rsa"));
        QVERIFY2(rsa.isValid(), qPrintable(rsa.error));
        options.keyType = test::CertificateOptions::KeyType::EcP256;
        const test::TestCertificate ec =
            test::makeTestCertificate(options, dir.path(), QStringLiteral("ec"));
        QVERIFY2(ec.isValid(), qPrintable(ec.error));
        const QByteArray rsaDer = derOfPem(rsa.certificatePem);
        const QByteArray ecDer = derOfPem(ec.certificatePem);
        QCOMPARE(x509RsaKeyBits(rsaDer).value_or(0), 1024);
        QVERIFY(!x509RsaKeyBits(ecDer));
        QVERIFY(!x509RsaKeyBits(rsaDer.first(rsaDer.size() / 2)));

        // CERT_CHAIN_VERSION_2 with the temporary bit: two certificates, the server's last,
        // then the padding of 8 + 4 * 2 bytes.
        const auto blob = [](const QByteArray &der) {
            const quint32 size = static_cast<quint32>(der.size());
            return QByteArray(reinterpret_cast<const char *>(&size), 4) + der;
        };
        const QByteArray chain =
            hex("02 00 00 80 02 00 00 00") + blob(ecDer) + blob(rsaDer) + repeated(16, '\0');
        const ServerCertificateParse parsed = parseServerCertificate(chain);
        QVERIFY2(parsed.certificate, qPrintable(parsed.error));
        QCOMPARE(parsed.certificate->type, ServerCertificate::Type::X509);
        QVERIFY(parsed.certificate->temporary);
        QCOMPARE(parsed.certificate->chainLength, 2);
        QCOMPARE(parsed.certificate->keyBits.value_or(0), 1024);
        QCOMPARE(serverCertificateTypeId(parsed.certificate->type), QStringLiteral("x509"));
    }

    void rejectsLyingLengths_data()
    {
        QTest::addColumn<QByteArray>("blocks");
        QTest::addColumn<QString>("error");
        QTest::newRow("block longer than the data")
            << hex("01 0c 40 00 04 00 08 00")
            << QStringLiteral("server core data at offset 0 claims 64 bytes");
        QTest::newRow("block length below its header")
            << hex("02 0c 02 00") << QStringLiteral("claims 2 bytes");
        QTest::newRow("stray bytes")
            << hex("03 0c 08 00 eb 03 00 00 ff") << QStringLiteral("1 stray byte(s)");
        QTest::newRow("security too short")
            << hex("02 0c 08 00 02 00 00 00") << QStringLiteral("shorter than its method");
        QTest::newRow("random longer than the block")
            << hex("02 0c 14 00 02 00 00 00 02 00 00 00 ff ff ff ff 00 00 00 00")
            << QStringLiteral("do not fit");
        QTest::newRow("certificate length 0xffffffff")
            << hex("02 0c 14 00 02 00 00 00 02 00 00 00 00 00 00 00 ff ff ff ff")
            << QStringLiteral("do not fit");
        QTest::newRow("channel list longer than the block")
            << hex("03 0c 08 00 eb 03 05 00") << QStringLiteral("does not hold its channel list");
        QTest::newRow("two core blocks") << hex("01 0c 08 00 04 00 08 00 01 0c 08 00 04 00 08 00")
                                         << QStringLiteral("two server core data blocks");
    }
    void rejectsLyingLengths()
    {
        QFETCH(QByteArray, blocks);
        QFETCH(QString, error);
        const ServerDataParse parsed = parseServerDataBlocks(blocks);
        QVERIFY(!parsed.data);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void certificateErrorsKeepTheLevel_data()
    {
        QTest::addColumn<QByteArray>("certificate");
        QTest::addColumn<QString>("error");
        QByteArray keyTooLong = proprietaryCertificate();
        keyTooLong[20] = '\x60'; // keylen 96 > 72 in the blob
        QTest::newRow("modulus longer than the blob") << keyTooLong << QStringLiteral("modulus");
        QByteArray bitsTooMany = proprietaryCertificate();
        bitsTooMany[25] = '\x10'; // bitlen 4096 in 72 bytes
        QTest::newRow("bits beyond the modulus") << bitsTooMany << QStringLiteral("does not fit");
        QTest::newRow("unknown version")
            << proprietaryCertificate("03 00 00 00") << QStringLiteral("unknown version 3");
        QTest::newRow("chain of a million")
            << hex("02 00 00 00 40 42 0f 00") << QStringLiteral("claims 1000000 certificates");
        QTest::newRow("certificate longer than the chain")
            << hex("02 00 00 00 01 00 00 00 ff ff ff 7f 30 82")
            << QStringLiteral("X.509 certificate 1 claims 2147483647 bytes");
        QTest::newRow("no signature blob")
            << proprietaryCertificate().first(16 + 92) << QStringLiteral("before its signature");
    }
    void certificateErrorsKeepTheLevel()
    {
        QFETCH(QByteArray, certificate);
        QFETCH(QString, error);
        const ConnectResponseParse parsed = parseConnectResponse(connectResponse(
            gccResponse(serverBlocks(securityBlock(certificate, "10 00 00 00 04 00 00 00")))));
        QVERIFY2(parsed.response, qPrintable(parsed.error));
        QVERIFY2(parsed.response->certificateError.contains(error),
                 qPrintable(parsed.response->certificateError));
        const ServerSecurityData &security = *parsed.response->server->security;
        QCOMPARE(security.encryptionMethod, quint32(EncryptionMethodFips));
        QCOMPARE(security.encryptionLevel, quint32(EncryptionLevelFips));
        QVERIFY(!security.certificate);
    }

    void rejectsBadEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("pdu");
        QTest::addColumn<QString>("error");
        const QByteArray good = connectResponse(gccResponse(
            serverBlocks(securityBlock(proprietaryCertificate(), "01 00 00 00 01 00 00 00"))));
        QByteArray wrongTpkt = good;
        wrongTpkt[3] = static_cast<char>(wrongTpkt[3] + 1);
        QTest::newRow("tpkt length") << wrongTpkt << QStringLiteral("does not match");
        QByteArray notData = good;
        notData[5] = '\xe0';
        QTest::newRow("not a data tpdu") << notData << QStringLiteral("Data TPDU");
        QByteArray initial = good;
        initial[8] = '\x65';
        QTest::newRow("connect initial") << initial << QStringLiteral("Connect-Response (7f 66)");
        QByteArray mcsLength = good;
        mcsLength[11] = static_cast<char>(mcsLength[11] + 1);
        QTest::newRow("mcs length") << mcsLength << QStringLiteral("does not match the");
        QTest::newRow("indefinite length")
            << hex("03 00 00 0c 02 f0 80 7f 66 80 0a 01") << QStringLiteral("truncated or invalid");
        QByteArray key = good;
        key[good.indexOf("McDn")] = 'X';
        QTest::newRow("h221 key") << key << QStringLiteral("not \"McDn\"");
        QByteArray oid = good;
        oid[good.indexOf(hex("00 14 7c")) + 1] = '\x15';
        QTest::newRow("t124 identifier") << oid << QStringLiteral("T.124 identifier");
        QTest::newRow("short") << hex("03 00 00 08 02 f0 80 7f") << QStringLiteral("too short");
    }
    void rejectsBadEnvelopes()
    {
        QFETCH(QByteArray, pdu);
        QFETCH(QString, error);
        const ConnectResponseParse parsed = parseConnectResponse(pdu);
        QVERIFY(!parsed.response);
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void everyTruncationIsAnError()
    {
        const QByteArray gcc = gccResponse(
            serverBlocks(securityBlock(proprietaryCertificate(), "02 00 00 00 03 00 00 00")));
        QVERIFY(parseConferenceCreateResponse(gcc).data);
        for (qsizetype size = 0; size < gcc.size(); ++size) {
            const ServerDataParse parsed = parseConferenceCreateResponse(gcc.first(size));
            QVERIFY2(!parsed.data, qPrintable(QString::number(size)));
            QVERIFY(!parsed.error.isEmpty());
        }
    }

    void ids()
    {
        QCOMPARE(encryptionMethodIds(0x1B),
                 (QStringList{QStringLiteral("40bit"), QStringLiteral("56bit"),
                              QStringLiteral("128bit"), QStringLiteral("fips")}));
        QCOMPARE(encryptionMethodIds(0), QStringList{QStringLiteral("none")});
        QCOMPARE(encryptionMethodIds(0x20), QStringList{QStringLiteral("0x20")});
        QCOMPARE(encryptionMethodId(0x10), QStringLiteral("fips"));
        QCOMPARE(encryptionMethodId(0x03), QStringLiteral("0x3"));
        QCOMPARE(encryptionLevelId(2), QStringLiteral("client_compatible"));
        QCOMPARE(encryptionLevelId(7), QStringLiteral("0x7"));
    }
};

QTEST_GUILESS_MAIN(TestMcsCodec)
#include "TestMcsCodec.moc"
