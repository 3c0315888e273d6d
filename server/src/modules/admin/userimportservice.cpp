// SPDX-License-Identifier: Apache-2.0
#include "userimportservice.h"

#include "core/auth/principal.h"
#include "core/database.h"
#include "core/jobs/jobqueue.h"
#include "core/rowjson.h"
#include "core/servercontext.h"
#include "core/sqlchanges.h"
#include "core/sqlpage.h"
#include "csvreader.h"
#include "modules/accounts/accountservice.h"
#include "xlsxreader.h"

#include <wn/common/apierror.h>
#include <wn/common/schema.h>

#include <QJsonArray>
#include <QStringDecoder>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wn {

const QString UserImportService::jobKind = u"user-import"_s;

struct UserImportService::Row
{
    int number = 0; ///< the file line it starts on (CSV) or its position from 1 (JSON)
    QJsonObject values;
    QStringList problems; ///< found before the fields are checked (the row's shape)
};

namespace {

const QStringList requiredColumns { u"first_name"_s, u"last_name"_s, u"email"_s };
const QStringList optionalColumns { u"role"_s, u"company_name"_s };

const Schema &rowSchema()
{
    static const Schema schema {
        { u"first_name"_s, Field::string(1, 100).required() },
        { u"last_name"_s, Field::string(1, 100).required() },
        { u"email"_s, Field::email().required() },
        { u"role"_s, Field::oneOf({ u"talent"_s, u"employer"_s }) },
        { u"company_name"_s, Field::string(2, 200) },
    };
    return schema;
}

/** "First Name" and "first_name" name the same column. */
QString columnName(const QString &header)
{
    return header.trimmed().toLower().replace(u' ', u'_');
}

struct Header
{
    QStringList columns;
    qsizetype end = 0; ///< where the first data record starts
    int nextLine = 1;
};

/** Reads and checks the header; 400 naming every problem. */
Header readHeader(QStringView text)
{
    CsvReader reader(text);
    Header header;
    while (!reader.atEnd()) {
        const QStringList record = reader.next();
        if (CsvReader::isBlank(record))
            continue;
        for (const QString &field : record)
            header.columns.append(columnName(field));
        break;
    }
    header.end = reader.position();
    header.nextLine = reader.line();
    QStringList problems;
    for (const QString &column : requiredColumns) {
        if (!header.columns.contains(column))
            problems.append(u"The header must name the column %1"_s.arg(column));
    }
    for (const QString &column : std::as_const(header.columns)) {
        if (column.isEmpty())
            problems.append(u"The header has an empty column name"_s);
        else if (!requiredColumns.contains(column) && !optionalColumns.contains(column))
            problems.append(u"The header names an unknown column %1 (known: %2)"_s.arg(
                    column.left(40), (requiredColumns + optionalColumns).join(u", "_s)));
        else if (header.columns.count(column) > 1)
            problems.append(u"The header names the column %1 twice"_s.arg(column));
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        throw ApiError::badRequest(problems);
    return header;
}

/** CSV text whose header and size were checked, and the number of its rows. */
struct CsvText
{
    QString text;
    Header header;
    int rows = 0;
};

/** Checks @p text as an import: text, a known header, 1 to maxCsvRows rows; else 4xx naming it. */
CsvText checkedCsv(QString text)
{
    if (text.contains(QChar(0)))
        throw ApiError::badRequest(u"The file must be text: it contains NUL characters"_s);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // the byte order mark spreadsheets write
    CsvText csv { .text = text, .header = readHeader(text) };
    CsvReader counter(csv.text, csv.header.end, csv.header.nextLine);
    while (!counter.atEnd()) {
        QString error;
        if (!CsvReader::isBlank(counter.next(nullptr, &error)) || !error.isEmpty())
            ++csv.rows;
    }
    if (csv.rows == 0)
        throw ApiError::badRequest(u"The file has no rows below the header"_s);
    if (csv.rows > UserImportService::maxCsvRows)
        throw ApiError::payloadTooLarge(u"A file may hold at most %1 rows; this one has %2"_s
                                                .arg(UserImportService::maxCsvRows)
                                                .arg(csv.rows));
    return csv;
}

QJsonObject importJson(const SqlRow &stored)
{
    QJsonObject json
            = jsonOf(stored,
                     { .ids = { u"id"_s, u"total_rows"_s, u"processed_rows"_s, u"created_by"_s },
                       .texts = { u"source"_s, u"status"_s, u"created_at"_s },
                       .optionalTexts = { u"finished_at"_s, u"error"_s } });
    // The outcomes' counts, named as the report names its rows' outcomes.
    json.insert(u"created"_s, stored.id(u"created_count"_s));
    json.insert(u"duplicate"_s, stored.id(u"duplicate_count"_s));
    json.insert(u"invalid"_s, stored.id(u"invalid_count"_s));
    return json;
}

/** A row of the report; its email, role and reason are never stored empty (NULL instead). */
QJsonObject rowJson(const Sql &q)
{
    return {
        { u"row"_s, q.id(u"row_number"_s) },        { u"email"_s, q.textOrNull(u"email"_s) },
        { u"role"_s, q.textOrNull(u"role"_s) },     { u"outcome"_s, q.text(u"outcome"_s) },
        { u"reason"_s, q.textOrNull(u"reason"_s) }, { u"user_id"_s, q.integerOrNull(u"user_id"_s) },
    };
}

const QString importColumns
        = u"id, source, status, total_rows, processed_rows, created_count, duplicate_count, "
          u"invalid_count, created_by, created_at, finished_at, error"_s;
/** The columns rowJson() reads. */
const QString rowColumns = u"row_number, email, role, outcome, reason, user_id"_s;

} // namespace

UserImportService::UserImportService(ServerContext &context, AccountService &accounts)
    : m_context(context)
    , m_accounts(accounts)
{ }

QJsonObject UserImportService::summary(QSqlDatabase db, qint64 importId)
{
    const SqlRow stored
            = Sql(db, u"SELECT "_s + importColumns + u" FROM user_imports WHERE id = :id"_s)
                      .bind(u":id"_s, importId)
                      .found(u"Import not found"_s);
    return importJson(stored);
}

QJsonObject UserImportService::startCsvImport(const Principal &admin, const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        throw ApiError::badRequest(u"The file is empty"_s);
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString now = nowText();
    qint64 id = 0;
    // A workbook is a ZIP file: unpacking it and reading its XML may take seconds, so its first
    // job does that (the report then says what was wrong with it); CSV text is checked here.
    if (bytes.startsWith("PK\x03\x04")) {
        id = insertRowReturningId(db, u"user_imports"_s,
                                  { { u"created_by"_s, admin.userId },
                                    { u"source"_s, u"xlsx"_s },
                                    { u"status"_s, u"queued"_s },
                                    { u"workbook"_s, bytes },
                                    { u"next_offset"_s, -1 },
                                    { u"created_at"_s, now },
                                    { u"updated_at"_s, now } });
        m_context.jobs->enqueue(db, jobKind, { { u"import_id"_s, id }, { u"offset"_s, -1 } });
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        if (decoder.hasError())
            throw ApiError::badRequest(
                    u"The file must be UTF-8 text (save the sheet as CSV UTF-8)"_s);
        const CsvText csv = checkedCsv(text);
        id = insertRowReturningId(db, u"user_imports"_s,
                                  { { u"created_by"_s, admin.userId },
                                    { u"source"_s, u"csv"_s },
                                    { u"status"_s, u"queued"_s },
                                    { u"content"_s, csv.text },
                                    { u"total_rows"_s, csv.rows },
                                    { u"next_offset"_s, qint64(csv.header.end) },
                                    { u"next_line"_s, csv.header.nextLine },
                                    { u"created_at"_s, now },
                                    { u"updated_at"_s, now } });
        m_context.jobs->enqueue(
                db, jobKind, { { u"import_id"_s, id }, { u"offset"_s, qint64(csv.header.end) } });
    }
    tx.commit();
    QJsonObject json = summary(db, id);
    json.insert(u"message"_s,
                u"The file is being processed; follow its progress at "
                u"/api/v1/admin/user-imports/%1"_s.arg(id));
    return json;
}

void UserImportService::readWorkbook(qint64 importId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const std::optional<SqlRow> stored
            = Sql(db,
                  u"SELECT workbook, created_at FROM user_imports WHERE id = :id AND status = "
                  u"'queued' AND next_offset = -1"_s)
                      .bind(u":id"_s, importId)
                      .one();
    if (!stored)
        return; // gone, or read already (a restart repeats at most one job)
    CsvText csv;
    try {
        csv = checkedCsv(XlsxReader::firstSheetAsCsv(stored->value(u"workbook"_s).toByteArray()));
    } catch (const ApiError &refused) {
        // What a request would have been told: the workbook is not one to import.
        fail(db, importId, refused.messages().join(u"; "_s));
        tx.commit();
        return;
    }
    Sql(db,
        u"UPDATE user_imports SET content = :content, workbook = NULL, total_rows = :rows, "
        u"next_offset = :offset, next_line = :line, updated_at = :now WHERE id = :id"_s)
            .bind(u":content"_s, csv.text)
            .bind(u":rows"_s, csv.rows)
            .bind(u":offset"_s, qint64(csv.header.end))
            .bind(u":line"_s, csv.header.nextLine)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, importId)
            .exec();
    m_context.jobs->enqueue(
            db, jobKind, { { u"import_id"_s, importId }, { u"offset"_s, qint64(csv.header.end) } },
            QDateTime::fromString(stored->text(u"created_at"_s), Qt::ISODateWithMs));
    tx.commit();
}

