// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * environment.json of a findings bundle: the computer the run was made on, as far as the
 * OS tells it — tool, Qt, OpenSSL, spdlog and libzip versions, the OS (QSysInfo), network
 * interfaces with their addresses and MTU (QNetworkInterface; hardware addresses are left
 * out, they identify the machine and never explain an RDP failure), routes
 * (/proc/net/route and /proc/net/ipv6_route on Linux) and DNS servers and search domains
 * (/etc/resolv.conf, and systemd-resolved's upstream list when the stub resolver is in
 * use). A part the OS does not tell is null, never guessed.
 *
 * The parsers are pure functions on the files' bytes so tests can feed them fixtures.
 */

#include "bundle/Redaction.h"
#include <QByteArray>
#include <QJsonArray>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rdpdiag {

inline constexpr char kEnvironmentSchema[] = "rdpdiag-environment/1";

/** Routes of /proc/net/route: [{"destination": "192.0.2.0/24", "gateway": "192.0.2.1"|null,
 * "interface", "metric", "flags": ["up", "gateway", "host"]}]; at most 256. */
QJsonArray parseIpv4Routes(const QByteArray &procNetRoute);

/** Routes of /proc/net/ipv6_route (loopback-interface entries left out), same shape. */
QJsonArray parseIpv6Routes(const QByteArray &procNetIpv6Route);

/** This computer's own names (host name, DNS search domains), read now: what a redacted
 * report or bundle must hide although the report itself may not hold them. */
ThisComputerNames thisComputerNames();

/**
 * Collects the environment now. Keys: "schema", "reference", "collected" (UTC),
 * "tool", "qt", "openssl", "libraries", "hostname", "os", "os_details", "clock",
 * "interfaces", "routes" ({"ipv4", "ipv6"} or null), "dns" ({"servers", "search",
 * "upstream_servers"} or null).
 */
QJsonObject collectEnvironment(const QString &reference);

} // namespace rdpdiag
