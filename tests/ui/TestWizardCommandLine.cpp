// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's command line: `rdpdiag-wizard [--lang CODE] [TARGET | file.rdp | bundle.zip]`.
#include "wizard/WizardCommandLine.h"

#include <QTest>

using namespace rdpdiag::ui;

class TestWizardCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void bundles();
};

void TestWizardCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("errorCode");
    QTest::addRow("nothing") << QStringList{} << QString() << QString() << QString();
    QTest::addRow("host") << QStringList{QStringLiteral("pc.example.test")}
                          << QStringLiteral("pc.example.test") << QString() << QString();
    QTest::addRow("rdp file and lang")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("/x/a.rdp")}
        << QStringLiteral("/x/a.rdp") << QStringLiteral("de") << QString();
    QTest::addRow("lang=") << QStringList{QStringLiteral("--lang=zh_CN")} << QString()
                           << QStringLiteral("zh_CN") << QString();
    QTest::addRow("codes") << QStringList{QStringLiteral("--error-code"), QStringLiteral("0x904"),
                                          QStringLiteral("[::1]:3390")}
                           << QStringLiteral("[::1]:3390") << QString() << QStringLiteral("0x904");
}

void TestWizardCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, input);
    QFETCH(QString, language);
    QFETCH(QString, errorCode);
    arguments.prepend(QStringLiteral("rdpdiag-wizard"));
    const WizardCommandLine parsed = parseWizardCommandLine(arguments);
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QCOMPARE(parsed.options->input, input);
    QCOMPARE(parsed.options->language, language);
    QCOMPARE(parsed.options->errorCode, errorCode);
    QVERIFY(parsed.helpText.contains(QStringLiteral("--lang")));
}

void TestWizardCommandLine::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("two targets") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::addRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("../x")};
    QTest::addRow("lang without value") << QStringList{QStringLiteral("--lang")};
}

void TestWizardCommandLine::rejects()
{
    QFETCH(QStringList, arguments);
    arguments.prepend(QStringLiteral("rdpdiag-wizard"));
    const WizardCommandLine parsed = parseWizardCommandLine(arguments);
    QVERIFY(!parsed.options);
    QVERIFY(!parsed.error.isEmpty());
}

void TestWizardCommandLine::bundles()
{
    QVERIFY(looksLikeBundle(QStringLiteral("/tmp/rdpdiag-pc-20261124T100000Z-K7MQ4XZ2.ZIP")));
    QVERIFY(!looksLikeBundle(QStringLiteral("office.rdp")));
    QVERIFY(!looksLikeBundle(QStringLiteral("zip.example.test")));
}

QTEST_GUILESS_MAIN(TestWizardCommandLine)
#include "TestWizardCommandLine.moc"
