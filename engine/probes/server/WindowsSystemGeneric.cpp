// SPDX-License-Identifier: GPL-3.0-or-later
// probes/server/WindowsSystem.h on every system but Windows: there is no registry, service
// control manager or certificate store to read, so each read says so (and the self-check
// lists it as not collected). Tests read a recorded Windows instead.
#include "probes/server/WindowsSystem.h"

namespace rdpdiag {

namespace {

const QString kNotWindows = QStringLiteral("this is not Windows");

class NoWindowsSystem final : public WindowsSystem
{
public:
    RegistryRead readKey(const QString &) override
    {
        return {WindowsReadStatus::Failed, kNotWindows, {}};
    }
    RegistryRead readValue(const QString &path, const QString &) override { return readKey(path); }
    RegistryRead readTree(const QString &path) override { return readKey(path); }
    ServiceRead queryService(const QString &) override
    {
        ServiceRead read;
        read.error = kNotWindows;
        return read;
    }
    CertificateStoreRead listCertificates(const QString &) override
    {
        return {WindowsReadStatus::Failed, kNotWindows, {}};
    }
};

} // namespace

std::unique_ptr<WindowsSystem> makeWindowsSystem()
{
    return std::make_unique<NoWindowsSystem>();
}

} // namespace rdpdiag
