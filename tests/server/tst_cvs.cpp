// SPDX-License-Identifier: Apache-2.0
// CVs: several per talent, built from the profile and edited on their own, rendered to PDF (read
// back with pdftotext), uploaded as PDF or Word files whose text is kept, exported and imported
// as JSON Resume; and who may see them.
#include "fixtures.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

QString cvPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/cvs/%1%2"_s.arg(id).arg(tail);
}

QJsonObject section(const QString &type, const QString &title, bool hidden = false,
                    const QJsonArray &items = {})
{
    QJsonObject json { { u"type"_s, type }, { u"title"_s, title }, { u"hidden"_s, hidden } };
    if (!items.isEmpty())
        json.insert(u"items"_s, items);
    return json;
}

QJsonObject entry(const QString &title, const QString &subtitle = {})
{
    QJsonObject json { { u"title"_s, title } };
    if (!subtitle.isEmpty())
        json.insert(u"subtitle"_s, subtitle);
    return json;
}

/** A ZIP archive of @p parts (name -> bytes), as a Word document or any other ZIP is. */
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray buffer(1024 * 1024, '\0');
    size_t used = 0;
    archive *zip = archive_write_new();
    archive_write_set_format_zip(zip);
    archive_write_open_memory(zip, buffer.data(), size_t(buffer.size()), &used);
    for (const auto &[name, bytes] : parts) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_size(entry, bytes.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(zip, entry);
        archive_write_data(zip, bytes.constData(), size_t(bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(zip);
    archive_write_free(zip);
    buffer.truncate(qsizetype(used));
    return buffer;
}

QByteArray wordDocument(const QStringList &paragraphs)
{
    QByteArray body;
    for (const QString &paragraph : paragraphs)
        body += "<w:p><w:r><w:t>" + paragraph.toHtmlEscaped().toUtf8() + "</w:t></w:r></w:p>";
    return zipOf({ { u"[Content_Types].xml"_s,
                     "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                     "package/2006/content-types\"><Override PartName=\"/word/document.xml\" "
                     "ContentType=\"application/vnd.openxmlformats-officedocument."
                     "wordprocessingml.document.main+xml\"/></Types>" },
                   { u"word/document.xml"_s,
                     "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas."
                     "openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                             + body + "</w:body></w:document>" } });
}

/** The text pdftotext reads from @p pdf, in reading order. */
QString pdfText(const QByteArray &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s });
    if (!pdftotext.waitForStarted())
        return {};
    pdftotext.write(pdf);
    pdftotext.closeWriteChannel();
    pdftotext.waitForFinished();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

class TestCvs : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
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

    // PDFs
    void pdfHoldsTheVisibleSectionsInOrderWithVerifiedMarks();
    void everyTemplateRendersSelectableTextInEmbeddedFonts_data();
    void everyTemplateRendersSelectableTextInEmbeddedFonts();
    void generatedPdfsAreListedLinkedAndDeleted();
    void aPreviewShowsTheSavedCvAndKeepsNothing();
    void rendersAreLimitedPerPerson();
    void deletingACvTakesItsPdfs();

    // Uploads
    void uploadedFilesAreCheckedByTheirBytes_data();
    void uploadedFilesAreCheckedByTheirBytes();
    void uploadedTextIsKeptForSearch();

    // JSON Resume
    void jsonResumeExportAndImportRoundTrip();
    void badJsonResumeNamesTheField();

private:
    qint64 createCv(const TestUser &talent, const QJsonObject &body = {});
    QString searchTextOf(qint64 cvId);
    QByteArray download(const QString &url);

    TestUser m_otherEmployer;
    TestUser m_otherTalent;
    qint64 m_cv = 0; ///< the talent's CV the reading tests look at
    qint64 m_generated = 0;
};

void TestCvs::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils, see scripts/setup) reads the PDFs back");
    startWithStaff();
    m_otherEmployer = castUser(u"other_employer"_s, Role::Employer);
    m_otherTalent = castUser(u"other_talent"_s, Role::Talent);
    Sql(m_server->context().db(),
        u"UPDATE users SET first_name = 'Chiamaka', last_name = 'Okonkwo' WHERE id = :id"_s)
            .bind(u":id"_s, m_talent.id)
            .exec();
    const Reply profile = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject {
                    { u"headline"_s, u"Data analyst"_s },
                    { u"bio"_s, u"I turn payment records into decisions."_s },
                    { u"experience"_s,
                      QJsonArray { QJsonObject { { u"company"_s, u"Paystack"_s },
                                                 { u"title"_s, u"Data Analyst"_s },
                                                 { u"start_month"_s, u"2019-03"_s },
                                                 { u"current"_s, true } } } },
                    { u"education"_s,
                      QJsonArray { QJsonObject { { u"school_name"_s, u"University of Ibadan"_s },
                                                 { u"course"_s, u"Statistics"_s },
                                                 { u"start_year"_s, 2013 },
                                                 { u"end_year"_s, 2017 } } } },
            },
            m_talent.token);
    QCOMPARE(profile.status, 200);
    // The talent applied to the employer's job, so the employer (not the other) sees the CVs.
    const qint64 job = publishJob(*m_server, m_employer, u"Data analyst"_s);
    QVERIFY(job > 0);
    QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                            m_talent.token)
                     .status,
             201);
    m_cv = createCv(m_talent, { { u"title"_s, u"Analyst roles"_s } });
    QVERIFY(m_cv > 0);
    const Reply generated = m_server->post(cvPath(m_cv, u"/pdf"_s), QJsonObject {}, m_talent.token);
    QCOMPARE(generated.status, 201);
    m_generated = generated.json().value(u"id"_s).toInteger();
}

