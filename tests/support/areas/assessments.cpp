// SPDX-License-Identifier: Apache-2.0
#include "areas/assessments.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

void AssessmentsFixture::setUp()
{
    startServer();
    m_admin = castUser(u"admin"_s, Role::Admin);
    castUser(u"support"_s, Role::Support);
    m_owner = castUser(u"owner"_s, Role::Employer);
    m_otherOwner = castUser(u"other company"_s, Role::Employer);
    m_reader = staffMember(m_owner, { u"applications.read"_s, u"reports.read"_s },
                           u"assessment-reader@example.com"_s);
    cast(u"reader"_s, m_reader);
    m_noReader = staffMember(m_owner, { u"chat.use"_s }, u"assessment-chat@example.com"_s);
    cast(u"staff without applications.read"_s, m_noReader);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_otherTalent = castUser(u"other talent"_s, Role::Talent);
    m_job = publishJob(*m_server, m_owner, u"Assessed analyst"_s);
    m_otherJob = publishJob(*m_server, m_otherOwner, u"Assessed clerk"_s);
    if (!m_job || !m_otherJob)
        throw std::runtime_error("could not publish the suites' jobs");
}

QHash<QString, QJsonObject> AssessmentsFixture::bankByText(const QString &instrument)
{
    QHash<QString, QJsonObject> bank;
    for (int page = 1;; ++page) {
        const Reply reply = m_server->get(
                u"/api/v1/assessments/%1/questions?limit=100&page=%2"_s.arg(instrument).arg(page),
                m_admin.token);
        const QJsonArray data = reply.json().value(u"data"_s).toArray();
        for (const QJsonValue &question : data)
            bank.insert(question.toObject().value(u"text"_s).toString(), question.toObject());
        if (data.size() < 100)
            return bank;
    }
}

Reply AssessmentsFixture::start(const TestUser &talent, const QString &instrument)
{
    return m_server->post(u"/api/v1/assessments/%1/attempts"_s.arg(instrument), QJsonObject {},
                          talent.token);
}

void AssessmentsFixture::answerEach(const TestUser &talent, const QJsonObject &attempt,
                                    const AnswerSheet &sheet)
{
    const qint64 id = attempt.value(u"id"_s).toInteger();
    for (const QJsonValue &value : attempt.value(u"questions"_s).toArray()) {
        const QJsonObject question = value.toObject();
        const QJsonObject answer = sheet(question);
        if (answer.isEmpty())
            continue;
        const Reply saved
                = m_server->put(u"/api/v1/assessment-attempts/%1/answers/%2"_s.arg(id).arg(
                                        question.value(u"id"_s).toInteger()),
                                answer, talent.token);
        if (saved.status != 200)
            qWarning("answer refused: %d %s", saved.status, saved.body.constData());
    }
}

Reply AssessmentsFixture::submit(const TestUser &talent, qint64 attemptId)
{
    return m_server->post(u"/api/v1/assessment-attempts/%1/submit"_s.arg(attemptId), QJsonObject {},
                          talent.token);
}

QJsonObject AssessmentsFixture::takeTest(const TestUser &talent, const QString &instrument,
                                         const AnswerSheet &sheet)
{
    const Reply started = start(talent, instrument);
    if (started.status != 201) {
        qWarning("start refused: %d %s", started.status, started.body.constData());
        return {};
    }
    answerEach(talent, started.json(), sheet);
    const Reply submitted = submit(talent, started.json().value(u"id"_s).toInteger());
    if (submitted.status != 200) {
        qWarning("submit refused: %d %s", submitted.status, submitted.body.constData());
        return {};
    }
    return submitted.json();
}

qint64 AssessmentsFixture::createBank(const QJsonObject &body, const TestUser *by)
{
    const Reply created
            = m_server->post(u"/api/v1/assessments"_s, body, (by ? *by : m_admin).token);
    if (created.status != 201)
        qWarning("bank refused: %d %s", created.status, created.body.constData());
    return created.json().value(u"id"_s).toInteger();
}

void AssessmentsFixture::applyTo(const TestUser &talent, qint64 jobId)
{
    const Reply applied = m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(jobId),
                                         QJsonObject {}, talent.token);
    if (applied.status != 201)
        qWarning("application refused: %d %s", applied.status, applied.body.constData());
}

void AssessmentsFixture::setAttemptTime(qint64 attemptId, const QString &column,
                                        const QString &value)
{
    // The column is one of the few the tests name.
    Sql(m_server->context().db(),
        u"UPDATE assessment_attempts SET %1 = :value WHERE id = :id"_s.arg(column))
            .bind(u":value"_s, value)
            .bind(u":id"_s, attemptId)
            .exec();
}

QJsonObject AssessmentsFixture::categoryOf(const QJsonObject &result, const QString &code)
{
    for (const QJsonValue &value : result.value(u"domains"_s).toArray()) {
        const QJsonObject domain = value.toObject();
        if (domain.value(u"code"_s).toString() == code)
            return domain;
        const QJsonObject facet = findBy(domain.value(u"facets"_s).toArray(), u"code"_s, code);
        if (!facet.isEmpty())
            return facet;
    }
    return {};
}

QList<double> AssessmentsFixture::numbers(const QJsonObject &json, const QStringList &keys)
{
    QList<double> values;
    for (const QString &key : keys)
        values.append(json.value(key).toDouble(-1));
    return values;
}

int AssessmentsFixture::totalOf(const Reply &reply)
{
    return reply.json().value(u"meta"_s).toObject().value(u"total"_s).toInt(-1);
}

double AssessmentsFixture::scoreOf(const QJsonObject &category, const QString &key)
{
    return category.value(u"score"_s).toObject().value(key).toDouble(-1);
}

void AssessmentsAccessFixture::setUpWithApplicantResult()
{
    setUp();
    m_ownBank = smallBank(u"Owner screening"_s, 2, { { u"retake_days"_s, 0 } }, &m_owner);
    QVERIFY(m_ownBank > 0);
    applyTo(m_talent, m_job);
    const QJsonObject result
            = takeTest(m_talent, QString::number(m_ownBank), [](const QJsonObject &) {
                  return QJsonObject { { u"rating"_s, 4 } };
              });
    m_applicantResult = result.value(u"id"_s).toInteger();
    QVERIFY(m_applicantResult > 0);
}

QJsonObject AssessmentsAccessFixture::likert(const QString &text, const QString &category)
{
    return { { u"type"_s, u"likert"_s }, { u"text"_s, text }, { u"category"_s, category } };
}

QJsonObject AssessmentsAccessFixture::option(const QString &key, bool correct)
{
    return { { u"key"_s, key }, { u"text"_s, key.toUpper() }, { u"correct"_s, correct } };
}

qint64 AssessmentsAccessFixture::smallBank(const QString &title, int questions,
                                           const QJsonObject &extra, const TestUser *by)
{
    QJsonObject body {
        { u"title"_s, title },
        { u"categories"_s,
          QJsonArray { QJsonObject { { u"code"_s, u"X"_s }, { u"name"_s, u"Drive"_s } } } }
    };
    QJsonArray items;
    for (int i = 1; i <= questions; ++i)
        items.append(likert(u"%1 statement %2"_s.arg(title).arg(i)));
    body.insert(u"questions"_s, items);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return createBank(body, by);
}

} // namespace wn::test
