// SPDX-License-Identifier: Apache-2.0
// Talent profiles: the skills catalogue, a talent's skills with proficiency, the profile itself
// (personal data, education, experience, preferences, private accommodations), the intro video,
// and how all of it counts towards profile completion.
#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QDate>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** The start of an MP4 file: an ftyp box (brand isom) and an empty mdat box. */
QByteArray tinyMp4()
{
    return QByteArray::fromHex("000000186674797069736f6d0000020069736f6d69736f32")
            + QByteArray::fromHex("0000000866726565") + QByteArray::fromHex("000000106d646174")
            + QByteArray(8, '\x11');
}

/** An EBML header whose doctype is webm. */
QByteArray tinyWebm()
{
    return QByteArray::fromHex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d"
                               "42878102428581021853806701000000000000")
            + QByteArray(16, '\0');
}

/** A QuickTime movie: an ftyp box with brand "qt  ". */
QByteArray tinyMov()
{
    return QByteArray::fromHex("00000014667479707174202020050300717420200000000877696465")
            + QByteArray(16, '\0');
}

QByteArray tinyPng()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000a49444154789c63000100000500010d0a2db400000000"
                               "49454e44ae426082");
}

QByteArray tinyPdf()
{
    return QByteArrayLiteral("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                             "trailer\n<< /Root 1 0 R >>\n%%EOF\n");
}

QString pathOf(const QString &url)
{
    return QUrl(url).path(QUrl::FullyEncoded);
}

QStringList valuesOf(const QJsonValue &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonValue value = item.toObject().value(key);
        values.append(value.isDouble() ? QString::number(value.toInteger()) : value.toString());
    }
    return values;
}

QJsonObject skillEntry(qint64 id, const QString &level, int years = -1)
{
    QJsonObject entry { { u"skill_id"_s, id }, { u"level"_s, level } };
    if (years >= 0)
        entry.insert(u"years"_s, years);
    return entry;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void closingAnAccountTakesTheProfileWithIt();

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

    // The profile
    void updatingTheProfileChangesOnlyWhatIsSent();
    void listsSentReplaceTheStoredOnes();
    void aNigerianStateIsNormalised();
    void profileUpdateNamesTheBadValue_data();
    void profileUpdateNamesTheBadValue();
    void profileUpdateIsForTalents_data();
    void profileUpdateIsForTalents();
    void profileIsReadByItsTalentAndStaff_data();
    void profileIsReadByItsTalentAndStaff();

    // The intro video
    void uploadingAnIntroVideo_data();
    void uploadingAnIntroVideo();
    void aNewIntroVideoReplacesThePrevious();
    void attachingAPresignedVideo_data();
    void attachingAPresignedVideo();

    // Completion
    void profileCompletionCountsTheTalentProfile();

private:
    QString tokenOf(const QString &who) const;
    qint64 skillId(const QString &name);
    qint64 addSkill(const QString &name, const QString &category = u"Testing"_s);
    QString presignedVideoKey(const TestUser &owner, const QString &kind, const QByteArray &bytes);

    std::unique_ptr<TestServer> m_server;
    TestUser m_talent;
    TestUser m_otherTalent;
    TestUser m_employer;
    TestUser m_support;
    TestUser m_admin;
    TestUser m_superAdmin;
    qint64 m_schoolId = 0;
    int m_counter = 0;
};

void TestProfiles::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_talent = m_server->createUser(Role::Talent);
    m_otherTalent = m_server->createUser(Role::Talent);
    m_employer = m_server->createUser(Role::Employer);
    m_support = m_server->createUser(Role::Support);
    m_admin = m_server->createUser(Role::Admin);
    m_superAdmin = m_server->createUser(Role::SuperAdmin);

    // Reference rows of our own, whatever the shipped lists hold.
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

QString TestProfiles::tokenOf(const QString &who) const
{
    const QHash<QString, QString> tokens {
        { u"talent"_s, m_talent.token },     { u"other talent"_s, m_otherTalent.token },
        { u"employer"_s, m_employer.token }, { u"support"_s, m_support.token },
        { u"admin"_s, m_admin.token },       { u"super admin"_s, m_superAdmin.token }
    };
    return tokens.value(who);
}

