// SPDX-License-Identifier: Apache-2.0
#include "modules/areas.h"

#include "apidocs.h"
#include "core/database.h"
#include "core/http/api.h"
#include "core/metrics.h"
#include "core/servercontext.h"

#include <wn/common/apierror.h>

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace wn {

void installSystem(Api &api)
{
    api.get(u"/healthz"_s,
            { .summary = u"Liveness: the process answers"_s, .tag = u"Operations"_s }, [](Call &) {
                return QJsonObject { { u"status"_s, u"ok"_s } };
            });

    api.get(u"/readyz"_s,
            { .summary = u"Readiness: the database answers and is migrated"_s,
              .tag = u"Operations"_s },
            [](Call &call) {
                QSqlQuery q(call.db());
                if (!q.exec(u"SELECT COUNT(*) AS migrations FROM schema_migrations"_s) || !q.next()
                    || q.value(u"migrations"_s).toInt() == 0)
                    throw ApiError(503, u"Database not ready"_s);
                return QJsonObject { { u"status"_s, u"ready"_s },
                                     { u"migrations"_s, q.value(u"migrations"_s).toInt() } };
            });

    api.get(u"/metrics"_s, { .summary = u"Prometheus metrics"_s, .tag = u"Operations"_s },
            [](Call &call) {
                return Response::bytes(call.context().metrics->prometheusText(),
                                       "text/plain; version=0.0.4", 200);
            });

    const Api *self = &api;
    api.get(u"/openapi.json"_s,
            { .summary = u"This API as an OpenAPI 3 document"_s, .tag = u"Operations"_s },
            [self](Call &) { return self->openApi(); });

    api.get(u"/docs"_s, { .summary = u"This API's reference, as a page"_s, .tag = u"Operations"_s },
            [self](Call &) {
                return Response::bytes(renderApiDocs(self->openApi()), "text/html; charset=utf-8",
                                       200);
            });
}

} // namespace wn
