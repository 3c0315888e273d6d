// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <wn/common/chatmessage.h>

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace wn::client {

/**
 * @brief One chat's messages, oldest first: the latest page from the server, older pages on
 * request, and new messages live from the chat socket.
 */
class MessagesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int chatId READ chatId WRITE setChatId NOTIFY chatIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /** Whether older messages may exist on the server. */
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY hasOlderChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Roles { MessageIdRole = Qt::UserRole + 1, TextRole, MineRole, SentAtRole, SeenRole };
    Q_ENUM(Roles)

    explicit MessagesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int chatId() const { return m_chatId; }
    void setChatId(int chatId);
    bool loading() const { return m_loading; }
    bool hasOlder() const { return m_hasOlder; }
    QString error() const { return m_error; }

    /** Loads the page of messages before the oldest one shown. */
    Q_INVOKABLE void loadOlder();

Q_SIGNALS:
    void chatIdChanged();
    void loadingChanged();
    void hasOlderChanged();
    void errorChanged();

private:
    void load(qint64 before);
    void append(const QVariantMap &message);
    void markSeen(const QVariantMap &receipt);
    void setLoading(bool loading);

    QList<ChatMessage> m_messages;
    int m_chatId = 0; // an int for QML: chat ids stay far below 2^31
    bool m_loading = false;
    bool m_hasOlder = false;
    int m_generation = 0;
    QString m_error;
};

} // namespace wn::client
