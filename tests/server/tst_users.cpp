// SPDX-License-Identifier: Apache-2.0
// Accounts as others see them: lookups, profile completion, activation, closing an account,
// pictures and presigned uploads, permissions and system roles.
#include "fixtures.h"

#include "core/auth/tokenservice.h"
#include "core/servercontext.h"

#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

class TestUsers : public QObject, public StaffFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startWithStaff();
        m_otherTalent = m_server->createUser(Role::Talent);
        m_talentUuid = m_server->get(u"/api/v1/auth/me"_s, m_talent.token)
                               .json()
                               .value(u"uuid"_s)
                               .toString();
        QVERIFY(!QUuid::fromString(m_talentUuid).isNull());
    }
    void cleanupTestCase() { m_server.reset(); }

    void userByIdIsForItsOwnerAndStaff_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");

        const QString talent = QString::number(m_talent.id);
        QTest::addRow("self") << m_talent.token << talent << 200;
        QTest::addRow("another talent") << m_otherTalent.token << talent << 404;
        QTest::addRow("an employer") << m_employer.token << talent << 404;
        QTest::addRow("support") << m_support.token << talent << 200;
        QTest::addRow("admin") << m_admin.token << talent << 200;
        QTest::addRow("super admin") << m_superAdmin.token << talent << 200;
        QTest::addRow("anonymous") << QString() << talent << 401;
        QTest::addRow("admin, unknown id") << m_admin.token << u"987654321"_s << 404;
        QTest::addRow("id is not a number") << m_admin.token << u"abc"_s << 400;
        QTest::addRow("negative id") << m_admin.token << u"-1"_s << 400;
        QTest::addRow("zero id") << m_admin.token << u"0"_s << 400;
    }
    void userByIdIsForItsOwnerAndStaff()
    {
        QFETCH(QString, token);
        QFETCH(QString, id);
        QFETCH(int, status);

        const Reply reply = m_server->get(u"/api/v1/users/"_s + id, token);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"id"_s).toInteger(), m_talent.id);
            QCOMPARE(reply.json().value(u"email"_s).toString(), m_talent.email);
        } else {
            QVERIFY(!reply.json().contains(u"email"_s));
        }
        if (status == 400)
            QVERIFY2(reply.message().contains(u"id"_s), qPrintable(reply.message()));
    }

    void userByUuidIsForItsOwnerAndStaff_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<int>("status");

        QTest::addRow("self") << m_talent.token << m_talentUuid << 200;
        QTest::addRow("self, upper-case uuid") << m_talent.token << m_talentUuid.toUpper() << 200;
        QTest::addRow("another talent") << m_otherTalent.token << m_talentUuid << 404;
        QTest::addRow("support") << m_support.token << m_talentUuid << 200;
        QTest::addRow("admin") << m_admin.token << m_talentUuid << 200;
        QTest::addRow("anonymous") << QString() << m_talentUuid << 401;
        QTest::addRow("admin, unknown uuid")
                << m_admin.token << QUuid::createUuid().toString(QUuid::WithoutBraces) << 404;
        QTest::addRow("not a uuid") << m_admin.token << u"12345"_s << 400;
    }
    void userByUuidIsForItsOwnerAndStaff()
    {
        QFETCH(QString, token);
        QFETCH(QString, uuid);
        QFETCH(int, status);

        const Reply reply = m_server->get(u"/api/v1/users/by-uuid/"_s + uuid, token);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"id"_s).toInteger(), m_talent.id);
            QCOMPARE(reply.json().value(u"uuid"_s).toString(), m_talentUuid);
        } else {
            QVERIFY(!reply.json().contains(u"email"_s));
        }
    }

    void userByEmailIsForStaffOnly_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");

        const QString query = u"?email="_s + m_talent.email;
        QTest::addRow("admin") << m_admin.token << query << 200;
        QTest::addRow("super admin") << m_superAdmin.token << query << 200;
        QTest::addRow("support") << m_support.token << query << 200;
        QTest::addRow("admin, upper-case email")
                << m_admin.token << u"?email="_s + m_talent.email.toUpper() << 200;
        QTest::addRow("the talent themself") << m_talent.token << query << 403;
        QTest::addRow("an employer") << m_employer.token << query << 403;
        QTest::addRow("anonymous") << QString() << query << 401;
        QTest::addRow("no email") << m_admin.token << QString() << 400;
        QTest::addRow("not an email") << m_admin.token << u"?email=nobody"_s << 400;
        QTest::addRow("unknown email")
                << m_admin.token << u"?email=nobody@test.worknation.test"_s << 404;
    }
    void userByEmailIsForStaffOnly()
    {
        QFETCH(QString, token);
        QFETCH(QString, query);
        QFETCH(int, status);

        const Reply reply = m_server->get(u"/api/v1/users/by-email"_s + query, token);
        QCOMPARE(reply.status, status);
        if (status == 200)
            QCOMPARE(reply.json().value(u"id"_s).toInteger(), m_talent.id);
        else
            QVERIFY(!reply.json().contains(u"id"_s));
        if (status == 400)
            QVERIFY2(reply.message().contains(u"email"_s), qPrintable(reply.message()));
    }

    void profileCompletionIsForItsOwnerAndStaff_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");

        const QString talent = QString::number(m_talent.id);
        QTest::addRow("self") << m_talent.token << talent << 200;
        QTest::addRow("another talent") << m_otherTalent.token << talent << 404;
        QTest::addRow("admin") << m_admin.token << talent << 200;
        QTest::addRow("anonymous") << QString() << talent << 401;
        QTest::addRow("id is not a number") << m_talent.token << u"abc"_s << 400;
    }
    void profileCompletionIsForItsOwnerAndStaff()
    {
        QFETCH(QString, token);
        QFETCH(QString, id);
        QFETCH(int, status);

        const Reply reply = m_server->get(u"/api/v1/users/%1/profile-completion"_s.arg(id), token);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().contains(u"percentage"_s), status == 200);
    }

    void profileCompletionRisesWithAnAvatar()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const QString path = u"/api/v1/users/%1/profile-completion"_s.arg(user.id);

        const Reply before = m_server->get(path, user.token);
        QCOMPARE(before.status, 200);
        const QJsonObject progress = before.json();
        const int percentage = progress.value(u"percentage"_s).toInt(-1);
        QVERIFY(percentage >= 0 && percentage < 100);
        const QStringList missing = valuesOf(progress.value(u"missing"_s), u"item"_s);
        QVERIFY2(missing.contains(u"avatar"_s), qPrintable(missing.join(u", "_s)));
        QVERIFY(valuesOf(progress.value(u"completed"_s), u"item"_s).contains(u"email_verified"_s));
        // What to do next is the missing item that counts most.
        const QJsonObject next = progress.value(u"next"_s).toObject();
        QVERIFY(missing.contains(next.value(u"item"_s).toString()));
        QVERIFY(!next.value(u"label"_s).toString().isEmpty());
        for (const QJsonValue &item : progress.value(u"missing"_s).toArray())
            QVERIFY(item.toObject().value(u"weight"_s).toInt() <= next.value(u"weight"_s).toInt());

        QCOMPARE(m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png",
                               user.token)
                         .status,
                 200);
        const QJsonObject after = m_server->get(path, user.token).json();
        QVERIFY2(after.value(u"percentage"_s).toInt() > percentage,
                 qPrintable(QString::number(after.value(u"percentage"_s).toInt())));
        QVERIFY(after.value(u"percentage"_s).toInt() <= 100);
        QVERIFY(!valuesOf(after.value(u"missing"_s), u"item"_s).contains(u"avatar"_s));
        QVERIFY(valuesOf(after.value(u"completed"_s), u"item"_s).contains(u"avatar"_s));
    }

    void activateIsForAdminsOnly_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");

        QTest::addRow("admin") << m_admin.token << 200;
        QTest::addRow("super admin") << m_superAdmin.token << 200;
        QTest::addRow("support") << m_support.token << 403;
        QTest::addRow("talent") << m_talent.token << 403;
        QTest::addRow("employer") << m_employer.token << 403;
        QTest::addRow("anonymous") << QString() << 401;
    }
    void activateIsForAdminsOnly()
    {
        QFETCH(QString, token);
        QFETCH(int, status);
        const QString email = newEmail();
        QCOMPARE(signUp(email).status, 201);
        QCOMPARE(login(email).status, 403);

        const Reply reply = m_server->post(u"/api/v1/users/activate"_s,
                                           QJsonObject { { u"email"_s, email } }, token);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"status"_s).toString(), u"active"_s);
            QCOMPARE(reply.json().value(u"email_verified"_s).toBool(), true);
            QCOMPARE(login(email).status, 200);
        } else {
            QCOMPARE(login(email).status, 403);
        }
    }

    void activateNeedsAKnownEmail_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");

        QTest::addRow("unknown email")
                << QJsonObject { { u"email"_s, u"nobody@test.worknation.test"_s } } << 404;
        QTest::addRow("not an email") << QJsonObject { { u"email"_s, u"nobody"_s } } << 400;
        QTest::addRow("no email") << QJsonObject() << 400;
    }
    void activateNeedsAKnownEmail()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QCOMPARE(m_server->post(u"/api/v1/users/activate"_s, body, m_admin.token).status, status);
    }

    void closingYourOwnAccountFreesTheEmail()
    {
        const TestUser user = m_server->createUser(Role::Talent, newEmail());
        const Reply closed = m_server->del(u"/api/v1/users/%1"_s.arg(user.id), user.token);
        QCOMPARE(closed.status, 200);
        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token).status, 401);
        QCOMPARE(login(user.email, user.password).status, 401);
        QCOMPARE(m_server->get(u"/api/v1/users/%1"_s.arg(user.id), m_admin.token).status, 404);

        const Reply again = signUp(user.email);
        QCOMPARE(again.status, 201);
        const qint64 newId = again.json().value(u"user"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(newId != user.id);
        const auto mail = m_server->waitForMail(user.email);
        QVERIFY(mail);
        QCOMPARE(m_server->post(u"/api/v1/auth/verify-email"_s,
                                QJsonObject { { u"email"_s, user.email },
                                              { u"token"_s, mail->code() } })
                         .status,
                 200);
        const Reply loggedIn = login(user.email);
        QCOMPARE(loggedIn.status, 200);
        QCOMPARE(loggedIn.json().value(u"user"_s).toObject().value(u"id"_s).toInteger(), newId);
    }

    void closingAnotherAccount_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("targetRole");
        QTest::addColumn<int>("status");

        QTest::addRow("talent closes another talent") << u"talent"_s << int(Role::Talent) << 404;
        QTest::addRow("employer closes a talent") << u"employer"_s << int(Role::Talent) << 404;
        QTest::addRow("support closes a talent") << u"support"_s << int(Role::Talent) << 404;
        QTest::addRow("anonymous closes a talent") << QString() << int(Role::Talent) << 401;
        QTest::addRow("admin closes a talent") << u"admin"_s << int(Role::Talent) << 200;
        QTest::addRow("admin closes an employer") << u"admin"_s << int(Role::Employer) << 200;
        QTest::addRow("admin closes another admin") << u"admin"_s << int(Role::Admin) << 403;
        QTest::addRow("admin closes a support account") << u"admin"_s << int(Role::Support) << 403;
        QTest::addRow("admin closes a super admin") << u"admin"_s << int(Role::SuperAdmin) << 403;
        QTest::addRow("super admin closes an admin") << u"super_admin"_s << int(Role::Admin) << 200;
    }
    void closingAnotherAccount()
    {
        QFETCH(QString, actor);
        QFETCH(int, targetRole);
        QFETCH(int, status);
        const TestUser target = m_server->createUser(Role(targetRole));

        const Reply reply = m_server->del(u"/api/v1/users/%1"_s.arg(target.id), tokenOf(actor));
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, target.token).status, 401);
            QCOMPARE(login(target.email, target.password).status, 401);
        } else {
            QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, target.token).status, 200);
        }
        // The one who closed it is still in.
        if (!actor.isEmpty())
            QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, tokenOf(actor)).status, 200);
    }

    void closingAnUnknownAccount()
    {
        QCOMPARE(m_server->del(u"/api/v1/users/987654321"_s, m_admin.token).status, 404);
        QCOMPARE(m_server->del(u"/api/v1/users/abc"_s, m_admin.token).status, 400);
    }

    void anAvatarIsStoredAndServedBack()
    {
        const TestUser user = m_server->createUser(Role::Talent);
        const Reply uploaded = m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(),
                                             "image/png", user.token);
        QCOMPARE(uploaded.status, 200);
        const QJsonObject file = uploaded.json();
        QCOMPARE(file.value(u"content_type"_s).toString(), u"image/png"_s);
        QCOMPARE(file.value(u"size"_s).toInteger(), tinyPng().size());
        const QString url = file.value(u"url"_s).toString();
        QVERIFY2(url.startsWith(m_server->baseUrl() + u"/api/v1/files/"_s), qPrintable(url));

        const Reply download = m_server->get(pathOf(url));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, tinyPng());
        QCOMPARE(download.header("Content-Type"), QByteArray("image/png"));

        QCOMPARE(m_server->get(u"/api/v1/auth/me"_s, user.token)
                         .json()
                         .value(u"avatar_url"_s)
                         .toString(),
                 url);
    }

    void anAvatarMustBeASmallPicture_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");

        QTest::addRow("plain text") << QByteArray("just some words, not a picture\n")
                                    << QByteArray("text/plain") << 415;
        QTest::addRow("text sent as a PNG")
                << QByteArray("just some words, not a picture\n") << QByteArray("image/png") << 415;
        QTest::addRow("SVG picture")
                << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                              "width=\"1\" height=\"1\"><script>alert(1)</script></svg>\n")
                << QByteArray("image/svg+xml") << 415;
        QByteArray huge = tinyPng();
        huge.append(QByteArray(5 * 1024 * 1024 + 1 - huge.size(), '\0'));
        QTest::addRow("larger than 5 MiB") << huge << QByteArray("image/png") << 413;
        QTest::addRow("empty") << QByteArray() << QByteArray("image/png") << 400;
    }
    void anAvatarMustBeASmallPicture()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        const TestUser user = m_server->createUser(Role::Talent);

        const Reply reply = m_server->raw("POST", u"/api/v1/users/me/avatar"_s, body, contentType,
                                          user.token);
        QCOMPARE(reply.status, status);
        QVERIFY(m_server->get(u"/api/v1/auth/me"_s, user.token)
                        .json()
                        .value(u"avatar_url"_s)
                        .isNull());
    }

    void anAvatarNeedsAnAccount()
    {
        QCOMPARE(m_server->raw("POST", u"/api/v1/users/me/avatar"_s, tinyPng(), "image/png").status,
                 401);
    }

    void aPresignedUrlTakesADirectUpload()
    {
        const Reply presigned
                = m_server->post(u"/api/v1/storage/presign"_s,
                                 QJsonObject { { u"kind"_s, u"cv"_s } }, m_talent.token);
        QCOMPARE(presigned.status, 200);
        QCOMPARE(presigned.json().value(u"method"_s).toString(), u"PUT"_s);
        // A CV is a PDF or a Word document.
        QCOMPARE(
                presigned.json().value(u"accepted_types"_s).toArray(),
                (QJsonArray {
                        u"application/pdf"_s,
                        u"application/vnd.openxmlformats-officedocument.wordprocessingml.document"_s }));
        const QString url = presigned.json().value(u"url"_s).toString();
        QVERIFY2(url.startsWith(m_server->baseUrl() + u"/api/v1/storage/uploads/"_s),
                 qPrintable(url));

        const Reply uploaded = m_server->raw("PUT", pathOf(url), tinyPdf(), "application/pdf");
        QCOMPARE(uploaded.status, 201);
        QCOMPARE(uploaded.json().value(u"kind"_s).toString(), u"cv"_s);
        QCOMPARE(uploaded.json().value(u"content_type"_s).toString(), u"application/pdf"_s);

        const Reply download = m_server->get(pathOf(uploaded.json().value(u"url"_s).toString()));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, tinyPdf());
        QCOMPARE(download.header("Content-Type"), QByteArray("application/pdf"));
        // One URL, one file: a second PUT cannot replace or add to it.
        QCOMPARE(m_server->raw("PUT", pathOf(url), tinyPdf(), "application/pdf").status, 409);
    }

    void aPresignedUrlRefusesWhatItWasNotSignedFor_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");

        const QString url = m_server->post(u"/api/v1/storage/presign"_s,
                                           QJsonObject { { u"kind"_s, u"cv"_s } }, m_talent.token)
                                    .json()
                                    .value(u"url"_s)
                                    .toString();
        const QString path = pathOf(url);
        const QString prefix = path.section(u'/', 0, -2) + u'/';
        const QList<QByteArray> parts = path.section(u'/', -1).toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        QJsonObject claims
                = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), base64url)).object();
        QCOMPARE(claims.value(u"kind"_s).toString(), u"cv"_s);
        // A video may be twenty times larger than a CV.
        claims.insert(u"kind"_s, u"video"_s);
        const QByteArray tampered = parts.at(0) + '.'
                + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url) + '.'
                + parts.at(2);
        const TokenService &tokens = *m_server->context().tokens;
        const QJsonObject cv { { u"sub"_s, QString::number(m_talent.id) }, { u"kind"_s, u"cv"_s } };

        QTest::addRow("payload changed from cv to video")
                << prefix + QString::fromLatin1(tampered) << tinyPdf() << 403;
        QTest::addRow("expired") << prefix + tokens.sign(cv, u"upload"_s, -60) << tinyPdf() << 403;
        QTest::addRow("an access token instead") << prefix + m_talent.token << tinyPdf() << 403;
        QTest::addRow("not a token") << prefix + u"not-a-token"_s << tinyPdf() << 403;
        QTest::addRow("a picture where a CV is expected") << path << tinyPng() << 415;
    }
    void aPresignedUrlRefusesWhatItWasNotSignedFor()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const Reply reply = m_server->raw("PUT", path, body, "application/octet-stream");
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.json().contains(u"url"_s));
    }

    void presignWantsAKnownKind_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");

        QTest::addRow("executable")
                << m_talent.token << QJsonObject { { u"kind"_s, u"exe"_s } } << 400;
        QTest::addRow("no kind") << m_talent.token << QJsonObject() << 400;
        QTest::addRow("anonymous") << QString() << QJsonObject { { u"kind"_s, u"cv"_s } } << 401;
    }
    void presignWantsAKnownKind()
    {
        QFETCH(QString, token);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const Reply reply = m_server->post(u"/api/v1/storage/presign"_s, body, token);
        QCOMPARE(reply.status, status);
        QVERIFY(!reply.json().contains(u"url"_s));
        if (status == 400)
            QVERIFY2(reply.message().contains(u"kind"_s), qPrintable(reply.message()));
    }

    void permissionsAreListedForAnyAccount_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("present");
        QTest::addColumn<QString>("absent");

        QTest::addRow("every permission") << QString() << QString() << u"users.read"_s << QString();
        QTest::addRow("those a company may grant")
                << u"?scope=company"_s << u"company"_s << u"jobs.create"_s << u"users.read"_s;
        QTest::addRow("the platform's own")
                << u"?scope=system"_s << u"system"_s << u"users.read"_s << u"jobs.create"_s;
    }
    void permissionsAreListedForAnyAccount()
    {
        QFETCH(QString, query);
        QFETCH(QString, scope);
        QFETCH(QString, present);
        QFETCH(QString, absent);

        const Reply reply = m_server->get(u"/api/v1/permissions"_s + query, m_talent.token);
        QCOMPARE(reply.status, 200);
        QStringList names;
        for (const QJsonValue &value : reply.json().value(u"data"_s).toArray()) {
            const QJsonObject permission = value.toObject();
            names.append(permission.value(u"name"_s).toString());
            QVERIFY(!permission.value(u"description"_s).toString().isEmpty());
            if (!scope.isEmpty())
                QCOMPARE(permission.value(u"scope"_s).toString(), scope);
        }
        QVERIFY2(names.contains(present), qPrintable(names.join(u", "_s)));
        if (!absent.isEmpty())
            QVERIFY(!names.contains(absent));
    }

    void permissionsNeedAnAccountAndAKnownScope()
    {
        QCOMPARE(m_server->get(u"/api/v1/permissions"_s).status, 401);
        const Reply bogus = m_server->get(u"/api/v1/permissions?scope=galaxy"_s, m_talent.token);
        QCOMPARE(bogus.status, 400);
        QVERIFY2(bogus.message().contains(u"scope"_s), qPrintable(bogus.message()));
    }

    void systemRolesAreForStaff_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");

        QTest::addRow("admin") << m_admin.token << 200;
        QTest::addRow("super admin") << m_superAdmin.token << 200;
        QTest::addRow("support") << m_support.token << 200;
        QTest::addRow("talent") << m_talent.token << 403;
        QTest::addRow("employer") << m_employer.token << 403;
        QTest::addRow("anonymous") << QString() << 401;
    }
    void systemRolesAreForStaff()
    {
        QFETCH(QString, token);
        QFETCH(int, status);

        const Reply reply = m_server->get(u"/api/v1/system-roles"_s, token);
        QCOMPARE(reply.status, status);
        QStringList builtIn;
        for (const QJsonValue &role : reply.json().value(u"data"_s).toArray()) {
            if (role.toObject().value(u"built_in"_s).toBool())
                builtIn.append(role.toObject().value(u"name"_s).toString());
        }
        QCOMPARE(builtIn.contains(u"admin"_s) && builtIn.contains(u"talent"_s), status == 200);
    }

    void definingASystemRole_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("named");

        auto role = [](const QString &name, const QStringList &permissions) {
            return QJsonObject { { u"name"_s, name },
                                 { u"description"_s, u"Looks after the content"_s },
                                 { u"permissions"_s, QJsonArray::fromStringList(permissions) } };
        };
        const QStringList content { u"content.manage"_s, u"users.read"_s };
        QTest::addRow("super admin")
                << m_superAdmin.token << role(u"content_editor"_s, content) << 201 << QString();
        QTest::addRow("admin") << m_admin.token << role(u"content_editor_2"_s, content) << 403
                               << QString();
        QTest::addRow("support") << m_support.token << role(u"content_editor_3"_s, content) << 403
                                 << QString();
        QTest::addRow("talent") << m_talent.token << role(u"content_editor_4"_s, content) << 403
                                << QString();
        QTest::addRow("anonymous")
                << QString() << role(u"content_editor_5"_s, content) << 401 << QString();
        QTest::addRow("unknown permission")
                << m_superAdmin.token << role(u"pilot"_s, { u"planes.fly"_s }) << 400
                << u"planes.fly"_s;
        QTest::addRow("name with a space and capitals")
                << m_superAdmin.token << role(u"Bad Name"_s, content) << 400 << u"name"_s;
        QTest::addRow("name of a built-in role")
                << m_superAdmin.token << role(u"admin"_s, content) << 409 << u"already exists"_s;
        QTest::addRow("no permissions")
                << m_superAdmin.token << QJsonObject { { u"name"_s, u"no_permissions"_s } } << 400
                << u"permissions"_s;
    }
    void definingASystemRole()
    {
        QFETCH(QString, token);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, named);

        const Reply reply = m_server->post(u"/api/v1/system-roles"_s, body, token);
        QCOMPARE(reply.status, status);
        if (!named.isEmpty())
            QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
        if (status != 201) {
            QVERIFY(!reply.json().contains(u"id"_s));
            return;
        }
        const QJsonObject created = reply.json();
        QCOMPARE(created.value(u"name"_s), body.value(u"name"_s));
        QCOMPARE(created.value(u"permissions"_s), body.value(u"permissions"_s));
        QCOMPARE(created.value(u"built_in"_s).toBool(), false);

        const Reply fetched = m_server->get(
                u"/api/v1/system-roles/%1"_s.arg(created.value(u"id"_s).toInteger()), m_admin.token);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), created);
    }

    void aSystemRoleNameIsTakenOnce()
    {
        const QJsonObject reviewer { { u"name"_s, u"reviewer"_s },
                                     { u"permissions"_s, QJsonArray { u"users.read"_s } } };
        QCOMPARE(m_server->post(u"/api/v1/system-roles"_s, reviewer, m_superAdmin.token).status,
                 201);
        const Reply again = m_server->post(u"/api/v1/system-roles"_s, reviewer, m_superAdmin.token);
        QCOMPARE(again.status, 409);
        QVERIFY2(again.message().contains(u"already exists"_s), qPrintable(again.message()));
    }

    void systemRoleById_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");

        QString adminRoleId;
        for (const QJsonValue &role : m_server->get(u"/api/v1/system-roles"_s, m_admin.token)
                                              .json()
                                              .value(u"data"_s)
                                              .toArray()) {
            if (role.toObject().value(u"name"_s).toString() == u"admin"_s)
                adminRoleId = QString::number(role.toObject().value(u"id"_s).toInteger());
        }
        QVERIFY(!adminRoleId.isEmpty());
        QTest::addRow("support, built-in role") << m_support.token << adminRoleId << 200;
        QTest::addRow("admin, unknown id") << m_admin.token << u"987654"_s << 404;
        QTest::addRow("admin, id is not a number") << m_admin.token << u"abc"_s << 400;
        QTest::addRow("talent") << m_talent.token << adminRoleId << 403;
        QTest::addRow("anonymous") << QString() << adminRoleId << 401;
    }
    void systemRoleById()
    {
        QFETCH(QString, token);
        QFETCH(QString, id);
        QFETCH(int, status);
        const Reply reply = m_server->get(u"/api/v1/system-roles/"_s + id, token);
        QCOMPARE(reply.status, status);
        if (status == 200) {
            QCOMPARE(reply.json().value(u"name"_s).toString(), u"admin"_s);
            QVERIFY(reply.json().value(u"permissions"_s).toArray().contains(u"users.manage"_s));
        }
    }

private:
    QString newEmail() { return u"member%1@test.worknation.test"_s.arg(++m_signUps); }

    Reply signUp(const QString &email)
    {
        return m_server->post(u"/api/v1/onboarding/talents/nigeria"_s, talentSignUp(email));
    }

    Reply login(const QString &email, const QString &password = signUpPassword)
    {
        return m_server->post(u"/api/v1/auth/login"_s,
                              QJsonObject { { u"email"_s, email }, { u"password"_s, password } });
    }

    TestUser m_otherTalent;
    QString m_talentUuid;
    int m_signUps = 0;
};

QTEST_MAIN(TestUsers)
#include "tst_users.moc"
