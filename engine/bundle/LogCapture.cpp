// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/LogCapture.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <mutex>

namespace rdpdiag {

namespace {

/** Appends formatted messages to a bounded buffer. */
class MemorySink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit MemorySink(qsizetype maxBytes) : m_maxBytes(maxBytes) {}

    QByteArray contents()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        QByteArray out = m_buffer;
        if (m_dropped > 0)
            out += QByteArrayLiteral("[rdpdiag: ") + QByteArray::number(m_dropped) +
                   QByteArrayLiteral(
                       " more log bytes were dropped: the log reached its size limit]\n");
        return out;
    }
    void clear()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        m_buffer.clear();
        m_dropped = 0;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &message) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(message, formatted);
        const auto size = static_cast<qsizetype>(formatted.size());
        if (m_buffer.size() + size > m_maxBytes) {
            m_dropped += size;
            return;
        }
        m_buffer.append(formatted.data(), size);
    }
    void flush_() override {}

private:
    qsizetype m_maxBytes;
    QByteArray m_buffer;
    qint64 m_dropped = 0;
};

} // namespace

struct LogCapture::Impl
{
    std::shared_ptr<MemorySink> sink;
    std::weak_ptr<spdlog::logger> logger;
};

LogCapture::LogCapture(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

LogCapture::~LogCapture()
{
    uninstall();
}

std::shared_ptr<LogCapture> LogCapture::install(qsizetype maxBytes)
{
    auto impl = std::make_unique<Impl>();
    impl->sink = std::make_shared<MemorySink>(std::max<qsizetype>(maxBytes, 1024));
    impl->sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [t%t] %v");
    impl->sink->set_level(spdlog::level::debug);
    std::shared_ptr<spdlog::logger> logger = spdlog::default_logger();
    if (logger) {
        const spdlog::level::level_enum previous = logger->level();
        if (previous > spdlog::level::debug) {
            // Keep the other sinks as quiet as they were.
            for (auto &sink : logger->sinks())
                if (sink->level() < previous)
                    sink->set_level(previous);
            logger->set_level(spdlog::level::debug);
        }
        logger->sinks().push_back(impl->sink);
        impl->logger = logger;
    }
    return std::shared_ptr<LogCapture>(new LogCapture(std::move(impl)));
}

QByteArray LogCapture::contents() const
{
    return m_impl->sink->contents();
}

void LogCapture::clear()
{
    m_impl->sink->clear();
}

void LogCapture::uninstall()
{
    if (auto logger = m_impl->logger.lock()) {
        auto &sinks = logger->sinks();
        sinks.erase(std::remove(sinks.begin(), sinks.end(),
                                std::static_pointer_cast<spdlog::sinks::sink>(m_impl->sink)),
                    sinks.end());
    }
    m_impl->logger.reset();
}

} // namespace rdpdiag
