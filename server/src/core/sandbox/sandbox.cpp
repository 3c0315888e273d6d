// SPDX-License-Identifier: Apache-2.0
#include "sandbox.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <string>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

// Where things are inside the sandbox. The files handed in are read by bwrap from descriptors
// 10 and up, the artifact pipe is descriptor 3 of the program, bwrap's status descriptor 4.
constexpr int artifactFd = 3;
constexpr int statusFd = 4;
constexpr int reportFd = 5;
constexpr int firstFileFd = 10;
// Descriptors the parent prepares are moved above the targets first, so that placing one never
// overwrites another.
constexpr int parkedFdFloor = 256;
constexpr uid_t insideId = 65534; // "nobody" inside the sandbox's user namespace

/** The sandbox's first program (server/sandboxinit), embedded at build time. */
const QByteArray &initProgram()
{
    static const QByteArray program = [] {
        QFile file(u":/sandbox/init"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return program;
}

/** A descriptor that closes itself. */
struct Fd
{
    int fd = -1;
    Fd() = default;
    explicit Fd(int f)
        : fd(f)
    { }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd(Fd &&other) noexcept
        : fd(std::exchange(other.fd, -1))
    { }
    Fd &operator=(Fd &&other) noexcept
    {
        reset();
        fd = std::exchange(other.fd, -1);
        return *this;
    }
    ~Fd() { reset(); }
    void reset()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

/** Moves @p fd to a number at or above parkedFdFloor, close-on-exec. */
Fd parked(int fd)
{
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, parkedFdFloor);
    ::close(fd);
    return Fd(moved);
}

bool makePipe(Fd &readEnd, Fd &writeEnd)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    readEnd = parked(fds[0]);
    writeEnd = parked(fds[1]);
    return readEnd.fd >= 0 && writeEnd.fd >= 0;
}

Fd memoryFile(const SandboxFile &file)
{
    Fd fd(int(::syscall(SYS_memfd_create, "wn-sandbox-file", MFD_CLOEXEC)));
    if (fd.fd < 0)
        return fd;
    const char *data = file.content.constData();
    qint64 left = file.content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd.fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return Fd();
        data += written;
        left -= written;
    }
    ::lseek(fd.fd, 0, SEEK_SET);
    return parked(fd.fd == -1 ? -1 : std::exchange(fd.fd, -1));
}

/** A pidfd for the sandbox's init once bwrap's status has named it ({"child-pid": N}). */
Fd initOf(const QByteArray &status)
{
    for (const QByteArray &line : status.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"child-pid"_s))
            return Fd(int(
                    ::syscall(SYS_pidfd_open, pid_t(object.value(u"child-pid"_s).toInteger()), 0)));
    }
    return Fd();
}

bool plainName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && name != u"."_s && name != u".."_s
            && !name.contains(QChar(0));
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

/** Appends what @p fd has to @p into up to @p cap bytes; false at end of file. Sets @p over when
 * more than the cap arrived (the rest is read and dropped). */
bool drain(int fd, QByteArray &into, qint64 cap, bool &over)
{
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got > 0) {
            const qint64 room = cap - into.size();
            if (got > room) {
                over = true;
                into.append(buffer, qsizetype(std::max<qint64>(room, 0)));
            } else {
                into.append(buffer, got);
            }
            continue;
        }
        if (got == 0)
            return false;
        if (errno == EINTR)
            continue;
        return errno == EAGAIN || errno == EWOULDBLOCK;
    }
}

} // namespace

Sandbox::Sandbox(QString bwrapPath)
    : m_bwrap(std::move(bwrapPath))
{
    // A program that exits without reading its input must not take the server down with
    // SIGPIPE when the rest is written; the child restores the default before exec.
    ::signal(SIGPIPE, SIG_IGN);
}

QString Sandbox::signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return u"SIGSEGV"_s;
    case SIGXFSZ:
        return u"SIGXFSZ"_s;
    case SIGFPE:
        return u"SIGFPE"_s;
    case SIGABRT:
        return u"SIGABRT"_s;
    case SIGBUS:
        return u"SIGBUS"_s;
    case SIGKILL:
        return u"SIGKILL"_s;
    case SIGXCPU:
        return u"SIGXCPU"_s;
    case SIGILL:
        return u"SIGILL"_s;
    case SIGPIPE:
        return u"SIGPIPE"_s;
    case SIGTERM:
        return u"SIGTERM"_s;
    default:
        return u"signal %1"_s.arg(signal);
    }
}

