// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

namespace wn {

/**
 * @brief Where a webhook may be sent. A URL must be http(s) with a plain host; every address its
 * host resolves to must be a public one (not loopback, private, link-local, unique-local, CGNAT,
 * unspecified, multicast or reserved) unless internal targets are allowed. The addresses checked
 * are the ones delivery connects to, so a DNS change between check and connection cannot
 * redirect a webhook to an internal service.
 */
struct WebhookTarget
{
    QUrl url;
    QString host; ///< as sent on the wire (ASCII; IPv6 without brackets)
    int port = 0;
    QList<QHostAddress> addresses; ///< every address the host resolved to, all checked
    QString problem; ///< why the URL is refused ("url ..."), empty when it is usable

    bool isUsable() const { return problem.isEmpty(); }

    /** Checks @p text's form only: scheme, host, no credentials. The problem names the field. */
    static WebhookTarget parse(const QString &text, bool allowHttp);
    /** parse(), then resolves the host and checks every address. */
    static WebhookTarget resolve(const QString &text, bool allowHttp, bool allowPrivate);

    /** Why an address may not be reached ("loopback", "private", ...), empty if it is public. */
    static QString blockedKind(const QHostAddress &address);
};

} // namespace wn
