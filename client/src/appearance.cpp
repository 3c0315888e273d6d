// SPDX-License-Identifier: Apache-2.0
#include "appearance.h"

#include "appsingleton.h"

#include <QEvent>
#include <QGuiApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

const QString settingKey = u"appearance/scheme"_s;

QString normalised(const QString &scheme)
{
    return scheme == u"light"_s || scheme == u"dark"_s ? scheme : u"system"_s;
}

} // namespace

Appearance::Appearance()
    : m_scheme(normalised(QSettings().value(settingKey).toString()))
    , m_systemPalette(QGuiApplication::palette())
{
    apply();
}

Appearance *Appearance::instance()
{
    return appSingleton<Appearance>([] { return new Appearance; });
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    return instance();
}

void Appearance::setScheme(const QString &scheme)
{
    useScheme(scheme);
    QSettings().setValue(settingKey, m_scheme);
}

void Appearance::useScheme(const QString &scheme)
{
    if (normalised(scheme) == m_scheme)
        return;
    m_scheme = normalised(scheme);
    apply();
}

void Appearance::apply()
{
    const bool systemDark = m_systemPalette.color(QPalette::Window).lightness() < 128;
    const bool dark = m_scheme == u"dark"_s || (m_scheme == u"system"_s && systemDark);
    // The stock controls draw with the application's palette: the dark one, or the system's.
    if (qApp)
        QGuiApplication::setPalette(dark ? darkPalette() : m_systemPalette);
    m_dark = dark;
    Q_EMIT changed();
}

void Appearance::watch(QWindow *window)
{
    window->installEventFilter(this);
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched between light and dark (Qt tells the windows): "system" follows it.
    if (event->type() == QEvent::ThemeChange) {
        QGuiApplication::setPalette(QPalette()); // back to the platform's, to read it
        m_systemPalette = QGuiApplication::palette();
        apply();
    }
    return QObject::eventFilter(watched, event);
}

QPalette Appearance::darkPalette()
{
    QPalette palette;
    const QColor window(0x17, 0x1c, 0x26);
    const QColor base(0x1f, 0x25, 0x31);
    const QColor text(0xe3, 0xe8, 0xf1);
    const QColor button(0x2a, 0x31, 0x3f);
    const QColor highlight(0x3d, 0x6f, 0xb6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x95, 0xa6));
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Light, QColor(0x3a, 0x42, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x3a, 0x48));
    palette.setColor(QPalette::Mid, QColor(0x2c, 0x33, 0x40));
    palette.setColor(QPalette::Dark, QColor(0x10, 0x14, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Link, QColor(0x7f, 0xb2, 0xf0));
    for (const QPalette::ColorRole role :
         { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, QColor(0x6c, 0x75, 0x86));
    return palette;
}

} // namespace wn::client
