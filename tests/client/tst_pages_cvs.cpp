// SPDX-License-Identifier: Apache-2.0
// The CV pages driven as a person would (click, choose, type) against the real server: the
// talent's editor, its preview and downloads, uploads, and an applicant's CVs as the company
// they applied to reads them. Each flow is checked on the server.
#include "pagetest.h"

#include "fixtures.h"
#include "session.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Worknation_ClientPlugin)
Q_IMPORT_QML_PLUGIN(Worknation_UiPlugin)

using namespace Qt::StringLiterals;
using namespace wn;
using namespace wn::test;

class TestCvPages : public PageTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<TestServer>();
        m_talent = m_server->createUser(Role::Talent);
        m_employer = m_server->createUser(Role::Employer);
        const Reply profile = m_server->patch(
                u"/api/v1/talents/me/profile"_s,
                QJsonObject {
                        { u"headline"_s, u"Data analyst"_s },
                        { u"experience"_s,
                          QJsonArray { QJsonObject { { u"company"_s, u"Paystack"_s },
                                                     { u"title"_s, u"Data Analyst"_s },
                                                     { u"start_month"_s, u"2019-03"_s },
                                                     { u"current"_s, true } } } },
                },
                m_talent.token);
        QCOMPARE(profile.status, 200);
        connectClient();
    }
    void cleanup() { closePage(); }
    void cleanupTestCase() { m_server.reset(); }

    void aTalentWritesTheSectionsAndEntriesOfACv()
    {
        logInAs(m_talent, u"talent"_s);
        showCvs();
        click(find(u"newCv"_s));
        QTRY_VERIFY(find(u"cvSections"_s)->property("count").toInt() > 0);
        // The experience section (the first) holds the profile's position; a second is added.
        click(find(u"sectionName"_s));
        QTRY_COMPARE(page()->property("selected").toInt(), 0);
        clickShown(find(u"addEntry"_s));
        type(u"entry_title"_s, u"Data Engineer"_s);
        type(u"entry_subtitle"_s, u"Flutterwave"_s);
        type(u"entry_start"_s, u"2024-01"_s);
        type(u"entry_end"_s, u"Present"_s);
        type(u"entry_description"_s, u"Pipelines for payment data."_s);
        clickShown(find(u"keepEntry"_s));
        QTRY_COMPARE(all(u"entryName"_s).size(), 2);
        // It goes first, and the older one gets its city.
        clickShown(all(u"entryUp"_s).at(1));
        QTRY_VERIFY(
                all(u"entryName"_s).at(0)->property("text").toString().startsWith(u"Data Engineer"_s));
        clickShown(all(u"editEntry"_s).at(1));
        QTRY_COMPARE(shownNow(u"entry_title"_s).toString(), u"Data Analyst"_s);
        type(u"entry_location"_s, u"Lagos"_s);
        clickShown(find(u"keepEntry"_s));
        QTRY_COMPARE(page()->property("entry").toInt(), -1);

        // A language in the (empty) languages section, and a section of the talent's own.
        selectSection(u"Languages"_s);
        clickShown(find(u"addEntry"_s));
        type(u"entry_title"_s, u"Yoruba"_s);
        type(u"entry_level"_s, u"Native"_s);
        clickShown(find(u"keepEntry"_s));
        choose(u"newSectionType"_s, u"More"_s);
        click(find(u"addSection"_s));
        QTRY_COMPARE(shownNow(u"sectionTitle"_s).toString(), u"More"_s);
        type(u"sectionTitle"_s, u"Volunteering"_s);
        clickShown(find(u"addEntry"_s));
        type(u"entry_title"_s, u"Code club mentor"_s);
        type(u"entry_subtitle"_s, u"Yaba library"_s);
        clickShown(find(u"keepEntry"_s));
        // The empty projects section goes.
        selectSection(u"Projects"_s);
        clickShown(find(u"removeSection"_s));
        // The contact details, and the template.
        click(find(u"contactDetails"_s));
        type(u"basics_headline"_s, u"Data engineer"_s);
        choose(u"cvTemplate"_s, u"Compact"_s);
        QVERIFY(page()->property("dirty").toBool());
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(page()->property("notice").toString() == u"Saved."_s,
                     qPrintable(page()->property("error").toString()));

        const QJsonObject cv = newestCv();
        QCOMPARE(cv.value(u"template"_s).toString(), u"compact"_s);
        const QJsonObject document = cv.value(u"document"_s).toObject();
        QCOMPARE(document.value(u"basics"_s)[u"headline"_s].toString(), u"Data engineer"_s);
        const QJsonArray sections = document.value(u"sections"_s).toArray();
        const QJsonArray experience = sectionOf(sections, u"experience"_s)[u"items"_s].toArray();
        QCOMPARE(experience.size(), 2);
        QCOMPARE(experience.at(0)[u"title"_s].toString(), u"Data Engineer"_s);
        QCOMPARE(experience.at(0)[u"subtitle"_s].toString(), u"Flutterwave"_s);
        QCOMPARE(experience.at(0)[u"description"_s].toString(), u"Pipelines for payment data."_s);
        QCOMPARE(experience.at(1)[u"title"_s].toString(), u"Data Analyst"_s);
        QCOMPARE(experience.at(1)[u"location"_s].toString(), u"Lagos"_s);
        // What the form does not show of an entry stays as it was.
        QCOMPARE(experience.at(1)[u"start"_s].toString(), u"2019-03"_s);
        const QJsonObject languages = sectionOf(sections, u"languages"_s);
        QCOMPARE(languages.value(u"items"_s)[0][u"title"_s].toString(), u"Yoruba"_s);
        QCOMPARE(languages.value(u"items"_s)[0][u"level"_s].toString(), u"Native"_s);
        QVERIFY(sectionOf(sections, u"projects"_s).isEmpty());
        const QJsonObject own = sectionOf(sections, u"custom"_s);
        QCOMPARE(own.value(u"title"_s).toString(), u"Volunteering"_s);
        QCOMPARE(own.value(u"items"_s)[0][u"subtitle"_s].toString(), u"Yaba library"_s);
        QCOMPARE(sections.last()[u"type"_s].toString(), u"custom"_s); // added at the end

        // The editor as a person sees it: the experience with the entry form open.
        selectSection(u"Experience"_s);
        clickShown(all(u"editEntry"_s).at(0));
        QTRY_COMPARE(shownNow(u"entry_title"_s).toString(), u"Data Engineer"_s);
        snapshot(u"talent-cv-editor"_s);
        clickShown(find(u"cancelEntry"_s));
    }

    void aRefusedSaveKeepsWhatWasTypedWithTheProblemBesideIt()
    {
        logInAs(m_talent, u"talent"_s);
        const qint64 id = createCv(u"Kept on refusal"_s);
        showCvs();
        openCv(id);
        // The server's own rule: a CV is of someone, so its name may not be emptied.
        click(find(u"contactDetails"_s));
        type(u"basics_name"_s, QString());
        type(u"basics_headline"_s, u"Typed before the refusal"_s);
        click(find(u"saveCv"_s));
        QTRY_VERIFY(!page()->property("error").toString().isEmpty());
        QTRY_COMPARE(shownNow(u"basics_nameError"_s).toString(), u"Fill this in"_s);
        QCOMPARE(shownNow(u"basics_headline"_s).toString(), u"Typed before the refusal"_s);
        QVERIFY(cvOnServer(id).value(u"document"_s)[u"basics"_s][u"headline"_s].toString()
                != u"Typed before the refusal"_s);

        // An entry's problem is found before sending, beside its field; the entry stays open.
        selectSection(u"Experience"_s);
        clickShown(find(u"addEntry"_s));
        type(u"entry_title"_s, u"Analyst"_s);
        type(u"entry_description"_s, QString(2001, u'x'));
        clickShown(find(u"keepEntry"_s));
        QTRY_COMPARE(shownNow(u"entry_descriptionError"_s).toString(),
                     u"Use at most 2000 characters"_s);
        QCOMPARE(shownNow(u"entry_title"_s).toString(), u"Analyst"_s);
        type(u"entry_description"_s, u"Reports."_s);

        // Put right, everything typed is saved together.
        click(find(u"contactDetails"_s)); // keeps the entry on the way
        type(u"basics_name"_s, u"Chiamaka Okonkwo"_s);
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(page()->property("notice").toString() == u"Saved."_s,
                     qPrintable(page()->property("error").toString()));
        const QJsonObject document = cvOnServer(id).value(u"document"_s).toObject();
        QCOMPARE(document.value(u"basics"_s)[u"name"_s].toString(), u"Chiamaka Okonkwo"_s);
        QCOMPARE(document.value(u"basics"_s)[u"headline"_s].toString(),
                 u"Typed before the refusal"_s);
        const QJsonArray experience
                = sectionOf(document.value(u"sections"_s).toArray(), u"experience"_s)[u"items"_s]
                          .toArray();
        QCOMPARE(experience.last()[u"title"_s].toString(), u"Analyst"_s);
        QCOMPARE(experience.last()[u"description"_s].toString(), u"Reports."_s);
    }

    void aSaveWhileTheServerIsAwayKeepsTheChangesForWhenItIsBack()
    {
        logInAs(m_talent, u"talent"_s);
        const qint64 id = createCv(u"Saved after a restart"_s);
        const QJsonObject before = cvOnServer(id).value(u"document"_s)[u"basics"_s].toObject();
        showCvs();
        openCv(id);
        click(find(u"contactDetails"_s));
        type(u"basics_headline"_s, u"Typed while offline"_s);
        type(u"basics_phone"_s, u"+2348030000000"_s);
        // The server goes away as the talent saves: they are told, and nothing is lost.
        const quint16 port = m_server->port();
        m_server->stop();
        click(find(u"saveCv"_s));
        QTRY_VERIFY(!page()->property("error").toString().isEmpty());
        QCOMPARE(shownNow(u"basics_headline"_s).toString(), u"Typed while offline"_s);
        QCOMPARE(shownNow(u"basics_phone"_s).toString(), u"+2348030000000"_s);
        QVERIFY(page()->property("dirty").toBool());
        // Back again: the same Save sends what was typed, and every field is kept.
        m_server->startOn(port);
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(page()->property("notice").toString() == u"Saved."_s,
                     qPrintable(page()->property("error").toString()));
        const QJsonObject basics = cvOnServer(id).value(u"document"_s)[u"basics"_s].toObject();
        QCOMPARE(basics.value(u"headline"_s).toString(), u"Typed while offline"_s);
        QCOMPARE(basics.value(u"phone"_s).toString(), u"+2348030000000"_s);
        // What was not touched is as it was.
        QCOMPARE(basics.value(u"name"_s), before.value(u"name"_s));
        QCOMPARE(basics.value(u"email"_s), before.value(u"email"_s));
        QCOMPARE(cvOnServer(id).value(u"title"_s).toString(), u"Saved after a restart"_s);
    }

    void leavingACvWithUnsavedChangesAsksFirst()
    {
        logInAs(m_talent, u"talent"_s);
        const qint64 other = createCv(u"The other one"_s);
        const qint64 id = createCv(u"Being changed"_s);
        showCvs();
        openCv(id);
        type(u"cvTitle"_s, u"Changed, not saved"_s);
        QTRY_VERIFY(page()->property("dirty").toBool());
        QObject *dialog = m_window->findChild<QObject *>(u"leaveCvDialog"_s);
        QVERIFY(dialog);
        // Staying keeps what was typed. (The list of CVs comes in its own answer.)
        QTRY_VERIFY(openButtonOf(u"The other one"_s));
        click(openButtonOf(u"The other one"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        click(buttonNamed(u"Cancel"_s));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QCOMPARE(shownNow(u"cvTitle"_s).toString(), u"Changed, not saved"_s);
        QCOMPARE(page()->property("cv").toMap().value(u"id"_s).toLongLong(), id);
        // Letting the change go opens the other CV; the server never had the change.
        click(openButtonOf(u"The other one"_s));
        QTRY_VERIFY(dialog->property("visible").toBool());
        click(buttonNamed(u"Discard"_s));
        QTRY_COMPARE(page()->property("cv").toMap().value(u"id"_s).toLongLong(), other);
        QCOMPARE(shownNow(u"cvTitle"_s).toString(), u"The other one"_s);
        QCOMPARE(cvOnServer(id).value(u"title"_s).toString(), u"Being changed"_s);
    }

    void theCvIsPreviewedPageByPageAndSavedAsAPdf()
    {
        logInAs(m_talent, u"talent"_s);
        const qint64 id = createCv(u"Previewed"_s);
        QCOMPARE(m_server->patch(u"/api/v1/cvs/%1"_s.arg(id),
                                 QJsonObject { { u"basics"_s,
                                                 QJsonObject { { u"name"_s, u"Chiamaka Okonkwo"_s },
                                                               { u"headline"_s,
                                                                 u"Data engineer"_s } } } },
                                 m_talent.token)
                         .status,
                 200);
        const int kept = generatedCount();
        showCvs();
        openCv(id);
        // A change not yet saved is saved before the server draws the PDF.
        type(u"cvTitle"_s, u"Previewed, for banks"_s);
        click(find(u"previewTab"_s));
        QObject *preview = pdfPreviewOf(u"cvPreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY2_WITH_TIMEOUT(preview->property("pageCount").toInt() >= 1,
                                  qPrintable(preview->property("error").toString()), 15000);
        QVERIFY(find(u"pdfPage"_s));
        QString text;
        QMetaObject::invokeMethod(preview, "pageText", Q_RETURN_ARG(QString, text), Q_ARG(int, 0));
        QVERIFY2(text.contains(u"Chiamaka Okonkwo"_s), qPrintable(text));
        QVERIFY(text.contains(u"Data Analyst"_s));
        QCOMPARE(cvOnServer(id).value(u"title"_s).toString(), u"Previewed, for banks"_s);
        QCOMPARE(generatedCount(), kept); // a look keeps no PDF
        snapshot(u"talent-cv-preview"_s);

        // Saved as a file: the server makes the PDF (and keeps it among the generated ones).
        QTemporaryDir dir;
        const QString target = dir.filePath(u"cv.pdf"_s);
        acceptFileDialog(u"downloadCv"_s, u"cvDownloadDialog"_s, target);
        QTRY_VERIFY2_WITH_TIMEOUT(QFile::exists(target),
                                  qPrintable(page()->property("error").toString()), 15000);
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("%PDF-"));
        QCOMPARE(generatedCount(), kept + 1);
    }

    void aTalentUploadsACvFileAndReadsIt()
    {
        logInAs(m_talent, u"talent"_s);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"Amaka for banks.pdf"_s);
        writePdf(file, u"Amaka Obi, risk analyst"_s);
        showCvs();
        acceptFileDialog(u"uploadCv"_s, u"cvUploadDialog"_s, file);
        QTRY_VERIFY2(page()->property("cv").toMap().value(u"source"_s) == u"upload"_s,
                     qPrintable(page()->property("error").toString()));
        const QJsonObject cv = newestCv();
        QCOMPARE(cv.value(u"source"_s).toString(), u"upload"_s);
        QCOMPARE(cv.value(u"title"_s).toString(), u"Amaka for banks"_s);
        QCOMPARE(cv.value(u"file"_s)[u"content_type"_s].toString(), u"application/pdf"_s);
        QVERIFY(cv.value(u"has_search_text"_s).isBool());

        // Only its title changes; it is shown as it came.
        type(u"cvTitle"_s, u"Risk roles"_s);
        click(find(u"saveCv"_s));
        QTRY_VERIFY2(page()->property("notice").toString() == u"Saved."_s,
                     qPrintable(page()->property("error").toString()));
        QCOMPARE(newestCv().value(u"title"_s).toString(), u"Risk roles"_s);
        click(find(u"previewTab"_s));
        QObject *preview = pdfPreviewOf(u"cvPreview"_s);
        QTRY_VERIFY2(preview->property("pageCount").toInt() == 1,
                     qPrintable(preview->property("error").toString()));
        QString text;
        QMetaObject::invokeMethod(preview, "pageText", Q_RETURN_ARG(QString, text), Q_ARG(int, 0));
        QVERIFY2(text.contains(u"risk analyst"_s), qPrintable(text));

        // What is not a PDF or a Word document is refused, and said.
        const QString fake = dir.filePath(u"notes.pdf"_s);
        QFile notes(fake);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Just some notes, not a CV file.\n");
        notes.close();
        const int before = cvCount();
        acceptFileDialog(u"uploadCv"_s, u"cvUploadDialog"_s, fake);
        QTRY_VERIFY(!page()->property("error").toString().isEmpty());
        QCOMPARE(cvCount(), before);
    }

    void anEmployerReadsTheCvsOfAnApplicant()
    {
        const qint64 job = publishJob(*m_server, m_employer, u"Risk analyst"_s);
        QVERIFY(job > 0);
        QCOMPARE(m_server->post(u"/api/v1/jobs/%1/applications"_s.arg(job), QJsonObject {},
                                m_talent.token)
                         .status,
                 201);
        const qint64 id = createCv(u"For the employer"_s);
        QCOMPARE(m_server->patch(u"/api/v1/cvs/%1"_s.arg(id),
                                 QJsonObject {
                                         { u"basics"_s,
                                           QJsonObject { { u"name"_s, u"Chiamaka Okonkwo"_s } } } },
                                 m_talent.token)
                         .status,
                 200);
        logInAs(m_employer, u"employer"_s);
        show(u"Applicants { anchors.fill: parent; subjectId: %1 }"_s.arg(job));
        click(find(u"applicantCvsButton"_s));
        QObject *dialog = m_window->findChild<QObject *>(u"applicantCvs"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        // The newest CV is listed first.
        click(find(u"showCv"_s));
        QObject *preview = pdfPreviewOf(u"applicantCvPreview"_s);
        QVERIFY(preview);
        QTRY_VERIFY2_WITH_TIMEOUT(preview->property("pageCount").toInt() >= 1,
                                  qPrintable(preview->property("error").toString()), 15000);
        QString text;
        QMetaObject::invokeMethod(preview, "pageText", Q_RETURN_ARG(QString, text), Q_ARG(int, 0));
        QVERIFY2(text.contains(u"Chiamaka Okonkwo"_s), qPrintable(text));
        // The server lets this company read them, and no other.
        QCOMPARE(m_server->get(u"/api/v1/cvs/%1/preview"_s.arg(id), m_employer.token).status, 200);
        snapshot(u"employer-applicant-cv"_s);

        QTemporaryDir dir;
        const QString target = dir.filePath(u"applicant.pdf"_s);
        acceptFileDialog(u"saveApplicantCv"_s, u"applicantCvSaveDialog"_s, target);
        QTRY_VERIFY(QFile::exists(target));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().startsWith("%PDF-"));
    }

