// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

/**
 * @brief The LMS console suites' server (a row cap of 5 on read-only queries, and secrets in its
 * configuration the console must not show) and one account of each staff role, a talent and an
 * employer.
 */
class LmsConsoleFixture : public StaffFixture
{
protected:
    void setUp();
};

} // namespace wn::test