bool Sandbox::available(QString *why) const
{
    SandboxRequest probe;
    probe.command = { u"true"_s };
    probe.limits.wallMs = 10000;
    const SandboxResult result = run(probe);
    if (result.end == SandboxResult::End::Exited && result.exitCode == 0)
        return true;
    if (why)
        *why = result.error.isEmpty() ? QString::fromUtf8(result.errors).trimmed() : result.error;
    return false;
}

SandboxResult Sandbox::run(const SandboxRequest &request, uint uid) const
{
    SandboxResult result;
    const SandboxLimits &limits = request.limits;
    if (request.command.isEmpty()) {
        result.error = u"no command"_s;
        return result;
    }

    // Everything the child needs is made before fork(): after it, only async-signal-safe calls.
    Fd inRead, inWrite, outRead, outWrite, errRead, errWrite, artRead, artWrite, statRead,
            statWrite, repRead, repWrite;
    if (!makePipe(inRead, inWrite) || !makePipe(outRead, outWrite) || !makePipe(errRead, errWrite)
        || !makePipe(artRead, artWrite) || !makePipe(statRead, statWrite)
        || !makePipe(repRead, repWrite)) {
        result.error = u"cannot make pipes: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    std::vector<Fd> files;
    QStringList args { m_bwrap,
                       u"--unshare-all"_s,
                       u"--unshare-user"_s,
                       u"--die-with-parent"_s,
                       u"--new-session"_s,
                       u"--uid"_s,
                       QString::number(insideId),
                       u"--gid"_s,
                       QString::number(insideId),
                       u"--hostname"_s,
                       u"box"_s,
                       u"--ro-bind"_s,
                       u"/usr"_s,
                       u"/usr"_s };
    for (const char *link : { "bin", "sbin", "lib", "lib64", "lib32", "libx32" }) {
        const QString name = QString::fromLatin1(link);
        if (QFileInfo(u"/usr/"_s + name).isDir())
            args << u"--symlink"_s << u"usr/"_s + name << u"/"_s + name;
    }
    for (const QString &path : request.readOnlyPaths)
        args << u"--ro-bind-try"_s << path << path;
    args << u"--proc"_s << u"/proc"_s << u"--dev"_s << u"/dev"_s << u"--size"_s
         << QString::number(limits.tmpfsKb * 1024) << u"--tmpfs"_s << u"/box"_s << u"--symlink"_s
         << u"/box"_s << u"/tmp"_s;
    if (initProgram().isEmpty()) {
        result.error = u"the sandbox's init program is missing from the build"_s;
        return result;
    }
    {
        Fd init = memoryFile({ u"init"_s, initProgram(), true });
        if (init.fd < 0) {
            result.error = u"cannot hold a file in memory"_s;
            return result;
        }
        args << u"--perms"_s << u"0555"_s << u"--file"_s << QString::number(firstFileFd)
             << u"/init"_s;
        files.push_back(std::move(init));
    }
    for (const SandboxFile &file : request.files) {
        if (!plainName(file.name)) {
            result.error = u"not a plain file name: %1"_s.arg(file.name);
            return result;
        }
        Fd fd = memoryFile(file);
        if (fd.fd < 0) {
            result.error = u"cannot hold a file in memory"_s;
            return result;
        }
        const int target = firstFileFd + int(files.size());
        args << u"--perms"_s << (file.executable ? u"0755"_s : u"0644"_s) << u"--file"_s
             << QString::number(target) << u"/box/"_s + file.name;
        files.push_back(std::move(fd));
    }
    const auto kb = [](qint64 value) { return QString::number(value * 1024); };
    // The CPU limit in whole seconds, past the measured limit: a backstop for a process that
    // spins (SIGXCPU at the limit rounded up to a second); the measurement decides the verdict.
    const int cpuSeconds = (limits.cpuMs + 999) / 1000;
    args << u"--remount-ro"_s << u"/"_s << u"--chdir"_s << u"/box"_s << u"--clearenv"_s
         << u"--setenv"_s << u"PATH"_s << u"/usr/bin:/bin"_s << u"--setenv"_s << u"HOME"_s
         << u"/box"_s << u"--setenv"_s << u"LANG"_s << u"C.UTF-8"_s << u"--json-status-fd"_s
         << QString::number(statusFd) << u"--"_s << u"/init"_s << QString::number(reportFd)
         << QString::number(limits.processes) << kb(limits.memoryKb + limits.extraAddressSpaceKb)
         << kb(limits.stackKb) << kb(limits.fileKb) << QString::number(limits.openFiles)
         << QString::number(cpuSeconds) << u"--"_s;
    args << request.command;

    std::vector<std::string> argStrings;
    argStrings.reserve(size_t(args.size()));
    for (const QString &arg : std::as_const(args))
        argStrings.push_back(arg.toStdString());
    std::vector<char *> argv;
    for (std::string &arg : argStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    char *emptyEnvironment[] = { nullptr };
    const bool dropToUid = ::geteuid() == 0 && uid != 0;
    std::vector<int> fileFds;
    for (const Fd &fd : files)
        fileFds.push_back(fd.fd);
    const int lastTarget = firstFileFd + int(files.size());

    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid < 0) {
        result.error = u"cannot fork: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (pid == 0) {
        ::setpgid(0, 0);
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (::dup2(inRead.fd, 0) < 0 || ::dup2(outWrite.fd, 1) < 0 || ::dup2(errWrite.fd, 2) < 0
            || ::dup2(artWrite.fd, artifactFd) < 0 || ::dup2(statWrite.fd, statusFd) < 0
            || ::dup2(repWrite.fd, reportFd) < 0)
            ::_exit(127);
        for (int i = reportFd + 1; i < firstFileFd; ++i)
            ::close(i);
        for (size_t i = 0; i < fileFds.size(); ++i)
            if (::dup2(fileFds[i], firstFileFd + int(i)) < 0)
                ::_exit(127);
        ::syscall(SYS_close_range, lastTarget, ~0U, 0);
        if (dropToUid) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid_t(uid)) != 0
                || ::setuid(uid_t(uid)) != 0)
                ::_exit(126);
        }
        ::execve(argv[0], argv.data(), emptyEnvironment);
        ::_exit(127);
    }
    inRead.reset();
    outWrite.reset();
    errWrite.reset();
    artWrite.reset();
    statWrite.reset();
    repWrite.reset();
    files.clear();

    for (const Fd *fd : { &inWrite, &outRead, &errRead, &artRead, &statRead, &repRead })
        setNonBlocking(fd->fd);
    qint64 inputSent = 0;
    if (request.input.isEmpty())
        inWrite.reset();
    bool outOver = false, errOver = false, artOver = false, statOver = false, repOver = false;
    bool outOpen = true, errOpen = true, artOpen = true, statOpen = true, repOpen = true;
    QByteArray status, report;
    // The sandbox's init, held by a pidfd from the moment bwrap names it (it is alive then: the
    // program has not even started), so that it can be killed and awaited without a race.
    Fd sandboxInit;
    bool killed = false;
    while (outOpen || errOpen || artOpen || statOpen || repOpen) {
        const qint64 left = limits.wallMs - clock.elapsed();
        if (left <= 0) {
            result.end = SandboxResult::End::WallLimit;
            break;
        }
        std::vector<pollfd> watched;
        std::vector<int> which;
        auto watch = [&](int fd, short events, int tag) {
            watched.push_back({ fd, events, 0 });
            which.push_back(tag);
        };
        if (inWrite.fd >= 0)
            watch(inWrite.fd, POLLOUT, 0);
        if (outOpen)
            watch(outRead.fd, POLLIN, 1);
        if (errOpen)
            watch(errRead.fd, POLLIN, 2);
        if (artOpen)
            watch(artRead.fd, POLLIN, 3);
        if (statOpen)
            watch(statRead.fd, POLLIN, 4);
        if (repOpen)
            watch(repRead.fd, POLLIN, 5);
        const int ready
                = ::poll(watched.data(), nfds_t(watched.size()), int(std::min<qint64>(left, 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        for (size_t i = 0; i < watched.size(); ++i) {
            if (!watched[i].revents)
                continue;
            switch (which[i]) {
            case 0: {
                const ssize_t sent = ::write(inWrite.fd, request.input.constData() + inputSent,
                                             size_t(request.input.size() - inputSent));
                if (sent > 0)
                    inputSent += sent;
                if ((sent < 0 && errno != EAGAIN && errno != EINTR)
                    || inputSent >= request.input.size())
                    inWrite.reset(); // done, or the program closed its stdin
                break;
            }
            case 1:
                outOpen = drain(outRead.fd, result.output, limits.outputBytes, outOver);
                break;
            case 2:
                errOpen = drain(errRead.fd, result.errors, limits.outputBytes, errOver);
                break;
            case 3:
                artOpen = drain(artRead.fd, result.artifact, limits.artifactBytes, artOver);
                break;
            case 4:
                statOpen = drain(statRead.fd, status, 4096, statOver);
                if (sandboxInit.fd < 0)
                    sandboxInit = initOf(status);
                break;
            case 5:
                repOpen = drain(repRead.fd, report, 256, repOver);
                break;
            }
        }
        if (outOver || errOver) {
            result.end = SandboxResult::End::OutputLimit;
            break;
        }
    }
    inWrite.reset();
    // bwrap writes {"child-pid": N} once the sandbox's init runs, and {"exit-code": N} when the
    // program ends.
    std::optional<int> exitCode;
    for (const QByteArray &line : status.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"exit-code"_s))
            exitCode = object.value(u"exit-code"_s).toInt();
    }
    const bool started = sandboxInit.fd >= 0;
    if (outOpen || errOpen || artOpen || statOpen || repOpen
        || result.end != SandboxResult::End::Failed) {
        killed = true;
        if (started)
            ::syscall(SYS_pidfd_send_signal, sandboxInit.fd, SIGKILL, nullptr, 0);
        else
            ::kill(-pid, SIGKILL);
    }
    // The init of a PID namespace ends only once the kernel has killed and reaped every other
    // process in it; waiting for it means nothing of the run outlives it.
    if (started) {
        pollfd gone { sandboxInit.fd, POLLIN, 0 };
        if (::poll(&gone, 1, 5000) == 0) {
            ::syscall(SYS_pidfd_send_signal, sandboxInit.fd, SIGKILL, nullptr, 0);
            ::poll(&gone, 1, 5000);
        }
    }
    int waitStatus = 0;
    rusage usage {};
    bool reaped = false;
    {
        QElapsedTimer grace;
        grace.start();
        for (;;) {
            const pid_t done = ::wait4(pid, &waitStatus, WNOHANG, &usage);
            if (done == pid || (done < 0 && errno != EINTR)) {
                reaped = true;
                break;
            }
            if (grace.elapsed() > 5000) {
                ::kill(-pid, SIGKILL);
                break;
            }
            ::usleep(1000);
        }
    }
    while (!reaped && ::wait4(pid, &waitStatus, 0, &usage) < 0 && errno == EINTR) { }
    result.wallMs = int(clock.elapsed());
    result.cpuMs = int((usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
                       + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000);
    result.memoryKb = usage.ru_maxrss;
    result.artifactTooLarge = artOver;

    if (result.end == SandboxResult::End::Failed && !killed) {
        if (!started) {
            result.error = u"the sandbox did not start: %1"_s.arg(
                    QString::fromUtf8(result.errors).trimmed().left(500));
            return result;
        }
        // The init reports the program's end exactly; if the program killed it, bwrap's exit
        // status says 128 + the signal for a program killed by one, as a shell does.
        const QList<QByteArray> words = report.trimmed().split(' ');
        if (words.size() == 4 && (words.at(0) == "exit" || words.at(0) == "signal")) {
            const bool signaled = words.at(0) == "signal";
            result.end = signaled ? SandboxResult::End::Signaled : SandboxResult::End::Exited;
            (signaled ? result.signal : result.exitCode) = words.at(1).toInt();
            result.cpuMs = int(words.at(2).toLongLong() / 1000);
            result.memoryKb = words.at(3).toLongLong();
        } else {
            const int code
                    = exitCode.value_or(WIFEXITED(waitStatus) ? WEXITSTATUS(waitStatus) : 255);
            if (code > 128 && code < 128 + 65) {
                result.end = SandboxResult::End::Signaled;
                result.signal = code - 128;
            } else {
                result.end = SandboxResult::End::Exited;
                result.exitCode = code;
            }
        }
    }
    if (result.end != SandboxResult::End::WallLimit && result.end != SandboxResult::End::OutputLimit
        && (result.cpuMs > limits.cpuMs
            || (result.end == SandboxResult::End::Signaled
                && (result.signal == SIGXCPU
                    || (result.signal == SIGKILL && result.cpuMs >= limits.cpuMs)))))
        result.end = SandboxResult::End::CpuLimit;
    return result;
}

} // namespace wn
