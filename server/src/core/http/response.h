// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace wn {

/** @brief What a handler answers: status, body and headers. Status 0 means the endpoint's default. */
struct Response
{
    int status = 0;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    /** Instead of @c body: bytes [fileOffset, fileOffset + fileLength) of this file, sent from
     *  disk in pieces as the peer reads them (large downloads), on a connection then closed. */
    QString file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    Response() = default;
    Response(const QJsonObject &json,
             int status = 0); // NOLINT(google-explicit-constructor): handlers return JSON
    Response(const QJsonArray &json, int status = 0); // NOLINT(google-explicit-constructor)

    /** A JSON body that only tells the caller what was done: {"message": @p text}. */
    static Response message(const QString &text, int status = 0);
    static Response bytes(QByteArray body, QByteArray contentType, int status = 200);
    static Response noContent() { return bytes({}, {}, 204); }
    static Response fromFile(QString path, qint64 offset, qint64 length, QByteArray contentType,
                             int status = 200);
    Response &header(const QByteArray &name, const QByteArray &value);
};

} // namespace wn
