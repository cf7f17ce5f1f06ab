// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/CancelToken.h"

namespace rdpdiag {

void CancelToken::cancel()
{
    if (m_cancelled.exchange(true, std::memory_order_acq_rel))
        return;
    m_wake.signal();
}

} // namespace rdpdiag
