// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace wn::client {

/**
 * @brief What someone has written and not yet sent, kept on disk per server and user under a key
 * the page chooses ("coding/12/71": a challenge and a language), so that neither a crash nor a
 * restart loses it. A page restores its draft when it opens and forgets it once the server has
 * what was written.
 */
class DraftStore : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static DraftStore *create(QQmlEngine *, QJSEngine *);
    static DraftStore *instance();

    /** The draft kept under @p key for the logged-in user; empty when none. */
    Q_INVOKABLE QString text(const QString &key) const;
    /** Keeps @p text under @p key; an empty text forgets the draft. */
    Q_INVOKABLE void keep(const QString &key, const QString &text);
    /** Forgets the draft under @p key. */
    Q_INVOKABLE void forget(const QString &key);

private:
    DraftStore() = default;
    /** Where @p key is kept: one place per server and user, as the chat's outbox. */
    static QString settingsKey(const QString &key);
};

} // namespace wn::client
