// SPDX-License-Identifier: Apache-2.0
#include "language.h"

#include "appsingleton.h"

#include <wn/common/forms.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

const QString settingKey = u"appearance/language"_s;

QString normalised(const QString &language)
{
    // The client has a translation (client/i18n/worknation_<code>.ts) of each language.
    return forms::languages().contains(language) ? language : u"system"_s;
}

} // namespace

Language::Language()
    : m_language(normalised(QSettings().value(settingKey).toString()))
{
    apply();
}

Language *Language::instance()
{
    return appSingleton<Language>([] { return new Language; });
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Language *language = instance();
    language->watch(engine);
    return language;
}

void Language::setLanguage(const QString &language)
{
    useLanguage(language);
    QSettings().setValue(settingKey, m_language);
    Q_EMIT chosen();
}

void Language::useLanguage(const QString &language)
{
    if (normalised(language) == m_language)
        return;
    m_language = normalised(language);
    apply();
}

QVariantList Language::choices() const
{
    QVariantList choices { QVariantMap { { u"value"_s, u"system"_s },
                                         { u"text"_s, tr("System language") } } };
    for (const QString &code : forms::languages())
        choices.append(
                QVariantMap { { u"value"_s, code }, { u"text"_s, forms::languageName(code) } });
    return choices;
}

void Language::watch(QQmlEngine *engine)
{
    m_engine = engine;
    m_engine->setUiLanguage(spoken());
}

QString Language::spoken() const
{
    return m_translator.isEmpty() ? u"en"_s : m_translator.language();
}

void Language::apply()
{
    QCoreApplication::removeTranslator(&m_translator);
    const QLocale locale = m_language == u"system"_s ? QLocale::system() : QLocale(m_language);
    // Dates and numbers (Qt.locale() in the pages) are written the way the language writes them.
    QLocale::setDefault(locale);
    // The system's first language the client has; else English, for its plural forms.
    if (m_translator.load(locale, u"worknation"_s, u"_"_s, u":/i18n"_s)
        || m_translator.load(u"worknation_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine) {
        // Bindings that call qsTr() follow retranslate(); those given their words by C++
        // (Vocabulary) pass Qt.uiLanguage, and follow it.
        m_engine->setUiLanguage(spoken());
        m_engine->retranslate();
    }
    Q_EMIT changed();
}

} // namespace wn::client
