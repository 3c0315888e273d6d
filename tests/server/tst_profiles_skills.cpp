// SPDX-License-Identifier: Apache-2.0
// Skills: the catalogue (seeded with categories, searched, kept by admins across restarts, added,
// changed and deleted or deactivated) and a talent's own skills with their proficiency.
#include "areas/profiles.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestProfilesSkills : public QObject, public ProfilesFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // The catalogue
    void theCatalogueIsSeededWithCategories();
    void startingAgainKeepsTheAdminsChanges();
    void catalogueSearchesNamesAndFiltersCategories_data();
    void catalogueSearchesNamesAndFiltersCategories();
    void inactiveSkillsAreListedForStaffOnly_data();
    void inactiveSkillsAreListedForStaffOnly();
    void addingASkill_data();
    void addingASkill();
    void fetchingOneSkill_data();
    void fetchingOneSkill();
    void updatingASkill_data();
    void updatingASkill();
    void deletingAnUnusedSkillRemovesIt();
    void deletingASkillInUseDeactivatesIt();
    void deletingASkillOtherRecordsNameDeactivatesIt();
    void deletingASkillIsForAdmins_data();
    void deletingASkillIsForAdmins();

    // Proficiency
    void selectingSkillsReplacesTheSet();
    void selectingSkillsChecksEveryEntry_data();
    void selectingSkillsChecksEveryEntry();
    void skillsAreTheTalentsOwn_data();
    void skillsAreTheTalentsOwn();
};

// ---- The catalogue ----

void TestProfilesSkills::theCatalogueIsSeededWithCategories()
{
    const Reply first = m_server->get(u"/api/v1/skills?limit=100"_s);
    QCOMPARE(first.status, 200);
    const QJsonObject meta = first.json().value(u"meta"_s).toObject();
    QVERIFY2(meta.value(u"total"_s).toInteger() >= 200,
             qPrintable(QString::number(meta.value(u"total"_s).toInteger())));
    QCOMPARE(meta.value(u"limit"_s).toInt(), 100);
    QCOMPARE(first.json().value(u"data"_s).toArray().size(), 100);
    for (const QJsonValue &skill : first.json().value(u"data"_s).toArray()) {
        QVERIFY(!skill.toObject().value(u"name"_s).toString().isEmpty());
        QVERIFY(skill.toObject().value(u"active"_s).toBool());
    }

    const Reply categories = m_server->get(u"/api/v1/skills/categories"_s);
    QCOMPARE(categories.status, 200);
    const QStringList names = valuesOf(categories.json().value(u"data"_s), u"name"_s);
    for (const QString &expected :
         { u"Software development"_s, u"Data and AI"_s, u"Design"_s, u"Finance and accounting"_s,
           u"Health"_s, u"Engineering"_s, u"Trades"_s, u"Soft skills"_s })
        QVERIFY2(names.contains(expected), qPrintable(names.join(u", "_s)));
}

void TestProfilesSkills::startingAgainKeepsTheAdminsChanges()
{
    // A shipped skill an admin deleted, and one whose category they changed.
    const qint64 stata = skillId(u"Stata"_s);
    const qint64 spss = skillId(u"SPSS"_s);
    QVERIFY(stata > 0 && spss > 0);
    QCOMPARE(m_server->del(u"/api/v1/skills/%1"_s.arg(stata), m_admin.token).status, 200);
    QCOMPARE(m_server->patch(u"/api/v1/skills/%1"_s.arg(spss),
                             QJsonObject { { u"category"_s, u"Research"_s } }, m_admin.token)
                     .status,
             200);
    const qint64 total = m_server->get(u"/api/v1/skills?limit=1"_s)
                                 .json()
                                 .value(u"meta"_s)
                                 .toObject()
                                 .value(u"total"_s)
                                 .toInteger();

    // Another instance on the same database runs the seeders again as it starts.
    TestServer again(m_server->sharedInstanceSettings());
    QCOMPARE(again.get(u"/api/v1/skills?limit=1"_s)
                     .json()
                     .value(u"meta"_s)
                     .toObject()
                     .value(u"total"_s)
                     .toInteger(),
             total);
    QCOMPARE(again.get(u"/api/v1/skills/%1"_s.arg(stata)).status, 404);
    QCOMPARE(again.get(u"/api/v1/skills/%1"_s.arg(spss)).json().value(u"category"_s).toString(),
             u"Research"_s);
}

