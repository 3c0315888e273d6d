// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

namespace wn::test {

/** @brief The platform suites' server, with a talent and an employer on it. */
class PlatformFixture : public Fixture
{
protected:
    void setUp();

    TestUser m_talent;
    TestUser m_employer;
};

} // namespace wn::test
