// SPDX-License-Identifier: Apache-2.0
// Bulk invitations from the admin console: a CSV or XLSX file processed in the background, with
// its report, and a JSON list of applicants processed at once.
#include "core/database.h"
#include "core/servercontext.h"
#include "fixtures.h"
#include "modules/admin/userimportservice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** The report rows of an import keyed by row number. */
QHash<int, QJsonObject> rowsByNumber(const QJsonArray &rows)
{
    QHash<int, QJsonObject> byNumber;
    for (const QJsonValue &row : rows)
        byNumber.insert(row.toObject().value(u"row"_s).toInt(), row.toObject());
    return byNumber;
}

/** A worksheet of @p rows rows of @p columns cells, each holding @p value (of @p type). */
QByteArray sheetOf(int rows, int columns, const QByteArray &value, const QByteArray &type = {})
{
    const QByteArray cell
            = "<c" + (type.isEmpty() ? QByteArray() : " t=\"" + type + "\"") + ">" + value + "</c>";
    QByteArray sheet = "<worksheet><sheetData>";
    for (int r = 1; r <= rows; ++r)
        sheet += "<row r=\"" + QByteArray::number(r) + "\">" + cell.repeated(columns) + "</row>";
    return sheet + "</sheetData></worksheet>";
}

/** Shared strings holding @p text alone. */
QByteArray stringsOf(const QByteArray &text)
{
    return "<sst><si><t>" + text + "</t></si></sst>";
}

/** A ZIP file of @p parts (path, content), made in memory as spreadsheet programs do. */
QByteArray zipped(const QList<QPair<QByteArray, QByteArray>> &parts)
{
    QByteArray out(1024 * 1024, '\0');
    size_t used = 0;
    archive *zip = archive_write_new();
    archive_write_set_format_zip(zip);
    archive_write_open_memory(zip, out.data(), size_t(out.size()), &used);
    for (const auto &[path, content] : parts) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, path.constData());
        archive_entry_set_size(entry, content.size());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_write_header(zip, entry);
        archive_write_data(zip, content.constData(), size_t(content.size()));
        archive_entry_free(entry);
    }
    archive_write_close(zip);
    archive_write_free(zip);
    out.truncate(qsizetype(used));
    return out;
}

/** A workbook whose first sheet has a header and three rows, with a gap at row 3. */
QByteArray workbook()
{
    const QByteArray strings
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
              "count=\"10\" uniqueCount=\"10\">\n"
              "<si><t>first_name</t></si><si><t>last_name</t></si><si><t>email</t></"
              "si><si><t>role</t></si>\n"
              "<si><t>company_name</t></si><si><t>Kanu</t></si><si><t>Abubakar</t></si>\n"
              "<si><t>halima.xlsx@import.test</t></si><si><t>Employer</t></si>\n"
              "<si><r><t xml:space=\"preserve\">Sahel Foods, \"Kano\"</t></r><r><rPr><b/></rPr><t "
              "xml:space=\"preserve\">\n"
              "Ltd</t></r><rPh sb=\"0\" eb=\"1\"><t>IGNORED</t></rPh></si>\n"
              "</sst>";
    const QByteArray sheet
            = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
              "<worksheet "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\n"
              "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c "
              "r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" "
              "t=\"s\"><v>4</v></c></row>\n"
              "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" "
              "t=\"inlineStr\"><is><t>Nwankwo</t></is></c><c r=\"C2\" "
              "t=\"str\"><f>LOWER(\"KANU.XLSX@IMPORT.TEST\")</f><v>kanu.xlsx@import.test</v></c></"
              "row>\n"
              "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>Halima</t></r><r><t "
              "xml:space=\"preserve\"> Grace</t></r></is></c><c r=\"B4\" t=\"s\"><v>6</v></c><c "
              "r=\"C4\" t=\"s\"><v>7</v></c><c r=\"D4\" t=\"s\"><v>8</v></c><c r=\"E4\" "
              "t=\"s\"><v>9</v></c></row>\n"
              "<row r=\"5\"><c r=\"A5\" t=\"s\"><v>5</v></c><c r=\"B5\"><v>42</v></c><c r=\"C5\" "
              "t=\"inlineStr\"><is><t>no email here</t></is></c></row>\n"
              "</sheetData></worksheet>";
    return zipped({ { "[Content_Types].xml", "<Types/>" },
                    { "xl/sharedStrings.xml", strings },
                    { "xl/worksheets/sheet1.xml", sheet } });
}

} // namespace

