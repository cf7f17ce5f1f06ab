// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/WelcomePage.h"

#include "diagnosis/ErrorCodes.h"
#include "input/Target.h"
#include "widgets/ScrollingPage.h"
#include "widgets/StatusIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace rdpdiag::ui {

namespace {

constexpr int kDefaultTimeoutSeconds = 5;
constexpr int kMaxTimeoutSeconds = 600;
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kExtendedRole = Qt::UserRole + 2;

QLabel *reasonLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

QList<QPair<quint32, quint32>> WelcomePage::commonCodes()
{
    // The codes users most often report (0x904 usually with extended 0x7 first); any other
    // code can be typed. Codes the engine's table lacks are left out of the list.
    const QList<QPair<quint32, quint32>> wanted = {
        {0x904, 0x7}, {0x904, 0},  {0x204, 0}, {0x104, 0}, {0x108, 0}, {0x207, 0},
        {0x907, 0},   {0x2407, 0}, {0x3, 0},   {0x4, 0},   {0x708, 0}, {0x808, 0},
    };
    QList<QPair<quint32, quint32>> codes;
    for (const auto &code : wanted)
        if (findClientCode(code.first, CodeKind::Disconnect))
            codes << code;
    return codes;
}

WelcomePage::WelcomePage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    setTitle(tr("What happened?"));

    QVBoxLayout *layout = makeScrollingPage(
        this, tr("Tell which computer you connect to and, if you saw one, the error code. "
                 "The check changes nothing on either computer and never sends a password."));
    QWidget *content = layout->parentWidget();
    // A grid rather than a QFormLayout: the word-wrapped reason under each field gets the
    // whole width of the field column (QFormLayout squeezed it to a narrow strip).
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int formRow = 0;
    const auto addRow = [&](QLabel *label, QLayout *field, QLabel *reason) {
        form->addWidget(label, formRow, 0, Qt::AlignLeft | Qt::AlignVCenter);
        form->addLayout(field, formRow++, 1);
        if (reason)
            form->addWidget(reason, formRow++, 1);
    };
    const auto fieldRow = [](QWidget *widget) {
        auto *box = new QHBoxLayout;
        box->addWidget(widget);
        box->addStretch(1);
        return box;
    };

