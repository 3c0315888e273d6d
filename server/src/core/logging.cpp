// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "worknation.server")
Q_LOGGING_CATEGORY(lcHttp, "worknation.server.http")
Q_LOGGING_CATEGORY(lcAccess, "worknation.server.access")
Q_LOGGING_CATEGORY(lcDb, "worknation.server.db")
Q_LOGGING_CATEGORY(lcAuth, "worknation.server.auth")
Q_LOGGING_CATEGORY(lcMail, "worknation.server.mail")
Q_LOGGING_CATEGORY(lcJobs, "worknation.server.jobs")
Q_LOGGING_CATEGORY(lcStorage, "worknation.server.storage")

namespace wn::logging {

namespace {

QMutex outputMutex;

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

void writeLine(const QJsonObject &line)
{
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&outputMutex);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void jsonHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line { { u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
                       { u"level"_s, levelName(type) },
                       { u"category"_s,
                         QString::fromLatin1(context.category ? context.category : "default") },
                       { u"msg"_s, message } };
    // structured() passes its fields as a JSON suffix after a NUL, so one handler serves both.
    const qsizetype split = message.indexOf(QChar(0));
    if (split >= 0) {
        line.insert(u"msg"_s, message.left(split));
        const QJsonObject fields
                = QJsonDocument::fromJson(message.mid(split + 1).toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            line.insert(it.key(), it.value());
    }
    writeLine(line);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installJsonHandler()
{
    qInstallMessageHandler(jsonHandler);
}

void structured(const QLoggingCategory &category, const QString &message, const QJsonObject &fields)
{
    if (!category.isInfoEnabled())
        return;
    const QString text = message + QChar(0)
            + QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    QMessageLogger(nullptr, 0, nullptr, category.categoryName()).info().noquote() << text;
}

} // namespace wn::logging
