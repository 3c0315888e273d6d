// SPDX-License-Identifier: Apache-2.0
// The learning console's forms driven as a person would (click, type, confirm) against the real
// server: a new academy and a new learner with every field, several learners' NYSC details sent
// at once with each row's outcome beside it, a learner made a course creator, renamed and mailed
// a password reset code. The server's rules show before sending, its refusals beside their
// fields, and a form the server could not take keeps everything typed. Each flow is checked on
// the server.
#include "pagetest.h"

#include "session.h"

#include <QQmlEngineExtensionPlugin>
#include <QStandardPaths>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestLmsFormPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_super = m_server->createUser(Role::SuperAdmin);
        for (const QString &name : { u"chioma"_s, u"emeka"_s, u"funke"_s, u"tunde"_s })
            m_talents.append(m_server->createUser(Role::Talent, name + u"@learners.test"_s));
        const Reply academy = m_server->post(
                u"/api/v1/lms/companies"_s,
                QJsonObject { { u"name"_s, u"Yaba Data Academy"_s }, { u"state"_s, u"Lagos"_s } },
                m_super.token);
        QCOMPARE(academy.status, 201);
        m_academy = academy.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/lms/talents/%1"_s.arg(m_talents.at(0).id),
                                 QJsonObject { { u"nysc"_s, true },
                                               { u"nysc_state_code"_s, u"LA/24B/1234"_s } },
                                 m_super.token)
                         .status,
                 200);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aSuperAdminAddsAnAcademyWithEveryField()
    {
        const QString industry = m_server->get(u"/api/v1/industries"_s)
                                         .json()
                                         .value(u"data"_s)[0][u"name"_s]
                                         .toString();
        QVERIFY(!industry.isEmpty());
        openConsole(u"companies"_s);
        click(find(u"newCompany"_s));
        click(find(u"companyFormName"_s));
        typeKeys(u"K"_s);
        // The server's rule shows before anything is sent: a name of one letter is too short.
        click(find(u"companyFormSave"_s));
        QTRY_COMPARE(shownNow(u"companyFormNameError"_s).toString(), u"Use at least 2 characters"_s);
        QCOMPARE(companiesNamed(u"K"_s).size(), 0);

        click(find(u"companyFormName"_s));
        QTest::keyClick(m_window.get(), Qt::Key_End);
        typeKeys(u"ano Tech Academy"_s);
        QVERIFY(!shownNow(u"companyFormNameError"_s, "visible").toBool()); // typing clears it
        pick(u"companyFormState"_s, u"Kano"_s);
        pick(u"companyFormIndustry"_s, industry);
        click(find(u"companyFormWebsite"_s));
        typeKeys(u"https://kanotech.example.org"_s);
        snapshot(u"admin-lms-company-form"_s);
        click(find(u"companyFormSave"_s));

        QTRY_COMPARE(shownNow(u"companyName"_s).toString(), u"Kano Tech Academy"_s);
        QVERIFY(!shownNow(u"companyFormSave"_s, "visible").toBool()); // the form is closed
        QVERIFY(shownNow(u"companiesNotice"_s)
                        .toString()
                        .startsWith(u"Kano Tech Academy is added"_s));
        const QJsonArray made = companiesNamed(u"Kano Tech"_s);
        QCOMPARE(made.size(), 1);
        const QJsonObject company = made.first().toObject();
        QCOMPARE(company.value(u"kind"_s).toString(), u"academy"_s);
        QCOMPARE(company.value(u"country_code"_s).toString(), u"NG"_s);
        QCOMPARE(company.value(u"state"_s).toString(), u"Kano"_s);
        QCOMPARE(company.value(u"industry"_s).toString(), industry);
        QCOMPARE(company.value(u"website"_s).toString(), u"https://kanotech.example.org"_s);
        // It is in the list, chosen.
        QVERIFY(find(u"company_%1"_s.arg(company.value(u"id"_s).toInteger())));

        // The next one starts from an empty form.
        click(find(u"newCompany"_s));
        QTRY_COMPARE(shownNow(u"companyFormName"_s).toString(), QString());
    }

    void aNewLearnerIsInvitedWithEveryFieldAndATakenEmailIsShownBesideIt()
    {
        openConsole(u"talents"_s);
        click(find(u"newTalent"_s));
        // Nothing filled in: the rules say so beside each field, and nothing is sent.
        click(find(u"talentFormSave"_s));
        QTRY_VERIFY(!shownNow(u"talentFormEmailError"_s).toString().isEmpty());
        QCOMPARE(shownNow(u"talentFormFirstNameError"_s).toString(), u"Fill this in"_s);
        QCOMPARE(shownNow(u"talentFormLastNameError"_s).toString(), u"Fill this in"_s);

        // An email with an account already: only the server knows, and says so beside it.
        click(find(u"talentFormEmail"_s));
        typeKeys(m_talents.at(1).email);
        fillLearner();
        snapshot(u"admin-lms-talent-form"_s);
        click(find(u"talentFormSave"_s));
        QTRY_COMPARE(shownNow(u"talentFormEmailError"_s).toString(),
                     u"Belongs to an account already"_s);
        QVERIFY(shownNow(u"talentFormSave"_s, "visible").toBool()); // still open
        QCOMPARE(shownNow(u"talentFormFirstName"_s).toString(), u"Ngozi"_s); // all kept
        QCOMPARE(shownNow(u"talentFormStateCode"_s).toString(), u"EN/25A/0101"_s);
        QVERIFY(learner(m_talents.at(1).email).value(u"nysc_state_code"_s).toString().isEmpty());

        click(find(u"talentFormEmail"_s));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(u"ngozi@learners.test"_s);
        click(find(u"talentFormSave"_s));
        QTRY_COMPARE(shownNow(u"talentName"_s).toString(), u"Ngozi Okafor"_s);
        QVERIFY(shownNow(u"talentProblem"_s)
                        .toString()
                        .startsWith(u"ngozi@learners.test is invited"_s));
        const QJsonObject made = learner(u"ngozi@learners.test"_s);
        QCOMPARE(made.value(u"first_name"_s).toString(), u"Ngozi"_s);
        QCOMPARE(made.value(u"last_name"_s).toString(), u"Okafor"_s);
        QCOMPARE(made.value(u"nysc"_s).toBool(), true);
        QCOMPARE(made.value(u"nysc_state_code"_s).toString(), u"EN/25A/0101"_s);
        QCOMPARE(made.value(u"nysc_batch"_s).toString(), u"2025A"_s);
        QCOMPARE(made.value(u"academy_id"_s).toInteger(), m_academy);
        QVERIFY(m_server->waitForMail(u"ngozi@learners.test"_s).has_value()); // the invitation
    }

    void aSuperAdminSendsSeveralLearnersNyscDetailsAtOnce()
    {
        openConsole(u"nysc"_s);
        // Rows pasted as a spreadsheet's copy would come, with its column names first.
        click(find(u"nyscPaste"_s));
        for (const QString &line :
             { u"email,state code,batch"_s, u"chioma@learners.test,LA/25A/0001,2025A"_s,
               u"nobody@learners.test,LA/25A/0002,2025A"_s,
               u"tunde at learners,KN/25A/0003,2025A"_s }) {
            typeKeys(line);
            QTest::keyClick(m_window.get(), Qt::Key_Return);
        }
        click(find(u"nyscAddPasted"_s));
        QTRY_VERIFY(shownNow(u"nyscCount"_s).toString().startsWith(u"3 row"_s));
        // And one learner picked from the search, with a state code typed in their row.
        type(u"nyscPickSearch"_s, u"funke"_s);
        QMetaObject::invokeMethod(find(u"nyscPickSearch"_s), "accepted");
        auto *picks = find(u"nyscPicks"_s)->property("model").value<QObject *>();
        QTRY_COMPARE(picks->property("count").toInt(), 1);
        click(find(u"nyscPick_%1"_s.arg(m_talents.at(2).id)));
        QTRY_VERIFY(shownNow(u"nyscCount"_s).toString().startsWith(u"4 row"_s));
        QTRY_COMPARE(shownNow(u"nyscEmail_3"_s).toString(), m_talents.at(2).email);
        click(find(u"nyscStateCode_3"_s));
        typeKeys(u"OY/25A/0004"_s);

        // The rules first: the row whose email is not one says so, and nothing is sent.
        click(find(u"nyscSend"_s));
        QTRY_VERIFY(shownNow(u"nyscRowProblem_2"_s).toString().startsWith(u"Email: "_s));
        QVERIFY(!shownNow(u"nyscRowProblem_0"_s, "visible").toBool());
        QCOMPARE(learner(m_talents.at(0).email).value(u"nysc_state_code"_s).toString(),
                 u"LA/24B/1234"_s);

        click(find(u"nyscEmail_2"_s));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(m_talents.at(3).email);
        QVERIFY(!shownNow(u"nyscRowProblem_2"_s, "visible").toBool());
        click(find(u"nyscSend"_s));
        // Each row says what became of it.
        QTRY_COMPARE(shownNow(u"nyscOutcome_0"_s).toString(), u"Updated"_s);
        QVERIFY(shownNow(u"nyscOutcome_1"_s).toString().startsWith(u"No talent has this email"_s));
        QCOMPARE(shownNow(u"nyscOutcome_2"_s).toString(), u"Updated"_s);
        QCOMPARE(shownNow(u"nyscOutcome_3"_s).toString(), u"Updated"_s);
        const QString summary = shownNow(u"nyscProblem"_s).toString();
        QVERIFY2(summary.startsWith(u"3 learner"_s) && summary.contains(u"1 not found"_s),
                 qPrintable(summary));
        snapshot(u"admin-lms-nysc"_s);

        const QJsonObject chioma = learner(m_talents.at(0).email);
        QCOMPARE(chioma.value(u"nysc_state_code"_s).toString(), u"LA/25A/0001"_s);
        QCOMPARE(chioma.value(u"nysc_batch"_s).toString(), u"2025A"_s);
        const QJsonObject tunde = learner(m_talents.at(3).email);
        QCOMPARE(tunde.value(u"nysc"_s).toBool(), true);
        QCOMPARE(tunde.value(u"nysc_state_code"_s).toString(), u"KN/25A/0003"_s);
        QCOMPARE(learner(m_talents.at(2).email).value(u"nysc_state_code"_s).toString(),
                 u"OY/25A/0004"_s);
        // The rows stay, to be corrected and sent again.
        QCOMPARE(shownNow(u"nyscEmail_1"_s).toString(), u"nobody@learners.test"_s);
    }

    void aSuperAdminManagesALearnersAccount()
    {
        const TestUser &emeka = m_talents.at(1);
        QCOMPARE(m_server->put(u"/api/v1/lms/talents/%1/username"_s.arg(m_talents.at(2).id),
                               QJsonObject { { u"username"_s, u"taken.name"_s } }, m_super.token)
                         .status,
                 200);
        openConsole(u"talents"_s);
        type(u"talentSearch"_s, u"emeka"_s);
        QMetaObject::invokeMethod(find(u"talentSearch"_s), "accepted");
        click(find(u"talent_%1"_s.arg(emeka.id)));
        const QJsonObject before = learner(emeka.email);
        QTRY_COMPARE(shownNow(u"talentName"_s).toString(),
                     before[u"first_name"_s].toString() + u' ' + before[u"last_name"_s].toString());

        // Course creator, on.
        click(find(u"courseCreator"_s));
        QTRY_VERIFY(learner(emeka.email).value(u"course_creator"_s).toBool());
        QTRY_VERIFY(shownNow(u"talentProblem"_s).toString().contains(u"may now create courses"_s));
        QVERIFY(shownNow(u"courseCreator"_s, "checked").toBool());

        // A username: the rule first, then one the server says is taken, beside the field.
        click(find(u"changeUsername"_s));
        click(find(u"usernameField"_s));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(u"emeka o"_s);
        click(find(u"usernameSave"_s));
        QTRY_VERIFY(shownNow(u"usernameFieldError"_s).toString().contains(u"letters, digits"_s));
        QVERIFY(!shownNow(u"confirmText"_s, "visible").toBool());
        click(find(u"usernameField"_s));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(u"taken.name"_s);
        click(find(u"usernameSave"_s));
        QTRY_VERIFY(shownNow(u"confirmText"_s).toString().contains(u"taken.name"_s));
        click(find(u"confirmAction"_s));
        QTRY_COMPARE(shownNow(u"usernameFieldError"_s).toString(), u"Is taken by another learner"_s);
        QCOMPARE(shownNow(u"usernameField"_s).toString(), u"taken.name"_s);
        QCOMPARE(learner(emeka.email).value(u"username"_s).toString(), emeka.email);

        click(find(u"usernameField"_s));
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier);
        typeKeys(u"emeka.learns"_s);
        click(find(u"usernameSave"_s));
        QTRY_VERIFY(shownNow(u"confirmText"_s)
                            .toString()
                            .contains(u"emeka.learns instead of %1"_s.arg(emeka.email)));
        click(find(u"confirmAction"_s));
        QTRY_COMPARE(learner(emeka.email).value(u"username"_s).toString(), u"emeka.learns"_s);
        QTRY_VERIFY(!shownNow(u"usernameSave"_s, "visible").toBool()); // the dialog is closed
        QTRY_VERIFY(shownTexts().join(u'\n').contains(u"emeka.learns ("_s));

        // A password reset: the confirmation says who gets what; no password is ever shown.
        const qsizetype mails = m_server->mailsTo(emeka.email).size();
        click(find(u"resetPassword"_s));
        QTRY_VERIFY(shownNow(u"confirmText"_s).toString().contains(emeka.email));
        QVERIFY(shownNow(u"confirmText"_s).toString().contains(u"nobody else"_s));
        snapshot(u"admin-lms-account"_s);
        click(find(u"confirmAction"_s));
        QTRY_VERIFY(shownNow(u"talentProblem"_s)
                            .toString()
                            .startsWith(u"A reset code was mailed to %1"_s.arg(emeka.email)));
        const std::optional<Mail> mail = m_server->waitForMail(emeka.email, int(mails) + 1);
        QVERIFY(mail.has_value());
        QVERIFY(!shownTexts().join(u'\n').contains(mail->code()));

        // And course creator off again.
        click(find(u"courseCreator"_s));
        QTRY_VERIFY(!learner(emeka.email).value(u"course_creator"_s).toBool());
        QTRY_VERIFY(!shownNow(u"courseCreator"_s, "checked").toBool());
    }

    void aLearnerFormKeepsEverythingWhileTheServerIsAway()
    {
        openConsole(u"talents"_s);
        click(find(u"newTalent"_s));
        click(find(u"talentFormEmail"_s));
        typeKeys(u"amaka@learners.test"_s);
        fillLearner();
        // The server goes away as the form is sent: it stays open, filled, saying why.
        const quint16 port = m_server->port();
        m_server->stop();
        click(find(u"talentFormSave"_s));
        QTRY_VERIFY(!shownNow(u"talentFormProblem"_s).toString().isEmpty());
        QVERIFY(shownNow(u"talentFormSave"_s, "visible").toBool()); // still open
        checkLearnerKept(u"amaka@learners.test"_s);
        // Closed and opened again, the draft is still there.
        click(find(u"talentFormCancel"_s));
        QTRY_VERIFY(!shownNow(u"talentFormSave"_s, "visible").toBool());
        click(find(u"newTalent"_s));
        QTRY_VERIFY(shownNow(u"talentFormSave"_s, "visible").toBool());
        checkLearnerKept(u"amaka@learners.test"_s);

        // Back again: the same button sends what was typed.
        m_server->startOn(port);
        click(find(u"talentFormSave"_s));
        QTRY_VERIFY(shownNow(u"talentProblem"_s)
                            .toString()
                            .startsWith(u"amaka@learners.test is invited"_s));
        QTRY_COMPARE(shownNow(u"talentName"_s).toString(), u"Ngozi Okafor"_s);
        QTRY_VERIFY(shownTexts().contains(u"amaka@learners.test"_s)); // the one just made
        const QJsonObject made = learner(u"amaka@learners.test"_s);
        QCOMPARE(made.value(u"nysc_batch"_s).toString(), u"2025A"_s);
        QCOMPARE(made.value(u"academy_id"_s).toInteger(), m_academy);
    }

