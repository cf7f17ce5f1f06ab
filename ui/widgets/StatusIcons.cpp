// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusIcons.h"

#include <QCoreApplication>
#include <QPalette>

namespace rdpdiag::ui {

namespace {

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(rdpdiag::ui::Status)
};

} // namespace

QString statusIconPath(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral(":/icons/status-pending.svg");
    case Status::Running:
        return QStringLiteral(":/icons/status-running.svg");
    case Status::Passed:
        return QStringLiteral(":/icons/status-passed.svg");
    case Status::Warning:
        return QStringLiteral(":/icons/status-warning.svg");
    case Status::Problem:
        return QStringLiteral(":/icons/status-problem.svg");
    case Status::Info:
        return QStringLiteral(":/icons/status-info.svg");
    case Status::Skipped:
        return QStringLiteral(":/icons/status-skipped.svg");
    case Status::Cancelled:
        return QStringLiteral(":/icons/status-cancelled.svg");
    }
    return {};
}

QIcon statusIcon(Status status)
{
    return QIcon(statusIconPath(status));
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Pending:
        return StatusText::tr("waiting");
    case Status::Running:
        return StatusText::tr("checking…");
    case Status::Passed:
        return StatusText::tr("passed");
    case Status::Warning:
        return StatusText::tr("warning");
    case Status::Problem:
        return StatusText::tr("problem");
    case Status::Info:
        return StatusText::tr("note");
    case Status::Skipped:
        return StatusText::tr("not checked");
    case Status::Cancelled:
        return StatusText::tr("cancelled");
    }
    return {};
}

Status statusForSeverity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Status::Problem;
    case Severity::Warning:
        return Status::Warning;
    case Severity::Info:
        return Status::Info;
    }
    return Status::Info;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor statusTextColor(Status status, const QPalette &palette)
{
    // Two shades per colour: the darker one for light windows, the lighter one for dark
    // windows; both keep a contrast ratio of at least 4.5:1 against Fusion's defaults.
    const bool dark = isDarkPalette(palette);
    switch (status) {
    case Status::Passed:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20);
    case Status::Warning:
        return dark ? QColor(0xff, 0xcc, 0x4d) : QColor(0x8a, 0x4b, 0x00);
    case Status::Problem:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case Status::Info:
    case Status::Running:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x0d, 0x47, 0xa1);
    case Status::Pending:
    case Status::Skipped:
    case Status::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::WindowText);
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/io.github.rdpdiag.wizard.svg"));
}

} // namespace rdpdiag::ui
