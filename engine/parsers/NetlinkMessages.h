// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/**
 * @file
 * Linux netlink messages, built and read without I/O: what `ip -d addr show`,
 * `ip route get` and `nft list tables` ask the kernel, asked directly, so that a run reads
 * this computer's network without starting a tool (each costs a process start; see
 * docs/benchmarks.md). The socket exchange is platform/Netlink.h; these functions build the
 * requests and read the answers, so every reply, malformed ones included, is tested and
 * fuzzed here. The constants are the kernel's ABI (linux/netlink.h, rtnetlink.h,
 * if_link.h, netfilter/nfnetlink.h, nf_tables.h), written out so that this file builds on
 * every system.
 *
 * The readers fill the same facts as the readers of the tools' JSON (NetworkParsers.h),
 * field for field: tests/engine/TestNetlink.cpp compares both on this computer's kernel.
 */

#include "model/Facts.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace rdpdiag::netlink {

inline constexpr int kProtocolRoute = 0;      ///< NETLINK_ROUTE
inline constexpr int kProtocolNetfilter = 12; ///< NETLINK_NETFILTER

/** One message of an answer: its type, flags and payload (after the 16-byte header). */
struct Message
{
    quint16 type = 0;
    quint16 flags = 0;
    QByteArrayView payload;
};

/** What a stream of answer messages says so far. */
struct Scan
{
    QList<Message> messages; ///< the data messages (no DONE, ERROR or NOOP)
    bool complete = false;   ///< the answer has ended (DONE, ERROR, or a single reply)
    bool malformed = false;  ///< a length that does not fit: stop reading
    int error = 0;           ///< the kernel's errno when it answered with an error (> 0)
};

/** Splits @p bytes (the datagrams received so far, in order) into messages. */
Scan scan(QByteArrayView bytes);

/** Dump of every interface (RTM_GETLINK) and of every address (RTM_GETADDR). */
QByteArray linkDumpRequest();
QByteArray addressDumpRequest();
/** The kernel's route toward @p address (RTM_GETROUTE, as `ip route get`); empty when
 * @p address is not an IPv4 or IPv6 address. */
QByteArray routeRequest(const QString &address);
/** Dump of every nftables table of every family (NFT_MSG_GETTABLE). */
QByteArray nftTablesRequest();

/** The interfaces of a link dump with the addresses of an address dump. */
QList<NetworkInterfaceFacts> parseInterfaces(QByteArrayView links, QByteArrayView addresses);

/**
 * The route of a RTM_GETROUTE answer toward @p destination; @p interfaces names the
 * outgoing interface. An error answer becomes the kernel's message ("Network is
 * unreachable") with type "unreachable", as `ip route get` reports it.
 */
RouteFacts parseRoute(QByteArrayView answer, const QString &destination,
                      const QList<NetworkInterfaceFacts> &interfaces);

/** An nftables table: its family as nft names it ("ip", "ip6", "inet", "arp", "bridge",
 * "netdev") and its name. */
struct NftTable
{
    QString family;
    QString name;
};

/** The tables of a NFT_MSG_GETTABLE dump; nullopt when the kernel refused (the error is
 * then in @p error, e.g. EPERM without CAP_NET_ADMIN) or the answer is malformed. */
std::optional<QList<NftTable>> parseNftTables(QByteArrayView answer, int *error = nullptr);

} // namespace rdpdiag::netlink
