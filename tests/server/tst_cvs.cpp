// SPDX-License-Identifier: Apache-2.0
// CVs: several per talent, built from the profile and edited on their own, exported and imported
// as JSON Resume; and who may see them.
#include "areas/cvs.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCvs : public QObject, public CvsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

    // Building and editing
    void newCvIsPrefilledFromTheProfile();
    void eachCvIsEditedOnItsOwn();
    void badEditsNameTheField_data();
    void badEditsNameTheField();
    void onlyTalentsWriteTheirOwnCvs_data();
    void onlyTalentsWriteTheirOwnCvs();

    // Who sees them
    void talentsCvsAreSeenByThoseAllowed_data();
    void talentsCvsAreSeenByThoseAllowed();

    // JSON Resume
    void jsonResumeExportAndImportRoundTrip();
    void badJsonResumeNamesTheField();
};

void TestCvs::newCvIsPrefilledFromTheProfile()
{
    const Reply created = m_server->post(
            u"/api/v1/cvs"_s, QJsonObject { { u"template"_s, u"modern"_s } }, m_talent.token);
    QCOMPARE(created.status, 201);
    const QJsonObject cv = created.json();
    QCOMPARE(cv.value(u"template"_s).toString(), u"modern"_s);
    QCOMPARE(cv.value(u"source"_s).toString(), u"builder"_s);
    const QJsonObject document = cv.value(u"document"_s).toObject();
    const QJsonObject basics = document.value(u"basics"_s).toObject();
    QCOMPARE(basics.value(u"name"_s).toString(), u"Chiamaka Okonkwo"_s);
    QCOMPARE(basics.value(u"headline"_s).toString(), u"Data analyst"_s);
    QCOMPARE(basics.value(u"email"_s).toString(), m_talent.email);
    const QJsonArray sections = document.value(u"sections"_s).toArray();
    QCOMPARE(valuesOf(sections, u"type"_s),
             (QStringList { u"experience"_s, u"education"_s, u"skills"_s, u"certificates"_s,
                            u"languages"_s, u"projects"_s, u"links"_s, u"identity"_s,
                            u"trainings"_s, u"assessments"_s }));
    const QJsonObject job = findBy(sections, u"type"_s, u"experience"_s)
                                    .value(u"items"_s)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    QCOMPARE(job.value(u"title"_s).toString(), u"Data Analyst"_s);
    QCOMPARE(job.value(u"subtitle"_s).toString(), u"Paystack"_s);
    QCOMPARE(job.value(u"end"_s).toString(), u"Present"_s);
    const QJsonObject school
            = findBy(sections, u"type"_s, u"education"_s).value(u"items"_s).toArray().at(0).toObject();
    QCOMPARE(school.value(u"title"_s).toString(), u"University of Ibadan"_s);
    QCOMPARE(school.value(u"start"_s).toString(), u"2013"_s);
    QVERIFY(searchTextOf(cv.value(u"id"_s).toInteger()).contains(u"Paystack"_s));
    QCOMPARE(m_server->del(cvPath(cv.value(u"id"_s).toInteger()), m_talent.token).status, 200);
}

void TestCvs::eachCvIsEditedOnItsOwn()
{
    const qint64 first = createCv(m_otherTalent, { { u"title"_s, u"Sales"_s } });
    const qint64 second = createCv(m_otherTalent, { { u"title"_s, u"Support"_s } });
    QVERIFY(first > 0 && second > 0 && first != second);
    const QJsonArray sections {
        section(u"skills"_s, u"What I do"_s, false, { entry(u"Negotiation"_s) }),
        section(u"experience"_s, u"Jobs"_s, true, { entry(u"Sales lead"_s, u"Jumia"_s) }),
    };
    const Reply edited = m_server->patch(cvPath(first),
                                         QJsonObject { { u"title"_s, u"Sales roles"_s },
                                                       { u"template"_s, u"compact"_s },
                                                       { u"sections"_s, sections } },
                                         m_otherTalent.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"title"_s).toString(), u"Sales roles"_s);
    QCOMPARE(edited.json().value(u"template"_s).toString(), u"compact"_s);
    const QJsonArray stored = edited.json().value(u"document"_s)[u"sections"_s].toArray();
    QCOMPARE(valuesOf(stored, u"title"_s), (QStringList { u"What I do"_s, u"Jobs"_s }));
    QCOMPARE(stored.at(1)[u"hidden"_s].toBool(), true);
    QVERIFY(searchTextOf(first).contains(u"Negotiation"_s));

    const Reply other = m_server->get(cvPath(second), m_otherTalent.token);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json().value(u"title"_s).toString(), u"Support"_s);
    QCOMPARE(other.json().value(u"document"_s)[u"sections"_s].toArray().size(), 10);

    const Reply mine = m_server->get(u"/api/v1/cvs"_s, m_otherTalent.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(valuesOf(mine.json().value(u"data"_s), u"title"_s),
             (QStringList { u"Support"_s, u"Sales roles"_s }));
    QCOMPARE(mine.json().value(u"meta"_s)[u"total"_s].toInt(), 2);
}

