// SPDX-License-Identifier: GPL-3.0-or-later
// probes/server/WindowsSystemWindows.cpp on the real thing (Windows, or Wine in
// build-windows' ctest): registry values of every type from keys every Windows (and Wine)
// has, a subtree, a missing key or value, a service that exists and one that does not, and
// the certificates of a LocalMachine store — read through the Win32 API, as the server
// self-check reads them.
#include "probes/server/WindowsSystem.h"

#include <QtTest>

using namespace rdpdiag;

namespace {

const QString kCurrentVersion = QStringLiteral("SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");

} // namespace

class TestWindowsSystem : public QObject
{
    Q_OBJECT

private slots:
    void oneValue()
    {
        const auto system = makeWindowsSystem();
        const RegistryRead read = system->readValue(kCurrentVersion, QStringLiteral("ProductName"));
        QCOMPARE(read.status, WindowsReadStatus::Ok);
        QCOMPARE(read.keys.size(), 1);
        QCOMPARE(read.keys.first().values.size(), 1);
        const RegistryValue &value = read.keys.first().values.first();
        QCOMPARE(value.type, RegistryValue::Type::String);
        QVERIFY2(value.strings.value(0).contains(QLatin1String("Windows")),
                 qPrintable(value.strings.join(u'|')));
        // A key without the value is an answer: no value.
        const RegistryRead none =
            system->readValue(kCurrentVersion, QStringLiteral("rdpdiag-no-such-value"));
        QCOMPARE(none.status, WindowsReadStatus::Ok);
        QVERIFY(none.keys.first().values.isEmpty());
        const RegistryRead noKey =
            system->readValue(QStringLiteral("SOFTWARE\\rdpdiag-no-such-key"), QStringLiteral("x"));
        QCOMPARE(noKey.status, WindowsReadStatus::NotFound);
        QVERIFY(!noKey.error.isEmpty());
    }

    void wholeKey()
    {
        const RegistryRead read = makeWindowsSystem()->readKey(kCurrentVersion);
        QCOMPARE(read.status, WindowsReadStatus::Ok);
        const RegistryKey &key = read.keys.first();
        QCOMPARE(key.path, kCurrentVersion);
        // REG_SZ, REG_DWORD and REG_BINARY, each decoded by its type.
        QVERIFY(key.value(QStringLiteral("currentbuildnumber"))); // names compare without case
        const QString build = key.value(QStringLiteral("CurrentBuildNumber"))->strings.value(0);
        QVERIFY2(build.toInt() > 0, qPrintable(build));
        QVERIFY(key.dword(QStringLiteral("InstallDate")).value_or(0) > 0);
        const RegistryValue *productId = key.value(QStringLiteral("DigitalProductId"));
        QVERIFY(productId);
        QCOMPARE(productId->type, RegistryValue::Type::Binary);
        QVERIFY(!productId->bytes.isEmpty());
        QCOMPARE(
            makeWindowsSystem()->readKey(QStringLiteral("SOFTWARE\\rdpdiag-no-such-key")).status,
            WindowsReadStatus::NotFound);
    }

    void multiStringsAndTree()
    {
        // FontLink\SystemLink holds REG_MULTI_SZ font lists on Windows and on Wine.
        const RegistryRead read =
            makeWindowsSystem()->readTree(kCurrentVersion + QStringLiteral("\\FontLink"));
        QCOMPARE(read.status, WindowsReadStatus::Ok);
        QVERIFY(read.keys.size() >= 2);
        QCOMPARE(read.keys.first().path, kCurrentVersion + QStringLiteral("\\FontLink"));
        const RegistryKey *systemLink = nullptr;
        for (const RegistryKey &key : read.keys)
            if (key.path == kCurrentVersion + QStringLiteral("\\FontLink\\SystemLink"))
                systemLink = &key;
        QVERIFY(systemLink);
        bool sawList = false;
        for (const RegistryValue &value : systemLink->values)
            sawList = sawList || (value.type == RegistryValue::Type::MultiString &&
                                  value.strings.size() > 1 && !value.strings.last().isEmpty());
        QVERIFY(sawList);
    }

    void services()
    {
        const auto system = makeWindowsSystem();
        // The RPC service runs on every Windows and in every Wine prefix.
        const ServiceRead rpc = system->queryService(QStringLiteral("RpcSs"));
        QCOMPARE(rpc.status, WindowsReadStatus::Ok);
        QCOMPARE(serviceStateFromScm(rpc.state), ServiceFacts::State::Running);
        QVERIFY(rpc.processId > 0);
        const ServiceRead none = system->queryService(QStringLiteral("rdpdiag-no-such-service"));
        QCOMPARE(none.status, WindowsReadStatus::NotFound);
    }

    void certificates()
    {
        const auto system = makeWindowsSystem();
        const CertificateStoreRead root = system->listCertificates(QStringLiteral("Root"));
        QCOMPARE(root.status, WindowsReadStatus::Ok);
        QVERIFY(!root.certificates.isEmpty());
        for (const StoreCertificateFacts &certificate : root.certificates) {
            QCOMPARE(certificate.store, QStringLiteral("Root"));
            QCOMPARE(certificate.thumbprint.size(), 40);
            QCOMPARE(certificate.thumbprint, certificate.thumbprint.toUpper());
            QVERIFY(certificate.notAfter.isValid());
            QCOMPARE(certificate.notAfter.timeSpec(), Qt::UTC);
            QVERIFY2(certificate.subject.contains(u'='), qPrintable(certificate.subject));
            QVERIFY(certificate.hasPrivateKey.has_value());
        }
        const CertificateStoreRead none =
            system->listCertificates(QStringLiteral("rdpdiag-no-such-store"));
        QCOMPARE(none.status, WindowsReadStatus::NotFound);
        QVERIFY(none.certificates.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWindowsSystem)
#include "TestWindowsSystem.moc"
