// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/sandbox/sandbox.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wn {

/** @brief A language code runs in: one row of code_languages. */
struct CodeLanguage
{
    qint64 id = 0;
    QString name;
    QString version;
    QString fileName; ///< the source's name in /box ("main.c", "Main.java")
    QStringList compileCommand; ///< empty: the source runs as it is
    QStringList runCommand; ///< "{memory_mb}" is replaced by the memory limit
    QStringList versionCommand;
    QStringList readOnlyPaths; ///< host paths the compiler or runtime needs besides /usr
    int extraAddressSpaceMb = 0; ///< for runtimes that reserve far more than they use
};

/** @brief One test case as the judge sees it. */
struct JudgeCase
{
    qint64 id = 0;
    QByteArray input;
    QByteArray expectedOutput;
    int weight = 1;
};

/** @brief One case's verdict and what the run used. */
struct CaseVerdict
{
    qint64 caseId = 0;
    QString status; ///< a CodeVerdict
    QByteArray output;
    QByteArray errors;
    std::optional<int> exitCode;
    QString signal; ///< "SIGSEGV", empty when none
    int cpuMs = 0;
    int wallMs = 0;
    qint64 memoryKb = 0;
};

/** @brief A whole submission's verdict: its compilation and each case it ran. */
struct JudgeReport
{
    QString status; ///< Accepted when every case was; otherwise the first failing case's
    QString compileOutput;
    QString message; ///< what went wrong, for Internal Error and the limits
    QList<CaseVerdict> cases;
    int score = 0; ///< the weights of the accepted cases
    int maxScore = 0;
    int passed = 0;
};

/**
 * @brief Compiles a submission once, in the sandbox, and runs the binary against each case in a
 * fresh sandbox, giving Judge0's verdicts. The compiler's output comes back as a tar stream on a
 * pipe; only its regular files with plain names are kept, in memory, and handed to each run.
 */
class Judge
{
public:
    explicit Judge(Sandbox sandbox = Sandbox());

    JudgeReport judge(const CodeLanguage &language, const QString &source,
                      const QList<JudgeCase> &cases, const SandboxLimits &limits,
                      bool stopAtFirstFailure, uint uid = 0) const;

    /** The language's version, as its compiler says it (the first line); empty if it fails. */
    QString version(const CodeLanguage &language, uint uid = 0) const;

    /** The verdict of one run against @p expected. */
    static QString verdictOf(const SandboxResult &run, const QByteArray &expected);
    /** Whether @p output answers @p expected: equal but for trailing spaces on each line and
     * trailing empty lines. */
    static bool sameOutput(const QByteArray &output, const QByteArray &expected);
    /** The regular files of a tar stream with plain names; links and folders are dropped. */
    static QList<SandboxFile> filesOfTar(const QByteArray &tar);

private:
    Sandbox m_sandbox;
};

} // namespace wn
