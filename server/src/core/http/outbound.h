// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wn {

/** @brief One request the server sends to a service outside it (a vendor, an identity registry,
 *  a learning site): http or https only, no signals, bounded in time and in what it reads. */
struct OutboundRequest
{
    QByteArray url;
    /** Header lines, "Name: value". */
    QList<QByteArray> headers;
    /** The body of a POST; a GET when there is none. */
    std::optional<QByteArray> body;
    int timeoutSeconds = 15;
    /** How long connecting may take of it; 0: curl's own limit. */
    int connectTimeoutSeconds = 0;
    /** An answer longer than this ends the transfer, as a failure; -1: no limit. */
    qsizetype maxAnswerBytes = -1;
};

/** @brief What came back: the status and body, or why nothing did. */
struct OutboundReply
{
    /** Whether the transfer completed; when not, error says why and status is 0. */
    bool completed = false;
    long status = 0;
    QByteArray body;
    QString error;
};

/** Sends @p request through libcurl and waits for the answer (on the calling thread). */
OutboundReply sendOutbound(const OutboundRequest &request);

} // namespace wn