private:
    void showCvs() { show(u"CvsPage { objectName: \"page\"; anchors.fill: parent }"_s); }
    QQuickItem *page() { return find(u"page"_s); }

    /** Every visible item named @p name, in the order they are drawn. */
    QList<QQuickItem *> all(const QString &name)
    {
        QList<QQuickItem *> found;
        collect(m_window->contentItem(), name, found);
        return found;
    }
    static void collect(QQuickItem *root, const QString &name, QList<QQuickItem *> &found)
    {
        if (!root->isVisible())
            return;
        if (root->objectName() == name)
            found.append(root);
        QList<QQuickItem *> children = root->childItems();
        // A view's delegates are children in the order they were made, not the order shown.
        std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene({}).y() < b->mapToScene({}).y();
        });
        for (QQuickItem *child : std::as_const(children))
            collect(child, name, found);
    }

    /** The "Open" button of the CV titled @p title in the list; null while it is not listed. */
    QQuickItem *openButtonOf(const QString &title)
    {
        const QList<QQuickItem *> buttons = all(u"openCv"_s);
        for (QQuickItem *button : buttons) {
            // The card the button is on holds its row.
            for (QQuickItem *card = button; card; card = card->parentItem()) {
                QVariant row = card->property("row");
                if (!row.isValid())
                    continue;
                if (row.metaType() == QMetaType::fromType<QJSValue>())
                    row = row.value<QJSValue>().toVariant();
                if (row.toMap().value(u"title"_s) == title)
                    return button;
                break;
            }
        }
        return nullptr; // not (yet) in the list
    }

    /** Scrolls the view @p item is in until it shows, and clicks it. */
    void clickShown(QQuickItem *item)
    {
        QVERIFY(item);
        QQuickItem *view = item->parentItem();
        while (view && !view->inherits("QQuickFlickable"))
            view = view->parentItem();
        if (view) {
            QVERIFY(QQuickTest::qWaitForPolish(m_window.get()));
            auto *content = view->property("contentItem").value<QQuickItem *>();
            const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
            const qreal y = view->property("contentY").toReal();
            if (top < y || top + item->height() > y + view->height()) {
                const qreal bottom
                        = std::max(0.0, view->property("contentHeight").toReal() - view->height());
                view->setProperty("contentY", std::clamp(top - 12.0, 0.0, bottom));
            }
        }
        click(item);
    }

    /** Clicks the section named @p title in the list. */
    void selectSection(const QString &title)
    {
        const auto named = [this, &title]() -> QQuickItem * {
            for (QQuickItem *label : all(u"sectionName"_s)) {
                if (label->property("text").toString().startsWith(title + u' '))
                    return label;
            }
            return nullptr;
        };
        QTRY_VERIFY(named());
        clickShown(named());
        QTRY_COMPARE(shownNow(u"sectionTitle"_s).toString(), title);
    }

    void openCv(qint64 id)
    {
        QMetaObject::invokeMethod(page(), "open", Q_ARG(int, int(id)));
        QTRY_COMPARE(page()->property("cv").toMap().value(u"id"_s).toLongLong(), id);
    }

    /**
     * Clicks @p button, which opens the file dialog @p dialog, and picks @p file in it, as a
     * person choosing that file would.
     */
    void acceptFileDialog(const QString &button, const QString &dialog, const QString &file)
    {
        click(find(button));
        QObject *fileDialog = m_window->findChild<QObject *>(dialog);
        QVERIFY(fileDialog);
        QTRY_VERIFY(fileDialog->property("visible").toBool());
        // The dialog's own view of the folders answers its accept() with what is picked in it,
        // which a test cannot reach: it is closed, and the file handed over as its choice.
        QMetaObject::invokeMethod(fileDialog, "reject");
        QTRY_VERIFY(!fileDialog->property("visible").toBool());
        QVERIFY(fileDialog->setProperty("selectedFile", QUrl::fromLocalFile(file)));
        QCOMPARE(fileDialog->property("selectedFile").toUrl(), QUrl::fromLocalFile(file));
        QMetaObject::invokeMethod(fileDialog, "accepted");
    }

    /** The PdfPreview that the pages named @p name show. */
    QObject *pdfPreviewOf(const QString &name)
    {
        QQuickItem *pages = find(name);
        return pages ? pages->property("preview").value<QObject *>() : nullptr;
    }

    qint64 createCv(const QString &title)
    {
        const Reply created = m_server->post(u"/api/v1/cvs"_s,
                                             QJsonObject { { u"title"_s, title } }, m_talent.token);
        return created.status == 201 ? created.json().value(u"id"_s).toInteger() : 0;
    }
    QJsonObject cvOnServer(qint64 id)
    {
        return m_server->get(u"/api/v1/cvs/%1"_s.arg(id), m_talent.token).json();
    }
    QJsonObject newestCv()
    {
        const qint64 id = m_server->get(u"/api/v1/cvs"_s, m_talent.token)
                                  .json()
                                  .value(u"data"_s)[0][u"id"_s]
                                  .toInteger();
        return cvOnServer(id);
    }
    int cvCount()
    {
        return m_server->get(u"/api/v1/cvs"_s, m_talent.token)
                .json()
                .value(u"meta"_s)[u"total"_s]
                .toInt();
    }
    int generatedCount()
    {
        return m_server->get(u"/api/v1/cvs/generated"_s, m_talent.token)
                .json()
                .value(u"meta"_s)[u"total"_s]
                .toInt();
    }
    static QJsonObject sectionOf(const QJsonArray &sections, const QString &type)
    {
        for (const QJsonValue &section : sections) {
            if (section[u"type"_s].toString() == type)
                return section.toObject();
        }
        return {};
    }
    /** A one-page PDF saying @p words, as a CV someone wrote elsewhere would be. */
    static void writePdf(const QString &file, const QString &words)
    {
        QPdfWriter writer(file);
        QPainter painter(&writer);
        QFont font = painter.font();
        font.setPointSize(18);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), words);
    }

    TestUser m_talent;
    TestUser m_employer;
};

QTEST_MAIN(TestCvPages)
#include "tst_pages_cvs.moc"
