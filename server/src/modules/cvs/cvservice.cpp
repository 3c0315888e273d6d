// SPDX-License-Identifier: Apache-2.0
#include "cvservice.h"

#include "cvdocument.h"
#include "cvtext.h"

#include "core/auth/companyaccess.h"
#include "core/auth/principal.h"
#include "core/auth/ratelimiter.h"
#include "core/database.h"
#include "core/http/blank.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/storage.h"
#include "modules/files/fileaccess.h"
#include "modules/files/filelifecycle.h"

#include <wn/common/apierror.h>
#include <wn/common/cvs.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString builder = u"builder"_s;
const QString uploaded = u"upload"_s;

QJsonObject jsonFrom(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

constexpr auto cvColumns = "c.id, c.user_id, c.title, c.template, c.source, c.file_key, "
                           "c.file_type, c.search_text, c.created_at, c.updated_at";

constexpr auto generatedColumns
        = "g.id, g.cv_id, g.user_id, g.file_key, g.title, g.template, g.size_bytes, g.created_at";

template<typename Row>
QJsonObject generatedJson(const Storage &storage, const Row &q)
{
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s, u"cv_id"_s, u"user_id"_s, u"size_bytes"_s },
                                .texts = { u"title"_s, u"template"_s, u"created_at"_s } });
    json.insert(u"url"_s, storage.signedUrl(q.text(u"file_key"_s)));
    return json;
}

/** The generated PDF @p id, its generatedColumns; 404 when there is none. */
SqlRow generatedRow(QSqlDatabase db, qint64 id)
{
    return Sql(db,
               u"SELECT %1 FROM generated_cvs g WHERE g.id = :id"_s.arg(
                       QString::fromLatin1(generatedColumns)))
            .bind(u":id"_s, id)
            .found(u"Generated CV not found"_s);
}

/** A CV as lists show it: without its document. */
template<typename Row>
QJsonObject cvSummaryJson(const Storage &storage, const Row &q)
{
    QJsonObject json = jsonOf(q,
                              { .ids = { u"id"_s, u"user_id"_s },
                                .texts = { u"title"_s, u"template"_s, u"source"_s, u"created_at"_s,
                                           u"updated_at"_s } });
    json.insert(u"has_search_text"_s, !q.text(u"search_text"_s).isEmpty());
    if (!q.text(u"file_key"_s).isEmpty()) {
        json.insert(u"file"_s,
                    QJsonObject { { u"content_type"_s, q.text(u"file_type"_s) },
                                  { u"url"_s, storage.signedUrl(q.text(u"file_key"_s)) } });
    }
    return json;
}

/** The CV's owner and source; 404 when there is no such CV. */
SqlRow cvRow(QSqlDatabase db, qint64 cvId)
{
    return Sql(db,
               u"SELECT id, user_id, source, title, template, document, file_key FROM cvs "
               u"WHERE id = :id"_s)
            .bind(u":id"_s, cvId)
            .found(u"CV not found"_s);
}

/** The talent's own CV, for a change; 404 for anyone else's. */
SqlRow ownCv(QSqlDatabase db, const Principal &talent, qint64 cvId)
{
    const SqlRow row = cvRow(db, cvId);
    if (row.id(u"user_id"_s) != talent.userId)
        throw ApiError::notFound(u"CV not found"_s);
    return row;
}

/** 422 with @p refusal (given @p most) when the talent keeps @p most rows of @p table already:
 *  the CVs or the generated PDFs one may keep. */
void checkRoom(QSqlDatabase db, const QString &table, qint64 talentId, qint64 most,
               const QString &refusal)
{
    // The table is one of the callers' two, never a request's word.
    const qint64 count = Sql(db, u"SELECT COUNT(*) AS n FROM %1 WHERE user_id = :user"_s.arg(table))
                                 .bind(u":user"_s, talentId)
                                 .single()
                                 .id(u"n"_s);
    if (count >= most)
        throw ApiError::unprocessable(refusal.arg(most));
}

/** 422 when the talent keeps as many CVs as one may. */
void checkRoomForCv(QSqlDatabase db, qint64 talentId)
{
    checkRoom(db, u"cvs"_s, talentId, CvService::maxCvs,
              u"You have %1 CVs, as many as you may keep: delete one first"_s);
}

/** Refuses a talent's PDF past the number they may keep. */
void checkRoomForPdf(QSqlDatabase db, qint64 userId)
{
    checkRoom(db, u"generated_cvs"_s, userId, CvService::maxGenerated,
              u"You keep %1 generated PDFs, as many as you may: delete some first"_s);
}

