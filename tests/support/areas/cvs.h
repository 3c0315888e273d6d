// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

QString cvPath(qint64 id, const QString &tail = {});
/** A CV section of @p type, with @p items when there are any. */
QJsonObject section(const QString &type, const QString &title, bool hidden = false,
                    const QJsonArray &items = {});
/** An entry of a CV section, with @p subtitle when there is one. */
QJsonObject entry(const QString &title, const QString &subtitle = {});
/** The text pdftotext reads from @p pdf, in reading order. */
QString pdfText(const QByteArray &pdf);

/**
 * @brief The CV suites' staff, another employer and another talent, and the talent's profile with
 * experience and education, applied to the employer's job, with a CV (m_cv) rendered once
 * (m_generated).
 */
class CvsFixture : public StaffFixture
{
protected:
    void setUp();

    qint64 createCv(const TestUser &talent, const QJsonObject &body = {});
    QString searchTextOf(qint64 cvId);
    QByteArray download(const QString &url);

    TestUser m_otherEmployer;
    TestUser m_otherTalent;
    qint64 m_cv = 0; ///< the talent's CV the reading tests look at
    qint64 m_generated = 0;
};

} // namespace wn::test
