// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace wn::client {

/**
 * @brief The language the client speaks: the one the person chose, or the system's. The choice
 * ("system" or a language code the client has a translation for) is remembered. English is the
 * source language; its translation only carries plural forms ("1 application", "2
 * applications"). A change retranslates every page at once, without a restart.
 */
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)

public:
    static Language *create(QQmlEngine *engine, QJSEngine *);
    /** The instance QML uses; main() installs it before the UI loads. */
    static Language *instance();

    QString language() const { return m_language; }
    /** Remembers @p language ("system", or a code from choices()); anything else is "system". */
    void setLanguage(const QString &language);
    /** Speaks @p language for this run only (the command line's --language). */
    void useLanguage(const QString &language);
    /** The languages offered: {value, text}, each named in its own language. */
    QVariantList choices() const;
    /** Retranslates @p engine's pages when the language changes, and keeps its uiLanguage
     *  (Qt.uiLanguage) the language spoken. */
    void watch(QQmlEngine *engine);
    /** The language the client speaks now ("fr"): the installed translation's. */
    QString spoken() const;

Q_SIGNALS:
    void changed();
    /** The person chose a language (setLanguage()), to be remembered beyond this client. */
    void chosen();

private:
    Language();
    void apply();

    QString m_language;
    QTranslator m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace wn::client