qint64 TestCvs::createCv(const TestUser &talent, const QJsonObject &body)
{
    const Reply created = m_server->post(u"/api/v1/cvs"_s, body, talent.token);
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

QString TestCvs::searchTextOf(qint64 cvId)
{
    return Sql(m_server->context().db(), u"SELECT search_text FROM cvs WHERE id = :id"_s)
            .bind(u":id"_s, cvId)
            .single()
            .text(u"search_text"_s);
}

QByteArray TestCvs::download(const QString &url)
{
    const Reply file = m_server->get(pathOf(url)); // a signed link needs no token
    return file.status == 200 ? file.body : QByteArray();
}

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

void TestCvs::pdfHoldsTheVisibleSectionsInOrderWithVerifiedMarks()
{
    // What the platform checked: an identity number, a completed training, an assessment.
    QSqlDatabase db = m_server->context().db();
    Sql(db, u"UPDATE users SET bvn_verified_at = :now WHERE id = :id"_s)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, m_talent.id)
            .exec();
    const qint64 training
            = Sql(db,
                  u"INSERT INTO trainings (company_id, created_by, title, slug, description, "
                  u"mode, status, created_at, updated_at) VALUES (:company, :owner, "
                  u"'SQL for analysts', 'sql-for-analysts-cv', 'Queries', 'online', "
                  u"'completed', :now, :now) RETURNING id"_s)
                      .bind(u":company"_s, *m_employer.companyId)
                      .bind(u":owner"_s, m_employer.id)
                      .bind(u":now"_s, nowText())
                      .single()
                      .id(u"id"_s);
    Sql(db,
        u"INSERT INTO training_applications (training_id, talent_id, status, completed_at, "
        u"created_at, updated_at) VALUES (:training, :talent, 'completed', :now, :now, :now)"_s)
            .bind(u":training"_s, training)
            .bind(u":talent"_s, m_talent.id)
            .bind(u":now"_s, nowText())
            .exec();
    const SqlRow instrument
            = Sql(db, u"SELECT id, title FROM assessment_instruments ORDER BY id LIMIT 1"_s).single();
    const qint64 attempt
            = Sql(db,
                  u"INSERT INTO assessment_attempts (instrument_id, user_id, status, "
                  u"question_ids, started_at, submitted_at) VALUES (:instrument, :talent, "
                  u"'submitted', '[]', :now, :now) RETURNING id"_s)
                      .bind(u":instrument"_s, instrument.id(u"id"_s))
                      .bind(u":talent"_s, m_talent.id)
                      .bind(u":now"_s, nowText())
                      .single()
                      .id(u"id"_s);
    Sql(db,
        u"INSERT INTO assessment_results (attempt_id, instrument_id, user_id, percent, latest, "
        u"details, created_at) VALUES (:attempt, :instrument, :talent, 82, TRUE, '{}', :now)"_s)
            .bind(u":attempt"_s, attempt)
            .bind(u":instrument"_s, instrument.id(u"id"_s))
            .bind(u":talent"_s, m_talent.id)
            .bind(u":now"_s, nowText())
            .exec();

    const qint64 cv = createCv(m_talent, { { u"title"_s, u"Ordered"_s } });
    QVERIFY(cv > 0);
    const Reply loaded = m_server->get(cvPath(cv), m_talent.token);
    QCOMPARE(loaded.json().value(u"verified"_s)[u"trainings"_s][0][u"title"_s].toString(),
             u"SQL for analysts"_s);
    const QJsonArray sections {
        section(u"skills"_s, u"Toolbox"_s, false, { entry(u"PostgreSQL"_s, u"Daily"_s) }),
        section(u"trainings"_s, u"Trainings completed"_s),
        section(u"experience"_s, u"Career"_s, false, { entry(u"Data Analyst"_s, u"Paystack"_s) }),
        section(u"education"_s, u"Schooling"_s, true, { entry(u"University of Ibadan"_s) }),
        section(u"identity"_s, u"Identity"_s),
        section(u"assessments"_s, u"Assessments taken"_s),
    };
    QCOMPARE(m_server->patch(cvPath(cv), QJsonObject { { u"sections"_s, sections } }, m_talent.token)
                     .status,
             200);
    const Reply generated = m_server->post(cvPath(cv, u"/pdf"_s), QJsonObject {}, m_talent.token);
    QCOMPARE(generated.status, 201);
    const QByteArray pdf = download(generated.json().value(u"url"_s).toString());
    QVERIFY(pdf.startsWith("%PDF-"));
    // As a reader sees it: where a line breaks is the layout's business.
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(u"Chiamaka Okonkwo"_s), qPrintable(text));
    // The sections in the CV's order, the hidden one left out.
    const QStringList order { u"Toolbox"_s,
                              u"PostgreSQL"_s,
                              u"Trainings completed"_s,
                              u"SQL for analysts"_s,
                              u"Career"_s,
                              u"Paystack"_s,
                              u"Identity"_s,
                              u"BVN verified"_s,
                              u"Assessments taken"_s,
                              instrument.text(u"title"_s),
                              u"82%"_s };
    qsizetype at = 0;
    for (const QString &words : order) {
        const qsizetype found = text.indexOf(words, at);
        QVERIFY2(found >= 0,
                 qPrintable(u"\"%1\" after position %2 in:\n%3"_s.arg(words).arg(at).arg(text)));
        at = found + words.size();
    }
    QVERIFY(!text.contains(u"Schooling"_s));
    QVERIFY(!text.contains(u"University of Ibadan"_s));
    // Each verified section says so; the talent's own do not.
    QVERIFY2(text.count(u"Verified by Worknation"_s) == 3, qPrintable(text));
    const qsizetype mark = text.indexOf(u"Verified by Worknation"_s);
    QVERIFY(mark > text.indexOf(u"Trainings completed"_s));
    QVERIFY(mark < text.indexOf(u"Career"_s));
    QCOMPARE(m_server->del(cvPath(cv), m_talent.token).status, 200);
}