qint64 TestProfiles::skillId(const QString &name)
{
    const Reply found = m_server->get(u"/api/v1/skills?q="_s
                                      + QString::fromLatin1(QUrl::toPercentEncoding(name)));
    for (const QJsonValue &skill : found.json().value(u"data"_s).toArray()) {
        if (skill.toObject().value(u"name"_s).toString() == name)
            return skill.toObject().value(u"id"_s).toInteger();
    }
    return 0;
}

qint64 TestProfiles::addSkill(const QString &name, const QString &category)
{
    const Reply added = m_server->post(
            u"/api/v1/skills"_s, QJsonObject { { u"name"_s, name }, { u"category"_s, category } },
            m_admin.token);
    return added.status == 201 ? added.json().value(u"id"_s).toInteger() : 0;
}

QString TestProfiles::presignedVideoKey(const TestUser &owner, const QString &kind,
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

// ---- The catalogue ----

void TestProfiles::theCatalogueIsSeededWithCategories()
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

void TestProfiles::startingAgainKeepsTheAdminsChanges()
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

void TestProfiles::catalogueSearchesNamesAndFiltersCategories_data()
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

void TestProfiles::catalogueSearchesNamesAndFiltersCategories()
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

void TestProfiles::inactiveSkillsAreListedForStaffOnly_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfiles::inactiveSkillsAreListedForStaffOnly()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const Reply reply = m_server->get(u"/api/v1/skills?status=inactive"_s, tokenOf(who));
    QCOMPARE(reply.status, status);
    for (const QJsonValue &skill : reply.json().value(u"data"_s).toArray())
        QCOMPARE(skill.toObject().value(u"active"_s).toBool(), false);
}

void TestProfiles::addingASkill_data()
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

void TestProfiles::addingASkill()
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

void TestProfiles::fetchingOneSkill_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");

    QTest::addRow("a seeded skill") << QString::number(skillId(u"Python"_s)) << 200;
    QTest::addRow("unknown") << u"987654"_s << 404;
    QTest::addRow("not a number") << u"python"_s << 400;
}

void TestProfiles::fetchingOneSkill()
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

void TestProfiles::updatingASkill_data()
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

void TestProfiles::updatingASkill()
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

void TestProfiles::deletingAnUnusedSkillRemovesIt()
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

void TestProfiles::deletingASkillInUseDeactivatesIt()
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

void TestProfiles::deletingASkillOtherRecordsNameDeactivatesIt()
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

void TestProfiles::deletingASkillIsForAdmins_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("talent") << u"talent"_s << 403;
    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfiles::deletingASkillIsForAdmins()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const qint64 id = addSkill(u"Guarded Skill %1"_s.arg(++m_counter));
    QCOMPARE(m_server->del(u"/api/v1/skills/%1"_s.arg(id), tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/skills/%1"_s.arg(id)).status, 200);
}

// ---- Proficiency ----

void TestProfiles::selectingSkillsReplacesTheSet()
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

void TestProfiles::selectingSkillsChecksEveryEntry_data()
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

void TestProfiles::selectingSkillsChecksEveryEntry()
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

void TestProfiles::skillsAreTheTalentsOwn_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfiles::skillsAreTheTalentsOwn()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject body { { u"skills"_s,
                               QJsonArray { skillEntry(skillId(u"Python"_s), u"expert"_s) } } };
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, body, tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/skills"_s, tokenOf(who)).status, status);
}

// ---- The profile ----

