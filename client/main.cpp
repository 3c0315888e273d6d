// SPDX-License-Identifier: Apache-2.0
// worknation-client: the desktop client. With --screenshot it renders one page to a PNG and exits.
#include "session.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickWindow>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"Worknation"_s);
    QGuiApplication::setApplicationName(u"worknation-client"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Worknation desktop client"_s);
    parser.addHelpOption();
    const QCommandLineOption serverOption(
            u"server"_s, u"Server address, e.g. http://127.0.0.1:8080."_s, u"url"_s);
    const QCommandLineOption screenshotOption(
            u"screenshot"_s, u"Render a page to this PNG file and exit."_s, u"file"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Page to show first: login or jobs."_s,
                                        u"name"_s, u"login"_s);
    parser.addOptions({ serverOption, screenshotOption, pageOption });
    parser.process(app);

    auto *session = wn::client::Session::instance();
    if (parser.isSet(serverOption))
        session->setServerUrl(parser.value(serverOption));

    QQmlApplicationEngine engine;
    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
            [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.setInitialProperties({ { u"startPage"_s, parser.value(pageOption) } });
    engine.load(QUrl(u"qrc:/Worknation/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(screenshotOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QString file = parser.value(screenshotOption);
        // Give the page time to load its data, then grab what a person would see.
        QTimer::singleShot(1500, &app, [window, file] {
            const bool saved = window && window->grabWindow().save(file);
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return QGuiApplication::exec();
}
