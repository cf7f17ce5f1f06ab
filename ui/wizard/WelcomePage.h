// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The first page, "What happened?": the computer to connect to (validated as you type with
 * the CLI's own rules, the reason shown under the field), an .rdp file instead, the error
 * code and extended code the client showed (editable lists of common codes with their
 * one-line meaning shown as you type), the time limit per step, and "Open a findings
 * bundle…" for support staff.
 */

#include "runner/Runner.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;
class QSpinBox;

namespace rdpdiag::ui {

class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setTargetText(const QString &text);
    QString targetText() const;
    void setErrorCodeText(const QString &text);
    void setExtendedCodeText(const QString &text);

    /** The request the inputs describe, or nullopt with @p reason when they are invalid. */
    std::optional<RunRequest> request(QString *reason = nullptr) const;
    /** A key that changes whenever the inputs change (to decide whether to run again). */
    QString inputKey() const;

    /** Shows why a findings bundle could not be opened (empty: hides the line). */
    void setBundleError(const QString &text);

    /** Lets Next through without a valid target (a saved run is shown instead). */
    void setViewingSavedRun(bool viewing);

    bool isComplete() const override;
    void initializePage() override;
    /** Keeps what the user typed when they come back (the default would reset fields). */
    void cleanupPage() override {}

    /** Codes offered in the error-code list: {code, extended code or 0}. */
    static QList<QPair<quint32, quint32>> commonCodes();

signals:
    /** The user asked to open a findings bundle (the wizard shows the file dialog). */
    void openBundleRequested();

private:
    void chooseRdpFile();
    void validate();
    void updateCodeMeaning(QComboBox *combo, QLabel *label, bool extended);
    enum class Tone { Normal, Hint, Problem };
    void showReason(QLabel *label, const QString &text, Tone tone);

    QLineEdit *m_target;
    QLabel *m_targetStatus;
    QComboBox *m_errorCode;
    QLabel *m_errorMeaning;
    QComboBox *m_extendedCode;
    QLabel *m_extendedMeaning;
    QSpinBox *m_timeout;
    QCheckBox *m_onServer;
    QPushButton *m_openRdp;
    QPushButton *m_openBundle;
    QLabel *m_bundleError;
    bool m_valid = false;
    bool m_viewing = false;
};

} // namespace rdpdiag::ui
