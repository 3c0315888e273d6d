// SPDX-License-Identifier: Apache-2.0
// The start the suites split from the pages suite share: a talent, an employer and an admin on a
// fresh server, and the employer's published "Data analyst" job asking a yes/no question.
#pragma once

#include "fixtures.h"
#include "pagetest.h"

#include <QStandardPaths>

namespace wn::test {

/** A PageTest whose server holds a talent, an employer with a published job, and an admin. */
class AccountsPageTest : public PageTest
{
protected:
    /** Starts m_server with the accounts and the job, and points the client at it. */
    void startWithAccounts()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        m_admin = m_server->createUser(Role::Admin);
        m_questionId = addYesNoQuestion(*m_server, m_employer, u"Can you work from Lagos?"_s);
        QVERIFY(m_questionId);
        m_jobId = publishJob(*m_server, m_employer, u"Data analyst"_s,
                             { { u"description"_s, u"Weekly hiring reports for our clients."_s },
                               { u"questions"_s, requiring(m_questionId) } });
        QVERIFY(m_jobId);
        connectClient();
    }

    TestUser m_talent;
    TestUser m_employer;
    TestUser m_admin;
    qint64 m_questionId = 0;
    qint64 m_jobId = 0;
};

} // namespace wn::test
