// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace wn {

/** @brief What a person reads of a notification: its title and its text. */
struct NotificationWords
{
    QString title;
    QString body;
};

/**
 * The words of a notification of kind @p type (forms::choices("notification")) about the facts
 * in @p data, written once for both sides: the server stores them with the notification in
 * English (it installs no translation), and the client shows them again in its reader's language
 * (context "Notification"). Names, titles and reasons a person typed stay as they were typed.
 *
 * @p translate gives a text of a context in the reader's language; by default the translations
 * installed in the application (the client's), the server's mail passes its reader's.
 *
 * @p stored is what the notification holds. It is answered as it is for a kind not known here,
 * or when @p data lacks a fact the words need (a notification stored before that fact was kept
 * in its data); and its body stays where the body is the sender's own text (a chat message).
 */
using Translate = std::function<QString(const char *context, const char *text)>;
NotificationWords notificationWords(const QString &type, const QJsonObject &data,
                                    const NotificationWords &stored = {},
                                    const Translate &translate = {});

} // namespace wn
