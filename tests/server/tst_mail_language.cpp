// SPDX-License-Identifier: Apache-2.0
// The language of mail: chosen at sign-up (or taken from the browser's Accept-Language), changed
// in the account's settings, given when accepting an invitation, and the server's mail/language
// for everyone who chose none.
#include "fixtures.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

const QString signUpPath = u"/api/v1/onboarding/talents/nigeria"_s;
const QString englishCodeSubject = u"Your Worknation verification code"_s;
const QString frenchCodeSubject = u"Votre code de vérification Worknation"_s;

} // namespace

class TestMailLanguage : public QObject, public StaffFixture
{
    Q_OBJECT

private:
    /** Signs @p email up sending @p headers; the subject of the verification mail. */
    QString signUpSubject(const QString &email, const QJsonObject &extra,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QJsonObject body = talentSignUp(email);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const Reply signedUp = m_server->raw("POST", signUpPath, QJsonDocument(body).toJson(),
                                             "application/json", {}, headers);
        if (signedUp.status != 201)
            return u"sign-up answered %1: %2"_s.arg(signedUp.status).arg(signedUp.message());
        const auto mail = m_server->waitForMail(email);
        return mail ? mail->subject : u"no mail"_s;
    }

    /** Asks for a password reset of @p email; the mail it brings. */
    std::optional<Mail> resetMail(const QString &email)
    {
        const int before = int(m_server->mailsTo(email).size());
        m_server->post(u"/api/v1/auth/forgot-password"_s, QJsonObject { { u"email"_s, email } });
        return m_server->waitForMail(email, before + 1);
    }

private Q_SLOTS:
    void initTestCase() { startWithStaff(); }
    void cleanupTestCase() { m_server.reset(); }

    void aSignUpChoosesTheLanguageOfItsMail()
    {
        QCOMPARE(signUpSubject(u"fr-body@mail.worknation.test"_s, { { u"language"_s, u"fr"_s } }),
                 frenchCodeSubject);
        // The code in the French mail works like any other.
        const auto mail = m_server->waitForMail(u"fr-body@mail.worknation.test"_s);
        QVERIFY(mail->text.startsWith(u"Bonjour Ada,"_s));
        QCOMPARE(m_server->post(u"/api/v1/auth/verify-email"_s,
                                QJsonObject { { u"email"_s, u"fr-body@mail.worknation.test"_s },
                                              { u"token"_s, mail->code() } })
                         .status,
                 200);
        QCOMPARE(signUpSubject(u"en-body@mail.worknation.test"_s, { { u"language"_s, u"en"_s } },
                               { { "Accept-Language", "fr" } }),
                 englishCodeSubject);
    }