void TestProfilesSkills::catalogueSearchesNamesAndFiltersCategories_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("alsoListed");
    QTest::addColumn<QString>("category");

    QTest::addRow("exact name first") << u"?q=java"_s << u"Java"_s << u"JavaScript"_s << QString();
    QTest::addRow("any case, inside names")
            << u"?q=SCRIPT"_s << QString() << u"TypeScript"_s << QString();
    QTest::addRow("a category, any case") << u"?category=soft%20SKILLS&limit=100"_s << QString()
                                          << u"Teamwork"_s << u"Soft skills"_s;
    QTest::addRow("search within a category")
            << u"?q=design&category=Design"_s << QString() << u"UI Design"_s << u"Design"_s;
    QTest::addRow("nothing matches") << u"?q=zzqx"_s << QString() << QString() << QString();
    QTest::addRow("wildcards are text") << u"?q=%25"_s << QString() << QString() << QString();
}

void TestProfilesSkills::catalogueSearchesNamesAndFiltersCategories()
{
    QFETCH(QString, query);
    QFETCH(QString, first);
    QFETCH(QString, alsoListed);
    QFETCH(QString, category);

    const Reply reply = m_server->get(u"/api/v1/skills"_s + query);
    QCOMPARE(reply.status, 200);
    const QJsonArray data = reply.json().value(u"data"_s).toArray();
    const QStringList names = valuesOf(data, u"name"_s);
    if (alsoListed.isEmpty())
        QVERIFY2(names.isEmpty(), qPrintable(names.join(u", "_s)));
    else
        QVERIFY2(names.contains(alsoListed), qPrintable(names.join(u", "_s)));
    if (!first.isEmpty())
        QCOMPARE(names.value(0), first);
    if (!category.isEmpty()) {
        for (const QJsonValue &skill : data)
            QCOMPARE(skill.toObject().value(u"category"_s).toString(), category);
    }
    QCOMPARE(reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInteger(), data.size());
}

void TestProfilesSkills::inactiveSkillsAreListedForStaffOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfilesSkills::inactiveSkillsAreListedForStaffOnly()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const Reply reply = m_server->get(u"/api/v1/skills?status=inactive"_s, tokenOf(who));
    QCOMPARE(reply.status, status);
    for (const QJsonValue &skill : reply.json().value(u"data"_s).toArray())
        QCOMPARE(skill.toObject().value(u"active"_s).toBool(), false);
}

void TestProfilesSkills::addingASkill_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    const auto skill = [](const QString &name) {
        return QJsonObject { { u"name"_s, name },
                             { u"category"_s, u"Testing"_s },
                             { u"description"_s, u"Checks that things work"_s } };
    };
    QTest::addRow("admin") << u"admin"_s << skill(u"Mutation Testing"_s) << 201 << QString();
    QTest::addRow("super admin") << u"super admin"_s << skill(u"Fuzz Testing"_s) << 201
                                 << QString();
    QTest::addRow("name is tidied")
            << u"admin"_s << skill(u"  Contract   Testing "_s) << 201 << QString();
    QTest::addRow("same name, other case")
            << u"admin"_s << skill(u"PYTHON"_s) << 409 << u"Python"_s;
    QTest::addRow("no name") << u"admin"_s << QJsonObject { { u"category"_s, u"Testing"_s } } << 400
                             << u"name"_s;
    QTest::addRow("name too long") << u"admin"_s << skill(QString(101, u'x')) << 400 << u"name"_s;
    QTest::addRow("category not text")
            << u"admin"_s << QJsonObject { { u"name"_s, u"Chaos Testing"_s }, { u"category"_s, 5 } }
            << 400 << u"category"_s;
    QTest::addRow("support") << u"support"_s << skill(u"Load Testing"_s) << 403 << QString();
    QTest::addRow("talent") << u"talent"_s << skill(u"Load Testing"_s) << 403 << QString();
    QTest::addRow("employer") << u"employer"_s << skill(u"Load Testing"_s) << 403 << QString();
    QTest::addRow("anonymous") << QString() << skill(u"Load Testing"_s) << 401 << QString();
}

void TestProfilesSkills::addingASkill()
{
    QFETCH(QString, who);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, named);

    const Reply reply = m_server->post(u"/api/v1/skills"_s, body, tokenOf(who));
    QCOMPARE(reply.status, status);
    if (!named.isEmpty())
        QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    if (status != 201) {
        QVERIFY(!reply.json().contains(u"id"_s));
        return;
    }
    const QJsonObject skill = reply.json();
    QCOMPARE(skill.value(u"name"_s).toString(), body.value(u"name"_s).toString().simplified());
    QCOMPARE(skill.value(u"category"_s).toString(), u"Testing"_s);
    QCOMPARE(skill.value(u"active"_s).toBool(), true);
    const Reply fetched
            = m_server->get(u"/api/v1/skills/%1"_s.arg(skill.value(u"id"_s).toInteger()));
    QCOMPARE(fetched.json(), skill);
    QCOMPARE(skillId(skill.value(u"name"_s).toString()), skill.value(u"id"_s).toInteger());
}

