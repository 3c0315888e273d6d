// SPDX-License-Identifier: Apache-2.0
// What the assessment page suites share: an admin, a company's owner and a talent on a fresh
// server, and the server's side of a test taken, a question bank read and a choice made.
#pragma once

#include "fixtures.h"
#include "pagetest.h"

#include <QStandardPaths>

#include <functional>

namespace wn::test {

/** A PageTest whose server holds an admin, a company's owner and a talent. */
class AssessmentPageTest : public PageTest
{
protected:
    /** Starts m_server with the accounts, and points the client at it. */
    void startWithAccounts()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_admin = m_server->createUser(Role::Admin);
        m_owner = m_server->createUser(Role::Employer);
        m_talent = m_server->createUser(Role::Talent);
        client::Session::instance()->setServerUrl(m_server->baseUrl());
        m_engine.addImportPath(u"qrc:/"_s);
    }

    /** @p talent takes @p instrument, rating each agreement item as @p rate says; the result. */
    qint64 takeTest(const TestUser &talent, const QString &instrument,
                    const std::function<int(const QJsonObject &)> &rate)
    {
        const Reply attempt = m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(instrument),
                                             QJsonObject(), talent.token);
        if (attempt.status != 201)
            return 0;
        QJsonArray answers;
        for (const QJsonValue &value : attempt.json().value(u"questions"_s).toArray()) {
            const QJsonObject question = value.toObject();
            answers.append(QJsonObject { { u"question_id"_s, question.value(u"id"_s) },
                                         { u"rating"_s, rate(question) } });
        }
        const Reply submitted
                = m_server->post(u"/api/v1/assessments/%1/submissions"_s.arg(instrument),
                                 QJsonObject { { u"answers"_s, answers } }, talent.token);
        return submitted.status == 200 ? submitted.json().value(u"id"_s).toInteger() : 0;
    }

    /** Chooses @p text in the combo box named @p name, as a person does: it says it was chosen. */
    void pick(const QString &name, const QString &text)
    {
        choose(name, text);
        QQuickItem *box = find(name);
        QVERIFY(box);
        QMetaObject::invokeMethod(box, "activated",
                                  Q_ARG(int, box->property("currentIndex").toInt()));
    }

    QJsonArray questionsOf(const QString &bank)
    {
        return m_server
                ->get(u"/api/v1/assessments/%1/questions?limit=100"_s.arg(bank), m_admin.token)
                .json()
                .value(u"data"_s)
                .toArray();
    }

    TestUser m_admin;
    TestUser m_owner;
    TestUser m_talent;
};

} // namespace wn::test
