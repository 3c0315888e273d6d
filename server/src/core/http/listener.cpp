// SPDX-License-Identifier: Apache-2.0
#include "listener.h"

#include "../metrics.h"

#include <QTcpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wn {

Listener::Listener(const ConnectionLimits &limits, Metrics &metrics, qint64 maxConnections,
                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_metrics(metrics)
    , m_maxConnections(maxConnections)
{ }

void Listener::incomingConnection(qintptr descriptor)
{
    if (m_metrics.openConnections.load() >= m_maxConnections) {
        ::close(int(descriptor));
        m_metrics.increment(u"wn_connections_refused_total"_s);
        return;
    }
    auto *socket = new QTcpSocket(this); // owned by the server; deleted when it disconnects
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    // The guard is the socket's child and counts it in openConnections for as long as it lives.
    new ConnectionGuard(socket, m_limits, m_metrics);
    addPendingConnection(socket);
}

qintptr openReusePortSocket(const QHostAddress &address, quint16 port, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int rc = 0;
    if (v6) {
        sockaddr_in6 addr {};
        addr.sin6_family = AF_INET6;
        addr.sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&addr.sin6_addr, &ip, sizeof ip);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    } else {
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(address.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    }
    if (rc != 0 || ::listen(fd, 1024) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

quint16 boundPort(qintptr descriptor)
{
    sockaddr_storage addr {};
    socklen_t length = sizeof addr;
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&addr), &length) != 0)
        return 0;
    if (addr.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&addr)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&addr)->sin_port);
}

} // namespace wn