void TestCvs::everyTemplateRendersSelectableTextInEmbeddedFonts_data()
{
    QTest::addColumn<QString>("look");
    for (const QString &look : { u"classic"_s, u"modern"_s, u"compact"_s })
        QTest::addRow("%s", qPrintable(look)) << look;
}

void TestCvs::everyTemplateRendersSelectableTextInEmbeddedFonts()
{
    QFETCH(QString, look);
    const qint64 cv = createCv(m_otherTalent, { { u"template"_s, look } });
    QVERIFY(cv > 0);
    const Reply generated
            = m_server->post(cvPath(cv, u"/pdf"_s), QJsonObject {}, m_otherTalent.token);
    QCOMPARE(generated.status, 201);
    QCOMPARE(generated.json().value(u"template"_s).toString(), look);
    const QByteArray pdf = download(generated.json().value(u"url"_s).toString());
    QVERIFY(pdf.contains("/FontFile2")); // the TrueType fonts travel inside the file
    QVERIFY(pdfText(pdf).contains(u"Test talent"_s, Qt::CaseInsensitive));
    QCOMPARE(m_server->del(cvPath(cv), m_otherTalent.token).status, 200);
}

void TestCvs::generatedPdfsAreListedLinkedAndDeleted()
{
    const qint64 cv = createCv(m_talent, { { u"title"_s, u"Short-lived"_s } });
    const Reply generated = m_server->post(cvPath(cv, u"/pdf"_s), QJsonObject {}, m_talent.token);
    QCOMPARE(generated.status, 201);
    const qint64 id = generated.json().value(u"id"_s).toInteger();
    QCOMPARE(generated.json().value(u"cv_id"_s).toInteger(), cv);

    const Reply mine = m_server->get(u"/api/v1/cvs/generated"_s, m_talent.token);
    QCOMPARE(mine.status, 200);
    QCOMPARE(
            findBy(mine.json().value(u"data"_s).toArray(), u"id"_s, id).value(u"title"_s).toString(),
            u"Short-lived"_s);
    QCOMPARE(m_server->get(u"/api/v1/cvs/generated"_s, m_employer.token).status, 403);

    const Reply link = m_server->get(u"/api/v1/cvs/generated/%1/url"_s.arg(id), m_talent.token);
    QCOMPARE(link.status, 200);
    QVERIFY(link.json().value(u"expires_in_seconds"_s).toInt() > 0);
    const QString url = link.json().value(u"url"_s).toString();
    QVERIFY(download(url).startsWith("%PDF-"));
    // A forged link is refused.
    QString forged = pathOf(url);
    forged.replace(forged.lastIndexOf(u'/') - 4, 4, u"AAAA"_s);
    QVERIFY(m_server->get(forged).status != 200);

    QCOMPARE(m_server->del(u"/api/v1/cvs/generated/%1"_s.arg(id), m_otherTalent.token).status, 404);
    QCOMPARE(m_server->del(u"/api/v1/cvs/generated/%1"_s.arg(id), m_employer.token).status, 403);
    QCOMPARE(m_server->del(u"/api/v1/cvs/generated/%1"_s.arg(id), m_talent.token).status, 200);
    QCOMPARE(m_server->get(u"/api/v1/cvs/generated/%1/url"_s.arg(id), m_talent.token).status, 404);
    QCOMPARE(m_server->get(pathOf(url)).status, 404);
    QCOMPARE(m_server->del(cvPath(cv), m_talent.token).status, 200);
}

