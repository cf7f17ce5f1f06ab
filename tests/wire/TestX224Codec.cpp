// SPDX-License-Identifier: GPL-3.0-or-later
// TPKT / X.224 / RDP_NEG codec: the example bytes of [MS-RDPBCGR] and of xrdp on loopback,
// then hostile answers that must be rejected with a reason, never a crash.
#include "wire/X224.h"

#include <QTest>

using namespace rdpdiag::wire;

namespace {

/** Bytes from the spaced or unspaced hex notation of the reference notes. */
QByteArray hexBytes(const char *text)
{
    return QByteArray::fromHex(QByteArray(text).replace(' ', ""));
}

} // namespace

class TestX224Codec : public QObject
{
    Q_OBJECT

private slots:
    void buildConnectionRequest_data();
    void buildConnectionRequest();
    void peek_data();
    void peek();
    void parseValid_data();
    void parseValid();
    void parseMalformed_data();
    void parseMalformed();
    void parseEveryTruncation();
    void protocolIds_data();
    void protocolIds();
    void selectedProtocolId_data();
    void selectedProtocolId();
    void responseFlagIds_data();
    void responseFlagIds();
    void failureCodeName_data();
    void failureCodeName();
    void hexDump_data();
    void hexDump();
    void printableText_data();
    void printableText();
    void dumpDefaultLimits();
};

void TestX224Codec::buildConnectionRequest_data()
{
    QTest::addColumn<quint32>("requested");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ssl|hybrid") << quint32(3)
                                << hexBytes(
                                       "03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 03 00 00 00");
    QTest::newRow("ssl|hybrid|hybrid_ex")
        << quint32(0x0B) << hexBytes("03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 0b 00 00 00");
    QTest::newRow("rdp") << quint32(0)
                         << hexBytes("03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 00 00 00 00");
    // requestedProtocols is little-endian: every byte position must land where it belongs.
    QTest::newRow("all bytes") << quint32(0x12345678)
                               << hexBytes(
                                      "03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 78 56 34 12");
}

void TestX224Codec::buildConnectionRequest()
{
    QFETCH(quint32, requested);
    QFETCH(QByteArray, expected);
    const QByteArray pdu = rdpdiag::wire::buildConnectionRequest(requested);
    QCOMPARE(pdu.toHex(' '), expected.toHex(' '));
    // The request the probe sends must be one the peek accepts as a whole PDU.
    const TpktPeek peek = peekTpkt(pdu);
    QCOMPARE(peek.status, TpktPeek::Status::Ok);
    QCOMPARE(peek.totalLength, pdu.size());
}

void TestX224Codec::peek_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TpktPeek::Status>("status");
    QTest::addColumn<int>("totalLength");

    using S = TpktPeek::Status;
    QTest::newRow("empty") << QByteArray() << S::NeedMore << 0;
    QTest::newRow("1 byte") << hexBytes("03") << S::NeedMore << 0;
    QTest::newRow("2 bytes") << hexBytes("0300") << S::NeedMore << 0;
    QTest::newRow("3 bytes") << hexBytes("030000") << S::NeedMore << 0;
    QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n") << S::NotTpkt << 0;
    QTest::newRow("single S") << QByteArray("S") << S::NotTpkt << 0;
    QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << S::NotTpkt << 0;
    QTest::newRow("tls alert") << hexBytes("15 03 01 00 02 02 28") << S::NotTpkt << 0;
    QTest::newRow("reserved not 0") << hexBytes("03 01 00 13") << S::NotTpkt << 0;
    QTest::newRow("reserved not 0, short") << hexBytes("03 ff") << S::NotTpkt << 0;
    QTest::newRow("length 0") << hexBytes("03 00 00 00") << S::BadLength << 0;
    QTest::newRow("length 4") << hexBytes("03 00 00 04") << S::BadLength << 4;
    QTest::newRow("length 10") << hexBytes("03 00 00 0a 06 d0") << S::BadLength << 10;
    QTest::newRow("length 11") << hexBytes("03 00 00 0b") << S::Ok << 11;
    QTest::newRow("length 19") << hexBytes("03 00 00 13 0e d0") << S::Ok << 19;
    QTest::newRow("length 0xffff") << hexBytes("03 00 ff ff 0e d0") << S::Ok << 0xFFFF;
    QTest::newRow("big-endian length") << hexBytes("03 00 01 02") << S::Ok << 0x0102;
}

