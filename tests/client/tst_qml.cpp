// SPDX-License-Identifier: Apache-2.0
// Runs the QtQuickTest files in tests/client/qml against the client's QML modules, which are
// static libraries here: their plugins are imported and their qrc:/ paths made visible.
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(worknation_ui, Setup)

#include "tst_qml.moc"
