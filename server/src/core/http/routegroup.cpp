// SPDX-License-Identifier: Apache-2.0
#include "routegroup.h"

namespace wn {

RouteGroup::RouteGroup(Api &api, Shared shared)
    : m_api(api)
    , m_shared(std::move(shared))
{ }

RouteGroup RouteGroup::group(Shared shared) const
{
    return RouteGroup(
            m_api,
            { .prefix = m_shared.prefix + shared.prefix,
              .access = shared.access ? shared.access : m_shared.access,
              .permission = shared.permission.isEmpty() ? m_shared.permission : shared.permission,
              .tag = shared.tag.isEmpty() ? m_shared.tag : shared.tag,
              .seedPrefix = m_shared.seedPrefix + shared.seedPrefix });
}

void RouteGroup::add(Method method, const QString &path, Endpoint endpoint, Api::Handler handler)
{
    if (!endpoint.access)
        endpoint.access = m_shared.access;
    if (endpoint.permission.isEmpty())
        endpoint.permission = m_shared.permission;
    if (endpoint.tag.isEmpty())
        endpoint.tag = m_shared.tag;
    for (QString &seed : endpoint.seed)
        seed.prepend(m_shared.seedPrefix);
    m_api.add(method, m_shared.prefix + path, std::move(endpoint), std::move(handler));
}

} // namespace wn
