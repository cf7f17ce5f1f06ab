// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CancelToken.h"

#include <sys/eventfd.h>
#include <unistd.h>

#include <cstdint>

namespace rdpdiag {

CancelToken::CancelToken() : m_fd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

CancelToken::~CancelToken()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void CancelToken::cancel()
{
    if (m_cancelled.exchange(true, std::memory_order_acq_rel))
        return;
    // The counter is never read back, so the descriptor stays readable for every poller.
    const std::uint64_t one = 1;
    if (m_fd >= 0) {
        [[maybe_unused]] const auto written = ::write(m_fd, &one, sizeof one);
    }
}

} // namespace rdpdiag