    // The computer, or an .rdp file.
    m_target = new QLineEdit(content);
    m_target->setObjectName(QStringLiteral("targetLineEdit"));
    m_target->setPlaceholderText(tr("e.g. pc42.example.com, 192.0.2.10:3390 or a .rdp file"));
    m_target->setAccessibleName(tr("Computer to connect to"));
    m_target->setClearButtonEnabled(true);
    m_openRdp = new QPushButton(tr("Open .&rdp file…"), content);
    m_openRdp->setObjectName(QStringLiteral("openRdpFileButton"));
    m_openRdp->setAccessibleName(tr("Open .rdp file"));
    m_openRdp->setToolTip(tr("Use the Remote Desktop file your administrator gave you"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_openRdp);
    auto *targetLabel = new QLabel(tr("&Computer:"), content);
    targetLabel->setBuddy(m_target);
    m_targetStatus = reasonLabel(QStringLiteral("targetStatusLabel"), content);
    addRow(targetLabel, targetRow, m_targetStatus);

    // The error code and the extended code, each with its meaning as you type.
    m_errorCode = new QComboBox(content);
    m_errorCode->setObjectName(QStringLiteral("errorCodeComboBox"));
    m_errorCode->setEditable(true);
    m_errorCode->setInsertPolicy(QComboBox::NoInsert);
    m_errorCode->setAccessibleName(tr("Error code"));
    m_errorCode->lineEdit()->setPlaceholderText(tr("optional, e.g. 0x904"));
    // Never complete inline: "0x7" must stay "0x7", not become "0x708".
    m_errorCode->setCompleter(nullptr);
    m_errorCode->addItem(QString());
    for (const auto &[code, extended] : commonCodes()) {
        const QString codes = extended
                                  ? tr("%1 with extended code %2")
                                        .arg(formatClientCode(code), formatClientCode(extended))
                                  : formatClientCode(code);
        m_errorCode->addItem(
            tr("%1 — %2").arg(codes, clientCodeMeaning(code, CodeKind::Disconnect)));
        const int row = m_errorCode->count() - 1;
        m_errorCode->setItemData(row, code, kCodeRole);
        m_errorCode->setItemData(row, extended, kExtendedRole);
        m_errorCode->setItemData(row, clientCodeMeaning(code, CodeKind::Disconnect),
                                 Qt::ToolTipRole);
    }
    m_errorCode->setCurrentIndex(0);
    m_errorCode->setMinimumContentsLength(22);
    m_errorCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *codeLabel = new QLabel(tr("&Error code:"), content);
    codeLabel->setBuddy(m_errorCode);
    m_errorMeaning = reasonLabel(QStringLiteral("errorMeaningLabel"), content);
    addRow(codeLabel, fieldRow(m_errorCode), m_errorMeaning);

    m_extendedCode = new QComboBox(content);
    m_extendedCode->setObjectName(QStringLiteral("extendedCodeComboBox"));
    m_extendedCode->setEditable(true);
    m_extendedCode->setInsertPolicy(QComboBox::NoInsert);
    m_extendedCode->setAccessibleName(tr("Extended error code"));
    m_extendedCode->lineEdit()->setPlaceholderText(tr("optional, e.g. 0x7"));
    m_extendedCode->setCompleter(nullptr);
    m_extendedCode->addItem(QString());
    for (const ClientErrorCode &code : clientCodes(CodeKind::Extended)) {
        const QString meaning = clientCodeMeaning(code.value, CodeKind::Extended);
        m_extendedCode->addItem(tr("%1 — %2").arg(formatClientCode(code.value), meaning));
        const int row = m_extendedCode->count() - 1;
        m_extendedCode->setItemData(row, code.value, kCodeRole);
        m_extendedCode->setItemData(row, meaning, Qt::ToolTipRole);
    }
    m_extendedCode->setMinimumContentsLength(22);
    m_extendedCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *extendedLabel = new QLabel(tr("E&xtended code:"), content);
    extendedLabel->setBuddy(m_extendedCode);
    m_extendedMeaning = reasonLabel(QStringLiteral("extendedMeaningLabel"), content);
    addRow(extendedLabel, fieldRow(m_extendedCode), m_extendedMeaning);

    m_timeout = new QSpinBox(content);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(1, kMaxTimeoutSeconds);
    m_timeout->setValue(kDefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Time limit for each step, in seconds"));
    m_timeout->setToolTip(tr("How long to wait for each network step before calling it a "
                             "timeout. Raise it for slow VPN connections."));
    auto *timeoutLabel = new QLabel(tr("&Time limit per step:"), content);
    timeoutLabel->setBuddy(m_timeout);
    addRow(timeoutLabel, fieldRow(m_timeout), nullptr);
    layout->addLayout(form);

    // On the RDP host itself: also look at its Remote Desktop service from the inside
    // (engine/probes/server). The check only reads; it changes nothing.
    // A check box does not wrap its text: a short one, and the rest in a wrapping label.
    m_onServer = new QCheckBox(tr("I am on the &server"), content);
    m_onServer->setObjectName(QStringLiteral("onServerCheckBox"));
    m_onServer->setAccessibleName(tr("I am on the server"));
    m_onServer->setToolTip(tr("Reads the service state, the port it listens on, its security "
                              "and certificate settings and its recent errors. Nothing is "
                              "changed."));
    layout->addWidget(m_onServer);
    auto *onServerHint = reasonLabel(QStringLiteral("onServerHintLabel"), content);
    onServerHint->setText(tr("Also checks this computer's Remote Desktop service from the inside. "
                             "Nothing is changed."));
    onServerHint->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                            style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
    layout->addWidget(onServerHint);

    auto *dropHint = reasonLabel(QStringLiteral("dropHintLabel"), content);
    dropHint->setText(tr("You can also drop an .rdp file onto this window."));
    QPalette hintPalette = dropHint->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    dropHint->setPalette(hintPalette);
    layout->addWidget(dropHint);
    layout->addStretch(1);

    // For support staff: look at a run someone else made.
    auto *bundleRow = new QHBoxLayout;
    auto *bundleText = reasonLabel(QStringLiteral("bundleHintLabel"), content);
    bundleText->setText(tr("Support staff: open the findings bundle (.zip) a user sent you."));
    bundleRow->addWidget(bundleText, 1);
    m_openBundle = new QPushButton(tr("Open a findings &bundle…"), content);
    m_openBundle->setObjectName(QStringLiteral("openBundleButton"));
    m_openBundle->setAccessibleName(tr("Open a findings bundle"));
    bundleRow->addWidget(m_openBundle);
    layout->addLayout(bundleRow);
    m_bundleError = reasonLabel(QStringLiteral("bundleErrorLabel"), content);
    m_bundleError->setVisible(false);
    layout->addWidget(m_bundleError);

    // Enter is always Next, whatever has the focus (Space presses a focused button).
    m_openRdp->setAutoDefault(false);
    m_openBundle->setAutoDefault(false);
    setTabOrder(m_target, m_openRdp);
    setTabOrder(m_openRdp, m_errorCode);
    setTabOrder(m_errorCode, m_extendedCode);
    setTabOrder(m_extendedCode, m_timeout);
    setTabOrder(m_timeout, m_onServer);
    setTabOrder(m_onServer, m_openBundle);

    connect(m_target, &QLineEdit::textChanged, this, &WelcomePage::validate);
    connect(m_errorCode, &QComboBox::editTextChanged, this, &WelcomePage::validate);
    connect(m_extendedCode, &QComboBox::editTextChanged, this, &WelcomePage::validate);
    connect(m_errorCode, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        // "0x904 with extended code 0x7" fills both fields.
        const QVariant code = m_errorCode->itemData(row, kCodeRole);
        if (!code.isValid())
            return;
        m_errorCode->setEditText(formatClientCode(code.toUInt()));
        const quint32 extended = m_errorCode->itemData(row, kExtendedRole).toUInt();
        if (extended)
            m_extendedCode->setEditText(formatClientCode(extended));
    });
    connect(m_extendedCode, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        // The list shows "0x7 — meaning"; the field keeps the code.
        const QVariant code = m_extendedCode->itemData(row, kCodeRole);
        if (code.isValid())
            m_extendedCode->setEditText(formatClientCode(code.toUInt()));
    });
    connect(m_onServer, &QCheckBox::toggled, this, [this](bool on) {
        // On the server, the computer to connect to is usually this one.
        if (on && m_target->text().trimmed().isEmpty())
            m_target->setText(QStringLiteral("localhost"));
        validate();
    });
    connect(m_openRdp, &QPushButton::clicked, this, &WelcomePage::chooseRdpFile);
    connect(m_openBundle, &QPushButton::clicked, this, &WelcomePage::openBundleRequested);
    validate();
}

