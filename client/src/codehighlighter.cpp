// SPDX-License-Identifier: Apache-2.0
#include "codehighlighter.h"

#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace wn::client {

namespace {

/** The reserved words of each language offered, by the start of the name the server gives it. */
QStringList keywordsOf(const QString &language)
{
    static const QStringList c {
        u"auto"_s,     u"break"_s,  u"case"_s,    u"char"_s,   u"const"_s,    u"continue"_s,
        u"default"_s,  u"do"_s,     u"double"_s,  u"else"_s,   u"enum"_s,     u"extern"_s,
        u"float"_s,    u"for"_s,    u"goto"_s,    u"if"_s,     u"int"_s,      u"long"_s,
        u"register"_s, u"return"_s, u"short"_s,   u"signed"_s, u"sizeof"_s,   u"static"_s,
        u"struct"_s,   u"switch"_s, u"typedef"_s, u"union"_s,  u"unsigned"_s, u"void"_s,
        u"volatile"_s, u"while"_s,  u"bool"_s,    u"true"_s,   u"false"_s,    u"NULL"_s,
    };
    static const QStringList cpp = c
            + QStringList { u"class"_s,   u"namespace"_s, u"template"_s, u"typename"_s, u"public"_s,
                            u"private"_s, u"protected"_s, u"virtual"_s,  u"new"_s,      u"delete"_s,
                            u"using"_s,   u"nullptr"_s,   u"this"_s,     u"try"_s,      u"catch"_s,
                            u"throw"_s,   u"constexpr"_s, u"std"_s };
    static const QStringList python {
        u"False"_s,  u"None"_s,     u"True"_s,  u"and"_s,    u"as"_s,       u"assert"_s,
        u"async"_s,  u"await"_s,    u"break"_s, u"class"_s,  u"continue"_s, u"def"_s,
        u"del"_s,    u"elif"_s,     u"else"_s,  u"except"_s, u"finally"_s,  u"for"_s,
        u"from"_s,   u"global"_s,   u"if"_s,    u"import"_s, u"in"_s,       u"is"_s,
        u"lambda"_s, u"nonlocal"_s, u"not"_s,   u"or"_s,     u"pass"_s,     u"raise"_s,
        u"return"_s, u"try"_s,      u"while"_s, u"with"_s,   u"yield"_s,
    };
    static const QStringList javascript {
        u"break"_s,   u"case"_s,       u"catch"_s, u"class"_s,    u"const"_s,  u"continue"_s,
        u"default"_s, u"delete"_s,     u"do"_s,    u"else"_s,     u"export"_s, u"extends"_s,
        u"false"_s,   u"finally"_s,    u"for"_s,   u"function"_s, u"if"_s,     u"import"_s,
        u"in"_s,      u"instanceof"_s, u"let"_s,   u"new"_s,      u"null"_s,   u"of"_s,
        u"return"_s,  u"switch"_s,     u"this"_s,  u"throw"_s,    u"true"_s,   u"try"_s,
        u"typeof"_s,  u"undefined"_s,  u"var"_s,   u"while"_s,    u"async"_s,  u"await"_s,
    };
    static const QStringList java {
        u"abstract"_s, u"boolean"_s,    u"break"_s,    u"byte"_s,    u"case"_s,      u"catch"_s,
        u"char"_s,     u"class"_s,      u"continue"_s, u"default"_s, u"do"_s,        u"double"_s,
        u"else"_s,     u"extends"_s,    u"final"_s,    u"finally"_s, u"float"_s,     u"for"_s,
        u"if"_s,       u"implements"_s, u"import"_s,   u"int"_s,     u"interface"_s, u"long"_s,
        u"new"_s,      u"null"_s,       u"package"_s,  u"private"_s, u"protected"_s, u"public"_s,
        u"return"_s,   u"short"_s,      u"static"_s,   u"super"_s,   u"switch"_s,    u"this"_s,
        u"throw"_s,    u"throws"_s,     u"try"_s,      u"void"_s,    u"while"_s,     u"true"_s,
        u"false"_s,    u"var"_s,
    };
    static const QStringList go {
        u"break"_s, u"case"_s,   u"chan"_s,        u"const"_s,     u"continue"_s, u"default"_s,
        u"defer"_s, u"else"_s,   u"fallthrough"_s, u"for"_s,       u"func"_s,     u"go"_s,
        u"goto"_s,  u"if"_s,     u"import"_s,      u"interface"_s, u"map"_s,      u"package"_s,
        u"range"_s, u"return"_s, u"select"_s,      u"struct"_s,    u"switch"_s,   u"type"_s,
        u"var"_s,   u"true"_s,   u"false"_s,       u"nil"_s,
    };
    if (language.startsWith(u"C++"_s))
        return cpp;
    if (language == u"C"_s || language.startsWith(u"C "_s))
        return c;
    if (language.startsWith(u"Python"_s))
        return python;
    if (language.startsWith(u"JavaScript"_s))
        return javascript;
    if (language.startsWith(u"Java"_s))
        return java;
    if (language.startsWith(u"Go"_s))
        return go;
    return {};
}

enum BlockState { Plain = 0, InBlockComment = 1 };

} // namespace

