// SPDX-License-Identifier: Apache-2.0
#include "judge.h"

#include <wn/common/workflows.h>

#include <csignal>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

/** Compilers get room of their own, whatever the challenge allows its programs. */
SandboxLimits compileLimits(const CodeLanguage &language)
{
    SandboxLimits limits;
    limits.cpuMs = 15000;
    limits.wallMs = 30000;
    limits.memoryKb = 1024 * 1024;
    limits.extraAddressSpaceKb = qint64(language.extraAddressSpaceMb) * 1024;
    limits.stackKb = 64 * 1024;
    limits.processes = 60;
    limits.fileKb = 64 * 1024;
    limits.tmpfsKb = 256 * 1024;
    limits.outputBytes = 64 * 1024;
    return limits;
}

QStringList withMemory(QStringList command, qint64 memoryKb)
{
    for (QString &arg : command)
        arg.replace(u"{memory_mb}"_s, QString::number(std::max<qint64>(memoryKb / 1024, 1)));
    return command;
}

QByteArray trimmedLines(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &line : lines) {
        qsizetype end = line.size();
        while (end > 0
               && (line.at(end - 1) == ' ' || line.at(end - 1) == '\t' || line.at(end - 1) == '\r'))
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join('\n');
}

qint64 octal(const char *field, int length)
{
    qint64 value = 0;
    for (int i = 0; i < length && field[i]; ++i) {
        if (field[i] == ' ')
            continue;
        if (field[i] < '0' || field[i] > '7')
            return -1;
        value = value * 8 + (field[i] - '0');
    }
    return value;
}

} // namespace

Judge::Judge(Sandbox sandbox)
    : m_sandbox(std::move(sandbox))
{ }

bool Judge::sameOutput(const QByteArray &output, const QByteArray &expected)
{
    return trimmedLines(output) == trimmedLines(expected);
}

QString Judge::verdictOf(const SandboxResult &run, const QByteArray &expected)
{
    switch (run.end) {
    case SandboxResult::End::CpuLimit:
    case SandboxResult::End::WallLimit:
        return CodeVerdict::TimeLimit;
    case SandboxResult::End::OutputLimit:
        return CodeVerdict::OtherError;
    case SandboxResult::End::Failed:
        return CodeVerdict::InternalError;
    case SandboxResult::End::Signaled:
        switch (run.signal) {
        case SIGSEGV:
        case SIGBUS:
            return CodeVerdict::Sigsegv;
        case SIGXFSZ:
            return CodeVerdict::Sigxfsz;
        case SIGFPE:
            return CodeVerdict::Sigfpe;
        case SIGABRT:
            return CodeVerdict::Sigabrt;
        default:
            return CodeVerdict::OtherError;
        }
    case SandboxResult::End::Exited:
        if (run.exitCode != 0)
            return CodeVerdict::Nzec;
        return sameOutput(run.output, expected) ? CodeVerdict::Accepted : CodeVerdict::WrongAnswer;
    }
    return CodeVerdict::InternalError;
}

QList<SandboxFile> Judge::filesOfTar(const QByteArray &tar)
{
    QList<SandboxFile> files;
    qsizetype at = 0;
    while (at + 512 <= tar.size()) {
        const char *header = tar.constData() + at;
        if (header[0] == '\0')
            break; // the two empty blocks at the end
        const qint64 size = octal(header + 124, 12);
        if (size < 0 || at + 512 + size > tar.size())
            break;
        const char type = header[156];
        QString name = QString::fromUtf8(header, qsizetype(qstrnlen(header, 100)));
        if (name.startsWith(u"./"_s))
            name = name.mid(2);
        const bool regular = type == '0' || type == '\0';
        // A name with a slash would be a folder's file; links are never followed or kept.
        if (regular && !name.isEmpty() && !name.contains(u'/') && name != u".."_s) {
            const qint64 mode = octal(header + 100, 8);
            files.append({ name, tar.mid(at + 512, qsizetype(size)), mode > 0 && (mode & 0100) });
        }
        at += 512 + ((size + 511) / 512) * 512;
    }
    return files;
}