void TestCvs::aPreviewShowsTheSavedCvAndKeepsNothing()
{
    const qint64 cv = createCv(m_talent, { { u"title"_s, u"Looked at"_s } });
    QCOMPARE(m_server->patch(cvPath(cv),
                             QJsonObject { { u"sections"_s,
                                             QJsonArray { section(u"skills"_s, u"Tools I use"_s,
                                                                  false, { entry(u"SQL"_s) }) } } },
                             m_talent.token)
                     .status,
             200);
    const auto pdfsKept = [this] {
        return m_server->get(u"/api/v1/cvs/generated"_s, m_talent.token)
                .json()
                .value(u"meta"_s)[u"total"_s]
                .toInt();
    };
    const int before = pdfsKept();
    const Reply preview = m_server->get(cvPath(cv, u"/preview"_s), m_talent.token);
    QCOMPARE(preview.status, 200);
    QVERIFY(preview.body.startsWith("%PDF-"));
    const QString text = pdfText(preview.body);
    QVERIFY2(text.contains(u"Tools I use"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Experience"_s)); // the saved sections, not the profile's
    QCOMPARE(pdfsKept(), before);
    QCOMPARE(m_server->get(cvPath(cv, u"/preview"_s), m_otherTalent.token).status, 404);
    QCOMPARE(m_server->get(cvPath(999999, u"/preview"_s), m_talent.token).status, 404);
    QCOMPARE(m_server->del(cvPath(cv), m_talent.token).status, 200);
}

void TestCvs::rendersAreLimitedPerPerson()
{
    // Each render runs a process: a person gets a few a minute, and then a 429 that says when.
    TestServer server({ { u"cvs/renders_per_minute"_s, u"2"_s } });
    const TestUser talent = server.createUser(Role::Talent);
    const TestUser other = server.createUser(Role::Talent);
    const auto cvOf = [&server](const TestUser &owner) {
        return server.post(u"/api/v1/cvs"_s, QJsonObject { { u"title"_s, u"Busy"_s } }, owner.token)
                .json()
                .value(u"id"_s)
                .toInteger();
    };
    const qint64 cv = cvOf(talent);
    QCOMPARE(server.get(cvPath(cv, u"/preview"_s), talent.token).status, 200);
    QCOMPARE(server.post(cvPath(cv, u"/pdf"_s), QJsonObject(), talent.token).status, 201);
    const Reply refused = server.get(cvPath(cv, u"/preview"_s), talent.token);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(server.post(cvPath(cv, u"/pdf"_s), QJsonObject(), talent.token).status, 429);
    // Someone else's renders are their own.
    QCOMPARE(server.get(cvPath(cvOf(other), u"/preview"_s), other.token).status, 200);
}

void TestCvs::deletingACvTakesItsPdfs()
{
    const qint64 cv = createCv(m_otherTalent);
    const Reply generated
            = m_server->post(cvPath(cv, u"/pdf"_s), QJsonObject {}, m_otherTalent.token);
    QCOMPARE(generated.status, 201);
    const QString url = generated.json().value(u"url"_s).toString();
    QCOMPARE(m_server->del(cvPath(cv), m_otherTalent.token).status, 200);
    QCOMPARE(m_server->get(cvPath(cv), m_otherTalent.token).status, 404);
    QCOMPARE(m_server->get(pathOf(url)).status, 404);
    QCOMPARE(m_server->get(u"/api/v1/cvs/generated/%1/url"_s.arg(
                                   generated.json().value(u"id"_s).toInteger()),
                           m_otherTalent.token)
                     .status,
             404);
    QCOMPARE(m_server->del(cvPath(cv), m_otherTalent.token).status, 404);
}

void TestCvs::uploadedFilesAreCheckedByTheirBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("type");
    QTest::addRow("a PDF") << tinyPdf() << QByteArray("application/pdf") << 201
                           << u"application/pdf"_s;
    QTest::addRow("a Word document")
            << wordDocument({ u"Kept as it came"_s }) << QByteArray("application/octet-stream")
            << 201 << u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s;
    QTest::addRow("a PNG sent as a PDF")
            << tinyPng() << QByteArray("application/pdf") << 415 << QString();
    QTest::addRow("a ZIP that is no Word document")
            << zipOf({ { u"notes.txt"_s, "hello" } })
            << QByteArray("application/vnd.openxmlformats-officedocument.wordprocessingml."
                          "document")
            << 415 << QString();
    QTest::addRow("plain text") << QByteArray("My CV: ten years of sales")
                                << QByteArray("application/pdf") << 415 << QString();
}

void TestCvs::uploadedFilesAreCheckedByTheirBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(int, expected);
    QFETCH(QString, type);
    const Reply uploaded = m_server->raw("POST", u"/api/v1/cvs/upload?title=Old%20CV"_s, bytes,
                                         contentType, m_otherTalent.token);
    QCOMPARE(uploaded.status, expected);
    if (expected != 201)
        return;
    const QJsonObject cv = uploaded.json();
    QCOMPARE(cv.value(u"source"_s).toString(), u"upload"_s);
    QCOMPARE(cv.value(u"title"_s).toString(), u"Old CV"_s);
    QCOMPARE(cv.value(u"file"_s)[u"content_type"_s].toString(), type);
    QCOMPARE(download(cv.value(u"file"_s)[u"url"_s].toString()), bytes);
    // An uploaded CV keeps its file: its sections are not edited, nor rendered.
    const qint64 id = cv.value(u"id"_s).toInteger();
    QCOMPARE(m_server->patch(cvPath(id),
                             QJsonObject { { u"sections"_s,
                                             QJsonArray { section(u"skills"_s, u"S"_s) } } },
                             m_otherTalent.token)
                     .status,
             422);
    QCOMPARE(m_server->post(cvPath(id, u"/pdf"_s), QJsonObject {}, m_otherTalent.token).status, 422);
    QCOMPARE(m_server->get(cvPath(id, u"/preview"_s), m_otherTalent.token).status, 422);
    QCOMPARE(m_server->del(cvPath(id), m_otherTalent.token).status, 200);
}

