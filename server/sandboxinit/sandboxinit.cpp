// SPDX-License-Identifier: Apache-2.0
// The first program inside the sandbox: it applies the run's resource limits to a child, runs the
// submitted program there, and reports how it ended and what it used on a descriptor of its own.
// bwrap's own report cannot tell an exit status of 139 from a SIGSEGV, and loses the program's
// CPU time and memory; this one waits for the program itself, so the kernel hands it both.
//
// Usage: init STATUS_FD PROCESSES ADDRESS_SPACE STACK FILE_SIZE OPEN_FILES CPU_SECONDS -- argv...
// (sizes in bytes). It writes one line: "exit N cpu_us maxrss_kb" or "signal N cpu_us maxrss_kb".
// Linked statically and handed in as a file, so it needs nothing from the host.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

bool limit(int resource, unsigned long long soft, unsigned long long hard)
{
    const rlimit value { static_cast<rlim_t>(soft), static_cast<rlim_t>(hard) };
    return setrlimit(resource, &value) == 0;
}

unsigned long long number(const char *text)
{
    return std::strtoull(text, nullptr, 10);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 10 || std::strcmp(argv[8], "--") != 0) {
        std::fputs("usage: init STATUS_FD PROCESSES AS STACK FSIZE NOFILE CPU -- argv...\n", stderr);
        return 125;
    }
    const int statusFd = int(number(argv[1]));
    fcntl(statusFd, F_SETFD, FD_CLOEXEC);
    const pid_t child = fork();
    if (child < 0)
        return 125;
    if (child == 0) {
        const unsigned long long cpu = number(argv[7]);
        if (!limit(RLIMIT_NPROC, number(argv[2]), number(argv[2]))
            || !limit(RLIMIT_AS, number(argv[3]), number(argv[3]))
            || !limit(RLIMIT_STACK, number(argv[4]), number(argv[4]))
            || !limit(RLIMIT_FSIZE, number(argv[5]), number(argv[5]))
            || !limit(RLIMIT_NOFILE, number(argv[6]), number(argv[6]))
            || !limit(RLIMIT_CPU, cpu, cpu + 1) || !limit(RLIMIT_CORE, 0, 0)) {
            std::perror("setrlimit");
            _exit(125);
        }
        execvp(argv[9], argv + 9);
        std::perror(argv[9]);
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return 125;
    }
    const long long cpuUs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL
            + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
    char line[128];
    const bool signaled = WIFSIGNALED(status);
    const int length = std::snprintf(
            line, sizeof line, "%s %d %lld %ld\n", signaled ? "signal" : "exit",
            signaled ? WTERMSIG(status) : WEXITSTATUS(status), cpuUs, usage.ru_maxrss);
    if (write(statusFd, line, size_t(length)) != length)
        return 125;
    return signaled ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}
