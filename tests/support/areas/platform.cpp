// SPDX-License-Identifier: Apache-2.0
#include "areas/platform.h"

namespace wn::test {

void PlatformFixture::setUp()
{
    m_server = std::make_unique<TestServer>();
    m_talent = m_server->createUser(Role::Talent);
    m_employer = m_server->createUser(Role::Employer);
}

} // namespace wn::test
