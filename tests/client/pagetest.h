// SPDX-License-Identifier: Apache-2.0
// What the client's page tests share: a window of the client's size showing a page, and the
// hands of a person using it (find what is on screen, click it, type, choose, scroll to it).
#pragma once

#include "testserver.h"

#include "core/database.h"
#include "core/servercontext.h"
#include "language.h"
#include "session.h"

#include <QDeadlineTimer>
#include <QJSValue>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QUrl>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

#include <functional>
#include <memory>

namespace wn::test {

using namespace Qt::StringLiterals;

/** The base of a page test: derive, start m_server in initTestCase, and drive pages. */
class PageTest : public QObject
{
protected:
    /** Pages speak English, as the client does by default, plural forms included. */
    PageTest() { wn::client::Language::instance()->useLanguage(u"en"_s); }

    /** Points the client at m_server, once it runs, and lets the pages import their modules. */
    void connectClient()
    {
        wn::client::Session::instance()->setServerUrl(m_server->baseUrl());
        m_engine.addImportPath(u"qrc:/"_s);
    }
    /** Closes the page shown and logs out: each test starts from nothing. */
    void closePage()
    {
        m_window.reset();
        wn::client::Session::instance()->logout();
    }

    /** Runs Backend.upload() from QML, as the pages do, and returns its {error, body}. */
    QVariantMap upload(const QString &operation, const QString &file)
    {
        QQmlComponent component(&m_engine);
        component.setData(u"import QtQuick\nimport Worknation.Client\n"
                          "QtObject { property var answer\n"
                          "Component.onCompleted: Backend.upload(\"%1\", \"%2\", "
                          "(error, body) => answer = { error: error, body: body }) }"_s
                                  .arg(operation, QUrl::fromLocalFile(file).toString())
                                  .toUtf8(),
                          QUrl(u"qrc:/test/Upload.qml"_s));
        std::unique_ptr<QObject> caller(component.create());
        if (!caller) {
            qWarning("%s", qPrintable(component.errorString()));
            return {};
        }
        const auto answered = [&caller] {
            const QVariant answer = caller->property("answer");
            return answer.isValid() && !answer.isNull();
        };
        for (int waited = 0; waited < 10000 && !answered(); waited += 50)
            QTest::qWait(50);
        return caller->property("answer").value<QJSValue>().toVariant().toMap();
    }

    void logInAs(const TestUser &user, const QString &door)
    {
        auto *session = wn::client::Session::instance();
        session->login(user.email, user.password, door);
        QTRY_VERIFY(session->loggedIn());
    }

    /** An account of @p role with a name people read. */
    TestUser person(Role role, const QString &first, const QString &last)
    {
        TestUser user = m_server->createUser(role);
        Sql(m_server->context().db(),
            u"UPDATE users SET first_name = :first, last_name = :last WHERE id = :id"_s)
                .bind(u":first"_s, first)
                .bind(u":last"_s, last)
                .bind(u":id"_s, user.id)
                .exec();
        return user;
    }

    /** Shows @p item (QML) in a window of the client's usual size. */
    void show(const QString &item)
    {
        QQmlComponent component(&m_engine);
        component.setData(u"import QtQuick\nimport QtQuick.Controls as QQC2\nimport Worknation.Ui\n"
                          "Window { width: 1024; height: 700; visible: true\n"
                          "Item { objectName: \"root\"; anchors.fill: parent\n%1 } }"_s.arg(item)
                                  .toUtf8(),
                          QUrl(u"qrc:/test/Page.qml"_s));
        m_window.reset(qobject_cast<QQuickWindow *>(component.create()));
        QVERIFY2(m_window, qPrintable(component.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    /** The sections the shown shell (objectName "shell") offers this viewer, by name. */
    QStringList sectionNames()
    {
        QStringList names;
        QQuickItem *shell = find(u"shell"_s);
        if (!shell)
            return names;
        QVariant sections = shell->property("sections");
        if (sections.metaType() == QMetaType::fromType<QJSValue>())
            sections = sections.value<QJSValue>().toVariant();
        const QVariantList list = sections.toList();
        for (const QVariant &section : list)
            names.append(section.toMap().value(u"name"_s).toString());
        return names;
    }

    /**
     * The visible item named @p name, once there is one. The visual tree is searched: delegates
     * of views and repeaters have no QObject parent to find them by.
     */
    QQuickItem *find(const QString &name)
    {
        // Waits itself, so it must not stand inside a QTRY_* macro: those count their timeout
        // in steps, not in time, and would call this a hundred times over.
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            if (QQuickItem *item = visibleItem(m_window->contentItem(), name))
                return item;
            QTest::qWait(50);
        }
        qWarning("no visible item named %s", qPrintable(name));
        return nullptr;
    }

    /** The @p property of the item named @p name visible now; invalid when none is (no waiting). */
    QVariant shownNow(const QString &name, const char *property = "text")
    {
        QQuickItem *item = visibleItem(m_window->contentItem(), name);
        return item ? item->property(property) : QVariant();
    }

    /** Every text shown in the window now. */
    QStringList shownTexts()
    {
        QStringList texts;
        collectTexts(m_window->contentItem(), texts);
        return texts;
    }

    /** The first text shown that holds @p part; empty when none does. */
    QString shownWith(const QString &part)
    {
        const QStringList texts = shownTexts();
        for (const QString &text : texts) {
            if (text.contains(part))
                return text;
        }
        return {};
    }

    /** Every visible item named @p name, in the order they are drawn. */
    QList<QQuickItem *> allShown(const QString &name)
    {
        QList<QQuickItem *> found;
        const std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (!item->isVisible())
                return;
            if (item->objectName() == name)
                found.append(item);
            const QList<QQuickItem *> children = item->childItems();
            for (QQuickItem *child : children)
                walk(child);
        };
        walk(m_window->contentItem());
        return found;
    }

    static void collectTexts(QQuickItem *item, QStringList &texts)
    {
        if (!item->isVisible())
            return;
        const QVariant text = item->property("text");
        if (text.metaType() == QMetaType::fromType<QString>() && !text.toString().isEmpty())
            texts.append(text.toString());
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children)
            collectTexts(child, texts);
    }