void TestX224Codec::peek()
{
    QFETCH(QByteArray, data);
    QFETCH(TpktPeek::Status, status);
    QFETCH(int, totalLength);
    const TpktPeek peek = peekTpkt(data);
    QCOMPARE(peek.status, status);
    if (status == TpktPeek::Status::Ok || status == TpktPeek::Status::BadLength)
        QCOMPARE(peek.totalLength, totalLength);
}

void TestX224Codec::parseValid_data()
{
    QTest::addColumn<QByteArray>("pdu");
    QTest::addColumn<ConnectionConfirm::Kind>("kind");
    QTest::addColumn<quint32>("selectedProtocol");
    QTest::addColumn<int>("flags");
    QTest::addColumn<quint32>("failureCode");

    using K = ConnectionConfirm::Kind;
    QTest::newRow("rsp hybrid flags 0x1f")
        << hexBytes("03 00 00 13 0e d0 00 00 12 34 00 02 1f 08 00 02 00 00 00") << K::Response
        << quint32(ProtocolHybrid) << 0x1F << quint32(0);
    QTest::newRow("failure code 5")
        << hexBytes("03 00 00 13 0e d0 00 00 12 34 00 03 00 08 00 05 00 00 00") << K::Failure
        << quint32(ProtocolRdp) << 0 << quint32(HybridRequiredByServer);
    QTest::newRow("xrdp rsp rdp") << hexBytes("030000130ed000001234000201080000000000")
                                  << K::Response << quint32(ProtocolRdp) << 0x01 << quint32(0);
    QTest::newRow("xrdp rsp ssl") << hexBytes("030000130ed000001234000201080001000000")
                                  << K::Response << quint32(ProtocolSsl) << 0x01 << quint32(0);
    QTest::newRow("xrdp tls failure 1")
        << hexBytes("030000130ed000001234000300080001000000") << K::Failure << quint32(ProtocolRdp)
        << 0 << quint32(SslRequiredByServer);
    QTest::newRow("shadow rsp hybrid flags 3")
        << hexBytes("030000130ed000001234000203080002000000") << K::Response
        << quint32(ProtocolHybrid) << 0x03 << quint32(0);
    QTest::newRow("rsp unknown protocol, all bytes")
        << hexBytes("030000130ed000001234000200080078563412") << K::Response << quint32(0x12345678)
        << 0 << quint32(0);
    QTest::newRow("failure unknown code")
        << hexBytes("030000130ed0000012340003000800ffffffff") << K::Failure << quint32(ProtocolRdp)
        << 0 << quint32(0xFFFFFFFF);
    QTest::newRow("legacy confirm, LI 6")
        << hexBytes("03 00 00 0b 06 d0 00 00 12 34 00") << K::NoNegData << quint32(ProtocolRdp) << 0
        << quint32(0);
}

void TestX224Codec::parseValid()
{
    QFETCH(QByteArray, pdu);
    QFETCH(ConnectionConfirm::Kind, kind);
    QFETCH(quint32, selectedProtocol);
    QFETCH(int, flags);
    QFETCH(quint32, failureCode);

    const TpktPeek peek = peekTpkt(pdu);
    QCOMPARE(peek.status, TpktPeek::Status::Ok);
    QCOMPARE(peek.totalLength, pdu.size());

    const ConfirmParse parse = parseConnectionConfirm(pdu);
    QVERIFY2(parse.confirm.has_value(), qPrintable(parse.error));
    QVERIFY(parse.error.isEmpty());
    QCOMPARE(parse.confirm->kind, kind);
    if (kind == ConnectionConfirm::Kind::Response) {
        QCOMPARE(parse.confirm->selectedProtocol, selectedProtocol);
        QCOMPARE(int(parse.confirm->flags), flags);
    } else if (kind == ConnectionConfirm::Kind::Failure) {
        QCOMPARE(parse.confirm->failureCode, failureCode);
    } else {
        QCOMPARE(parse.confirm->selectedProtocol, quint32(ProtocolRdp));
    }
}