class TestAdminImports : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithStaff(); }
    void cleanupTestCase() { m_server.reset(); }

    // Invitations
    void csvImportReportsEveryRow();
    void csvHeadersAreForgiving();
    void anXlsxWorkbookIsImportedLikeCsv();
    void csvUploadRefusesABadFile_data();
    void csvUploadRefusesABadFile();
    void aWorkbookThatCannotBeImportedFailsSayingWhy_data();
    void aWorkbookThatCannotBeImportedFailsSayingWhy();
    void importReportIsPagedAndFiltered();
    void invitingApplicantsReportsEveryRow();
    void invitingApplicantsChecksTheList_data();
    void invitingApplicantsChecksTheList();
    void aTenThousandRowImportRunsInTheBackground();
    void anImportThatKeepsFailingSaysSo();

private:
    /** Waits until the import is done or failed; its last report page. */
    QJsonObject waitForImport(TestServer &server, const QString &token, qint64 id,
                              int timeoutMs = 30000);
};

QJsonObject TestAdminImports::waitForImport(TestServer &server, const QString &token, qint64 id,
                                            int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QJsonObject report;
    while (!deadline.hasExpired()) {
        report = server.get(u"/api/v1/admin/user-imports/%1?limit=100"_s.arg(id), token).json();
        const QString status = report.value(u"import"_s).toObject().value(u"status"_s).toString();
        if (status == u"done"_s || status == u"failed"_s)
            break;
        QTest::qWait(50);
    }
    return report;
}

// ---- Invitations ----

