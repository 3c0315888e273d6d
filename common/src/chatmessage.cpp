// SPDX-License-Identifier: Apache-2.0
#include <wn/common/chatmessage.h>

#include <wn/common/json.h>

using namespace Qt::StringLiterals;

namespace wn {

QJsonObject ChatMessage::toJson() const
{
    return { { u"id"_s, id },
             { u"chat_id"_s, chatId },
             { u"sender_id"_s, senderId },
             { u"receiver_id"_s, receiverId },
             { u"message"_s, text },
             { u"created_at"_s, createdAt },
             { u"seen_at"_s, json::orNull(seenAt) } };
}

std::optional<ChatMessage> ChatMessage::fromJson(const QJsonObject &json)
{
    if (!json.value(u"id"_s).isDouble())
        return std::nullopt;
    ChatMessage message;
    message.id = json.value(u"id"_s).toInteger();
    message.chatId = json.value(u"chat_id"_s).toInteger();
    message.senderId = json.value(u"sender_id"_s).toInteger();
    message.receiverId = json.value(u"receiver_id"_s).toInteger();
    message.text = json.value(u"message"_s).toString();
    message.createdAt = json.value(u"created_at"_s).toString();
    message.seenAt = wn::json::optionalText(json, u"seen_at"_s);
    return message;
}

} // namespace wn
