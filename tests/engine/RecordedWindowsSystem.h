// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A recorded Windows for the server self-check's tests: the registry keys, services and
// certificate stores of one scenario, from tests/data/server/windows/<scenario>/system.json
// (its README.md gives the format). It answers as WindowsSystemWindows.cpp does: a key,
// service or store not recorded does not exist; one recorded as a string failed with that
// reason ("access denied" or any other words). Tests may change `data` before a run.

#include "probes/server/WindowsSystem.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rdpdiag::test {

class RecordedWindowsSystem : public WindowsSystem
{
public:
    /** Loads @p path (empty data, i.e. a Windows with nothing, when it cannot be read). */
    explicit RecordedWindowsSystem(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            data = QJsonDocument::fromJson(file.readAll()).object();
    }

    QJsonObject data;
    QStringList reads; ///< every read, in order ("key PATH", "service NAME", …)

    RegistryRead readKey(const QString &path) override
    {
        reads << QStringLiteral("key ") + path;
        return readRegistry(path, false);
    }
    RegistryRead readValue(const QString &path, const QString &name) override
    {
        reads << QStringLiteral("value %1 %2").arg(path, name);
        RegistryRead read = readRegistry(path, false);
        if (read.status == WindowsReadStatus::Ok) {
            const RegistryValue *value = read.keys.first().value(name);
            read.keys.first().values =
                value ? QList<RegistryValue>{*value} : QList<RegistryValue>{};
        }
        return read;
    }
    RegistryRead readTree(const QString &path) override
    {
        reads << QStringLiteral("tree ") + path;
        return readRegistry(path, true);
    }
    ServiceRead queryService(const QString &name) override
    {
        reads << QStringLiteral("service ") + name;
        ServiceRead read;
        const QJsonValue entry = data.value(QLatin1String("services")).toObject().value(name);
        if (!failed(entry, read.status, read.error)) {
            read.status = WindowsReadStatus::Ok;
            read.state = static_cast<quint32>(entry[QLatin1String("state")].toInt());
            read.processId = entry[QLatin1String("pid")].toInteger();
        }
        return read;
    }
    CertificateStoreRead listCertificates(const QString &store) override
    {
        reads << QStringLiteral("store ") + store;
        CertificateStoreRead read;
        const QJsonValue entry = data.value(QLatin1String("certificates")).toObject().value(store);
        if (failed(entry, read.status, read.error))
            return read;
        read.status = WindowsReadStatus::Ok;
        for (const QJsonValue &item : entry.toArray()) {
            StoreCertificateFacts certificate;
            certificate.store = store;
            certificate.thumbprint = item[QLatin1String("thumbprint")].toString();
            certificate.subject = item[QLatin1String("subject")].toString();
            certificate.notAfter =
                QDateTime::fromString(item[QLatin1String("not_after")].toString(), Qt::ISODate);
            certificate.hasPrivateKey = item[QLatin1String("has_private_key")].toBool();
            read.certificates << certificate;
        }
        return read;
    }

private:
    /** True when @p entry stands for a failed read (missing, or a reason in words). */
    static bool failed(const QJsonValue &entry, WindowsReadStatus &status, QString &error)
    {
        if (entry.isUndefined() || entry.toString() == QLatin1String("not found")) {
            status = WindowsReadStatus::NotFound;
            error = QStringLiteral("does not exist");
            return true;
        }
        if (entry.isString()) {
            error = entry.toString();
            status = error == QLatin1String("access denied") ? WindowsReadStatus::AccessDenied
                                                             : WindowsReadStatus::Failed;
            return true;
        }
        return false;
    }

    static RegistryValue valueOf(const QString &name, const QJsonArray &typeAndData)
    {
        RegistryValue value;
        value.name = name;
        const QString type = typeAndData.at(0).toString();
        const QJsonValue content = typeAndData.at(1);
        if (type == QLatin1String("REG_DWORD") || type == QLatin1String("REG_QWORD")) {
            value.type = type == QLatin1String("REG_DWORD") ? RegistryValue::Type::Dword
                                                            : RegistryValue::Type::Qword;
            value.number = static_cast<quint64>(content.toDouble());
        } else if (type == QLatin1String("REG_SZ") || type == QLatin1String("REG_EXPAND_SZ")) {
            value.type = type == QLatin1String("REG_SZ") ? RegistryValue::Type::String
                                                         : RegistryValue::Type::ExpandString;
            value.strings = QStringList{content.toString()};
        } else if (type == QLatin1String("REG_MULTI_SZ")) {
            value.type = RegistryValue::Type::MultiString;
            for (const QJsonValue &string : content.toArray())
                value.strings << string.toString();
        } else {
            value.type = type == QLatin1String("REG_BINARY") ? RegistryValue::Type::Binary
                                                             : RegistryValue::Type::Other;
            value.bytes = QByteArray::fromHex(content.toString().toLatin1());
        }
        return value;
    }

    RegistryKey keyOf(const QString &path, const QJsonObject &values) const
    {
        RegistryKey key;
        key.path = path;
        for (auto it = values.begin(); it != values.end(); ++it)
            key.values << valueOf(it.key(), it.value().toArray());
        return key;
    }

    RegistryRead readRegistry(const QString &path, bool tree) const
    {
        RegistryRead read;
        const QJsonObject registry = data.value(QLatin1String("registry")).toObject();
        QJsonValue entry(QJsonValue::Undefined);
        for (auto it = registry.begin(); it != registry.end(); ++it)
            if (it.key().compare(path, Qt::CaseInsensitive) == 0)
                entry = it.value();
        if (failed(entry, read.status, read.error))
            return read;
        read.status = WindowsReadStatus::Ok;
        read.keys << keyOf(path, entry.toObject());
        if (tree) // the keys below, parents first (the object's keys are sorted)
            for (auto it = registry.begin(); it != registry.end(); ++it)
                if (it.key().startsWith(path + u'\\', Qt::CaseInsensitive) && it.value().isObject())
                    read.keys << keyOf(it.key(), it.value().toObject());
        return read;
    }
};

} // namespace rdpdiag::test
