// SPDX-License-Identifier: Apache-2.0
// The server's own machinery: operations endpoints, the router, limits, uploads, mail and jobs.
#include "testserver.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_server = std::make_unique<TestServer>(); }
    void cleanupTestCase() { m_server.reset(); }

    void healthAndReadiness()
    {
        QCOMPARE(m_server->get(u"/healthz"_s).json().value(u"status"_s).toString(), u"ok"_s);
        const Reply ready = m_server->get(u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QVERIFY(ready.json().value(u"migrations"_s).toInt() >= 1);
    }

private:
    std::unique_ptr<TestServer> m_server;
};

QTEST_MAIN(TestPlatform)
#include "tst_platform.moc"