void TestX224Codec::parseMalformed_data()
{
    QTest::addColumn<QByteArray>("pdu");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("1 byte") << hexBytes("03") << QStringLiteral("too short");
    QTest::newRow("3 bytes") << hexBytes("03 00 00") << QStringLiteral("too short");
    QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n")
                                << QStringLiteral("0x53");
    QTest::newRow("reserved byte")
        << hexBytes("03 07 00 0b 06 d0 00 00 12 34 00") << QStringLiteral("reserved");
    QTest::newRow("length 0xffff, short data")
        << hexBytes("03 00 ff ff 0e d0 00 00 12 34 00 02 01 08 00 01 00 00 00")
        << QStringLiteral("65535");
    QTest::newRow("length 19, 11 bytes")
        << hexBytes("03 00 00 13 06 d0 00 00 12 34 00") << QStringLiteral("TPKT length 19");
    QTest::newRow("length 10") << hexBytes("03 00 00 0a 05 d0 00 00 12 34")
                               << QStringLiteral("too short");
    QTest::newRow("length 4") << hexBytes("03 00 00 04") << QStringLiteral("too short");
    QTest::newRow("LI 14 in an 11-byte pdu")
        << hexBytes("03 00 00 0b 0e d0 00 00 12 34 00") << QStringLiteral("length indicator 14");
    QTest::newRow("LI 6 in a 19-byte pdu")
        << hexBytes("03 00 00 13 06 d0 00 00 12 34 00 02 01 08 00 01 00 00 00")
        << QStringLiteral("length indicator 6");
    QTest::newRow("LI 5") << hexBytes("03 00 00 0b 05 d0 00 00 12 34 00")
                          << QStringLiteral("length indicator 5");
    QTest::newRow("LI 0xff") << hexBytes("03 00 00 0b ff d0 00 00 12 34 00")
                             << QStringLiteral("length indicator 255");
    QTest::newRow("disconnect request 0x80")
        << hexBytes("03 00 00 0b 06 80 00 00 12 34 00") << QStringLiteral("Disconnect Request");
    QTest::newRow("data tpdu 0xf0")
        << hexBytes("03 00 00 0b 06 f0 00 00 12 34 00") << QStringLiteral("0xf0");
    QTest::newRow("echoed connection request")
        << hexBytes("03 00 00 13 0e e0 00 00 00 00 00 01 00 08 00 03 00 00 00")
        << QStringLiteral("Connection Request");
    QTest::newRow("neg type 1") << hexBytes(
                                       "03 00 00 13 0e d0 00 00 12 34 00 01 00 08 00 03 00 00 00")
                                << QStringLiteral("type 0x01");
    QTest::newRow("neg type 7") << hexBytes(
                                       "03 00 00 13 0e d0 00 00 12 34 00 07 00 08 00 03 00 00 00")
                                << QStringLiteral("type 0x07");
    QTest::newRow("neg length 7, 7 bytes")
        << hexBytes("03 00 00 12 0d d0 00 00 12 34 00 02 01 07 00 01 00 00")
        << QStringLiteral("length field 7");
    QTest::newRow("neg length 7, 8 bytes")
        << hexBytes("03 00 00 13 0e d0 00 00 12 34 00 02 01 07 00 01 00 00 00")
        << QStringLiteral("length field 7");
    QTest::newRow("neg length 9, 9 bytes")
        << hexBytes("03 00 00 14 0f d0 00 00 12 34 00 02 01 09 00 01 00 00 00 00")
        << QStringLiteral("length field 9");
    QTest::newRow("neg length 0xffff")
        << hexBytes("03 00 00 13 0e d0 00 00 12 34 00 03 00 ff ff 05 00 00 00")
        << QStringLiteral("length field 65535");
    QTest::newRow("neg data 3 bytes")
        << hexBytes("03 00 00 0e 09 d0 00 00 12 34 00 02 01 08") << QStringLiteral("truncated");
    QTest::newRow("neg data 6 bytes")
        << hexBytes("03 00 00 11 0c d0 00 00 12 34 00 02 01 08 00 01 00")
        << QStringLiteral("truncated");
    QTest::newRow("trailing bytes")
        << hexBytes("03 00 00 15 10 d0 00 00 12 34 00 02 01 08 00 01 00 00 00 aa bb")
        << QStringLiteral("2 unexpected byte(s)");
}

void TestX224Codec::parseMalformed()
{
    QFETCH(QByteArray, pdu);
    QFETCH(QString, errorPart);
    const ConfirmParse parse = parseConnectionConfirm(pdu);
    QVERIFY2(!parse.confirm.has_value(), pdu.toHex(' ').constData());
    QVERIFY2(parse.error.contains(errorPart),
             qPrintable(QStringLiteral("error \"%1\" lacks \"%2\"").arg(parse.error, errorPart)));
    // Evidence text is one line.
    QVERIFY(!parse.error.contains(QLatin1Char('\n')));
}