void TestProfiles::updatingTheProfileChangesOnlyWhatIsSent()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply first = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"headline"_s, u"Data analyst"_s },
                          { u"bio"_s, u"I turn spreadsheets into decisions."_s },
                          { u"linkedin_url"_s, u"https://www.linkedin.com/in/ada-obi"_s },
                          { u"gender"_s, u"female"_s },
                          { u"date_of_birth"_s, u"1995-04-12"_s },
                          { u"desired_career_level"_s, u"TEST_SENIOR"_s },
                          { u"salary_expectation"_s,
                            QJsonObject { { u"min"_s, 400000 }, { u"max"_s, 650000 } } },
                          { u"willing_to_relocate"_s, true } },
            talent.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"headline"_s).toString(), u"Data analyst"_s);
    QCOMPARE(first.json().value(u"desired_career_level"_s).toObject(),
             (QJsonObject { { u"code"_s, u"test_senior"_s }, { u"name"_s, u"Test senior"_s } }));
    QCOMPARE(first.json().value(u"salary_expectation"_s).toObject(),
             (QJsonObject { { u"min"_s, 400000 },
                            { u"max"_s, 650000 },
                            { u"period"_s, u"monthly"_s },
                            { u"currency"_s, u"NGN"_s } }));

    const Reply second = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"phone_number"_s, u"+2348098765432"_s }, { u"bio"_s, QJsonValue() } },
            talent.token);
    QCOMPARE(second.status, 200);
    const Reply profile = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token);
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json(), second.json());
    const QJsonObject json = profile.json();
    QCOMPARE(json.value(u"id"_s).toInteger(), talent.id);
    QCOMPARE(json.value(u"phone_number"_s).toString(), u"+2348098765432"_s);
    QVERIFY(json.value(u"bio"_s).isNull());
    QCOMPARE(json.value(u"headline"_s).toString(), u"Data analyst"_s);
    QCOMPARE(json.value(u"linkedin_url"_s).toString(), u"https://www.linkedin.com/in/ada-obi"_s);
    QCOMPARE(json.value(u"gender"_s).toString(), u"female"_s);
    QCOMPARE(json.value(u"date_of_birth"_s).toString(), u"1995-04-12"_s);
    QCOMPARE(json.value(u"willing_to_relocate"_s).toBool(), true);
    QCOMPARE(json.value(u"first_name"_s).toString(), u"Test"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"Lagos"_s);
    QVERIFY(!json.contains(u"company_id"_s));

    // Clearing the salary expectation.
    const Reply cleared = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                          QJsonObject { { u"salary_expectation"_s, QJsonValue() } },
                                          talent.token);
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json().value(u"salary_expectation"_s).isNull());
    QCOMPARE(cleared.json().value(u"headline"_s).toString(), u"Data analyst"_s);
}

