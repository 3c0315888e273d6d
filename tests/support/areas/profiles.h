// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

/** One entry of a talent's skills as the app sends it; @p years is left out when negative. */
QJsonObject skillEntry(qint64 id, const QString &level, int years = -1);

/** @brief The profiles suites' talents, an employer, and one account of each staff role. */
class ProfilesFixture : public StaffFixture
{
protected:
    void setUp();
    /** Reference rows of the suites' own (education level, career level, job preferences, a
     * disability, a school), whatever the shipped lists hold. */
    void addReferenceRows();

    /** The id of the listed skill named @p name; 0 if none is. */
    qint64 skillId(const QString &name);
    /** A skill an admin adds; its id, or 0. */
    qint64 addSkill(const QString &name, const QString &category = QStringLiteral("Testing"));
    /** The key of a file of @p kind that @p owner uploaded through a presigned URL. */
    QString presignedVideoKey(const TestUser &owner, const QString &kind, const QByteArray &bytes);

    TestUser m_otherTalent;
    qint64 m_schoolId = 0;
    int m_counter = 0;
};

} // namespace wn::test
