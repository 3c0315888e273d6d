// SPDX-License-Identifier: Apache-2.0
// The client speaks the language chosen: English with plurals that agree, and French, switched
// from the side navigation while the pages stay open, the shared vocabulary's labels with them.
#include "pagetest.h"

#include "fixtures.h"

#include "language.h"

#include <QPointer>
#include <QQmlEngineExtensionPlugin>
#include <QSettings>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestTranslations : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        m_job = publishJob(*m_server, m_employer, u"Payroll officer"_s);
        QVERIFY(m_job);
        connectClient();
        logInAs(m_talent, u"talent"_s);
    }
    void cleanup()
    {
        m_window.reset();
        client::Language::instance()->setLanguage(u"en"_s);
    }
    void cleanupTestCase()
    {
        client::Session::instance()->logout();
        m_server.reset();
    }

    void oneOfSomethingIsSingularInEnglish()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        show(u"JobSearchPage { anchors.fill: parent }"_s);
        QQuickItem *subtitle = find(u"pageSubtitle"_s);
        QVERIFY(subtitle);
        QTRY_COMPARE(subtitle->property("text").toString(), u"1 open role"_s);
    }

    void aPersonSwitchesToFrenchAndTheOpenPagesFollow()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        QQuickItem *title = find(u"pageTitle"_s);
        QVERIFY(title);
        QTRY_COMPARE(title->property("text").toString(), u"Jobs"_s);

        choose(u"language"_s, u"Français"_s);
        // The combo box applies the choice when activated, as a click on the entry does.
        QQuickItem *box = find(u"language"_s);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));

        QTRY_COMPARE(title->property("text").toString(), u"Offres d'emploi"_s);
        QQuickItem *subtitle = find(u"pageSubtitle"_s);
        QVERIFY(subtitle);
        QTRY_COMPARE(subtitle->property("text").toString(), u"1 poste ouvert"_s);
        QCOMPARE(client::Language::instance()->language(), u"fr"_s);
        QTRY_COMPARE(box->property("displayText").toString(), u"Français"_s); // still the choice
        QCOMPARE(QSettings().value(u"appearance/language"_s).toString(), u"fr"_s); // remembered
        // ... and by the server, which mails the person in French from now on.
        QTRY_COMPARE(m_server->get(u"/api/v1/auth/me"_s, m_talent.token)
                             .json()
                             .value(u"language"_s)
                             .toString(),
                     u"fr"_s);
        snapshot(u"talent-jobs-french"_s);
    }

    void aStatusOnAnOpenPageFollowsTheLanguage()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        const Reply applied = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(m_job),
                                             QJsonObject(), m_talent.token);
        QCOMPARE(applied.status, 201);
        const QJsonObject application = applied.json();
        const QString at = application.value(u"applied_at"_s)
                                   .toString(application.value(u"created_at"_s).toString());
        const QDate day = QDateTime::fromString(at, Qt::ISODate).toLocalTime().date();
        QVERIFY(day.isValid());
        show(u"TalentShell { objectName: \"shell\"; anchors.fill: parent; startSection: \"applications\" }"_s);
        // The status comes from the shared vocabulary (C++), not from a qsTr() in the page.
        const QPointer<QQuickItem> status = find(u"statusBadge"_s);
        QVERIFY(status);
        const auto shown = [&status] {
            return status ? status->property("text").toString() : u"(the page was built anew)"_s;
        };
        QTRY_COMPARE(shown(), u"Applied"_s);
        const QString english = QLocale(u"en"_s).toString(day, QLocale::ShortFormat);
        QTRY_VERIFY2(shownNow(u"rowSubtitle"_s).toString().endsWith(english),
                     qPrintable(shownNow(u"rowSubtitle"_s).toString()));

        switchTo(u"Français"_s);
        // The same page, still open on the same section, says it in French, its dates too.
        QTRY_COMPARE(shown(), u"Candidature envoyée"_s);
        const QString french = QLocale(u"fr"_s).toString(day, QLocale::ShortFormat);
        QVERIFY(french != english);
        QTRY_VERIFY2(shownNow(u"rowSubtitle"_s).toString().endsWith(french),
                     qPrintable(shownNow(u"rowSubtitle"_s).toString()));
        QCOMPARE(find(u"shell"_s)->property("currentSection").toString(), u"applications"_s);
        snapshot(u"talent-applications-french"_s);
    }

    void aChoiceFromTheVocabularyIsKeptAndTranslated()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        choose(u"jobTypeFilter"_s, u"Full time"_s);
        QQuickItem *type = find(u"jobTypeFilter"_s);
        QMetaObject::invokeMethod(type, "activated",
                                  Q_ARG(int, type->property("currentIndex").toInt()));
        QTRY_VERIFY(shownNow(u"jobCardMeta"_s).toString().contains(u"Remote"_s));

        switchTo(u"Français"_s);
        // The card's work mode and the filter's entries come again in French, the choice kept.
        QTRY_VERIFY(shownNow(u"jobCardMeta"_s).toString().contains(u"À distance"_s));
        QTRY_COMPARE(type->property("displayText").toString(), u"Temps plein"_s);
        QCOMPARE(type->property("currentValue").toString(), u"full_time"_s);
        switchTo(u"English"_s);
        QTRY_VERIFY(shownNow(u"jobCardMeta"_s).toString().contains(u"Remote"_s));
        QTRY_COMPARE(type->property("displayText").toString(), u"Full time"_s);
    }

    void theRoleUnderTheNavigationFollowsTheLanguage()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        const TestUser employer = m_server->createUser(Role::Employer);
        logInAs(employer, u"employer"_s);
        show(u"EmployerShell { anchors.fill: parent }"_s);
        QTRY_VERIFY(shownNow(u"navigationUser"_s).toString().endsWith(u"(Employer)"_s));
        switchTo(u"Français"_s);
        QTRY_VERIFY2(shownNow(u"navigationUser"_s).toString().endsWith(u"(Employeur)"_s),
                     qPrintable(shownNow(u"navigationUser"_s).toString()));
        switchTo(u"English"_s);
        QTRY_VERIFY(shownNow(u"navigationUser"_s).toString().endsWith(u"(Employer)"_s));
        logInAs(m_talent, u"talent"_s);
    }

    void aNotificationIsReadInTheLanguageChosen()
    {
        client::Language::instance()->useLanguage(u"en"_s);
        const qint64 job = publishJob(*m_server, m_employer, u"Stock controller"_s);
        QVERIFY(job);
        const Reply applied = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job),
                                             QJsonObject(), m_talent.token);
        QCOMPARE(applied.status, 201);
        const qint64 application = applied.json().value(u"id"_s).toInteger();
        QCOMPARE(m_server->patch(u"/api/v1/applications/%1/status"_s.arg(application),
                                 QJsonObject { { u"status"_s, u"shortlisted"_s } }, m_employer.token)
                         .status,
                 200);
        const QJsonArray told = m_server->get(u"/api/v1/notifications"_s, m_talent.token)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray();
        QVERIFY(!told.isEmpty());
        const QJsonObject notification = told.first().toObject();
        // Stored in English, for every reader that is not the client.
        QCOMPARE(notification.value(u"title"_s).toString(),
                 u"Your application for Stock controller was shortlisted"_s);

        show(u"TalentShell { anchors.fill: parent; startSection: \"notifications\" }"_s);
        const QString card = u"notification-%1"_s.arg(notification.value(u"id"_s).toInteger());
        QTRY_VERIFY(find(card));
        QCOMPARE(find(card)->property("title").toString(),
                 u"Your application for Stock controller was shortlisted"_s);
        switchTo(u"Français"_s);
        QTRY_COMPARE(find(card)->property("title").toString(),
                     u"Votre candidature pour Stock controller a été présélectionnée"_s);
        QVERIFY2(find(card)->property("subtitle").toString().contains(u"Statut : Présélectionné"_s),
                 qPrintable(find(card)->property("subtitle").toString()));
        snapshot(u"talent-notifications-french"_s);
    }

    void aSignUpInFrenchIsMailedInFrench()
    {
        // Only for this run (as --language does): the person chose nothing to remember.
        client::Language::instance()->useLanguage(u"fr"_s);
        client::Session::instance()->logout();
        show(u"SignUpPage { objectName: \"page\"; anchors.fill: parent }"_s);
        const QString email = u"amina@example.test"_s;
        signUpAs(u"Amina"_s, u"Sow"_s, email, u"+2348031113333"_s);

        const auto mail = m_server->waitForMail(email);
        QVERIFY(mail);
        QCOMPARE(mail->subject, u"Votre code de vérification Worknation"_s);
        QVERIFY2(mail->text.startsWith(u"Bonjour Amina,"_s), qPrintable(mail->text));
        logInAs(m_talent, u"talent"_s);
    }

    void aLanguageChosenWhileTheServerIsAwayReachesItAtTheNextSignIn()
    {
        // The choice went to the server once; when it was away, the person's mail stayed in the
        // old language for good.
        const TestUser talent = m_server->createUser(Role::Talent);
        logInAs(talent, u"talent"_s);
        client::Language::instance()->useLanguage(u"en"_s);
        show(u"TalentShell { anchors.fill: parent; startSection: \"jobs\" }"_s);
        const quint16 port = m_server->port();
        m_server->stop();
        switchTo(u"Français"_s);
        QTRY_COMPARE(client::Language::instance()->language(), u"fr"_s);
        // The choice goes out on the next turns of the event loop: let it meet the closed port
        // (which refuses at once) before the server comes back.
        QTest::qWait(300);
        m_window.reset();
        m_server->startOn(port);
        const auto language = [&] {
            return m_server->get(u"/api/v1/auth/me"_s, talent.token)
                    .json()
                    .value(u"language"_s)
                    .toString();
        };
        QCOMPARE(language(), QString()); // the server never heard of it

        logInAs(talent, u"talent"_s);
        QTRY_COMPARE(language(), u"fr"_s);
        logInAs(m_talent, u"talent"_s);
    }

private:
    /** Chooses @p language in the side navigation, as a click on the entry does. */
    void switchTo(const QString &language)
    {
        choose(u"language"_s, language);
        QQuickItem *box = find(u"language"_s);
        QVERIFY(box);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));
    }

    TestUser m_talent;
    TestUser m_employer;
    qint64 m_job = 0;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
