// SPDX-License-Identifier: GPL-3.0-or-later
// The DER reader/writer and the CredSSP TSRequest codec: exact bytes, hostile input.

#include "wire/Der.h"
#include "wire/Ntlm.h"
#include "wire/TsRequest.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rdpdiag::wire;

class TestTsRequest : public QObject
{
    Q_OBJECT

private slots:
    void encodeLength_data();
    void encodeLength();
    void integerRoundTrip_data();
    void integerRoundTrip();
    void peekLength_data();
    void peekLength();
    void readerRejectsDeepNesting();
    void buildIsExactBytes();
    void parseServerChallengeAnswer();
    void parseErrorCode_data();
    void parseErrorCode();
    void parseSkipsUnknownFields();
    void parseHostile_data();
    void parseHostile();
    void everyTruncationFails();
    void randomBytesNeverCrash();
};

void TestTsRequest::encodeLength_data()
{
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("0") << qsizetype(0) << QByteArray::fromHex("00");
    QTest::newRow("127") << qsizetype(127) << QByteArray::fromHex("7f");
    QTest::newRow("128") << qsizetype(128) << QByteArray::fromHex("8180");
    QTest::newRow("255") << qsizetype(255) << QByteArray::fromHex("81ff");
    QTest::newRow("256") << qsizetype(256) << QByteArray::fromHex("820100");
    QTest::newRow("65536") << qsizetype(65536) << QByteArray::fromHex("83010000");
}

void TestTsRequest::encodeLength()
{
    QFETCH(qsizetype, length);
    QFETCH(QByteArray, expected);
    QCOMPARE(der::encodeLength(length), expected);
    // And the header reader agrees.
    const QByteArray element = QByteArray(1, '\x04') + expected;
    const der::LengthPeek peek = der::peekLength(element);
    QCOMPARE(peek.status, der::LengthPeek::Status::Ok);
    QCOMPARE(peek.totalLength, qint64(element.size() + length));
}

void TestTsRequest::integerRoundTrip_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("0") << qint64(0) << QByteArray::fromHex("020100");
    QTest::newRow("6") << qint64(6) << QByteArray::fromHex("020106");
    QTest::newRow("127") << qint64(127) << QByteArray::fromHex("02017f");
    QTest::newRow("128") << qint64(128) << QByteArray::fromHex("02020080");
    QTest::newRow("-1") << qint64(-1) << QByteArray::fromHex("0201ff");
    QTest::newRow("-128") << qint64(-128) << QByteArray::fromHex("020180");
    QTest::newRow("-129") << qint64(-129) << QByteArray::fromHex("0202ff7f");
    QTest::newRow("ntstatus") << qint64(-1073741715) << QByteArray::fromHex("0204c000006d");
}

void TestTsRequest::integerRoundTrip()
{
    QFETCH(qint64, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(der::encodeInteger(value), encoded);
    QCOMPARE(der::decodeInteger(QByteArrayView(encoded).sliced(2)), value);
}

void TestTsRequest::peekLength_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("total");
    using S = der::LengthPeek::Status;
    QTest::newRow("empty") << QByteArray() << int(S::NeedMore) << qint64(0);
    QTest::newRow("tag only") << QByteArray::fromHex("30") << int(S::NeedMore) << qint64(0);
    QTest::newRow("long form incomplete")
        << QByteArray::fromHex("3082 01") << int(S::NeedMore) << qint64(0);
    QTest::newRow("indefinite") << QByteArray::fromHex("3080") << int(S::Invalid) << qint64(0);
    QTest::newRow("5 length bytes")
        << QByteArray::fromHex("30850000000001") << int(S::Invalid) << qint64(0);
    QTest::newRow("high tag") << QByteArray::fromHex("1f8101") << int(S::Invalid) << qint64(0);
    QTest::newRow("4 length bytes")
        << QByteArray::fromHex("3084ffffffff") << int(S::Ok) << qint64(6) + 0xFFFFFFFFLL;
}

void TestTsRequest::peekLength()
{
    QFETCH(QByteArray, data);
    QFETCH(int, status);
    QFETCH(qint64, total);
    const der::LengthPeek peek = der::peekLength(data);
    QCOMPARE(int(peek.status), status);
    if (peek.status == der::LengthPeek::Status::Ok)
        QCOMPARE(peek.totalLength, total);
}

void TestTsRequest::readerRejectsDeepNesting()
{
    QByteArray nested = QByteArray::fromHex("020101");
    for (int i = 0; i < der::kMaxDepth + 4; ++i)
        nested = der::encodeElement(der::TagSequence, nested);
    der::Reader reader(nested);
    int depth = 0;
    for (;;) {
        const auto element = reader.next();
        QVERIFY2(element, qPrintable(reader.error()));
        if (element->tag != der::TagSequence)
            break;
        auto inner = reader.enter(*element);
        if (!inner) {
            QVERIFY(reader.error().contains(QLatin1String("nesting")));
            break;
        }
        reader = *inner;
        ++depth;
    }
    QCOMPARE(depth, der::kMaxDepth);
}

void TestTsRequest::buildIsExactBytes()
{
    const QByteArray negotiate = buildNtlmNegotiate();
    QCOMPARE(negotiate.toHex(), QByteArray("4e544c4d5353500001000000358208e2"
                                           "0000000028000000"
                                           "0000000028000000"
                                           "0a00614a0000000f"));
    const QByteArray request = buildTsRequest(negotiate);
    QCOMPARE(request.toHex(), QByteArray("3037a003020106a130302e302ca02a0428") + negotiate.toHex());
    // Parsing our own request gives the token back.
    const TsRequestParse parsed = parseTsRequest(request);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->version, 6);
    QCOMPARE(*parsed.request->negoToken, negotiate);
    QVERIFY(!parsed.request->errorCode);
}