/** What search_text holds for @p text: never NULL, an empty text for a CV without words. */
QString storedSearchText(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

/** Keeps a new CV of @p talentId holding @p values, a built one's or an uploaded one's, if the
 *  talent has room for one more: its id. */
qint64 insertCv(QSqlDatabase db, qint64 talentId, const SqlValues &values)
{
    Transaction tx(db);
    checkRoomForCv(db, talentId);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(
            db, u"cvs"_s,
            SqlValues { { u"user_id"_s, talentId } } + values
                    + SqlValues { { u"created_at"_s, now }, { u"updated_at"_s, now } });
    tx.commit();
    return id;
}

/** A CV built in the editor: @p document, its basics and sections. */
SqlValues builtCv(const QString &title, const QString &templateName, const QJsonObject &document)
{
    return { { u"title"_s, title },
             { u"template"_s, templateName },
             { u"source"_s, builder },
             { u"document"_s, jsonText(document) },
             { u"search_text"_s, storedSearchText(CvDocument::searchText(document)) } };
}

/** 422 for an uploaded CV: it is a file already, and only a built one renders. */
void checkRenders(const SqlRow &cv)
{
    if (cv.text(u"source"_s) == uploaded)
        throw ApiError::unprocessable(u"An uploaded CV is already a file: download it"_s);
}

} // namespace

CvService::CvService(ServerContext &context)
    : m_context(context)
    , m_renderer(context.config)
{ }

void CvService::checkMayRead(QSqlDatabase db, const Principal &viewer, qint64 talentId) const
{
    if (viewer.userId == talentId || viewer.isStaff())
        return;
    // A company sees the CVs of a talent who applied to one of its jobs, as it sees the
    // application; any other company is told there is nothing.
    const qint64 company = companyReadBy(db, viewer, u"applications.read"_s);
    if (company == 0 || !appliedToCompany(db, talentId, company))
        throw ApiError::notFound(u"No CVs of this talent for you to see"_s);
}

QJsonObject CvService::cvJson(QSqlDatabase db, qint64 cvId) const
{
    const SqlRow cv = Sql(db,
                          u"SELECT %1, c.document FROM cvs c WHERE c.id = :id"_s.arg(
                                  QString::fromLatin1(cvColumns)))
                              .bind(u":id"_s, cvId)
                              .found(u"CV not found"_s);
    QJsonObject json = cvSummaryJson(*m_context.storage, cv);
    json.insert(u"document"_s, jsonFrom(cv.text(u"document"_s)));
    json.insert(u"verified"_s, CvDocument::verifiedItems(db, cv.id(u"user_id"_s)));
    return json;
}

QJsonObject CvService::create(const Principal &talent, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s });
    QSqlDatabase db = m_context.db();
    const qint64 id
            = insertCv(db, talent.userId,
                       builtCv(input.value(u"title"_s).toString(u"My CV"_s),
                               input.value(u"template"_s).toString(cvTemplates().constFirst()),
                               CvDocument::fromProfile(db, talent.userId)));
    return cvJson(db, id);
}

QJsonObject CvService::update(const Principal &talent, qint64 cvId, const QJsonObject &input)
{
    refuseBlank(input, { u"title"_s });
    // A CV is of someone: its name may change, never go.
    if (input.contains(u"basics"_s)
        && input.value(u"basics"_s)[u"name"_s].toString(u"x"_s).trimmed().isEmpty())
        throw ApiError::badRequest(QStringList { u"basics.name should not be empty"_s });
    if (input.contains(u"sections"_s))
        CvDocument::checkSections(input.value(u"sections"_s).toArray());
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow cv = ownCv(db, talent, cvId);
    QJsonObject document = jsonFrom(cv.text(u"document"_s));
    const bool changesDocument = input.contains(u"basics"_s) || input.contains(u"sections"_s);
    if (changesDocument && cv.text(u"source"_s) == uploaded)
        throw ApiError::unprocessable(
                u"An uploaded CV is kept as it came: only its title changes. Create a CV to "
                u"edit its sections"_s);
    for (const QString &part : { u"basics"_s, u"sections"_s }) {
        if (input.contains(part))
            document.insert(part, input.value(part));
    }
    Sql(db,
        u"UPDATE cvs SET title = :title, template = :template, document = :document, "
        u"search_text = CASE WHEN source = :builder THEN COALESCE(:search, '') ELSE search_text "
        u"END, "
        u"updated_at = :now WHERE id = :id"_s)
            .bind(u":title"_s, input.value(u"title"_s).toString(cv.text(u"title"_s)))
            .bind(u":template"_s, input.value(u"template"_s).toString(cv.text(u"template"_s)))
            .bind(u":document"_s, jsonText(document))
            .bind(u":builder"_s, builder)
            .bind(u":search"_s, CvDocument::searchText(document))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, cvId)
            .exec();
    tx.commit();
    return cvJson(db, cvId);
}

