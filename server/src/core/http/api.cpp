// SPDX-License-Identifier: Apache-2.0
#include "api.h"

#include "../auth/companyaccess.h"
#include "../auth/tokenservice.h"
#include "../database.h"
#include "../logging.h"
#include "../metrics.h"
#include "../servercontext.h"

#include <wn/common/apierror.h>
#include <wn/common/json.h>

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace wn {

const Access Access::Public { Access::Kind::Public, {} };
const Access Access::Authenticated { Access::Kind::Authenticated, {} };

bool Access::allows(Role role) const
{
    switch (kind) {
    case Kind::Public:
    case Kind::Authenticated:
        return true;
    case Kind::Roles:
        // A super admin may do whatever an admin may.
        return allowed.contains(role)
                || (role == Role::SuperAdmin && allowed.contains(Role::Admin));
    }
    return false;
}

namespace {

constexpr qint64 defaultJsonLimit = 1024 * 1024;

std::optional<Method> methodOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return Method::Get;
    case QHttpServerRequest::Method::Post:
        return Method::Post;
    case QHttpServerRequest::Method::Put:
        return Method::Put;
    case QHttpServerRequest::Method::Patch:
        return Method::Patch;
    case QHttpServerRequest::Method::Delete:
        return Method::Delete;
    case QHttpServerRequest::Method::Head:
        return Method::Head;
    case QHttpServerRequest::Method::Options:
        return Method::Options;
    default:
        return std::nullopt;
    }
}

std::optional<Method> methodOf(const QByteArray &name)
{
    static const QHash<QByteArray, Method> methods {
        { "GET", Method::Get },        { "POST", Method::Post },     { "PUT", Method::Put },
        { "PATCH", Method::Patch },    { "DELETE", Method::Delete }, { "HEAD", Method::Head },
        { "OPTIONS", Method::Options }
    };
    const auto it = methods.constFind(name);
    return it == methods.constEnd() ? std::nullopt : std::optional<Method>(*it);
}

/** The API key a request presents (as `X-Api-Key` or a Bearer `wn_live_...`); empty if none. */
QString presentedKey(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("X-Api-Key").trimmed();
    if (!header.isEmpty())
        return QString::fromLatin1(header);
    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Bearer ")
        && authorization.mid(7).trimmed().startsWith(Api::keyPrefix))
        return QString::fromLatin1(authorization.mid(7).trimmed());
    return {};
}

Response errorResponse(const ApiError &error)
{
    Response response(error.toJson(), error.status());
    if (error.retryAfter() > 0)
        response.header("Retry-After", QByteArray::number(error.retryAfter()));
    return response;
}

const Schema &pagingSchema()
{
    static const Schema schema {
        { u"page"_s, Field::integer(1, 1000000).describe(u"Page number, from 1"_s) },
        { u"limit"_s,
          Field::integer(1, 100).describe(u"Items per page, at most 100 (default 20)"_s) },
    };
    return schema;
}

} // namespace

Api::Api(ServerContext &context)
    : m_context(context)
{ }

Api::~Api() = default;

void Api::add(Method method, const QString &path, Endpoint endpoint, Handler handler)
{
    const int index = int(m_endpoints.size());
    if (!m_router.add(method, path, index))
        qFatal("endpoint registered twice: %s %s", qPrintable(methodName(method)), qPrintable(path));
    if (!endpoint.access)
        endpoint.access = Access::Public;
    if (endpoint.paged)
        endpoint.query = pagingSchema().plus(endpoint.query);
    if (endpoint.tag.isEmpty())
        endpoint.tag = endpoint.seed.isEmpty() ? u"Operations"_s
                                               : endpoint.seed.first().section(u" > "_s, 0, 0);
    m_endpoints.push_back(
            { method, path, Router::paramNames(path), std::move(endpoint), std::move(handler) });
}

BodyRule Api::bodyRule(const QByteArray &method, const QByteArray &target,
                       const QByteArray &authorization) const
{
    const auto m = methodOf(method);
    if (!m)
        return { defaultJsonLimit, false };
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromUtf8(query < 0 ? target : target.left(query));
    const Router::Match match = m_router.find(*m, path);
    if (match.endpoint < 0)
        return { defaultJsonLimit, false };
    const Endpoint &spec = m_endpoints.at(std::size_t(match.endpoint)).spec;
    BodyRule rule { limitOf(spec), spec.rawBody };
    if (!spec.rawBody)
        return rule;
    rule.storesFile = spec.storesFile;
    try {
        // The guards the request would meet after its body, met before it.
        if (spec.access->kind != Access::Kind::Public) {
            const Principal principal = authenticated(authorization, spec);
            if (!principal.userId)
                throw ApiError::unauthorized(
                        u"Authentication required: send a Bearer access token"_s);
            if (!spec.access->allows(principal.role))
                throw ApiError::forbidden(u"This action is not available to the %1 role"_s.arg(
                        roleName(principal.role)));
            rule.owner = principal.userId;
        }
        if (spec.admitUpload) {
            QStringList params;
            for (const QStringView param : match.params)
                params.append(param.toString());
            const UploadAdmission admission = spec.admitUpload(params);
            rule.limit = std::min(rule.limit, admission.limit);
            if (admission.owner)
                rule.owner = admission.owner;
        }
    } catch (const ApiError &error) {
        rule.refusal = error.status();
        rule.message = error.message();
    }
    return rule;
}

