// SPDX-License-Identifier: Apache-2.0
#include "adminservice.h"

#include "core/database.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/accounts/accountservice.h"
#include "modules/onboarding/onboardingservice.h"

#include <wn/common/json.h>
#include <wn/common/roles.h>

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

using Filter = SqlFilter;

void addCreatedSince(Filter &filter, const QJsonObject &query, const QString &column)
{
    // Timestamps are ISO text, so a date compares as the start of that day.
    if (query.contains(u"created_since"_s))
        filter.add(u"%1 >= :since"_s.arg(column), u":since"_s,
                   query.value(u"created_since"_s).toString());
}

double rate(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(double(part) * 10000.0 / double(whole)) / 10000.0 : 0.0;
}

} // namespace

AdminService::AdminService(ServerContext &context)
    : m_context(context)
{ }

QJsonObject AdminService::talents(const QJsonObject &query, int pageNumber, int limit)
{
    QSqlDatabase db = m_context.db();
    Filter filter;
    OnboardingService::filterTalents(filter, query);
    if (query.contains(u"email_verified"_s))
        filter.add(query.value(u"email_verified"_s).toBool() ? u"u.email_verified_at IS NOT NULL"_s
                                                             : u"u.email_verified_at IS NULL"_s);
    static const QHash<QString, QString> identity {
        { u"verified"_s, u"(u.bvn_verified_at IS NOT NULL OR u.nin_verified_at IS NOT NULL)"_s },
        { u"unverified"_s, u"(u.bvn_verified_at IS NULL AND u.nin_verified_at IS NULL)"_s },
        { u"bvn_verified"_s, u"u.bvn_verified_at IS NOT NULL"_s },
        { u"nin_verified"_s, u"u.nin_verified_at IS NOT NULL"_s },
    };
    if (query.contains(u"identity_status"_s))
        filter.add(identity.value(query.value(u"identity_status"_s).toString()));
    addCreatedSince(filter, query, u"u.created_at"_s);
    if (query.contains(u"skill_ids"_s)) {
        QStringList ids = query.value(u"skill_ids"_s).toString().split(u',');
        ids.removeDuplicates();
        QStringList names;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            names.append(u":skill%1"_s.arg(i));
            filter.bindValue(names.last(), ids.at(i).toLongLong());
        }
        const bool any = query.value(u"skill_match"_s).toString() == u"any"_s;
        QString clause = u"u.id IN (SELECT ts.user_id FROM talent_skills ts WHERE ts.skill_id IN "
                         u"(%1)"_s.arg(names.join(u", "_s));
        if (!any) {
            clause += u" GROUP BY ts.user_id HAVING COUNT(*) = :skill_count"_s;
            filter.bindValue(u":skill_count"_s, int(ids.size()));
        }
        filter.add(clause + u')');
    }

    QJsonObject result = selectPage(
            db,
            AccountService::summaryColumns()
                    + u", u.country_code, u.state, u.bvn_verified_at, u.nin_verified_at"_s,
            u"users u"_s, filter, u"u.created_at DESC, u.id DESC"_s, pageNumber, limit,
            [this](Sql &q) {
                QJsonObject row = AccountService::readSummary(q, *m_context.storage).toJson();
                const bool bvn = !q.isNull(u"bvn_verified_at"_s);
                const bool nin = !q.isNull(u"nin_verified_at"_s);
                row.insert(u"country_code"_s, q.textOrNull(u"country_code"_s));
                row.insert(u"state"_s, q.textOrNull(u"state"_s));
                row.insert(u"bvn_verified"_s, bvn);
                row.insert(u"nin_verified"_s, nin);
                row.insert(u"identity_verified"_s, bvn || nin);
                return row;
            });

    // The skills of the talents on this page, in one query.
    QJsonArray data = result.value(u"data"_s).toArray();
    if (!data.isEmpty()) {
        QHash<qint64, QJsonArray> skills;
        QList<qint64> users;
        for (const QJsonValue &talent : std::as_const(data))
            users.append(talent.toObject().value(u"id"_s).toInteger());
        Sql s(db,
              u"SELECT ts.user_id, s.id, s.name, ts.level FROM talent_skills ts JOIN skills s ON "
              u"s.id = ts.skill_id WHERE ts.user_id IN (%1) ORDER BY s.name_key"_s.arg(
                      Sql::placeholders(u"u"_s, users.size())));
        s.bindEach(u"u"_s, users).exec();
        while (s.next()) {
            skills[s.id(u"user_id"_s)].append(QJsonObject { { u"skill_id"_s, s.id(u"id"_s) },
                                                            { u"name"_s, s.text(u"name"_s) },
                                                            { u"level"_s, s.text(u"level"_s) } });
        }
        for (qsizetype i = 0; i < data.size(); ++i) {
            QJsonObject row = data.at(i).toObject();
            row.insert(u"skills"_s, skills.value(row.value(u"id"_s).toInteger()));
            data.replace(i, row);
        }
        result.insert(u"data"_s, data);
    }
    return result;
}

