// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * The wizard: What happened? → Network → Firewall → Security layer → Certificate →
 * Summary. Leaving the first page starts the diagnosis once, in the background (the
 * engine's DiagnosticSession); the user moves freely between pages while it runs; Stop and
 * Cancel end it at once. Holds no diagnostic logic: every text and status comes from the
 * engine.
 */

#include <QWizard>

#include <memory>

class QCheckBox;
class QPushButton;

namespace rdpdiag {
class LogCapture;
}

namespace rdpdiag::ui {

class ResultsPage;
class RunController;
class SummaryPage;
class WelcomePage;
struct LaunchOptions;

class DiagnosticWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        Page_Welcome,
        Page_Network,
        Page_Firewall,
        Page_Security,
        Page_Certificate,
        Page_Server, ///< only when the run checked this computer as the server
        Page_Summary,
    };
    Q_ENUM(PageId)

    explicit DiagnosticWizard(QWidget *parent = nullptr);
    ~DiagnosticWizard() override;

    /** Pre-fills the first page from the command line (or opens a bundle read-only). */
    void applyOptions(const LaunchOptions &options);

    RunController *controller() const { return m_controller; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ResultsPage *resultsPage(PageId id) const;
    SummaryPage *summaryPage() const { return m_summary; }
    QCheckBox *technicalDetailsCheckBox() const { return m_technical; }
    QPushButton *stopButton() const { return m_stop; }

    bool technicalDetails() const;

    /** The in-memory debug log an exported bundle carries (cleared when a run starts). */
    void setLogCapture(std::shared_ptr<LogCapture> capture);

    /** Opens the findings bundle @p path read-only; false (with a message shown on the
     * first page) when it cannot be read. */
    bool openBundle(const QString &path);
    /** Puts @p path (an .rdp file or a bundle) in place as if it had been dropped. */
    bool acceptDroppedFile(const QString &path);

    bool validateCurrentPage() override;
    /** Skips the Server page when the run shown did not check the server. */
    int nextId() const override;

    /** The QSettings key of the Technical details switch. */
    static QString technicalDetailsKey();
    /** The window's size when it opens (made smaller when the screen is smaller). */
    static QSize defaultSize();

public slots:
    void setTechnicalDetails(bool on);
    /** Starts the diagnosis again with the first page's inputs. */
    void runAgain();
    /** Writes the findings bundle to @p path; the summary page shows the outcome. */
    bool exportBundle(const QString &path, bool redact);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void startRun();
    void onPageChanged(int id);
    void updateButtons();
    void updateAccessibleNames();
    void chooseBundle();
    void chooseExportPath(bool redact);
    void goToWelcome();
    void fitToScreen();

    RunController *m_controller;
    WelcomePage *m_welcome;
    QList<ResultsPage *> m_results;
    SummaryPage *m_summary;
    QCheckBox *m_technical;
    QPushButton *m_stop;
    QString m_startedKey; ///< the first page's inputs of the run shown
    std::shared_ptr<LogCapture> m_log;
    bool m_fitted = false;
};

/** Where Export… starts: the user's Documents folder (QStandardPaths), else their home. */
QString defaultExportFolder();

/** The local file a drop or a command-line argument names (file:// URLs included). */
QString localPathOf(const QString &argument);

} // namespace rdpdiag::ui