void TestCvs::badEditsNameTheField_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QString tooLong(2001, u'x');
    QJsonArray manySections;
    for (int i = 0; i < 21; ++i)
        manySections.append(section(u"custom"_s, u"More"_s));
    QJsonArray manyItems;
    for (int i = 0; i < 41; ++i)
        manyItems.append(entry(u"Skill %1"_s.arg(i)));
    QTest::addRow("unknown template")
            << QJsonObject { { u"template"_s, u"fancy"_s } } << u"template"_s;
    QTest::addRow("empty title") << QJsonObject { { u"title"_s, u""_s } } << u"title"_s;
    QTest::addRow("unknown section")
            << QJsonObject { { u"sections"_s, QJsonArray { section(u"hobbies"_s, u"Fun"_s) } } }
            << u"sections[0].type"_s;
    QTest::addRow("section without a title")
            << QJsonObject { { u"sections"_s, QJsonArray { section(u"skills"_s, u""_s) } } }
            << u"sections[0].title"_s;
    QTest::addRow("too many sections")
            << QJsonObject { { u"sections"_s, manySections } } << u"sections"_s;
    QTest::addRow("too many items") << QJsonObject {
        { u"sections"_s, QJsonArray { section(u"skills"_s, u"Skills"_s, false, manyItems) } }
    } << u"sections[0].items"_s;
    QTest::addRow("description too long") << QJsonObject {
        { u"sections"_s,
          QJsonArray { section(
                  u"projects"_s, u"Projects"_s, false,
                  { QJsonObject { { u"title"_s, u"Site"_s }, { u"description"_s, tooLong } } }) } }
    } << u"sections[0].items[0].description"_s;
    QTest::addRow("items written into a verified section")
            << QJsonObject { { u"sections"_s,
                               QJsonArray { section(u"skills"_s, u"Skills"_s),
                                            section(u"trainings"_s, u"Trainings"_s, false,
                                                    { entry(u"A course I never took"_s) }) } } }
            << u"sections[1].items"_s;
    QTest::addRow("a verified section twice")
            << QJsonObject { { u"sections"_s,
                               QJsonArray { section(u"identity"_s, u"Identity"_s),
                                            section(u"identity"_s, u"Identity again"_s) } } }
            << u"sections[1].type"_s;
    QTest::addRow("basics name empty")
            << QJsonObject { { u"basics"_s, QJsonObject { { u"name"_s, u""_s } } } }
            << u"basics.name"_s;
}

void TestCvs::badEditsNameTheField()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply refused = m_server->patch(cvPath(m_cv), body, m_talent.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, field), qPrintable(refused.message()));
    // Nothing of it was kept.
    QCOMPARE(m_server->get(cvPath(m_cv), m_talent.token).json().value(u"title"_s).toString(),
             u"Analyst roles"_s);
}

void TestCvs::onlyTalentsWriteTheirOwnCvs_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<int>("expected");
    for (const auto &[method, tail] : { std::pair<QByteArray, QString> { "PATCH", QString() },
                                        std::pair<QByteArray, QString> { "DELETE", QString() },
                                        std::pair<QByteArray, QString> { "POST", u"/pdf"_s } }) {
        const QString name = QString::fromLatin1(method) + tail;
        QTest::addRow("%s by another talent", qPrintable(name))
                << u"other_talent"_s << method << tail << 404;
        QTest::addRow("%s by the employer", qPrintable(name))
                << u"employer"_s << method << tail << 403;
        QTest::addRow("%s by an admin", qPrintable(name)) << u"admin"_s << method << tail << 403;
        QTest::addRow("%s anonymously", qPrintable(name)) << QString() << method << tail << 401;
    }
    QTest::addRow("create by the employer")
            << u"employer"_s << QByteArray("POST") << u"create"_s << 403;
    QTest::addRow("create anonymously") << QString() << QByteArray("POST") << u"create"_s << 401;
}

