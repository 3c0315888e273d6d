// SPDX-License-Identifier: Apache-2.0
// The client's C++ side against the real server, and its pages as a person sees them.
#include "testserver.h"

#include "jobsmodel.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        const TestUser employer = m_server->createUser(Role::Employer);
        for (int i = 1; i <= 25; ++i) {
            m_server->post(
                    u"/api/v1/jobs"_s,
                    QJsonObject { { u"title"_s, u"Role number %1"_s.arg(i) },
                                  { u"description"_s, u"A role published for the client test."_s },
                                  { u"job_type"_s, u"full_time"_s },
                                  { u"work_mode"_s, u"remote"_s },
                                  { u"publish"_s, true } },
                    employer.token);
        }
        client::Session::instance()->setServerUrl(m_server->baseUrl());
    }
    void cleanupTestCase() { m_server.reset(); }

    void aWrongPasswordIsExplained()
    {
        auto *session = client::Session::instance();
        session->login(m_talent.email, u"wrong password"_s);
        QTRY_VERIFY(!session->busy());
        QVERIFY(!session->loggedIn());
        QCOMPARE(session->error(), u"Invalid email or password"_s);
    }

    void loggingInAndOut()
    {
        auto *session = client::Session::instance();
        QSignalSpy changed(session, &client::Session::userChanged);
        session->login(m_talent.email, m_talent.password);
        QTRY_VERIFY(session->loggedIn());
        QCOMPARE(session->role(), u"talent"_s);
        QVERIFY(session->error().isEmpty());
        QCOMPARE(session->displayName(), u"Test talent (talent)"_s);
        session->logout();
        QVERIFY(!session->loggedIn());
        QCOMPARE(changed.size(), 2);
    }

    void aDeadServerIsExplained()
    {
        auto *session = client::Session::instance();
        const QString server = session->serverUrl();
        session->setServerUrl(u"http://127.0.0.1:1"_s);
        session->login(m_talent.email, m_talent.password);
        QTRY_VERIFY(!session->busy());
        QVERIFY(session->error().contains(u"cannot be reached"_s));
        session->setServerUrl(server);
    }

    void jobsArriveAPageAtATime()
    {
        client::JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(model.total(), 25);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));
        const QModelIndex first = model.index(0);
        QVERIFY(model.data(first, client::JobsModel::TitleRole)
                        .toString()
                        .startsWith(u"Role number"_s));
        QCOMPARE(model.data(first, client::JobsModel::WorkModeRole).toString(), u"remote"_s);

        model.setQuery(u"number 7"_s);
        QTRY_COMPARE(model.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), client::JobsModel::TitleRole).toString(),
                 u"Role number 7"_s);
    }

    void pagesRenderAsAPersonSeesThem_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addRow("login") << u"login"_s;
        QTest::addRow("jobs") << u"jobs"_s;
    }
    void pagesRenderAsAPersonSeesThem()
    {
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString file = dir.filePath(page + u".png"_s);
        QProcess client;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        client.setProcessEnvironment(env);
        client.start(
                QString::fromUtf8(WN_CLIENT_BINARY),
                { u"--server"_s, m_server->baseUrl(), u"--screenshot"_s, file, u"--page"_s, page });
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, 30000);
        QCOMPARE(client.exitCode(), 0);
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
        // Not blank: the page draws text and cards over its background.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 5, qPrintable(u"%1 colours only"_s.arg(colours.size())));
    }

private:
    std::unique_ptr<TestServer> m_server;
    TestUser m_talent;
};

QTEST_MAIN(TestClient)
#include "tst_client.moc"
