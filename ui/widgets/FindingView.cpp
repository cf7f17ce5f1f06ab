// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FindingView.h"

#include "diagnosis/Headline.h"
#include "widgets/EvidenceLabels.h"
#include "widgets/IconLabel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace rdpdiag::ui {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    // Engine texts carry what servers sent (names, certificate subjects): never rich text.
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString breakableText(const QString &text)
{
    // A command or a thumbprint has no spaces to wrap at: without break opportunities its
    // label would be as wide as the whole command and run past the pane's edge. A zero-width
    // space after path and option separators, and inside long runs, lets it wrap; the Copy
    // button copies the command itself.
    constexpr int kLongRun = 16;
    static const QString separators = QStringLiteral("\\/;|,.=:-_&");
    QString out;
    out.reserve(text.size() * 5 / 4);
    int run = 0;
    for (const QChar c : text) {
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        if (!c.isSpace() && (separators.contains(c) || run >= kLongRun)) {
            out += QChar(0x200B);
            run = 0;
        }
    }
    return out;
}

QString evidenceValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == static_cast<double>(static_cast<qint64>(number)))
            return QString::number(static_cast<qint64>(number));
        return QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        bool scalars = true;
        QStringList parts;
        for (const QJsonValue &item : array) {
            if (item.isArray() || item.isObject())
                scalars = false;
            parts << evidenceValueText(item);
        }
        if (scalars)
            return parts.join(QStringLiteral(", "));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed();
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString groupedHex(const QString &hex)
{
    static const QRegularExpression plainHex(QStringLiteral("^[0-9A-Fa-f]+$"));
    if (hex.size() < 2 || hex.size() % 2 != 0 || !plainHex.match(hex).hasMatch())
        return hex;
    QString grouped;
    grouped.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            grouped += QLatin1Char(' ');
        grouped += QStringView(hex).mid(i, 2);
    }
    return grouped;
}

QString remedyWhereText(Remedy::Where where)
{
    return where == Remedy::Where::Client ? FindingView::tr("On this computer")
                                          : FindingView::tr("On the remote computer");
}

QString shellName(const QString &shell)
{
    if (shell == QLatin1String("powershell"))
        return FindingView::tr("PowerShell");
    if (shell == QLatin1String("cmd"))
        return FindingView::tr("Command Prompt");
    if (shell == QLatin1String("bash"))
        return FindingView::tr("Terminal (bash)");
    return shell;
}

FindingView::FindingView(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("findingViewScrollArea"));
    setWidgetResizable(true);
    // Texts wrap to the pane's width; a horizontal scroll bar would hide their ends.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Details"));
    showMessage(tr("Select a check to see what was found and how to fix it."));
}

QString FindingView::title() const
{
    return m_title ? m_title->text() : QString();
}

void FindingView::setTechnicalDetails(bool on)
{
    if (m_technical == on)
        return;
    m_technical = on;
    rebuild();
}

void FindingView::showFinding(const Finding &finding)
{
    m_shown = Shown::Finding;
    m_finding = finding;
    rebuild();
}

void FindingView::showStage(const QString &name, Status status,
                            const std::optional<StageResult> &result, const QJsonObject &facts)
{
    m_shown = Shown::Stage;
    m_stageName = name;
    m_stageStatus = status;
    m_stageResult = result;
    m_stageFacts = facts;
    rebuild();
}

void FindingView::showMessage(const QString &text)
{
    m_shown = Shown::Message;
    m_message = text;
    rebuild();
}

void FindingView::clearContent()
{
    // A fresh content widget each time: QScrollArea deletes the old one at once, so no
    // stale row stays on screen until a deferred delete (seen as overlapping text).
    m_title = nullptr;
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("findingViewContentWidget"));
    m_layout = new QVBoxLayout(m_content);
    setWidget(m_content);
}