void TestProfiles::listsSentReplaceTheStoredOnes()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QJsonObject full {
        { u"education"_s,
          QJsonArray { QJsonObject { { u"school_id"_s, m_schoolId },
                                     { u"education_level"_s, u"test_bsc"_s },
                                     { u"course"_s, u"Computer Science"_s },
                                     { u"start_year"_s, 2012 },
                                     { u"end_year"_s, 2016 } },
                       QJsonObject { { u"school_name"_s, u"Kings College, Lagos"_s },
                                     { u"start_year"_s, 2006 },
                                     { u"end_year"_s, 2012 } } } },
        { u"experience"_s,
          QJsonArray { QJsonObject { { u"company"_s, u"Paystack"_s },
                                     { u"title"_s, u"Data Analyst"_s },
                                     { u"start_month"_s, u"2019-03"_s },
                                     { u"current"_s, true },
                                     { u"description"_s, u"Dashboards for the payments team"_s } },
                       QJsonObject { { u"company"_s, u"Andela"_s },
                                     { u"title"_s, u"Intern"_s },
                                     { u"start_month"_s, u"2017-01"_s },
                                     { u"end_month"_s, u"2018-12"_s } } } },
        { u"job_preferences"_s, QJsonArray { u"test_remote"_s, u"test_contract"_s } },
        { u"disabilities"_s, QJsonArray { u"test_visual"_s } },
        { u"accommodation_needs"_s, u"Screen reader friendly documents"_s },
    };
    const Reply set = m_server->patch(u"/api/v1/talents/me/profile"_s, full, talent.token);
    QCOMPARE(set.status, 200);
    const QJsonObject profile = set.json();
    const QJsonArray education = profile.value(u"education"_s).toArray();
    QCOMPARE(education.size(), 2);
    QCOMPARE(education.at(0).toObject().value(u"school_name"_s).toString(),
             u"Test University of Lagos"_s);
    QCOMPARE(education.at(0).toObject().value(u"school_id"_s).toInteger(), m_schoolId);
    QCOMPARE(education.at(0).toObject().value(u"education_level"_s).toObject().value(u"name"_s),
             QJsonValue(u"Test bachelor"_s));
    QCOMPARE(education.at(1).toObject().value(u"school_name"_s).toString(),
             u"Kings College, Lagos"_s);
    QVERIFY(education.at(1).toObject().value(u"school_id"_s).isNull());
    const QJsonArray experience = profile.value(u"experience"_s).toArray();
    QCOMPARE(valuesOf(experience, u"company"_s), (QStringList { u"Paystack"_s, u"Andela"_s }));
    QCOMPARE(experience.at(0).toObject().value(u"current"_s).toBool(), true);
    QVERIFY(experience.at(0).toObject().value(u"end_month"_s).isNull());
    QCOMPARE(experience.at(1).toObject().value(u"end_month"_s).toString(), u"2018-12"_s);
    QCOMPARE(valuesOf(profile.value(u"job_preferences"_s), u"code"_s),
             (QStringList { u"test_contract"_s, u"test_remote"_s }));
    const QJsonObject accommodations = profile.value(u"accommodations"_s).toObject();
    QCOMPARE(valuesOf(accommodations.value(u"disabilities"_s), u"name"_s),
             QStringList { u"Test visual"_s });
    QCOMPARE(accommodations.value(u"needs"_s).toString(), u"Screen reader friendly documents"_s);

    // A list sent replaces the stored one; lists not sent stay.
    const Reply replaced = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"education"_s,
                            QJsonArray { QJsonObject {
                                    { u"school_name"_s, u"Yaba College of Technology"_s } } } },
                          { u"job_preferences"_s, QJsonArray() } },
            talent.token);
    QCOMPARE(replaced.status, 200);
    QCOMPARE(valuesOf(replaced.json().value(u"education"_s), u"school_name"_s),
             QStringList { u"Yaba College of Technology"_s });
    QCOMPARE(replaced.json().value(u"job_preferences"_s), QJsonValue(QJsonArray()));
    QCOMPARE(replaced.json().value(u"experience"_s).toArray().size(), 2);
    QCOMPARE(replaced.json().value(u"accommodations"_s), profile.value(u"accommodations"_s));
}

void TestProfiles::aNigerianStateIsNormalised()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply moved = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                        QJsonObject { { u"state"_s, u"fct"_s } }, talent.token);
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json().value(u"state"_s).toString(), u"Abuja Federal Capital Territory"_s);

    const Reply abroad = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject { { u"country"_s, u"gh"_s }, { u"state"_s, u"Greater Accra"_s } },
            talent.token);
    QCOMPARE(abroad.status, 200);
    QCOMPARE(abroad.json().value(u"country_code"_s).toString(), u"GH"_s);
    QCOMPARE(abroad.json().value(u"state"_s).toString(), u"Greater Accra"_s);

    // Back to Nigeria without a Nigerian state is refused.
    const Reply back = m_server->patch(u"/api/v1/talents/me/profile"_s,
                                       QJsonObject { { u"country"_s, u"NG"_s } }, talent.token);
    QCOMPARE(back.status, 400);
    QVERIFY2(back.message().contains(u"state"_s), qPrintable(back.message()));
}

