// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

QString cohortPath(qint64 id, const QString &tail = {});

/**
 * @brief The cohorts and attendance suites' set-up: the staff accounts of StaffFixture, and
 * instructors, cohorts and members made through the API.
 */
class CohortsFixture : public StaffFixture
{
protected:
    /** Opens an instructor account as the admin and accepts its invitation: the instructor,
     *  logged in (no token if a step failed). */
    TestUser newInstructor();
    /** A cohort made by the admin; its id, or 0. */
    qint64 newCohort(const QString &name = {});
    /** Adds a member to a cohort as the admin; whether it worked. */
    bool addTalent(qint64 cohort, const TestUser &talent);
    bool addInstructor(qint64 cohort, const TestUser &instructor);

    int m_counter = 0;
};

} // namespace wn::test
