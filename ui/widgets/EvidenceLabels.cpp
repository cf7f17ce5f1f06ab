// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EvidenceLabels.h"

#include <QCoreApplication>

namespace rdpdiag::ui {

namespace {

struct Label
{
    const char *key;
    const char *text;
};

// The keys support staff meet most (engine/rules, docs/findings.md).
constexpr Label kLabels[] = {
    {"address", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Address")},
    {"addresses", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Addresses")},
    {"attempts", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Attempts")},
    {"bytes_received", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Bytes received")},
    {"duration_ms", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Time taken (ms)")},
    {"error", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Error")},
    {"errors", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Errors")},
    {"expected_port", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Expected port")},
    {"host", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Computer")},
    {"issuer", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Issued by")},
    {"not_after", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Valid until")},
    {"not_before", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Valid from")},
    {"outcome", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "What happened")},
    {"port", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Port")},
    {"received_hex", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Bytes received (hex)")},
    {"requested_protocols", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Protocols asked for")},
    {"selected_protocol", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Protocol chosen")},
    {"sent_hex", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Bytes sent (hex)")},
    {"subject", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Issued to")},
    {"thumbprint", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Thumbprint")},
    {"timeout_ms", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Time limit (ms)")},
    {"version", QT_TRANSLATE_NOOP("rdpdiag::ui::Evidence", "Version")},
};

} // namespace

QString evidenceLabel(const QString &key)
{
    for (const Label &label : kLabels)
        if (key == QLatin1String(label.key))
            return QCoreApplication::translate("rdpdiag::ui::Evidence", label.text);
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace rdpdiag::ui