void TestAdminImports::csvImportReportsEveryRow()
{
    const QByteArray csv
            = "first_name,last_name,email,role,company_name\n" // line 1
              "Ada,Obi,ada.csv@import.test,,\n" // 2
              "\"Chinedu, Jr.\",\"Okafor \"\"CJ\"\"\",cj.csv@import.test,talent,\n" // 3
              "Bola,Ade,bola.csv@import.test,Employer,\"Ade & Sons, Ltd\"\n" // 4
              "Ngozi,Eze,ngozi.csv@import.test,employer,\"Multi\nLine Ventures\"\n" // 5-6
              "Musa,Bello\n" // 7
              "Tunde,Bakare,not-an-email,talent,\n" // 8
              "\n" // 9
              "Kemi,Ade,ADA.csv@import.test,talent,\n" // 10
              "Existing,Talent,"
            + m_talent.email.toUtf8()
            + ",talent,\n" // 11
              "Emeka,Obi,emeka.csv@import.test,employer,\n" // 12
              "Zainab,Yusuf,zainab.csv@import.test,pilot,\n"; // 13

    const Reply started = m_server->raw("POST", u"/api/v1/admin/user-imports"_s, csv, "text/csv",
                                        m_admin.token);
    QCOMPARE(started.status, 202);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(started.json().value(u"total_rows"_s).toInt(), 10);
    QVERIFY(started.json().value(u"status"_s).toString() != u"done"_s
            || started.json().value(u"processed_rows"_s).toInt() == 10);

    const QJsonObject report = waitForImport(*m_server, m_admin.token, id);
    const QJsonObject import = report.value(u"import"_s).toObject();
    QCOMPARE(import.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(import.value(u"processed_rows"_s).toInt(), 10);
    QCOMPARE(import.value(u"created"_s).toInt(), 4);
    QCOMPARE(import.value(u"duplicate"_s).toInt(), 2);
    QCOMPARE(import.value(u"invalid"_s).toInt(), 4);
    QVERIFY(!import.value(u"finished_at"_s).toString().isEmpty());

    const QHash<int, QJsonObject> rows = rowsByNumber(report.value(u"data"_s).toArray());
    QCOMPARE(QSet<int>(rows.keyBegin(), rows.keyEnd()),
             (QSet<int> { 2, 3, 4, 5, 7, 8, 10, 11, 12, 13 }));
    const QList<std::tuple<int, QString, QString>> expected {
        { 2, u"created"_s, QString() },
        { 3, u"created"_s, QString() },
        { 4, u"created"_s, QString() },
        { 5, u"created"_s, QString() },
        { 7, u"invalid"_s, u"the row has 2 fields where the header has 5"_s },
        { 8, u"invalid"_s, u"email must be an email"_s },
        { 10, u"duplicate"_s, u"already on row 2"_s },
        { 11, u"duplicate"_s, u"an account with this email already exists"_s },
        { 12, u"invalid"_s, u"company_name should not be empty for an employer"_s },
        { 13, u"invalid"_s, u"role must be one of"_s },
    };
    for (const auto &[number, outcome, reason] : expected) {
        const QJsonObject row = rows.value(number);
        QVERIFY2(row.value(u"outcome"_s).toString() == outcome,
                 qPrintable(u"row %1: %2"_s.arg(number).arg(
                         QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)))));
        if (reason.isEmpty()) {
            QVERIFY(row.value(u"reason"_s).isNull());
            QVERIFY(row.value(u"user_id"_s).toInteger() > 0);
        } else {
            QVERIFY2(row.value(u"reason"_s).toString().contains(reason),
                     qPrintable(row.value(u"reason"_s).toString()));
            QVERIFY(row.value(u"user_id"_s).isNull());
        }
    }
    QVERIFY(rows.value(7).value(u"reason"_s).toString().contains(u"email should not be empty"_s));
    QCOMPARE(rows.value(8).value(u"email"_s).toString(), u"not-an-email"_s);
    QCOMPARE(rows.value(4).value(u"role"_s).toString(), u"employer"_s);

    // Quoted fields keep their commas, quotes and line breaks.
    const Reply chinedu = m_server->get(
            u"/api/v1/users/%1"_s.arg(rows.value(3).value(u"user_id"_s).toInteger()), m_admin.token);
    QCOMPARE(chinedu.json().value(u"first_name"_s).toString(), u"Chinedu, Jr."_s);
    QCOMPARE(chinedu.json().value(u"last_name"_s).toString(), u"Okafor \"CJ\""_s);
    QCOMPARE(chinedu.json().value(u"status"_s).toString(), u"pending"_s);
    const Reply ngozi = m_server->get(
            u"/api/v1/users/%1"_s.arg(rows.value(5).value(u"user_id"_s).toInteger()), m_admin.token);
    QCOMPARE(ngozi.json().value(u"company_name"_s).toString(), u"Multi\nLine Ventures"_s);

    // Each invitation carries a single-use link that activates the account with its role.
    for (const auto &[email, role] : { std::pair { u"ada.csv@import.test"_s, u"talent"_s },
                                       std::pair { u"bola.csv@import.test"_s, u"employer"_s } }) {
        const std::optional<Mail> mail = m_server->waitForMail(email);
        QVERIFY2(mail, qPrintable(email));
        const QString token = mail->invitationToken();
        QVERIFY2(!token.isEmpty(), qPrintable(mail->text));
        const Reply accepted = m_server->post(
                u"/api/v1/auth/accept-invite"_s,
                QJsonObject { { u"token"_s, token }, { u"password"_s, u"Invited-Passw0rd"_s } });
        QCOMPARE(accepted.status, 200);
        const Reply me = m_server->get(u"/api/v1/auth/me"_s,
                                       accepted.json().value(u"access_token"_s).toString());
        QCOMPARE(me.json().value(u"role"_s).toString(), role);
        QCOMPARE(me.json().value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(m_server->post(u"/api/v1/auth/accept-invite"_s,
                                QJsonObject { { u"token"_s, token },
                                              { u"password"_s, u"Another-Passw0rd"_s } })
                         .status,
                 400);
    }
    const Reply company = m_server->get(u"/api/v1/admin/employers?q="_s + percent(u"Ade & Sons"_s),
                                        m_admin.token);
    QCOMPARE(valueSet(company.json().value(u"data"_s), u"name"_s),
             QSet<QString> { u"Ade & Sons, Ltd"_s });
    QVERIFY(m_server->mailsTo(u"not-an-email"_s).isEmpty());
    QCOMPARE(m_server->mailsTo(u"emeka.csv@import.test"_s).size(), 0);
}

