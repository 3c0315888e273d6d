// SPDX-License-Identifier: Apache-2.0
// worknation-client: the desktop client. With --screenshot it renders one page to a PNG and exits.
#include "appearance.h"
#include "language.h"
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

namespace {

/** Saves what the window shows to @p file once the page had time to load its data, then exits. */
void screenshotWhenSettled(QQuickWindow *window, const QString &file)
{
    QTimer::singleShot(2000, window, [window, file] {
        // Compressed as far as PNG goes: these pictures are kept in the documentation.
        QCoreApplication::exit(window->grabWindow().save(file, nullptr, 0) ? 0 : 2);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(u"Worknation"_s);
    QGuiApplication::setApplicationName(u"worknation-client"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Worknation desktop client. With --screenshot, WN_CLIENT_EMAIL, WN_CLIENT_PASSWORD "
            "and WN_CLIENT_LOGIN (talent, employer, staff or admin) log in first."_s);
    parser.addHelpOption();
    const QCommandLineOption serverOption(
            u"server"_s, u"Server address, e.g. http://127.0.0.1:8080."_s, u"url"_s);
    const QCommandLineOption screenshotOption(
            u"screenshot"_s, u"Render a page to this PNG file and exit."_s, u"file"_s);
    const QCommandLineOption pageOption(
            u"page"_s,
            u"Page to show first: login, signup, forgot, or a page of the role's shell "
            "(jobs, applications, dashboard, chat, ...)."_s,
            u"name"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"Window size, e.g. 1024x700."_s, u"WxH"_s);
    const QCommandLineOption themeOption(
            u"theme"_s, u"Colour scheme for this run: system, light or dark."_s, u"scheme"_s);
    const QCommandLineOption languageOption(
            u"language"_s, u"Language for this run: system, en or fr."_s, u"code"_s);
    parser.addOptions({ serverOption, screenshotOption, pageOption, sizeOption, themeOption,
                        languageOption });
    parser.process(app);

    auto *appearance = wn::client::Appearance::instance();
    if (parser.isSet(themeOption))
        appearance->useScheme(parser.value(themeOption));

    auto *language = wn::client::Language::instance();
    if (parser.isSet(languageOption))
        language->useLanguage(parser.value(languageOption));

    auto *session = wn::client::Session::instance();
    if (parser.isSet(serverOption))
        session->setServerUrl(parser.value(serverOption));

    QQmlApplicationEngine engine;
    language->watch(&engine);
    // Qt 6.4 puts the modules' qmldirs under qrc:/<Uri>/ but does not search there; the pages in
    // subfolders import their own module (Worknation.Ui) by name.
    engine.addImportPath(u"qrc:/"_s);
    QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
            [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.setInitialProperties({ { u"startPage"_s, parser.value(pageOption) } });
    engine.load(QUrl(u"qrc:/Worknation/Ui/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    appearance->watch(window);
    if (parser.isSet(sizeOption)) {
        const QStringList size = parser.value(sizeOption).split(u'x');
        if (size.size() == 2)
            window->resize(size.at(0).toInt(), size.at(1).toInt());
    }

    const QString email = qEnvironmentVariable("WN_CLIENT_EMAIL");
    const bool screenshot = parser.isSet(screenshotOption);
    const QString file = parser.value(screenshotOption);
    if (screenshot && !email.isEmpty()) {
        QObject::connect(session, &wn::client::Session::userChanged, window,
                         [session, window, file] {
                             if (session->loggedIn())
                                 screenshotWhenSettled(window, file);
                         });
        QObject::connect(session, &wn::client::Session::errorChanged, &app, [session] {
            if (!session->error().isEmpty()) {
                qCritical("%s", qPrintable(session->error()));
                QCoreApplication::exit(3);
            }
        });
        session->login(email, qEnvironmentVariable("WN_CLIENT_PASSWORD"),
                       qEnvironmentVariable("WN_CLIENT_LOGIN"));
    } else {
        if (session->hasRememberedToken())
            session->restore();
        if (screenshot)
            screenshotWhenSettled(window, file);
    }
    return QGuiApplication::exec();
}
