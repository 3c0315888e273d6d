// SPDX-License-Identifier: Apache-2.0
// What the code sandbox costs: one run of a program that does nothing, sandboxed against direct
// (the same binary, started the same way without bwrap), and whole submissions per second for a
// small C and a small Python program judged on ten cases (compiled once, then ten runs).
#include "modules/coding/builtinlanguages.h"
#include "modules/coding/judge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <spawn.h>
#include <sys/wait.h>

using namespace Qt::StringLiterals;

extern char **environ;

namespace {

double directMs(int rounds)
{
    char program[] = "/usr/bin/true";
    char *argv[] = { program, nullptr };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        pid_t pid = 0;
        if (posix_spawn(&pid, program, nullptr, nullptr, argv, environ) != 0)
            return -1;
        int status = 0;
        waitpid(pid, &status, 0);
    }
    return double(timer.nsecsElapsed()) / 1e6 / rounds;
}

double sandboxedMs(int rounds)
{
    wn::Sandbox sandbox;
    wn::SandboxRequest request;
    request.command = { u"/usr/bin/true"_s };
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        if (sandbox.run(request).end != wn::SandboxResult::End::Exited)
            return -1;
    return double(timer.nsecsElapsed()) / 1e6 / rounds;
}

/** Submissions per second of @p source in @p language on ten cases, and whether all passed. */
QString submissions(const wn::CodeLanguage &language, const QString &source, int rounds)
{
    QList<wn::JudgeCase> cases;
    for (int i = 0; i < 10; ++i)
        cases.append({ i + 1, QByteArray::number(i) + ' ' + QByteArray::number(i * 7) + '\n',
                       QByteArray::number(i * 8) + '\n', 1 });
    wn::Judge judge;
    QElapsedTimer timer;
    timer.start();
    int accepted = 0;
    for (int i = 0; i < rounds; ++i)
        accepted += judge.judge(language, source, cases, {}, false).status == u"Accepted"_s;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return u"submissions_per_second=%1 case_runs_per_second=%2 accepted=%3/%4"_s
            .arg(rounds / seconds, 0, 'f', 2)
            .arg(rounds * 10 / seconds, 0, 'f', 1)
            .arg(accepted)
            .arg(rounds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = 50;
    directMs(5);
    const double direct = directMs(rounds);
    const double sandboxed = sandboxedMs(rounds);
    out << u"sandbox true_direct_ms=%1 true_sandboxed_ms=%2 overhead_ms=%3"_s.arg(direct, 0, 'f', 2)
                    .arg(sandboxed, 0, 'f', 2)
                    .arg(sandboxed - direct, 0, 'f', 2)
        << Qt::endl;
    for (const wn::BuiltinLanguage &entry : wn::builtinLanguages()) {
        if (entry.language.name == u"C"_s)
            out << "sandbox c_ten_cases "
                << submissions(entry.language,
                               u"#include <stdio.h>\nint main(void){ long a, b; scanf(\"%ld %ld\", "
                               u"&a, &b); printf(\"%ld\\n\", a + b); return 0; }\n"_s,
                               5)
                << Qt::endl;
        if (entry.language.name == u"Python 3"_s)
            out << "sandbox python_ten_cases "
                << submissions(entry.language,
                               u"a, b = map(int, input().split())\nprint(a + b)\n"_s, 5)
                << Qt::endl;
    }
    return 0;
}
