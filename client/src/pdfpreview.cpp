// SPDX-License-Identifier: Apache-2.0
#include "pdfpreview.h"

#include "backend.h"
#include "session.h"

#include <QFile>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QQuickWindow>
#include <QSGImageNode>

using namespace Qt::StringLiterals;

namespace wn::client {

PdfPreview::PdfPreview(QObject *parent)
    : QObject(parent)
    , m_document(std::make_unique<QPdfDocument>())
{
    connect(m_document.get(), &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status s) {
        if (s == QPdfDocument::Status::Ready)
            setState(Status::Ready);
        else if (s == QPdfDocument::Status::Error)
            setState(Status::Failed, tr("The PDF cannot be read."));
    });
}

PdfPreview::~PdfPreview()
{
    m_document->close(); // before the buffer it reads goes
}

int PdfPreview::pageCount() const
{
    return m_status == Status::Ready ? m_document->pageCount() : 0;
}

void PdfPreview::load(const QString &name, const QVariantMap &arguments)
{
    const auto resolved = Backend::resolve(name, QJsonObject::fromVariantMap(arguments));
    if (!resolved) {
        setState(Status::Failed, tr("The client has no operation named %1.").arg(name));
        return;
    }
    fetch(resolved->method, resolved->path);
}

QString PdfPreview::linkPath(const QString &url)
{
    // A link is made with the server's public address; the client reaches the same server at
    // the address it was given, so only the path (from /api/ on) and its query are kept.
    const QUrl link(url);
    const QString path = link.path();
    const qsizetype api = path.indexOf(u"/api/"_s);
    if (!link.isValid() || api < 0)
        return {};
    return path.mid(api) + (link.hasQuery() ? u'?' + link.query() : QString());
}

void PdfPreview::loadLink(const QString &url)
{
    const QString path = linkPath(url);
    if (path.isEmpty()) {
        setState(Status::Failed, tr("%1 is not a file of the server.").arg(url));
        return;
    }
    fetch("GET", path);
}

void PdfPreview::saveLink(const QString &url, const QUrl &file, const QJSValue &done)
{
    const auto finish = [done](const QString &error) {
        if (done.isCallable())
            QJSValue(done).call({ QJSValue(error) });
    };
    const QString path = linkPath(url);
    if (path.isEmpty()) {
        finish(tr("%1 is not a file of the server.").arg(url));
        return;
    }
    const QString target = file.isLocalFile() ? file.toLocalFile() : file.toString();
    Session::instance()->api()->sendRaw(
            "GET", path, {}, "application/json",
            [guard = QPointer<PdfPreview>(this), target,
             finish](int status, const QByteArray &bytes, const QNetworkReply &) {
                if (!guard)
                    return;
                if (status < 200 || status >= 300) {
                    finish(ApiClient::errorMessage(status, QJsonDocument::fromJson(bytes).object()));
                    return;
                }
                QFile out(target);
                if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                    finish(tr("%1 cannot be written.").arg(target));
                else
                    finish(QString());
            });
}

void PdfPreview::fetch(const QByteArray &method, const QString &path)
{
    const int request = ++m_request;
    // What was shown goes at once: a failure must not leave it to be saved as the new file.
    m_document->close();
    m_buffer.close();
    m_bytes.clear();
    setState(Status::Loading);
    Session::instance()->api()->sendRaw(
            method, path, {}, "application/json",
            [this, guard = QPointer<PdfPreview>(this), request](int status, const QByteArray &bytes,
                                                                const QNetworkReply &) {
                if (!guard || request != m_request)
                    return;
                if (status < 200 || status >= 300) {
                    setState(Status::Failed,
                             ApiClient::errorMessage(status,
                                                     QJsonDocument::fromJson(bytes).object()));
                    return;
                }
                show(bytes);
            });
}

void PdfPreview::show(const QByteArray &bytes)
{
    m_document->close();
    m_buffer.close();
    if (!bytes.startsWith("%PDF-")) {
        m_bytes = bytes; // still saved as it came (a Word document)
        setState(Status::Failed,
                 tr("This file is not a PDF, so it cannot be shown here: save it to open it."));
        return;
    }
    m_bytes = bytes;
    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    setState(Status::Loading);
    m_document->load(&m_buffer);
    // A buffer is read at once; the status signal has said so unless it was Ready already.
    if (m_document->status() == QPdfDocument::Status::Ready)
        setState(Status::Ready);
}

void PdfPreview::clear()
{
    ++m_request;
    m_document->close();
    m_buffer.close();
    m_bytes.clear();
    setState(Status::Empty);
}

QString PdfPreview::saveAs(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (m_bytes.isEmpty())
        return tr("There is no file to save yet.");
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(m_bytes) != m_bytes.size())
        return tr("%1 cannot be written.").arg(path);
    return {};
}

QString PdfPreview::pageText(int page) const
{
    if (m_status != Status::Ready || page < 0 || page >= m_document->pageCount())
        return {};
    return m_document->getAllText(page).text();
}

void PdfPreview::setState(Status status, const QString &error)
{
    if (m_status == status && m_error == error)
        return;
    m_status = status;
    m_error = error;
    Q_EMIT changed();
}

PdfPage::PdfPage(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
}

void PdfPage::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        update();
}

void PdfPage::setPreview(PdfPreview *preview)
{
    if (m_preview == preview)
        return;
    if (m_preview)
        disconnect(m_preview, nullptr, this, nullptr);
    m_preview = preview;
    if (m_preview)
        connect(m_preview, &PdfPreview::changed, this, &PdfPage::documentChanged);
    Q_EMIT previewChanged();
    documentChanged();
}

void PdfPage::setPage(int page)
{
    if (m_page == page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
    documentChanged();
}

qreal PdfPage::aspect() const
{
    if (!m_preview || m_page >= m_preview->pageCount())
        return 297.0 / 210.0; // A4 until the page is known
    const QSizeF size = m_preview->document()->pagePointSize(m_page);
    return size.width() > 0 ? size.height() / size.width() : 297.0 / 210.0;
}

void PdfPage::documentChanged()
{
    m_stale = true;
    Q_EMIT aspectChanged();
    update();
}

QSGNode *PdfPage::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    // Runs on the render thread while the GUI thread waits: the document is not touched meanwhile.
    auto *node = static_cast<QSGImageNode *>(old);
    const QSize pixels = (size() * window()->effectiveDevicePixelRatio()).toSize();
    if (!m_preview || m_page >= m_preview->pageCount() || pixels.isEmpty()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        m_stale = true;
    }
    if (m_stale || node->texture()->textureSize() != pixels) {
        // Drawn on white, as paper: the page's own background may be transparent.
        QImage paper(pixels, QImage::Format_ARGB32_Premultiplied);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, m_preview->document()->render(m_page, pixels));
        painter.end();
        node->setTexture(window()->createTextureFromImage(paper));
        m_stale = false;
    }
    node->setRect(boundingRect());
    return node;
}

} // namespace wn::client
