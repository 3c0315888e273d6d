// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace wn {

/** @brief What one sandboxed process may use. */
struct SandboxLimits
{
    int cpuMs = 2000; ///< CPU time of every process together, as measured at the end
    int wallMs = 5000; ///< real time before the whole sandbox is killed
    qint64 memoryKb = 128 * 1024; ///< address space of each process (RLIMIT_AS)
    /** Added to the address space for runtimes that reserve far more than they use (the JVM, V8),
     * whose heap is then capped by the language's own flag. */
    qint64 extraAddressSpaceKb = 0;
    qint64 stackKb = 64 * 1024;
    int processes = 60; ///< processes and threads inside the sandbox
    qint64 fileKb = 1024; ///< largest file a process may write (RLIMIT_FSIZE)
    int openFiles = 64;
    qint64 tmpfsKb = 64 * 1024; ///< size of the writable working directory /box
    qint64 outputBytes = 1024 * 1024; ///< stdout and stderr each; more kills the run
    qint64 artifactBytes = 64 * 1024 * 1024; ///< what the program writes to fd 3
};

/** @brief A file placed in the sandbox's working directory before the command starts. */
struct SandboxFile
{
    QString name; ///< a plain file name: no slash, not "." or ".."
    QByteArray content;
    bool executable = false;
};

/** @brief One program to run: in /box, with only what it is given. */
struct SandboxRequest
{
    QStringList command; ///< argv; the program is looked up in PATH=/usr/bin:/bin
    QByteArray input; ///< stdin
    QList<SandboxFile> files;
    QStringList readOnlyPaths; ///< host paths bound read-only at the same place (besides /usr)
    SandboxLimits limits;
};

/** @brief How the program ended and what it used. */
struct SandboxResult
{
    enum class End {
        Exited, ///< exited on its own; see exitCode
        Signaled, ///< killed by signal (SIGSEGV, SIGFPE, SIGXFSZ, ...)
        CpuLimit, ///< used more than limits.cpuMs
        WallLimit, ///< still running at limits.wallMs
        OutputLimit, ///< wrote more than limits.outputBytes
        Failed, ///< the sandbox itself could not run it (see error)
    };
    End end = End::Failed;
    int exitCode = 0;
    int signal = 0;
    QByteArray output; ///< stdout, at most limits.outputBytes
    QByteArray errors; ///< stderr, at most limits.outputBytes
    QByteArray artifact; ///< what was written to fd 3
    bool artifactTooLarge = false;
    int cpuMs = 0;
    int wallMs = 0;
    qint64 memoryKb = 0; ///< the largest resident size of any process
    QString error; ///< for End::Failed
};

/**
 * @brief Runs untrusted programs under bubblewrap: every namespace unshared (no network), a new
 * session, an empty environment (bwrap itself is started without one: a process inside can read
 * its environment through /proc/1/environ), read-only binds of /usr and the paths asked for, a
 * size-capped tmpfs as /box, rlimits on CPU, address space, stack, file size, open files and
 * processes, and a wall-clock kill of the whole process group. Input goes in and output comes
 * out through pipes and memory files only: nothing the sandbox creates is ever opened by path.
 *
 * When the server runs as root, the sandbox is started as @p uid (an unused uid, per concurrent
 * run), so that the process limit counts only that run and root's privileges never reach in.
 * Thread-safe: each run is independent.
 */
class Sandbox
{
public:
    explicit Sandbox(QString bwrapPath = QStringLiteral("/usr/bin/bwrap"));

    SandboxResult run(const SandboxRequest &request, uint uid = 0) const;

    /** Whether bwrap is there and can make its namespaces here; @p why says why not. */
    bool available(QString *why = nullptr) const;

    /** The signal's name as Judge0 writes it ("SIGSEGV"), or "signal N". */
    static QString signalName(int signal);

private:
    QString m_bwrap;
};

} // namespace wn
