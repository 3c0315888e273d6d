// SPDX-License-Identifier: Apache-2.0
#include "areas/catalog.h"

#include <QDebug>

using namespace Qt::StringLiterals;

namespace wn::test {

QJsonObject findByCode(const QJsonArray &items, const QString &code)
{
    for (const QJsonValue &item : items) {
        if (item.toObject().value(u"code"_s).toString() == code)
            return item.toObject();
    }
    return {};
}

QJsonArray CatalogFixture::listed(const QString &path, const QString &query, const QString &token)
{
    const Reply reply = m_server->get(u"/api/v1/%1?limit=100%2"_s.arg(path, query), token);
    if (reply.status != 200)
        qWarning() << path << query << reply.status << reply.body;
    return reply.json().value(u"data"_s).toArray();
}

qint64 CatalogFixture::countOf(const QString &path)
{
    const Reply reply = m_server->get(u"/api/v1/%1?limit=100&include_inactive=true"_s.arg(path),
                                      m_admin.token);
    const QJsonObject json = reply.json();
    return json.contains(u"meta"_s) ? json.value(u"meta"_s).toObject().value(u"total"_s).toInteger()
                                    : json.value(u"data"_s).toArray().size();
}

} // namespace wn::test
