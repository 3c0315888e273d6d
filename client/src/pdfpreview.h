// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QJSValue>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QPdfDocument;

namespace wn::client {

/**
 * @brief A PDF the server answered (a CV's preview, a generated or uploaded CV), held in memory
 * to be drawn page by page in the client (PdfPage) and saved where the person chooses.
 */
class PdfPreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY changed)

public:
    enum class Status { Empty, Loading, Ready, Failed };
    Q_ENUM(Status)

    explicit PdfPreview(QObject *parent = nullptr);
    ~PdfPreview() override;

    Status status() const { return m_status; }
    QString error() const { return m_error; }
    int pageCount() const;
    QPdfDocument *document() const { return m_document.get(); }

    /** Fetches operation @p name's answer (a PDF the server draws, such as "cvPreview"). */
    Q_INVOKABLE void load(const QString &name, const QVariantMap &arguments);
    /** Fetches a signed link the server handed out (a generated or an uploaded CV). */
    Q_INVOKABLE void loadLink(const QString &url);
    /** Shows the PDF in @p bytes (what the two above do once the answer is in). */
    void show(const QByteArray &bytes);
    /** Forgets the PDF. */
    Q_INVOKABLE void clear();
    /** Writes the PDF held to @p file; answers "" or one line saying what went wrong. */
    Q_INVOKABLE QString saveAs(const QUrl &file) const;
    /**
     * Saves the file behind a signed link (a generated PDF, an uploaded CV) as @p file;
     * @p done gets one line saying what went wrong, or "".
     */
    Q_INVOKABLE void saveLink(const QString &url, const QUrl &file, const QJSValue &done);
    /** The text of page @p page, as a person would select it. */
    Q_INVOKABLE QString pageText(int page) const;

Q_SIGNALS:
    void changed();

private:
    void fetch(const QByteArray &method, const QString &path);
    /** The path (from /api/ on, with its query) of a link the server handed out; "" if none. */
    static QString linkPath(const QString &url);
    void setState(Status status, const QString &error = {});

    std::unique_ptr<QPdfDocument> m_document;
    QByteArray m_bytes;
    QBuffer m_buffer;
    Status m_status = Status::Empty;
    QString m_error;
    int m_request = 0; // the answer awaited; an older one arriving late is dropped
};

/**
 * @brief One page of a PdfPreview, drawn at the item's size (its height follows the page's shape
 * for the width it is given).
 */
class PdfPage : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(wn::client::PdfPreview *preview READ preview WRITE setPreview NOTIFY previewChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    /** The page's height over its width (A4: 1.414), so a layout can size it. */
    Q_PROPERTY(qreal aspect READ aspect NOTIFY aspectChanged)

public:
    explicit PdfPage(QQuickItem *parent = nullptr);

    PdfPreview *preview() const { return m_preview; }
    void setPreview(PdfPreview *preview);
    int page() const { return m_page; }
    void setPage(int page);
    qreal aspect() const;

protected:
    QSGNode *updatePaintNode(QSGNode *node, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

Q_SIGNALS:
    void previewChanged();
    void pageChanged();
    void aspectChanged();

private:
    void documentChanged();

    QPointer<PdfPreview> m_preview;
    int m_page = 0;
    bool m_stale = true; // the page or the document changed since the last drawing
};

} // namespace wn::client
