// SPDX-License-Identifier: Apache-2.0
#include "response.h"

#include <wn/common/json.h>

using namespace Qt::StringLiterals;

namespace wn {

Response::Response(const QJsonObject &json, int status)
    : status(status)
    , body(json::compact(json))
{ }

Response::Response(const QJsonArray &json, int status)
    : status(status)
    , body(json::compact(json))
{ }

Response Response::message(const QString &text, int status)
{
    return { QJsonObject { { u"message"_s, text } }, status };
}

Response Response::bytes(QByteArray body, QByteArray contentType, int status)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

Response Response::fromFile(QString path, qint64 offset, qint64 length, QByteArray contentType,
                            int status)
{
    Response response;
    response.status = status;
    response.contentType = std::move(contentType);
    response.file = std::move(path);
    response.fileOffset = offset;
    response.fileLength = length;
    response.header("Connection", "close");
    return response;
}

Response &Response::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

} // namespace wn