void TestAdminImports::csvHeadersAreForgiving()
{
    // A spreadsheet's export: byte order mark, "First Name" headers, CRLF line ends, no final
    // line break, a row of bare commas.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "First Name,Last Name,Email\r\n"
                           "Yemi,Alade,yemi.crlf@import.test\r\n"
                           ",,\r\n"
                           "Femi,Alade,femi.crlf@import.test";
    const Reply started = m_server->raw("POST", u"/api/v1/admin/user-imports"_s, csv, "text/csv",
                                        m_superAdmin.token);
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json().value(u"total_rows"_s).toInt(), 2);
    const QJsonObject report = waitForImport(*m_server, m_superAdmin.token,
                                             started.json().value(u"id"_s).toInteger());
    QCOMPARE(report.value(u"import"_s).toObject().value(u"created"_s).toInt(), 2);
    QCOMPARE(valueSet(report.value(u"data"_s), u"email"_s),
             (QSet<QString> { u"yemi.crlf@import.test"_s, u"femi.crlf@import.test"_s }));
    QCOMPARE(rowsByNumber(report.value(u"data"_s).toArray()).keys().contains(4), true);
    QVERIFY(m_server->waitForMail(u"femi.crlf@import.test"_s));
}

void TestAdminImports::anXlsxWorkbookIsImportedLikeCsv()
{
    const Reply started = m_server->raw(
            "POST", u"/api/v1/admin/user-imports"_s, workbook(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", m_admin.token);
    QCOMPARE(started.status, 202);
    QCOMPARE(started.json().value(u"source"_s).toString(), u"xlsx"_s);
    const QJsonObject report
            = waitForImport(*m_server, m_admin.token, started.json().value(u"id"_s).toInteger());
    const QJsonObject import = report.value(u"import"_s).toObject();
    QCOMPARE(import.value(u"total_rows"_s).toInt(), 3); // counted once the job read the sheet
    QVERIFY2(import.value(u"created"_s).toInt() == 2,
             QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(import.value(u"invalid"_s).toInt(), 1);

    // Row numbers are the sheet's.
    const QHash<int, QJsonObject> rows = rowsByNumber(report.value(u"data"_s).toArray());
    QCOMPARE(QSet<int>(rows.keyBegin(), rows.keyEnd()), (QSet<int> { 2, 4, 5 }));
    QCOMPARE(rows.value(2).value(u"email"_s).toString(), u"kanu.xlsx@import.test"_s);
    QCOMPARE(rows.value(4).value(u"role"_s).toString(), u"employer"_s);
    QVERIFY2(rows.value(5).value(u"reason"_s).toString().contains(u"email must be an email"_s),
             qPrintable(rows.value(5).value(u"reason"_s).toString()));

    const Reply halima = m_server->get(
            u"/api/v1/users/%1"_s.arg(rows.value(4).value(u"user_id"_s).toInteger()), m_admin.token);
    QCOMPARE(halima.json().value(u"first_name"_s).toString(), u"Halima Grace"_s);
    QCOMPARE(halima.json().value(u"last_name"_s).toString(), u"Abubakar"_s);
    QCOMPARE(halima.json().value(u"company_name"_s).toString(), u"Sahel Foods, \"Kano\" Ltd"_s);
    QVERIFY(m_server->waitForMail(u"kanu.xlsx@import.test"_s));
}

void TestAdminImports::csvUploadRefusesABadFile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("named");

    const QByteArray row = "Ola,Ade,ola.bad@import.test\n";
    QTest::addRow("empty") << QByteArray() << 400 << u"empty"_s;
    QTest::addRow("blank") << QByteArray("\n\n  \n") << 400 << u"empty"_s;
    QTest::addRow("no email column")
            << QByteArray("first_name,last_name\nOla,Ade\n") << 400 << u"email"_s;
    QTest::addRow("unknown column")
            << QByteArray("first_name,last_name,email,age\n") + row << 400 << u"age"_s;
    QTest::addRow("a column twice")
            << QByteArray("first_name,last_name,email,email\n") + row << 400 << u"twice"_s;
    QTest::addRow("header only") << QByteArray("first_name,last_name,email\n") << 400
                                 << u"no rows"_s;
    QTest::addRow("not UTF-8") << QByteArray(
            "first_name,last_name,email\n\xff\xfe,Ade,x@import.test\n")
                               << 400 << u"UTF-8"_s;
    QTest::addRow("binary") << QByteArray("first_name,last_name,email\nA") + '\0'
                    + QByteArray("B,C,d@import.test\n")
                            << 400 << u"NUL"_s;
}

void TestAdminImports::csvUploadRefusesABadFile()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, named);
    const Reply reply = m_server->raw("POST", u"/api/v1/admin/user-imports"_s, body, "text/csv",
                                      m_admin.token);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    QVERIFY(!reply.json().contains(u"id"_s));
    QVERIFY(m_server->mailsTo(u"ola.bad@import.test"_s).isEmpty());
}

