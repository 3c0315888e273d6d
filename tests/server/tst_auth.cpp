// SPDX-License-Identifier: Apache-2.0
// Logging in and out: the five login doors, email verification, access tokens, passwords and the
// login rate limits.
#include "fixtures.h"

#include "core/auth/tokenservice.h"
#include "core/database.h"
#include "core/servercontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QJsonObject credentials(const QString &email, const QString &password)
{
    return { { u"email"_s, email }, { u"password"_s, password } };
}

QJsonObject jwtPart(const QByteArray &part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, base64url)).object();
}

QByteArray jwtEncode(const QJsonObject &part)
{
    return QJsonDocument(part).toJson(QJsonDocument::Compact).toBase64(base64url);
}

/** A six-digit code that differs from @p code in every digit. */
QString wrongCode(const QString &code)
{
    QString other;
    for (QChar digit : code)
        other.append(QChar(u'0' + (digit.digitValue() + 1) % 10));
    return other;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Every call of this suite comes from 127.0.0.1; the per-address limit is tested on a
        // server of its own, so that the failures other tests provoke on purpose do not add up.
        m_server = std::make_unique<TestServer>(
                QHash<QString, QString> { { u"auth/login_failures_per_address"_s, u"1000"_s } });
        m_accounts.insert(u"talent"_s, m_server->createUser(Role::Talent));
        m_accounts.insert(u"employer"_s, m_server->createUser(Role::Employer));
        m_accounts.insert(u"employee"_s, m_server->createUser(Role::Employee));
        m_accounts.insert(u"sponsor"_s, m_server->createUser(Role::Sponsor));
        m_accounts.insert(u"admin"_s, m_server->createUser(Role::Admin));
        m_accounts.insert(u"super_admin"_s, m_server->createUser(Role::SuperAdmin));
    }
    void cleanupTestCase() { m_server.reset(); }

    void eachDoorLetsInItsOwnRoles_data()
    {
        QTest::addColumn<QString>("door");
        QTest::addColumn<QString>("account");

        const QString login = u"/api/v1/auth/login"_s;
        QTest::addRow("general door: talent") << login << u"talent"_s;
        QTest::addRow("general door: employer") << login << u"employer"_s;
        QTest::addRow("general door: sponsor") << login << u"sponsor"_s;
        QTest::addRow("general door: admin") << login << u"admin"_s;
        QTest::addRow("general door: super admin") << login << u"super_admin"_s;
        QTest::addRow("talent door: talent") << login + u"/talent"_s << u"talent"_s;
        QTest::addRow("employer door: employer") << login + u"/employer"_s << u"employer"_s;
        QTest::addRow("company door: employer") << login + u"/company"_s << u"employer"_s;
        QTest::addRow("company door: employee") << login + u"/company"_s << u"employee"_s;
        QTest::addRow("company door: sponsor") << login + u"/company"_s << u"sponsor"_s;
        QTest::addRow("employee door: employee") << login + u"/employee"_s << u"employee"_s;
    }
    void eachDoorLetsInItsOwnRoles()
    {
        QFETCH(QString, door);
        QFETCH(QString, account);
        const TestUser user = m_accounts.value(account);

        const Reply reply = m_server->post(door, credentials(user.email, user.password));
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QVERIFY(body.value(u"expires_in"_s).toInteger() > 0);
        const QString token = body.value(u"access_token"_s).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject answered = body.value(u"user"_s).toObject();
        QCOMPARE(answered.value(u"id"_s).toInteger(), user.id);
        QVERIFY(!QUuid::fromString(answered.value(u"uuid"_s).toString()).isNull());
        QCOMPARE(answered.value(u"email"_s).toString(), user.email);
        QCOMPARE(answered.value(u"role"_s).toString(), account);

        const Reply me = m_server->get(u"/api/v1/auth/me"_s, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"id"_s).toInteger(), user.id);
    }

    void aDoorRefusesOtherRolesSayingWhy_data()
    {
        QTest::addColumn<QString>("door");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("doorRole");

        const QString login = u"/api/v1/auth/login"_s;
        QTest::addRow("talent at the employer door")
                << login + u"/employer"_s << u"talent"_s << u"employer"_s;
        QTest::addRow("talent at the company door")
                << login + u"/company"_s << u"talent"_s << u"employer"_s;
        QTest::addRow("talent at the employee door")
                << login + u"/employee"_s << u"talent"_s << u"employee"_s;
        QTest::addRow("employer at the talent door")
                << login + u"/talent"_s << u"employer"_s << u"talent"_s;
        QTest::addRow("employer at the employee door")
                << login + u"/employee"_s << u"employer"_s << u"employee"_s;
        QTest::addRow("employee at the employer door")
                << login + u"/employer"_s << u"employee"_s << u"employer"_s;
        QTest::addRow("admin at the company door")
                << login + u"/company"_s << u"admin"_s << u"employer"_s;
    }
    void aDoorRefusesOtherRolesSayingWhy()
    {
        QFETCH(QString, door);
        QFETCH(QString, account);
        QFETCH(QString, doorRole);
        const TestUser user = m_accounts.value(account);

        const Reply reply = m_server->post(door, credentials(user.email, user.password));
        QCOMPARE(reply.status, 403);
        QVERIFY(!reply.json().contains(u"access_token"_s));
        const QString message = reply.message();
        QVERIFY2(message.contains(u"for %1"_s.arg(doorRole))
                         && message.contains(u"registered as %1"_s.arg(account)),
                 qPrintable(message));
    }

    void aWrongPasswordReadsLikeAnUnknownEmail_data()
    {
        QTest::addColumn<QString>("door");
        QTest::addColumn<QString>("account");

        const QString login = u"/api/v1/auth/login"_s;
        QTest::addRow("general door") << login << u"admin"_s;
        QTest::addRow("talent door") << login + u"/talent"_s << u"talent"_s;
        QTest::addRow("employer door") << login + u"/employer"_s << u"employer"_s;
        QTest::addRow("company door") << login + u"/company"_s << u"sponsor"_s;
        QTest::addRow("employee door") << login + u"/employee"_s << u"employee"_s;
    }
    void aWrongPasswordReadsLikeAnUnknownEmail()
    {
        QFETCH(QString, door);
        QFETCH(QString, account);
        const TestUser user = m_accounts.value(account);

        const Reply wrongPassword
                = m_server->post(door, credentials(user.email, user.password + u"x"_s));
        const Reply unknownEmail = m_server->post(
                door,
                credentials(u"nobody-at-%1@test.worknation.test"_s.arg(account), user.password));
        QCOMPARE(wrongPassword.status, 401);
        QCOMPARE(unknownEmail.status, 401);
        QCOMPARE(wrongPassword.json(), unknownEmail.json());
        QVERIFY(!wrongPassword.json().contains(u"access_token"_s));
    }

    void loginAcceptsTheEmailInAnyCase()
    {
        const TestUser user = m_accounts.value(u"talent"_s);
        const Reply reply = m_server->post(u"/api/v1/auth/login"_s,
                                           credentials(user.email.toUpper(), user.password));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"user"_s).toObject().value(u"id"_s).toInteger(), user.id);
    }

    void aNewAccountLogsInOnlyAfterVerifyingItsEmail()
    {
        const QString email = newEmail();
        const Reply signedUp = signUp(email);
        QCOMPARE(signedUp.status, 201);
        QCOMPARE(signedUp.json().value(u"user"_s).toObject().value(u"email_verified"_s).toBool(),
                 false);
        const QString code = mailedCode(email);
        QVERIFY(!code.isEmpty());

        for (const QString &door : { u"/api/v1/auth/login"_s, u"/api/v1/auth/login/talent"_s }) {
            const Reply refused = m_server->post(door, credentials(email, signUpPassword));
            QCOMPARE(refused.status, 403);
            QVERIFY2(refused.message().contains(u"Verify your email"_s),
                     qPrintable(refused.message()));
        }

        const Reply verified = verifyEmail(email, code);
        QCOMPARE(verified.status, 200);
        QVERIFY(!m_server->login(email, signUpPassword).isEmpty());

        // The code is used up: the address is verified once and for all.
        QCOMPARE(verifyEmail(email, code).status, 409);
    }

    void verifyEmailRefusesAWrongCode()
    {
        const QString email = newEmail();
        QCOMPARE(signUp(email).status, 201);
        const QString code = mailedCode(email);
        QVERIFY(!code.isEmpty());

        const Reply refused = verifyEmail(email, wrongCode(code));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.message().contains(u"invalid"_s), qPrintable(refused.message()));
        QCOMPARE(m_server->post(u"/api/v1/auth/login"_s, credentials(email, signUpPassword)).status,
                 403);

        QCOMPARE(verifyEmail(email, code).status, 200);
    }

    void verifyEmailRefusesAnotherAccountsCode()
    {
        const QString first = newEmail();
        const QString second = newEmail();
        QCOMPARE(signUp(first).status, 201);
        QCOMPARE(signUp(second).status, 201);
        const QString firstCode = mailedCode(first);
        const QString secondCode = mailedCode(second);
        QVERIFY(!firstCode.isEmpty() && !secondCode.isEmpty());
        if (firstCode == secondCode)
            QSKIP("both accounts drew the same code");

        QCOMPARE(verifyEmail(first, secondCode).status, 400);
        QCOMPARE(verifyEmail(u"nobody-verifies@test.worknation.test"_s, firstCode).status, 400);
        QCOMPARE(verifyEmail(first, firstCode).status, 200);
    }

    void verifyEmailWantsSixDigits_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");

        const QString email = u"someone@test.worknation.test"_s;
        QTest::addRow("five digits")
                << QJsonObject { { u"email"_s, email }, { u"token"_s, u"12345"_s } } << u"token"_s;
        QTest::addRow("letters") << QJsonObject { { u"email"_s, email },
                                                  { u"token"_s, u"12a456"_s } }
                                 << u"token"_s;
        QTest::addRow("no code") << QJsonObject { { u"email"_s, email } } << u"token"_s;
        QTest::addRow("not an email")
                << QJsonObject { { u"email"_s, u"someone"_s }, { u"token"_s, u"123456"_s } }
                << u"email"_s;
    }
    void verifyEmailWantsSixDigits()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const Reply reply = m_server->post(u"/api/v1/auth/verify-email"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(field), qPrintable(reply.message()));
    }

    void fiveWrongCodesBurnTheCode()
    {
        const QString email = newEmail();
        QCOMPARE(signUp(email).status, 201);
        const QString code = mailedCode(email);
        QVERIFY(!code.isEmpty());

        for (int attempt = 1; attempt < 5; ++attempt)
            QCOMPARE(verifyEmail(email, wrongCode(code)).status, 400);
        QCOMPARE(verifyEmail(email, wrongCode(code)).status, 429);

        const Reply refused = verifyEmail(email, code);
        QCOMPARE(refused.status, 429);
        QVERIFY2(refused.message().contains(u"request a new one"_s), qPrintable(refused.message()));
        QCOMPARE(m_server->post(u"/api/v1/auth/login"_s, credentials(email, signUpPassword)).status,
                 403);

        // A fresh code starts over.
        QCOMPARE(m_server->post(u"/api/v1/auth/resend-token"_s,
                                QJsonObject { { u"email"_s, email } })
                         .status,
                 200);
        const QString fresh = mailedCode(email, 2);
        QVERIFY(!fresh.isEmpty());
        QCOMPARE(verifyEmail(email, fresh).status, 200);
    }

    void verifyEmailRefusesAnExpiredCode()
    {
        const QString email = newEmail();
        const Reply signedUp = signUp(email);
        QCOMPARE(signedUp.status, 201);
        const qint64 userId
                = signedUp.json().value(u"user"_s).toObject().value(u"id"_s).toInteger();
        const QString code = mailedCode(email);
        QVERIFY(!code.isEmpty());

        Sql(m_server->context().db(),
            u"UPDATE one_time_codes SET expires_at = :past WHERE user_id = :user"_s)
                .bind(u":past"_s, timeText(QDateTime::currentDateTimeUtc().addSecs(-1)))
                .bind(u":user"_s, userId)
                .exec();

        const Reply refused = verifyEmail(email, code);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.message().contains(u"expired"_s), qPrintable(refused.message()));
        QCOMPARE(m_server->post(u"/api/v1/auth/login"_s, credentials(email, signUpPassword)).status,
                 403);
    }

    void resendTokenReplacesTheCode()
    {
        const QString email = newEmail();
        QCOMPARE(signUp(email).status, 201);
        const QString first = mailedCode(email);
        QVERIFY(!first.isEmpty());

        const Reply resent = m_server->post(u"/api/v1/auth/resend-token"_s,
                                            QJsonObject { { u"email"_s, email } });
        QCOMPARE(resent.status, 200);
        const QString second = mailedCode(email, 2);
        QVERIFY(!second.isEmpty());
        if (first == second)
            QSKIP("the new code happens to equal the old one");

        QCOMPARE(verifyEmail(email, first).status, 400);
        QCOMPARE(verifyEmail(email, second).status, 200);
    }

    void resendTokenAnswersAlikeForUnknownEmails()
    {
        const QString known = newEmail();
        QCOMPARE(signUp(known).status, 201);
        QVERIFY(m_server->waitForMail(known));
        const QString unknown = u"never-signed-up@test.worknation.test"_s;

        const Reply forKnown = m_server->post(u"/api/v1/auth/resend-token"_s,
                                              QJsonObject { { u"email"_s, known } });
        const Reply forUnknown = m_server->post(u"/api/v1/auth/resend-token"_s,
                                                QJsonObject { { u"email"_s, unknown } });
        QCOMPARE(forKnown.status, 200);
        QCOMPARE(forUnknown.status, forKnown.status);
        QCOMPARE(forUnknown.body, forKnown.body);
        QVERIFY(m_server->waitForMail(known, 2));
        QVERIFY(m_server->mailsTo(unknown).isEmpty());
    }

    void meAnswersTheCaller()
    {
        const TestUser user = m_accounts.value(u"employer"_s);
        const Reply me = m_server->get(u"/api/v1/auth/me"_s, user.token);
        QCOMPARE(me.status, 200);
        const QJsonObject body = me.json();
        QCOMPARE(body.value(u"id"_s).toInteger(), user.id);
        QCOMPARE(body.value(u"email"_s).toString(), user.email);
        QCOMPARE(body.value(u"role"_s).toString(), u"employer"_s);
        QCOMPARE(body.value(u"company_id"_s).toInteger(), user.companyId.value_or(-1));

        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s).status, 401);
    }

    void logoutRevokesOnlyThatTokenAtOnce()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const QString otherSession = m_server->login(user.email, user.password);
        QVERIFY(!otherSession.isEmpty());
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 200);

        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject(), user.token).status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject(), user.token).status, 401);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, otherSession).status, 200);
    }

    void forgedTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");

        m_forger = m_server->createUser(Role::Talent);
        const QList<QByteArray> parts = m_forger.token.toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const QByteArray &header = parts.at(0);
        const QByteArray &payload = parts.at(1);
        const QByteArray &signature = parts.at(2);
        const QJsonObject claims = jwtPart(payload);
        QVERIFY(!claims.value(u"jti"_s).toString().isEmpty());
        // The claims a genuine token carries, so that only the forgery can make the difference.
        const QJsonObject sessionClaims { { u"sub"_s, claims.value(u"sub"_s) },
                                          { u"role"_s, claims.value(u"role"_s) },
                                          { u"jti"_s, claims.value(u"jti"_s) } };
        const TokenService &tokens = *m_server->context().tokens;

        QJsonObject asAdmin = claims;
        asAdmin.insert(u"role"_s, u"admin"_s);
        QTest::addRow("payload made admin, signature kept")
                << QString::fromLatin1(header + '.' + jwtEncode(asAdmin) + '.' + signature);

        const QByteArray none = jwtEncode({ { u"alg"_s, u"none"_s }, { u"typ"_s, u"JWT"_s } });
        QTest::addRow("alg none, no signature") << QString::fromLatin1(none + '.' + payload + '.');
        QTest::addRow("alg none, signature kept")
                << QString::fromLatin1(none + '.' + payload + '.' + signature);

        const QByteArray otherKey = QByteArray(32, 'k');
        const QByteArray otherSignature
                = QMessageAuthenticationCode::hash(header + '.' + payload, otherKey,
                                                   QCryptographicHash::Sha256)
                          .toBase64(base64url);
        QTest::addRow("HS256 signed with another key")
                << QString::fromLatin1(header + '.' + payload + '.' + otherSignature);

        QTest::addRow("expired") << tokens.sign(sessionClaims, u"access"_s, -60);
        QTest::addRow("upload URL token") << tokens.sign(sessionClaims, u"upload"_s, 60);
        QTest::addRow("password reset token")
                << tokens.sign(sessionClaims, u"reset_password"_s, 60);

        QJsonObject unknownSession = sessionClaims;
        unknownSession.insert(u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::addRow("signed, but for a session that never existed")
                << tokens.sign(unknownSession, u"access"_s, 60);
        QTest::addRow("not a JWT") << u"not-a-token"_s;
    }
    void forgedTokensAreRefused()
    {
        QFETCH(QString, token);
        // The genuine token works, so each refusal below is the forgery's doing.
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, m_forger.token).status, 200);

        const Reply me = m_server->get(u"/api/v1/auth/me"_s, token);
        QCOMPARE(me.status, 401);
        QVERIFY(!me.json().contains(u"email"_s));
        // Nor does a forged token reach what only staff may see.
        QCOMPARE(m_server->get(u"/api/v1/system-roles"_s, token).status, 401);
    }

    void verifyTokenTellsALiveTokenFromADeadOne()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const Reply live = m_server->post(u"/api/v1/auth/verify-token"_s,
                                          QJsonObject { { u"token"_s, user.token } });
        QCOMPARE(live.status, 200);
        QCOMPARE(live.json().value(u"valid"_s).toBool(), true);
        QCOMPARE(live.json().value(u"user"_s).toObject().value(u"id"_s).toInteger(), user.id);
        QCOMPARE(live.json().value(u"user"_s).toObject().value(u"email"_s).toString(), user.email);

        const Reply garbage = m_server->post(u"/api/v1/auth/verify-token"_s,
                                             QJsonObject { { u"token"_s, u"a.b.c"_s } });
        QCOMPARE(garbage.status, 401);
        QVERIFY(!garbage.json().value(u"valid"_s).toBool());

        QCOMPARE(m_server->post(u"/api/v1/auth/logout"_s, QJsonObject(), user.token).status, 200);
        const Reply loggedOut = m_server->post(u"/api/v1/auth/verify-token"_s,
                                               QJsonObject { { u"token"_s, user.token } });
        QCOMPARE(loggedOut.status, 401);
        QVERIFY(!loggedOut.json().value(u"valid"_s).toBool());

        QCOMPARE(m_server->post(u"/api/v1/auth/verify-token"_s, QJsonObject()).status, 400);
    }

    void forgotPasswordAnswersAlikeForUnknownEmails()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const QString unknown = u"nobody-forgot@test.worknation.test"_s;

        const Reply forKnown = m_server->post(u"/api/v1/auth/forgot-password"_s,
                                              QJsonObject { { u"email"_s, user.email } });
        const Reply forUnknown = m_server->post(u"/api/v1/auth/forgot-password"_s,
                                                QJsonObject { { u"email"_s, unknown } });
        QCOMPARE(forKnown.status, 200);
        QCOMPARE(forUnknown.status, forKnown.status);
        QCOMPARE(forUnknown.body, forKnown.body);

        const auto mail = m_server->waitForMail(user.email);
        QVERIFY(mail);
        QVERIFY(!mail->code().isEmpty());
        QVERIFY2(mail->subject.contains(u"password"_s), qPrintable(mail->subject));
        QVERIFY(m_server->mailsTo(unknown).isEmpty());
    }

    void resetPasswordReplacesThePasswordAndEndsSessions()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        QCOMPARE(m_server->post(u"/api/v1/auth/forgot-password"_s,
                                QJsonObject { { u"email"_s, user.email } })
                         .status,
                 200);
        const auto mail = m_server->waitForMail(user.email);
        QVERIFY(mail);
        const QString code = mail->code();
        QVERIFY(!code.isEmpty());
        // The mail also links to the web portal's reset page, address and code filled in.
        const QString link = u"/reset-password?email="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(user.email)) + u"&code="_s + code;
        QVERIFY2(mail->text.contains(link), qPrintable(mail->text));
        const QString newPassword = u"Brand-new-Passw0rd"_s;

        QCOMPARE(resetPassword(user.email, wrongCode(code), newPassword).status, 400);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 200);

        QCOMPARE(resetPassword(user.email, code, newPassword).status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/auth/login"_s, credentials(user.email, user.password))
                         .status,
                 401);
        QVERIFY(!m_server->login(user.email, newPassword).isEmpty());

        // The code served once.
        QCOMPARE(resetPassword(user.email, code, u"Another-Passw0rd"_s).status, 400);
        QVERIFY(!m_server->login(user.email, newPassword).isEmpty());
    }

    void changePasswordNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QString>("field");

        const QString password = m_accounts.value(u"sponsor"_s).password;
        QTest::addRow("wrong current password")
                << u"not-my-password"_s << u"Brand-new-Passw0rd"_s << u"current_password"_s;
        QTest::addRow("no current password")
                << QString() << u"Brand-new-Passw0rd"_s << u"current_password"_s;
        QTest::addRow("new password too short") << password << u"short"_s << u"new_password"_s;
        QTest::addRow("new password same as the current one")
                << password << password << u"new_password"_s;
    }
    void changePasswordNamesWhatIsWrong()
    {
        QFETCH(QString, current);
        QFETCH(QString, replacement);
        QFETCH(QString, field);
        const TestUser user = m_accounts.value(u"sponsor"_s);

        const Reply reply = m_server->post(u"/api/v1/auth/change-password"_s,
                                           QJsonObject { { u"current_password"_s, current },
                                                         { u"new_password"_s, replacement } },
                                           user.token);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(field), qPrintable(reply.message()));
        QVERIFY(!m_server->login(user.email, user.password).isEmpty());
    }

    void changePasswordEndsTheOtherSessionsOnly()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const QString otherSession = m_server->login(user.email, user.password);
        QVERIFY(!otherSession.isEmpty());
        const QString newPassword = u"Changed-Passw0rd"_s;

        const Reply changed = m_server->post(u"/api/v1/auth/change-password"_s,
                                             QJsonObject { { u"current_password"_s, user.password },
                                                           { u"new_password"_s, newPassword } },
                                             user.token);
        QCOMPARE(changed.status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, otherSession).status, 401);
        QCOMPARE(m_server->post(u"/api/v1/auth/login"_s, credentials(user.email, user.password))
                         .status,
                 401);
        QVERIFY(!m_server->login(user.email, newPassword).isEmpty());

        QCOMPARE(m_server->post(u"/api/v1/auth/change-password"_s,
                                QJsonObject { { u"current_password"_s, newPassword },
                                              { u"new_password"_s, u"Third-Passw0rd"_s } })
                         .status,
                 401);
    }

    void repeatedFailuresLockAnAccountForTheWindow()
    {
        TestServer server({ { u"auth/login_failures_per_account"_s, u"3"_s },
                            { u"auth/login_window_seconds"_s, u"2"_s } });
        const TestUser user = server.createUser(Role::Talent);
        const TestUser bystander = server.createUser(Role::Talent);

        for (int attempt = 1; attempt <= 3; ++attempt) {
            QCOMPARE(server.post(u"/api/v1/auth/login"_s,
                                 credentials(user.email, user.password + u"x"_s))
                             .status,
                     401);
        }
        const Reply locked
                = server.post(u"/api/v1/auth/login"_s, credentials(user.email, user.password));
        QCOMPARE(locked.status, 429);
        QVERIFY(!locked.json().contains(u"access_token"_s));
        bool isNumber = false;
        const int retryAfter = locked.header("Retry-After").toInt(&isNumber);
        QVERIFY2(isNumber && retryAfter >= 1 && retryAfter <= 2,
                 locked.header("Retry-After").constData());
        // The lock is on that account, not on everyone.
        QVERIFY(!server.login(bystander.email, bystander.password).isEmpty());

        QTest::qWait(retryAfter * 1000 + 100);
        QVERIFY(!server.login(user.email, user.password).isEmpty());
    }

    void repeatedFailuresFromOneAddressLockItOut()
    {
        TestServer server({ { u"auth/login_failures_per_address"_s, u"4"_s } });
        const TestUser user = server.createUser(Role::Talent);

        for (int attempt = 1; attempt <= 4; ++attempt) {
            const QString email = u"guess%1@test.worknation.test"_s.arg(attempt);
            QCOMPARE(server.post(u"/api/v1/auth/login"_s, credentials(email, u"Guess-Passw0rd"_s))
                             .status,
                     401);
        }
        const Reply locked
                = server.post(u"/api/v1/auth/login"_s, credentials(user.email, user.password));
        QCOMPARE(locked.status, 429);
        QVERIFY(locked.header("Retry-After").toInt() >= 1);
        QVERIFY(!locked.json().contains(u"access_token"_s));
    }

    void signingUpTwiceWithOneEmailInAnotherCaseConflicts()
    {
        const QString email = u"Mixed.Case@Test.Worknation.test"_s;
        const Reply first = signUp(email);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value(u"user"_s).toObject().value(u"email"_s).toString(),
                 email.toLower());

        const Reply lower = signUp(email.toLower());
        QCOMPARE(lower.status, 409);
        QVERIFY2(lower.message().contains(u"already exists"_s), qPrintable(lower.message()));
        QCOMPARE(signUp(email.toUpper()).status, 409);
    }

    void loginStatsCountActiveTalents()
    {
        const Reply before = m_server->get(u"/api/v1/auth/login-stats"_s);
        QCOMPARE(before.status, 200);
        const qint64 talents = before.json().value(u"talents"_s).toInteger();
        QVERIFY(before.json().value(u"employers"_s).toInteger() >= 1);
        QVERIFY(before.json().value(u"sponsors"_s).toInteger() >= 1);
        QVERIFY(before.json().value(u"countries"_s).toInteger() >= 1);

        const QString email = newEmail();
        QCOMPARE(signUp(email).status, 201);
        const QString code = mailedCode(email);
        QVERIFY(!code.isEmpty());
        QCOMPARE(m_server->get(u"/api/v1/auth/login-stats"_s).json().value(u"talents"_s).toInteger(),
                 talents);

        QCOMPARE(verifyEmail(email, code).status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/login-stats"_s).json().value(u"talents"_s).toInteger(),
                 talents + 1);
    }

    void profileImageIsTheUploadedAvatar()
    {
        QCOMPARE(m_server->get(u"/api/v1/auth/profile-image"_s).status, 401);

        const TestUser user = m_server->createUser(Role::Talent);
        const Reply before = m_server->get(u"/api/v1/auth/profile-image"_s, user.token);
        QCOMPARE(before.status, 200);
        QVERIFY(before.json().contains(u"url"_s));
        QVERIFY(before.json().value(u"url"_s).isNull());

        const Reply uploaded = m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(),
                                             "image/png", user.token);
        QCOMPARE(uploaded.status, 200);
        const QString url = uploaded.json().value(u"url"_s).toString();
        QVERIFY(url.startsWith(m_server->baseUrl() + u"/api/v1/files/"_s));

        const Reply after = m_server->get(u"/api/v1/auth/profile-image"_s, user.token);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json().value(u"url"_s).toString(), url);
        const Reply image = m_server->get(pathOf(url));
        QCOMPARE(image.status, 200);
        QCOMPARE(image.body, tinyPng());
    }

private:
    QString newEmail() { return u"applicant%1@test.worknation.test"_s.arg(++m_signUps); }

    Reply signUp(const QString &email)
    {
        return m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, talentSignUp(email));
    }

    /** The code in the @p count-th mail to @p email, once it has arrived; empty if none does. */
    QString mailedCode(const QString &email, int count = 1)
    {
        const auto mail = m_server->waitForMail(email, count);
        return mail ? mail->code() : QString();
    }

    Reply verifyEmail(const QString &email, const QString &code)
    {
        return m_server->post(u"/api/v1/auth/verify-email"_s,
                              QJsonObject { { u"email"_s, email }, { u"token"_s, code } });
    }

    Reply resetPassword(const QString &email, const QString &code, const QString &password)
    {
        return m_server->post(u"/api/v1/auth/reset-password"_s,
                              QJsonObject { { u"email"_s, email },
                                            { u"token"_s, code },
                                            { u"password"_s, password } });
    }

    std::unique_ptr<TestServer> m_server;
    QHash<QString, TestUser> m_accounts;
    TestUser m_forger;
    int m_signUps = 0;
};

QTEST_MAIN(TestAuth)
#include "tst_auth.moc"