CodeSyntax::CodeSyntax(QTextDocument *document, const QString &language, const CodeColours &colours)
    : QSyntaxHighlighter(document)
    , m_keywords(keywordsOf(language))
    , m_lineComment(language.startsWith(u"Python"_s) ? u"#"_s : u"//"_s)
    , m_blockComments(!language.startsWith(u"Python"_s))
    , m_colours(colours)
{ }

void CodeSyntax::highlightBlock(const QString &text)
{
    QTextCharFormat keyword, string, comment, number;
    keyword.setForeground(m_colours.keyword);
    keyword.setFontWeight(QFont::Bold);
    string.setForeground(m_colours.string);
    comment.setForeground(m_colours.comment);
    comment.setFontItalic(true);
    number.setForeground(m_colours.number);

    setCurrentBlockState(Plain);
    qsizetype at = 0;
    // A block comment left open on an earlier line goes on here.
    if (previousBlockState() == InBlockComment) {
        const qsizetype end = text.indexOf(u"*/"_s);
        if (end < 0) {
            setFormat(0, int(text.size()), comment);
            setCurrentBlockState(InBlockComment);
            return;
        }
        setFormat(0, int(end + 2), comment);
        at = end + 2;
    }
    static const QRegularExpression word(u"[A-Za-z_][A-Za-z0-9_]*"_s);
    static const QRegularExpression numeral(
            u"\\b(0[xX][0-9a-fA-F_]+|[0-9][0-9_]*(\\.[0-9_]+)?([eE][+-]?[0-9]+)?)\\b"_s);
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (text.mid(at).startsWith(m_lineComment)) {
            setFormat(int(at), int(text.size() - at), comment);
            return;
        }
        if (m_blockComments && text.mid(at).startsWith(u"/*"_s)) {
            const qsizetype end = text.indexOf(u"*/"_s, at + 2);
            if (end < 0) {
                setFormat(int(at), int(text.size() - at), comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(at), int(end + 2 - at), comment);
            at = end + 2;
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            // To the same quote not escaped, or to the end of the line.
            qsizetype end = at + 1;
            while (end < text.size() && text.at(end) != c)
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            setFormat(int(at), int(end - at), string);
            at = end;
            continue;
        }
        if (c.isLetter() || c == u'_') {
            const QRegularExpressionMatch match = word.match(text, at);
            const QString found = match.captured();
            if (m_keywords.contains(found))
                setFormat(int(at), int(found.size()), keyword);
            at += std::max<qsizetype>(1, found.size());
            continue;
        }
        if (c.isDigit()) {
            const QRegularExpressionMatch match = numeral.match(text, at);
            if (match.hasMatch() && match.capturedStart() == at) {
                setFormat(int(at), int(match.capturedLength()), number);
                at += std::max<qsizetype>(1, match.capturedLength());
                continue;
            }
        }
        ++at;
    }
}

CodeHighlighter::CodeHighlighter(QObject *parent)
    : QObject(parent)
{ }

void CodeHighlighter::setDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    rebuild();
    Q_EMIT changed();
}

void CodeHighlighter::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    rebuild();
    Q_EMIT changed();
}

void CodeHighlighter::setColour(QColor &member, const QColor &colour)
{
    if (member == colour)
        return;
    member = colour;
    rebuild();
    Q_EMIT changed();
}

void CodeHighlighter::rebuild()
{
    delete m_syntax;
    m_syntax = nullptr;
    if (m_document && m_document->textDocument())
        m_syntax = new CodeSyntax(m_document->textDocument(), m_language,
                                  { m_keyword, m_string, m_comment, m_number });
}

} // namespace wn::client