void TestProfiles::profileUpdateNamesTheBadValue_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");

    const auto education = [](const QJsonObject &entry) {
        return QJsonObject { { u"education"_s, QJsonArray { entry } } };
    };
    const auto experience = [](const QJsonObject &entry) {
        return QJsonObject { { u"experience"_s, QJsonArray { entry } } };
    };
    const QJsonObject job { { u"company"_s, u"Flutterwave"_s },
                            { u"title"_s, u"Engineer"_s },
                            { u"start_month"_s, u"2020-05"_s } };
    auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const QString nextYear = QString::number(QDate::currentDate().year() + 1);

    QTest::addRow("unknown education level")
            << education({ { u"school_name"_s, u"UNILAG"_s }, { u"education_level"_s, u"phd_x"_s } })
            << u"education[0].education_level phd_x"_s;
    QTest::addRow("unknown school")
            << education({ { u"school_id"_s, 987654 } }) << u"education[0].school_id 987654"_s;
    QTest::addRow("no school") << education({ { u"course"_s, u"Law"_s } })
                               << u"education[0].school_name"_s;
    QTest::addRow("ends before it starts") << education({ { u"school_name"_s, u"UNILAG"_s },
                                                          { u"start_year"_s, 2016 },
                                                          { u"end_year"_s, 2012 } })
                                           << u"education[0].end_year"_s;
    QTest::addRow("year out of range")
            << education({ { u"school_name"_s, u"UNILAG"_s }, { u"start_year"_s, 1800 } })
            << u"education[0].start_year"_s;
    QTest::addRow("unknown job preference") << QJsonObject {
        { u"job_preferences"_s, QJsonArray { u"test_remote"_s, u"astronaut"_s } }
    } << u"job_preferences[1] astronaut"_s;
    QTest::addRow("unknown disability")
            << QJsonObject { { u"disabilities"_s, QJsonArray { u"flying"_s } } }
            << u"disabilities[0] flying"_s;
    QTest::addRow("unknown career level")
            << QJsonObject { { u"desired_career_level"_s, u"emperor"_s } }
            << u"desired_career_level emperor"_s;
    QTest::addRow("current job with an end")
            << experience(with(with(job, u"current"_s, true), u"end_month"_s, u"2021-01"_s))
            << u"experience[0].end_month"_s;
    QTest::addRow("job ends before it starts")
            << experience(with(job, u"end_month"_s, u"2019-01"_s)) << u"experience[0].end_month"_s;
    QTest::addRow("job starts in the future")
            << experience(with(job, u"start_month"_s, nextYear + u"-01"_s))
            << u"experience[0].start_month"_s;
    QTest::addRow("month not YYYY-MM") << experience(with(job, u"start_month"_s, u"05/2020"_s))
                                       << u"experience[0].start_month"_s;
    QTest::addRow("job without a title")
            << experience({ { u"company"_s, u"Flutterwave"_s }, { u"start_month"_s, u"2020-05"_s } })
            << u"experience[0].title"_s;
    QTest::addRow("salary range upside down") << QJsonObject {
        { u"salary_expectation"_s, QJsonObject { { u"min"_s, 900000 }, { u"max"_s, 100000 } } }
    } << u"salary_expectation.max"_s;
    QTest::addRow("negative salary") << QJsonObject {
        { u"salary_expectation"_s, QJsonObject { { u"min"_s, -1 }, { u"max"_s, 100000 } } }
    } << u"salary_expectation.min"_s;
    QTest::addRow("not a LinkedIn URL")
            << QJsonObject { { u"linkedin_url"_s, u"https://example.com/ada"_s } }
            << u"linkedin_url"_s;
    QTest::addRow("portfolio without a scheme")
            << QJsonObject { { u"portfolio_url"_s, u"ada.dev"_s } } << u"portfolio_url"_s;
    QTest::addRow("younger than sixteen") << QJsonObject {
        { u"date_of_birth"_s, QDate::currentDate().addYears(-15).toString(Qt::ISODate) }
    } << u"date_of_birth"_s;
    QTest::addRow("not a Nigerian state")
            << QJsonObject { { u"state"_s, u"Atlantis"_s } } << u"state"_s;
    QTest::addRow("unknown country") << QJsonObject { { u"country"_s, u"QQ"_s } } << u"country"_s;
    QTest::addRow("new country, old state")
            << QJsonObject { { u"country"_s, u"GH"_s } } << u"state should not be empty"_s;
    QTest::addRow("unknown gender") << QJsonObject { { u"gender"_s, u"robot"_s } } << u"gender"_s;
    QTest::addRow("empty first name")
            << QJsonObject { { u"first_name"_s, u" "_s } } << u"first_name"_s;
    QTest::addRow("headline too long")
            << QJsonObject { { u"headline"_s, QString(151, u'h') } } << u"headline"_s;
    QTest::addRow("two problems at once")
            << QJsonObject { { u"gender"_s, u"robot"_s }, { u"willing_to_relocate"_s, u"yes"_s } }
            << u"willing_to_relocate"_s;
}