    static QQuickItem *visibleItem(QQuickItem *root, const QString &name)
    {
        if (!root->isVisible())
            return nullptr;
        if (root->objectName() == name)
            return root;
        const QList<QQuickItem *> children = root->childItems();
        for (QQuickItem *child : children) {
            if (QQuickItem *found = visibleItem(child, name))
                return found;
        }
        return nullptr;
    }

    /**
     * Scrolls the page until the item named @p name is near the top, as a person scrolling to it
     * would: a click lands only on what is on screen.
     */
    void reveal(const QString &name)
    {
        QQuickItem *item = find(name);
        QVERIFY(item);
        QQuickItem *view = item->parentItem();
        while (view && !view->inherits("QQuickFlickable"))
            view = view->parentItem();
        QVERIFY(view);
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        auto *content = view->property("contentItem").value<QQuickItem *>();
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal bottom
                = std::max(0.0, view->property("contentHeight").toReal() - view->height());
        view->setProperty("contentY", std::clamp(top - 12.0, 0.0, bottom));
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
    }

    /** Scrolls to the item named @p name and clicks it. */
    void clickInView(const QString &name)
    {
        reveal(name);
        click(find(name));
    }

    /** Saves the window as a person sees it now, as @p name.png in WN_SCREENSHOT_DIR when set. */
    void snapshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("WN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // Layouts settle in the polish before a frame; a picture before it shows them half done.
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        QVERIFY(m_window->grabWindow().save(dir + u'/' + name + u".png"_s));
    }

    /** Chooses @p path in the file dialog @p dialog once it shows, as a person picking it would.
     *  accept() would take the dialog's own selection, which a test cannot reach: the dialog is
     *  closed and the file handed over as its choice. */
    void chooseInDialog(QObject *dialog, const QString &path)
    {
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        dialog->setProperty("selectedFile", QUrl::fromLocalFile(path));
        QMetaObject::invokeMethod(dialog, "close");
        QMetaObject::invokeMethod(dialog, "accepted");
    }

    /** Presses the keys of @p text, one by one, where the focus is. */
    void typeKeys(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window.get(), c.toLatin1());
    }

    /** Chooses @p text in the combo box named @p name once the server filled it (any: first). */
    void choose(const QString &name, const QString &text)
    {
        QQuickItem *box = find(name);
        QVERIFY(box);
        QTRY_VERIFY(box->property("count").toInt() > 0);
        // The box may show a first entry before the server's list is in: wait for the one asked.
        const auto indexOf = [box, &text] {
            int index = 0;
            if (!text.isEmpty())
                QMetaObject::invokeMethod(box, "find", Q_RETURN_ARG(int, index),
                                          Q_ARG(QString, text));
            return index;
        };
        QTRY_VERIFY(indexOf() >= 0);
        box->setProperty("currentIndex", indexOf());
    }

    /** Puts @p text in the text field named @p name, as typing would. */
    void type(const QString &name, const QString &text)
    {
        QQuickItem *field = find(name);
        QVERIFY(field);
        QTRY_VERIFY(field->isEnabled()); // as a person would, once the field takes typing
        field->setProperty("text", text);
    }

    /** The visible button whose text is @p text (a dialog's standard buttons have no name). */
    QQuickItem *buttonNamed(const QString &text)
    {
        const std::function<QQuickItem *(QQuickItem *)> search
                = [&](QQuickItem *root) -> QQuickItem * {
            if (!root->isVisible())
                return nullptr;
            if (root->inherits("QQuickAbstractButton") && root->property("text").toString() == text)
                return root;
            const QList<QQuickItem *> children = root->childItems();
            for (QQuickItem *child : children) {
                if (QQuickItem *found = search(child))
                    return found;
            }
            return nullptr;
        };
        return search(m_window->contentItem());
    }

    /** Types @p words in the job search and presses Enter. */
    void searchJobs(const QString &words)
    {
        QQuickItem *field = find(u"jobWords"_s);
        QVERIFY(field);
        field->setProperty("text", words);
        QMetaObject::invokeMethod(field, "accepted");
    }

    /** Fills the person's part of the open SignUpPage (in Lagos, with a strong password) and
     *  sends it, as a person does. */
    void signUpAs(const QString &firstName, const QString &lastName, const QString &email,
                  const QString &phone)
    {
        type(u"firstName"_s, firstName);
        type(u"lastName"_s, lastName);
        type(u"email"_s, email);
        type(u"phone"_s, phone);
        type(u"password"_s, u"Strong#Pass2026"_s);
        choose(u"states"_s, u"Lagos"_s);
        click(find(u"submit"_s));
    }

    void click(QQuickItem *item)
    {
        QVERIFY(item);
        QTRY_VERIFY(item->isEnabled());
        // Where the item is drawn is settled by the next polish; a click before it can land where
        // the item was, not where it is.
        QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
        const QPointF centre = item->mapToScene({ item->width() / 2, item->height() / 2 });
        QTest::mouseClick(m_window.get(), Qt::LeftButton, {}, centre.toPoint());
    }

    std::unique_ptr<TestServer> m_server;
    QQmlEngine m_engine;
    std::unique_ptr<QQuickWindow> m_window;
};

} // namespace wn::test
