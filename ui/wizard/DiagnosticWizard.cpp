// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/DiagnosticWizard.h"

#include "bundle/Bundle.h"
#include "bundle/LogCapture.h"
#include "input/Target.h"
#include "models/RunController.h"
#include "widgets/FindingView.h"
#include "widgets/StatusIcons.h"
#include "wizard/ResultsPage.h"
#include "wizard/SummaryPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardCommandLine.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace rdpdiag::ui {

namespace {

/** The one local file named by a drag, or empty. */
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

/** "< &Back" → "Back", "&Weiter >" → "Weiter", "次へ(&N) >" → "次へ". */
QString spokenButtonText(QString text)
{
    static const QRegularExpression mnemonicInParens(QStringLiteral("\\(&.\\)"));
    text.remove(mnemonicInParens);
    text.remove(QLatin1Char('&'));
    text.remove(QLatin1Char('<'));
    text.remove(QLatin1Char('>'));
    return text.trimmed();
}

} // namespace

QString localPathOf(const QString &argument)
{
    if (argument.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(argument);
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return argument;
}

QString defaultExportFolder()
{
    // Documents, where people look for what they saved; the home folder when there is none
    // (never the folder the program happened to be started in).
    for (const auto location : {QStandardPaths::DocumentsLocation, QStandardPaths::HomeLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QDir(folder).exists())
            return folder;
    }
    return QDir::homePath();
}

QString DiagnosticWizard::technicalDetailsKey()
{
    return QStringLiteral("ui/technicalDetails");
}

DiagnosticWizard::DiagnosticWizard(QWidget *parent)
    : QWizard(parent), m_controller(new RunController(this))
{
    setObjectName(QStringLiteral("diagnosticWizard"));
    setWindowTitle(tr("Remote Desktop connection check"));
    setWindowIcon(applicationIcon());
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, applicationIcon().pixmap(QSize(48, 48), devicePixelRatio()));
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::HaveCustomButton2, true);
    setAcceptDrops(true);
    // The default size; showEvent() keeps the window within the screen at any scale, and
    // every page scrolls vertically rather than clipping (widgets/ScrollingPage.h).
    resize(defaultSize());

    m_welcome = new WelcomePage(this);
    setPage(Page_Welcome, m_welcome);
    const QList<QPair<PageId, Category>> categories = {
        {Page_Network, Category::Network},   {Page_Firewall, Category::Firewall},
        {Page_Security, Category::Security}, {Page_Certificate, Category::Certificate},
        {Page_Server, Category::Server},
    };
    for (const auto &[id, category] : categories) {
        auto *page = new ResultsPage(category, m_controller, this);
        setPage(id, page);
        m_results << page;
    }
    m_summary = new SummaryPage(m_controller, this);
    setPage(Page_Summary, m_summary);

    // Stop (while a run goes) and the Technical details switch live in the button row.
    m_stop = new QPushButton(tr("&Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAccessibleName(tr("Stop the diagnosis"));
    m_stop->setToolTip(tr("Stop the diagnosis now; what was checked so far stays shown"));
    setButton(QWizard::CustomButton1, m_stop);
    m_technical = new QCheckBox(tr("Technical &details"), this);
    m_technical->setObjectName(QStringLiteral("technicalDetailsCheckBox"));
    m_technical->setAccessibleName(tr("Technical details"));
    m_technical->setToolTip(tr("For support staff: raw evidence under every finding (bytes "
                               "sent and received, protocol values, timings)"));
    setButton(QWizard::CustomButton2, m_technical);
    setButtonLayout({QWizard::CustomButton2, QWizard::Stretch, QWizard::CustomButton1,
                     QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                     QWizard::CancelButton});

    m_technical->setChecked(QSettings().value(technicalDetailsKey(), false).toBool());
    setTechnicalDetails(m_technical->isChecked());
    connect(m_technical, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(technicalDetailsKey(), on);
        setTechnicalDetails(on);
    });
    connect(m_stop, &QPushButton::clicked, m_controller, &RunController::cancel);
    connect(m_controller, &RunController::changed, this, &DiagnosticWizard::updateButtons);
    connect(this, &QWizard::currentIdChanged, this, &DiagnosticWizard::onPageChanged);
    connect(this, &QWizard::rejected, m_controller, &RunController::cancel);
    connect(m_welcome, &WelcomePage::openBundleRequested, this, &DiagnosticWizard::chooseBundle);
    connect(m_summary, &SummaryPage::runAgainRequested, this, &DiagnosticWizard::runAgain);
    connect(m_summary, &SummaryPage::exportRequested, this, &DiagnosticWizard::chooseExportPath);
    updateButtons();
    updateAccessibleNames();
}