void UserImportService::processChunk(qint64 importId, qint64 offset)
{
    if (offset < 0) {
        readWorkbook(importId);
        return;
    }
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const std::optional<SqlRow> stored
            = Sql(db,
                  u"SELECT status, content, next_offset, next_line, created_by, created_at FROM "
                  u"user_imports WHERE id = :id"_s)
                      .bind(u":id"_s, importId)
                      .one();
    const QString status = stored ? stored->text(u"status"_s) : QString();
    if ((status != u"queued"_s && status != u"running"_s) || stored->id(u"next_offset"_s) != offset)
        return; // gone, ended, or a job that already ran (a restart repeats at most one)
    const QString text = stored->text(u"content"_s);
    const int line = stored->integer(u"next_line"_s);
    const qint64 invitedBy = stored->id(u"created_by"_s);
    const QString createdAt = stored->text(u"created_at"_s);

    const Header header = readHeader(text);
    CsvReader reader(text, offset, line);
    Counts counts;
    int processed = 0;
    while (!reader.atEnd() && processed < chunkRows) {
        Row row;
        QString error;
        const QStringList fields = reader.next(&row.number, &error);
        if (CsvReader::isBlank(fields) && error.isEmpty())
            continue; // empty lines are not rows
        ++processed;
        if (!error.isEmpty())
            row.problems.append(error);
        if (fields.size() < header.columns.size())
            row.problems.append(
                    u"the row has %1 fields where the header has %2"_s.arg(fields.size())
                            .arg(header.columns.size()));
        for (qsizetype i = header.columns.size(); i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty()) {
                row.problems.append(u"the row has more fields than the header"_s);
                break;
            }
        }
        for (qsizetype i = 0; i < header.columns.size() && i < fields.size(); ++i) {
            if (!fields.at(i).trimmed().isEmpty())
                row.values.insert(header.columns.at(i), fields.at(i));
        }
        inviteRow(db, importId, invitedBy, row, counts);
    }
    const bool done = reader.atEnd();
    Sql update(db,
               u"UPDATE user_imports SET status = :status, next_offset = :offset, next_line = "
               u":line, processed_rows = processed_rows + :processed, created_count = "
               u"created_count + :created, duplicate_count = duplicate_count + :duplicate, "
               u"invalid_count = invalid_count + :invalid, finished_at = :finished, updated_at = "
               u":now WHERE id = :id AND next_offset = :expected"_s);
    update.bind(u":status"_s, done ? u"done"_s : u"running"_s)
            .bind(u":offset"_s, qint64(reader.position()))
            .bind(u":line"_s, reader.line())
            .bind(u":processed"_s, processed)
            .bind(u":created"_s, counts.created)
            .bind(u":duplicate"_s, counts.duplicate)
            .bind(u":invalid"_s, counts.invalid)
            .bind(u":finished"_s,
                  done ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>()))
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, importId)
            .bind(u":expected"_s, offset)
            .exec();
    if (update.rowsAffected() != 1)
        throw DatabaseError(u"user import %1 moved on while a chunk ran"_s.arg(importId));
    if (done) {
        // The file is only kept while it is being read.
        Sql(db, u"UPDATE user_imports SET content = NULL WHERE id = :id"_s)
                .bind(u":id"_s, importId)
                .exec();
    } else {
        // The next chunk goes ahead of the invitation mails this one queued: the report completes
        // in seconds, and the mails follow.
        m_context.jobs->enqueue(
                db, jobKind,
                { { u"import_id"_s, importId }, { u"offset"_s, qint64(reader.position()) } },
                QDateTime::fromString(createdAt, Qt::ISODateWithMs));
    }
    tx.commit();
}

