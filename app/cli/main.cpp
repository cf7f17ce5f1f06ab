// SPDX-License-Identifier: GPL-3.0-or-later
// rdpdiag: the command line. Everything but signal handling lives in CliMain.
#include "CliMain.h"
#include "platform/Terminal.h"
#include "support/Log.h"
#include "support/Translations.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace {

rdpdiag::CancelToken *g_cancel = nullptr;

extern "C" void onInterrupt(int)
{
    // CancelToken::cancel() only stores an atomic and wakes its WakeChannel (a write() to a
    // pipe on POSIX; on Windows, Ctrl+C handlers run on a thread of their own).
    if (g_cancel)
        g_cancel->cancel();
}

} // namespace

int main(int argc, char *argv[])
{
    rdpdiag::platform::prepareConsole();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rdpdiag"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RDPDIAG_VERSION));

    // The user's language (or --lang, as the wizard takes it) before anything is printed.
    QStringList arguments = QCoreApplication::arguments();
    QString error;
    const std::optional<QString> language = rdpdiag::takeLanguageOption(arguments, &error);
    rdpdiag::installTranslators(language.value_or(QString()));
    if (!language) {
        std::fprintf(stderr, "rdpdiag: %s\n", error.toUtf8().constData());
        return 2;
    }

    rdpdiag::CancelToken cancel;
    g_cancel = &cancel;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);

    const int code = rdpdiag::cli::runCli(arguments, stdout, stderr, cancel);
    g_cancel = nullptr;
    rdpdiag::shutdownLogging();
    return code;
}
