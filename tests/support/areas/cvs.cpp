// SPDX-License-Identifier: Apache-2.0
#include "areas/cvs.h"

#include "core/database.h"
#include "core/servercontext.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace wn::test {

QString cvPath(qint64 id, const QString &tail)
{
    return u"/api/v1/cvs/%1%2"_s.arg(id).arg(tail);
}

QJsonObject section(const QString &type, const QString &title, bool hidden, const QJsonArray &items)
{
    QJsonObject json { { u"type"_s, type }, { u"title"_s, title }, { u"hidden"_s, hidden } };
    if (!items.isEmpty())
        json.insert(u"items"_s, items);
    return json;
}

QJsonObject entry(const QString &title, const QString &subtitle)
{
    QJsonObject json { { u"title"_s, title } };
    if (!subtitle.isEmpty())
        json.insert(u"subtitle"_s, subtitle);
    return json;
}

QString pdfText(const QByteArray &pdf)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s });
    if (!pdftotext.waitForStarted())
        return {};
    pdftotext.write(pdf);
    pdftotext.closeWriteChannel();
    pdftotext.waitForFinished();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void CvsFixture::setUp()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
             "pdftotext (poppler-utils, see scripts/setup) reads the PDFs back");
    startWithStaff();
    m_otherEmployer = castUser(u"other_employer"_s, Role::Employer);
    m_otherTalent = castUser(u"other_talent"_s, Role::Talent);
    Sql(m_server->context().db(),
        u"UPDATE users SET first_name = 'Chiamaka', last_name = 'Okonkwo' WHERE id = :id"_s)
            .bind(u":id"_s, m_talent.id)
            .exec();
    const Reply profile = m_server->patch(
            u"/api/v1/talents/me/profile"_s,
            QJsonObject {
                    { u"headline"_s, u"Data analyst"_s },
                    { u"bio"_s, u"I turn payment records into decisions."_s },
                    { u"experience"_s,
                      QJsonArray { QJsonObject { { u"company"_s, u"Paystack"_s },
                                                 { u"title"_s, u"Data Analyst"_s },
                                                 { u"start_month"_s, u"2019-03"_s },
                                                 { u"current"_s, true } } } },
                    { u"education"_s,
                      QJsonArray { QJsonObject { { u"school_name"_s, u"University of Ibadan"_s },
                                                 { u"course"_s, u"Statistics"_s },
                                                 { u"start_year"_s, 2013 },
                                                 { u"end_year"_s, 2017 } } } },
            },
            m_talent.token);
    QCOMPARE(profile.status, 200);
    // The talent applied to the employer's job, so the employer (not the other) sees the CVs.
    const qint64 job = publishJob(*m_server, m_employer, u"Data analyst"_s);
    QVERIFY(job > 0);
    QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                            m_talent.token)
                     .status,
             201);
    m_cv = createCv(m_talent, { { u"title"_s, u"Analyst roles"_s } });
    QVERIFY(m_cv > 0);
    const Reply generated = m_server->post(cvPath(m_cv, u"/pdf"_s), QJsonObject {}, m_talent.token);
    QCOMPARE(generated.status, 201);
    m_generated = generated.json().value(u"id"_s).toInteger();
}

qint64 CvsFixture::createCv(const TestUser &talent, const QJsonObject &body)
{
    const Reply created = m_server->post(u"/api/v1/cvs"_s, body, talent.token);
    return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
}

QString CvsFixture::searchTextOf(qint64 cvId)
{
    return Sql(m_server->context().db(), u"SELECT search_text FROM cvs WHERE id = :id"_s)
            .bind(u":id"_s, cvId)
            .single()
            .text(u"search_text"_s);
}

QByteArray CvsFixture::download(const QString &url)
{
    const Reply file = m_server->get(pathOf(url)); // a signed link needs no token
    return file.status == 200 ? file.body : QByteArray();
}

} // namespace wn::test