DiagnosticWizard::~DiagnosticWizard() = default;

ResultsPage *DiagnosticWizard::resultsPage(PageId id) const
{
    return qobject_cast<ResultsPage *>(page(id));
}

QSize DiagnosticWizard::defaultSize()
{
    return {720, 560};
}

void DiagnosticWizard::showEvent(QShowEvent *event)
{
    QWizard::showEvent(event);
    if (m_fitted)
        return;
    m_fitted = true;
    fitToScreen();
}

void DiagnosticWizard::fitToScreen()
{
    const QScreen *where = screen();
    if (!where)
        return;
    // Room for the window frame, which is not known before the window is mapped.
    const QRect available = where->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = available.size() - frame.expandedTo(QSize(16, 40));
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    if (fitted != size())
        resize(fitted);
    QRect placed = frameGeometry();
    if (!available.contains(placed)) {
        placed.moveCenter(available.center());
        placed.moveTopLeft(QPoint(std::max(placed.left(), available.left()),
                                  std::max(placed.top(), available.top())));
        move(placed.topLeft());
    }
}

bool DiagnosticWizard::technicalDetails() const
{
    return m_technical->isChecked();
}

void DiagnosticWizard::setTechnicalDetails(bool on)
{
    if (m_technical->isChecked() != on)
        m_technical->setChecked(on);
    for (ResultsPage *page : std::as_const(m_results))
        page->setTechnicalDetails(on);
    m_summary->setTechnicalDetails(on);
}

void DiagnosticWizard::applyOptions(const LaunchOptions &options)
{
    // The program applies its command line before the window is shown; QWizard has no
    // current page until then, and next() would do nothing — a bundle would open on the
    // first page instead of its Summary.
    if (currentId() == -1)
        restart();
    if (!options.errorCode.isEmpty())
        m_welcome->setErrorCodeText(options.errorCode);
    if (!options.extendedCode.isEmpty())
        m_welcome->setExtendedCodeText(options.extendedCode);
    if (options.input.isEmpty())
        return;
    const QString input = localPathOf(options.input);
    if (looksLikeBundle(input))
        openBundle(input);
    else
        m_welcome->setTargetText(input);
}

int DiagnosticWizard::nextId() const
{
    const int next = QWizard::nextId();
    if (next != Page_Server)
        return next;
    // On the first page the run has not started yet: ask the page what it will do.
    if (currentId() == Page_Welcome) {
        const std::optional<RunRequest> request = m_welcome->request();
        return request && request->serverCheck ? next : Page_Summary;
    }
    // A run of our own, or a saved one (a bundle keeps the stages, not every fact).
    bool server = m_controller->isRunning() && m_controller->request().serverCheck;
    for (const StageResult &stage : m_controller->report().stages)
        server = server || stage.id == StageId::Server;
    return server ? next : Page_Summary;
}

bool DiagnosticWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() == Page_Welcome) {
        // Start once per set of inputs: coming back to this page and going on again
        // without changing anything keeps the run (or the saved run) that is shown.
        const bool keepSaved =
            m_controller->isViewing() && m_welcome->targetText().trimmed().isEmpty();
        if (!keepSaved && (!m_controller->hasReport() || m_welcome->inputKey() != m_startedKey)) {
            if (!m_welcome->request())
                return false;
            startRun();
        }
    }
    return true;
}

void DiagnosticWizard::startRun()
{
    const std::optional<RunRequest> request = m_welcome->request();
    if (!request)
        return;
    m_startedKey = m_welcome->inputKey();
    m_welcome->setViewingSavedRun(false);
    if (m_log)
        m_log->clear(); // the bundle carries this run's log only
    m_controller->start(*request);
}

void DiagnosticWizard::runAgain()
{
    if (m_controller->isRunning() || m_controller->isViewing())
        return;
    if (m_welcome->request())
        startRun();
    else {
        if (m_log)
            m_log->clear();
        m_controller->start(m_controller->request());
    }
}

void DiagnosticWizard::setLogCapture(std::shared_ptr<LogCapture> capture)
{
    m_log = std::move(capture);
}

void DiagnosticWizard::onPageChanged(int id)
{
    updateButtons();
    updateAccessibleNames();
    // Screen readers do not announce a new wizard page by themselves: put the focus on the
    // page's first control, which they do announce (after QWizard has placed its own).
    QTimer::singleShot(0, this, [this, id] {
        if (currentId() != id)
            return;
        QWizardPage *current = currentPage();
        if (!current)
            return;
        QWidget *first = current->nextInFocusChain();
        while (first && first != current &&
               !(first->isVisible() && first->isEnabled() &&
                 (first->focusPolicy() & Qt::TabFocus) && current->isAncestorOf(first)))
            first = first->nextInFocusChain();
        if (first && first != current)
            first->setFocus(Qt::OtherFocusReason);
    });
}

