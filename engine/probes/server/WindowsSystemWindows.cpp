// SPDX-License-Identifier: GPL-3.0-or-later
// probes/server/WindowsSystem.h on Windows: the Win32 API, read-only. The registry through
// RegOpenKeyExW / RegEnumValueW / RegEnumKeyExW on the 64-bit view (KEY_WOW64_64KEY, so a
// 32-bit build would read the same keys); services through the service control manager;
// certificates from the LocalMachine system stores, opened read-only and only if they exist.
// Nothing here runs a tool or parses a text in the display language.
#include "probes/server/WindowsSystem.h"

#include <QDateTime>

#include <windows.h>
// after windows.h, which it needs
#include <wincrypt.h>

#include <algorithm>
#include <iterator>
#include <vector>

namespace rdpdiag {

namespace {

/** Keys and depth readTree follows at most (SCHANNEL\Protocols has about 20 keys, 2 deep). */
constexpr int kMaxTreeKeys = 1000;
constexpr int kMaxTreeDepth = 8;
/** The largest value read (the registry allows ~1 MB; nothing read here is near it). */
constexpr qsizetype kMaxValueBytes = 16 * 1024 * 1024;

std::wstring wide(const QString &text)
{
    return text.toStdWString();
}

WindowsReadStatus statusOf(LONG error)
{
    switch (error) {
    case ERROR_SUCCESS:
        return WindowsReadStatus::Ok;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_SERVICE_DOES_NOT_EXIST:
        return WindowsReadStatus::NotFound;
    case ERROR_ACCESS_DENIED:
        return WindowsReadStatus::AccessDenied;
    default:
        return WindowsReadStatus::Failed;
    }
}

QString errorText(LONG error)
{
    return QStringLiteral("Windows error %1: %2")
        .arg(error)
        .arg(qt_error_string(static_cast<int>(error)).trimmed());
}

RegistryRead failedRead(LONG error, const QString &what)
{
    RegistryRead read;
    read.status = statusOf(error);
    read.error = read.status == WindowsReadStatus::NotFound
                     ? QStringLiteral("%1 does not exist").arg(what)
                     : errorText(error);
    return read;
}

/** An open registry key, closed when it goes. */
class Key
{
public:
    Key(HKEY parent, const QString &path)
    {
        m_error = RegOpenKeyExW(parent, wide(path).c_str(), 0, KEY_READ | KEY_WOW64_64KEY, &m_key);
        if (m_error != ERROR_SUCCESS)
            m_key = nullptr;
    }
    ~Key()
    {
        if (m_key)
            RegCloseKey(m_key);
    }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;

