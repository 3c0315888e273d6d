// SPDX-License-Identifier: Apache-2.0
// The partners' pages driven as a person would (click, tick, type) against the real server: a
// company's API keys (issued and shown once, rotated, revoked), a partner's reading key, and a
// talent's data sharing (who read what, stopping a partner). Each flow is checked on the server,
// with the key itself on the external routes.
#include "pagetest.h"

#include "fixtures.h"
#include "session.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlEngineExtensionPlugin>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPartnerPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_employer = m_server->createUser(Role::Employer);
        m_partner = m_server->createUser(Role::Partner);
        m_otherPartner = m_server->createUser(Role::Partner);
        m_talent = m_server->createUser(Role::Talent);
        // Named as partners are, for the talent's page.
        renameCompany(*m_partner.companyId, u"Role Relay"_s);
        renameCompany(*m_otherPartner.companyId, u"Talent Bridge"_s);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void anEmployerIssuesAKeyShownOnceThatOpensItsRoute()
    {
        logInAs(m_employer, u"employer"_s);
        showKeys();
        QTRY_COMPARE(shownNow(u"apiKeyList"_s, "visible").toBool(), true);
        click(find(u"newApiKey"_s));
        QTRY_VERIFY(dialog(u"newKeyDialog"_s)->property("opened").toBool());
        // An employer's keys serve its assessment portal: only that scope is offered, and the
        // form says why the others are not.
        QVERIFY(find(u"scope_assessments.onboard"_s));
        for (const QString &scope : { u"talents.read"_s, u"talents.write"_s, u"msd.register"_s })
            QVERIFY2(!shownNow(u"scope_"_s + scope, "visible").isValid(), qPrintable(scope));
        QVERIFY(shownNow(u"keyScopesNote"_s).toString().contains(u"partner organisations"_s));

        // Nothing ticked and a limit in words: both said beside their fields, nothing sent.
        type(u"keyName"_s, u"Assessment portal"_s);
        type(u"keyPerMinute"_s, u"lots"_s);
        click(find(u"createKey"_s));
        QTRY_COMPARE(shownNow(u"keyScopesError"_s).toString(),
                     u"Choose at least one thing the key may do"_s);
        QVERIFY(!shownNow(u"keyPerMinuteError"_s).toString().isEmpty());
        QCOMPARE(keysOf(m_employer).size(), 0);
        // Over the platform's limit: the server's reason, under the field; what was typed stays.
        click(find(u"scope_assessments.onboard"_s));
        type(u"keyPerMinute"_s, u"5000"_s);
        click(find(u"createKey"_s));
        QTRY_VERIFY(shownNow(u"keyPerMinuteError"_s).toString().contains(u"at most 120"_s));
        QCOMPARE(shownNow(u"keyName"_s).toString(), u"Assessment portal"_s);
        QVERIFY(shownNow(u"scope_assessments.onboard"_s, "checked").toBool());
        QCOMPARE(keysOf(m_employer).size(), 0);

        type(u"keyPerMinute"_s, u"30"_s);
        click(find(u"createKey"_s));
        QTRY_VERIFY(dialog(u"issuedKeyDialog"_s)->property("opened").toBool());
        const QString key = shownNow(u"issuedKey"_s).toString();
        const QString secret = shownNow(u"issuedSecret"_s).toString();
        QVERIFY2(key.startsWith(u"wn_live_"_s), qPrintable(key));
        QVERIFY(secret.startsWith(u"whsec_"_s));
        QVERIFY(shownNow(u"issuedWarning"_s).toString().contains(u"will not see"_s));
        click(find(u"copyKey"_s));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), key);
        QCOMPARE(shownNow(u"copyKey"_s).toString(), u"Copied"_s);
        click(find(u"copySecret"_s));
        QTRY_COMPARE(QGuiApplication::clipboard()->text(), secret);
        snapshot(u"employer-api-key-created"_s);

        // On the server: the key as asked, its secret nowhere in the list.
        const QJsonArray keys = keysOf(m_employer);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0)[u"name"_s].toString(), u"Assessment portal"_s);
        QCOMPARE(keys.at(0)[u"scopes"_s].toArray(), QJsonArray { u"assessments.onboard"_s });
        QCOMPARE(keys.at(0)[u"requests_per_minute"_s].toInt(), 30);
        QVERIFY(key.startsWith(keys.at(0)[u"prefix"_s].toString()));
        QVERIFY(!m_server->get(u"/api/v1/api-keys"_s, m_employer.token).body.contains(key.toUtf8()));
        // And it opens its route.
        QCOMPARE(onboardWith(key).status, 201);

        // Once stored, the key is gone from the screen: the list shows only its beginning.
        click(find(u"issuedDone"_s));
        QTRY_VERIFY(!dialog(u"issuedKeyDialog"_s)->property("visible").toBool());
        QVERIFY(!shownNow(u"issuedKey"_s).isValid());
        QVERIFY(isNull(page()->property("issued"))); // nor kept by the page
        QQuickItem *card = find(u"apiKey_Assessment portal"_s);
        QVERIFY(card);
        QTRY_COMPARE(inside(card, u"keyPrefix"_s)->property("text").toString(),
                     keys.at(0)[u"prefix"_s].toString() + u"…"_s);
        QVERIFY(inside(card, u"keyScopes"_s)
                        ->property("text")
                        .toString()
                        .contains(u"Send people into assessments"_s));
        QTRY_VERIFY(
                inside(card, u"keyUsage"_s)->property("text").toString().contains(u"30 requests"_s));
    }

    void rotatingShowsTheNewKeyOnceAndRevokingStopsTheOld()
    {
        const QJsonObject issued = issue(m_employer, u"Portal v1"_s);
        const QString oldKey = issued.value(u"key"_s).toString();
        QCOMPARE(onboardWith(oldKey).status, 201);
        logInAs(m_employer, u"employer"_s);
        showKeys();
        QQuickItem *card = find(u"apiKey_Portal v1"_s);
        QVERIFY(card);
        click(inside(card, u"rotateKey"_s));
        QTRY_VERIFY(dialog(u"rotateKeyDialog"_s)->property("opened").toBool());
        QCOMPARE(shownNow(u"rotateOverlap"_s).toString(), u"24"_s);
        type(u"rotateOverlap"_s, u"200"_s);
        click(find(u"confirmRotate"_s));
        QTRY_VERIFY(!shownNow(u"rotateOverlapError"_s).toString().isEmpty());
        type(u"rotateOverlap"_s, u"2"_s);
        click(find(u"confirmRotate"_s));
        QTRY_VERIFY(dialog(u"issuedKeyDialog"_s)->property("opened").toBool());
        const QString newKey = shownNow(u"issuedKey"_s).toString();
        QVERIFY(newKey.startsWith(u"wn_live_"_s));
        QVERIFY(newKey != oldKey);
        // Until when the old key works is said, as the server set it.
        QTRY_VERIFY2(shownNow(u"issuedOldKey"_s).toString().contains(u"keeps working until"_s),
                     qPrintable(shownNow(u"issuedOldKey"_s).toString()));
        const QJsonObject old = keyOnServer(issued.value(u"id"_s).toInteger());
        QCOMPARE(old.value(u"status"_s).toString(), u"expiring"_s);
        const QDateTime until
                = QDateTime::fromString(old.value(u"expires_at"_s).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 2 * 3600) < 120);
        QVERIFY(shownNow(u"issuedOldKey"_s)
                        .toString()
                        .contains(until.toLocalTime().toString(u"HH:mm"_s)));
        // Both work during the overlap.
        QCOMPARE(onboardWith(newKey).status, 201);
        QCOMPARE(onboardWith(oldKey).status, 201);
        click(find(u"issuedDone"_s));
        QTRY_VERIFY(!dialog(u"issuedKeyDialog"_s)->property("visible").toBool());

        // The old key, now replaced, is revoked after asking: it stops at once.
        QQuickItem *oldCard = cardOfKey(issued.value(u"id"_s).toInteger());
        QVERIFY(oldCard);
        QTRY_VERIFY(inside(oldCard, u"keyStanding"_s)
                            ->property("text")
                            .toString()
                            .startsWith(u"Replaced: works until"_s));
        QVERIFY(!inside(oldCard, u"rotateKey"_s)); // a replaced key is not rotated again
        snapshot(u"employer-api-keys"_s);
        click(inside(oldCard, u"revokeKey"_s));
        QTRY_VERIFY(dialog(u"revokeKeyDialog"_s)->property("opened").toBool());
        click(find(u"confirmRevoke"_s));
        QTRY_COMPARE(keyOnServer(issued.value(u"id"_s).toInteger()).value(u"status"_s).toString(),
                     u"revoked"_s);
        QCOMPARE(onboardWith(oldKey).status, 401);
        QCOMPARE(onboardWith(newKey).status, 201);
        QTRY_VERIFY(shownNow(u"apiKeysMessage"_s).toString().contains(u"revoked"_s));
        QTRY_VERIFY(inside(cardOfKey(issued.value(u"id"_s).toInteger()), u"keyStanding"_s)
                            ->property("text")
                            .toString()
                            .startsWith(u"Revoked on"_s));
    }

    void aScopeTheCompanyMayNotHoldIsRefusedBesideTheScopes()
    {
        logInAs(m_employer, u"employer"_s);
        showKeys();
        QTRY_VERIFY(page()->property("scopes").value<QJSValue>().property(u"length"_s).toInt() > 0);
        // As a server that does not say which scopes a company may hold would offer them.
        page()->setProperty(
                "scopes",
                QVariant::fromValue(m_engine.toScriptValue(QVariantList { QVariantMap {
                        { u"name"_s, u"talents.read"_s }, { u"partners_only"_s, true } } })));
        const int before = keysOf(m_employer).size();
        click(find(u"newApiKey"_s));
        type(u"keyName"_s, u"Reader"_s);
        click(find(u"scope_talents.read"_s));
        click(find(u"createKey"_s));
        QTRY_VERIFY2(shownNow(u"keyScopesError"_s).toString().contains(u"partner organisation"_s),
                     qPrintable(shownNow(u"keyScopesError"_s).toString()));
        QCOMPARE(shownNow(u"newKeyError"_s, "visible").isValid(), false); // said once, there
        QCOMPARE(shownNow(u"keyName"_s).toString(), u"Reader"_s);
        QCOMPARE(keysOf(m_employer).size(), before);
    }

    void keysAreAnEmployersSectionForThoseWhoManageThem()
    {
        // A staff member whose company role lacks webhooks.manage has no "API keys" section.
        const qint64 role
                = addCompanyRole(*m_server, m_employer, u"Recruiters"_s, { u"jobs.create"_s });
        const TestUser staff
                = invitedEmployee(*m_server, m_employer, role, u"no.keys@example.com"_s);
        QVERIFY(!staff.token.isEmpty());
        logInAs(staff, u"staff"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(permissionsShown().contains(u"jobs.create"_s)); // the role was read
        QVERIFY(sectionNames().contains(u"company"_s));
        QVERIFY(!sectionNames().contains(u"apiKeys"_s));
        closePage();
        // The owner holds every permission, so the section is there.
        logInAs(m_employer, u"employer"_s);
        show(u"EmployerShell { objectName: \"shell\"; anchors.fill: parent }"_s);
        QTRY_VERIFY(sectionNames().contains(u"apiKeys"_s));
    }

    void aPartnerIssuesAReadingKeyAndTheTalentSeesItsReadsAndStopsThem()
    {
        // The talent shares with the partner; the partner's people log in through their door.
        QCOMPARE(m_server->post(u"/api/v1/me/partner-consents"_s,
                                QJsonObject { { u"partner_id"_s, *m_partner.companyId } },
                                m_talent.token)
                         .status,
                 200);
        logInAs(m_partner, u"partner"_s);
        show(u"BasicShell { anchors.fill: parent }"_s); // API keys is a partner's first section
        click(find(u"newApiKey"_s));
        QVERIFY(find(u"scope_msd.register"_s)); // a partner may hold every scope
        QVERIFY(!shownNow(u"keyScopesNote"_s, "visible").isValid());
        type(u"keyName"_s, u"Role Relay production"_s);
        click(find(u"scope_talents.read"_s));
        click(find(u"createKey"_s));
        QVERIFY(find(u"issuedKey"_s));
        const QString key = shownNow(u"issuedKey"_s).toString();
        QVERIFY2(key.startsWith(u"wn_live_"_s), qPrintable(key));
        click(find(u"issuedDone"_s));
        QTRY_VERIFY(!shownNow(u"issuedKey"_s).isValid());

        // The key reads the talent: many times, so the talent's log has more than a page.
        const QString wnId = m_server->get(u"/api/v1/auth/me"_s, m_talent.token)
                                     .json()
                                     .value(u"wn_id"_s)
                                     .toString();
        for (int i = 0; i < 23; ++i)
            QCOMPARE(readTalent(key, wnId).status, 200);
        const int reads = m_server->get(u"/api/v1/me/partner-reads?limit=1"_s, m_talent.token)
                                  .json()
                                  .value(u"meta"_s)[u"total"_s]
                                  .toInt();
        QCOMPARE(reads, 23);
        closePage();

        logInAs(m_talent, u"talent"_s);
        show(u"DataSharingPage { objectName: \"page\"; anchors.fill: parent }"_s);
        const QString partnerName = u"Role Relay"_s;
        QQuickItem *consent = find(u"consent_"_s + partnerName);
        QVERIFY(consent);
        QTRY_VERIFY(inside(consent, u"consentSince"_s)
                            ->property("text")
                            .toString()
                            .startsWith(u"Sharing since"_s));
        // The log: the partner, what it read, when; the rest comes page by page.
        QQuickItem *log = find(u"readsList"_s);
        QVERIFY(log);
        auto *model = log->property("model").value<QObject *>();
        QVERIFY(model);
        QTRY_COMPARE(model->property("count").toInt(), 20);
        QTRY_VERIFY(find(u"read_"_s + QString::number(newestReadId())));
        QQuickItem *newest = find(u"read_"_s + QString::number(newestReadId()));
        QCOMPARE(newest->property("title").toString(), partnerName);
        QVERIFY2(newest->property("subtitle").toString().startsWith(u"Your profile · "_s),
                 qPrintable(newest->property("subtitle").toString()));
        snapshot(u"talent-data-sharing"_s);
        auto *view = log->property("view").value<QQuickItem *>();
        QVERIFY(view);
        QMetaObject::invokeMethod(view, "positionViewAtEnd");
        QTRY_COMPARE(model->property("count").toInt(), reads);

        // Stopping asks first; then the partner's reads are refused.
        click(inside(consent, u"stopSharing"_s));
        QTRY_VERIFY(dialog(u"withdrawDialog"_s)->property("opened").toBool());
        click(find(u"confirmWithdraw"_s));
        QTRY_VERIFY(inside(find(u"consent_"_s + partnerName), u"consentSince"_s)
                            ->property("text")
                            .toString()
                            .startsWith(u"Stopped sharing on"_s));
        QCOMPARE(readTalent(key, wnId).status, 404);
        const QJsonArray consents = m_server->get(u"/api/v1/me/partner-consents"_s, m_talent.token)
                                            .json()
                                            .value(u"data"_s)
                                            .toArray();
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.at(0)[u"sharing"_s].toBool(), false);

        // Sharing again is one click, and the partner reads again.
        click(inside(find(u"consent_"_s + partnerName), u"shareAgain"_s));
        QTRY_VERIFY(inside(find(u"consent_"_s + partnerName), u"consentSince"_s)
                            ->property("text")
                            .toString()
                            .startsWith(u"Sharing since"_s));
        QCOMPARE(readTalent(key, wnId).status, 200);

        // Sharing with another partner: chosen from those the talent does not share with.
        choose(u"partnerChoice"_s, u"Talent Bridge"_s);
        click(find(u"sharePartner"_s));
        QQuickItem *other = find(u"consent_Talent Bridge"_s);
        QVERIFY(other);
        QVERIFY(inside(other, u"stopSharing"_s));
        const QJsonObject shared
                = findBy(m_server->get(u"/api/v1/me/partner-consents"_s, m_talent.token)
                                 .json()
                                 .value(u"data"_s)
                                 .toArray(),
                         u"id"_s, *m_otherPartner.companyId);
        QCOMPARE(shared.value(u"sharing"_s).toBool(), true);
        QTRY_VERIFY(!shownNow(u"partnerChoice"_s, "visible").isValid()); // no partner left
    }

