// SPDX-License-Identifier: Apache-2.0
#include "backend.h"

#include "appsingleton.h"

#include "session.h"

#include <wn/common/operations.h>

#include <QFile>
#include <QHash>
#include <QJSEngine>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackend, "worknation.client.backend")

namespace wn::client {

namespace {

QString queryValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toInteger(qint64(value.toDouble())));
    return value.toString();
}

} // namespace

Backend::Backend(QObject *parent)
    : QObject(parent)
{ }

Backend *Backend::instance()
{
    return appSingleton<Backend>([] { return new Backend(); });
}

Backend *Backend::create(QQmlEngine *, QJSEngine *engine)
{
    Backend *backend = instance();
    backend->m_engine = engine;
    return backend;
}

std::optional<ResolvedCall> Backend::resolve(const QString &name, const QJsonObject &arguments)
{
    const auto found = clientOperations().constFind(name);
    if (found == clientOperations().constEnd())
        return std::nullopt;
    ResolvedCall call { found->method, found->path, arguments };
    call.path.replace(u"{me}"_s, QString::number(Session::instance()->userId()));
    static const QRegularExpression parameter(u"\\{(\\w+)\\}"_s);
    for (QRegularExpressionMatchIterator it = parameter.globalMatch(found->path); it.hasNext();) {
        const QString key = it.next().captured(1);
        if (key == u"me"_s)
            continue;
        const QString value
                = QString::fromUtf8(QUrl::toPercentEncoding(queryValue(call.rest.take(key))));
        call.path.replace(u'{' + key + u'}', value);
    }
    if (call.method == "GET" && !call.rest.isEmpty()) {
        QUrlQuery query;
        for (auto it = call.rest.constBegin(); it != call.rest.constEnd(); ++it) {
            const QString value = queryValue(it.value());
            if (!value.isEmpty() && !it.value().isNull())
                query.addQueryItem(it.key(), value);
        }
        if (!query.isEmpty())
            call.path += u'?' + query.toString(QUrl::FullyEncoded);
        call.rest = {};
    }
    return call;
}

void Backend::call(const QString &name, const QVariantMap &arguments, const QJSValue &done)
{
    const auto resolved = resolve(name, QJsonObject::fromVariantMap(arguments));
    if (!resolved) {
        qCWarning(lcBackend) << "no operation named" << name;
        finish(done, -1, { { u"message"_s, u"The client has no operation named %1."_s.arg(name) } });
        return;
    }
    Session::instance()->api()->send(resolved->method, resolved->path, resolved->rest,
                                     replyTo(done));
}

void Backend::upload(const QString &name, const QUrl &file, const QJSValue &done,
                     const QVariantMap &arguments)
{
    auto resolved = resolve(name, QJsonObject::fromVariantMap(arguments));
    if (resolved && !resolved->rest.isEmpty()) {
        // The file is the body, so what the path did not take goes in the query.
        QUrlQuery query;
        for (auto it = resolved->rest.constBegin(); it != resolved->rest.constEnd(); ++it)
            query.addQueryItem(it.key(), queryValue(it.value()));
        resolved->path += u'?' + query.toString(QUrl::FullyEncoded);
    }
    QFile source(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!resolved || !source.open(QIODevice::ReadOnly)) {
        finish(done, -1,
               { { u"message"_s,
                   resolved ? u"%1 cannot be read."_s.arg(source.fileName())
                            : u"The client has no operation named %1."_s.arg(name) } });
        return;
    }
    const QByteArray bytes = source.readAll();
    const QByteArray type
            = QMimeDatabase().mimeTypeForFileNameAndData(source.fileName(), bytes).name().toUtf8();
    Session::instance()->api()->sendBytes(resolved->method, resolved->path, bytes, type,
                                          replyTo(done));
}

void Backend::picture(const QString &name, const QVariantMap &arguments, const QJSValue &done)
{
    fetch(name, arguments, done, [](const QByteArray &bytes, const QNetworkReply &reply, QString *) {
        const QByteArray type = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray refresh = reply.rawHeader("X-Refresh-In");
        return QJsonObject {
            { u"source"_s, QString::fromLatin1("data:" + type + ";base64," + bytes.toBase64()) },
            { u"refresh_in"_s, refresh.isEmpty() ? -1 : refresh.toInt() },
        };
    });
}

void Backend::download(const QString &name, const QVariantMap &arguments, const QUrl &file,
                       const QJSValue &done)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    fetch(name, arguments, done,
          [path](const QByteArray &bytes, const QNetworkReply &, QString *problem) {
              QFile target(path);
              if (!target.open(QIODevice::WriteOnly) || target.write(bytes) != bytes.size()) {
                  *problem = u"%1 cannot be written."_s.arg(path);
                  return QJsonObject();
              }
              return QJsonObject { { u"file"_s, path }, { u"size"_s, bytes.size() } };
          });
}

void Backend::fetch(
        const QString &name, const QVariantMap &arguments, const QJSValue &done,
        std::function<QJsonObject(const QByteArray &, const QNetworkReply &, QString *)> handle)
{
    const auto resolved = resolve(name, QJsonObject::fromVariantMap(arguments));
    if (!resolved) {
        finish(done, -1, { { u"message"_s, u"The client has no operation named %1."_s.arg(name) } });
        return;
    }
    Session::instance()->api()->sendRaw(
            resolved->method, resolved->path, {}, "application/json",
            [this, guard = QPointer<Backend>(this), done, handle = std::move(handle)](
                    int status, const QByteArray &bytes, const QNetworkReply &reply) {
                if (!guard)
                    return;
                if (status < 200 || status >= 300) {
                    finish(done, status, QJsonDocument::fromJson(bytes).object());
                    return;
                }
                QString problem;
                const QJsonObject body = handle(bytes, reply, &problem);
                if (problem.isEmpty())
                    finish(done, status, body);
                else
                    finish(done, -1, { { u"message"_s, problem } });
            });
}

ApiClient::Callback Backend::replyTo(const QJSValue &done)
{
    return [this, guard = QPointer<Backend>(this), done](int status, const QJsonObject &body) {
        if (guard)
            finish(done, status, body);
    };
}

void Backend::finish(QJSValue done, int status, const QJsonObject &body)
{
    if (!done.isCallable())
        return;
    const bool ok = status >= 200 && status < 300;
    const QString error = ok ? QString() : ApiClient::errorMessage(status, body);
    const QJSValue value = m_engine ? m_engine->toScriptValue(body.toVariantMap()) : QJSValue();
    done.call({ QJSValue(error), value });
}

} // namespace wn::client
