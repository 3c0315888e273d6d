// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace wn {

class AccountService;
struct ServerContext;
struct Principal;

/**
 * @brief Bulk invitations by admins. A CSV file or XLSX workbook
 * (first_name,last_name,email[,role][,company_name]) is checked at once and processed in
 * background chunks; a JSON list of talents is processed in the request. Every row ends created,
 * duplicate or invalid, with the reason, in a report.
 */
class UserImportService
{
public:
    /** The background job that processes the next chunk of a CSV import. */
    static const QString jobKind;
    /** Rows of a CSV file processed per job (one transaction each). */
    static constexpr int chunkRows = 250;
    static constexpr int maxCsvRows = 50000;
    static constexpr int maxJsonRows = 500;

    UserImportService(ServerContext &context, AccountService &accounts);

    /**
     * Records the import and queues it. CSV text is checked first (4xx naming the problem); a
     * workbook is read by the import's first job, which marks the import failed with the
     * problem when the workbook cannot be imported.
     */
    QJsonObject startCsvImport(const Principal &admin, const QByteArray &bytes);
    /** Invites each of input["invites"] as a talent, now; the import with every row's outcome. */
    QJsonObject inviteTalents(const Principal &admin, const QJsonObject &input);
    /** The import's counts and a page of its rows (optionally one outcome). */
    QJsonObject report(qint64 importId, const QString &outcome, int page, int limit);

    /** Processes the chunk of @p importId that starts at @p offset; a stale job does nothing. */
    void processChunk(qint64 importId, qint64 offset);
    /** Marks @p importId failed once its chunk's job has run out of attempts: it stops showing
     * "running", keeps the rows it did, and says why the rest were not imported. */
    void markFailed(qint64 importId);

private:
    /** The import's first job when it came as a workbook: its first sheet becomes CSV text. */
    void readWorkbook(qint64 importId);
    /** Ends an import still queued or running as failed, saying @p error, and drops its file. */
    static void fail(QSqlDatabase db, qint64 importId, const QString &error);

    struct Row;
    struct Counts
    {
        int created = 0;
        int duplicate = 0;
        int invalid = 0;
    };
    void inviteRow(QSqlDatabase db, qint64 importId, qint64 invitedBy, const Row &row,
                   Counts &counts);
    QJsonObject summary(QSqlDatabase db, qint64 importId);

    ServerContext &m_context;
    AccountService &m_accounts;
};

} // namespace wn