    HKEY handle() const { return m_key; }
    LONG error() const { return m_error; }

private:
    HKEY m_key = nullptr;
    LONG m_error = ERROR_SUCCESS;
};

QStringList stringsOf(const QByteArray &data)
{
    const auto *characters = reinterpret_cast<const char16_t *>(data.constData());
    QStringList strings =
        QString::fromUtf16(characters, data.size() / 2).split(QChar(0), Qt::KeepEmptyParts);
    // REG_SZ ends with one NUL, REG_MULTI_SZ with two: the empty parts after the last string.
    while (!strings.isEmpty() && strings.last().isEmpty())
        strings.removeLast();
    return strings;
}

RegistryValue valueOf(const QString &name, DWORD type, const QByteArray &data)
{
    RegistryValue value;
    value.name = name;
    const auto little = [&](int size) {
        quint64 number = 0;
        for (int i = size - 1; i >= 0; --i)
            number = (number << 8) | static_cast<quint8>(data.at(i));
        return number;
    };
    if (type == REG_DWORD && data.size() == 4) {
        value.type = RegistryValue::Type::Dword;
        value.number = little(4);
    } else if (type == REG_QWORD && data.size() == 8) {
        value.type = RegistryValue::Type::Qword;
        value.number = little(8);
    } else if (type == REG_SZ || type == REG_EXPAND_SZ) {
        value.type =
            type == REG_SZ ? RegistryValue::Type::String : RegistryValue::Type::ExpandString;
        value.strings = QStringList{stringsOf(data).value(0)};
    } else if (type == REG_MULTI_SZ) {
        value.type = RegistryValue::Type::MultiString;
        value.strings = stringsOf(data);
    } else {
        value.type = type == REG_BINARY ? RegistryValue::Type::Binary : RegistryValue::Type::Other;
        value.bytes = data;
    }
    return value;
}

/** Every value of an open key; false (and @p error) when the key cannot be listed. */
bool readValues(HKEY key, QList<RegistryValue> &values, LONG &error)
{
    DWORD nameLength = 0;
    DWORD dataLength = 0;
    error = RegQueryInfoKeyW(key, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
                             &nameLength, &dataLength, nullptr, nullptr);
    if (error != ERROR_SUCCESS)
        return false;
    std::vector<wchar_t> name(nameLength + 2);
    QByteArray data(static_cast<qsizetype>(dataLength) + 2, Qt::Uninitialized);
    for (DWORD index = 0;;) {
        DWORD nameSize = static_cast<DWORD>(name.size());
        DWORD dataSize = static_cast<DWORD>(data.size());
        DWORD type = REG_NONE;
        error = RegEnumValueW(key, index, name.data(), &nameSize, nullptr, &type,
                              reinterpret_cast<BYTE *>(data.data()), &dataSize);
        if (error == ERROR_NO_MORE_ITEMS)
            break;
        if (error == ERROR_MORE_DATA && data.size() < kMaxValueBytes) {
            // The value grew since RegQueryInfoKeyW: read it again with more room.
            name.resize(std::max<size_t>(name.size(), 16384)); // a value name's limit
            data.resize(std::max<qsizetype>(data.size() * 2, qsizetype(dataSize) + 2));
            continue;
        }
        if (error != ERROR_SUCCESS)
            return false;
        values << valueOf(QString::fromWCharArray(name.data(), static_cast<int>(nameSize)), type,
                          data.left(dataSize));
        ++index;
    }
    error = ERROR_SUCCESS;
    return true;
}

QStringList subkeysOf(HKEY key)
{
    QStringList names;
    wchar_t name[256]; // the longest key name Windows allows is 255 characters
    for (DWORD index = 0;; ++index) {
        DWORD size = static_cast<DWORD>(std::size(name));
        const LONG error =
            RegEnumKeyExW(key, index, name, &size, nullptr, nullptr, nullptr, nullptr);
        if (error != ERROR_SUCCESS) // ERROR_NO_MORE_ITEMS, or a key that went away
            break;
        names << QString::fromWCharArray(name, static_cast<int>(size));
    }
    return names;
}

void readSubtree(HKEY parent, const QString &path, int depth, RegistryRead &read)
{
    for (const QString &name : subkeysOf(parent)) {
        if (read.keys.size() >= kMaxTreeKeys)
            return;
        const Key key(parent, name);
        if (!key.handle())
            continue; // a subkey this account may not open: the others still count
        RegistryKey entry;
        entry.path = path + u'\\' + name;
        LONG error = ERROR_SUCCESS;
        if (!readValues(key.handle(), entry.values, error))
            continue;
        read.keys << entry;
        if (depth + 1 < kMaxTreeDepth)
            readSubtree(key.handle(), entry.path, depth + 1, read);
    }
}

RegistryRead readRegistry(const QString &path, bool tree)
{
    const Key key(HKEY_LOCAL_MACHINE, path);
    if (!key.handle())
        return failedRead(key.error(), QStringLiteral("the key"));
    RegistryKey entry;
    entry.path = path;
    LONG error = ERROR_SUCCESS;
    if (!readValues(key.handle(), entry.values, error))
        return failedRead(error, QStringLiteral("the key"));
    RegistryRead read;
    read.status = WindowsReadStatus::Ok;
    read.keys << entry;
    if (tree)
        readSubtree(key.handle(), path, 0, read);
    return read;
}

/** A service-control-manager handle, closed when it goes. */
class ServiceHandle
{
public:
    explicit ServiceHandle(SC_HANDLE handle) : m_handle(handle) {}
    ~ServiceHandle()
    {
        if (m_handle)
            CloseServiceHandle(m_handle);
    }
    ServiceHandle(const ServiceHandle &) = delete;
    ServiceHandle &operator=(const ServiceHandle &) = delete;
    SC_HANDLE get() const { return m_handle; }

private:
    SC_HANDLE m_handle;
};

ServiceRead serviceFailure(DWORD error)
{
    ServiceRead read;
    read.status = statusOf(static_cast<LONG>(error));
    read.error = read.status == WindowsReadStatus::NotFound ? QStringLiteral("not installed")
                                                            : errorText(static_cast<LONG>(error));
    return read;
}

QDateTime utcOf(const FILETIME &time)
{
    // 100-nanosecond steps since 1601-01-01 UTC.
    const quint64 ticks = (quint64(time.dwHighDateTime) << 32) | time.dwLowDateTime;
    constexpr quint64 kUnixEpoch = 116444736000000000ULL;
    if (ticks < kUnixEpoch)
        return {};
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>((ticks - kUnixEpoch) / 10000),
                                          Qt::UTC);
}

/** The subject as PowerShell's certificate provider shows it: "CN=…, O=…". */
QString subjectOf(PCCERT_CONTEXT certificate)
{
    CERT_NAME_BLOB *name = &certificate->pCertInfo->Subject;
    const DWORD flags = CERT_X500_NAME_STR | CERT_NAME_STR_REVERSE_FLAG;
    const DWORD size = CertNameToStrW(X509_ASN_ENCODING, name, flags, nullptr, 0);
    if (size <= 1)
        return {};
    std::vector<wchar_t> text(size);
    CertNameToStrW(X509_ASN_ENCODING, name, flags, text.data(), size);
    return QString::fromWCharArray(text.data());
}

StoreCertificateFacts certificateFacts(const QString &store, PCCERT_CONTEXT certificate)
{
    StoreCertificateFacts facts;
    facts.store = store;
    BYTE hash[64];
    DWORD size = sizeof(hash);
    if (CertGetCertificateContextProperty(certificate, CERT_HASH_PROP_ID, hash, &size))
        facts.thumbprint =
            QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), int(size)).toHex())
                .toUpper();
    facts.subject = subjectOf(certificate);
    facts.notAfter = utcOf(certificate->pCertInfo->NotAfter);
    // A certificate has a private key when it names the key container holding it.
    size = 0;
    if (CertGetCertificateContextProperty(certificate, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &size))
        facts.hasPrivateKey = true;
    else if (GetLastError() == static_cast<DWORD>(CRYPT_E_NOT_FOUND))
        facts.hasPrivateKey = false;
    return facts;
}

