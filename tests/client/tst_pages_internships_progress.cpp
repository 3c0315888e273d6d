// SPDX-License-Identifier: Apache-2.0
// Internships under way, driven as people would against the real server: evidence being written
// kept across tabs, a mentor reading their interns' standings and how their scores compare, the
// company's report and its CSV, and interns sending a document or links with their evidence.
#include "internshippagetest.h"

#include <QFile>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestInternshipProgressPages : public InternshipPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void evidenceBeingWrittenOutlivesALookAtTheOtherTabs()
    {
        // A programme of its own: the audit's interns are counted by the tests of its reports.
        const qint64 tax = newInternship(u"Tax internship"_s, true);
        QVERIFY(tax > 0);
        QCOMPARE(addGoals(tax, { { u"File the returns"_s, 50, 5 }, { u"Check the VAT"_s, 50, 5 } }),
                 2);
        const TestUser intern = person(Role::Talent, u"Kemi"_s, u"Lawal"_s);
        admit(tax, intern);
        logInAs(intern, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        QQuickItem *tabs = find(u"internshipTabs"_s);
        QVERIFY(tabs);
        tabs->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        allShown(u"evidence"_s).at(0)->setProperty("text", u"Reconciled May, one gap found"_s);
        allShown(u"evidenceLinks"_s).at(0)->setProperty("text", u"https://sheets.test/may"_s);

        tabs->setProperty("currentIndex", 0);
        QTRY_VERIFY(allShown(u"evidence"_s).isEmpty());
        tabs->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        QCOMPARE(allShown(u"evidence"_s).at(0)->property("text").toString(),
                 u"Reconciled May, one gap found"_s);
        QCOMPARE(allShown(u"evidenceLinks"_s).at(0)->property("text").toString(),
                 u"https://sheets.test/may"_s);
    }

    void aMentorSeesTheirInternsStandingsAndHowTheirScoresCompare()
    {
        scoredProgramme();
        logInAs(m_ngozi, u"admin"_s); // the door of every other kind of account
        show(u"MentorShell { objectName: \"shell\"; anchors.fill: parent; "
             "startSection: \"interns\" }"_s);
        QCOMPARE(sectionNames(),
                 QStringList({ u"reviews"_s, u"interns"_s, u"notifications"_s, u"chat"_s }));

        // The dashboard: one programme, two interns, one piece of evidence waiting (Tunde's).
        QQuickItem *pending = find(u"pendingReviews"_s);
        QVERIFY(pending);
        QTRY_COMPARE(pending->property("value").toString(), u"1"_s);
        QCOMPARE(find(u"currentInterns"_s)->property("value").toString(), u"2"_s);
        QCOMPARE(find(u"mentoredProgrammes"_s)->property("value").toString(), u"1"_s);
        QCOMPARE(find(u"myAverage"_s)->property("value").toString(), u"90%"_s);
        QTRY_COMPARE(shownNow(u"mentoredInternship"_s, "title").toString(), u"Audit internship"_s);

        // Standings worked out by hand: Chidi 50 × 5⁄5 + 50 × 4⁄10 = 70; Funmi 50 × 4⁄5 = 40.
        QQuickItem *best = find(u"standing"_s);
        QVERIFY(best);
        QTRY_COMPARE(best->property("title").toString(), u"Chidi Nwosu"_s);
        QCOMPARE(best->property("subtitle").toString(), u"Standing 70 of 100"_s);
        QTRY_VERIFY(shownTexts().contains(u"Standing 40 of 100"_s));

        // Calibration: the programme averages (100 + 80 + 40) ⁄ 3 = 73.3% of the scales; Ngozi
        // gave 90%, Tunde 40%.
        QQuickItem *average = find(u"programmeAverage"_s);
        QVERIFY(average);
        QTRY_VERIFY2(average->property("text").toString().contains(u"73.3% of each goal's scale"_s),
                     qPrintable(average->property("text").toString()));
        // (Plural words come with the translations: the counts are read, not the words.)
        QTRY_VERIFY(shownWith(u"Average 90% over 2 "_s).endsWith(u" · 16.7 points more lenient"_s));
        QVERIFY(shownWith(u"Average 40% over 1 "_s).endsWith(u" · 33.3 points harsher"_s));
        snapshot(u"mentor-interns-calibration"_s);
    }

    void anEmployerReadsTheInternshipReportAndSavesItAsCsv()
    {
        scoredProgramme();
        logInAs(m_employer, u"employer"_s);
        show(u"InternshipReportPage { objectName: \"internshipReport\"; anchors.fill: parent }"_s);
        // The newest programme first: the scored one, with its figures.
        QQuickItem *row = find(u"internshipReportRow"_s);
        QVERIFY(row);
        QTRY_COMPARE(row->property("title").toString(), u"Audit internship"_s);
        const QString figures = row->property("subtitle").toString();
        QVERIFY2(figures.contains(u" · 2 intern"_s), qPrintable(figures));
        QVERIFY2(figures.contains(u"3 of 4 submissions scored"_s), qPrintable(figures));
        QVERIFY2(figures.contains(u"average standing 55"_s), qPrintable(figures));
        // Its interns and mentors below.
        QQuickItem *best = find(u"standing"_s);
        QVERIFY(best);
        QTRY_COMPARE(best->property("title").toString(), u"Chidi Nwosu"_s);
        QTRY_VERIFY(shownWith(u"Average 40% over 1 "_s).endsWith(u" · 33.3 points harsher"_s));
        snapshot(u"employer-internship-report"_s);

        // Saved as a CSV file.
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"internships.csv"_s);
        click(find(u"exportInternshipReport"_s));
        QObject *dialog
                = find(u"internshipReport"_s)->findChild<QObject *>(u"internshipReportCsvDialog"_s);
        chooseInDialog(dialog, csv);
        QTRY_VERIFY(QFile::exists(csv));
        QTRY_VERIFY(shownNow(u"internshipReportMessage"_s).toString().contains(u"Saved to"_s));
        QFile saved(csv);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QStringList lines
                = QString::fromUtf8(saved.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.value(0).contains(u"average_standing"_s));
        QVERIFY(lines.value(1).contains(u"Audit internship"_s));
        QVERIFY(lines.value(1).trimmed().endsWith(u",55"_s));
    }

    void anInternSendsADocumentWithTheirEvidenceAndTheMentorSavesIt()
    {
        scoredProgramme();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"audit-sample.pdf"_s);
        {
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tinyPdf());
        }

        // Funmi's evidence for the sampling goal waits for Tunde: she sends it again, with a
        // document.
        logInAs(m_funmi, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipTabs"_s)->setProperty("currentIndex", 2);
        QQuickItem *standing = find(u"standingLine"_s);
        QVERIFY(standing);
        QTRY_VERIFY(standing->property("text").toString().contains(u"40 of 100"_s));
        // The scored goal takes nothing more: the first attach button is the sampling goal's.
        QQuickItem *attach = find(u"attachEvidence"_s);
        QVERIFY(attach);
        click(attach);
        QObject *dialog = find(u"myInternships"_s)
                                  ->parentItem()
                                  ->findChild<QObject *>(u"evidenceFileDialog"_s);
        chooseInDialog(dialog, pdf);
        QQuickItem *attached = find(u"evidenceFile"_s);
        QVERIFY(attached);
        QTRY_COMPARE(attached->property("text").toString(),
                     u"audit-sample.pdf goes with the evidence"_s);
        // The scored goal's box is shown, read only; the second is the sampling goal's.
        QTRY_COMPARE(allShown(u"evidence"_s).size(), 2);
        QQuickItem *evidence = allShown(u"evidence"_s).at(1);
        QCOMPARE(evidence->property("text").toString(), u"Sampled 40 invoices"_s);
        click(find(u"sendEvidence"_s));
        const auto sampling = [&] {
            return m_server
                    ->get(u"/api/v1/internship-kpis/%1/submissions/mine"_s.arg(m_samplingGoal),
                          m_funmi.token)
                    .json();
        };
        QTRY_VERIFY(sampling().value(u"file"_s).isObject());
        QCOMPARE(sampling().value(u"content"_s).toString(), u"Sampled 40 invoices"_s);
        QTRY_COMPARE(attached->property("text").toString(),
                     u"A document was sent with this evidence"_s);
        snapshot(u"talent-evidence-document"_s);

        // Sent again without a new one: the document stays.
        evidence->setProperty("text", u"Sampled 40 invoices; two were unsigned"_s);
        click(find(u"sendEvidence"_s));
        QTRY_COMPARE(sampling().value(u"content"_s).toString(),
                     u"Sampled 40 invoices; two were unsigned"_s);
        QVERIFY(sampling().value(u"file"_s).isObject());
        closePage();

        // Tunde, the goal's mentor, saves the document from his queue.
        logInAs(m_tunde, u"admin"_s);
        show(u"KpiReviewsPage { objectName: \"reviews\"; anchors.fill: parent }"_s);
        // The goal's rubric beside the evidence, to score against.
        QTRY_COMPARE(shownNow(u"reviewRubric"_s).toString(),
                     u"Rubric: 10: every invoice checked, each finding explained"_s);
        QQuickItem *save = find(u"saveEvidenceFile"_s);
        QVERIFY(save);
        click(save);
        QObject *saveDialog = find(u"reviews"_s)->findChild<QObject *>(u"evidenceSaveDialog"_s);
        const QString copy = dir.filePath(u"from-funmi.pdf"_s);
        chooseInDialog(saveDialog, copy);
        QTRY_VERIFY(QFile::exists(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), tinyPdf());
        QTRY_VERIFY(shownNow(u"reviewNotice"_s).toString().contains(u"Saved to"_s));
        snapshot(u"mentor-evidence-document"_s);
    }

    void anInternSendsLinksWithTheirEvidenceAndTheMentorOpensThem()
    {
        scoredProgramme();
        const auto sampling = [&] {
            return m_server
                    ->get(u"/api/v1/internship-kpis/%1/submissions/mine"_s.arg(m_samplingGoal),
                          m_funmi.token)
                    .json();
        };
        const QString contentBefore = sampling().value(u"content"_s).toString();

        logInAs(m_funmi, u"talent"_s);
        show(u"InternshipsPage { anchors.fill: parent }"_s);
        find(u"internshipTabs"_s)->setProperty("currentIndex", 2);
        QTRY_COMPARE(allShown(u"evidenceLinks"_s).size(), 2);
        // The scored goal's links are read only; the second box is the sampling goal's.
        QVERIFY(!allShown(u"evidenceLinks"_s).at(0)->isEnabled());
        QQuickItem *links = allShown(u"evidenceLinks"_s).at(1);
        QQuickItem *evidence = allShown(u"evidence"_s).at(1);
        evidence->setProperty("text", u"Sampled 40 invoices; the sheet and findings linked"_s);
        // A link that is not http(s): said under the links, line by line, nothing sent.
        links->setProperty("text",
                           u"https://sheets.example.com/audit-sample\nftp://files.example.com/x"_s);
        click(find(u"sendEvidence"_s));
        QQuickItem *problem = find(u"evidenceLinksProblem"_s);
        QVERIFY(problem);
        QCOMPARE(problem->property("text").toString(), u"Link 2: Must be an http(s) link"_s);
        QCOMPARE(sampling().value(u"content"_s).toString(), contentBefore);
        QCOMPARE(links->property("text").toString(),
                 u"https://sheets.example.com/audit-sample\nftp://files.example.com/x"_s);
        snapshot(u"talent-evidence-links-problem"_s);

        links->setProperty("text",
                           u"https://sheets.example.com/audit-sample\n\n"
                           u"  https://docs.example.com/findings?a=1&b=2  \n"_s);
        QTRY_VERIFY(!shownNow(u"evidenceLinksProblem"_s).isValid());
        click(find(u"sendEvidence"_s));
        const QJsonArray expected { u"https://sheets.example.com/audit-sample"_s,
                                    u"https://docs.example.com/findings?a=1&b=2"_s };
        QTRY_COMPARE(sampling().value(u"links"_s).toArray(), expected);
        QCOMPARE(sampling().value(u"content"_s).toString(),
                 u"Sampled 40 invoices; the sheet and findings linked"_s);
        closePage();

        // Tunde reads them as links, each opening in the browser.
        logInAs(m_tunde, u"admin"_s);
        show(u"KpiReviewsPage { anchors.fill: parent }"_s);
        QTRY_COMPARE(allShown(u"evidenceLink"_s).size(), 2);
        const QList<QQuickItem *> shown = allShown(u"evidenceLink"_s);
        QCOMPARE(shown.at(0)->property("text").toString(),
                 u"<a href=\"https://sheets.example.com/audit-sample\">"
                 u"https://sheets.example.com/audit-sample</a>"_s);
        QCOMPARE(shown.at(1)->property("text").toString(),
                 u"<a href=\"https://docs.example.com/findings?a=1&b=2\">"
                 u"https://docs.example.com/findings?a=1&amp;b=2</a>"_s);
        QCOMPARE(shown.at(0)->property("textFormat").toInt(), 4); // Text.StyledText: links work
        snapshot(u"mentor-evidence-links"_s);
    }