    void aSignUpWithoutALanguageTakesTheBrowsersBestOne_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("subject");
        QTest::newRow("French of Switzerland first")
                << QByteArray("fr-CH, fr;q=0.9, en;q=0.8") << frenchCodeSubject;
        QTest::newRow("German first, then French")
                << QByteArray("de-DE,de;q=0.9,fr;q=0.5,en;q=0.4") << frenchCodeSubject;
        QTest::newRow("French refused") << QByteArray("fr;q=0, en") << englishCodeSubject;
        QTest::newRow("English weighs more")
                << QByteArray("fr;q=0.3, en;q=0.7") << englishCodeSubject;
        QTest::newRow("none the server writes") << QByteArray("de, pt-BR") << englishCodeSubject;
        QTest::newRow("empty") << QByteArray("") << englishCodeSubject;
    }

    void aSignUpWithoutALanguageTakesTheBrowsersBestOne()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, subject);
        static int count = 0;
        const QString email = u"browser%1@mail.worknation.test"_s.arg(++count);
        QCOMPARE(signUpSubject(email, {}, { { "Accept-Language", acceptLanguage } }), subject);
    }

    void aLanguageTheServerDoesNotWriteIsRefusedByName()
    {
        QJsonObject body = talentSignUp(u"german@mail.worknation.test"_s);
        body.insert(u"language"_s, u"de"_s);
        const Reply refused = m_server->post(signUpPath, body);
        QCOMPARE(refused.status, 400);
        QVERIFY2(namesMessage(refused, u"language"_s), qPrintable(refused.message()));
        QVERIFY(m_server->mailsTo(u"german@mail.worknation.test"_s).isEmpty());
    }

    void anAccountChangesItsLanguageInItsSettings()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        QVERIFY(m_server->get(u"/api/v1/auth/me"_s, talent.token)
                        .json()
                        .value(u"language"_s)
                        .isNull());

        const Reply changed = m_server->patch(
                u"/api/v1/auth/me"_s, QJsonObject { { u"language"_s, u"fr"_s } }, talent.token);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(u"language"_s).toString(), u"fr"_s);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, talent.token)
                         .json()
                         .value(u"language"_s)
                         .toString(),
                 u"fr"_s);
        const auto french = resetMail(talent.email);
        QVERIFY(french);
        QCOMPARE(french->subject, u"Réinitialisez votre mot de passe Worknation"_s);
        QVERIFY2(french->text.contains(u"Votre code de réinitialisation du mot de passe est "_s
                                       + french->code()),
                 qPrintable(french->text));

        // Null gives the choice back to the server.
        QCOMPARE(m_server->patch(u"/api/v1/auth/me"_s,
                                 QJsonObject { { u"language"_s, QJsonValue::Null } }, talent.token)
                         .status,
                 200);
        QCOMPARE(resetMail(talent.email)->subject, u"Reset your Worknation password"_s);

        const Reply unknown = m_server->patch(
                u"/api/v1/auth/me"_s, QJsonObject { { u"language"_s, u"xx"_s } }, talent.token);
        QCOMPARE(unknown.status, 400);
        QVERIFY2(namesMessage(unknown, u"language"_s), qPrintable(unknown.message()));
        QCOMPARE(m_server->patch(u"/api/v1/auth/me"_s, QJsonObject { { u"language"_s, u"fr"_s } })
                         .status,
                 401);
    }

    void anInviteeChoosesTheLanguageWhenAccepting()
    {
        const QString email = u"support-fr@mail.worknation.test"_s;
        QCOMPARE(m_server->post(u"/api/v1/support/accounts"_s,
                                QJsonObject { { u"first_name"_s, u"Chidi"_s },
                                              { u"last_name"_s, u"Eze"_s },
                                              { u"email"_s, email } },
                                tokenOf(u"super_admin"_s))
                         .status,
                 201);
        // Invited before choosing anything: the server's language, the invitation said once.
        const auto invitation = m_server->waitForMail(email);
        QVERIFY(invitation);
        QCOMPARE(invitation->subject, u"You are invited to join the support desk on Worknation"_s);
        const Reply accepted
                = m_server->post(u"/api/v1/auth/accept-invite"_s,
                                 QJsonObject { { u"token"_s, invitation->invitationToken() },
                                               { u"password"_s, signUpPassword },
                                               { u"language"_s, u"fr"_s } });
        QCOMPARE(accepted.status, 200);
        QCOMPARE(resetMail(email)->subject, u"Réinitialisez votre mot de passe Worknation"_s);
    }

    void aTalentHearsOfTheirApplicationInTheirLanguage()
    {
        const TestUser talent = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->patch(u"/api/v1/auth/me"_s, QJsonObject { { u"language"_s, u"fr"_s } },
                                 talent.token)
                         .status,
                 200);
        const qint64 job = publishJob(*m_server, userOf(u"employer"_s), u"Data Analyst"_s);
        const Reply applied = m_server->post(
                u"/api/v1/jobs/%1/applications"_s.arg(job),
                QJsonObject { { u"cover_letter"_s, u"Je suis prête."_s } }, talent.token);
        QCOMPARE(applied.status, 201);
        const int before = int(m_server->mailsTo(talent.email).size());
        QCOMPARE(m_server->patch(u"/api/v1/applications/%1/status"_s.arg(
                                         applied.json().value(u"id"_s).toInteger()),
                                 QJsonObject { { u"status"_s, u"shortlisted"_s } },
                                 tokenOf(u"employer"_s))
                         .status,
                 200);
        const auto mail = m_server->waitForMail(talent.email, before + 1);
        QVERIFY(mail);
        QCOMPARE(mail->subject, u"Votre candidature pour Data Analyst a été présélectionnée"_s);
        QVERIFY2(mail->text.startsWith(u"Bonjour "_s), qPrintable(mail->text));
        QVERIFY2(mail->text.contains(u"Consultez les détails"_s), qPrintable(mail->text));
    }

    void theServersLanguageIsTheirsWhoChoseNone()
    {
        TestServer french({ { u"mail/language"_s, u"fr"_s } });
        const QString email = u"nobody-chose@mail.worknation.test"_s;
        // A browser in a language the server does not write.
        const Reply signedUp
                = french.raw("POST", signUpPath, QJsonDocument(talentSignUp(email)).toJson(),
                             "application/json", {}, { { "Accept-Language", "de" } });
        QCOMPARE(signedUp.status, 201);
        const auto mail = french.waitForMail(email);
        QVERIFY(mail);
        QCOMPARE(mail->subject, frenchCodeSubject);
    }
};

QTEST_GUILESS_MAIN(TestMailLanguage)
#include "tst_mail_language.moc"