QString Judge::version(const CodeLanguage &language, uint uid) const
{
    if (language.versionCommand.isEmpty())
        return {};
    SandboxRequest request;
    request.command = language.versionCommand;
    request.readOnlyPaths = language.readOnlyPaths;
    request.limits = compileLimits(language);
    const SandboxResult run = m_sandbox.run(request, uid);
    if (run.end != SandboxResult::End::Exited || run.exitCode != 0)
        return {};
    // Java writes its version to stderr, the others to stdout.
    const QByteArray text = run.output.trimmed().isEmpty() ? run.errors : run.output;
    return QString::fromUtf8(text.trimmed().split('\n').value(0)).trimmed().left(200);
}

JudgeReport Judge::judge(const CodeLanguage &language, const QString &source,
                         const QList<JudgeCase> &cases, const SandboxLimits &limits,
                         bool stopAtFirstFailure, uint uid) const
{
    JudgeReport report;
    for (const JudgeCase &testCase : cases)
        report.maxScore += testCase.weight;
    QList<SandboxFile> program { { language.fileName, source.toUtf8(), false } };

    if (!language.compileCommand.isEmpty()) {
        SandboxRequest compile;
        // The compiler's messages are the compile output; on success every file it left in /box
        // comes back through descriptor 3.
        compile.command = QStringList {
            u"/bin/sh"_s, u"-c"_s,
            u"\"$@\" 2>&1 && exec tar -cf - --exclude=./%1 . >&3"_s.arg(language.fileName), u"sh"_s
        } + withMemory(language.compileCommand, compileLimits(language).memoryKb);
        compile.files = program;
        compile.readOnlyPaths = language.readOnlyPaths;
        compile.limits = compileLimits(language);
        const SandboxResult built = m_sandbox.run(compile, uid);
        report.compileOutput = QString::fromUtf8(built.output);
        if (built.end == SandboxResult::End::Failed) {
            report.status = CodeVerdict::InternalError;
            report.message = built.error;
            return report;
        }
        if (built.end != SandboxResult::End::Exited || built.exitCode != 0) {
            report.status = CodeVerdict::CompilationError;
            if (built.end == SandboxResult::End::CpuLimit
                || built.end == SandboxResult::End::WallLimit)
                report.message = u"The compiler ran out of time"_s;
            else if (built.end == SandboxResult::End::OutputLimit)
                report.message = u"The compiler wrote too much"_s;
            return report;
        }
        if (built.artifactTooLarge) {
            report.status = CodeVerdict::CompilationError;
            report.message = u"The compiled program is too large"_s;
            return report;
        }
        program = filesOfTar(built.artifact);
    }

    for (const JudgeCase &testCase : cases) {
        SandboxRequest run;
        run.command = withMemory(language.runCommand, limits.memoryKb);
        run.files = program;
        run.input = testCase.input;
        run.readOnlyPaths = language.readOnlyPaths;
        run.limits = limits;
        run.limits.extraAddressSpaceKb = qint64(language.extraAddressSpaceMb) * 1024;
        const SandboxResult result = m_sandbox.run(run, uid);
        CaseVerdict verdict;
        verdict.caseId = testCase.id;
        verdict.status = verdictOf(result, testCase.expectedOutput);
        verdict.output = result.output;
        verdict.errors = result.errors;
        if (result.end == SandboxResult::End::Exited)
            verdict.exitCode = result.exitCode;
        if (result.end == SandboxResult::End::Signaled)
            verdict.signal = Sandbox::signalName(result.signal);
        verdict.cpuMs = result.cpuMs;
        verdict.wallMs = result.wallMs;
        verdict.memoryKb = result.memoryKb;
        if (result.end == SandboxResult::End::Failed && report.message.isEmpty())
            report.message = result.error;
        if (result.end == SandboxResult::End::OutputLimit && report.message.isEmpty())
            report.message = u"Output limit exceeded (%1 bytes)"_s.arg(limits.outputBytes);
        report.cases.append(verdict);
        if (verdict.status == CodeVerdict::Accepted) {
            ++report.passed;
            report.score += testCase.weight;
        } else if (report.status.isEmpty()) {
            report.status = verdict.status;
        }
        if (stopAtFirstFailure && verdict.status != CodeVerdict::Accepted)
            break;
    }
    if (report.status.isEmpty())
        report.status = CodeVerdict::Accepted;
    return report;
}

} // namespace wn
