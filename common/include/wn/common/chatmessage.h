// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wn {

/**
 * @brief A chat message as the server gives it (the REST pages, the socket's new messages) and
 * the desktop client's conversation holds it. toJson() is the API's shape (snake_case keys, the
 * text under "message", seen_at null until the receiver saw it); fromJson() reads it back.
 */
struct ChatMessage
{
    Q_GADGET
    Q_PROPERTY(qint64 id MEMBER id)
    Q_PROPERTY(qint64 chatId MEMBER chatId)
    Q_PROPERTY(qint64 senderId MEMBER senderId)
    Q_PROPERTY(qint64 receiverId MEMBER receiverId)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(QString createdAt MEMBER createdAt)
    Q_PROPERTY(bool seen READ seen)

public:
    qint64 id = 0;
    qint64 chatId = 0;
    qint64 senderId = 0;
    qint64 receiverId = 0;
    QString text;
    /** When it was sent, as the server wrote the time. */
    QString createdAt;
    /** When the receiver saw it; none until then. */
    std::optional<QString> seenAt;

    bool seen() const { return seenAt.has_value(); }

    QJsonObject toJson() const;
    /** The message @p json describes; nullopt when it has no numeric id. */
    static std::optional<ChatMessage> fromJson(const QJsonObject &json);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace wn

Q_DECLARE_METATYPE(wn::ChatMessage)