private:
    void showKeys() { show(u"ApiKeysPage { objectName: \"page\"; anchors.fill: parent }"_s); }
    QQuickItem *page() { return find(u"page"_s); }

    void renameCompany(qint64 companyId, const QString &name)
    {
        Sql(m_server->context().db(), u"UPDATE companies SET name = :name WHERE id = :id"_s)
                .bind(u":name"_s, name)
                .bind(u":id"_s, companyId)
                .exec();
    }

    static bool isNull(const QVariant &value)
    {
        return value.metaType() == QMetaType::fromType<QJSValue>()
                ? value.value<QJSValue>().isNull()
                : value.isNull();
    }

    QObject *dialog(const QString &name)
    {
        QObject *found = m_window->findChild<QObject *>(name);
        if (!found)
            qWarning("no dialog named %s", qPrintable(name));
        return found;
    }

    /** The visible item named @p name within @p root (a card's own button), or null. */
    static QQuickItem *inside(QQuickItem *root, const QString &name)
    {
        return root ? visibleItem(root, name) : nullptr;
    }

    /** The card of the key @p id in the list, once shown. */
    QQuickItem *cardOfKey(qint64 id)
    {
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            QList<QQuickItem *> cards;
            collectCards(m_window->contentItem(), cards);
            for (QQuickItem *card : std::as_const(cards)) {
                QVariant row = card->property("row");
                if (row.metaType() == QMetaType::fromType<QJSValue>())
                    row = row.value<QJSValue>().toVariant();
                if (row.toMap().value(u"id"_s).toLongLong() == id)
                    return card;
            }
            QTest::qWait(50);
        }
        qWarning("no card of key %lld", id);
        return nullptr;
    }
    static void collectCards(QQuickItem *root, QList<QQuickItem *> &found)
    {
        if (!root->isVisible())
            return;
        if (root->objectName().startsWith(u"apiKey_"_s))
            found.append(root);
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children)
            collectCards(child, found);
    }

    QStringList sectionNames()
    {
        QQuickItem *shell = find(u"shell"_s);
        QStringList names;
        if (!shell)
            return names;
        const QVariantList sections
                = shell->property("sections").value<QJSValue>().toVariant().toList();
        for (const QVariant &section : sections)
            names.append(section.toMap().value(u"name"_s).toString());
        return names;
    }

    QStringList permissionsShown()
    {
        QQuickItem *shell = find(u"shell"_s);
        return shell ? shell->property("permissions").value<QJSValue>().toVariant().toStringList()
                     : QStringList();
    }

    QJsonArray keysOf(const TestUser &user)
    {
        return m_server->get(u"/api/v1/api-keys"_s, user.token).json().value(u"data"_s).toArray();
    }
    QJsonObject keyOnServer(qint64 id)
    {
        return m_server->get(u"/api/v1/api-keys/%1"_s.arg(id), m_employer.token).json();
    }
    QJsonObject issue(const TestUser &user, const QString &name)
    {
        const Reply reply = m_server->post(
                u"/api/v1/api-keys"_s,
                QJsonObject { { u"name"_s, name },
                              { u"scopes"_s, QJsonArray { u"assessments.onboard"_s } } },
                user.token);
        if (reply.status != 201)
            qWarning() << "key not issued:" << reply.status << reply.body;
        return reply.json();
    }

    /** The employer's assessment portal asking for a link with @p key: 201 when it opens. */
    Reply onboardWith(const QString &key)
    {
        return m_server->raw("POST", u"/api/v1/assessment-portal/employer-links"_s,
                             R"({"assessment":"personality"})", "application/json", {},
                             { { "X-Api-Key", key.toLatin1() } });
    }
    Reply readTalent(const QString &key, const QString &path)
    {
        return m_server->raw("GET", u"/api/v1/external/talents/"_s + path, {}, {}, {},
                             { { "X-Api-Key", key.toLatin1() } });
    }
    qint64 newestReadId()
    {
        return m_server->get(u"/api/v1/me/partner-reads?limit=1"_s, m_talent.token)
                .json()
                .value(u"data"_s)[0][u"id"_s]
                .toInteger();
    }

    TestUser m_employer;
    TestUser m_partner;
    TestUser m_otherPartner;
    TestUser m_talent;
};

QTEST_MAIN(TestPartnerPages)
#include "tst_pages_partners.moc"