void TestX224Codec::parseEveryTruncation()
{
    // Every prefix of a valid answer is either incomplete for peek or malformed for parse,
    // and must never read past the end (the sanitizer build catches that).
    const QByteArray full = hexBytes("03 00 00 13 0e d0 00 00 12 34 00 02 1f 08 00 02 00 00 00");
    for (qsizetype n = 0; n < full.size(); ++n) {
        const QByteArray prefix = full.first(n);
        const TpktPeek peek = peekTpkt(prefix);
        if (n < kTpktHeaderLength) {
            QCOMPARE(peek.status, TpktPeek::Status::NeedMore);
        } else {
            QCOMPARE(peek.status, TpktPeek::Status::Ok);
            QVERIFY(peek.totalLength > n);
        }
        QVERIFY(!parseConnectionConfirm(prefix).confirm.has_value());
    }
    QVERIFY(parseConnectionConfirm(full).confirm.has_value());
}

void TestX224Codec::protocolIds_data()
{
    QTest::addColumn<quint32>("mask");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("rdp") << quint32(0) << QStringList{QStringLiteral("rdp")};
    QTest::newRow("ssl|hybrid") << quint32(3)
                                << QStringList{QStringLiteral("ssl"), QStringLiteral("hybrid")};
    QTest::newRow("0x0b") << quint32(0x0B)
                          << QStringList{QStringLiteral("ssl"), QStringLiteral("hybrid"),
                                         QStringLiteral("hybrid_ex")};
    QTest::newRow("all known") << quint32(0x1F)
                               << QStringList{QStringLiteral("ssl"), QStringLiteral("hybrid"),
                                              QStringLiteral("rdstls"), QStringLiteral("hybrid_ex"),
                                              QStringLiteral("rdsaad")};
    QTest::newRow("unknown bits") << quint32(0x80000021)
                                  << QStringList{QStringLiteral("ssl"), QStringLiteral("0x20"),
                                                 QStringLiteral("0x80000000")};
}

void TestX224Codec::protocolIds()
{
    QFETCH(quint32, mask);
    QFETCH(QStringList, ids);
    QCOMPARE(rdpdiag::wire::protocolIds(mask), ids);
}

void TestX224Codec::selectedProtocolId_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("id");

    QTest::newRow("rdp") << quint32(0) << QStringLiteral("rdp");
    QTest::newRow("ssl") << quint32(1) << QStringLiteral("ssl");
    QTest::newRow("hybrid") << quint32(2) << QStringLiteral("hybrid");
    QTest::newRow("rdstls") << quint32(4) << QStringLiteral("rdstls");
    QTest::newRow("hybrid_ex") << quint32(8) << QStringLiteral("hybrid_ex");
    QTest::newRow("rdsaad") << quint32(0x10) << QStringLiteral("rdsaad");
    // A server selecting two protocols at once is itself a finding; show the raw value.
    QTest::newRow("two bits") << quint32(3) << QStringLiteral("0x3");
    QTest::newRow("unknown") << quint32(0x80000000) << QStringLiteral("0x80000000");
}

void TestX224Codec::selectedProtocolId()
{
    QFETCH(quint32, value);
    QFETCH(QString, id);
    QCOMPARE(rdpdiag::wire::selectedProtocolId(value), id);
}

void TestX224Codec::responseFlagIds_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("none") << 0 << QStringList();
    QTest::newRow("xrdp 0x01") << 0x01 << QStringList{QStringLiteral("extended_client_data")};
    QTest::newRow("0x1f") << 0x1F
                          << QStringList{QStringLiteral("extended_client_data"),
                                         QStringLiteral("dynvc_gfx"), QStringLiteral("reserved"),
                                         QStringLiteral("restricted_admin"),
                                         QStringLiteral("redirected_auth")};
    QTest::newRow("unknown 0xa0") << 0xA0
                                  << QStringList{QStringLiteral("0x20"), QStringLiteral("0x80")};
    QTest::newRow("mixed 0x48") << 0x48
                                << QStringList{QStringLiteral("restricted_admin"),
                                               QStringLiteral("0x40")};
}

void TestX224Codec::responseFlagIds()
{
    QFETCH(int, flags);
    QFETCH(QStringList, ids);
    QCOMPARE(rdpdiag::wire::responseFlagIds(static_cast<quint8>(flags)), ids);
}

