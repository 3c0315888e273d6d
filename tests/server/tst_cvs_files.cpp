// SPDX-License-Identifier: Apache-2.0
// A CV's files: rendered to PDF (read back with pdftotext) in every template, listed, linked and
// deleted, previewed without keeping anything, renders limited per person; and CVs uploaded as
// PDF or Word files, checked by their bytes, whose text is kept for search.
#include "areas/cvs.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

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

} // namespace

class TestCvsFiles : public QObject, public CvsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { m_server.reset(); }

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
};

void TestCvsFiles::pdfHoldsTheVisibleSectionsInOrderWithVerifiedMarks()
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

void TestCvsFiles::everyTemplateRendersSelectableTextInEmbeddedFonts_data()
{
    QTest::addColumn<QString>("look");
    for (const QString &look : { u"classic"_s, u"modern"_s, u"compact"_s })
        QTest::addRow("%s", qPrintable(look)) << look;
}

void TestCvsFiles::everyTemplateRendersSelectableTextInEmbeddedFonts()
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

void TestCvsFiles::generatedPdfsAreListedLinkedAndDeleted()
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

void TestCvsFiles::aPreviewShowsTheSavedCvAndKeepsNothing()
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

void TestCvsFiles::rendersAreLimitedPerPerson()
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

void TestCvsFiles::deletingACvTakesItsPdfs()
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

void TestCvsFiles::uploadedFilesAreCheckedByTheirBytes_data()
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

void TestCvsFiles::uploadedFilesAreCheckedByTheirBytes()
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

void TestCvsFiles::uploadedTextIsKeptForSearch()
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

QTEST_MAIN(TestCvsFiles)
#include "tst_cvs_files.moc"
