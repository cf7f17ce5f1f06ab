// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Keeps the debug log in memory so that a findings bundle can carry it as rdpdiag.log.
 * A spdlog sink added to the default logger (installed by support/Log.h setupLogging(), or
 * spdlog's own default): every message at debug level and above, in the same format as the
 * --log file, up to a size limit (after which a single line says how much was dropped).
 *
 * The CLI installs it when --bundle is given; the wizard installs it once at start and
 * calls clear() when a run starts, so the bundle carries that run's log.
 */

#include <QByteArray>

#include <memory>

namespace rdpdiag {

class LogCapture
{
public:
    /** Largest log kept (the bundle reader accepts up to 16 MiB per file). */
    static constexpr qsizetype kDefaultMaxBytes = 4 * 1024 * 1024;

    /**
     * Adds a capturing sink to spdlog's current default logger and lowers that logger's
     * level to debug — without making its other sinks more verbose: a sink that had no level
     * of its own gets the logger's previous level.
     */
    static std::shared_ptr<LogCapture> install(qsizetype maxBytes = kDefaultMaxBytes);

    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    /** Everything captured since install() or the last clear(). Thread-safe. */
    QByteArray contents() const;
    /** Forgets what was captured (a new run starts). Thread-safe. */
    void clear();
    /** Removes the sink from the logger it was added to; idempotent (the destructor does it). */
    void uninstall();

private:
    struct Impl;
    explicit LogCapture(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace rdpdiag