void TestCvs::uploadedTextIsKeptForSearch()
{
    QCOMPARE(m_server->raw("POST", u"/api/v1/cvs/upload"_s, tinyPdf(), "application/pdf").status,
             401);
    QCOMPARE(m_server->raw("POST", u"/api/v1/cvs/upload"_s, tinyPdf(), "application/pdf",
                           m_employer.token)
                     .status,
             403);
    const Reply word = m_server->raw(
            "POST", u"/api/v1/cvs/upload"_s,
            wordDocument({ u"Ngozi Eze"_s, u"Logistics coordinator at GIG Logistics"_s }),
            "application/octet-stream", m_otherTalent.token);
    QCOMPARE(word.status, 201);
    QVERIFY(word.json().value(u"has_search_text"_s).toBool());
    const QString wordText = searchTextOf(word.json().value(u"id"_s).toInteger());
    QVERIFY2(wordText.contains(u"Logistics coordinator at GIG Logistics"_s), qPrintable(wordText));
    // Its words find the talent in the employers' candidate search, until the CV is deleted.
    const auto foundByCv = [&] {
        const QJsonArray found = m_server->get(u"/api/v1/candidates?q=GIG"_s, m_employer.token)
                                         .json()
                                         .value(u"data"_s)
                                         .toArray();
        return std::any_of(found.begin(), found.end(), [&](const QJsonValue &one) {
            return one.toObject().value(u"id"_s).toInteger() == m_otherTalent.id;
        });
    };
    QVERIFY(foundByCv());

    // A PDF with text (one the server made) reads back through pdftotext in the sandbox.
    const Reply link
            = m_server->get(u"/api/v1/cvs/generated/%1/url"_s.arg(m_generated), m_talent.token);
    const QByteArray pdf = download(link.json().value(u"url"_s).toString());
    QVERIFY(pdf.startsWith("%PDF-"));
    const Reply uploaded = m_server->raw("POST", u"/api/v1/cvs/upload"_s, pdf, "application/pdf",
                                         m_otherTalent.token);
    QCOMPARE(uploaded.status, 201);
    const QString pdfWords = searchTextOf(uploaded.json().value(u"id"_s).toInteger());
    QVERIFY2(pdfWords.contains(u"Chiamaka Okonkwo"_s), qPrintable(pdfWords));
    QVERIFY(pdfWords.contains(u"Paystack"_s));
    for (const Reply &cv : { word, uploaded })
        QCOMPARE(m_server->del(cvPath(cv.json().value(u"id"_s).toInteger()), m_otherTalent.token)
                         .status,
                 200);
    QVERIFY(!foundByCv());
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
