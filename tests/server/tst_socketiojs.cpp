// SPDX-License-Identifier: Apache-2.0
// The stock socket.io-client (npm) against the server: the wire format is proven against the
// real peer, not only against our own reading of the protocol.
#include "testserver.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestSocketIoJs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stockClientChats()
    {
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        const QDir js(QString::fromUtf8(WN_SOURCE_DIR) + u"/tests/js"_s);
        if (node.isEmpty() || !js.exists(u"node_modules/socket.io-client"_s))
            QSKIP("Node.js or the npm socket.io-client is missing: scripts/setup installs both");

        TestServer server;
        const TestUser alice = server.createUser(Role::Talent);
        const TestUser bob = server.createUser(Role::Employer);
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(node,
                      { js.filePath(u"socketio-chat.mjs"_s), server.baseUrl(),
                        QString::number(alice.id), alice.token, QString::number(bob.id),
                        bob.token });
        // The server lives in this thread's process but answers on its own threads; keep this
        // thread's event loop turning while the client runs.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(u"all checks passed"_s), qPrintable(output));
    }
};

QTEST_MAIN(TestSocketIoJs)
#include "tst_socketiojs.moc"