void TestProfilesSkills::fetchingOneSkill_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");

    QTest::addRow("a seeded skill") << QString::number(skillId(u"Python"_s)) << 200;
    QTest::addRow("unknown") << u"987654"_s << 404;
    QTest::addRow("not a number") << u"python"_s << 400;
}

void TestProfilesSkills::fetchingOneSkill()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    const Reply reply = m_server->get(u"/api/v1/skills/"_s + id);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json().value(u"name"_s).toString(), u"Python"_s);
        QCOMPARE(reply.json().value(u"category"_s).toString(), u"Software development"_s);
    }
}

void TestProfilesSkills::updatingASkill_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    QTest::addRow("rename and recategorise")
            << u"admin"_s << u"own"_s
            << QJsonObject { { u"name"_s, u"Renamed Skill %1"_s.arg(++m_counter) },
                             { u"category"_s, u"Other"_s } }
            << 200 << QString();
    QTest::addRow("clear the description")
            << u"super admin"_s << u"own"_s << QJsonObject { { u"description"_s, QJsonValue() } }
            << 200 << QString();
    QTest::addRow("deactivate") << u"admin"_s << u"own"_s << QJsonObject { { u"active"_s, false } }
                                << 200 << QString();
    QTest::addRow("a taken name, other case")
            << u"admin"_s << u"own"_s << QJsonObject { { u"name"_s, u"javascript"_s } } << 409
            << u"JavaScript"_s;
    QTest::addRow("empty name") << u"admin"_s << u"own"_s << QJsonObject { { u"name"_s, u""_s } }
                                << 400 << u"name"_s;
    QTest::addRow("active is not a boolean")
            << u"admin"_s << u"own"_s << QJsonObject { { u"active"_s, u"no"_s } } << 400
            << u"active"_s;
    QTest::addRow("unknown skill")
            << u"admin"_s << u"987654"_s << QJsonObject { { u"category"_s, u"Other"_s } } << 404
            << QString();
    QTest::addRow("support") << u"support"_s << u"own"_s
                             << QJsonObject { { u"category"_s, u"Other"_s } } << 403 << QString();
    QTest::addRow("talent") << u"talent"_s << u"own"_s
                            << QJsonObject { { u"category"_s, u"Other"_s } } << 403 << QString();
    QTest::addRow("anonymous") << QString() << u"own"_s
                               << QJsonObject { { u"category"_s, u"Other"_s } } << 401 << QString();
}

void TestProfilesSkills::updatingASkill()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, named);

    const qint64 own = addSkill(u"Editable Skill %1"_s.arg(++m_counter));
    QVERIFY(own > 0);
    const QString id = target == u"own"_s ? QString::number(own) : target;
    const QJsonObject before = m_server->get(u"/api/v1/skills/%1"_s.arg(own)).json();

    const Reply reply = m_server->patch(u"/api/v1/skills/"_s + id, body, tokenOf(who));
    QCOMPARE(reply.status, status);
    if (!named.isEmpty())
        QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    const QJsonObject after = m_server->get(u"/api/v1/skills/%1"_s.arg(own)).json();
    if (status != 200) {
        QCOMPARE(after, before);
        return;
    }
    QCOMPARE(reply.json(), after);
    for (auto field = body.begin(); field != body.end(); ++field)
        QCOMPARE(after.value(field.key()), field.value());
}

void TestProfilesSkills::deletingAnUnusedSkillRemovesIt()
{
    const qint64 id = addSkill(u"Short-lived Skill"_s);
    QVERIFY(id > 0);
    const Reply deleted = m_server->del(u"/api/v1/skills/%1"_s.arg(id), m_admin.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"deleted"_s).toBool(), true);
    QCOMPARE(m_server->get(u"/api/v1/skills/%1"_s.arg(id)).status, 404);
    QCOMPARE(m_server->del(u"/api/v1/skills/%1"_s.arg(id), m_admin.token).status, 404);
    // The name is free again.
    QVERIFY(addSkill(u"Short-lived Skill"_s) > 0);
}

