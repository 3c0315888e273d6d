// SPDX-License-Identifier: Apache-2.0
#include "webhooktarget.h"

#include <QRegularExpression>

#include <netdb.h>
#include <sys/socket.h>

#include <array>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

struct Range
{
    QPair<QHostAddress, int> subnet;
    QString kind;
};

const QList<Range> &blockedRanges()
{
    static const QList<Range> ranges = [] {
        const std::array<std::pair<const char16_t *, const char16_t *>, 21> table { {
                { u"0.0.0.0/8", u"unspecified" },
                { u"127.0.0.0/8", u"loopback" },
                { u"10.0.0.0/8", u"private" },
                { u"172.16.0.0/12", u"private" },
                { u"192.168.0.0/16", u"private" },
                { u"100.64.0.0/10", u"carrier-grade NAT" },
                { u"169.254.0.0/16", u"link-local" },
                { u"224.0.0.0/4", u"multicast" },
                { u"240.0.0.0/4", u"reserved" }, // with the broadcast address
                { u"192.0.0.0/24", u"reserved" },
                { u"198.18.0.0/15", u"reserved" },
                { u"::/128", u"unspecified" },
                { u"::1/128", u"loopback" },
                { u"fe80::/10", u"link-local" },
                { u"fc00::/7", u"unique-local" },
                { u"ff00::/8", u"multicast" },
                { u"fec0::/10", u"reserved" }, // the former site-local range
                { u"::/96", u"reserved" }, // IPv4-compatible addresses, deprecated
                { u"100::/64", u"reserved" }, // discard-only
                { u"2001:10::/28", u"reserved" },
                { u"2001:20::/28", u"reserved" },
        } };
        QList<Range> list;
        for (const auto &[subnet, kind] : table)
            list.append({ QHostAddress::parseSubnet(QString::fromUtf16(subnet)),
                          QString::fromUtf16(kind) });
        return list;
    }();
    return ranges;
}

/** NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses lead to the IPv4 address they carry. */
std::optional<QHostAddress> embeddedIpv4(const QHostAddress &address)
{
    static const auto nat64 = QHostAddress::parseSubnet(u"64:ff9b::/96"_s);
    static const auto sixToFour = QHostAddress::parseSubnet(u"2002::/16"_s);
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    auto ipv4At = [&bytes](int offset) {
        return QHostAddress(quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16
                            | quint32(bytes[offset + 2]) << 8 | quint32(bytes[offset + 3]));
    };
    if (address.isInSubnet(nat64))
        return ipv4At(12);
    if (address.isInSubnet(sixToFour))
        return ipv4At(2);
    return std::nullopt;
}

bool isHostName(const QString &host)
{
    static const QRegularExpression name(
            u"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62}))*\\.?$"_s);
    return host.size() <= 253 && name.match(host).hasMatch();
}

} // namespace

QString WebhookTarget::blockedKind(const QHostAddress &input)
{
    QHostAddress address = input;
    address.setScopeId({});
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped) // also IPv4-mapped IPv6 addresses (::ffff:a.b.c.d)
        address = QHostAddress(ipv4);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        if (const auto carried = embeddedIpv4(address))
            return blockedKind(*carried);
    }
    for (const Range &range : blockedRanges()) {
        if (address.isInSubnet(range.subnet))
            return range.kind;
    }
    return {};
}

WebhookTarget WebhookTarget::parse(const QString &text, bool allowHttp)
{
    WebhookTarget target;
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.isRelative()) {
        target.problem = u"url must be a valid absolute URL"_s;
        return target;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        target.problem = u"url must use http or https"_s;
        return target;
    }
    if (scheme == u"http"_s && !allowHttp) {
        target.problem = u"url must use https"_s;
        return target;
    }
    if (!url.userInfo().isEmpty()) {
        target.problem = u"url must not contain a user name or password"_s;
        return target;
    }
    const QHostAddress literal(url.host());
    if (!literal.isNull()) {
        target.host = literal.toString();
    } else {
        target.host = url.host(QUrl::FullyEncoded); // IDN hosts in their ASCII form
        if (!isHostName(target.host)) {
            target.problem = u"url must name a valid host"_s;
            return target;
        }
    }
    url.setScheme(scheme);
    url.setFragment({});
    target.port = url.port(scheme == u"https"_s ? 443 : 80);
    target.url = url;
    return target;
}

WebhookTarget WebhookTarget::resolve(const QString &text, bool allowHttp, bool allowPrivate)
{
    WebhookTarget target = parse(text, allowHttp);
    if (!target.isUsable())
        return target;
    const QHostAddress literal(target.host);
    if (!literal.isNull()) {
        target.addresses.append(literal);
    } else {
        addrinfo hints {};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const int result = getaddrinfo(target.host.toLatin1().constData(), nullptr, &hints, &found);
        if (result != 0) {
            target.problem = u"url host %1 cannot be resolved (%2)"_s.arg(
                    target.host, QString::fromLocal8Bit(gai_strerror(result)));
            return target;
        }
        for (const addrinfo *entry = found; entry; entry = entry->ai_next) {
            const QHostAddress address(entry->ai_addr);
            if (!address.isNull() && !target.addresses.contains(address))
                target.addresses.append(address);
        }
        freeaddrinfo(found);
        if (target.addresses.isEmpty()) {
            target.problem = u"url host %1 has no address"_s.arg(target.host);
            return target;
        }
    }
    if (allowPrivate)
        return target;
    // Every address counts: a host with one public and one internal address is refused.
    for (const QHostAddress &address : std::as_const(target.addresses)) {
        const QString kind = blockedKind(address);
        if (!kind.isEmpty()) {
            target.problem = u"url must point to a public address, not %1 (%2)"_s.arg(
                    address.toString(), kind);
            return target;
        }
    }
    return target;
}

} // namespace wn