void TestAdminImports::aWorkbookThatCannotBeImportedFailsSayingWhy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("named");

    QTest::addRow("a damaged ZIP file")
            << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(64, 'x') << u"XLSX"_s;
    QTest::addRow("a ZIP file without a worksheet")
            << zipped({ { "readme.txt", "first_name,last_name,email\n" } })
            << u"no first worksheet"_s;
    // Workbooks that cost far more to read than they weigh.
    QTest::addRow("a worksheet twice")
            << zipped({ { "xl/worksheets/sheet1.xml", sheetOf(1, 1, "<v>1</v>") },
                        { "xl/worksheets/sheet1.xml", sheetOf(1, 1, "<v>1</v>") } })
            << u"appears twice"_s;
    QTest::addRow("one long shared string in every cell")
            << zipped({ { "xl/sharedStrings.xml", stringsOf(QByteArray(30000, 'x')) },
                        { "xl/worksheets/sheet1.xml", sheetOf(2000, 10, "<v>0</v>", "s") } })
            << u"more than 8 MiB of text"_s;
    // 4.4 million quote marks: each doubled and the cell quoted, 8.8 million characters of CSV.
    QTest::addRow("cells whose CSV is larger than they are")
            << zipped({ { "xl/sharedStrings.xml", stringsOf(QByteArray(20000, '"')) },
                        { "xl/worksheets/sheet1.xml", sheetOf(22, 10, "<v>0</v>", "s") } })
            << u"more than 8 MiB of text"_s;
    QTest::addRow("a shared string longer than a cell holds")
            << zipped({ { "xl/sharedStrings.xml", stringsOf(QByteArray(40000, 'x')) },
                        { "xl/worksheets/sheet1.xml", sheetOf(1, 1, "<v>0</v>", "s") } })
            << u"more than 32767 characters"_s;
    QTest::addRow("more cells than an import reads")
            << zipped({ { "xl/worksheets/sheet1.xml", sheetOf(8400, 60, "<v>1</v>") } })
            << u"more than 500000 cells"_s;
    QTest::addRow("no email column")
            << zipped({ { "xl/sharedStrings.xml", stringsOf("first_name") },
                        { "xl/worksheets/sheet1.xml", sheetOf(2, 1, "<v>0</v>", "s") } })
            << u"email"_s;
}

void TestAdminImports::aWorkbookThatCannotBeImportedFailsSayingWhy()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, named);
    // Read off the request threads: the upload is taken, and the import's report says why not.
    const Reply started = m_server->raw(
            "POST", u"/api/v1/admin/user-imports"_s, body,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", m_admin.token);
    QCOMPARE(started.status, 202);
    const QJsonObject import
            = waitForImport(*m_server, m_admin.token, started.json().value(u"id"_s).toInteger())
                      .value(u"import"_s)
                      .toObject();
    QCOMPARE(import.value(u"status"_s).toString(), u"failed"_s);
    const QString error = import.value(u"error"_s).toString();
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(import.value(u"total_rows"_s).toInt(), 0);
    QVERIFY(m_server->mailsTo(u"ola.bad@import.test"_s).isEmpty());
}