void TestProfiles::profileUpdateNamesTheBadValue()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const QJsonObject before
            = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token).json();

    const Reply reply = m_server->patch(u"/api/v1/talents/me/profile"_s, body, m_talent.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token).json(), before);
}

void TestProfiles::profileUpdateIsForTalents_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");

    QTest::addRow("employer") << u"employer"_s << 403;
    QTest::addRow("admin") << u"admin"_s << 403;
    QTest::addRow("support") << u"support"_s << 403;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestProfiles::profileUpdateIsForTalents()
{
    QFETCH(QString, who);
    QFETCH(int, status);
    const QJsonObject body { { u"headline"_s, u"Hijacked"_s } };
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s, body, tokenOf(who)).status, status);
    QCOMPARE(m_server->get(u"/api/v1/talents/me/profile"_s, tokenOf(who)).status, status);
}

void TestProfiles::profileIsReadByItsTalentAndStaff_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");

    QTest::addRow("the talent") << u"talent"_s << u"talent"_s << 200;
    QTest::addRow("admin") << u"admin"_s << u"talent"_s << 200;
    QTest::addRow("super admin") << u"super admin"_s << u"talent"_s << 200;
    QTest::addRow("support") << u"support"_s << u"talent"_s << 200;
    QTest::addRow("another talent") << u"other talent"_s << u"talent"_s << 404;
    QTest::addRow("employer") << u"employer"_s << u"talent"_s << 403;
    QTest::addRow("anonymous") << QString() << u"talent"_s << 401;
    QTest::addRow("admin, not a talent") << u"admin"_s << u"employer"_s << 404;
    QTest::addRow("admin, unknown id") << u"admin"_s << u"987654"_s << 404;
    QTest::addRow("admin, id not a number") << u"admin"_s << u"me2"_s << 400;
}

void TestProfiles::profileIsReadByItsTalentAndStaff()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(int, status);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"disabilities"_s, QJsonArray { u"test_visual"_s } },
                                           { u"accommodation_needs"_s, u"Large print"_s } },
                             m_talent.token)
                     .status,
             200);
    const QString id = target == u"talent"_s ? QString::number(m_talent.id)
            : target == u"employer"_s        ? QString::number(m_employer.id)
                                             : target;

    const Reply reply = m_server->get(u"/api/v1/talents/%1/profile"_s.arg(id), tokenOf(who));
    QCOMPARE(reply.status, status);
    if (status != 200) {
        QVERIFY(!reply.json().contains(u"accommodations"_s));
        QVERIFY(!reply.body.contains("Large print"));
        return;
    }
    QCOMPARE(reply.json().value(u"id"_s).toInteger(), m_talent.id);
    QCOMPARE(reply.json().value(u"accommodations"_s).toObject().value(u"needs"_s).toString(),
             u"Large print"_s);
}

// ---- The intro video ----

void TestProfiles::uploadingAnIntroVideo_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");

    QTest::addRow("mp4") << u"talent"_s << tinyMp4() << 200 << u"video/mp4"_s;
    QTest::addRow("webm") << u"talent"_s << tinyWebm() << 200 << u"video/webm"_s;
    QTest::addRow("quicktime") << u"talent"_s << tinyMov() << 200 << u"video/quicktime"_s;
    QTest::addRow("a picture") << u"talent"_s << tinyPng() << 415 << QString();
    QTest::addRow("a pdf") << u"talent"_s << tinyPdf() << 415 << QString();
    QTest::addRow("empty") << u"talent"_s << QByteArray() << 400 << QString();
    QTest::addRow("employer") << u"employer"_s << tinyMp4() << 403 << QString();
    QTest::addRow("anonymous") << QString() << tinyMp4() << 401 << QString();
}

