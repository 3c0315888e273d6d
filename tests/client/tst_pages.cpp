// SPDX-License-Identifier: Apache-2.0
// The client's way in and around, driven as a person would against the real server: signing up
// with the mailed code, the login form, a forgotten password, the shells by keyboard, the colour
// scheme, the shared vocabulary QML reads, and files picked and uploaded.
#include "accountspagetest.h"

#include "appearance.h"
#include "session.h"

#include <wn/common/workflows.h>

#include <QFile>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPages : public AccountsPageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startWithAccounts(); }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTalentReachesMessagesAndNotificationsFromTheKeyboard()
    {
        // They once came tenth and eleventh, past the reach of Ctrl+1…9; Home comes first.
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { objectName: \"talentShell\"; anchors.fill: parent }"_s);
        QQuickItem *shell = find(u"talentShell"_s);
        QVERIFY(shell);
        QCOMPARE(shell->property("currentSection").toString(), u"home"_s);
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"chat"_s);
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"notifications"_s);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(shell->property("currentSection").toString(), u"jobs"_s);
    }

    void theDarkSchemeIsChosenAndRemembered()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent }"_s);
        QQuickItem *schemes = find(u"colourScheme"_s);
        QVERIFY(schemes);
        QCOMPARE(schemes->property("currentText").toString(), u"System colours"_s);
        const QColor lightSurface = QGuiApplication::palette().color(QPalette::Base);

        schemes->setProperty("currentIndex", 2);
        QMetaObject::invokeMethod(schemes, "activated", Q_ARG(int, 2));
        auto *appearance = client::Appearance::instance();
        QTRY_VERIFY(appearance->dark());
        QCOMPARE(QSettings().value(u"appearance/scheme"_s).toString(), u"dark"_s);
        // The stock controls draw with the dark palette: text fields are dark, their text light.
        const QPalette palette = QGuiApplication::palette();
        QVERIFY(palette.color(QPalette::Base).lightness() < 80);
        QVERIFY(palette.color(QPalette::Text).lightness() > 180);

        appearance->setScheme(u"system"_s);
        QVERIFY(!appearance->dark());
        QCOMPARE(QGuiApplication::palette().color(QPalette::Base), lightSurface);
    }

    void theLoginFormStartsAtTheEmailAndTabsToThePassword()
    {
        // The email box had no focus at start and the first Tab went to the server address, so a
        // password typed there was saved as the server.
        // As the client shows it: the first page of a stack.
        show(u"QQC2.StackView { anchors.fill: parent; initialItem: LoginPage {} }"_s);
        QQuickItem *email = find(u"loginEmail"_s);
        QVERIFY(email);
        QTRY_VERIFY(email->hasActiveFocus());
        typeKeys(u"someone@example.test"_s);
        QCOMPARE(email->property("text").toString(), u"someone@example.test"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QQuickItem *password = find(u"loginPassword"_s);
        QTRY_VERIFY(password->hasActiveFocus());
        const QString server = find(u"serverAddress"_s)->property("text").toString();
        typeKeys(u"secret"_s);
        QCOMPARE(password->property("text").toString(), u"secret"_s);
        QCOMPARE(find(u"serverAddress"_s)->property("text").toString(), server);
        snapshot(u"login"_s);
    }

    void theSideNavigationAndListsAreReachedWithTab()
    {
        logInAs(m_talent, u"talent"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        QQuickItem *sections = find(u"sections"_s);
        QQuickItem *jobs = find(u"jobList"_s);
        QVERIFY(sections && jobs);
        QTRY_VERIFY(jobs->property("count").toInt() > 0);
        // Tab goes round the window: the navigation and the job list are both on the way.
        bool reachedSections = false;
        bool reachedJobs = false;
        for (int press = 0; press < 40 && !(reachedSections && reachedJobs); ++press) {
            QTest::keyClick(m_window.get(), Qt::Key_Tab);
            reachedSections = reachedSections || sections->hasActiveFocus();
            if (jobs->hasActiveFocus()) {
                reachedJobs = true;
                // On the list, the arrows go from job to job, and the focus shows where it is.
                QTest::keyClick(m_window.get(), Qt::Key_Down);
                QTRY_VERIFY(jobs->property("currentIndex").toInt() >= 0);
                QTRY_VERIFY(visibleItem(jobs, u"focusFrame"_s));
            }
        }
        QVERIFY(reachedSections);
        QVERIFY(reachedJobs);
        // The arrows move between sections once the navigation has the keyboard.
        while (!sections->hasActiveFocus())
            QTest::keyClick(m_window.get(), Qt::Key_Tab);
        QTRY_VERIFY(visibleItem(sections, u"focusFrame"_s));
        snapshot(u"talent-keyboard-navigation"_s);
        QTest::keyClick(m_window.get(), Qt::Key_Down);
        QTRY_COMPARE(sections->property("currentIndex").toInt(), 2); // after Home and Jobs
        QTRY_COMPARE(find(u"pageTitle"_s)->property("text").toString(), u"My applications"_s);
    }

    void signingUpVerifiesTheEmail_data()
    {
        QTest::addColumn<bool>("employer");
        QTest::addRow("talent") << false;
        QTest::addRow("employer") << true;
    }

    void signingUpVerifiesTheEmail()
    {
        QFETCH(bool, employer);
        const QString email = employer ? u"kemi@example.test"_s : u"funke@example.test"_s;
        show(u"SignUpPage { objectName: \"page\"; anchors.fill: parent }"_s);
        if (employer) {
            click(find(u"employerTab"_s));
            type(u"company"_s, u"Ibadan Analytics Ltd"_s);
            choose(u"industries"_s, {});
        }
        signUpAs(employer ? u"Kemi"_s : u"Funke"_s, u"Bello"_s, email, u"+2348031112222"_s);

        const auto mail = m_server->waitForMail(email);
        QVERIFY(mail);
        type(u"code"_s, mail->code());
        if (employer) {
            click(find(u"submit"_s));
        } else { // Enter in the code box verifies too (it once did nothing)
            QTRY_VERIFY(find(u"code"_s)->hasActiveFocus());
            QTest::keyClick(m_window.get(), Qt::Key_Return);
        }
        QQuickItem *page = find(u"page"_s);
        QTRY_VERIFY2(page->property("notice").toString().contains(u"verified"_s),
                     qPrintable(page->property("error").toString()));
        // Verified, the person is logged in with what they typed, not asked for it again.
        QTRY_VERIFY(client::Session::instance()->loggedIn());
        QCOMPARE(client::Session::instance()->role(), employer ? Role::Employer : Role::Talent);
        client::Session::instance()->logout();
        const QString token = m_server->login(email, u"Strong#Pass2026"_s);
        QVERIFY(!token.isEmpty());
        const QJsonObject me = m_server->get(u"/api/v1/auth/me"_s, token).json();
        QCOMPARE(me.value(u"role"_s).toString(), employer ? u"employer"_s : u"talent"_s);
        QCOMPARE(me.value(u"state"_s).toString(), u"Lagos"_s);
    }

    void signUpShowsAFieldsProblemBeforeSending()
    {
        show(u"SignUpPage { objectName: \"page\"; anchors.fill: parent }"_s);
        type(u"firstName"_s, u"Ada"_s);
        type(u"lastName"_s, u"Obi"_s);
        type(u"email"_s, u"ada.obi@"_s);
        type(u"phone"_s, u"+2348031113333"_s);
        type(u"password"_s, u"short"_s);
        choose(u"states"_s, u"Lagos"_s);
        click(find(u"submit"_s));

        QQuickItem *emailError = find(u"emailError"_s);
        QQuickItem *passwordError = find(u"passwordError"_s);
        QVERIFY(emailError && passwordError);
        QCOMPARE(emailError->property("text").toString(),
                 u"Enter an email address, like ada@example.com"_s);
        QCOMPARE(passwordError->property("text").toString(), u"Use at least 8 characters"_s);
        QVERIFY(find(u"page"_s)->property("error").toString().isEmpty());
        snapshot(u"signup-field-problems"_s);
        // Nothing was sent: no account was made.
        QCOMPARE(m_server->get(u"/api/v1/onboarding/talents?q=ada.obi"_s, m_admin.token)
                         .json()
                         .value(u"meta"_s)
                         .toObject()
                         .value(u"total"_s)
                         .toInt(),
                 0);
    }

    void qmlReadsTheSharedVocabulary()
    {
        // What pages bind to: the user as a value, roles as enum values, labels, moves and rules
        // from common.
        logInAs(m_talent, u"talent"_s);
        QQmlComponent component(&m_engine);
        component.setData(R"(import QtQuick
import Worknation.Client
QtObject {
    property string firstName: Session.user.firstName
    property bool isTalent: Session.role === Role.Talent
    property bool isAdmin: Session.role === Role.Admin
    property string label: Vocabulary.statusLabel("in_review", Qt.uiLanguage)
    property var reasons: Vocabulary.reasons("application", Qt.uiLanguage)
    property var moves: Vocabulary.moveOptions("application", ["shortlisted", "rejected"], "", Qt.uiLanguage)
    property var problems: FormChecker.check("createJob", { title: "QA" })
    property var answered: FormChecker.serverProblems({ message: [
        "questions[0].question_id is not a question this job can use"] })
})"_qba,
                          QUrl(u"qrc:/test/Probe.qml"_s));
        std::unique_ptr<QObject> probe(component.create());
        QVERIFY2(probe, qPrintable(component.errorString()));
        QCOMPARE(probe->property("firstName").toString(),
                 client::Session::instance()->user().firstName);
        QVERIFY(probe->property("isTalent").toBool());
        QVERIFY(!probe->property("isAdmin").toBool());
        QCOMPARE(probe->property("label").toString(), u"In review"_s);

        const QVariantList reasons = probe->property("reasons").toList();
        QCOMPARE(reasons.size(), int(applicationWorkflow().reasons().size()));
        QCOMPARE(reasons.at(1).toMap().value(u"text"_s).toString(), u"Position filled"_s);
        const QVariantList moves = probe->property("moves").toList();
        QCOMPARE(moves.at(0).toMap().value(u"text"_s).toString(), u"Shortlist"_s);
        QVERIFY(!moves.at(0).toMap().value(u"needsReason"_s).toBool());
        QVERIFY(moves.at(1).toMap().value(u"needsReason"_s).toBool());

        const QVariantMap problems = probe->property("problems").toMap();
        QCOMPARE(problems.value(u"title"_s).toString(), u"Use at least 3 characters"_s);
        QCOMPARE(problems.value(u"description"_s).toString(), u"Fill this in"_s);
        QVERIFY(problems.contains(u"job_type"_s) && problems.contains(u"work_mode"_s));
        QCOMPARE(probe->property("answered").toMap().value(u"questions"_s).toString(),
                 u"Is not a question this job can use"_s);
    }

    void aForgottenPasswordIsReplacedWithTheMailedCode()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        show(u"ForgotPasswordPage { objectName: \"page\"; anchors.fill: parent }"_s);
        type(u"email"_s, user.email);
        click(find(u"submit"_s));
        const auto mail = m_server->waitForMail(user.email);
        QVERIFY(mail);
        QVERIFY(mail->subject.contains(u"password"_s, Qt::CaseInsensitive));
        type(u"code"_s, mail->code());
        type(u"password"_s, u"Another#Pass2026"_s);
        click(find(u"submit"_s));
        QTRY_VERIFY(find(u"page"_s)->property("notice").toString().contains(u"changed"_s));
        QVERIFY(!m_server->login(user.email, u"Another#Pass2026"_s).isEmpty());
    }

    void fileDialogsOpen_data()
    {
        QTest::addColumn<QString>("door");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("dialog");
        QTest::addRow("a talent's picture")
                << u"talent"_s << u"ProfilePage"_s << u"changePicture"_s << u"pictureDialog"_s;
        QTest::addRow("an admin's invitations")
                << u"admin"_s << u"InvitesPage"_s << u"chooseInviteFile"_s << u"inviteFileDialog"_s;
    }

    void fileDialogsOpen()
    {
        // The dialogs once closed the app: Qt's own file dialog loads Qt.labs.folderlistmodel,
        // which nothing installed.
        QFETCH(QString, door);
        QFETCH(QString, page);
        QFETCH(QString, button);
        QFETCH(QString, dialog);
        logInAs(door == u"talent"_s ? m_talent : m_admin, door);
        show(u"%1 { anchors.fill: parent }"_s.arg(page));
        click(find(button));
        QObject *fileDialog = m_window->findChild<QObject *>(dialog);
        QVERIFY(fileDialog);
        QTRY_VERIFY(fileDialog->property("visible").toBool());
        snapshot(u"%1-file-dialog"_s.arg(door));
        QMetaObject::invokeMethod(fileDialog, "reject");
        QTRY_VERIFY(!fileDialog->property("visible").toBool());
    }

    void uploadsSendTheFileWithItsType()
    {
        QTemporaryDir dir;
        QImage picture(64, 64, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        const QString png = dir.filePath(u"me.png"_s);
        QVERIFY(picture.save(png));
        logInAs(m_talent, u"talent"_s);
        QVariantMap answer = upload(u"avatar"_s, png);
        QCOMPARE(answer.value(u"error"_s).toString(), QString());
        const QString avatar = m_server->get(u"/api/v1/talents/me/profile"_s, m_talent.token)
                                       .json()
                                       .value(u"avatar_url"_s)
                                       .toString();
        QVERIFY(!avatar.isEmpty());

        // A spreadsheet of people to invite, as an admin picks it on the invites page.
        QFile csv(dir.filePath(u"people.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("first_name,last_name,email\nNgozi,Obi,ngozi@example.test\nbad row\n");
        csv.close();
        logInAs(m_admin, u"admin"_s);
        answer = upload(u"importUsers"_s, csv.fileName());
        QCOMPARE(answer.value(u"error"_s).toString(), QString());
        const qint64 import = answer.value(u"body"_s).toMap().value(u"id"_s).toLongLong();
        QVERIFY(import > 0);
        const auto progress = [&] {
            return m_server->get(u"/api/v1/admin/user-imports/%1"_s.arg(import), m_admin.token)
                    .json()
                    .value(u"import"_s)
                    .toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(progress().value(u"status"_s).toString(), u"done"_s, 10000);
        QCOMPARE(progress().value(u"created"_s).toInt(), 1);
        QCOMPARE(progress().value(u"invalid"_s).toInt(), 1);

        // A file that is not there is reported, not sent.
        answer = upload(u"avatar"_s, dir.filePath(u"missing.png"_s));
        QVERIFY(answer.value(u"error"_s).toString().contains(u"cannot be read"_s));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