void WelcomePage::initializePage()
{
    validate();
}

void WelcomePage::setTargetText(const QString &text)
{
    m_target->setText(text);
}

QString WelcomePage::targetText() const
{
    return m_target->text();
}

void WelcomePage::setErrorCodeText(const QString &text)
{
    m_errorCode->setEditText(text);
}

void WelcomePage::setExtendedCodeText(const QString &text)
{
    m_extendedCode->setEditText(text);
}

void WelcomePage::setBundleError(const QString &text)
{
    showReason(m_bundleError, text, Tone::Problem);
}

void WelcomePage::setViewingSavedRun(bool viewing)
{
    m_viewing = viewing;
    emit completeChanged();
}

bool WelcomePage::isComplete() const
{
    return m_valid || (m_viewing && m_target->text().trimmed().isEmpty());
}

QString WelcomePage::inputKey() const
{
    return QStringList{m_target->text().trimmed(), m_errorCode->currentText().trimmed(),
                       m_extendedCode->currentText().trimmed(), QString::number(m_timeout->value()),
                       m_onServer->isChecked() ? QStringLiteral("server") : QString()}
        .join(QChar(0x1f));
}

std::optional<RunRequest> WelcomePage::request(QString *reason) const
{
    const QString text = m_target->text().trimmed();
    if (text.isEmpty()) {
        if (reason)
            *reason = tr("Type the name or address of the computer you connect to, or open "
                         "its .rdp file.");
        return std::nullopt;
    }
    const TargetParse target = parseTargetArgument(text);
    if (!target.target) {
        if (reason)
            *reason = target.error;
        return std::nullopt;
    }
    RunRequest request;
    request.target = *target.target;
    request.timeout = std::chrono::milliseconds(m_timeout->value() * 1000);
    if (m_onServer->isChecked()) {
        ServerCheckOptions server;
        server.expectedPort = request.target.port;
        request.serverCheck = server;
    }
    const QString code = m_errorCode->currentText().trimmed();
    if (!code.isEmpty()) {
        request.reported.code = parseClientCode(code, CodeKind::Disconnect);
        if (!request.reported.code) {
            if (reason)
                *reason = tr("\"%1\" is not an error code.").arg(code);
            return std::nullopt;
        }
    }
    const QString extended = m_extendedCode->currentText().trimmed();
    if (!extended.isEmpty()) {
        request.reported.extended = parseClientCode(extended, CodeKind::Extended);
        if (!request.reported.extended) {
            if (reason)
                *reason = tr("\"%1\" is not an extended error code.").arg(extended);
            return std::nullopt;
        }
    }
    return request;
}

