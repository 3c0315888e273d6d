// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api.h"

#include <optional>

namespace wn {

/**
 * @brief Endpoints that share a path prefix and what is said of all of them (who may call, the
 * company permission, the OpenAPI tag, the seed group), stated once, as an Express router or a
 * Cutelyst namespace does.
 *
 * get/post/put/patch/del take the rest of the path and the Endpoint of what differs, fill in
 * the group's fields and register it through Api::add, exactly as if it had been written out:
 * routing, checks, metrics and the OpenAPI document do not know groups exist.
 *
 * What an endpoint states wins over its group, field by field:
 * - access: Endpoint::access unset takes the group's; set (Access::Public included) it is the
 *   endpoint's own.
 * - permission and tag: empty takes the group's; named, the endpoint's own. Nothing removes the
 *   group's permission: an endpoint that needs none belongs in a group without one.
 * - seed: each seed the endpoint names is put after the group's seedPrefix.
 * - path: the group's prefix, then the endpoint's path ("" for the prefix itself).
 *
 * A group made from a group (group()) starts from its parent's fields by the same rules, its
 * prefix after the parent's.
 */
class RouteGroup
{
public:
    /** What the group's endpoints share; a field left empty says nothing. */
    struct Shared
    {
        QString prefix; ///< put before every path ("/api/v1/lms")
        std::optional<Access> access;
        QString permission;
        QString tag;
        QString seedPrefix; ///< put before every seed ("Worknation LMS > ")
    };

    RouteGroup(Api &api, Shared shared);

    /** A group inside this one: @p shared's prefix after this prefix, its fields over these. */
    RouteGroup group(Shared shared) const;

    void get(const QString &path, Endpoint endpoint, Api::Handler handler)
    {
        add(Method::Get, path, std::move(endpoint), std::move(handler));
    }
    void post(const QString &path, Endpoint endpoint, Api::Handler handler)
    {
        add(Method::Post, path, std::move(endpoint), std::move(handler));
    }
    void put(const QString &path, Endpoint endpoint, Api::Handler handler)
    {
        add(Method::Put, path, std::move(endpoint), std::move(handler));
    }
    void patch(const QString &path, Endpoint endpoint, Api::Handler handler)
    {
        add(Method::Patch, path, std::move(endpoint), std::move(handler));
    }
    void del(const QString &path, Endpoint endpoint, Api::Handler handler)
    {
        add(Method::Delete, path, std::move(endpoint), std::move(handler));
    }
    void add(Method method, const QString &path, Endpoint endpoint, Api::Handler handler);

private:
    Api &m_api;
    Shared m_shared;
};

} // namespace wn
