// SPDX-License-Identifier: Apache-2.0
// The console's reports (stats, trainings, NYSC) and their exports (CSV or XLSX), written by a
// background job a chunk of rows at a time.
#include "lmsconsole.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/jobs/jobqueue.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "core/storage/tablefile.h"
#include "lmsservice.h"

#include <wn/common/apierror.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Rows an export writes between two reports of its progress. */
constexpr int exportChunk = 1000;

// ---- The reports: one statement each, for the page and for the export alike ----

struct Report
{
    QString name;
    QString from; ///< FROM clause; its rows are the report's
    QString columns;
    QString order;
    QStringList header; ///< the export's header: the columns, in order
};

const Report &trainingsReportSpec()
{
    // One row per course Worknation enrolled talents in or was asked to.
    static const Report report {
        u"trainings"_s,
        u"(SELECT r.course_id, MAX(r.course_name) AS course_name, COUNT(CASE WHEN r.status = "
        u"'pending' THEN 1 END) AS pending, COUNT(CASE WHEN r.status = 'approved' THEN 1 END) AS "
        u"approved, COUNT(CASE WHEN r.status = 'declined' THEN 1 END) AS declined, (SELECT "
        u"COUNT(*) FROM talent_verified_courses v WHERE v.course_id = r.course_id) AS completed "
        u"FROM lms_enrolment_requests r GROUP BY r.course_id) t"_s,
        u"t.course_id, t.course_name, t.pending, t.approved, t.declined, t.completed"_s,
        u"t.approved DESC, t.course_id"_s,
        { u"course_id"_s, u"course_name"_s, u"pending"_s, u"approved"_s, u"declined"_s,
          u"completed"_s },
    };
    return report;
}

const Report &nyscReportSpec()
{
    static const Report report {
        u"nysc"_s,
        u"lms_learners l JOIN users u ON u.id = l.user_id"_s,
        u"u.id AS user_id, u.email, u.first_name, u.last_name, l.nysc_state_code, l.nysc_batch, "
        u"(SELECT COUNT(*) FROM lms_enrolment_requests r WHERE r.user_id = u.id AND r.status = "
        u"'approved') AS enrolled, (SELECT COUNT(*) FROM talent_verified_courses v WHERE "
        u"v.user_id = u.id) AS completed"_s,
        u"u.id"_s,
        { u"user_id"_s, u"email"_s, u"first_name"_s, u"last_name"_s, u"nysc_state_code"_s,
          u"nysc_batch"_s, u"enrolled"_s, u"completed"_s },
    };
    return report;
}

SqlFilter reportFilter(const Report &report)
{
    SqlFilter filter;
    if (report.name == u"nysc"_s)
        filter.add(u"l.nysc AND u.deleted_at IS NULL"_s);
    return filter;
}

const Report &reportNamed(const QString &name)
{
    return name == u"nysc"_s ? nyscReportSpec() : trainingsReportSpec();
}