void CvService::remove(const Principal &talent, qint64 cvId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const SqlRow cv = ownCv(db, talent, cvId);
    QStringList keys { cv.text(u"file_key"_s) };
    // Its PDFs go with it: they are renderings of a CV that is no more.
    Sql generated(db, u"DELETE FROM generated_cvs WHERE cv_id = :cv RETURNING file_key"_s);
    generated.bind(u":cv"_s, cvId).exec();
    while (generated.next())
        keys.append(generated.text(u"file_key"_s));
    Sql(db, u"DELETE FROM cvs WHERE id = :id"_s).bind(u":id"_s, cvId).exec();
    tx.commit();
    releaseFiles(*m_context.storage, db, keys);
}

QJsonObject CvService::get(const Principal &viewer, qint64 cvId)
{
    QSqlDatabase db = m_context.db();
    checkMayRead(db, viewer, cvRow(db, cvId).id(u"user_id"_s));
    return cvJson(db, cvId);
}

QJsonObject CvService::ofTalent(const Principal &viewer, qint64 talentId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    checkMayRead(db, viewer, talentId);
    SqlFilter filter;
    filter.add(u"c.user_id = :user"_s, u":user"_s, talentId);
    const Storage &storage = *m_context.storage;
    return selectPage(db, QString::fromLatin1(cvColumns), u"cvs c"_s, filter, u"c.id DESC"_s, page,
                      limit, [&storage](Sql &q) { return cvSummaryJson(storage, q); });
}

QJsonObject CvService::upload(const Principal &talent, const Upload &file, const QString &title)
{
    QSqlDatabase db = m_context.db();
    // Stored first, outside the transaction (Storage::store); the type is checked from the bytes.
    const StoredFile stored = m_context.storage->store(db, talent.userId, FileKind::Cv, file);
    const QString text = CvText::extract(stored.contentType, m_context.storage->read(stored.key));
    const qint64 id = insertCv(db, talent.userId,
                               { { u"title"_s, title.isEmpty() ? u"Uploaded CV"_s : title },
                                 { u"template"_s, cvTemplates().constFirst() },
                                 { u"source"_s, uploaded },
                                 { u"document"_s, u"{}"_s },
                                 { u"file_key"_s, stored.key },
                                 { u"file_type"_s, stored.contentType },
                                 { u"search_text"_s, storedSearchText(text) } });
    return cvJson(db, id);
}

QJsonObject CvService::exportJsonResume(const Principal &viewer, qint64 cvId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow cv = cvRow(db, cvId);
    checkMayRead(db, viewer, cv.id(u"user_id"_s));
    if (cv.text(u"source"_s) == uploaded)
        throw ApiError::unprocessable(u"An uploaded CV is a file: download it instead"_s);
    return CvDocument::toJsonResume(cv.text(u"title"_s), cv.text(u"template"_s),
                                    jsonFrom(cv.text(u"document"_s)));
}

QJsonObject CvService::importJsonResume(const Principal &talent, const QJsonObject &resume)
{
    const QJsonObject cv = CvDocument::fromJsonResume(resume);
    // What the mapping made is what an edit would take; checked again all the same.
    cvSchema().require(cv);
    CvDocument::checkSections(cv.value(u"sections"_s).toArray());
    QJsonObject document { { u"basics"_s, cv.value(u"basics"_s) },
                           { u"sections"_s, cv.value(u"sections"_s) } };
    if (document.value(u"basics"_s).toObject().value(u"name"_s).toString().isEmpty()) {
        const SqlRow person
                = Sql(m_context.db(), u"SELECT first_name, last_name FROM users WHERE id = :id"_s)
                          .bind(u":id"_s, talent.userId)
                          .single();
        QJsonObject basics = document.value(u"basics"_s).toObject();
        basics.insert(u"name"_s, person.text(u"first_name"_s) + u' ' + person.text(u"last_name"_s));
        document.insert(u"basics"_s, basics);
    }
    QSqlDatabase db = m_context.db();
    const qint64 id = insertCv(db, talent.userId,
                               builtCv(cv.value(u"title"_s).toString(u"Imported CV"_s),
                                       cv.value(u"template"_s).toString(cvTemplates().constFirst()),
                                       document));
    return cvJson(db, id);
}