Principal Api::authenticated(const QByteArray &authorization, const Endpoint &spec) const
{
    if (authorization.isEmpty())
        return {};
    if (!authorization.startsWith("Bearer ")) {
        if (spec.access->kind != Access::Kind::Public)
            throw ApiError::unauthorized(u"Authorization must be a Bearer token"_s);
        return {};
    }
    try {
        return m_context.tokens->authenticate(QString::fromLatin1(authorization.mid(7).trimmed()));
    } catch (const ApiError &) {
        if (spec.access->kind != Access::Kind::Public)
            throw;
        return {};
    }
}

qint64 Api::limitOf(const Endpoint &spec) const
{
    if (spec.maxBody > 0)
        return spec.maxBody;
    return spec.rawBody ? m_context.config.bytes(u"limits/max_body_bytes"_s) : defaultJsonLimit;
}

Response Api::run(const Registered &endpoint, Call &call) const
{
    const Endpoint &spec = endpoint.spec;
    const QHttpServerRequest &request = call.request();

    // Guards first, as NestJS orders them: who is calling (401), may they (403), then the input
    // (400). API keys and users' tokens open different doors, so a leaked key never reaches a
    // user's route and a user's token never reaches a partner's.
    const QString key = presentedKey(request);
    if (!spec.keyScope.isEmpty()) {
        if (key.isEmpty() || !m_keyDoor)
            throw ApiError::unauthorized(
                    u"This route takes an API key: send Authorization: Bearer wn_live_... "
                    u"or X-Api-Key (a user's token is not accepted here)"_s);
        call.setPrincipal(m_keyDoor(call, key, spec.keyScope));
    } else if (!key.isEmpty()) {
        throw ApiError::unauthorized(
                u"An API key opens only the external routes; sign in for this one"_s);
    } else if (const Principal principal = authenticated(request.value("Authorization"), spec);
               principal.userId)
        call.setPrincipal(principal);
    if (spec.keyScope.isEmpty() && spec.access->kind != Access::Kind::Public) {
        if (!call.isAuthenticated())
            throw ApiError::unauthorized(u"Authentication required: send a Bearer access token"_s);
        if (!spec.access->allows(call.principal().role))
            throw ApiError::forbidden(u"This action is not available to the %1 role"_s.arg(
                    roleName(call.principal().role)));
        if (!spec.permission.isEmpty() && actsForCompany(call.principal())
            && !companyRoleAllows(call.db(), call.principal(), spec.permission))
            throw ApiError::forbidden(
                    u"Your company role does not allow this: it needs the %1 permission"_s.arg(
                            spec.permission));
    }

    FieldErrors errors;
    if (!spec.query.isEmpty()) {
        // As HTML forms and every web framework send it, '+' in a query is a space; a plus sign
        // itself comes as %2B.
        const QUrlQuery query(
                request.url().query(QUrl::FullyEncoded).replace(u'+', QLatin1StringView("%20")));
        QJsonObject raw;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items)
            raw.insert(key, value);
        call.setQuery(spec.query.validate(raw, errors, true));
    }
    if (!spec.rawBody
        && (endpoint.method == Method::Post || endpoint.method == Method::Put
            || endpoint.method == Method::Patch || endpoint.method == Method::Delete)) {
        const QByteArray bytes = request.body();
        if (bytes.size() > limitOf(spec))
            throw ApiError::payloadTooLarge(u"Request body is larger than this endpoint accepts"_s);
        if (spec.beforeBody)
            spec.beforeBody(call);
        const QJsonObject input = json::parseObject(bytes);
        if (!spec.body.isEmpty())
            call.setBody(spec.body.validate(input, errors));
    }
    errors.throwIfAny();
    return endpoint.handler(call);
}

bool Api::hasPath(const QString &path) const
{
    const Router::Match match = m_router.find(Method::Get, path);
    return match.endpoint >= 0 || match.pathExists;
}