void TestAdminImports::importReportIsPagedAndFiltered()
{
    QByteArray csv = "first_name,last_name,email\n";
    for (int i = 1; i <= 12; ++i)
        csv += "Page,Row" + QByteArray::number(i) + ","
                + (i % 3 == 0 ? QByteArray("broken")
                              : "page" + QByteArray::number(i) + "@report.test")
                + "\n";
    const Reply started = m_server->raw("POST", u"/api/v1/admin/user-imports"_s, csv, "text/csv",
                                        m_admin.token);
    QCOMPARE(started.status, 202);
    const qint64 id = started.json().value(u"id"_s).toInteger();
    QCOMPARE(waitForImport(*m_server, m_admin.token, id)
                     .value(u"import"_s)
                     .toObject()
                     .value(u"status"_s)
                     .toString(),
             u"done"_s);

    const QString path = u"/api/v1/admin/user-imports/%1"_s.arg(id);
    const Reply second = m_server->get(path + u"?page=2&limit=5"_s, m_admin.token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"meta"_s).toObject(),
             (QJsonObject {
                     { u"page"_s, 2 }, { u"limit"_s, 5 }, { u"total"_s, 12 }, { u"pages"_s, 3 } }));
    QCOMPARE(rowsByNumber(second.json().value(u"data"_s).toArray()).keys().size(), 5);
    QVERIFY(rowsByNumber(second.json().value(u"data"_s).toArray()).contains(7)); // lines 7 to 11

    const Reply invalid = m_server->get(path + u"?outcome=invalid"_s, m_admin.token);
    QCOMPARE(invalid.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(), 4);
    QCOMPARE(valueSet(invalid.json().value(u"data"_s), u"email"_s), QSet<QString> { u"broken"_s });
    QCOMPARE(invalid.json().value(u"import"_s).toObject().value(u"created"_s).toInt(), 8);

    QCOMPARE(m_server->get(path + u"?outcome=lost"_s, m_admin.token).status, 400);
    QCOMPARE(m_server->get(u"/api/v1/admin/user-imports/987654"_s, m_admin.token).status, 404);
    QCOMPARE(m_server->get(path, m_support.token).status, 403);
    QCOMPARE(m_server->get(path).status, 401);
}

void TestAdminImports::invitingApplicantsReportsEveryRow()
{
    const auto invite = [](const QString &first, const QString &last, const QJsonValue &email) {
        return QJsonObject { { u"first_name"_s, first },
                             { u"last_name"_s, last },
                             { u"email"_s, email } };
    };
    const QJsonObject body {
        { u"invites"_s,
          QJsonArray { invite(u"Amaka"_s, u"Nwosu"_s, u"amaka.json@invite.test"_s),
                       invite(u"Bad"_s, u"Email"_s, u"nope"_s),
                       invite(u"Same"_s, u"Person"_s, u"AMAKA.json@invite.test"_s),
                       invite(u"Already"_s, u"Here"_s, m_talent.email),
                       invite(QString(), u"Noname"_s, u"noname.json@invite.test"_s),
                       invite(u"Obinna"_s, u"Eze"_s, u"obinna.json@invite.test"_s) } }
    };
    const Reply reply = m_server->post(u"/api/v1/admin/talent-invitations"_s, body, m_admin.token);
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QCOMPARE(json.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(json.value(u"total_rows"_s).toInt(), 6);
    QCOMPARE(json.value(u"created"_s).toInt(), 2);
    QCOMPARE(json.value(u"duplicate"_s).toInt(), 2);
    QCOMPARE(json.value(u"invalid"_s).toInt(), 2);
    const QHash<int, QJsonObject> rows = rowsByNumber(json.value(u"rows"_s).toArray());
    QCOMPARE(rows.value(1).value(u"outcome"_s).toString(), u"created"_s);
    QCOMPARE(rows.value(1).value(u"role"_s).toString(), u"talent"_s);
    QVERIFY(rows.value(2).value(u"reason"_s).toString().contains(u"email must be an email"_s));
    QVERIFY(rows.value(3).value(u"reason"_s).toString().contains(u"already on row 1"_s));
    QVERIFY(rows.value(4).value(u"reason"_s).toString().contains(u"already exists"_s));
    QVERIFY(rows.value(5).value(u"reason"_s).toString().contains(u"first_name should not be empty"_s));
    QCOMPARE(rows.value(6).value(u"outcome"_s).toString(), u"created"_s);

    // The report stays readable afterwards.
    const Reply report = m_server->get(
            u"/api/v1/admin/user-imports/%1"_s.arg(json.value(u"id"_s).toInteger()), m_admin.token);
    QCOMPARE(report.json().value(u"data"_s).toArray(), json.value(u"rows"_s).toArray());

    const std::optional<Mail> mail = m_server->waitForMail(u"obinna.json@invite.test"_s);
    QVERIFY(mail);
    const Reply accepted = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                          QJsonObject { { u"token"_s, mail->invitationToken() },
                                                        { u"password"_s, u"Invited-Passw0rd"_s } });
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json().value(u"user"_s).toObject().value(u"role"_s).toString(), u"talent"_s);
    QCOMPARE(m_server->mailsTo(u"amaka.json@invite.test"_s).size(), 1);
    QVERIFY(m_server->mailsTo(u"nope"_s).isEmpty());
}