void TestProfilesSkills::deletingASkillInUseDeactivatesIt()
{
    const TestUser holder = m_server->createUser(Role::Talent);
    const qint64 legacy = addSkill(u"Legacy Skill"_s);
    const qint64 python = skillId(u"Python"_s);
    QVERIFY(legacy > 0 && python > 0);
    const QJsonObject both { { u"skills"_s,
                               QJsonArray { skillEntry(legacy, u"expert"_s, 12),
                                            skillEntry(python, u"beginner"_s) } } };
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, both, holder.token).status, 200);

    const Reply deleted = m_server->del(u"/api/v1/skills/%1"_s.arg(legacy), m_admin.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"deleted"_s).toBool(), false);
    QVERIFY2(deleted.message().contains(u"deactivated"_s), qPrintable(deleted.message()));

    const Reply skill = m_server->get(u"/api/v1/skills/%1"_s.arg(legacy));
    QCOMPARE(skill.status, 200);
    QCOMPARE(skill.json().value(u"active"_s).toBool(), false);
    QCOMPARE(skill.json().value(u"talent_count"_s).toInteger(), 1);
    QCOMPARE(skillId(u"Legacy Skill"_s), 0); // no longer offered in the public list
    const Reply inactive
            = m_server->get(u"/api/v1/skills?status=inactive&q=legacy"_s, m_admin.token);
    QCOMPARE(valuesOf(inactive.json().value(u"data"_s), u"name"_s),
             QStringList { u"Legacy Skill"_s });

    // The holder's profile keeps it, and may keep it when they set their skills again...
    const Reply held = m_server->get(u"/api/v1/talents/me/skills"_s, holder.token);
    QCOMPARE(valuesOf(held.json().value(u"data"_s), u"name"_s),
             (QStringList { u"Legacy Skill"_s, u"Python"_s }));
    QCOMPARE(held.json().value(u"data"_s).toArray().at(0).toObject().value(u"active"_s).toBool(),
             false);
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, both, holder.token).status, 200);
    // ...but nobody else picks it any more.
    const Reply refused = m_server->put(
            u"/api/v1/talents/me/skills"_s,
            QJsonObject { { u"skills"_s, QJsonArray { skillEntry(legacy, u"advanced"_s) } } },
            m_otherTalent.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.message().contains(u"no longer offered"_s), qPrintable(refused.message()));
}

void TestProfilesSkills::deletingASkillOtherRecordsNameDeactivatesIt()
{
    // Jobs and trainings name skills through foreign keys of their own; a table of that shape
    // stands in for them here.
    QSqlDatabase db = m_server->context().db();
    QSqlQuery ddl(db); // PostgreSQL prepares no DDL
    QVERIFY(ddl.exec(u"CREATE TABLE IF NOT EXISTS test_skill_refs (skill_id BIGINT NOT NULL "
                     u"REFERENCES skills (id))"_s));
    const qint64 id = addSkill(u"Referenced Skill"_s);
    QVERIFY(id > 0);
    Sql(db, u"INSERT INTO test_skill_refs (skill_id) VALUES (:id)"_s).bind(u":id"_s, id).exec();

    const Reply deleted = m_server->del(u"/api/v1/skills/%1"_s.arg(id), m_admin.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.json().value(u"deleted"_s).toBool(), false);
    const Reply skill = m_server->get(u"/api/v1/skills/%1"_s.arg(id));
    QCOMPARE(skill.status, 200);
    QCOMPARE(skill.json().value(u"active"_s).toBool(), false);
    QCOMPARE(skill.json().value(u"talent_count"_s).toInteger(), 0);
}

