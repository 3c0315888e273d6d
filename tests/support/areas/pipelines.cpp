// SPDX-License-Identifier: Apache-2.0
#include "areas/pipelines.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

QString pipelinePath(qint64 id, const QString &tail)
{
    return u"/api/v1/pipelines/%1%2"_s.arg(id).arg(tail);
}

QString candidatePath(qint64 pipeline, qint64 candidate, const QString &tail)
{
    return u"/api/v1/pipelines/%1/candidates/%2%3"_s.arg(pipeline).arg(candidate).arg(tail);
}

QList<qint64> idList(const QJsonValue &items, const QString &key)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items.toArray())
        ids.append(item.toObject().value(key).toInteger());
    return ids;
}

void PipelinesFixture::setUp()
{
    startWithStaff();
    m_otherEmployer = castUser(u"other employer"_s, Role::Employer);
    m_reader = staffMember(m_employer, { u"applications.read"_s }, u"reader@example.com"_s);
    cast(u"reader"_s, m_reader);
    m_decider = staffMember(m_employer, { u"applications.read"_s, u"applications.decide"_s },
                            u"decider@example.com"_s);
    QVERIFY(!m_reader.token.isEmpty() && !m_decider.token.isEmpty());

    QSqlDatabase db = m_server->context().db();
    for (const QString &statement :
         { u"INSERT INTO career_levels (code, name, rank, active) VALUES ('test_senior', "
           u"'Test senior', 3, TRUE)"_s,
           u"INSERT INTO career_levels (code, name, rank, active) VALUES ('test_junior', "
           u"'Test junior', 1, TRUE)"_s })
        Sql(db, statement).exec();
    auto addSkill = [&](const QString &name) {
        const Reply added = m_server->post(
                u"/api/v1/skills"_s,
                QJsonObject { { u"name"_s, name }, { u"category"_s, u"Testing"_s } },
                m_admin.token);
        return added.json().value(u"id"_s).toInteger();
    };
    m_zebraql = addSkill(u"Zebraql"_s);
    m_quokka = addSkill(u"Quokka modelling"_s);
    m_marmot = addSkill(u"Marmot operations"_s);
    QVERIFY(m_zebraql && m_quokka && m_marmot);

    m_adaeze = talentWith(u"Adaeze"_s,
                          { { u"headline"_s, u"Senior data analyst"_s },
                            { u"state"_s, u"Lagos"_s },
                            { u"desired_career_level"_s, u"test_senior"_s },
                            { u"availability"_s, u"immediately"_s } },
                          { m_zebraql, m_quokka });
    m_bola = talentWith(u"Bola"_s,
                        { { u"headline"_s, u"Backend engineer"_s },
                          { u"bio"_s,
                            u"I build services and now and then help the data "
                            u"analyst team with their queries."_s },
                          { u"state"_s, u"Lagos"_s },
                          { u"desired_career_level"_s, u"test_junior"_s },
                          { u"availability"_s, u"two_weeks"_s } },
                        { m_marmot });
    m_chidi = talentWith(
            u"Chidi"_s,
            { { u"headline"_s, u"Accountant"_s },
              { u"state"_s, u"Kano"_s },
              { u"desired_career_level"_s, u"test_senior"_s },
              { u"availability"_s, u"immediately"_s },
              { u"experience"_s,
                QJsonArray { QJsonObject { { u"company"_s, u"Harmattan Foods"_s },
                                           { u"title"_s, u"Data analyst"_s },
                                           { u"start_month"_s, u"2019-01"_s },
                                           { u"end_month"_s, u"2022-06"_s },
                                           { u"description"_s, u"Monthly sales reports"_s } } } } },
            { m_zebraql });
    m_dami = talentWith(u"Dami"_s,
                        { { u"headline"_s, u"Data analyst extraordinaire"_s },
                          { u"state"_s, u"Lagos"_s },
                          { u"hidden"_s, true } },
                        { m_zebraql });
    m_efe = talentWith(u"Efe"_s,
                       { { u"headline"_s, u"Theatre nurse"_s }, { u"state"_s, u"Kano"_s } },
                       { m_marmot });
    Sql(db, u"UPDATE users SET bvn_verified_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, m_efe.id)
            .exec();

    m_job = publishJob(*m_server, m_employer, u"Data analyst"_s);
    QVERIFY(m_job > 0);
}

TestUser PipelinesFixture::talentWith(const QString &name, const QJsonObject &profile,
                                      const QList<qint64> &skills)
{
    TestUser talent = castUser(name, Role::Talent);
    QJsonObject body = profile;
    body.insert(u"first_name"_s, name);
    body.insert(u"last_name"_s, u"Pooltalent"_s);
    const Reply saved = m_server->patch(u"/api/v1/talents/me/profile"_s, body, talent.token);
    if (saved.status != 200)
        qWarning() << name << saved.status << saved.message();
    QJsonArray entries;
    for (qint64 skill : skills)
        entries.append(QJsonObject { { u"skill_id"_s, skill }, { u"level"_s, u"advanced"_s } });
    const Reply skilled = m_server->put(u"/api/v1/talents/me/skills"_s,
                                        QJsonObject { { u"skills"_s, entries } }, talent.token);
    if (skilled.status != 200)
        qWarning() << name << skilled.status << skilled.message();
    return talent;
}

qint64 PipelinesFixture::createPipeline(const TestUser &owner, const QString &name,
                                        const QStringList &stages)
{
    QJsonObject body { { u"name"_s, name }, { u"project"_s, u"Project of "_s + name } };
    if (!stages.isEmpty())
        body.insert(u"stages"_s, QJsonArray::fromStringList(stages));
    const Reply created = m_server->post(u"/api/v1/pipelines"_s, body, owner.token);
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

QJsonObject PipelinesFixture::pipeline(qint64 id)
{
    return m_server->get(pipelinePath(id), m_employer.token).json();
}

qint64 PipelinesFixture::stageId(qint64 pipeline, const QString &name)
{
    return findBy(this->pipeline(pipeline).value(u"stages"_s).toArray(), u"name"_s, name)
            .value(u"id"_s)
            .toInteger();
}

qint64 PipelinesFixture::addTalent(qint64 pipeline, const TestUser &talent, const TestUser &by)
{
    const Reply added = m_server->post(
            pipelinePath(pipeline, u"/candidates"_s),
            QJsonObject { { u"talent_ids"_s, QJsonArray { talent.id } } }, by.token);
    return added.status == 201
            ? added.json().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toInteger()
            : 0;
}

} // namespace wn::test
