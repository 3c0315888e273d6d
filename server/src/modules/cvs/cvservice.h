// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cvrenderer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

struct ServerContext;
struct Principal;
class SqlRow;
class Upload;

/**
 * @brief Talents' CVs: several each, built from the profile and then edited on their own (or
 * uploaded as a file, whose text is kept for search), exported and imported as JSON Resume, and
 * rendered to PDFs kept in storage behind signed, expiring links.
 *
 * A talent's CVs are seen by the talent, platform staff, and a company the talent applied to (as
 * it sees the application, with applications.read); never by another company.
 */
class CvService
{
public:
    explicit CvService(ServerContext &context);

    /** A new CV from the talent's profile; @p input may name its title and template. */
    QJsonObject create(const Principal &talent, const QJsonObject &input);
    /** Changes what @p input holds (cvSchema): title, template, basics, sections. */
    QJsonObject update(const Principal &talent, qint64 cvId, const QJsonObject &input);
    void remove(const Principal &talent, qint64 cvId);
    /** One CV with its document and what the platform verified. */
    QJsonObject get(const Principal &viewer, qint64 cvId);
    /** A page of @p talentId's CVs, newest first, without their documents. */
    QJsonObject ofTalent(const Principal &viewer, qint64 talentId, int page, int limit);

    /** Keeps an uploaded PDF or Word file as a CV; its text goes to search. */
    QJsonObject upload(const Principal &talent, const Upload &file, const QString &title);

    QJsonObject exportJsonResume(const Principal &viewer, qint64 cvId);
    /** A new CV from a JSON Resume (checked with CvDocument::jsonResumeSchema). */
    QJsonObject importJsonResume(const Principal &talent, const QJsonObject &resume);

    /** The CV as its PDF would be now, drawn for a look and kept nowhere (no PDF counts). */
    QByteArray preview(const Principal &viewer, qint64 cvId);
    /** Renders the CV to PDF now and keeps it; the generated CV with its signed link. */
    QJsonObject generate(const Principal &talent, qint64 cvId);
    /** A page of @p talentId's generated PDFs, newest first, each with a signed link. */
    QJsonObject generated(const Principal &viewer, qint64 talentId, int page, int limit);
    QJsonObject generatedUrl(const Principal &viewer, qint64 generatedId);
    void removeGenerated(const Principal &talent, qint64 generatedId);

    /** CVs a talent may keep, and PDFs generated from them. */
    static constexpr int maxCvs = 20;
    static constexpr int maxGenerated = 50;

private:
    /** Takes a place in @p viewer's renders this minute (cvs/renders_per_minute); 429 when
     *  they are all taken. */
    void admitRender(QSqlDatabase db, const Principal &viewer);
    /** Built CV @p cv (a row with its title, template, document and owner) drawn as a PDF now,
     *  as it counts against @p by's renders (admitRender). */
    QByteArray render(QSqlDatabase db, const Principal &by, const SqlRow &cv);
    /** 404 unless @p viewer may see @p talentId's CVs. */
    void checkMayRead(QSqlDatabase db, const Principal &viewer, qint64 talentId) const;
    /** One CV with its document and its verified sections' items. */
    QJsonObject cvJson(QSqlDatabase db, qint64 cvId) const;

    ServerContext &m_context;
    CvRenderer m_renderer;
};

} // namespace wn