void TestCvs::onlyTalentsWriteTheirOwnCvs()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, tail);
    QFETCH(int, expected);
    const QString path = tail == u"create"_s ? u"/api/v1/cvs"_s : cvPath(m_cv, tail);
    const QJsonValue body = method == "DELETE"
            ? QJsonValue()
            : QJsonValue(QJsonObject { { u"title"_s, u"Mine"_s } });
    QCOMPARE(m_server->call(method, path, body, tokenOf(who)).status, expected);
    QCOMPARE(m_server->get(cvPath(m_cv), m_talent.token).json().value(u"title"_s).toString(),
             u"Analyst roles"_s);
}

void TestCvs::talentsCvsAreSeenByThoseAllowed_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("expected");
    QTest::addRow("the talent") << u"talent"_s << 200;
    QTest::addRow("the company applied to") << u"employer"_s << 200;
    QTest::addRow("an admin") << u"admin"_s << 200;
    QTest::addRow("support") << u"support"_s << 200;
    QTest::addRow("another company") << u"other_employer"_s << 404;
    QTest::addRow("another talent") << u"other_talent"_s << 404;
    QTest::addRow("anonymous") << QString() << 401;
}

void TestCvs::talentsCvsAreSeenByThoseAllowed()
{
    QFETCH(QString, who);
    QFETCH(int, expected);
    const QString token = tokenOf(who);
    const Reply list = m_server->get(u"/api/v1/talents/%1/cvs"_s.arg(m_talent.id), token);
    QCOMPARE(list.status, expected);
    const Reply one = m_server->get(cvPath(m_cv), token);
    QCOMPARE(one.status, expected);
    const Reply pdfs = m_server->get(u"/api/v1/talents/%1/cvs/generated"_s.arg(m_talent.id), token);
    QCOMPARE(pdfs.status, expected);
    const Reply link = m_server->get(u"/api/v1/cvs/generated/%1/url"_s.arg(m_generated), token);
    QCOMPARE(link.status, expected);
    const Reply exported = m_server->get(cvPath(m_cv, u"/json-resume"_s), token);
    QCOMPARE(exported.status, expected);
    const Reply preview = m_server->get(cvPath(m_cv, u"/preview"_s), token);
    QCOMPARE(preview.status, expected);
    if (expected != 200) {
        QVERIFY(!one.body.contains("Chiamaka"));
        return;
    }
    QVERIFY(valuesOf(list.json().value(u"data"_s), u"title"_s).contains(u"Analyst roles"_s));
    QCOMPARE(one.json().value(u"document"_s)[u"basics"_s][u"name"_s].toString(),
             u"Chiamaka Okonkwo"_s);
    QCOMPARE(pdfs.json().value(u"meta"_s)[u"total"_s].toInt() >= 1, true);
    QVERIFY(download(link.json().value(u"url"_s).toString()).startsWith("%PDF-"));
    QVERIFY(pdfText(preview.body).contains(u"Chiamaka Okonkwo"_s));
}

