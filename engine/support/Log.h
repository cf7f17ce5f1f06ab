// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Logging for the engine through spdlog, with fmt formatting of Qt strings. The front ends
 * call setupLogging() once; the engine only logs. Never log credentials (the engine never
 * has any) or whole certificates above debug level.
 */

#include <QByteArray>
#include <QString>

#include <spdlog/spdlog.h>

#include <string_view>

template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext> auto format(const QString &text, FormatContext &ctx) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ctx);
    }
};

namespace rdpdiag {

struct LogOptions
{
    bool verbose = false; ///< debug level on stderr (otherwise warnings and errors only)
    QString filePath;     ///< also write the debug log to this file (empty: no file)
};

/**
 * Installs the "rdpdiag" logger as spdlog's default and routes Qt's own messages
 * (qWarning & co.) into it. Returns false with @p error set when the log file cannot be
 * opened.
 */
bool setupLogging(const LogOptions &options, QString *error);

/** Flushes and drops all loggers; call before exit. */
void shutdownLogging();

namespace log {

/** Milliseconds since the process started (a steady clock set when the engine is loaded):
 * the "+ms" of each --verbose line, and the clock of the connection timeline. */
double msSinceStart();

/** Whether debug lines are shown or kept anywhere: for a line whose text costs work. */
inline bool debugEnabled()
{
    return spdlog::default_logger_raw()->should_log(spdlog::level::debug);
}

template <typename... Args> void debug(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::debug(format, std::forward<Args>(args)...);
}

template <typename... Args> void info(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::info(format, std::forward<Args>(args)...);
}

template <typename... Args> void warn(fmt::format_string<Args...> format, Args &&...args)
{
    spdlog::warn(format, std::forward<Args>(args)...);
}

} // namespace log
} // namespace rdpdiag
