// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/Log.h"

#include <QtGlobal>

#include <QFile>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <chrono>
#include <iterator>
#include <memory>
#include <vector>

namespace rdpdiag {

namespace {

/** Set during static initialisation: as close to the process's start as the engine gets. */
const std::chrono::steady_clock::time_point g_processStart = std::chrono::steady_clock::now();

/** "%*" in a pattern: log::msSinceStart(), e.g. "+12.3". */
class SinceStartFlag : public spdlog::custom_flag_formatter
{
public:
    void format(const spdlog::details::log_msg &, const std::tm &,
                spdlog::memory_buf_t &destination) override
    {
        fmt::format_to(std::back_inserter(destination), "+{:.1f}", log::msSinceStart());
    }
    std::unique_ptr<custom_flag_formatter> clone() const override
    {
        return std::make_unique<SinceStartFlag>();
    }
};

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const auto level = [type] {
        switch (type) {
        case QtDebugMsg:
            return spdlog::level::debug;
        case QtInfoMsg:
            return spdlog::level::info;
        case QtWarningMsg:
            return spdlog::level::warn;
        case QtCriticalMsg:
            return spdlog::level::err;
        case QtFatalMsg:
            return spdlog::level::critical;
        }
        return spdlog::level::info;
    }();
    const char *category = context.category ? context.category : "qt";
    spdlog::log(level, "[{}] {}", category, message);
    if (type == QtFatalMsg)
        spdlog::shutdown();
}

} // namespace

bool setupLogging(const LogOptions &options, QString *error)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    auto pattern = std::make_unique<spdlog::pattern_formatter>();
    pattern->add_flag<SinceStartFlag>('*').set_pattern(options.verbose ? "rdpdiag: %* [%l] %v"
                                                                       : "rdpdiag: [%l] %v");
    console->set_formatter(std::move(pattern));
    sinks.push_back(console);
    if (!options.filePath.isEmpty()) {
        try {
            auto file = std::make_shared<spdlog::sinks::basic_file_sink_mt>(
                // The file system's encoding: UTF-8 on Linux and macOS, the ANSI code page
                // that spdlog's fopen() expects on Windows.
                QFile::encodeName(options.filePath).toStdString(), /*truncate=*/true);
            file->set_level(spdlog::level::debug);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [t%t] %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &ex) {
            if (error)
                *error = QString::fromUtf8(ex.what());
            return false;
        }
    }
    auto logger = std::make_shared<spdlog::logger>("rdpdiag", sinks.begin(), sinks.end());
    // Debug lines are only formatted when a sink shows them (LogCapture lowers the level
    // when it needs them for a bundle).
    logger->set_level(options.verbose || !options.filePath.isEmpty() ? spdlog::level::debug
                                                                     : spdlog::level::warn);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageHandler);
    return true;
}

namespace log {

double msSinceStart()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() -
                                                     g_processStart)
        .count();
}

} // namespace log

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace rdpdiag
