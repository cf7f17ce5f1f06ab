// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/local/CommandRunner.h"

#include "platform/Netlink.h"
#include "platform/ToolProcess.h"
#include "support/Log.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>

namespace rdpdiag {

namespace {

constexpr qint64 kMaxOutput = 8 * 1024 * 1024;

} // namespace

bool CommandResult::permissionDenied() const
{
    const QByteArray text = (err + '\n' + out).toLower();
    return text.contains("operation not permitted") || text.contains("permission denied") ||
           text.contains("access is denied") || text.contains("you need to be root") ||
           text.contains("must be run as root") || text.contains("requires root");
}

QString commandStatusString(CommandResult::Status status)
{
    switch (status) {
    case CommandResult::Status::Ok:
        return QStringLiteral("ok");
    case CommandResult::Status::ExitCode:
        return QStringLiteral("exit_code");
    case CommandResult::Status::NotFound:
        return QStringLiteral("not_found");
    case CommandResult::Status::Timeout:
        return QStringLiteral("timeout");
    case CommandResult::Status::Failed:
        return QStringLiteral("failed");
    case CommandResult::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString decodeConsoleOutput(const QByteArray &bytes)
{
    return platform::decodeToolOutput(bytes);
}

QString findProgram(const QString &program)
{
    if (program.contains(u'/'))
        return QFile::exists(program) ? program : QString();
    QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                      QStringLiteral("/usr/local/sbin"),
                      QStringLiteral("/usr/libexec/ApplicationFirewall")});
    return found;
}

CommandResult ProcessCommandRunner::run(const QString &program, const QStringList &arguments,
                                        std::chrono::milliseconds timeout)
{
    CommandResult result;
    const QString path = findProgram(program);
    if (path.isEmpty()) {
        result.status = CommandResult::Status::NotFound;
        return result;
    }
    QProcess process;
    process.setProcessEnvironment(
        platform::toolEnvironment(QProcessEnvironment::systemEnvironment()));
    process.setProgram(path);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(static_cast<int>(timeout.count()))) {
        result.status = process.error() == QProcess::FailedToStart ? CommandResult::Status::NotFound
                                                                   : CommandResult::Status::Failed;
        result.err = process.errorString().toUtf8();
        return result;
    }
    const QDeadlineTimer deadline(timeout);
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        if (m_cancel && m_cancel->isCancelled()) {
            process.kill();
            process.waitForFinished(1000);
            result.status = CommandResult::Status::Cancelled;
            return result;
        }
        if (deadline.hasExpired()) {
            timedOut = true;
            break;
        }
        process.waitForFinished(
            static_cast<int>(std::min<qint64>(100, deadline.remainingTime() + 1)));
        if (result.out.size() < kMaxOutput)
            result.out += process.readAllStandardOutput();
        else
            process.readAllStandardOutput();
        if (result.err.size() < kMaxOutput)
            result.err += process.readAllStandardError();
    }
    if (timedOut) {
        process.kill();
        process.waitForFinished(1000);
        result.status = CommandResult::Status::Timeout;
        log::debug("command {} timed out after {} ms", program, timeout.count());
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.out.truncate(kMaxOutput);
    result.err.truncate(kMaxOutput);
    if (process.exitStatus() != QProcess::NormalExit) {
        result.status = CommandResult::Status::Failed;
        return result;
    }
    result.exitCode = process.exitCode();
    result.status =
        result.exitCode == 0 ? CommandResult::Status::Ok : CommandResult::Status::ExitCode;
    log::debug("command {} {} -> {} ({} bytes)", program, arguments.join(u' '), result.exitCode,
               result.out.size());
    return result;
}

bool ProcessCommandRunner::readFile(const QString &path, qint64 maxBytes, QByteArray *contents,
                                    QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // /proc files report size 0: read up to the cap instead of trusting size().
    *contents = file.read(maxBytes);
    return true;
}

bool CommandRunner::netlink(int, const QByteArray &, std::chrono::milliseconds, QByteArray *,
                            QString *error)
{
    if (error)
        *error = QStringLiteral("no netlink answers here");
    return false;
}

bool ProcessCommandRunner::netlink(int protocol, const QByteArray &request,
                                   std::chrono::milliseconds timeout, QByteArray *answer,
                                   QString *error)
{
    QString why;
    const bool ok = platform::netlinkExchange(protocol, request, timeout, answer, &why);
    log::debug("netlink protocol {} request {} bytes -> {}", protocol, request.size(),
               ok ? QStringLiteral("%1 bytes").arg(answer->size()) : why);
    if (error)
        *error = why;
    return ok;
}

template <typename Result, typename Ask>
Result CachingCommandRunner::answer(Answers<Result> &answers, const QString &key, Ask ask)
{
    std::promise<Result> promise;
    std::shared_future<Result> future;
    bool first = false;
    {
        const std::lock_guard lock(m_mutex);
        const auto it = answers.constFind(key);
        if (it != answers.cend()) {
            future = it.value();
            ++m_hits;
        } else {
            future = promise.get_future().share();
            answers.insert(key, future);
            first = true;
        }
    }
    if (first)
        promise.set_value(ask()); // outside the lock: other questions go on meanwhile
    return future.get();
}

CommandResult CachingCommandRunner::run(const QString &program, const QStringList &arguments,
                                        std::chrono::milliseconds timeout)
{
    const QString key = QStringList{program, arguments.join(QChar(0x1f))}.join(QChar(0x1e));
    return answer(m_commands, key, [&] { return m_inner.run(program, arguments, timeout); });
}

bool CachingCommandRunner::readFile(const QString &path, qint64 maxBytes, QByteArray *contents,
                                    QString *error)
{
    const QString key = path + QChar(0x1e) + QString::number(maxBytes);
    const FileRead read = answer(m_files, key, [&] {
        FileRead result;
        result.ok = m_inner.readFile(path, maxBytes, &result.contents, &result.error);
        return result;
    });
    if (contents)
        *contents = read.contents;
    if (error)
        *error = read.error;
    return read.ok;
}

bool CachingCommandRunner::netlink(int protocol, const QByteArray &request,
                                   std::chrono::milliseconds timeout, QByteArray *reply,
                                   QString *error)
{
    const QString key =
        QStringLiteral("netlink %1 %2").arg(protocol).arg(QString::fromLatin1(request.toHex()));
    const FileRead read = answer(m_files, key, [&] {
        FileRead result;
        result.ok = m_inner.netlink(protocol, request, timeout, &result.contents, &result.error);
        return result;
    });
    if (reply)
        *reply = read.contents;
    if (error)
        *error = read.error;
    return read.ok;
}

int CachingCommandRunner::hits() const
{
    const std::lock_guard lock(m_mutex);
    return m_hits;
}

} // namespace rdpdiag
