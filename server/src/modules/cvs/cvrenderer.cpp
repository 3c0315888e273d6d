// SPDX-License-Identifier: Apache-2.0
#include "cvrenderer.h"

#include "core/config.h"

#include <wn/common/apierror.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCvRender, "worknation.server.cvs.render")

namespace wn {

CvRenderer::CvRenderer(const Config &config)
    : m_program(config.value(u"cvs/renderer"_s))
{
    if (m_program.isEmpty())
        m_program
                = QDir(QCoreApplication::applicationDirPath()).filePath(u"worknation-cv-render"_s);
}

QByteArray CvRenderer::render(const QJsonObject &cv) const
{
    const ApiError unavailable(503, u"The PDF could not be made just now; try again later"_s);
    // A renderer is a process holding a request thread for up to timeoutMs: no more run at once
    // than there are cores, whoever asks.
    static QSemaphore renderers(std::max(1, QThread::idealThreadCount()));
    if (!renderers.tryAcquire(1, waitForSlotMs))
        throw unavailable;
    const QSemaphoreReleaser release(renderers);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(m_program, {});
    if (!process.waitForStarted(timeoutMs)) {
        qCCritical(lcCvRender) << "cannot start" << m_program << process.errorString();
        throw unavailable;
    }
    process.write(QJsonDocument(cv).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QByteArray pdf;
    QByteArray errors; // the last of what it wrote to stderr, for the log
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        pdf += process.readAllStandardOutput();
        errors = (errors + process.readAllStandardError()).right(maxErrorBytes);
        if (pdf.size() > maxPdfBytes)
            break;
    }
    if (process.state() != QProcess::NotRunning) {
        qCCritical(lcCvRender) << "the renderer took too long or wrote too much; stopped";
        process.kill();
        process.waitForFinished(1000);
        throw unavailable;
    }
    pdf += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || !pdf.startsWith("%PDF-")) {
        qCCritical(lcCvRender) << "the renderer failed:" << process.exitCode()
                               << (errors + process.readAllStandardError()).right(maxErrorBytes);
        throw unavailable;
    }
    return pdf;
}

} // namespace wn