class Win32System final : public WindowsSystem
{
public:
    RegistryRead readKey(const QString &path) override { return readRegistry(path, false); }

    RegistryRead readValue(const QString &path, const QString &name) override
    {
        const Key key(HKEY_LOCAL_MACHINE, path);
        if (!key.handle())
            return failedRead(key.error(), QStringLiteral("the key"));
        RegistryRead read;
        read.keys << RegistryKey{path, {}};
        DWORD type = REG_NONE;
        DWORD size = 0;
        const std::wstring valueName = wide(name);
        LONG error =
            RegQueryValueExW(key.handle(), valueName.c_str(), nullptr, &type, nullptr, &size);
        QByteArray data;
        if (error == ERROR_SUCCESS) {
            data.resize(static_cast<qsizetype>(size) + 2);
            size = static_cast<DWORD>(data.size());
            error = RegQueryValueExW(key.handle(), valueName.c_str(), nullptr, &type,
                                     reinterpret_cast<BYTE *>(data.data()), &size);
        }
        if (error == ERROR_FILE_NOT_FOUND) { // the key is there, the value is not
            read.status = WindowsReadStatus::Ok;
            return read;
        }
        if (error != ERROR_SUCCESS)
            return failedRead(error, QStringLiteral("the value"));
        read.status = WindowsReadStatus::Ok;
        read.keys.first().values << valueOf(name, type, data.left(size));
        return read;
    }

    RegistryRead readTree(const QString &path) override { return readRegistry(path, true); }

    ServiceRead queryService(const QString &name) override
    {
        const ServiceHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
        if (!manager.get())
            return serviceFailure(GetLastError());
        const ServiceHandle service(
            OpenServiceW(manager.get(), wide(name).c_str(), SERVICE_QUERY_STATUS));
        if (!service.get())
            return serviceFailure(GetLastError());
        SERVICE_STATUS_PROCESS status{};
        DWORD needed = 0;
        if (!QueryServiceStatusEx(service.get(), SC_STATUS_PROCESS_INFO,
                                  reinterpret_cast<BYTE *>(&status), sizeof(status), &needed))
            return serviceFailure(GetLastError());
        ServiceRead read;
        read.status = WindowsReadStatus::Ok;
        read.state = status.dwCurrentState;
        read.processId = status.dwProcessId;
        return read;
    }

    CertificateStoreRead listCertificates(const QString &store) override
    {
        CertificateStoreRead read;
        const std::wstring storeName = wide(store);
        HCERTSTORE handle =
            CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                          CERT_SYSTEM_STORE_LOCAL_MACHINE | CERT_STORE_OPEN_EXISTING_FLAG |
                              CERT_STORE_READONLY_FLAG,
                          storeName.c_str());
        if (!handle) {
            const DWORD error = GetLastError();
            read.status = statusOf(static_cast<LONG>(error));
            read.error = read.status == WindowsReadStatus::NotFound
                             ? QStringLiteral("the store does not exist")
                             : errorText(static_cast<LONG>(error));
            return read;
        }
        PCCERT_CONTEXT certificate = nullptr;
        while ((certificate = CertEnumCertificatesInStore(handle, certificate)))
            read.certificates << certificateFacts(store, certificate);
        CertCloseStore(handle, 0);
        read.status = WindowsReadStatus::Ok;
        return read;
    }
};

} // namespace

std::unique_ptr<WindowsSystem> makeWindowsSystem()
{
    return std::make_unique<Win32System>();
}

} // namespace rdpdiag