void TestAdminImports::invitingApplicantsChecksTheList_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("named");

    QJsonArray tooMany;
    for (int i = 0; i < 501; ++i)
        tooMany.append(QJsonObject { { u"first_name"_s, u"Many"_s },
                                     { u"last_name"_s, u"People"_s },
                                     { u"email"_s, u"many%1@invite.test"_s.arg(i) } });
    QTest::addRow("no list") << QJsonObject() << u"invites"_s;
    QTest::addRow("empty list") << QJsonObject { { u"invites"_s, QJsonArray() } } << u"invites"_s;
    QTest::addRow("more than 500") << QJsonObject { { u"invites"_s, tooMany } } << u"at most 500"_s;
    QTest::addRow("not a list") << QJsonObject { { u"invites"_s, u"everyone"_s } } << u"invites"_s;
    QTest::addRow("an email that is not text") << QJsonObject {
        { u"invites"_s,
          QJsonArray { QJsonObject {
                  { u"first_name"_s, u"A"_s }, { u"last_name"_s, u"B"_s }, { u"email"_s, 42 } } } }
    } << u"invites[0].email"_s;
}

void TestAdminImports::invitingApplicantsChecksTheList()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, named);
    const Reply reply = m_server->post(u"/api/v1/admin/talent-invitations"_s, body, m_admin.token);
    QCOMPARE(reply.status, 400);
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
    QVERIFY(m_server->mailsTo(u"many0@invite.test"_s).isEmpty());
}