void TestProfilesSkills::deletingASkillIsForAdmins_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfilesSkills::deletingASkillIsForAdmins()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const qint64 id = addSkill(u"Guarded Skill %1"_s.arg(++m_counter));
    QCOMPARE(m_server->del(u"/api/v1/skills/%1"_s.arg(id), tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/skills/%1"_s.arg(id)).status, 200);
}

// ---- Proficiency ----

void TestProfilesSkills::selectingSkillsReplacesTheSet()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const qint64 excel = skillId(u"Microsoft Excel"_s);
    const qint64 sql = skillId(u"SQL"_s);
    const qint64 teamwork = skillId(u"Teamwork"_s);
    QVERIFY(excel > 0 && sql > 0 && teamwork > 0);

    QCOMPARE(m_server->get(u"/api/v1/talents/me/skills"_s, talent.token).json().value(u"data"_s),
             QJsonValue(QJsonArray()));
    const Reply set
            = m_server->put(u"/api/v1/talents/me/skills"_s,
                            QJsonObject { { u"skills"_s,
                                            QJsonArray { skillEntry(teamwork, u"intermediate"_s),
                                                         skillEntry(sql, u"expert"_s, 6),
                                                         skillEntry(excel, u"advanced"_s, 3) } } },
                            talent.token);
    QCOMPARE(set.status, 200);
    const Reply fetched = m_server->get(u"/api/v1/talents/me/skills"_s, talent.token);
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.json(), set.json());
    const QJsonArray skills = fetched.json().value(u"data"_s).toArray();
    // Strongest first.
    QCOMPARE(valuesOf(skills, u"name"_s),
             (QStringList { u"SQL"_s, u"Microsoft Excel"_s, u"Teamwork"_s }));
    QCOMPARE(valuesOf(skills, u"level"_s),
             (QStringList { u"expert"_s, u"advanced"_s, u"intermediate"_s }));
    QCOMPARE(skills.at(0).toObject().value(u"years"_s).toInt(), 6);
    QVERIFY(skills.at(2).toObject().value(u"years"_s).isNull());
    QCOMPARE(skills.at(1).toObject().value(u"category"_s).toString(), u"Data and AI"_s);

    const Reply replaced = m_server->put(
            u"/api/v1/talents/me/skills"_s,
            QJsonObject { { u"skills"_s, QJsonArray { skillEntry(excel, u"beginner"_s) } } },
            talent.token);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(valuesOf(m_server->get(u"/api/v1/talents/me/skills"_s, talent.token)
                              .json()
                              .value(u"data"_s),
                      u"level"_s),
             QStringList { u"beginner"_s });

    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                           QJsonObject { { u"skills"_s, QJsonArray() } }, talent.token)
                     .status,
             200);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/skills"_s, talent.token).json().value(u"data"_s),
             QJsonValue(QJsonArray()));
}

void TestProfilesSkills::selectingSkillsChecksEveryEntry_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");

    const qint64 python = skillId(u"Python"_s);
    const qint64 go = skillId(u"Go"_s);
    QJsonArray tooMany;
    for (int i = 0; i < 51; ++i)
        tooMany.append(skillEntry(python, u"beginner"_s));
    const auto body = [](const QJsonArray &skills) {
        return QJsonObject { { u"skills"_s, skills } };
    };

    QTest::addRow("unknown skill")
            << body({ skillEntry(python, u"expert"_s), skillEntry(987654, u"expert"_s) })
            << u"skills[1].skill_id 987654 is not a known skill"_s;
    QTest::addRow("unknown level")
            << body({ skillEntry(python, u"guru"_s) }) << u"skills[0].level"_s;
    QTest::addRow("no level") << body({ QJsonObject { { u"skill_id"_s, python } } })
                              << u"skills[0].level"_s;
    QTest::addRow("negative years") << body({ QJsonObject {
            { u"skill_id"_s, python }, { u"level"_s, u"expert"_s }, { u"years"_s, -1 } } })
                                    << u"skills[0].years"_s;
    QTest::addRow("the same skill twice")
            << body({ skillEntry(go, u"expert"_s), skillEntry(go, u"beginner"_s) })
            << u"more than once"_s;
    QTest::addRow("more than 50") << body(tooMany) << u"at most 50"_s;
    QTest::addRow("no skills") << QJsonObject() << u"skills"_s;
    QTest::addRow("skill id is text")
            << body({ QJsonObject { { u"skill_id"_s, u"python"_s }, { u"level"_s, u"expert"_s } } })
            << u"skills[0].skill_id"_s;
}

void TestProfilesSkills::selectingSkillsChecksEveryEntry()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const TestUser talent = m_server->createUser(Role::Talent);
    const qint64 sql = skillId(u"SQL"_s);
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                           QJsonObject {
                                   { u"skills"_s, QJsonArray { skillEntry(sql, u"expert"_s) } } },
                           talent.token)
                     .status,
             200);

    const Reply reply = m_server->put(u"/api/v1/talents/me/skills"_s, body, talent.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    // Nothing changed.
    QCOMPARE(valuesOf(m_server->get(u"/api/v1/talents/me/skills"_s, talent.token)
                              .json()
                              .value(u"data"_s),
                      u"name"_s),
             QStringList { u"SQL"_s });
}

void TestProfilesSkills::skillsAreTheTalentsOwn_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfilesSkills::skillsAreTheTalentsOwn()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject body { { u"skills"_s,
                               QJsonArray { skillEntry(skillId(u"Python"_s), u"expert"_s) } } };
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, body, tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/skills"_s, tokenOf(who)).status, status);
}

QTEST_MAIN(TestProfilesSkills)
#include "tst_profiles_skills.moc"