void TestProfiles::uploadingAnIntroVideo()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, type);
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString token = who == u"talent"_s ? talent.token : tokenOf(who);

    const Reply reply = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, body,
                                      "application/octet-stream", token);
    QCOMPARE(reply.status, status);
    const QJsonValue video = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                                     .json()
                                     .value(u"intro_video"_s);
    if (status != 200) {
        QVERIFY(video.isNull());
        return;
    }
    const QJsonObject uploaded = reply.json().value(u"intro_video"_s).toObject();
    QCOMPARE(uploaded.value(u"content_type"_s).toString(), type);
    QCOMPARE(uploaded.value(u"kind"_s).toString(), u"video"_s);
    QCOMPARE(video.toObject(), uploaded);
    const Reply download = m_server->get(pathOf(uploaded.value(u"url"_s).toString()));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, body);
}

void TestProfiles::aNewIntroVideoReplacesThePrevious()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const Reply first = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(),
                                      "video/mp4", talent.token);
    const Reply second = m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyWebm(),
                                       "video/webm", talent.token);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const QString firstKey
            = first.json().value(u"intro_video"_s).toObject().value(u"key"_s).toString();
    const QString secondKey
            = second.json().value(u"intro_video"_s).toObject().value(u"key"_s).toString();
    QVERIFY(firstKey != secondKey);
    const QJsonObject video = m_server->get(u"/api/v1/talents/me/profile"_s, talent.token)
                                      .json()
                                      .value(u"intro_video"_s)
                                      .toObject();
    QCOMPARE(video.value(u"key"_s).toString(), secondKey);
    QCOMPARE(video.value(u"content_type"_s).toString(), u"video/webm"_s);
}

void TestProfiles::attachingAPresignedVideo_data()
{
    QTest::addColumn<QString>("fileKey");
    QTest::addColumn<int>("status");

    QTest::addRow("own video") << presignedVideoKey(m_talent, u"video"_s, tinyMp4()) << 200;
    QTest::addRow("another talent's video")
            << presignedVideoKey(m_otherTalent, u"video"_s, tinyMp4()) << 404;
    QTest::addRow("own CV") << presignedVideoKey(m_talent, u"cv"_s, tinyPdf()) << 422;
    QTest::addRow("unknown key") << u"0123456789abcdef0123456789abcdef.mp4"_s << 404;
    QTest::addRow("not a key") << u"../../etc/passwd"_s << 404;
    QTest::addRow("no key") << QString() << 400;
}

void TestProfiles::attachingAPresignedVideo()
{
    QFETCH(QString, fileKey);
    QFETCH(int, status);
    const QJsonValue before = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                      .json()
                                      .value(u"intro_video"_s);

    const Reply reply = m_server->put(u"/api/v1/talents/me/intro-video"_s,
                                      QJsonObject { { u"file_key"_s, fileKey } }, m_talent.token);
    QCOMPARE(reply.status, status);
    const QJsonValue after = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                     .json()
                                     .value(u"intro_video"_s);
    if (status == 200) {
        QCOMPARE(after.toObject().value(u"key"_s).toString(), fileKey);
        QCOMPARE(after.toObject().value(u"content_type"_s).toString(), u"video/mp4"_s);
    } else {
        QCOMPARE(after, before);
    }
}

// ---- Completion ----