void FindingView::addHeader(Status status, const QString &title, const QString &subtitle)
{
    auto *row = new QWidget(m_content);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new IconLabel(row);
    icon->setIconSize(style()->pixelMetric(QStyle::PM_LargeIconSize) * 2 / 3);
    icon->setIcon(statusIcon(status));
    icon->setAccessibleName(statusText(status));
    layout->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_title = plainLabel(title, row);
    m_title->setObjectName(QStringLiteral("findingTitleLabel"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    texts->addWidget(m_title);
    if (!subtitle.isEmpty()) {
        QLabel *sub = plainLabel(subtitle, row);
        sub->setObjectName(QStringLiteral("findingStatusLabel"));
        QPalette palette = sub->palette();
        palette.setColor(QPalette::WindowText, statusTextColor(status, palette));
        sub->setPalette(palette);
        texts->addWidget(sub);
    }
    layout->addLayout(texts, 1);
    m_layout->addWidget(row);
}

QLabel *FindingView::addSectionTitle(const QString &text)
{
    QLabel *label = plainLabel(text, m_content);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_layout->addWidget(label);
    return label;
}

QLabel *FindingView::addText(const QString &text)
{
    QLabel *label = plainLabel(text, m_content);
    m_layout->addWidget(label);
    return label;
}

void FindingView::addEvidence(const QJsonObject &evidence)
{
    // Only under Technical details: every value, with a translated label, never an empty row.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        QString value = evidenceValueText(it.value());
        if (value.trimmed().isEmpty() || it.value().isNull())
            continue;
        if (it.key().endsWith(QLatin1String("_hex")))
            value = groupedHex(value); // "03 00 00 13 …" wraps and reads like a hex dump
        QLabel *key = plainLabel(evidenceLabel(it.key()), m_content);
        key->setObjectName(QStringLiteral("evidenceKeyLabel"));
        QLabel *text = plainLabel(breakableText(value), m_content);
        text->setFont(mono);
        text->setAccessibleName(key->text());
        grid->addWidget(key, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        grid->setRowStretch(row, 0);
        ++row;
    }
    grid->setColumnStretch(0, 0);
    auto *holder = new QWidget(m_content);
    holder->setLayout(grid);
    m_layout->addWidget(holder);
}

void FindingView::addRemedies(const QList<Remedy> &remedies)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const Remedy::Where where : {Remedy::Where::Client, Remedy::Where::Server}) {
        int number = 0;
        for (const Remedy &remedy : remedies) {
            if (remedy.where != where)
                continue;
            if (number == 0) {
                QLabel *heading = plainLabel(remedyWhereText(where), m_content);
                heading->setObjectName(where == Remedy::Where::Client
                                           ? QStringLiteral("clientStepsLabel")
                                           : QStringLiteral("serverStepsLabel"));
                QFont font = heading->font();
                font.setItalic(true);
                heading->setFont(font);
                m_layout->addWidget(heading);
            }
            ++number;
            addText(tr("%1. %2").arg(number).arg(remedy.text));
            if (remedy.command.isEmpty())
                continue;
            auto *row = new QFrame(m_content);
            row->setObjectName(QStringLiteral("commandFrame"));
            row->setFrameShape(QFrame::StyledPanel);
            row->setAutoFillBackground(true);
            row->setBackgroundRole(QPalette::Base);
            auto *layout = new QHBoxLayout(row);
            layout->setContentsMargins(6, 4, 4, 4);
            auto *commandLabel = new QLabel(row);
            commandLabel->setObjectName(QStringLiteral("commandLabel"));
            commandLabel->setTextFormat(Qt::PlainText);
            // Shown with break opportunities so that it wraps; not selectable, because a
            // selection would copy them too: the Copy button copies the command as it is.
            commandLabel->setText(breakableText(remedy.command));
            commandLabel->setFont(mono);
            commandLabel->setWordWrap(true);
            commandLabel->setAccessibleName(tr("Command for %1").arg(shellName(remedy.shell)));
            commandLabel->setAccessibleDescription(remedy.command);
            commandLabel->setToolTip(shellName(remedy.shell));
            layout->addWidget(commandLabel, 1);
            auto *copy = new QPushButton(tr("Copy"), row);
            copy->setObjectName(QStringLiteral("copyCommandButton"));
            copy->setAutoDefault(false);
            copy->setAccessibleName(tr("Copy command"));
            copy->setAccessibleDescription(remedy.command);
            copy->setToolTip(
                tr("Copy this %1 command to the clipboard").arg(shellName(remedy.shell)));
            const QString command = remedy.command;
            connect(copy, &QPushButton::clicked, this, [this, copy, command] {
                QGuiApplication::clipboard()->setText(command);
                copy->setText(tr("Copied"));
                QTimer::singleShot(1500, copy, [copy] { copy->setText(tr("Copy")); });
                emit copied(command);
            });
            layout->addWidget(copy, 0, Qt::AlignTop);
            m_layout->addWidget(row);
        }
    }
}

void FindingView::rebuild()
{
    clearContent();
    switch (m_shown) {
    case Shown::Nothing:
        break;
    case Shown::Message: {
        QLabel *label = addText(m_message);
        label->setObjectName(QStringLiteral("findingMessageLabel"));
        break;
    }
    case Shown::Finding: {
        const Status status = statusForSeverity(m_finding.severity);
        addHeader(status, m_finding.title, statusText(status));
        addSectionTitle(tr("What was found"));
        addText(m_finding.detail.trimmed())->setObjectName(QStringLiteral("findingDetailLabel"));
        // The administrator's steps, grouped by where they run; this computer's only for the
        // platform the user is on (support/Platform).
        const QList<Remedy> remedies = remediesFor(m_finding, currentPlatform());
        if (!remedies.isEmpty()) {
            addSectionTitle(tr("Steps for the administrator"))
                ->setObjectName(QStringLiteral("adminStepsLabel"));
            addRemedies(remedies);
        }
        if (m_technical) {
            if (!m_finding.evidence.isEmpty()) {
                addSectionTitle(tr("Evidence"));
                addEvidence(m_finding.evidence);
            }
            addSectionTitle(tr("Finding code"));
            addText(m_finding.code)->setObjectName(QStringLiteral("findingCodeLabel"));
        } else if (!m_finding.evidence.isEmpty()) {
            QLabel *note = addText(tr("For support staff: the evidence (bytes, protocol values, "
                                      "timings) is under Technical details."));
            note->setObjectName(QStringLiteral("evidenceHiddenLabel"));
            QPalette palette = note->palette();
            palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
            note->setPalette(palette);
        }
        break;
    }
    case Shown::Stage: {
        const QString status = statusText(m_stageStatus);
        addHeader(m_stageStatus, m_stageName, status);
        if (m_stageResult) {
            if (!m_stageResult->summary.isEmpty())
                addText(m_stageResult->summary)->setObjectName(QStringLiteral("stageSummaryLabel"));
            if (m_stageResult->status != StageStatus::Skipped)
                addText(tr("Took %1 ms.").arg(m_stageResult->durationMs));
        } else if (m_stageStatus == Status::Running) {
            addText(tr("The diagnosis is at this step now."));
        } else if (m_stageStatus == Status::Pending) {
            addText(tr("The diagnosis has not reached this step yet."));
        }
        if (m_technical && !m_stageFacts.isEmpty()) {
            addSectionTitle(tr("Raw facts"));
            addEvidence(m_stageFacts);
        }
        break;
    }
    }
    m_layout->addStretch(1);
    if (QAccessible::isActive() && m_title)
        setAccessibleDescription(m_title->text());
}

} // namespace rdpdiag::ui
