// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apiclient.h"

#include <QJSValue>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace wn::client {

/** @brief One server operation resolved from its name: the method, the path, what is left of the
 * arguments (the body, or the query of a GET). */
struct ResolvedCall
{
    QByteArray method;
    QString path;
    QJsonObject rest;
};

/**
 * @brief The server's operations by name, for QML: pages say what they want ("applyToJob",
 * {id: 4, answers: [...]}) and never build a URL. Path parameters are taken from the arguments
 * ({id}, {userId}); "{me}" is the logged-in user.
 */
class Backend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static Backend *create(QQmlEngine *, QJSEngine *);
    static Backend *instance();

    /** The operation @p name with @p arguments, or nothing when no such operation exists. */
    static std::optional<ResolvedCall> resolve(const QString &name, const QJsonObject &arguments);

    /**
     * Runs operation @p name; @p done (a JS function) is called with (error, body): error is ""
     * on success, else one line a person can read.
     */
    Q_INVOKABLE void call(const QString &name, const QVariantMap &arguments, const QJSValue &done);
    /** Sends the local file @p file as the body of operation @p name (avatar, user import);
     *  @p arguments fill the path and, past those, the query (a CV's title). */
    Q_INVOKABLE void upload(const QString &name, const QUrl &file, const QJSValue &done,
                            const QVariantMap &arguments = {});
    /**
     * Fetches a picture the server draws (a session's QR code); @p done gets (error, {source,
     * refresh_in}): source a data: URL for an Image (nothing kept in a cache), refresh_in the
     * seconds until the server draws another (the X-Refresh-In header), or -1.
     */
    Q_INVOKABLE void picture(const QString &name, const QVariantMap &arguments,
                             const QJSValue &done);
    /** Saves operation @p name's answer (a CSV export) as the local file @p file. */
    Q_INVOKABLE void download(const QString &name, const QVariantMap &arguments, const QUrl &file,
                              const QJSValue &done);

private:
    // Private: Qt 6.4 builds a singleton with a public default constructor in preference to
    // create(), which would give QML a second instance.
    explicit Backend(QObject *parent = nullptr);

    /** The answer's handler: calls @p done unless this object is gone. */
    ApiClient::Callback replyTo(const QJSValue &done);
    void finish(QJSValue done, int status, const QJsonObject &body);
    /** Sends @p name with @p arguments and hands its raw answer to @p handle (when it succeeded). */
    void fetch(const QString &name, const QVariantMap &arguments, const QJSValue &done,
               std::function<QJsonObject(const QByteArray &bytes, const QNetworkReply &reply,
                                         QString *problem)>
                       handle);

    QJSEngine *m_engine = nullptr; // the engine that created the singleton; callbacks run in it
};

} // namespace wn::client
