// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Running the system's own tools (nft, iptables-save, ip, systemctl, reg, sc, icacls,
 * wevtutil, netsh, pfctl, …), reading small system files and asking the kernel over netlink
 * (Linux), behind an interface so that
 * collectors are tested with recorded outputs (fixtures) and the real tools alike.
 *
 * Every command has a time limit and its output is capped; a missing program is told apart
 * from a program that failed, and a failure for lack of rights ("Operation not permitted",
 * "Access is denied") is recognisable in the result. Commands only ever read: the tool
 * never changes this computer.
 */

#include "net/CancelToken.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <future>
#include <mutex>

namespace rdpdiag {

struct CommandResult
{
    enum class Status {
        Ok,       ///< started and exited with code 0
        ExitCode, ///< started and exited with another code (see exitCode)
        NotFound, ///< the program is not installed / not in PATH
        Timeout,  ///< killed after the time limit
        Failed,   ///< could not be started or crashed
        Cancelled,
    };
    Status status = Status::Failed;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return status == Status::Ok; }
    /** stderr/stdout mention a missing permission (English messages of Linux tools). */
    bool permissionDenied() const;
};
QString commandStatusString(CommandResult::Status status);

class CommandRunner
{
public:
    virtual ~CommandRunner() = default;
    /** Runs @p program with @p arguments; never through a shell. */
    virtual CommandResult run(const QString &program, const QStringList &arguments,
                              std::chrono::milliseconds timeout) = 0;
    /** Reads a text file of at most @p maxBytes; false with @p error when unreadable. */
    virtual bool readFile(const QString &path, qint64 maxBytes, QByteArray *contents,
                          QString *error) = 0;
    /**
     * Asks the kernel one netlink question (platform/Netlink.h; the messages are
     * parsers/NetlinkMessages.h): false with @p error where there is no netlink. Collectors
     * then fall back to the tools. By default there is none, as in recorded fixtures.
     */
    virtual bool netlink(int protocol, const QByteArray &request, std::chrono::milliseconds timeout,
                         QByteArray *answer, QString *error);
};

/**
 * The real thing: QProcess, with LC_ALL=C on Unix (so that tools print the English messages
 * the parsers expect; Windows tools ignore it and the parsers there handle other
 * languages), stdout capped at 8 MiB, stopped at cancellation.
 */
class ProcessCommandRunner : public CommandRunner
{
public:
    explicit ProcessCommandRunner(const CancelToken *cancel = nullptr) : m_cancel(cancel) {}
    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds timeout) override;
    bool readFile(const QString &path, qint64 maxBytes, QByteArray *contents,
                  QString *error) override;
    bool netlink(int protocol, const QByteArray &request, std::chrono::milliseconds timeout,
                 QByteArray *answer, QString *error) override;

private:
    const CancelToken *m_cancel;
};

/**
 * Asks the system each distinct question once: every command (program and arguments) runs
 * and every file is read only the first time; later callers get the same result, and a
 * caller that asks while the first one waits for the tool waits for that answer. For fleet
 * mode, where hundreds of runs within seconds ask this computer the same things (its
 * firewall rules, its interfaces, the route to a target). Thread-safe; lives as long as
 * one fleet run, so answers are never older than that run.
 */
class CachingCommandRunner : public CommandRunner
{
public:
    explicit CachingCommandRunner(CommandRunner &inner) : m_inner(inner) {}

    CommandResult run(const QString &program, const QStringList &arguments,
                      std::chrono::milliseconds timeout) override;
    bool readFile(const QString &path, qint64 maxBytes, QByteArray *contents,
                  QString *error) override;
    bool netlink(int protocol, const QByteArray &request, std::chrono::milliseconds timeout,
                 QByteArray *answer, QString *error) override;

    /** How many commands, file reads and netlink questions were answered from the cache. */
    int hits() const;

private:
    struct FileRead
    {
        bool ok = false;
        QByteArray contents;
        QString error;
    };
    template <typename Result> using Answers = QHash<QString, std::shared_future<Result>>;

    template <typename Result, typename Ask>
    Result answer(Answers<Result> &answers, const QString &key, Ask ask);

    CommandRunner &m_inner;
    mutable std::mutex m_mutex;
    Answers<CommandResult> m_commands;
    Answers<FileRead> m_files; ///< files, and netlink answers (keyed by their request)
    int m_hits = 0;
};

/**
 * Text of a command's output: UTF-8 when it is valid UTF-8, otherwise (Windows console
 * tools print in the OEM code page, e.g. 850 for German) the console code page on Windows
 * and Latin-1 elsewhere.
 */
QString decodeConsoleOutput(const QByteArray &bytes);

/** The full path of @p program in PATH or the usual sbin folders, empty when absent. */
QString findProgram(const QString &program);

} // namespace rdpdiag
