// SPDX-License-Identifier: Apache-2.0
// The super admins' learning console driven as a person would (click, type, confirm) against the
// real server: enrolment requests approved and declined (one and several), a report exported and
// saved, a query run and a write refused, the sensitive tools behind their confirmations, the
// academies and learners found and opened. Each flow is checked on the server; an admin who is
// not a super admin never sees the console.
#include "pagetest.h"

#include "language.h"
#include "session.h"

#include <QFile>
#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

/** A secret the server is configured with: the console may say it is set, never show it. */
const QString smtpPassword = u"smtp-secret-4471"_s;

} // namespace

class TestLmsPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>(
                QHash<QString, QString> { { u"mail/smtp_password"_s, smtpPassword } });
        m_super = m_server->createUser(Role::SuperAdmin);
        m_admin = m_server->createUser(Role::Admin);

        // Two built-in courses, and talents asking to join them.
        const Reply category
                = m_server->post(u"/api/v1/lms/categories"_s,
                                 QJsonObject { { u"name"_s, u"Data"_s } }, m_admin.token);
        QCOMPARE(category.status, 201);
        m_dataCourse = course(category.json().value(u"id"_s).toInteger(), u"DATA101"_s,
                              u"Data analysis basics"_s);
        m_webCourse = course(category.json().value(u"id"_s).toInteger(), u"WEB201"_s,
                             u"Web development with Qt"_s);
        QVERIFY(m_dataCourse > 0 && m_webCourse > 0);
        for (const QString &name : { u"chioma"_s, u"emeka"_s, u"funke"_s, u"tunde"_s }) {
            m_talents.append(m_server->createUser(Role::Talent, name + u"@learners.test"_s));
            m_requests.append(request(m_talents.last(), m_dataCourse));
        }
        m_requests.append(request(m_talents.at(0), m_webCourse));

        // An academy, and NYSC corps members (one attached to the academy).
        const Reply academy = m_server->post(
                u"/api/v1/lms/companies"_s,
                QJsonObject { { u"name"_s, u"Yaba Data Academy"_s }, { u"state"_s, u"Lagos"_s } },
                m_super.token);
        QCOMPARE(academy.status, 201);
        m_academy = academy.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/lms/talents/%1"_s.arg(m_talents.at(0).id),
                                 QJsonObject { { u"nysc"_s, true },
                                               { u"nysc_state_code"_s, u"LA/24B/1234"_s },
                                               { u"nysc_batch"_s, u"2024B"_s },
                                               { u"academy_id"_s, m_academy } },
                                 m_super.token)
                         .status,
                 200);
        QCOMPARE(m_server->patch(u"/api/v1/lms/talents/%1"_s.arg(m_talents.at(1).id),
                                 QJsonObject { { u"nysc"_s, true },
                                               { u"nysc_state_code"_s, u"OY/24B/0042"_s } },
                                 m_super.token)
                         .status,
                 200);
        connectClient();
    }
    void cleanup()
    {
        closePage();
        client::Language::instance()->setLanguage(u"en"_s);
    }
    void cleanupTestCase() { m_server.reset(); }

    void anAdminWhoIsNotASuperAdminDoesNotSeeTheConsole()
    {
        logInAs(m_admin, u"admin"_s);
        show(u"AdminShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"cohorts"_s));
        QVERIFY(!sectionNames().contains(u"learning"_s));
        closePage();

        logInAs(m_super, u"admin"_s);
        show(u"AdminShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"learning"_s));
    }

    void aSuperAdminApprovesAndDeclinesRequestsOneByOneAndTicked()
    {
        openConsole(u"requests"_s);
        // The pending requests, newest first, each with the moves the server offers.
        QVERIFY(find(u"request_%1"_s.arg(m_requests.at(0))));
        QVERIFY(find(u"move_approved_%1"_s.arg(m_requests.at(4))));
        snapshot(u"admin-lms-requests"_s);

        click(find(u"move_approved_%1"_s.arg(m_requests.at(0))));
        QTRY_COMPARE(requestOnServer(m_requests.at(0)).value(u"status"_s).toString(), u"approved"_s);
        // Approved means enrolled: the talent has the course.
        QTRY_VERIFY(shownNow(u"requestsProblem"_s).toString().startsWith(u"1 request"_s));
        const Reply courses = m_server->get(
                u"/api/v1/lms/users/%1/courses"_s.arg(m_talents.at(0).id), m_super.token);
        QVERIFY2(courses.body.contains("Data analysis basics"), courses.body.constData());

        // Declining asks why; a reason too short is refused beside the field and stays typed.
        click(find(u"move_declined_%1"_s.arg(m_requests.at(1))));
        QQuickItem *reason = find(u"declineReason"_s);
        QVERIFY(reason);
        reason->forceActiveFocus();
        typeKeys(u"No"_s);
        click(find(u"declineConfirm"_s));
        QTRY_VERIFY(!shownNow(u"declineReasonError"_s).toString().isEmpty());
        QCOMPARE(shownNow(u"declineReason"_s).toString(), u"No"_s);
        QCOMPARE(requestOnServer(m_requests.at(1)).value(u"status"_s).toString(), u"pending"_s);
        click(find(u"declineReason"_s));
        QTest::keyClick(m_window.get(), Qt::Key_End);
        typeKeys(u"t this term as the course is full"_s);
        click(find(u"declineConfirm"_s));
        QTRY_COMPARE(requestOnServer(m_requests.at(1)).value(u"status"_s).toString(), u"declined"_s);
        QCOMPARE(requestOnServer(m_requests.at(1)).value(u"reason"_s).toString(),
                 u"Not this term as the course is full"_s);

        // Two ticked and approved at once, once the list has been read again without the
        // declined one: the decline's answer clears the ticks when it comes.
        QTRY_VERIFY(!shownNow(u"tick_%1"_s.arg(m_requests.at(1)), "visible").toBool());
        click(find(u"tick_%1"_s.arg(m_requests.at(2))));
        click(find(u"tick_%1"_s.arg(m_requests.at(3))));
        QTRY_COMPARE(shownNow(u"approveTicked"_s).toString(), u"Approve 2 ticked"_s);
        click(find(u"approveTicked"_s));
        QTRY_COMPARE(requestOnServer(m_requests.at(2)).value(u"status"_s).toString(), u"approved"_s);
        QTRY_COMPARE(requestOnServer(m_requests.at(3)).value(u"status"_s).toString(), u"approved"_s);
        // Only the last one still waits.
        QTRY_VERIFY(!shownNow(u"request_%1"_s.arg(m_requests.at(2)), "visible").toBool());
        QVERIFY(find(u"request_%1"_s.arg(m_requests.at(4))));
    }

    void aDeclineWhileTheServerIsAwayKeepsItsReason()
    {
        openConsole(u"requests"_s);
        click(find(u"move_declined_%1"_s.arg(m_requests.at(4))));
        QQuickItem *reason = find(u"declineReason"_s);
        QVERIFY(reason);
        reason->forceActiveFocus();
        typeKeys(u"The course is full until next term"_s);
        // The server goes away as the decline is sent: the dialog stays, with the reason.
        const quint16 port = m_server->port();
        m_server->stop();
        click(find(u"declineConfirm"_s));
        QTRY_VERIFY(!shownNow(u"declineReasonError"_s).toString().isEmpty());
        QCOMPARE(shownNow(u"declineReason"_s).toString(), u"The course is full until next term"_s);
        // Back again: the same button sends what was typed.
        m_server->startOn(port);
        click(find(u"declineConfirm"_s));
        QTRY_COMPARE(requestOnServer(m_requests.at(4)).value(u"status"_s).toString(), u"declined"_s);
        QCOMPARE(requestOnServer(m_requests.at(4)).value(u"reason"_s).toString(),
                 u"The course is full until next term"_s);
        QTRY_VERIFY(!shownNow(u"declineDialog"_s, "visible").toBool());
    }

    void aSuperAdminExportsAReportAndSavesIt()
    {
        openConsole(u"reports"_s);
        QVERIFY(find(u"reportRow"_s));
        snapshot(u"admin-lms-reports"_s);
        click(find(u"report_nysc"_s));
        QTRY_VERIFY(shownNow(u"reportRow"_s, "subtitle").toString().contains(u"LA/24B/1234"_s)
                    || shownNow(u"reportRow"_s, "subtitle").toString().contains(u"OY/24B/0042"_s));
        click(find(u"startExport"_s));
        // The progress is followed until the file is ready.
        QVERIFY(find(u"exportProgress"_s));
        QTRY_VERIFY_WITH_TIMEOUT(shownNow(u"saveExport"_s, "visible").toBool(), 30000);
        QCOMPARE(shownNow(u"exportTitle"_s).toString(), u"Export of the NYSC corps members"_s);
        QVERIFY(shownNow(u"exportText"_s).toString().startsWith(u"Ready: 2 row"_s));
        QCOMPARE(shownNow(u"exportBar"_s, "value").toReal(), 100.0);
        const QVariant exported = page(u"lmsReports"_s)->property("exported");
        const qint64 id = exported.value<QJSValue>().property(u"id"_s).toInt();
        QVERIFY(id > 0);
        QCOMPARE(m_server->get(u"/api/v1/lms/exports/%1"_s.arg(id), m_super.token)
                         .json()
                         .value(u"status"_s)
                         .toString(),
                 u"done"_s);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"nysc.csv"_s);
        click(find(u"saveExport"_s));
        QObject *dialog = page(u"lmsReports"_s)->findChild<QObject *>(u"exportSaveDialog"_s);
        chooseInDialog(dialog, csv);
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTRY_VERIFY(QFile::exists(csv));
        QTRY_VERIFY(shownNow(u"reportsProblem"_s).toString().startsWith(u"Saved to"_s));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray rows = saved.readAll();
        QVERIFY2(rows.startsWith("user_id,email,first_name,last_name,nysc_state_code"),
                 rows.constData());
        QVERIFY(rows.contains(m_talents.at(0).email.toUtf8()));
        QVERIFY(rows.contains("OY/24B/0042"));

        // The same report as an Excel workbook.
        click(find(u"startExportXlsx"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
                page(u"lmsReports"_s)->property("exported").value<QJSValue>().property(u"id"_s).toInt()
                        > id,
                30000);
        QTRY_VERIFY_WITH_TIMEOUT(shownNow(u"saveExport"_s, "visible").toBool(), 30000);
        QCOMPARE(shownNow(u"saveExport"_s).toString(), u"Save workbook…"_s);
        const QString xlsx = dir.filePath(u"nysc.xlsx"_s);
        click(find(u"saveExport"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        QCOMPARE(dialog->property("defaultSuffix").toString(), u"xlsx"_s);
        chooseInDialog(dialog, xlsx);
        QTRY_VERIFY(QFile::exists(xlsx));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.readAll().startsWith("PK")); // a workbook is a ZIP container
    }

    void aSuperAdminRunsAQueryAndAWriteIsRefusedBesideTheBox()
    {
        openConsole(u"tools"_s);
        const QString write = u"DELETE FROM lms_enrolment_requests"_s;
        QQuickItem *box = find(u"queryBox"_s);
        QVERIFY(box);
        click(box);
        typeKeys(write);
        click(find(u"runQuery"_s));
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(!shownNow(u"queryProblem"_s).toString().isEmpty());
        QVERIFY2(shownNow(u"queryProblem"_s).toString().contains(u"SELECT"_s),
                 qPrintable(shownNow(u"queryProblem"_s).toString()));
        QCOMPARE(shownNow(u"queryBox"_s).toString(), write); // kept, to be corrected
        QCOMPARE(m_server->get(u"/api/v1/lms/enrolment-requests"_s, m_super.token)
                         .json()
                         .value(u"meta"_s)[u"total"_s]
                         .toInt(),
                 m_requests.size());
        QVERIFY(auditDetails(u"run_query"_s).join(u'\n').contains(write));

        type(u"queryBox"_s,
             u"SELECT email, first_name FROM lms_people WHERE email LIKE '%@learners.test' "
             u"ORDER BY email"_s);
        click(find(u"runQuery"_s));
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(shownNow(u"queryCount"_s).toString().startsWith(u"4 row"_s));
        QVERIFY(!shownNow(u"queryProblem"_s).isValid()); // shown no more
        QVERIFY(find(u"queryRow"_s));
        QCOMPARE(find(u"queryResult"_s)->property("count").toInt(), 4);
        QStringList columns;
        for (QQuickItem *column : find(u"queryColumns"_s)->childItems()) {
            if (const QString name = column->property("text").toString(); !name.isEmpty())
                columns.append(name);
        }
        QCOMPARE(columns, (QStringList { u"email"_s, u"first_name"_s }));
        snapshot(u"admin-lms-tools"_s);
    }

    void aSuperAdminClearsTheCacheOnlyOnceConfirmed()
    {
        openConsole(u"tools"_s);
        const int before = auditDetails(u"clear_cache"_s).size();
        click(find(u"clearCache"_s));
        QVERIFY(find(u"confirmText"_s));
        click(find(u"confirmCancel"_s));
        QTRY_VERIFY(!shownNow(u"confirmText"_s, "visible").toBool());
        QCOMPARE(auditDetails(u"clear_cache"_s).size(), before);

        click(find(u"clearCache"_s));
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(shownNow(u"toolsProblem"_s).toString().startsWith(u"The cache is cleared"_s));
        QCOMPARE(auditDetails(u"clear_cache"_s).size(), before + 1);

        // The settings: a secret one says only that it is set.
        click(find(u"readSettings"_s));
        click(find(u"confirmAction"_s));
        type(u"settingFilter"_s, u"smtp"_s);
        QQuickItem *secret = find(u"setting_mail/smtp_password"_s);
        QVERIFY(secret);
        QCOMPARE(secret->findChild<QQuickItem *>(u"settingValue"_s)->property("text").toString(),
                 u"secret: set"_s);
        QVERIFY(!shownTexts().join(u'\n').contains(smtpPassword));
        QTRY_COMPARE(auditDetails(u"get_env"_s).size(), 1);
    }

    void aSuperAdminFindsAnAcademyAndALearnerAndFixesTheirContext()
    {
        openConsole(u"companies"_s);
        type(u"companySearch"_s, u"yaba"_s);
        QMetaObject::invokeMethod(find(u"companySearch"_s), "accepted");
        click(find(u"company_%1"_s.arg(m_academy)));
        QTRY_COMPARE(shownNow(u"companyName"_s).toString(), u"Yaba Data Academy"_s);
        QQuickItem *learners = find(u"companyLearners"_s);
        QVERIFY(learners);
        auto *learnerRows = learners->property("model").value<QObject *>();
        QTRY_COMPARE(learnerRows->property("count").toInt(), 1);
        snapshot(u"admin-lms-companies"_s);

        click(find(u"lmsTab_talents"_s));
        click(find(u"nyscOnly"_s));
        QTRY_VERIFY(find(u"talent_%1"_s.arg(m_talents.at(1).id)));
        QTRY_VERIFY(!shownNow(u"talent_%1"_s.arg(m_talents.at(2).id), "visible").toBool());
        click(find(u"talent_%1"_s.arg(m_talents.at(0).id)));
        QTRY_VERIFY(shownTexts().contains(m_talents.at(0).email));
        QTRY_VERIFY(shownTexts().contains(u"LA/24B/1234, batch 2024B"_s));
        QTRY_VERIFY(shownTexts().contains(u"Yaba Data Academy"_s));
        snapshot(u"admin-lms-talents"_s);

        click(find(u"fixContext"_s));
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(shownNow(u"talentProblem"_s).toString().contains(u"is linked to LMS user"_s));
        QVERIFY(auditDetails(u"fix_context"_s)
                        .join(u'\n')
                        .contains(u"\"user_id\":%1"_s.arg(m_talents.at(0).id)));
    }

    void theConsolesTabsFollowTheLanguageAndKeepTheirPlace()
    {
        openConsole(u"reports"_s);
        QTRY_COMPARE(shownNow(u"lmsTab_companies"_s).toString(), u"Academies and companies"_s);
        client::Language::instance()->setLanguage(u"fr"_s);
        QTRY_COMPARE(shownNow(u"lmsTab_companies"_s).toString(), u"Académies et entreprises"_s);
        // Each tab ends where the next begins (the style's spacing apart), in the new words'
        // widths.
        const qreal spacing = shownNow(u"lmsTabs"_s, "spacing").toReal();
        const QStringList tabs { u"companies"_s, u"talents"_s,  u"nysc"_s, u"requests"_s,
                                 u"reports"_s,   u"activity"_s, u"tools"_s };
        for (qsizetype i = 0; i + 1 < tabs.size(); ++i) {
            QQuickItem *tab = find(u"lmsTab_"_s + tabs.at(i));
            QQuickItem *next = find(u"lmsTab_"_s + tabs.at(i + 1));
            QVERIFY(tab && next);
            QTRY_VERIFY2(tab->mapToScene({ tab->width() + spacing, 0 }).x()
                                 <= next->mapToScene({ 0, 0 }).x() + 0.5,
                         qPrintable(tabs.at(i) + u" runs over "_s + tabs.at(i + 1)));
        }
        // The tab in use stays the one shown.
        QCOMPARE(shownNow(u"lmsTabs"_s, "currentIndex").toInt(), tabs.indexOf(u"reports"_s));
        snapshot(u"admin-lms-reports-french"_s);
    }

    void aSuperAdminReadsTheLogsAndClearsTheActivityLog()
    {
        openConsole(u"activity"_s);
        QVERIFY(find(u"audit_run_query"_s));
        snapshot(u"admin-lms-activity"_s);
        click(find(u"activityTab"_s));
        QVERIFY(find(u"logEntry"_s)); // the enrolments of the approvals
        const int active = logTotal(false);
        QVERIFY(active > 0);
        click(find(u"clearLog"_s));
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(shownNow(u"logsProblem"_s).toString().contains(u"archived"_s));
        QCOMPARE(logTotal(false), 0);
        QCOMPARE(logTotal(true), active);
        // Archived, not gone: they are read with "Archived" ticked.
        click(find(u"showArchived"_s));
        QVERIFY(find(u"logEntry"_s));
    }

private:
    qint64 course(qint64 category, const QString &code, const QString &name)
    {
        const Reply made = m_server->post(u"/api/v1/lms/courses"_s,
                                          QJsonObject { { u"category_id"_s, category },
                                                        { u"shortname"_s, code },
                                                        { u"fullname"_s, name },
                                                        { u"summary"_s, name } },
                                          m_admin.token);
        return made.status == 201 ? made.json().value(u"id"_s).toInteger() : 0;
    }

    qint64 request(const TestUser &talent, qint64 courseId)
    {
        const Reply made = m_server->post(
                u"/api/v1/lms/me/enrolment-requests"_s,
                QJsonObject { { u"course_id"_s, courseId }, { u"note"_s, u"For my new role"_s } },
                talent.token);
        if (made.status != 201)
            qWarning() << "request not made:" << made.status << made.body;
        return made.json().value(u"id"_s).toInteger();
    }

    QJsonObject requestOnServer(qint64 id)
    {
        return m_server->get(u"/api/v1/lms/enrolment-requests/%1"_s.arg(id), m_super.token).json();
    }

    /** The details of the audit entries of @p action, each as compact JSON. */
    QStringList auditDetails(const QString &action)
    {
        QStringList details;
        const Reply audit = m_server->get(u"/api/v1/lms/audit?limit=100&action=%1"_s.arg(action),
                                          m_super.token);
        for (const QJsonValue &entry : audit.json().value(u"data"_s).toArray())
            details.append(QString::fromUtf8(
                    QJsonDocument(entry[u"detail"_s].toObject()).toJson(QJsonDocument::Compact)));
        return details;
    }

    int logTotal(bool archived)
    {
        return m_server
                ->get(u"/api/v1/lms/log?archived=%1"_s.arg(archived ? u"true"_s : u"false"_s),
                      m_super.token)
                .json()
                .value(u"meta"_s)[u"total"_s]
                .toInt();
    }

    /** Logs the super admin in and opens the console's @p tab in the admin shell. */
    void openConsole(const QString &tab)
    {
        logInAs(m_super, u"admin"_s);
        show(u"AdminShell { objectName: \"shell\"; anchors.fill: parent; startSection: "
             u"\"learning\" }"_s);
        click(find(u"lmsTab_%1"_s.arg(tab)));
    }

    /** The page (or part of one) named @p name. */
    QQuickItem *page(const QString &name) { return find(name); }

    TestUser m_super;
    TestUser m_admin;
    QList<TestUser> m_talents;
    QList<qint64> m_requests;
    qint64 m_dataCourse = 0;
    qint64 m_webCourse = 0;
    qint64 m_academy = 0;
};

QTEST_MAIN(TestLmsPages)
#include "tst_pages_lms.moc"
