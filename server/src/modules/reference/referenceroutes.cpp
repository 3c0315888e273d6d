// SPDX-License-Identifier: Apache-2.0
#include "referenceroutes.h"

#include "core/database.h"
#include "core/http/api.h"
#include "core/logging.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

QJsonArray readReferenceData(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(u"missing reference data "_s + resource);
    return QJsonDocument::fromJson(file.readAll()).array();
}

void seedCountries(ServerContext &context)
{
    QSqlDatabase db = context.db();
    Transaction tx(db);
    const QJsonArray countries = readReferenceData(u":/reference/countries.json"_s);
    for (const QJsonValue &value : countries) {
        const QJsonObject country = value.toObject();
        Sql(db,
            u"INSERT INTO countries (code, code3, name, african) VALUES (:code, :code3, :name, "
            u":african) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, code3 = excluded.code3, african = excluded.african"_s)
                .bind(u":code"_s, country.value(u"code"_s).toString())
                .bind(u":code3"_s, country.value(u"code3"_s).toString())
                .bind(u":name"_s, country.value(u"name"_s).toString())
                .bind(u":african"_s, country.value(u"african"_s).toBool())
                .exec();
    }
    const QJsonArray states = readReferenceData(u":/reference/nigeria-states.json"_s);
    for (const QJsonValue &value : states) {
        const QJsonObject state = value.toObject();
        Sql(db,
            u"INSERT INTO states (code, country_code, name) VALUES (:code, 'NG', :name) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name"_s)
                .bind(u":code"_s, state.value(u"code"_s).toString())
                .bind(u":name"_s, state.value(u"name"_s).toString())
                .exec();
    }
    tx.commit();
}

bool isCountry(QSqlDatabase db, const QString &code, bool *african)
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

QString stateName(QSqlDatabase db, const QString &countryCode, const QString &name)
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

void installReference(Api &api, ServerContext &)
{
    api.get(u"/api/v1/countries"_s,
            { .seed
              = { u"Auth > All countries"_s, u"Onboarding > Countries > Fetch all countries"_s },
              .summary = u"Every country (ISO 3166), with whether it is in Africa"_s,
              .tag = u"Reference"_s,
              .query = { { u"african"_s,
                           Field::boolean().describe(
                                   u"Only African countries (true) or only others (false)"_s) } } },
            [](Call &call) {
                const QJsonValue african = call.query().value(u"african"_s);
                Sql q(call.db(),
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
                return QJsonObject { { u"data"_s, data } };
            });

    api.get(u"/api/v1/countries/{code}/states"_s,
            { .summary = u"The states of a country (Nigeria's 36 states and the FCT)"_s,
              .tag = u"Reference"_s },
            [](Call &call) {
                const QString code = call.path(u"code"_s).toUpper();
                if (!isCountry(call.db(), code))
                    throw ApiError::notFound(u"Unknown country code "_s + code.left(8));
                Sql q(call.db(),
                      u"SELECT code, name FROM states WHERE country_code = :c ORDER BY name"_s);
                q.bind(u":c"_s, code).exec();
                QJsonArray data;
                while (q.next())
                    data.append(QJsonObject { { u"code"_s, q.text(u"code"_s) },
                                              { u"name"_s, q.text(u"name"_s) } });
                return QJsonObject { { u"data"_s, data } };
            });
}

} // namespace wn
