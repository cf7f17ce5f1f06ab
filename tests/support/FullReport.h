// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A report in which every field of every stage's facts is set: every optional present,
// every list non-empty, every string a distinct, recognisable value. The JSON round trip
// and the redaction tests use it so that a field a writer, reader or redaction forgets
// shows up; factsHoles() makes sure the fixture itself forgets nothing.

#include "model/Report.h"

#include <QJsonObject>
#include <QStringList>

namespace rdpdiag::test {

/** The fully populated report (a client run with the gateway, plus a server self-check). */
Report fullReport();

/** The paths below @p factsObject whose value is an empty string, null or an empty list or
 * object: what a fully populated report must not have. */
QStringList factsHoles(const QJsonObject &factsObject);

/** A string leaf of a JSON document: its path as the readers name it
 * ("facts.local.routes[0].error") and as the steps that lead to it (keys and indexes). */
struct JsonLeaf
{
    QString name;
    QStringList steps;
    QString key; ///< the key of the object that holds it (for an array element: the array's)
};

/** Every string leaf below @p value, which is at @p name / @p steps. */
QList<JsonLeaf> stringLeaves(const QJsonValue &value, const QString &name,
                             const QStringList &steps);

/** Sets @p value at @p steps below @p root (keys, and indexes into arrays); an undefined
 * value removes the key. */
void setJsonPath(QJsonObject &root, const QStringList &steps, const QJsonValue &value);

} // namespace rdpdiag::test