void WelcomePage::showReason(QLabel *label, const QString &text, Tone tone)
{
    label->setText(text);
    // An empty QPalette overrides no role: the label follows the window's palette again.
    QPalette palette;
    if (tone != Tone::Normal) {
        palette = label->palette();
        palette.setColor(QPalette::WindowText, tone == Tone::Problem
                                                   ? statusTextColor(Status::Problem, palette)
                                                   : palette.color(QPalette::PlaceholderText));
    }
    label->setPalette(palette);
    label->setVisible(!text.isEmpty());
}

void WelcomePage::updateCodeMeaning(QComboBox *combo, QLabel *label, bool extended)
{
    const QString text = combo->currentText().trimmed();
    const CodeKind kind = extended ? CodeKind::Extended : CodeKind::Disconnect;
    if (text.isEmpty()) {
        showReason(label, QString(), Tone::Normal);
        return;
    }
    const std::optional<quint32> value = parseClientCode(text, kind);
    if (!value) {
        showReason(label,
                   extended ? tr("Not an extended code: type it as shown, e.g. 0x7.")
                            : tr("Not an error code: type it as shown, e.g. 0x904."),
                   Tone::Problem);
        return;
    }
    showReason(label, clientCodeMeaning(*value, kind), Tone::Normal);
}

void WelcomePage::validate()
{
    updateCodeMeaning(m_errorCode, m_errorMeaning, false);
    updateCodeMeaning(m_extendedCode, m_extendedMeaning, true);

    const QString text = m_target->text().trimmed();
    bool targetOk = false;
    if (text.isEmpty()) {
        showReason(m_targetStatus,
                   m_viewing ? QString()
                             : tr("Type the name or address of the computer you connect to, "
                                  "or open its .rdp file."),
                   Tone::Hint);
    } else {
        const TargetParse target = parseTargetArgument(text);
        if (target.target) {
            targetOk = true;
            const Target &t = *target.target;
            const QString where =
                t.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(t.host) : t.host;
            showReason(
                m_targetStatus,
                t.source == Target::Source::RdpFile
                    ? tr("Will check %1, port %2 (from the .rdp file).").arg(where).arg(t.port)
                    : tr("Will check %1, port %2.").arg(where).arg(t.port),
                Tone::Normal);
        } else {
            showReason(m_targetStatus, target.error, Tone::Problem);
        }
    }
    m_target->setAccessibleDescription(m_targetStatus->text());
    const bool valid = targetOk && request().has_value();
    m_valid = valid;
    emit completeChanged();
}

void WelcomePage::chooseRdpFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a Remote Desktop file"), QString(),
                                     tr("Remote Desktop files (*.rdp);;All files (*)"));
    if (!path.isEmpty())
        m_target->setText(path);
}

} // namespace rdpdiag::ui
