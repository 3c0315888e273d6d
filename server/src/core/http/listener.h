// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionguard.h"

#include <QTcpServer>

namespace wn {

class Metrics;

/**
 * @brief A listening socket that caps open connections and puts a ConnectionGuard on each one
 * before the HTTP server sees it.
 */
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    Listener(const ConnectionLimits &limits, Metrics &metrics, qint64 maxConnections,
             QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const ConnectionLimits &m_limits;
    Metrics &m_metrics;
    qint64 m_maxConnections;
};

/**
 * Opens a listening TCP socket with SO_REUSEPORT on @p address:@p port, so that several worker
 * threads can each accept on the same port. Returns the descriptor, or -1 with @p error set.
 */
qintptr openReusePortSocket(const QHostAddress &address, quint16 port, QString *error);
/** The port a bound socket listens on. */
quint16 boundPort(qintptr descriptor);

} // namespace wn