void UserImportService::fail(QSqlDatabase db, qint64 importId, const QString &error)
{
    Sql(db,
        u"UPDATE user_imports SET status = 'failed', error = :error, content = NULL, workbook = "
        u"NULL, finished_at = :now, updated_at = :now WHERE id = :id AND status IN ('queued', "
        u"'running')"_s)
            .bind(u":error"_s, error)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, importId)
            .exec();
}

void UserImportService::markFailed(qint64 importId)
{
    fail(m_context.db(), importId,
         u"Processing stopped after repeated failures; the rows listed were imported, the rest "
         u"of the file was not. Import the remaining rows again."_s);
}

void UserImportService::inviteRow(QSqlDatabase db, qint64 importId, qint64 invitedBy,
                                  const Row &row, Counts &counts)
{
    FieldErrors errors;
    for (const QString &problem : row.problems)
        errors.add(problem);
    QJsonObject given = row.values;
    if (given.contains(u"role"_s)) // "Employer" and " talent " are meant as the codes
        given.insert(u"role"_s, given.value(u"role"_s).toString().trimmed().toLower());
    const QJsonObject values = rowSchema().validate(given, errors);
    const QString role = values.value(u"role"_s).toString(u"talent"_s);
    // What the report shows: the role as understood, or as written when it is not one.
    const QString reportedRole = values.contains(u"role"_s) || !given.contains(u"role"_s)
            ? role
            : given.value(u"role"_s).toString().left(40);
    const QString companyName = values.value(u"company_name"_s).toString();
    if (role == u"employer"_s && companyName.isEmpty() && !row.values.contains(u"company_name"_s))
        errors.add(u"company_name should not be empty for an employer"_s);
    // The email as written when it is invalid, so the admin can find the row.
    const QString email = values.contains(u"email"_s)
            ? values.value(u"email"_s).toString()
            : row.values.value(u"email"_s).toString().trimmed().left(254);

    QString outcome;
    QString reason;
    std::optional<qint64> userId;
    if (!errors.isEmpty()) {
        outcome = u"invalid"_s;
        reason = errors.messages().join(u"; "_s);
    } else {
        Sql earlier(db,
                    u"SELECT MIN(row_number) FROM user_import_rows WHERE import_id = :import AND "
                    u"email = :email AND outcome <> 'invalid'"_s);
        const QVariant first
                = earlier.bind(u":import"_s, importId).bind(u":email"_s, email).scalar();
        if (!first.isNull()) {
            outcome = u"duplicate"_s;
            reason = u"the email is already on row %1"_s.arg(first.toLongLong());
        } else if (m_accounts.findByEmail(db, email)) {
            outcome = u"duplicate"_s;
            reason = u"an account with this email already exists"_s;
        } else {
            NewAccount account;
            account.email = email;
            account.firstName = values.value(u"first_name"_s).toString();
            account.lastName = values.value(u"last_name"_s).toString();
            account.role = role == u"employer"_s ? Role::Employer : Role::Talent;
            account.invitedBy = invitedBy;
            // Bulk mail: it waits behind everything else that is due.
            Invitation invitation { QT_TRANSLATE_NOOP("Mail", "join the talent community"),
                                    {},
                                    true };
            if (account.role == Role::Employer) {
                // Invited companies start in Nigeria; the owner corrects it in their profile.
                account.countryCode = u"NG"_s;
                const QString now = nowText();
                const qint64 companyId = insertRowReturningId(
                        db, u"companies"_s,
                        { { u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
                          { u"kind"_s, u"employer"_s },
                          { u"name"_s, companyName },
                          { u"country_code"_s, u"NG"_s },
                          { u"created_at"_s, now },
                          { u"updated_at"_s, now } });
                invitation = { QT_TRANSLATE_NOOP("Mail", "run %1's hiring"), companyName, true };
                userId = m_accounts.createOwner(db, account, companyId);
            } else {
                userId = m_accounts.create(db, account);
            }
            m_accounts.sendInvitation(db, *userId, invitation);
            outcome = u"created"_s;
        }
    }
    if (outcome == u"created"_s)
        ++counts.created;
    else if (outcome == u"duplicate"_s)
        ++counts.duplicate;
    else
        ++counts.invalid;
    insertRow(db, u"user_import_rows"_s,
              { { u"import_id"_s, importId },
                { u"row_number"_s, row.number },
                { u"email"_s, nullIfEmpty(email) },
                { u"role"_s, reportedRole },
                { u"outcome"_s, outcome },
                { u"reason"_s, nullIfEmpty(reason) },
                { u"user_id"_s,
                  userId ? QVariant(*userId) : QVariant(QMetaType::fromType<qint64>()) } });
}

QJsonObject UserImportService::inviteTalents(const Principal &admin, const QJsonObject &input)
{
    const QJsonArray invites = input.value(u"invites"_s).toArray();
    if (invites.isEmpty())
        throw ApiError::badRequest(QStringList { u"invites should not be empty"_s });
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const QString now = nowText();
    const qint64 id = insertRowReturningId(db, u"user_imports"_s,
                                           { { u"created_by"_s, admin.userId },
                                             { u"source"_s, u"json"_s },
                                             { u"status"_s, u"running"_s },
                                             { u"total_rows"_s, int(invites.size()) },
                                             { u"created_at"_s, now },
                                             { u"updated_at"_s, now } });
    Counts counts;
    for (qsizetype i = 0; i < invites.size(); ++i) {
        Row row;
        row.number = int(i + 1);
        const QJsonObject invite = invites.at(i).toObject();
        for (const QString &field : requiredColumns) {
            if (!invite.value(field).toString().isEmpty())
                row.values.insert(field, invite.value(field));
        }
        inviteRow(db, id, admin.userId, row, counts);
    }
    Sql(db,
        u"UPDATE user_imports SET status = 'done', processed_rows = :rows, created_count = "
        u":created, duplicate_count = :duplicate, invalid_count = :invalid, finished_at = :now, "
        u"updated_at = :now WHERE id = :id"_s)
            .bind(u":rows"_s, int(invites.size()))
            .bind(u":created"_s, counts.created)
            .bind(u":duplicate"_s, counts.duplicate)
            .bind(u":invalid"_s, counts.invalid)
            .bind(u":now"_s, nowText())
            .bind(u":id"_s, id)
            .exec();
    tx.commit();

    QJsonObject json = summary(db, id);
    Sql rows(db,
             u"SELECT "_s + rowColumns
                     + u" FROM user_import_rows WHERE import_id = :id ORDER BY row_number"_s);
    rows.bind(u":id"_s, id).exec();
    QJsonArray data;
    while (rows.next())
        data.append(rowJson(rows));
    json.insert(u"rows"_s, data);
    return json;
}

QJsonObject UserImportService::report(qint64 importId, const QString &outcome, int page, int limit)
{
    QSqlDatabase db = m_context.db();
    const QJsonObject import = summary(db, importId);
    SqlFilter filter;
    filter.add(u"import_id = :id"_s, u":id"_s, importId);
    if (!outcome.isEmpty())
        filter.add(u"outcome = :outcome"_s, u":outcome"_s, outcome);
    QJsonObject json = selectPage(db, rowColumns, u"user_import_rows"_s, filter, u"row_number"_s,
                                  page, limit, [](Sql &q) { return rowJson(q); });
    json.insert(u"import"_s, import);
    return json;
}

} // namespace wn