void TestCvs::jsonResumeExportAndImportRoundTrip()
{
    const qint64 cv = createCv(m_talent, { { u"title"_s, u"Portable"_s } });
    const QJsonArray sections {
        section(u"languages"_s, u"Languages"_s, false,
                { QJsonObject { { u"title"_s, u"Yoruba"_s }, { u"level"_s, u"Native"_s } } }),
        section(u"experience"_s, u"Work"_s, false,
                { QJsonObject { { u"title"_s, u"Data Analyst"_s },
                                { u"subtitle"_s, u"Paystack"_s },
                                { u"start"_s, u"2019-03"_s },
                                { u"end"_s, u"Present"_s },
                                { u"description"_s, u"Dashboards"_s } } }),
        section(u"certificates"_s, u"Certificates"_s, true,
                { QJsonObject { { u"title"_s, u"Google Data Analytics"_s },
                                { u"subtitle"_s, u"Coursera"_s } } }),
        section(u"links"_s, u"Links"_s, false,
                { QJsonObject { { u"title"_s, u"GitHub"_s },
                                { u"url"_s, u"https://github.com/chiamaka"_s } } }),
        section(u"identity"_s, u"Identity"_s),
    };
    QCOMPARE(m_server->patch(cvPath(cv),
                             QJsonObject { { u"sections"_s, sections },
                                           { u"template"_s, u"modern"_s } },
                             m_talent.token)
                     .status,
             200);
    const Reply exported = m_server->get(cvPath(cv, u"/json-resume"_s), m_talent.token);
    QCOMPARE(exported.status, 200);
    const QJsonObject resume = exported.json();
    // JSON Resume's own fields.
    QCOMPARE(resume.value(u"basics"_s)[u"name"_s].toString(), u"Chiamaka Okonkwo"_s);
    QCOMPARE(resume.value(u"work"_s)[0][u"position"_s].toString(), u"Data Analyst"_s);
    QCOMPARE(resume.value(u"work"_s)[0][u"name"_s].toString(), u"Paystack"_s);
    QCOMPARE(resume.value(u"work"_s)[0][u"startDate"_s].toString(), u"2019-03"_s);
    QCOMPARE(resume.value(u"languages"_s)[0][u"language"_s].toString(), u"Yoruba"_s);
    QCOMPARE(resume.value(u"languages"_s)[0][u"fluency"_s].toString(), u"Native"_s);
    QCOMPARE(resume.value(u"certificates"_s)[0][u"issuer"_s].toString(), u"Coursera"_s);
    QCOMPARE(resume.value(u"basics"_s)[u"profiles"_s][0][u"network"_s].toString(), u"GitHub"_s);

    const Reply imported
            = m_server->post(u"/api/v1/cvs/json-resume"_s, resume, m_otherTalent.token);
    QCOMPARE(imported.status, 201);
    QCOMPARE(imported.json().value(u"title"_s).toString(), u"Portable"_s);
    QCOMPARE(imported.json().value(u"template"_s).toString(), u"modern"_s);
    const QJsonArray back = imported.json().value(u"document"_s)[u"sections"_s].toArray();
    QCOMPARE(valuesOf(back, u"type"_s).mid(0, 5),
             (QStringList { u"languages"_s, u"experience"_s, u"certificates"_s, u"links"_s,
                            u"identity"_s }));
    QCOMPARE(back.at(1)[u"title"_s].toString(), u"Work"_s);
    QCOMPARE(back.at(2)[u"hidden"_s].toBool(), true);
    QCOMPARE(back.at(1)[u"items"_s][0].toObject(), sections.at(1)[u"items"_s][0].toObject());
    // Exported again, the import says the same.
    const Reply again
            = m_server->get(cvPath(imported.json().value(u"id"_s).toInteger(), u"/json-resume"_s),
                            m_otherTalent.token);
    QCOMPARE(again.json().value(u"work"_s), resume.value(u"work"_s));
    QCOMPARE(again.json().value(u"basics"_s), resume.value(u"basics"_s));
    QCOMPARE(again.json().value(u"certificates"_s), resume.value(u"certificates"_s));
    QCOMPARE(m_server->del(cvPath(cv), m_talent.token).status, 200);
    QCOMPARE(m_server->del(cvPath(imported.json().value(u"id"_s).toInteger()), m_otherTalent.token)
                     .status,
             200);
}

void TestCvs::badJsonResumeNamesTheField()
{
    const QJsonObject tooLong {
        { u"work"_s, QJsonArray { QJsonObject { { u"position"_s, QString(201, u'x') } } } }
    };
    const Reply refused = m_server->post(u"/api/v1/cvs/json-resume"_s, tooLong, m_talent.token);
    QCOMPARE(refused.status, 400);
    QVERIFY2(namesMessage(refused, u"work[0].position"_s), qPrintable(refused.message()));
    const Reply badTemplate = m_server->post(
            u"/api/v1/cvs/json-resume"_s,
            QJsonObject { { u"meta"_s,
                            QJsonObject { { u"worknation"_s,
                                            QJsonObject { { u"template"_s, u"neon"_s } } } } } },
            m_talent.token);
    QCOMPARE(badTemplate.status, 400);
    QVERIFY(namesMessage(badTemplate, u"meta.worknation.template"_s));
    QCOMPARE(m_server->post(u"/api/v1/cvs/json-resume"_s, QJsonObject {}, m_employer.token).status,
             403);
    QCOMPARE(m_server->post(u"/api/v1/cvs/json-resume"_s, QJsonObject {}).status, 401);
}

QTEST_MAIN(TestCvs)
#include "tst_cvs.moc"
