// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace wn {

/**
 * @brief The words of an uploaded CV file, for the candidate search: a PDF's text through
 * pdftotext run in the sandbox (a PDF is untrusted input to a large parser), a Word document's
 * paragraphs from word/document.xml.
 */
namespace CvText {

/** Characters of text kept from one file. */
constexpr qsizetype maxChars = 100000;

/** The text of @p bytes, of the detected @p type; empty when none could be read (a scanned PDF,
 *  or no pdftotext or sandbox on this machine: the file is kept all the same). */
QString extract(const QString &type, const QByteArray &bytes);

} // namespace CvText

} // namespace wn