void CvService::admitRender(QSqlDatabase db, const Principal &viewer)
{
    const RateAdmission admission = m_context.rateLimiter->admit(
            db,
            { { u"cv-render:"_s + QString::number(viewer.userId),
                m_context.config.integer(u"cvs/renders_per_minute"_s) } },
            60);
    if (!admission.admitted())
        throw ApiError::tooManyRequests(
                u"You asked for many CV renders this minute: try again shortly"_s,
                admission.retryAfter);
}

QByteArray CvService::render(QSqlDatabase db, const Principal &by, const SqlRow &cv)
{
    admitRender(db, by);
    return m_renderer.render(CvDocument::renderInput(
            cv.text(u"title"_s), cv.text(u"template"_s), jsonFrom(cv.text(u"document"_s)),
            CvDocument::verifiedItems(db, cv.id(u"user_id"_s))));
}

QByteArray CvService::preview(const Principal &viewer, qint64 cvId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow cv = cvRow(db, cvId);
    checkMayRead(db, viewer, cv.id(u"user_id"_s));
    checkRenders(cv);
    return render(db, viewer, cv);
}

QJsonObject CvService::generate(const Principal &talent, qint64 cvId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow cv = ownCv(db, talent, cvId);
    checkRenders(cv);
    checkRoomForPdf(db, talent.userId);
    const StoredFile stored = m_context.storage->store(db, talent.userId, FileKind::Cv,
                                                       Upload(render(db, talent, cv)));
    Transaction tx(db);
    // The CV may have gone while it was rendered: then so does its PDF (the sweep takes it).
    if (!Sql(db, u"SELECT 1 FROM cvs WHERE id = :id"_s).bind(u":id"_s, cvId).exists())
        throw ApiError::notFound(u"CV not found"_s);
    // Asked again as it is kept: renders asked for together all passed the first count.
    checkRoomForPdf(db, talent.userId);
    const qint64 id = insertRowReturningId(db, u"generated_cvs"_s,
                                           { { u"cv_id"_s, cvId },
                                             { u"user_id"_s, talent.userId },
                                             { u"file_key"_s, stored.key },
                                             { u"title"_s, cv.text(u"title"_s) },
                                             { u"template"_s, cv.text(u"template"_s) },
                                             { u"size_bytes"_s, stored.size },
                                             { u"created_at"_s, nowText() } });
    tx.commit();
    return generatedJson(*m_context.storage, generatedRow(db, id));
}

QJsonObject CvService::generated(const Principal &viewer, qint64 talentId, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    checkMayRead(db, viewer, talentId);
    SqlFilter filter;
    filter.add(u"g.user_id = :user"_s, u":user"_s, talentId);
    const Storage &storage = *m_context.storage;
    return selectPage(db, QString::fromLatin1(generatedColumns), u"generated_cvs g"_s, filter,
                      u"g.id DESC"_s, page, limit,
                      [&storage](Sql &q) { return generatedJson(storage, q); });
}

QJsonObject CvService::generatedUrl(const Principal &viewer, qint64 generatedId)
{
    QSqlDatabase db = m_context.db();
    const SqlRow generated = generatedRow(db, generatedId);
    checkMayRead(db, viewer, generated.id(u"user_id"_s));
    return { { u"id"_s, generatedId },
             { u"url"_s, m_context.storage->signedUrl(generated.text(u"file_key"_s)) },
             { u"expires_in_seconds"_s,
               m_context.config.integer(u"files/signed_url_seconds"_s) / 2 } };
}

void CvService::removeGenerated(const Principal &talent, qint64 generatedId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString key = Sql(db,
                            u"DELETE FROM generated_cvs WHERE id = :id AND user_id = :user "
                            u"RETURNING file_key"_s)
                                .bind(u":id"_s, generatedId)
                                .bind(u":user"_s, talent.userId)
                                .found(u"Generated CV not found"_s)
                                .text(u"file_key"_s);
    tx.commit();
    releaseFiles(*m_context.storage, db, { key });
}

} // namespace wn