QJsonObject AdminService::employers(const QJsonObject &query, int pageNumber, int limit)
{
    Filter filter;
    OnboardingService::filterEmployers(filter, query);
    const QString search = query.value(u"q"_s).toString().toLower();
    if (!search.isEmpty())
        filter.addContains({ u"LOWER(c.name)"_s, u"u.email"_s,
                             u"LOWER(u.first_name || ' ' || u.last_name)"_s },
                           search);
    if (query.contains(u"industry"_s)) {
        // Companies name their industry in words; the filter takes those words or a code of the
        // industries list.
        filter.add(u"(LOWER(c.industry) = :industry OR LOWER(c.industry) IN (SELECT LOWER(i.name) "
                   u"FROM industries i WHERE LOWER(i.code) = :industry))"_s,
                   u":industry"_s, query.value(u"industry"_s).toString().toLower());
    }
    addCreatedSince(filter, query, u"c.created_at"_s);
    return selectPage(
            m_context.db(),
            u"c.id, c.uuid, c.name, c.country_code, c.state, c.industry, c.tin_verified_at, "
            u"c.created_at, u.id AS owner_id, u.email, u.first_name, u.last_name, u.status, "
            u"u.email_verified_at, (SELECT COUNT(*) FROM users s WHERE s.company_id = c.id AND "
            u"s.role = 'employee' AND s.deleted_at IS NULL) AS employees"_s,
            u"companies c LEFT JOIN users u ON u.id = c.owner_id"_s, filter,
            u"c.created_at DESC, c.id DESC"_s, pageNumber, limit, [](Sql &q) {
                QJsonObject company = jsonOf(
                        q,
                        { .ids = { u"id"_s, u"employees"_s },
                          .texts = { u"uuid"_s, u"name"_s, u"country_code"_s, u"created_at"_s },
                          .optionalTexts = { u"state"_s, u"industry"_s } });
                company.insert(u"tin_verified"_s, !q.isNull(u"tin_verified_at"_s));
                QJsonValue owner;
                if (!q.isNull(u"owner_id"_s)) {
                    QJsonObject person = jsonOf(q,
                                                { .texts = { u"email"_s, u"first_name"_s,
                                                             u"last_name"_s, u"status"_s } });
                    person.insert(u"id"_s, q.id(u"owner_id"_s));
                    person.insert(u"email_verified"_s, !q.isNull(u"email_verified_at"_s));
                    owner = person;
                }
                company.insert(u"owner"_s, owner);
                return company;
            });
}

qint64 AdminService::countIfPresent(QSqlDatabase db, const QString &table)
{
    if (!db.tables(QSql::Tables).contains(table))
        return 0;
    const bool softDeletes = db.record(table).contains(u"deleted_at"_s);
    // The table name comes from the code, never from a request.
    return Sql(db,
               u"SELECT COUNT(*) FROM %1%2"_s.arg(
                       table, softDeletes ? u" WHERE deleted_at IS NULL"_s : QString()))
            .scalar()
            .toLongLong();
}

