// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fixtures.h"

#include <QList>
#include <QTcpSocket>

#include <utility>

namespace wn::test {

/** An MP4 of about @p size bytes. */
QByteArray mp4Of(qsizetype size);
/** A presigned upload URL's path for @p kind, asked for with @p token. */
QString presigned(TestServer &server, const QString &token, const QString &kind);
/** The sizes of the upload bodies being written to disk as they arrive. */
QList<qint64> bodiesArriving(TestServer &server);
/** The answers on @p socket until @p count have come whole (or @p waitMs have passed): their
 *  statuses and bodies. */
QList<std::pair<int, QByteArray>> answers(QTcpSocket &socket, int count, int waitMs = 60000);
/** The head of a PUT of @p length bytes to @p path. */
QByteArray putHead(const QString &path, qint64 length);

/** @brief The uploads suites' server and a talent. */
class UploadsFixture : public Fixture
{
protected:
    void setUp();

    TestUser m_talent;
};

} // namespace wn::test