void TestTsRequest::parseServerChallengeAnswer()
{
    // A server answer as Windows sends it: version 6, one negoToken (here 3 bytes).
    const QByteArray answer = QByteArray::fromHex("3014a003020106a10d300b3009a0070405aabbccddee");
    const TsRequestParse parsed = parseTsRequest(answer);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->version, 6);
    QCOMPARE(parsed.request->negoToken->toHex(), QByteArray("aabbccddee"));
    QVERIFY(!parsed.request->errorCode);
}

void TestTsRequest::parseErrorCode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("version");
    QTest::addColumn<quint32>("errorCode");
    // errorCode as a negative 4-byte INTEGER (Windows) and as a 5-byte positive one.
    QTest::newRow("negative") << QByteArray::fromHex("300da003020106a4060204c000006d") << 6
                              << quint32(0xC000006D);
    QTest::newRow("positive 5 bytes")
        << QByteArray::fromHex("300ea003020103a407020500c0000022") << 3 << quint32(0xC0000022);
    QTest::newRow("small") << QByteArray::fromHex("300ba003020105a404020200ff") << 5
                           << quint32(0xFF);
}

void TestTsRequest::parseErrorCode()
{
    QFETCH(QByteArray, data);
    QFETCH(int, version);
    QFETCH(quint32, errorCode);
    const TsRequestParse parsed = parseTsRequest(data);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->version, version);
    QVERIFY(!parsed.request->negoToken);
    QCOMPARE(*parsed.request->errorCode, errorCode);
}

void TestTsRequest::parseSkipsUnknownFields()
{
    // version 2, pubKeyAuth [3], clientNonce [5]
    const QByteArray data = QByteArray::fromHex("3011a003020102a30404020102a5040402aabb");
    const TsRequestParse parsed = parseTsRequest(data);
    QVERIFY2(parsed.request, qPrintable(parsed.error));
    QCOMPARE(parsed.request->version, 2);
    QVERIFY(parsed.request->hasPubKeyAuth);
    QVERIFY(!parsed.request->negoToken);
}

void TestTsRequest::parseHostile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a sequence") << QByteArray::fromHex("0403020106");
    QTest::newRow("length beyond buffer") << QByteArray::fromHex("30ffa003020106");
    QTest::newRow("length 0xFFFF") << QByteArray::fromHex("3082ffffa003020106");
    QTest::newRow("indefinite length") << QByteArray::fromHex("3080a0030201060000");
    QTest::newRow("five length bytes") << QByteArray::fromHex("30850000000005a003020106");
    QTest::newRow("trailing bytes") << QByteArray::fromHex("3005a00302010600");
    QTest::newRow("no version") << QByteArray::fromHex("3007a1053003300100");
    QTest::newRow("version not integer") << QByteArray::fromHex("3005a003040106");
    QTest::newRow("version negative") << QByteArray::fromHex("3005a0030201ff");
    QTest::newRow("version 9 bytes") << QByteArray::fromHex("300da00b0209010000000000000000");
    QTest::newRow("version primitive tag") << QByteArray::fromHex("30058003020106");
    QTest::newRow("fields out of order") << QByteArray::fromHex("300da4060204c000006da003020106");
    QTest::newRow("duplicate version") << QByteArray::fromHex("300aa003020106a003020106");
    QTest::newRow("universal tag inside") << QByteArray::fromHex("3008a003020106020100");
    QTest::newRow("negoTokens empty") << QByteArray::fromHex("3009a003020106a1023000");
    QTest::newRow("negoTokens not sequence") << QByteArray::fromHex("3009a003020106a1020400");
    QTest::newRow("negoToken not octets")
        << QByteArray::fromHex("300fa003020106a1083006300402020101");
    QTest::newRow("negoToken missing [0]")
        << QByteArray::fromHex("300ea003020106a1073005300304010a");
    QTest::newRow("inner length beyond outer")
        << QByteArray::fromHex("3010a003020106a1093007300530ffa00104");
    QTest::newRow("errorCode empty integer") << QByteArray::fromHex("3009a003020106a4020200");
}

void TestTsRequest::parseHostile()
{
    QFETCH(QByteArray, data);
    const TsRequestParse parsed = parseTsRequest(data);
    QVERIFY2(!parsed.request,
             qPrintable(QStringLiteral("accepted %1").arg(QString::fromLatin1(data.toHex()))));
    QVERIFY(!parsed.error.isEmpty());
}

void TestTsRequest::everyTruncationFails()
{
    const QByteArray request = buildTsRequest(buildNtlmNegotiate());
    for (qsizetype n = 0; n < request.size(); ++n) {
        const TsRequestParse parsed = parseTsRequest(QByteArrayView(request).first(n));
        QVERIFY2(!parsed.request, qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
    }
}

void TestTsRequest::randomBytesNeverCrash()
{
    // Mutations of a valid message: flipped bytes must give a result or an error, never a
    // crash or an out-of-bounds read (run under ASan with RDPDIAG_SANITIZE=ON).
    QRandomGenerator random(1234);
    const QByteArray valid = buildTsRequest(buildNtlmNegotiate());
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray mutated = valid;
        const int flips = 1 + random.bounded(4);
        for (int f = 0; f < flips; ++f)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        if (random.bounded(4) == 0)
            mutated.truncate(random.bounded(int(mutated.size())));
        const TsRequestParse parsed = parseTsRequest(mutated);
        QVERIFY(parsed.request.has_value() != !parsed.error.isEmpty());
        accepted += parsed.request ? 1 : 0;
    }
    QVERIFY(accepted > 0); // some mutations only touch the token bytes
}

QTEST_GUILESS_MAIN(TestTsRequest)
#include "TestTsRequest.moc"
