// SPDX-License-Identifier: Apache-2.0
#include "referenceservice.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"

#include <wn/common/apierror.h>

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

ReferenceService::ReferenceService(ServerContext &context)
    : m_context(context)
{ }

QJsonArray ReferenceService::readShipped(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(u"missing reference data "_s + resource);
    return QJsonDocument::fromJson(file.readAll()).array();
}

void ReferenceService::seed()
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QJsonArray countries = readShipped(u":/reference/countries.json"_s);
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        insertRow(db, u"countries"_s,
                  { { u"code"_s, country.value(u"code"_s).toString() },
                    { u"code3"_s, country.value(u"code3"_s).toString() },
                    { u"name"_s, country.value(u"name"_s).toString() },
                    { u"african"_s, country.value(u"african"_s).toBool() } },
                  onConflictUpdate(u"code"_s, { u"name"_s, u"code3"_s, u"african"_s }));
    }
    const QJsonArray states = readShipped(u":/reference/nigeria-states.json"_s);
    for (const QJsonValue &value : states) {
        const QJsonObject state = value.toObject();
        insertRow(db, u"states"_s,
                  { { u"code"_s, state.value(u"code"_s).toString() },
                    { u"country_code"_s, u"NG"_s },
                    { u"name"_s, state.value(u"name"_s).toString() } },
                  onConflictUpdate(u"code"_s, { u"name"_s }));
    }
    tx.commit();
}

bool ReferenceService::isCountry(QSqlDatabase db, const QString &code, bool *african) const
{
    const std::optional<SqlRow> country
            = Sql(db, u"SELECT african FROM countries WHERE code = :code"_s)
                      .bind(u":code"_s, code.toUpper())
                      .one();
    if (!country)
        return false;
    if (african)
        *african = country->flag(u"african"_s);
    return true;
}

QString ReferenceService::stateName(QSqlDatabase db, const QString &countryCode,
                                    const QString &name) const
{
    const std::optional<SqlRow> state
            = Sql(db,
                  u"SELECT name FROM states WHERE country_code = :country AND (LOWER(name) = "
                  u"LOWER(:name) OR code = UPPER(:name) OR LOWER(name) = LOWER(:name) || ' state')"_s)
                      .bind(u":country"_s, countryCode)
                      .bind(u":name"_s, name.trimmed())
                      .one();
    if (state)
        return state->text(u"name"_s);
    // "FCT" and "Abuja" are how people write the capital territory.
    const QString lower = name.trimmed().toLower();
    if (countryCode == u"NG"_s && (lower == u"fct"_s || lower == u"abuja"_s))
        return u"Abuja Federal Capital Territory"_s;
    return {};
}

QString ReferenceService::nigerianState(QSqlDatabase db, const QString &field,
                                        const QString &text) const
{
    const QString state = stateName(db, u"NG"_s, text);
    if (state.isEmpty())
        throw ApiError::badRequest(
                QStringList { u"%1 must be one of Nigeria's 36 states or the FCT"_s.arg(field) });
    return state;
}

QJsonObject ReferenceService::countries(const QJsonValue &african)
{
    Sql q(m_context.db(),
          african.isUndefined()
                  ? u"SELECT code, code3, name, african FROM countries ORDER BY name"_s
                  : u"SELECT code, code3, name, african FROM countries WHERE african = :a ORDER BY name"_s);
    if (!african.isUndefined())
        q.bind(u":a"_s, african.toBool());
    q.exec();
    QJsonArray data;
    while (q.next()) {
        data.append(QJsonObject { { u"code"_s, q.text(u"code"_s) },
                                  { u"code3"_s, q.text(u"code3"_s) },
                                  { u"name"_s, q.text(u"name"_s) },
                                  { u"african"_s, q.flag(u"african"_s) } });
    }
    return { { u"data"_s, data } };
}

QJsonObject ReferenceService::states(const QString &code)
{
    QSqlDatabase db = m_context.db();
    if (!isCountry(db, code))
        throw ApiError::notFound(u"Unknown country code "_s + code.left(8));
    Sql q(db, u"SELECT code, name FROM states WHERE country_code = :c ORDER BY name"_s);
    q.bind(u":c"_s, code).exec();
    QJsonArray data;
    while (q.next())
        data.append(
                QJsonObject { { u"code"_s, q.text(u"code"_s) }, { u"name"_s, q.text(u"name"_s) } });
    return { { u"data"_s, data } };
}

} // namespace wn
