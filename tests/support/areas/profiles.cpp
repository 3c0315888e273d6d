// SPDX-License-Identifier: Apache-2.0
#include "areas/profiles.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

QJsonObject skillEntry(qint64 id, const QString &level, int years)
{
    QJsonObject entry { { u"skill_id"_s, id }, { u"level"_s, level } };
    if (years >= 0)
        entry.insert(u"years"_s, years);
    return entry;
}

void ProfilesFixture::setUp()
{
    startWithStaff(u"super admin"_s);
    m_otherTalent = castUser(u"other talent"_s, Role::Talent);
}

void ProfilesFixture::addReferenceRows()
{
    QSqlDatabase db = m_server->context().db();
    const QStringList statements {
        u"INSERT INTO education_levels (code, name, rank, active) VALUES ('test_bsc', 'Test "
        u"bachelor', 1, TRUE) ON CONFLICT (code) DO NOTHING"_s,
        u"INSERT INTO career_levels (code, name, rank, active) VALUES ('test_senior', 'Test "
        u"senior', 1, TRUE) ON CONFLICT (code) DO NOTHING"_s,
        u"INSERT INTO job_preferences (code, name, category, active) VALUES ('test_remote', "
        u"'Test remote', 'work_mode', TRUE) ON CONFLICT (code) DO NOTHING"_s,
        u"INSERT INTO job_preferences (code, name, category, active) VALUES ('test_contract', "
        u"'Test contract', 'job_type', TRUE) ON CONFLICT (code) DO NOTHING"_s,
        u"INSERT INTO disabilities (code, name, active) VALUES ('test_visual', 'Test visual', "
        u"TRUE) ON CONFLICT (code) DO NOTHING"_s,
        u"INSERT INTO schools (code, name, kind, active) VALUES ('test_unilag', 'Test University "
        u"of Lagos', 'university', TRUE) ON CONFLICT (code) DO NOTHING"_s,
    };
    for (const QString &statement : statements)
        Sql(db, statement).exec();
    m_schoolId
            = Sql(db, u"SELECT id FROM schools WHERE code = 'test_unilag'"_s).scalar().toLongLong();
    QVERIFY(m_schoolId > 0);
}

qint64 ProfilesFixture::skillId(const QString &name)
{
    const Reply found = m_server->get(u"/api/v1/skills?q="_s + percent(name));
    for (const QJsonValue &skill : found.json().value(u"data"_s).toArray()) {
        if (skill.toObject().value(u"name"_s).toString() == name)
            return skill.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

qint64 ProfilesFixture::addSkill(const QString &name, const QString &category)
{
    const Reply added = m_server->post(
            u"/api/v1/skills"_s, QJsonObject { { u"name"_s, name }, { u"category"_s, category } },
            m_admin.token);
    return added.status == 201 ? added.json().value(u"id"_s).toInteger() : 0;
}

QString ProfilesFixture::presignedVideoKey(const TestUser &owner, const QString &kind,
                                           const QByteArray &bytes)
{
    const QString url = m_server->post(u"/api/v1/storage/presign"_s,
                                       QJsonObject { { u"kind"_s, kind } }, owner.token)
                                .json()
                                .value(u"url"_s)
                                .toString();
    const Reply uploaded = m_server->raw("PUT", pathOf(url), bytes, "application/octet-stream");
    return uploaded.status == 201 ? uploaded.json().value(u"key"_s).toString() : QString();
}

} // namespace wn::test