void TestX224Codec::failureCodeName_data()
{
    QTest::addColumn<quint32>("code");
    QTest::addColumn<QString>("name");

    QTest::newRow("1") << quint32(1) << QStringLiteral("SSL_REQUIRED_BY_SERVER");
    QTest::newRow("2") << quint32(2) << QStringLiteral("SSL_NOT_ALLOWED_BY_SERVER");
    QTest::newRow("3") << quint32(3) << QStringLiteral("SSL_CERT_NOT_ON_SERVER");
    QTest::newRow("4") << quint32(4) << QStringLiteral("INCONSISTENT_FLAGS");
    QTest::newRow("5") << quint32(5) << QStringLiteral("HYBRID_REQUIRED_BY_SERVER");
    QTest::newRow("6") << quint32(6) << QStringLiteral("SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER");
    QTest::newRow("0") << quint32(0) << QStringLiteral("UNKNOWN_0x0");
    QTest::newRow("7") << quint32(7) << QStringLiteral("UNKNOWN_0x7");
    QTest::newRow("max") << quint32(0xFFFFFFFF) << QStringLiteral("UNKNOWN_0xffffffff");
}

void TestX224Codec::failureCodeName()
{
    QFETCH(quint32, code);
    QFETCH(QString, name);
    QCOMPARE(rdpdiag::wire::failureCodeName(code), name);
}

void TestX224Codec::hexDump_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("text");

    const QString ellipsis(QChar(u'\u2026'));
    QTest::newRow("empty") << QByteArray() << 64 << QString();
    QTest::newRow("confirm") << hexBytes("03 00 00 0b 06 D0 00 00 12 34 00") << 64
                             << QStringLiteral("03 00 00 0b 06 d0 00 00 12 34 00");
    QTest::newRow("exactly the limit") << hexBytes("ff 00 7f") << 3 << QStringLiteral("ff 00 7f");
    QTest::newRow("truncated") << hexBytes("ff 00 7f 80") << 3
                               << QStringLiteral("ff 00 7f ") + ellipsis;
    QTest::newRow("limit 0") << hexBytes("ff") << 0 << ellipsis;
    QTest::newRow("negative limit") << hexBytes("ff") << -5 << ellipsis;
}

void TestX224Codec::hexDump()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxBytes);
    QFETCH(QString, text);
    QCOMPARE(rdpdiag::wire::hexDump(data, maxBytes), text);
}

void TestX224Codec::dumpDefaultLimits()
{
    // 64 bytes by default: 64 pairs of hex digits with 63 separators, then " …".
    const QByteArray data(100, '\xab');
    const QString dump = rdpdiag::wire::hexDump(data);
    QCOMPARE(dump.size(), 64 * 3 - 1 + 2);
    QVERIFY(dump.endsWith(QStringLiteral("ab ") + QChar(u'\u2026')));
    QCOMPARE(rdpdiag::wire::hexDump(data.first(64)).size(), 64 * 3 - 1);

    const QString text = rdpdiag::wire::printableText(QByteArray(100, 'x'));
    QCOMPARE(text, QString(64, QLatin1Char('x')) + QChar(u'\u2026'));
    QCOMPARE(rdpdiag::wire::printableText(QByteArray(64, 'x')), QString(64, QLatin1Char('x')));
}

void TestX224Codec::printableText_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("text");

    const QString ellipsis(QChar(u'\u2026'));
    QTest::newRow("empty") << QByteArray() << 64 << QString();
    QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2p1\r\n") << 64
                                << QStringLiteral("SSH-2.0-OpenSSH_9.2p1..");
    QTest::newRow("binary") << hexBytes("03 00 20 7e 7f 80 ff 41") << 64
                            << QStringLiteral(".. ~...A");
    QTest::newRow("truncated") << QByteArray("HTTP/1.1 400") << 4
                               << QStringLiteral("HTTP") + ellipsis;
    // A banner that tries to drive the terminal (ESC sequences, a C1 CSI, a UTF-8 bidi
    // override): only printable ASCII comes out (x224.not_rdp evidence and detail).
    QTest::newRow("terminal escapes") << QByteArray("\x1b]0;x\x07\x1b[2J\x9b"
                                                    "31m\xe2\x80\xaeZ")
                                      << 64 << QStringLiteral(".]0;x..[2J.31m...Z");
}

void TestX224Codec::printableText()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxBytes);
    QFETCH(QString, text);
    QCOMPARE(rdpdiag::wire::printableText(data, maxBytes), text);
}

QTEST_GUILESS_MAIN(TestX224Codec)
#include "TestX224Codec.moc"
