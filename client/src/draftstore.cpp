// SPDX-License-Identifier: Apache-2.0
#include "draftstore.h"

#include "appsingleton.h"
#include "session.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace wn::client {

DraftStore *DraftStore::instance()
{
    return appSingleton<DraftStore>([] { return new DraftStore; });
}

DraftStore *DraftStore::create(QQmlEngine *, QJSEngine *)
{
    return instance();
}

QString DraftStore::settingsKey(const QString &key)
{
    const Session *session = Session::instance();
    return u"drafts/%1/%2/%3"_s.arg(session->serverUrl()).arg(session->userId()).arg(key);
}

QString DraftStore::text(const QString &key) const
{
    if (!Session::instance()->loggedIn())
        return {};
    return QSettings().value(settingsKey(key)).toString();
}

void DraftStore::keep(const QString &key, const QString &text)
{
    if (!Session::instance()->loggedIn())
        return;
    if (text.isEmpty())
        forget(key);
    else
        QSettings().setValue(settingsKey(key), text);
}

void DraftStore::forget(const QString &key)
{
    if (Session::instance()->loggedIn())
        QSettings().remove(settingsKey(key));
}

} // namespace wn::client
