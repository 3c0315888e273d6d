// SPDX-License-Identifier: Apache-2.0
#include "identityprovider.h"

#include "core/auth/keys.h"
#include "core/database.h"
#include "core/enumnames.h"
#include "core/http/outbound.h"
#include "core/logging.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Each kind under the name it is stored, hashed and asked for by. */
constexpr std::array identityKindNames { std::pair { IdentityKind::Bvn, u"bvn" },
                                         std::pair { IdentityKind::Nin, u"nin" },
                                         std::pair { IdentityKind::Tin, u"tin" } };

} // namespace

QString identityKindName(IdentityKind kind)
{
    return nameOf(identityKindNames, kind);
}

std::optional<IdentityKind> identityKindNamed(QStringView name)
{
    return valueNamed(identityKindNames, name);
}

QString identityDigest(ServerContext &context, IdentityKind kind, const QString &number)
{
    QString digits = number;
    digits.remove(u'-');
    return QString::fromLatin1(Keys::hmac(context.keys->identity,
                                          identityKindName(kind).toUtf8() + ':' + digits.toUtf8())
                                       .toHex());
}

QString maskIdentity(const QString &number)
{
    QString digits = number;
    digits.remove(u'-');
    if (digits.size() < 6)
        return QString(digits.size(), u'*');
    return digits.left(3) + QString(digits.size() - 5, u'*') + digits.right(2);
}

LocalIdentityProvider::LocalIdentityProvider(ServerContext &context)
    : m_context(context)
{ }

IdentityRecord LocalIdentityProvider::lookup(QSqlDatabase db, IdentityKind kind,
                                             const QString &number)
{
    const std::optional<SqlRow> row
            = Sql(db,
                  u"SELECT first_name, last_name, date_of_birth, company_name FROM identity_registry WHERE kind = :kind AND value_hash = :hash"_s)
                      .bind(u":kind"_s, identityKindName(kind))
                      .bind(u":hash"_s, identityDigest(m_context, kind, number))
                      .one();
    IdentityRecord record;
    if (row) {
        record.found = true;
        record.firstName = row->text(u"first_name"_s);
        record.lastName = row->text(u"last_name"_s);
        record.dateOfBirth = row->text(u"date_of_birth"_s);
        record.companyName = row->text(u"company_name"_s);
    }
    return record;
}

HttpIdentityProvider::HttpIdentityProvider(QString baseUrl, QString appId, QString secretKey,
                                           int timeoutSeconds)
    : m_baseUrl(std::move(baseUrl))
    , m_appId(std::move(appId))
    , m_secretKey(std::move(secretKey))
    , m_timeoutSeconds(timeoutSeconds)
{
    while (m_baseUrl.endsWith(u'/'))
        m_baseUrl.chop(1);
}

IdentityRecord HttpIdentityProvider::lookup(QSqlDatabase, IdentityKind kind, const QString &number)
{
    const QString name = identityKindName(kind);
    QUrl url(m_baseUrl + u"/api/v1/kyc/"_s + name);
    QUrlQuery query;
    query.addQueryItem(name, number);
    url.setQuery(query);

    const OutboundReply reply = sendOutbound(
            { .url = url.toEncoded(),
              .headers = { "AppId: " + m_appId.toUtf8(), "Authorization: " + m_secretKey.toUtf8(),
                           "Accept: application/json" },
              .timeoutSeconds = m_timeoutSeconds,
              .maxAnswerBytes = 1024 * 1024 }); // a provider's answer is small
    if (!reply.completed) {
        qCWarning(lcServer) << "identity provider unreachable:" << reply.error;
        throw ApiError(503, u"Identity verification is unavailable; try again later"_s);
    }
    const long status = reply.status;
    IdentityRecord record;
    if (status == 404 || status == 400)
        return record;
    if (status != 200) {
        qCWarning(lcServer) << "identity provider answered" << status;
        throw ApiError(503, u"Identity verification is unavailable; try again later"_s);
    }
    const QJsonObject entity
            = QJsonDocument::fromJson(reply.body).object().value(u"entity"_s).toObject();
    if (entity.isEmpty())
        return record;
    record.found = true;
    record.firstName = entity.value(u"first_name"_s).toString();
    record.lastName = entity.value(u"last_name"_s).toString();
    record.dateOfBirth = entity.value(u"date_of_birth"_s).toString();
    record.companyName = entity.value(u"company_name"_s).toString();
    return record;
}

std::unique_ptr<IdentityProvider> makeIdentityProvider(ServerContext &context)
{
    const Config &config = context.config;
    if (config.value(u"identity/provider"_s) == u"http"_s) {
        return std::make_unique<HttpIdentityProvider>(
                config.value(u"identity/base_url"_s), config.value(u"identity/app_id"_s),
                config.value(u"identity/secret_key"_s),
                config.integer(u"identity/timeout_seconds"_s));
    }
    return std::make_unique<LocalIdentityProvider>(context);
}

} // namespace wn