void DiagnosticWizard::updateButtons()
{
    const bool running = m_controller->isRunning();
    m_stop->setVisible(running && currentId() != Page_Welcome);
    m_stop->setEnabled(running);
    m_welcome->setViewingSavedRun(m_controller->isViewing());
}

void DiagnosticWizard::updateAccessibleNames()
{
    // QWizard's buttons read "< Back" and "Next >": a screen reader speaks the chevrons.
    // Their text comes from Qt's own translations; the spoken name is that text without
    // chevrons and mnemonic, so it is translated too.
    const QList<QPair<WizardButton, QString>> buttons = {
        {BackButton, tr("Back")},
        {NextButton, tr("Next")},
        {FinishButton, tr("Finish")},
        {CancelButton, tr("Cancel")},
    };
    for (const auto &[which, fallback] : buttons) {
        QAbstractButton *b = button(which);
        const QString spoken = spokenButtonText(b->text());
        b->setAccessibleName(spoken.isEmpty() ? fallback : spoken);
    }
}

void DiagnosticWizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleNames();
}

void DiagnosticWizard::goToWelcome()
{
    while (currentId() != Page_Welcome && currentId() != -1 && !visitedIds().isEmpty())
        back();
}

bool DiagnosticWizard::acceptDroppedFile(const QString &path)
{
    if (looksLikeBundle(path))
        return openBundle(path);
    if (!looksLikeRdpFile(path))
        return false;
    goToWelcome();
    m_welcome->setTargetText(path);
    return true;
}

void DiagnosticWizard::dragEnterEvent(QDragEnterEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!path.isEmpty() && (looksLikeRdpFile(path) || looksLikeBundle(path)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagnosticWizard::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (!path.isEmpty() && acceptDroppedFile(path))
        event->acceptProposedAction();
    else
        event->ignore();
}

void DiagnosticWizard::chooseBundle()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a findings bundle"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Findings bundles (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openBundle(path);
}

bool DiagnosticWizard::openBundle(const QString &path)
{
    const BundleReadResult read = readBundle(path);
    if (!read.contents) {
        // Said on the first page rather than in a dialog: nothing blocks, and it stays
        // visible while the user picks another file.
        goToWelcome();
        m_welcome->setBundleError(tr("The findings bundle %1 cannot be opened: %2")
                                      .arg(QFileInfo(path).fileName(), read.error));
        return false;
    }
    m_welcome->setBundleError(QString());
    SavedRun saved;
    saved.filePath = path;
    saved.redacted = read.contents->redacted;
    const QJsonObject environment = read.contents->environment;
    const QString host = environment.value(QStringLiteral("hostname")).toString();
    const QString os = environment.value(QStringLiteral("os")).toString();
    saved.madeOn = os.isEmpty() ? host : tr("%1 (%2)").arg(host, os);
    goToWelcome();
    m_welcome->setTargetText(QString());
    m_welcome->setViewingSavedRun(true);
    m_controller->showSaved(read.contents->report, saved);
    m_startedKey = m_welcome->inputKey();
    // Straight to the answer: support staff open a bundle to read its Summary (the status
    // bar there says it is a saved run, from which file). Back still walks every page.
    while (currentId() != Page_Summary && nextId() != -1)
        next();
    return true;
}

void DiagnosticWizard::chooseExportPath(bool redact)
{
    const Report &report = m_controller->report();
    const QString folder = defaultExportFolder();
    const QString suggested = QDir(folder).filePath(defaultBundleFileName(report, redact));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the findings bundle"),
                                                      suggested, tr("Findings bundles (*.zip)"));
    if (!path.isEmpty())
        exportBundle(path, redact);
}

bool DiagnosticWizard::exportBundle(const QString &path, bool redact)
{
    BundleOptions options;
    options.redact = redact;
    if (m_log)
        options.log = m_log->contents();
    const BundleWriteResult written = writeBundle(m_controller->report(), path, options);
    if (!written.ok) {
        m_summary->showFeedback(tr("The bundle was not saved: %1").arg(written.error), true);
        return false;
    }
    m_summary->showFeedback(tr("Saved %1. Attach it to your support request.")
                                .arg(QDir::toNativeSeparators(written.path)));
    return true;
}

} // namespace rdpdiag::ui
