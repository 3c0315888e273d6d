// SPDX-License-Identifier: Apache-2.0
#include "areas/lmsconsole.h"

using namespace Qt::StringLiterals;

namespace wn::test {

void LmsConsoleFixture::setUp()
{
    startServer({ { u"lms/query_row_cap"_s, u"5"_s },
                  { u"mail/smtp_password"_s, u"smtp-secret-value"_s },
                  { u"lms/moodle_token"_s, u"moodle-secret-value"_s } });
    m_superAdmin = castUser(u"super_admin"_s, Role::SuperAdmin);
    m_admin = castUser(u"admin"_s, Role::Admin);
    m_support = castUser(u"support"_s, Role::Support);
    m_talent = castUser(u"talent"_s, Role::Talent);
    m_employer = castUser(u"employer"_s, Role::Employer);
}

} // namespace wn::test