QJsonObject AdminService::statistics()
{
    QSqlDatabase db = m_context.db();

    QJsonObject byRole;
    for (const QString &role : allRoleNames())
        byRole.insert(role, 0);
    qint64 users = 0;
    Sql roles(db,
              u"SELECT role, COUNT(*) AS users FROM users WHERE deleted_at IS NULL GROUP BY role"_s);
    roles.exec();
    while (roles.next()) {
        byRole.insert(roles.text(u"role"_s), roles.id(u"users"_s));
        users += roles.id(u"users"_s);
    }

    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = today.addDays(-(signUpDays - 1));
    QHash<QString, qint64> perDay;
    Sql days(db,
             u"SELECT SUBSTR(created_at, 1, 10) AS day, COUNT(*) AS users FROM users WHERE "
             u"deleted_at IS NULL AND created_at >= :since GROUP BY SUBSTR(created_at, 1, 10)"_s);
    days.bind(u":since"_s, first.toString(Qt::ISODate)).exec();
    while (days.next())
        perDay.insert(days.text(u"day"_s), days.id(u"users"_s));
    QJsonArray signUps;
    qint64 recent = 0;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        const qint64 count = perDay.value(day.toString(Qt::ISODate));
        recent += count;
        signUps.append(
                QJsonObject { { u"date"_s, day.toString(Qt::ISODate) }, { u"count"_s, count } });
    }

    // Aggregates without GROUP BY: always one row.
    const SqlRow email
            = Sql(db,
                  u"SELECT COUNT(*) AS accounts, COUNT(email_verified_at) AS verified FROM users "
                  u"WHERE deleted_at IS NULL"_s)
                      .single();
    const qint64 accounts = email.id(u"accounts"_s);
    const qint64 emailVerified = email.id(u"verified"_s);

    const SqlRow identity
            = Sql(db,
                  u"SELECT COUNT(*) AS talents, COALESCE(SUM(CASE WHEN bvn_verified_at IS NOT "
                  u"NULL OR nin_verified_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS verified FROM "
                  u"users WHERE role = 'talent' AND deleted_at IS NULL"_s)
                      .single();
    const qint64 talents = identity.id(u"talents"_s);
    const qint64 identityVerified = identity.id(u"verified"_s);

    QJsonObject companiesByKind { { u"employer"_s, 0 }, { u"sponsor"_s, 0 } };
    qint64 companies = 0;
    qint64 tinVerified = 0;
    Sql company(db,
                u"SELECT kind, COUNT(*) AS companies, COUNT(tin_verified_at) AS tin_verified FROM "
                u"companies WHERE deleted_at IS NULL GROUP BY kind"_s);
    company.exec();
    while (company.next()) {
        companiesByKind.insert(company.text(u"kind"_s), company.id(u"companies"_s));
        companies += company.id(u"companies"_s);
        tinVerified += company.id(u"tin_verified"_s);
    }

    return {
        { u"generated_at"_s, nowText() },
        { u"users"_s, QJsonObject { { u"total"_s, users }, { u"by_role"_s, byRole } } },
        { u"sign_ups"_s,
          QJsonObject {
                  { u"days"_s, signUpDays }, { u"total"_s, recent }, { u"per_day"_s, signUps } } },
        { u"email_verification"_s,
          QJsonObject { { u"verified"_s, emailVerified },
                        { u"total"_s, accounts },
                        { u"rate"_s, rate(emailVerified, accounts) } } },
        { u"identity_verification"_s,
          QJsonObject { { u"verified"_s, identityVerified },
                        { u"total"_s, talents },
                        { u"rate"_s, rate(identityVerified, talents) } } },
        { u"companies"_s,
          QJsonObject { { u"total"_s, companies },
                        { u"by_kind"_s, companiesByKind },
                        { u"tin_verified"_s, tinVerified },
                        { u"tin_verification_rate"_s, rate(tinVerified, companies) } } },
        { u"jobs"_s, QJsonObject { { u"total"_s, countIfPresent(db, u"jobs"_s) } } },
        { u"applications"_s, QJsonObject { { u"total"_s, countIfPresent(db, u"applications"_s) } } },
    };
}

} // namespace wn
