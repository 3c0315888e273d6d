// SPDX-License-Identifier: Apache-2.0
#include "identityprovider.h"

#include "core/auth/keys.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <curl/curl.h>

using namespace Qt::StringLiterals;

namespace wn {

QString identityKindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Bvn:
        return u"bvn"_s;
    case IdentityKind::Nin:
        return u"nin"_s;
    case IdentityKind::Tin:
        return u"tin"_s;
    }
    return {};
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

namespace {

size_t collect(char *data, size_t size, size_t count, void *userdata)
{
    auto *buffer = static_cast<QByteArray *>(userdata);
    if (buffer->size() > 1024 * 1024)
        return 0; // a provider answer is small; refuse anything else
    buffer->append(data, qsizetype(size * count));
    return size * count;
}

} // namespace

IdentityRecord HttpIdentityProvider::lookup(QSqlDatabase, IdentityKind kind, const QString &number)
{
    const QString name = identityKindName(kind);
    QUrl url(m_baseUrl + u"/api/v1/kyc/"_s + name);
    QUrlQuery query;
    query.addQueryItem(name, number);
    url.setQuery(query);

    CURL *curl = curl_easy_init();
    if (!curl)
        throw ApiError(503, u"Identity verification is unavailable"_s);
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray appId = "AppId: " + m_appId.toUtf8();
    const QByteArray authorization = "Authorization: " + m_secretKey.toUtf8();
    curl_slist *headers = curl_slist_append(nullptr, appId.constData());
    headers = curl_slist_append(headers, authorization.constData());
    headers = curl_slist_append(headers, "Accept: application/json");
    QByteArray body;
    curl_easy_setopt(curl, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    const CURLcode result = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);

    if (result != CURLE_OK) {
        qCWarning(lcServer) << "identity provider unreachable:" << curl_easy_strerror(result);
        throw ApiError(503, u"Identity verification is unavailable; try again later"_s);
    }
    IdentityRecord record;
    if (status == 404 || status == 400)
        return record;
    if (status != 200) {
        qCWarning(lcServer) << "identity provider answered" << status;
        throw ApiError(503, u"Identity verification is unavailable; try again later"_s);
    }
    const QJsonObject entity = QJsonDocument::fromJson(body).object().value(u"entity"_s).toObject();
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
