// SPDX-License-Identifier: Apache-2.0
// How long the router takes to find an endpoint registered first versus last among 450
// routes, the size of the full API. The ratio should stay near 1.
#include "core/http/router.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

double nanosecondsPerLookup(const wn::Router &router, wn::Method method, const QString &path,
                            int rounds)
{
    volatile int sink = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        sink = sink + router.find(method, path).endpoint;
    return double(timer.nsecsElapsed()) / rounds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    wn::Router router;
    int index = 0;
    router.add(wn::Method::Get, u"/api/v1/first/{id}"_s, index++);
    for (; index < 449; ++index)
        router.add(wn::Method::Get, u"/api/v1/area%1/items/{id}/details"_s.arg(index), index);
    router.add(wn::Method::Get, u"/api/v1/last/{id}"_s, index++);

    const int rounds = 1000000;
    nanosecondsPerLookup(router, wn::Method::Get, u"/api/v1/first/1"_s, rounds / 10); // warm up
    const double first
            = nanosecondsPerLookup(router, wn::Method::Get, u"/api/v1/first/17"_s, rounds);
    const double last = nanosecondsPerLookup(router, wn::Method::Get, u"/api/v1/last/17"_s, rounds);
    const double deep = nanosecondsPerLookup(router, wn::Method::Get,
                                             u"/api/v1/area200/items/17/details"_s, rounds);
    const double missing
            = nanosecondsPerLookup(router, wn::Method::Get, u"/api/v1/nothing/here"_s, rounds);
    out << "router: " << index << " routes\n";
    out << "router: first registered  " << QString::number(first, 'f', 1) << " ns/lookup\n";
    out << "router: last registered   " << QString::number(last, 'f', 1) << " ns/lookup\n";
    out << "router: last/first ratio  " << QString::number(last / first, 'f', 2) << '\n';
    out << "router: 5-segment path    " << QString::number(deep, 'f', 1) << " ns/lookup\n";
    out << "router: no such path      " << QString::number(missing, 'f', 1) << " ns/lookup\n";
    return 0;
}
