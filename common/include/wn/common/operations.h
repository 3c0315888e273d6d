// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace wn {

/** @brief A server operation as a client calls it: the method and the path, with `{name}` for
 *  each parameter (`{me}`: the logged-in user). */
struct Operation
{
    QByteArray method;
    QString path;
};

/**
 * Every request the desktop client makes, by the name its pages use. It lives here, beside the
 * server's vocabulary, so that a test holds it against the server's own routes: a client call to
 * a route that does not exist fails that test.
 */
const QHash<QString, Operation> &clientOperations();

} // namespace wn
