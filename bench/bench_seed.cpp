// SPDX-License-Identifier: Apache-2.0
// Seeds a data directory with a database of realistic size for bench/run, and says how long
// each table took. The server can then serve it as it is.
//   bench_seed --data-dir DIR [--scale FACTOR]   (1 = 10,000 talents, 1,000 companies,
//                                                 100,000 jobs, 500,000 applications,
//                                                 1,000,000 chat messages)
#include "benchdata.h"
#include "core/config.h"
#include "core/server.h"
#include "modules/modules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_s, u"Data directory to fill."_s, u"dir"_s);
    const QCommandLineOption scaleOption(u"scale"_s, u"Size factor (1 = full size)."_s, u"factor"_s,
                                         u"1"_s);
    const QCommandLineOption databaseOption(
            u"database"_s, u"Database URL (default: SQLite in the data dir)."_s, u"url"_s);
    parser.addOptions({ dataDir, scaleOption, databaseOption });
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(dataDir))
        parser.showHelp(2);

    QTextStream out(stdout);
    wn::Config config = wn::Config::load({}, QProcessEnvironment());
    config.set(u"server/data_dir"_s, parser.value(dataDir));
    config.set(u"log/access"_s, u"false"_s);
    if (parser.isSet(databaseOption))
        config.set(u"database/url"_s, parser.value(databaseOption));
    wn::Server server(config, wn::serverModules());
    server.migrate();

    const wn::BenchScale scale = wn::BenchScale().scaled(parser.value(scaleOption).toDouble());
    QElapsedTimer timer;
    timer.start();
    wn::BenchSeeder(server.context(), out).seed(scale);
    out << "seed: everything in " << timer.elapsed() << " ms\n";
    out << "seed: logins " << wn::BenchData::talentEmail(0) << " … "
        << wn::BenchData::talentEmail(scale.talents - 1) << ", " << wn::BenchData::ownerEmail(0)
        << " …, password " << wn::BenchData::password() << "\n";
    return 0;
}