private:
    void score(qint64 submission, const TestUser &mentor, int score)
    {
        QCOMPARE(m_server->post(u"/api/v1/kpi-submissions/%1/score"_s.arg(submission),
                                QJsonObject { { u"score"_s, score },
                                              { u"comment"_s, u"Scored against the rubric"_s } },
                                mentor.token)
                         .status,
                 200);
    }

    /**
     * Once per run: an audit programme (two goals of weight 50, on scales of 5 and 10), mentors
     * Ngozi and Tunde, interns Chidi and Funmi. Ngozi scores both on the first goal (5 and 4),
     * Tunde scores Chidi's sampling (4 of 10); Funmi's sampling waits for him.
     */
    void scoredProgramme()
    {
        if (m_audit > 0)
            return;
        m_audit = newInternship(u"Audit internship"_s, true);
        QVERIFY(m_audit > 0);
        QCOMPARE(addGoals(m_audit,
                          { { u"Reconcile the accounts"_s, 50, 5 },
                            { u"Sample the invoices"_s, 50, 10 } }),
                 2);
        const QJsonArray goals
                = m_server->get(u"/api/v1/internships/%1/kpis"_s.arg(m_audit), m_employer.token)
                          .json()
                          .value(u"data"_s)
                          .toArray();
        const qint64 reconcile
                = findBy(goals, u"title"_s, u"Reconcile the accounts"_s)[u"id"_s].toInteger();
        m_samplingGoal = findBy(goals, u"title"_s, u"Sample the invoices"_s)[u"id"_s].toInteger();
        m_ngozi = mentorOf(m_audit, u"Ngozi"_s, u"Eze"_s);
        m_tunde = mentorOf(m_audit, u"Tunde"_s, u"Bello"_s);
        m_chidi = person(Role::Talent, u"Chidi"_s, u"Nwosu"_s);
        m_funmi = person(Role::Talent, u"Funmi"_s, u"Ade"_s);
        admit(m_audit, m_chidi);
        admit(m_audit, m_funmi);
        score(send(reconcile, m_chidi, u"Reconciled March"_s), m_ngozi, 5);
        score(send(reconcile, m_funmi, u"Reconciled April"_s), m_ngozi, 4);
        score(send(m_samplingGoal, m_chidi, u"Sampled 30 invoices"_s), m_tunde, 4);
        QVERIFY(send(m_samplingGoal, m_funmi, u"Sampled 40 invoices"_s) > 0);
    }

    qint64 m_audit = 0;
    qint64 m_samplingGoal = 0;
    TestUser m_ngozi;
    TestUser m_tunde;
    TestUser m_chidi;
    TestUser m_funmi;
};

QTEST_MAIN(TestInternshipProgressPages)
#include "tst_pages_internships_progress.moc"