private:
    /** Types a learner's name, NYSC details and academy into the open form (not the email). */
    void fillLearner()
    {
        click(find(u"talentFormFirstName"_s));
        typeKeys(u"Ngozi"_s);
        click(find(u"talentFormLastName"_s));
        typeKeys(u"Okafor"_s);
        click(find(u"talentFormNysc"_s));
        click(find(u"talentFormStateCode"_s));
        typeKeys(u"EN/25A/0101"_s);
        click(find(u"talentFormBatch"_s));
        typeKeys(u"2025A"_s);
        pick(u"talentFormAcademy"_s, u"Yaba Data Academy"_s);
    }

    void checkLearnerKept(const QString &email)
    {
        QCOMPARE(shownNow(u"talentFormEmail"_s).toString(), email);
        QCOMPARE(shownNow(u"talentFormFirstName"_s).toString(), u"Ngozi"_s);
        QCOMPARE(shownNow(u"talentFormLastName"_s).toString(), u"Okafor"_s);
        QVERIFY(shownNow(u"talentFormNysc"_s, "checked").toBool());
        QCOMPARE(shownNow(u"talentFormStateCode"_s).toString(), u"EN/25A/0101"_s);
        QCOMPARE(shownNow(u"talentFormBatch"_s).toString(), u"2025A"_s);
        QCOMPARE(shownNow(u"talentFormAcademy"_s, "currentText").toString(), u"Yaba Data Academy"_s);
    }

    /** Chooses @p text in the choice box named @p name, as a person does: it says it was chosen. */
    void pick(const QString &name, const QString &text)
    {
        choose(name, text);
        QQuickItem *box = find(name);
        QVERIFY(box);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));
        QTRY_COMPARE(box->property("currentText").toString(), text);
    }

    /** The console's record of the talent with @p email ({} when none). */
    QJsonObject learner(const QString &email)
    {
        const Reply found = m_server->get(u"/api/v1/lms/talents?q=%1"_s.arg(QString::fromLatin1(
                                                  QUrl::toPercentEncoding(email))),
                                          m_super.token);
        for (const QJsonValue &row : found.json().value(u"data"_s).toArray()) {
            if (row[u"email"_s].toString() == email)
                return row.toObject();
        }
        return {};
    }

    QJsonArray companiesNamed(const QString &words)
    {
        return m_server
                ->get(u"/api/v1/lms/companies?q=%1"_s.arg(
                              QString::fromLatin1(QUrl::toPercentEncoding(words))),
                      m_super.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    /** Logs the super admin in and opens the console's @p tab in the admin shell. */
    void openConsole(const QString &tab)
    {
        logInAs(m_super, u"admin"_s);
        show(u"AdminShell { objectName: \"shell\"; anchors.fill: parent; startSection: "
             u"\"learning\" }"_s);
        click(find(u"lmsTab_%1"_s.arg(tab)));
    }

    TestUser m_super;
    QList<TestUser> m_talents;
    qint64 m_academy = 0;
};

QTEST_MAIN(TestLmsFormPages)
#include "tst_pages_lms_forms.moc"