void TestAdminImports::aTenThousandRowImportRunsInTheBackground()
{
    TestServer server; // its own outbox: ten thousand invitations would slow every mail lookup
    const TestUser admin = server.createUser(Role::Admin);
    constexpr int rows = 10000;
    QByteArray csv = "first_name,last_name,email\n";
    csv.reserve(rows * 48);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "Bulk" + n + ",Talent" + n + ","
                + (i % 1000 == 999 ? QByteArray("missing-at-sign") : "bulk" + n + "@bulk.test")
                + "\n";
    }

    QElapsedTimer clock;
    clock.start();
    const Reply started
            = server.raw("POST", u"/api/v1/admin/user-imports"_s, csv, "text/csv", admin.token);
    QCOMPARE(started.status, 202);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(started.json().value(u"total_rows"_s).toInt(), rows);
    const qint64 id = started.json().value(u"id"_s).toInteger();

    // While it runs, the server keeps answering quickly.
    int answeredWhileRunning = 0;
    qint64 slowest = 0;
    QString status;
    int processed = 0;
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        QElapsedTimer health;
        health.start();
        QCOMPARE(server.get(u"/healthz"_s).status, 200);
        slowest = std::max(slowest, health.elapsed());
        const QJsonObject import
                = server.get(u"/api/v1/admin/user-imports/%1?limit=1"_s.arg(id), admin.token)
                          .json()
                          .value(u"import"_s)
                          .toObject();
        status = import.value(u"status"_s).toString();
        QVERIFY(import.value(u"processed_rows"_s).toInt() >= processed); // progress only grows
        processed = import.value(u"processed_rows"_s).toInt();
        if (status == u"done"_s)
            break;
        ++answeredWhileRunning;
        QTest::qWait(100);
    }
    QCOMPARE(status, u"done"_s);
    QVERIFY2(answeredWhileRunning > 0, "the import finished before the server answered again");
    QVERIFY2(slowest < 1000, qPrintable(u"slowest /healthz: %1 ms"_s.arg(slowest)));

    const QJsonObject report
            = server.get(u"/api/v1/admin/user-imports/%1?page=100&limit=100"_s.arg(id), admin.token)
                      .json();
    const QJsonObject import = report.value(u"import"_s).toObject();
    QCOMPARE(import.value(u"processed_rows"_s).toInt(), rows);
    QCOMPARE(import.value(u"created"_s).toInt(), rows - 10);
    QCOMPARE(import.value(u"invalid"_s).toInt(), 10);
    QCOMPARE(import.value(u"duplicate"_s).toInt(), 0);
    QCOMPARE(report.value(u"meta"_s).toObject().value(u"total"_s).toInt(), rows);
    // The last page ends with the file's last line.
    const QJsonArray last = report.value(u"data"_s).toArray();
    QCOMPARE(last.size(), 100);
    QCOMPARE(last.last().toObject().value(u"row"_s).toInt(), rows + 1);
    QCOMPARE(last.last().toObject().value(u"outcome"_s).toString(), u"invalid"_s);
    QCOMPARE(last.at(98).toObject().value(u"email"_s).toString(), u"bulk9998@bulk.test"_s);
    const Reply stats = server.get(u"/api/v1/admin/statistics"_s, admin.token);
    QCOMPARE(stats.json()
                     .value(u"users"_s)
                     .toObject()
                     .value(u"by_role"_s)
                     .toObject()
                     .value(u"talent"_s)
                     .toInt(),
             rows - 10);
}

void TestAdminImports::anImportThatKeepsFailingSaysSo()
{
    TestServer server; // its tables are broken on purpose below
    const TestUser admin = server.createUser(Role::Admin);
    // Every row's outcome is written to this table: without it, each attempt at the file fails.
    QSqlDatabase db = server.context().db();
    QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE user_import_rows RENAME TO user_import_rows_away"_s));

    const Reply started = server.raw("POST", u"/api/v1/admin/user-imports"_s,
                                     "first_name,last_name,email\nAda,Obi,ada.fails@import.test\n",
                                     "text/csv", admin.token);
    QCOMPARE(started.status, 202);
    const qint64 id = started.json().value(u"id"_s).toInteger();

    QDeadlineTimer deadline(60000);
    QString jobStatus;
    while (!deadline.hasExpired() && jobStatus != u"failed"_s) {
        // The retries are spaced out over minutes; the test brings each one forward.
        Sql(db, u"UPDATE background_jobs SET run_at = updated_at WHERE status = 'pending'"_s).exec();
        QTest::qWait(100);
        jobStatus = Sql(db, u"SELECT status FROM background_jobs WHERE kind = :kind"_s)
                            .bind(u":kind"_s, UserImportService::jobKind)
                            .scalar()
                            .toString();
    }
    QCOMPARE(jobStatus, u"failed"_s);
    QVERIFY(QSqlQuery(db).exec(u"ALTER TABLE user_import_rows_away RENAME TO user_import_rows"_s));

    const QJsonObject import = server.get(u"/api/v1/admin/user-imports/%1"_s.arg(id), admin.token)
                                       .json()
                                       .value(u"import"_s)
                                       .toObject();
    QCOMPARE(import.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(import.value(u"error"_s).toString().contains(u"the rest of the file was not"_s));
    QVERIFY(!import.value(u"finished_at"_s).toString().isEmpty());
    QCOMPARE(import.value(u"processed_rows"_s).toInt(), 0);
}

QTEST_MAIN(TestAdminImports)
#include "tst_admin_imports.moc"
