// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPalette>
#include <QQmlEngine>
#include <QWindow>

namespace wn::client {

/**
 * @brief Light or dark: the colour scheme the person chose, or the system's. The choice
 * ("system", "light" or "dark") is remembered; "system" reads the platform's palette (a dark
 * window colour means a dark scheme). The application's palette follows, so the stock controls
 * match the Theme's colours.
 */
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString scheme READ scheme WRITE setScheme NOTIFY changed)
    Q_PROPERTY(bool dark READ dark NOTIFY changed)

public:
    static Appearance *create(QQmlEngine *, QJSEngine *);
    /** The instance QML uses; main() may choose a scheme before the UI loads. */
    static Appearance *instance();

    QString scheme() const { return m_scheme; }
    /** Remembers @p scheme ("system", "light" or "dark"; anything else is "system"). */
    void setScheme(const QString &scheme);
    /** Uses @p scheme for this run only (the command line's --theme). */
    void useScheme(const QString &scheme);
    bool dark() const { return m_dark; }
    /** Follows the desktop's light or dark from @p window, which Qt tells of a theme change. */
    void watch(QWindow *window);

    /** The palette of the dark scheme, for the stock controls. */
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Appearance();
    void apply();

    QString m_scheme;
    bool m_dark = false;
    /** The platform's own palette, as it was before a scheme replaced it. */
    QPalette m_systemPalette;
};

} // namespace wn::client
