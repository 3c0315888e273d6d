// SPDX-License-Identifier: Apache-2.0
#include "call.h"

#include "../servercontext.h"

#include <wn/common/apierror.h>

#include <QHttpServerRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wn {

Call::Call(const QHttpServerRequest &request, ServerContext &context, const QStringList &paramNames,
           const QVarLengthArray<QString, 4> &paramValues,
           std::shared_ptr<const SpooledFile> spooledBody)
    : m_request(request)
    , m_context(context)
    , m_paramNames(paramNames)
    , m_paramValues(paramValues)
    , m_spooledBody(std::move(spooledBody))
{ }

QSqlDatabase Call::db() const
{
    return m_context.db();
}

QString Call::path(const QString &name) const
{
    const qsizetype index = m_paramNames.indexOf(name);
    Q_ASSERT_X(index >= 0, "Call::path", qPrintable(name));
    return index >= 0 && index < m_paramValues.size() ? m_paramValues.at(index) : QString();
}

qint64 Call::pathId(const QString &name) const
{
    const QString text = path(name);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    // toLongLong() also takes a sign and spaces around the digits: an id is the digits alone.
    const bool digitsOnly = std::all_of(text.cbegin(), text.cend(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || id <= 0 || !digitsOnly)
        throw ApiError::badRequest(QStringList { u"%1 must be a positive integer"_s.arg(name) });
    return id;
}

QByteArray Call::rawBody() const
{
    return upload().readAll();
}

Upload Call::upload() const
{
    return m_spooledBody ? Upload(m_spooledBody) : Upload(m_request.body());
}

QByteArray Call::header(const QByteArray &name) const
{
    return m_request.value(name);
}

QHostAddress Call::clientAddress() const
{
    return m_request.remoteAddress();
}

const Principal &Call::principal() const
{
    if (!m_principal)
        throw ApiError::unauthorized(u"Authentication required: send a Bearer access token"_s);
    return *m_principal;
}

int Call::page() const
{
    return int(m_query.value(u"page"_s).toInteger(1));
}

int Call::limit() const
{
    return int(m_query.value(u"limit"_s).toInteger(20));
}

} // namespace wn
