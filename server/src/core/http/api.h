// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bodyrule.h"
#include "call.h"
#include "response.h"
#include "router.h"

#include <wn/common/roles.h>
#include <wn/common/schema.h>

#include <QJsonObject>
#include <QMutex>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QHttpServerRequest;

namespace wn {

struct ServerContext;

/** @brief Who may call an endpoint. */
struct Access
{
    enum class Kind { Public, Authenticated, Roles };
    Kind kind = Kind::Public;
    QList<Role> allowed;

    static const Access Public;
    static const Access Authenticated;
    template<typename... R>
    static Access roles(R... r)
    {
        return Access { Kind::Roles, QList<Role> { r... } };
    }
    /** Admins, super admins and support staff. */
    static Access staff() { return roles(Role::Admin, Role::SuperAdmin, Role::Support); }
    /** A company's owner and its employees. */
    static Access company() { return roles(Role::Employer, Role::Employee); }

    bool allows(Role role) const;
};

/** @brief Everything said about an endpoint besides its handler: it feeds the router, the
 * OpenAPI document and the wrapper that runs before the handler. */
struct Endpoint
{
    QStringList seed; ///< the seed endpoints it implements (exact seed-leaves strings)
    /** Who may call. Unset is public, or in a RouteGroup the group's: optional so that a route
     *  saying Access::Public is told apart from one saying nothing. Api::add sets it. */
    std::optional<Access> access;
    /**
     * The company permission a caller acting for a company needs (`jobs.create`): Api checks it
     * after the role and before the input, OpenAPI lists it as `x-permission`, and a 403 names
     * it. Platform staff the access lets in are not held to it.
     */
    QString permission;
    /**
     * Set on the external routes: the endpoint is reached with an API key (`wn_live_...`, as
     * `Authorization: Bearer` or `X-Api-Key`) holding this scope, and never with a user's token;
     * every other endpoint refuses a key. `access` is not consulted then.
     */
    QString keyScope;
    QString summary;
    QString tag; ///< OpenAPI tag; defaults to the seed's first group
    Schema body; ///< JSON body fields; validated before the handler runs
    /** Runs after access and before the body is read or validated: a signature over the raw
     *  body, say, so that whoever cannot sign learns nothing of what the body should hold. */
    std::function<void(const Call &call)> beforeBody;
    Schema query; ///< query fields (text converted to numbers and booleans)
    int status = 200; ///< the success status (201 for creations)
    bool paged = false; ///< takes ?page=&limit= and answers {data, meta}
    bool rawBody = false; ///< the body is bytes (an upload), not JSON
    qint64 maxBody = 0; ///< 0: 1 MiB for JSON, limits/max_body_bytes for raw bodies
    /** The upload is kept as a stored file (Storage::store): it counts against the quotas from
     *  its head, so that one past them is refused before its body is read. */
    bool storesFile = false;
    /** For an upload, checked on the request head before its body is read: given the path's
     *  parameters, the largest body it takes now (the upload URL's kind, say) and whose upload
     *  it is, or an ApiError that refuses it at once. */
    std::function<UploadAdmission(const QStringList &params)> admitUpload;
};

/**
 * @brief The one place endpoints are registered: each call adds a route, an OpenAPI operation
 * and the wrapper (authentication, roles, input validation, errors, metrics, access log).
 */
class Api
{
public:
    using Handler = std::function<Response(Call &)>;
    /** Who an API key belongs to, for an endpoint needing @p scope: ApiError 401 for a key that
     *  is unknown, revoked or expired, 403 outside its scopes, 429 past its rate. */
    using KeyDoor = std::function<Principal(Call &call, const QString &key, const QString &scope)>;

    explicit Api(ServerContext &context);
    ~Api();

    void get(const QString &path, Endpoint endpoint, Handler handler)
    {
        add(Method::Get, path, std::move(endpoint), std::move(handler));
    }
    void post(const QString &path, Endpoint endpoint, Handler handler)
    {
        add(Method::Post, path, std::move(endpoint), std::move(handler));
    }
    void put(const QString &path, Endpoint endpoint, Handler handler)
    {
        add(Method::Put, path, std::move(endpoint), std::move(handler));
    }
    void patch(const QString &path, Endpoint endpoint, Handler handler)
    {
        add(Method::Patch, path, std::move(endpoint), std::move(handler));
    }
    void del(const QString &path, Endpoint endpoint, Handler handler)
    {
        add(Method::Delete, path, std::move(endpoint), std::move(handler));
    }
    void add(Method method, const QString &path, Endpoint endpoint, Handler handler);
    /** The one check of API keys, given by the area that issues them. */
    void setKeyDoor(KeyDoor door) { m_keyDoor = std::move(door); }
    /** The prefix every API key starts with. */
    static constexpr char keyPrefix[] = "wn_live_";

    /** What a request came to: the response, the route that matched and the caller. */
    struct Outcome
    {
        Response response;
        QString route = QStringLiteral("(unmatched)");
        std::optional<qint64> userId;
    };
    /** Runs @p request through the router, the guards and the handler; never throws.
     *  @p spooledBody is the file its raw body was written to as it arrived, if it was. */
    Outcome handle(const QHttpServerRequest &request,
                   std::shared_ptr<const SpooledFile> spooledBody = {}) const;
    /** The body the endpoint a request head names accepts, for the connection guard. An upload's
     *  caller is checked on the head (@p authorization, the role, admitUpload), so that nobody
     *  gets a body written to disk who would be refused after it. */
    BodyRule bodyRule(const QByteArray &method, const QByteArray &target,
                      const QByteArray &authorization = {}) const;

    /** Whether some endpoint answers @p path, with any method. */
    bool hasPath(const QString &path) const;
    /** The OpenAPI 3 document of every registered endpoint. */
    QJsonObject openApi() const;
    int endpointCount() const { return int(m_endpoints.size()); }

private:
    /** The principal of a Bearer @p authorization (none: userId 0); ApiError 401 for a bad one
     *  where @p spec is not public. */
    Principal authenticated(const QByteArray &authorization, const Endpoint &spec) const;

    struct Registered
    {
        Method method;
        QString path;
        QStringList paramNames;
        Endpoint spec; ///< its access is always set
        Handler handler;
    };
    Response run(const Registered &endpoint, Call &call) const;
    qint64 limitOf(const Endpoint &spec) const;
    QJsonObject operation(const Registered &endpoint) const;

    ServerContext &m_context;
    KeyDoor m_keyDoor;
    Router m_router;
    std::vector<Registered> m_endpoints;
    mutable QMutex m_openApiMutex;
    mutable QJsonObject m_openApi;
};

/** The usual page of results: {"data": [...], "meta": {"page","limit","total","pages"}}. */
QJsonObject pageOf(const QJsonArray &data, int page, int limit, qint64 total);

} // namespace wn