Api::Outcome Api::handle(const QHttpServerRequest &request,
                         std::shared_ptr<const SpooledFile> spooledBody) const
{
    Outcome outcome;
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto method = methodOf(request.method());
    try {
        if (!method)
            throw ApiError(405, u"Method not allowed"_s);
        const Router::Match match = m_router.find(*method, path);
        if (match.endpoint < 0) {
            if (*method == Method::Options && match.pathExists)
                outcome.response = Response::noContent();
            else if (match.pathExists)
                throw ApiError(405, u"Cannot %1 %2"_s.arg(methodName(*method), path));
            else
                throw ApiError::notFound(u"Cannot %1 %2"_s.arg(methodName(*method), path));
        } else {
            const Registered &endpoint = m_endpoints.at(std::size_t(match.endpoint));
            outcome.route = endpoint.path;
            QVarLengthArray<QString, 4> params;
            for (QStringView value : match.params) {
                const QString decoded = QUrl::fromPercentEncoding(value.toUtf8());
                // No database takes NUL in text, and no id or slug needs control characters.
                if (std::any_of(decoded.begin(), decoded.end(),
                                [](QChar c) { return c.unicode() < 0x20; }))
                    throw ApiError::badRequest(QStringList {
                            u"path parameters must not contain control characters"_s });
                params.append(decoded);
            }
            Call call(request, m_context, endpoint.paramNames, params, std::move(spooledBody));
            try {
                outcome.response = run(endpoint, call);
            } catch (...) {
                if (call.isAuthenticated())
                    outcome.userId = call.principal().userId;
                throw;
            }
            if (call.isAuthenticated())
                outcome.userId = call.principal().userId;
            if (outcome.response.status == 0)
                outcome.response.status = endpoint.spec.status;
        }
    } catch (const ApiError &error) {
        outcome.response = errorResponse(error);
    } catch (const DatabaseError &error) {
        qCCritical(lcHttp).noquote() << "database error on" << path << ":" << error.what();
        outcome.response = errorResponse(ApiError(500, u"Internal server error"_s));
    } catch (const std::exception &error) {
        qCCritical(lcHttp).noquote() << "unexpected error on" << path << ":" << error.what();
        outcome.response = errorResponse(ApiError(500, u"Internal server error"_s));
    }
    return outcome;
}

QJsonObject pageOf(const QJsonArray &data, int page, int limit, qint64 total)
{
    const qint64 pages = limit > 0 ? (total + limit - 1) / limit : 0;
    return { { u"data"_s, data },
             { u"meta"_s,
               QJsonObject { { u"page"_s, page },
                             { u"limit"_s, limit },
                             { u"total"_s, total },
                             { u"pages"_s, pages } } } };
}

} // namespace wn