QJsonObject reportRow(const Report &report, const Sql &q)
{
    QJsonObject json;
    for (const QString &column : report.header) {
        const QVariant value = q.value(column);
        json.insert(column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    return json;
}

} // namespace

const QString LmsConsole::exportJobKind = u"lms-export"_s;

// ---- Reports and exports ----

QJsonObject LmsConsole::stats()
{
    const SqlRow row
            = Sql(m_context.db(),
                  u"SELECT (SELECT COUNT(*) FROM lms_learners) AS learners, (SELECT COUNT(*) FROM "
                  u"lms_learners WHERE remote_id IS NOT NULL) AS linked, (SELECT COUNT(*) FROM "
                  u"lms_learners WHERE course_creator) AS course_creators, (SELECT COUNT(*) FROM "
                  u"lms_learners WHERE nysc) AS nysc, (SELECT COUNT(*) FROM "
                  u"lms_enrolment_requests WHERE status = 'pending') AS pending, (SELECT COUNT(*) "
                  u"FROM lms_enrolment_requests WHERE status = 'approved') AS approved, (SELECT "
                  u"COUNT(*) FROM lms_enrolment_requests WHERE status = 'declined') AS declined, "
                  u"(SELECT COUNT(*) FROM talent_verified_courses) AS completed, (SELECT "
                  u"COUNT(*) FROM companies WHERE kind = 'academy' AND deleted_at IS NULL) AS "
                  u"academies"_s)
                      .single();
    return jsonOf(
            row,
            { .ids = { u"learners"_s, u"linked"_s, u"course_creators"_s, u"nysc"_s, u"pending"_s,
                       u"approved"_s, u"declined"_s, u"completed"_s, u"academies"_s } });
}

QJsonObject LmsConsole::trainingsReport(int page, int limit)
{
    const Report &report = trainingsReportSpec();
    return selectPage(m_context.db(), report.columns, report.from, reportFilter(report),
                      report.order, page, limit,
                      [&report](Sql &q) { return reportRow(report, q); });
}

QJsonObject LmsConsole::nyscReport(int page, int limit)
{
    const Report &report = nyscReportSpec();
    return selectPage(m_context.db(), report.columns, report.from, reportFilter(report),
                      report.order, page, limit,
                      [&report](Sql &q) { return reportRow(report, q); });
}

QString LmsConsole::exportPath(qint64 exportId, const QString &format) const
{
    return QDir(m_context.config.dataDir())
            .filePath(u"exports/lms-%1.%2"_s.arg(exportId).arg(format));
}

namespace {

QJsonObject exportJson(const SqlRow &row)
{
    QJsonObject json = jsonOf(
            row,
            { .ids = { u"id"_s, u"requested_by"_s, u"rows_total"_s, u"rows_done"_s },
              .texts = { u"report"_s, u"format"_s, u"status"_s, u"created_at"_s, u"updated_at"_s },
              .optionalTexts = { u"file_name"_s, u"error"_s } });
    const qint64 total = row.id(u"rows_total"_s);
    json.insert(u"percent"_s,
                row.text(u"status"_s) == u"done"_s
                        ? 100
                        : (total > 0 ? int(row.id(u"rows_done"_s) * 100 / total) : 0));
    return json;
}

} // namespace

QJsonObject LmsConsole::startExport(const Principal &by, const QString &report,
                                    const QString &format)
{
    QSqlDatabase db = m_context.db();
    const QString now = nowText();
    Transaction tx(db);
    const qint64 id = insertRowReturningId(db, u"lms_exports"_s,
                                           { { u"requested_by"_s, by.userId },
                                             { u"report"_s, report },
                                             { u"format"_s, format },
                                             { u"status"_s, u"queued"_s },
                                             { u"created_at"_s, now },
                                             { u"updated_at"_s, now } });
    m_context.jobs->enqueue(db, exportJobKind, { { u"export_id"_s, id } });
    record(db, by, u"export"_s,
           { { u"export_id"_s, id }, { u"report"_s, report }, { u"format"_s, format } });
    tx.commit();
    return exportStatus(by, id);
}

QJsonObject LmsConsole::exportStatus(const Principal &viewer, qint64 exportId)
{
    const SqlRow row
            = Sql(m_context.db(),
                  u"SELECT id, requested_by, report, format, status, rows_total, rows_done, "
                  u"file_name, error, created_at, updated_at FROM lms_exports WHERE id = :id"_s)
                      .bind(u":id"_s, exportId)
                      .found(u"Export %1 not found"_s.arg(exportId));
    QJsonObject json = exportJson(row);
    if (row.text(u"status"_s) == u"done"_s)
        json.insert(u"download"_s, u"/api/v1/lms/exports/%1/file"_s.arg(exportId));
    Q_UNUSED(viewer)
    return json;
}

Response LmsConsole::exportFile(const Principal &viewer, qint64 exportId)
{
    const QJsonObject status = exportStatus(viewer, exportId);
    if (status.value(u"status"_s).toString() != u"done"_s)
        throw ApiError::conflict(u"Export %1 is %2: wait until it is done"_s.arg(exportId).arg(
                status.value(u"status"_s).toString()));
    const QString format = status.value(u"format"_s).toString();
    const QFileInfo file(exportPath(exportId, format));
    if (!file.isFile())
        throw ApiError::notFound(u"Export %1's file is gone"_s.arg(exportId));
    // Sent from the disk as the peer reads it: an export can be far larger than a request.
    return Response::fromFile(file.filePath(), 0, file.size(),
                              TableFile::contentType(TableFile::formatNamed(format).value_or(
                                      TableFile::Format::Csv)))
            .header("Content-Disposition",
                    "attachment; filename=\"" + status.value(u"file_name"_s).toString().toUtf8()
                            + '"');
}

void LmsConsole::runExport(qint64 exportId)
{
    QSqlDatabase db = m_context.db();
    const std::optional<SqlRow> job
            = Sql(db, u"SELECT report, format, status FROM lms_exports WHERE id = :id"_s)
                      .bind(u":id"_s, exportId)
                      .one();
    if (!job || job->text(u"status"_s) == u"done"_s)
        return; // gone, or a job run twice
    const Report &report = reportNamed(job->text(u"report"_s));
    const SqlFilter filter = reportFilter(report);
    const qint64 total = countRows(db, report.from, filter);
    auto progress = [&](const QString &status, qint64 done) {
        SqlChanges()
                .set(u"status"_s, status)
                .set(u"rows_total"_s, total)
                .set(u"rows_done"_s, done)
                .write(db, u"lms_exports"_s, exportId);
    };
    progress(u"running"_s, 0);
    const QString format = job->text(u"format"_s);
    TableFile file(exportPath(exportId, format),
                   TableFile::formatNamed(format).value_or(TableFile::Format::Csv), report.header);
    // Page by page (keyset would need a unique order for every report; the pages are few).
    qint64 done = 0;
    for (int page = 1; done < total; ++page) {
        QList<QVariantList> rows;
        {
            Sql q(db,
                  u"SELECT "_s + report.columns + u" FROM "_s + report.from + filter.where()
                          + u" ORDER BY "_s + report.order + u" LIMIT :limit OFFSET :offset"_s);
            filter.bindTo(q);
            q.bind(u":limit"_s, exportChunk)
                    .bind(u":offset"_s, qint64(page - 1) * exportChunk)
                    .exec();
            while (q.next()) {
                QVariantList cells;
                for (const QString &column : report.header)
                    cells.append(q.value(column));
                rows.append(cells);
            }
        }
        if (rows.isEmpty())
            break;
        for (const QVariantList &cells : std::as_const(rows))
            file.append(cells);
        done += rows.size();
        progress(u"running"_s, done);
    }
    file.commit();
    SqlChanges()
            .set(u"status"_s, u"done"_s)
            .set(u"rows_done"_s, done)
            .set(u"file_name"_s, u"lms-%1-%2.%3"_s.arg(report.name).arg(exportId).arg(format))
            .write(db, u"lms_exports"_s, exportId);
}

void LmsConsole::failExport(qint64 exportId, const QString &failure)
{
    SqlChanges()
            .set(u"status"_s, u"failed"_s)
            .set(u"error"_s, failure)
            .write(m_context.db(), u"lms_exports"_s, exportId);
}

} // namespace wn
