// SPDX-License-Identifier: GPL-3.0-or-later
// Translations: every .ts file is complete (no unfinished or empty translation) and covers
// every user-visible string of the sources (lupdate run on a copy adds nothing), and the
// German UI shows German text — Qt's own (the wizard's buttons, from qtbase_de.qm) and
// rdpdiag's (from the embedded rdpdiag_de.qm).
#include "diagnosis/ErrorCodes.h"
#include "support/Translations.h"
#include "wizard/DiagnosticWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace rdpdiag;

namespace {

struct TsCount
{
    int messages = 0;
    QStringList unfinished; ///< source texts without a finished translation
    QString error;
};

/** Reads a Qt Linguist .ts file; vanished and obsolete messages do not count. */
TsCount countTs(const QString &path)
{
    TsCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        count.error = file.errorString();
        return count;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            ++count.messages;
            // Plural messages keep their forms in <numerusform> children.
            bool empty = true;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.text().trimmed().isEmpty())
                    empty = false;
            }
            if (type == QLatin1String("unfinished") || empty)
                count.unfinished << source;
        }
    }
    if (xml.hasError())
        count.error = xml.errorString();
    return count;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void tsFileCoversTheSources_data() { tsFileIsComplete_data(); }
    void tsFileCoversTheSources();
    void translationsAreEmbedded_data();
    void translationsAreEmbedded();
    void germanUiShowsGerman();
    void englishInstallsNothing();
};

void TestTranslations::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(RDPDIAG_TRANSLATIONS_DIR));
    const QStringList files = dir.entryList({QStringLiteral("rdpdiag_*.ts")}, QDir::Files);
    QVERIFY(files.size() >= 5);
    for (const QString &name : files)
        QTest::addRow("%s", qPrintable(name)) << dir.filePath(name);
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, path);
    const TsCount count = countTs(path);
    QVERIFY2(count.error.isEmpty(), qPrintable(count.error));
    QVERIFY(count.messages > 0);
    QStringList first = count.unfinished.mid(0, 3);
    for (QString &text : first)
        text = QStringLiteral("\"%1\"").arg(text.left(60));
    QVERIFY2(count.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 messages unfinished, e.g. %3")
                            .arg(count.unfinished.size())
                            .arg(count.messages)
                            .arg(first.join(QStringLiteral(", ")))));
}

// A string added to or changed in the sources without its translation would be English in
// every language: lupdate, run on a copy of the file as update_translations runs it, must
// find nothing new to translate.
void TestTranslations::tsFileCoversTheSources()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(RDPDIAG_SOURCE_DIR));
    lupdate.start(QStringLiteral(RDPDIAG_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("engine"), QStringLiteral("ui"),
                   QStringLiteral("app"), QStringLiteral("-ts"), copy,
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none")});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    const TsCount count = countTs(copy);
    QVERIFY2(count.error.isEmpty(), qPrintable(count.error));
    QStringList first = count.unfinished.mid(0, 5);
    for (QString &text : first)
        text = QStringLiteral("\"%1\"").arg(text.left(60));
    QVERIFY2(count.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 source strings lack a translation (run the "
                                       "update_translations target, then translate), e.g. %2")
                            .arg(count.unfinished.size())
                            .arg(first.join(QStringLiteral(", ")))));
}

void TestTranslations::translationsAreEmbedded_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"de", "fr", "es", "ja", "zh_CN"})
        QTest::addRow("%s", language) << QString::fromLatin1(language);
}

void TestTranslations::translationsAreEmbedded()
{
    QFETCH(QString, language);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/rdpdiag_%1.qm").arg(language)));
    const TranslationSetup setup = installTranslators(language);
    QVERIFY(setup.appLoaded);
    // Qt's own strings (the wizard's buttons) come with qt6-translations-l10n.
    QVERIFY2(setup.qtLoaded, qPrintable(setup.qtTranslationsPath));
}

void TestTranslations::germanUiShowsGerman()
{
    // Given the German translators
    const TranslationSetup setup = installTranslators(QStringLiteral("de"));
    QVERIFY(setup.appLoaded && setup.qtLoaded);
    // When the wizard is built and the user types the error code they saw
    ui::DiagnosticWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *combo = wizard.findChild<QComboBox *>(QStringLiteral("errorCodeComboBox"));
    QTest::keyClicks(combo, QStringLiteral("0x904"));
    // Then the wizard's own Next button is German (Qt's translation)…
    const QString next = wizard.button(QWizard::NextButton)->text();
    QVERIFY2(next.contains(QStringLiteral("Weiter")), qPrintable(next));
    QCOMPARE(wizard.button(QWizard::NextButton)->accessibleName(), QStringLiteral("Weiter"));
    // … and the meaning of the code is German (rdpdiag's translation of the engine text).
    const ClientErrorCode *entry = findClientCode(0x904, CodeKind::Disconnect);
    QVERIFY(entry);
    const QString english = QString::fromUtf8(entry->meaning);
    const QString shown = wizard.findChild<QLabel *>(QStringLiteral("errorMeaningLabel"))->text();
    QVERIFY2(shown != english, qPrintable(QStringLiteral("still English: ") + shown));
    QCOMPARE(shown, QCoreApplication::translate("rdpdiag::ErrorCodes", entry->meaning));
    // … and so is a reason the engine gives for bad input.
    auto *target = wizard.findChild<QLineEdit *>(QStringLiteral("targetLineEdit"));
    QTest::keyClicks(target, QStringLiteral("pc.example.test:0"));
    const QString reason = wizard.findChild<QLabel *>(QStringLiteral("targetStatusLabel"))->text();
    removeTranslators();
    target->clear();
    QTest::keyClicks(target, QStringLiteral("pc.example.test:0"));
    const QString englishReason =
        wizard.findChild<QLabel *>(QStringLiteral("targetStatusLabel"))->text();
    QVERIFY2(reason != englishReason, qPrintable(QStringLiteral("still English: ") + reason));
}

void TestTranslations::englishInstallsNothing()
{
    const TranslationSetup setup = installTranslators(QStringLiteral("en"));
    QVERIFY(!setup.appLoaded);
    QVERIFY(isLanguageCode(QStringLiteral("zh_CN")));
    QVERIFY(isLanguageCode(QStringLiteral("pt-BR")));
    QVERIFY(!isLanguageCode(QStringLiteral("../../etc/passwd")));
    QVERIFY(!isLanguageCode(QString()));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
