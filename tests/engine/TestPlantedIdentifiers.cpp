// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction that cannot forget a field: a distinct host name is planted into every string
// field of every stage's facts (every JSON string leaf below "facts" whose key is not
// vocabulary, Redactor::isVocabularyKey), read back into the struct with the report reader,
// and a redacted bundle and the redacted JSON must contain none of them — as UTF-8, as
// UTF-16LE, in any case. A new field that no visitIdentifiers() declares fails here.

#include "BundleFixtures.h"
#include "FullReport.h"

#include "bundle/Bundle.h"
#include "bundle/Redaction.h"
#include "bundle/ZipArchive.h"
#include "model/Stages.h"
#include "report/JsonReport.h"
#include "report/ReportReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rdpdiag;
using namespace rdpdiag::test;

namespace {

/** The distinct, recognisable name planted into leaf @p index. */
QString planted(qsizetype index)
{
    return QStringLiteral("zq%1x.plant.example").arg(index);
}

struct Planting
{
    Report report;                  ///< the report with the planted names, as the reader read it
    QStringList identifiers;        ///< the planted names the struct kept (what must not leak)
    QStringList refused;            ///< leaves the reader checks (enumerations, times, hex)
    QHash<QString, QString> leafOf; ///< planted name → the field it was planted in
};

/** Plants a name into every non-vocabulary string leaf of @p source's facts. A leaf whose
 * value the reader refuses on its own (an enumeration, a time, hex) cannot carry a name and
 * is left as it is. */
Planting plant(const Report &source)
{
    const QJsonObject original = reportToJson(source);
    QList<JsonLeaf> candidates;
    for (const JsonLeaf &leaf : stringLeaves(original.value(QStringLiteral("facts")),
                                             QStringLiteral("facts"), {QStringLiteral("facts")}))
        if (!Redactor::isVocabularyKey(leaf.key))
            candidates << leaf;

    Planting out;
    QJsonObject json = original;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        QJsonObject alone = original;
        setJsonPath(alone, candidates.at(i).steps, planted(i));
        const ReportRead read = reportFromJson(alone);
        if (!read.report) {
            // Refused: it must be this leaf's own check, never another field's.
            if (!read.error.startsWith(candidates.at(i).name + QLatin1Char(':')))
                qFatal("planting %s broke another field: %s", qPrintable(candidates.at(i).name),
                       qPrintable(read.error));
            out.refused << candidates.at(i).name;
            continue;
        }
        setJsonPath(json, candidates.at(i).steps, planted(i));
    }
    const ReportRead read = reportFromJson(json);
    if (!read.report)
        qFatal("the planted report does not read: %s", qPrintable(read.error));
    out.report = *read.report;
    const QByteArray written = reportToJsonBytes(out.report);
    for (qsizetype i = 0; i < candidates.size(); ++i)
        if (written.contains(planted(i).toUtf8())) {
            out.identifiers << planted(i);
            out.leafOf.insert(planted(i), candidates.at(i).name);
        }
    return out;
}

/** The fields whose planted names are in @p data: UTF-8, UTF-16LE, any case
 * (BundleFixtures' check). */
QStringList leaks(const QByteArray &data, const Planting &planting)
{
    QStringList found;
    for (const QString &identifier : planting.identifiers)
        if (!findSecret(data, {identifier}).isEmpty())
            found << planting.leafOf.value(identifier);
    return found;
}

} // namespace

class TestPlantedIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void everyStageCarriesPlantedNames_data();
    void everyStageCarriesPlantedNames();
    void nothingLeaks_data();
    void nothingLeaks();
};

void TestPlantedIdentifiers::everyStageCarriesPlantedNames_data()
{
    QTest::addColumn<int>("stage");
    for (const FactsStage stage : kFactsStages)
        QTest::newRow(stageInfo(stage).key) << static_cast<int>(stage);
}

void TestPlantedIdentifiers::everyStageCarriesPlantedNames()
{
    // The planting reaches every stage (else the leak check below proves nothing for it).
    QFETCH(int, stage);
    const StageInfo &info = stageInfo(static_cast<FactsStage>(stage));
    const Planting planting = plant(fullReport());
    QJsonObject facts = reportToJson(planting.report).value(QStringLiteral("facts")).toObject();
    QJsonObject node = facts.value(QLatin1String(info.jsonPath[0])).toObject();
    if (info.jsonPath[1])
        node = node.value(QLatin1String(info.jsonPath[1])).toObject();
    const QByteArray json = QJsonDocument(node).toJson();
    QVERIFY2(json.contains(".plant.example"), info.key);
}

void TestPlantedIdentifiers::nothingLeaks_data()
{
    QTest::addColumn<bool>("full");
    QTest::newRow("full report") << true;
    QTest::newRow("sample report") << false;
}

void TestPlantedIdentifiers::nothingLeaks()
{
    QFETCH(bool, full);
    const Planting planting = plant(full ? fullReport() : sampleReport());
    QVERIFY(planting.identifiers.size() > 20);

    // The redacted JSON (`rdpdiag --json --redact`).
    const QByteArray json = redactReport(planting.report).jsonBytes();
    QStringList found = leaks(json, planting);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("--json --redact leaks %1 of %2: %3")
                                             .arg(found.size())
                                             .arg(planting.identifiers.size())
                                             .arg(found.join(QStringLiteral(", ")))));

    // Every file of a redacted bundle, the log included.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("planted.zip"));
    BundleOptions options;
    options.redact = true;
    // The log names them too, as a run's log names what it saw — except what was planted
    // into a certificate's PEM: a PEM is withheld whole (never in a redacted bundle), and
    // its base64 shows no name to a log.
    QStringList logged;
    for (const QString &identifier : planting.identifiers)
        if (!planting.leafOf.value(identifier).contains(QLatin1String("pem")))
            logged << identifier;
    options.log = QByteArray("run log naming ") + logged.join(u' ').toUtf8();
    const BundleWriteResult written = writeBundle(planting.report, path, options);
    QVERIFY2(written.ok, qPrintable(written.error));
    const QMap<QString, QByteArray> files = filesOf(path);
    QVERIFY(files.size() >= 5);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        found = leaks(it.value(), planting);
        QVERIFY2(
            found.isEmpty(),
            qPrintable(
                QStringLiteral("%1 leaks %2").arg(it.key(), found.join(QStringLiteral(", ")))));
    }

    // Unredacted, they are all there (so the checks above can fail).
    QCOMPARE(leaks(reportToJsonBytes(planting.report), planting).size(),
             planting.identifiers.size());
}

QTEST_GUILESS_MAIN(TestPlantedIdentifiers)
#include "TestPlantedIdentifiers.moc"
