// SPDX-License-Identifier: Apache-2.0
#include "datamove.h"

#include "../database.h"

#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw std::runtime_error(message.toStdString());
}

/** Instance bookkeeping that means nothing on another server, and the search indexes' change
 *  log, which the target's own triggers write as the rows arrive (its indexes build afresh). */
bool isTransient(const QString &table)
{
    return table == u"server_instances"_s || table == u"chat_presence"_s
            || table == u"schema_migrations"_s || table == u"search_changes"_s;
}

/** SQLite's own search index (FTS5) and its shadow tables: PostgreSQL indexes the same words
 *  itself. */
bool isSqliteIndex(const QString &table)
{
    return table == u"job_words"_s || table.startsWith(u"job_words_"_s);
}

} // namespace

DataMoveSummary moveSqliteToPostgres(const QString &sqliteUrl, const QString &postgresUrl)
{
    if (!sqliteUrl.startsWith(u"sqlite:"_s))
        fail(u"the source must be a SQLite database (the configured database is %1)"_s.arg(
                sqliteUrl.section(u':', 0, 0)));
    if (!postgresUrl.startsWith(u"postgres://"_s) && !postgresUrl.startsWith(u"postgresql://"_s))
        fail(u"--to must be a postgres:// URL"_s);

    Database source(sqliteUrl);
    source.migrate(); // the same schema version on both sides
    Database target(postgresUrl);
    target.migrate();
    QSqlDatabase from = source.connection();
    QSqlDatabase to = target.connection();

    Sql used(to, u"SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM companies)"_s);
    if (used.scalar().toLongLong() > 0)
        fail(u"the target database already holds accounts: move into an empty database"_s);

    // Tables in creation order, so every row's references exist before it arrives.
    QStringList tables;
    QSqlQuery list(from);
    if (!list.exec(
                u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s))
        fail(u"cannot list the source tables"_s);
    while (list.next()) {
        if (!isTransient(list.value(0).toString()) && !isSqliteIndex(list.value(0).toString()))
            tables.append(list.value(0).toString());
    }

    DataMoveSummary summary;
    Transaction tx(to);
    // No accounts means nothing but reference data, which the source brings too.
    QStringList quoted;
    for (const QString &table : std::as_const(tables))
        quoted.append(u'"' + table + u'"');
    QSqlQuery truncate(to);
    if (!tables.isEmpty()
        && !truncate.exec(u"TRUNCATE %1 RESTART IDENTITY CASCADE"_s.arg(quoted.join(u", "_s))))
        fail(u"cannot empty the target tables"_s);
    for (const QString &table : std::as_const(tables)) {
        QHash<QString, QString> targetTypes;
        Sql columns(to,
                    u"SELECT column_name, data_type FROM information_schema.columns WHERE "
                    u"table_schema = current_schema() "
                    "AND table_name = :t"_s);
        columns.bind(u":t"_s, table).exec();
        while (columns.next())
            targetTypes.insert(columns.text(u"column_name"_s), columns.text(u"data_type"_s));
        if (targetTypes.isEmpty())
            fail(u"table %1 is missing in the target"_s.arg(table));

        // Table and column names come from the two schemas, never from input.
        QSqlQuery rows(from);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)))
            fail(u"cannot read %1"_s.arg(table));
        const QSqlRecord record = rows.record();
        QStringList names;
        for (int i = 0; i < record.count(); ++i) {
            if (targetTypes.contains(record.fieldName(i)))
                names.append(record.fieldName(i));
        }
        QStringList placeholders;
        for (int i = 0; i < names.size(); ++i)
            placeholders.append(u":c%1"_s.arg(i));
        Sql insert(to,
                   u"INSERT INTO \"%1\" (\"%2\") VALUES (%3)"_s.arg(table, names.join(u"\", \""_s),
                                                                    placeholders.join(u", "_s)));
        qint64 copied = 0;
        while (rows.next()) {
            for (int i = 0; i < names.size(); ++i) {
                QVariant value = rows.value(names.at(i));
                // SQLite keeps booleans as 0 and 1.
                if (!value.isNull() && targetTypes.value(names.at(i)) == u"boolean"_s)
                    value = value.toLongLong() != 0;
                insert.bind(placeholders.at(i), value);
            }
            insert.exec();
            ++copied;
        }
        if (targetTypes.contains(u"id"_s) && targetTypes.value(u"id"_s) == u"bigint"_s) {
            Sql(to,
                u"SELECT setval(pg_get_serial_sequence('\"%1\"', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM \"%1\""_s
                        .arg(table))
                    .exec();
        }
        Sql count(to, u"SELECT COUNT(*) FROM \"%1\""_s.arg(table));
        if (count.scalar().toLongLong() != copied)
            fail(u"%1: %2 rows read but the target holds a different count"_s.arg(table).arg(
                    copied));
        summary.rows += copied;
        ++summary.tables;
    }
    tx.commit();
    return summary;
}

} // namespace wn