namespace wn {

QJsonObject Api::operation(const Registered &endpoint) const
{
    const Endpoint &spec = endpoint.spec;
    QJsonObject op { { u"summary"_s,
                       spec.summary.isEmpty() ? spec.seed.value(0).section(u" > "_s, -1)
                                              : spec.summary },
                     { u"tags"_s, QJsonArray { spec.tag } },
                     { u"operationId"_s, methodName(endpoint.method).toLower() + endpoint.path } };
    if (!spec.seed.isEmpty())
        op.insert(u"x-seed"_s, QJsonArray::fromStringList(spec.seed));
    if (!spec.permission.isEmpty())
        op.insert(u"x-permission"_s, spec.permission);

    QJsonArray parameters;
    for (const QString &name : endpoint.paramNames) {
        parameters.append(
                QJsonObject { { u"name"_s, name },
                              { u"in"_s, u"path"_s },
                              { u"required"_s, true },
                              { u"schema"_s, QJsonObject { { u"type"_s, u"string"_s } } } });
    }
    for (const auto &[name, field] : spec.query.fields()) {
        parameters.append(QJsonObject { { u"name"_s, name },
                                        { u"in"_s, u"query"_s },
                                        { u"required"_s, field.isRequired() },
                                        { u"schema"_s, field.openApi() } });
    }
    if (!parameters.isEmpty())
        op.insert(u"parameters"_s, parameters);

    if (spec.rawBody) {
        op.insert(u"requestBody"_s,
                  QJsonObject {
                          { u"required"_s, true },
                          { u"content"_s,
                            QJsonObject {
                                    { u"application/octet-stream"_s,
                                      QJsonObject { { u"schema"_s,
                                                      QJsonObject { { u"type"_s, u"string"_s },
                                                                    { u"format"_s,
                                                                      u"binary"_s } } } } } } } });
    } else if (!spec.body.isEmpty()) {
        op.insert(u"requestBody"_s,
                  QJsonObject { { u"required"_s, true },
                                { u"content"_s,
                                  QJsonObject { { u"application/json"_s,
                                                  QJsonObject { { u"schema"_s,
                                                                  spec.body.openApi() } } } } } });
    }

    QJsonObject responses { { QString::number(spec.status),
                              QJsonObject { { u"description"_s, u"Success"_s } } } };
    const QJsonObject errorSchema { { u"$ref"_s, u"#/components/schemas/Error"_s } };
    auto error = [&](int status, const QString &description) {
        responses.insert(
                QString::number(status),
                QJsonObject {
                        { u"description"_s, description },
                        { u"content"_s,
                          QJsonObject { { u"application/json"_s,
                                          QJsonObject { { u"schema"_s, errorSchema } } } } } });
    };
    if (!spec.body.isEmpty() || !spec.query.isEmpty() || !endpoint.paramNames.isEmpty())
        error(400, u"Invalid input; every problem is listed"_s);
    if (!spec.keyScope.isEmpty()) {
        error(401, u"No valid API key (users' tokens are refused)"_s);
        error(403, u"The key's scopes do not include this route"_s);
        error(429, u"The key's rate limit is reached; see Retry-After"_s);
        op.insert(u"security"_s, QJsonArray { QJsonObject { { u"apiKey"_s, QJsonArray {} } } });
        op.insert(u"x-key-scope"_s, spec.keyScope);
    } else if (spec.access->kind != Access::Kind::Public) {
        error(401, u"No valid access token"_s);
        op.insert(u"security"_s, QJsonArray { QJsonObject { { u"bearer"_s, QJsonArray {} } } });
    }
    if (spec.keyScope.isEmpty() && spec.access->kind == Access::Kind::Roles) {
        error(403, u"The caller's role may not do this"_s);
        QJsonArray roles;
        for (Role role : spec.access->allowed)
            roles.append(roleName(role));
        op.insert(u"x-roles"_s, roles);
    } else if (spec.access->kind == Access::Kind::Authenticated) {
        op.insert(u"x-roles"_s, QJsonArray { u"any authenticated user"_s });
    }
    op.insert(u"responses"_s, responses);
    return op;
}

QJsonObject Api::openApi() const
{
    QMutexLocker lock(&m_openApiMutex);
    if (!m_openApi.isEmpty())
        return m_openApi;
    QJsonObject paths;
    for (const Registered &endpoint : m_endpoints) {
        // OpenAPI writes path parameters as {name}, as our routes do.
        QJsonObject item = paths.value(endpoint.path).toObject();
        item.insert(methodName(endpoint.method).toLower(), operation(endpoint));
        paths.insert(endpoint.path, item);
    }
    const QJsonObject errorSchema {
        { u"type"_s, u"object"_s },
        { u"properties"_s,
          QJsonObject {
                  { u"statusCode"_s, QJsonObject { { u"type"_s, u"integer"_s } } },
                  { u"error"_s, QJsonObject { { u"type"_s, u"string"_s } } },
                  { u"message"_s,
                    QJsonObject {
                            { u"oneOf"_s,
                              QJsonArray { QJsonObject { { u"type"_s, u"string"_s } },
                                           QJsonObject {
                                                   { u"type"_s, u"array"_s },
                                                   { u"items"_s,
                                                     QJsonObject { { u"type"_s,
                                                                     u"string"_s } } } } } } } } } }
    };
    m_openApi = {
        { u"openapi"_s, u"3.0.3"_s },
        { u"info"_s,
          QJsonObject {
                  { u"title"_s, u"Worknation"_s },
                  { u"version"_s,
                    QCoreApplication::applicationVersion().isEmpty()
                            ? u"0.1.0"_s
                            : QCoreApplication::applicationVersion() },
                  { u"description"_s,
                    u"Recruitment and skills platform API. Lists take ?page=&limit= and answer {data, meta}; errors answer {statusCode, error, message}."_s } } },
        { u"paths"_s, paths },
        { u"components"_s,
          QJsonObject { { u"securitySchemes"_s,
                          QJsonObject { { u"bearer"_s,
                                          QJsonObject { { u"type"_s, u"http"_s },
                                                        { u"scheme"_s, u"bearer"_s },
                                                        { u"bearerFormat"_s, u"JWT"_s } } },
                                        { u"apiKey"_s,
                                          QJsonObject { { u"type"_s, u"apiKey"_s },
                                                        { u"in"_s, u"header"_s },
                                                        { u"name"_s, u"X-Api-Key"_s } } } } },
                        { u"schemas"_s, QJsonObject { { u"Error"_s, errorSchema } } } } },
    };
    return m_openApi;
}

} // namespace wn