void TestProfiles::profileCompletionCountsTheTalentProfile()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    const QString path = u"/api/v1/users/%1/profile-completion"_s.arg(talent.id);
    auto progress = [&] { return m_server->get(path, talent.token).json(); };
    auto missing
            = [](const QJsonObject &json) { return valuesOf(json.value(u"missing"_s), u"item"_s); };
    const QStringList profileItems { u"skills"_s, u"education"_s, u"experience"_s,
                                     u"job_preferences"_s, u"intro_video"_s };

    QJsonObject last = progress();
    for (const QString &item : profileItems)
        QVERIFY2(missing(last).contains(item), qPrintable(missing(last).join(u", "_s)));
    // The most valuable missing item is still the identity check.
    QCOMPARE(last.value(u"next"_s).toObject().value(u"item"_s).toString(), u"identity"_s);

    const auto step = [&](const QString &item, bool expectDone) {
        const QJsonObject now = progress();
        QCOMPARE(missing(now).contains(item), !expectDone);
        if (expectDone)
            QVERIFY2(now.value(u"percentage"_s).toInt() > last.value(u"percentage"_s).toInt(),
                     qPrintable(item));
        else
            QCOMPARE(now.value(u"percentage"_s).toInt(), last.value(u"percentage"_s).toInt());
        last = now;
    };

    // Two skills are not enough; three are.
    const QJsonArray two { skillEntry(skillId(u"Python"_s), u"advanced"_s),
                           skillEntry(skillId(u"SQL"_s), u"intermediate"_s) };
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, QJsonObject { { u"skills"_s, two } },
                           talent.token)
                     .status,
             200);
    step(u"skills"_s, false);
    QJsonArray three = two;
    three.append(skillEntry(skillId(u"Communication"_s), u"expert"_s));
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s, QJsonObject { { u"skills"_s, three } },
                           talent.token)
                     .status,
             200);
    step(u"skills"_s, true);

    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"education"_s,
                                             QJsonArray { QJsonObject {
                                                     { u"school_name"_s, u"UNILAG"_s } } } } },
                             talent.token)
                     .status,
             200);
    step(u"education"_s, true);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"experience"_s,
                                             QJsonArray { QJsonObject {
                                                     { u"company"_s, u"Kuda"_s },
                                                     { u"title"_s, u"Analyst"_s },
                                                     { u"start_month"_s, u"2021-02"_s } } } } },
                             talent.token)
                     .status,
             200);
    step(u"experience"_s, true);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject {
                                     { u"job_preferences"_s, QJsonArray { u"test_remote"_s } } },
                             talent.token)
                     .status,
             200);
    step(u"job_preferences"_s, true);
    QCOMPARE(m_server->raw("POST", u"/api/v1/talents/me/intro-video"_s, tinyMp4(), "video/mp4",
                           talent.token)
                     .status,
             200);
    step(u"intro_video"_s, true);

    const QStringList completed = valuesOf(last.value(u"completed"_s), u"item"_s);
    for (const QString &item : profileItems)
        QVERIFY2(completed.contains(item), qPrintable(completed.join(u", "_s)));
    QVERIFY(last.value(u"percentage"_s).toInt() < 100); // no picture, no identity check yet
}

void TestProfiles::closingAnAccountTakesTheProfileWithIt()
{
    const TestUser talent = m_server->createUser(Role::Talent);
    QSqlDatabase db = m_server->context().db();
    const qint64 skill = Sql(db, u"SELECT id FROM skills WHERE active = TRUE ORDER BY id LIMIT 1"_s)
                                 .scalar()
                                 .toLongLong();
    QCOMPARE(m_server->put(u"/api/v1/talents/me/skills"_s,
                           QJsonObject {
                                   { u"skills"_s,
                                     QJsonArray { QJsonObject { { u"skill_id"_s, skill },
                                                                { u"level"_s, u"expert"_s } } } } },
                           talent.token)
                     .status,
             200);
    QCOMPARE(m_server->patch(u"/api/v1/talents/me/profile"_s,
                             QJsonObject { { u"accommodation_needs"_s, u"Step-free access"_s } },
                             talent.token)
                     .status,
             200);
    QCOMPARE(m_server->del(u"/api/v1/users/%1"_s.arg(talent.id), talent.token).status, 200);
    for (const QString &table : { u"talent_skills"_s, u"talent_profiles"_s }) {
        Sql q(db, u"SELECT COUNT(*) FROM %1 WHERE user_id = :id"_s.arg(table));
        QCOMPARE(q.bind(u":id"_s, talent.id).scalar().toInt(), 0);
    }
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
