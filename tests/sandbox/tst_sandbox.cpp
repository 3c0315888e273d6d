// SPDX-License-Identifier: Apache-2.0
// The sandbox and the judge against real programs: each language's verdicts, and hostile code
// that must be contained with the right verdict while everything outside carries on.
#include "modules/coding/builtinlanguages.h"
#include "modules/coding/judge.h"

#include <wn/common/workflows.h>

#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace wn;

namespace {

/** The uid a run takes when the tests run as root, as the server's first worker would. */
constexpr uint runUid = 2000000100;

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    Judge m_judge;
    QHash<QString, CodeLanguage> m_languages;
    QTemporaryDir m_secrets;

    CodeLanguage language(const QString &name)
    {
        if (!m_languages.contains(name))
            QTest::qSkip(qPrintable(name + u" is not installed"_s), __FILE__, __LINE__);
        return m_languages.value(name);
    }

    static SandboxLimits quickLimits()
    {
        SandboxLimits limits;
        limits.cpuMs = 1000;
        limits.wallMs = 2500;
        return limits;
    }

    JudgeReport judge(const QString &languageName, const QString &source,
                      const QByteArray &input = {}, const QByteArray &expected = {},
                      SandboxLimits limits = quickLimits())
    {
        return m_judge.judge(m_languages.value(languageName), source, { { 1, input, expected, 1 } },
                             limits, false, runUid);
    }

    /** One C program's run: its verdict, after checking it compiled. */
    CaseVerdict runC(const QString &source, const QByteArray &input = {},
                     const QByteArray &expected = {}, SandboxLimits limits = quickLimits())
    {
        const JudgeReport report = judge(u"C"_s, source, input, expected, limits);
        if (report.cases.size() != 1) {
            qWarning().noquote() << report.status << report.compileOutput << report.message;
            return { .status = report.status };
        }
        return report.cases.constFirst();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!Sandbox().available(&why))
            QFAIL(qPrintable(u"bwrap cannot make its namespaces here: "_s + why));
        for (const BuiltinLanguage &entry : builtinLanguages())
            m_languages.insert(entry.language.name, entry.language);
        QVERIFY(m_secrets.isValid());
        QFile secret(m_secrets.filePath(u"server.key"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("the server's key");
    }

    void helloInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("source");
        QTest::newRow("C") << u"C"_s
                           << u"#include <stdio.h>\nint main(void){int a,b;scanf(\"%d %d\",&a,&b);"
                              u"printf(\"%d\\n\",a+b);return 0;}\n"_s;
        QTest::newRow("C++") << u"C++"_s
                             << u"#include <iostream>\nint main(){int a,b;std::cin>>a>>b;"
                                u"std::cout<<a+b<<std::endl;}\n"_s;
        QTest::newRow("Python") << u"Python 3"_s
                                << u"a, b = map(int, input().split())\nprint(a + b)\n"_s;
        QTest::newRow("JavaScript") << u"JavaScript (Node.js)"_s
                                    << u"const [a, b] = require('fs').readFileSync(0, "
                                       u"'utf8').trim().split(' ').map(Number);\n"
                                       u"console.log(a + b);\n"_s;
        QTest::newRow("Java")
                << u"Java (OpenJDK 17)"_s
                << u"import java.util.Scanner;\npublic class Main { public static void "
                   u"main(String[] a) { Scanner s = new Scanner(System.in); "
                   u"System.out.println(s.nextInt() + s.nextInt()); } }\n"_s;
        QTest::newRow("Go") << u"Go"_s
                            << u"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b "
                               u"int\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n"_s;
    }

    void helloInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, source);
        const CodeLanguage lang = this->language(language);
        SandboxLimits limits;
        limits.wallMs = 10000; // the JVM starts slowly on a busy machine
        const QList<JudgeCase> cases { { 1, "2 3\n", "5\n", 2 }, { 2, "10 20\n", "31\n", 1 } };
        const JudgeReport report = m_judge.judge(lang, source, cases, limits, false, runUid);
        QCOMPARE(report.compileOutput.trimmed(), QString());
        QCOMPARE(report.cases.size(), 2);
        QCOMPARE(report.cases.at(0).status, CodeVerdict::Accepted);
        QCOMPARE(report.cases.at(0).output, QByteArray("5\n"));
        QCOMPARE(report.cases.at(1).status, CodeVerdict::WrongAnswer);
        QCOMPARE(report.cases.at(1).output, QByteArray("30\n"));
        QCOMPARE(report.status, CodeVerdict::WrongAnswer);
        QCOMPARE(report.score, 2);
        QCOMPARE(report.maxScore, 3);
        QVERIFY(report.cases.at(0).memoryKb > 0);
        QVERIFY(!m_judge.version(lang, runUid).isEmpty());
    }

    void verdictsInEachLanguage_data()
    {
        // Real programs in every language reach each verdict a language can give: a compiler's
        // refusal (interpreted languages fail at run time instead), a non-zero exit, a loop that
        // never ends.
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("verdict");
        const QString compile = CodeVerdict::CompilationError;
        const QString nzec = CodeVerdict::Nzec;
        const QString tle = CodeVerdict::TimeLimit;
        const auto row = [](const char *name, const QString &language, const QString &source,
                            const QString &verdict) {
            QTest::newRow(name) << language << source << verdict;
        };
        row("C refused", u"C"_s, u"int main(void) { return undeclared; }"_s, compile);
        row("C exit", u"C"_s, u"int main(void) { return 3; }"_s, nzec);
        row("C loop", u"C"_s, u"int main(void) { for (volatile int i = 0;; ++i) {} }"_s, tle);
        row("C++ refused", u"C++"_s, u"int main() { std::string s; }"_s, compile);
        row("C++ exit", u"C++"_s, u"#include <cstdlib>\nint main() { std::exit(3); }"_s, nzec);
        row("C++ loop", u"C++"_s, u"int main() { for (volatile long i = 0;; ++i) {} }"_s, tle);
        row("Python error", u"Python 3"_s, u"raise SystemExit(3)\n"_s, nzec);
        row("Python syntax", u"Python 3"_s, u"def broken(:\n"_s, nzec);
        row("Python loop", u"Python 3"_s, u"while True:\n    pass\n"_s, tle);
        row("JavaScript error", u"JavaScript (Node.js)"_s, u"process.exit(3);\n"_s, nzec);
        row("JavaScript syntax", u"JavaScript (Node.js)"_s, u"function (\n"_s, nzec);
        row("JavaScript loop", u"JavaScript (Node.js)"_s, u"for (;;) {}\n"_s, tle);
        row("Java refused", u"Java (OpenJDK 17)"_s,
            u"public class Main { public static void main(String[] a) { int x = \"no\"; } }"_s,
            compile);
        row("Java exit", u"Java (OpenJDK 17)"_s,
            u"public class Main { public static void main(String[] a) { System.exit(3); } }"_s,
            nzec);
        row("Java loop", u"Java (OpenJDK 17)"_s,
            u"public class Main { public static void main(String[] a) { long i = 0; while (i >= "
            u"0) i = (i + 1) % 1000; } }"_s,
            tle);
        row("Go refused", u"Go"_s, u"package main\n\nfunc main() {\n\tx := 1\n}\n"_s, compile);
        row("Go exit", u"Go"_s,
            u"package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(3)\n}\n"_s, nzec);
        row("Go loop", u"Go"_s, u"package main\n\nfunc main() {\n\tfor {\n\t}\n}\n"_s, tle);
    }

    void verdictsInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, source);
        QFETCH(QString, verdict);
        QVERIFY2(m_languages.contains(language), qPrintable(language + u" is not installed"_s));
        SandboxLimits limits = quickLimits();
        limits.wallMs = 10000; // the JVM starts slowly on a busy machine; the CPU limit decides
        const JudgeReport report = judge(language, source, "1\n", "1\n", limits);
        QCOMPARE(report.status, verdict);
        if (verdict == CodeVerdict::CompilationError) {
            QVERIFY(!report.compileOutput.trimmed().isEmpty());
            QVERIFY(report.cases.isEmpty());
            return;
        }
        QCOMPARE(report.cases.size(), 1);
        QCOMPARE(report.cases.constFirst().status, verdict);
        if (verdict == CodeVerdict::Nzec && !source.contains(u"broken"_s)
            && !source.contains(u"function ("_s))
            QCOMPARE(report.cases.constFirst().exitCode, std::optional<int>(3));
    }

    void stopsAtTheFirstFailure()
    {
        const QList<JudgeCase> cases { { 1, "1", "2", 1 }, { 2, "2", "3", 1 }, { 3, "3", "4", 1 } };
        const JudgeReport report = m_judge.judge(
                language(u"Python 3"_s), u"print(int(input()) + (1 if int(input() or 0) else 0))"_s,
                cases, quickLimits(), true, runUid);
        QCOMPARE(report.cases.size(), 1);
        QCOMPARE(report.status, CodeVerdict::Nzec); // the second input() finds no line
        QCOMPARE(report.cases.at(0).exitCode, std::optional<int>(1));
        QVERIFY(report.cases.at(0).errors.contains("EOFError"));
    }

    void compilationError()
    {
        const JudgeReport report = judge(u"C"_s, u"int main(void) { return missing; }\n"_s);
        QCOMPARE(report.status, CodeVerdict::CompilationError);
        QVERIFY(report.compileOutput.contains(u"missing"_s));
        QVERIFY(report.cases.isEmpty());
    }

    void crashes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("signal");
        QTest::newRow("segfault") << u"int main(void){ volatile int *p = 0; *p = 1; return 0; }"_s
                                  << CodeVerdict::Sigsegv << u"SIGSEGV"_s;
        QTest::newRow("divide by zero")
                << u"#include <stdio.h>\nint main(void){ volatile int z = 0; volatile int x = 7; printf(\"%d\", x / z); }"_s
                << CodeVerdict::Sigfpe << u"SIGFPE"_s;
        QTest::newRow("abort") << u"#include <stdlib.h>\nint main(void){ abort(); }"_s
                               << CodeVerdict::Sigabrt << u"SIGABRT"_s;
        QTest::newRow("exit code")
                << u"int main(void){ return 3; }"_s << CodeVerdict::Nzec << QString();
    }

    void crashes()
    {
        QFETCH(QString, source);
        QFETCH(QString, verdict);
        QFETCH(QString, signal);
        const CaseVerdict run = runC(source);
        QCOMPARE(run.status, verdict);
        QCOMPARE(run.signal, signal);
        if (signal.isEmpty())
            QCOMPARE(run.exitCode, std::optional<int>(3));
    }

    void infiniteLoopRunsOutOfCpu()
    {
        SandboxLimits limits = quickLimits();
        limits.wallMs = 20000; // the CPU limit must come first, even on a busy machine
        const CaseVerdict run = runC(u"int main(void){ for (volatile unsigned i = 0;; ++i) ; }"_s,
                                     {}, {}, limits);
        QCOMPARE(run.status, CodeVerdict::TimeLimit);
        QVERIFY2(run.cpuMs >= 900,
                 qPrintable(u"%1 ms CPU, %2 ms wall"_s.arg(run.cpuMs).arg(run.wallMs)));
        QVERIFY(run.wallMs < 20000);
    }

    void sleepingPastTheWallLimit()
    {
        const CaseVerdict run = runC(u"#include <unistd.h>\nint main(void){ sleep(60); }"_s);
        QCOMPARE(run.status, CodeVerdict::TimeLimit);
        QVERIFY(run.wallMs >= 2500);
        QVERIFY(run.wallMs < 20000);
    }

    void forkBombIsContained()
    {
        const CaseVerdict run
                = runC(u"#include <unistd.h>\n#include <stdio.h>\nint main(void){ int n = 0; for "
                       u"(int i = 0; "
                       u"i < 10000; ++i) { pid_t p = fork(); if (p == 0) { for (;;) pause(); } "
                       u"else if (p > "
                       u"0) n++; } printf(\"%d\\n\", n); fflush(stdout); for (;;) fork(); }"_s);
        QCOMPARE(run.status, CodeVerdict::TimeLimit);
        // The limit held: fewer than 60 processes were ever made (the first loop's count).
        const int made = run.output.trimmed().toInt();
        QVERIFY2(made < 60, run.output.constData());
        // And nothing of the run is left running (bwrap leaves its init for the system's init to
        // reap, so a zombie may stay until then).
        QProcess ps;
        ps.start(u"ps"_s, { u"-eo"_s, u"uid=,stat="_s });
        QVERIFY(ps.waitForFinished());
        const QList<QByteArray> processes = ps.readAllStandardOutput().split('\n');
        for (const QByteArray &process : processes) {
            const QList<QByteArray> fields = process.simplified().split(' ');
            if (fields.size() == 2 && fields.at(0) == QByteArray::number(runUid))
                QVERIFY2(fields.at(1).startsWith('Z'), process.constData());
        }
    }

    void memoryBomb()
    {
        const CaseVerdict run = runC(
                u"#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nint main(void){ "
                u"size_t "
                u"total = 0; for (;;) { char *p = malloc(16 << 20); if (!p) { printf(\"%zu\\n\", "
                u"total >> 20); return 4; } memset(p, 1, 16 << 20); total += 16 << 20; } }"_s);
        QCOMPARE(run.status, CodeVerdict::Nzec);
        QCOMPARE(run.exitCode, std::optional<int>(4));
        QVERIFY(run.output.trimmed().toInt() < 128);
        QVERIFY(run.memoryKb < 140 * 1024);
    }

    void goMemoryBombStopsAtItsAddressSpace()
    {
        // Go needs 1 GiB of address space beyond the limit to start at all: a bomb ends there.
        SandboxLimits limits = quickLimits();
        limits.cpuMs = 5000;
        limits.wallMs = 10000;
        const JudgeReport report = judge(
                u"Go"_s,
                u"package main\n\nfunc main() {\n\tvar kept [][]byte\n\tfor {\n\t\tchunk := "
                u"make([]byte, 16<<20)\n\t\tfor i := range chunk {\n\t\t\tchunk[i] = 1\n\t\t}"
                u"\n\t\tkept = append(kept, chunk)\n\t}\n}\n"_s,
                {}, {}, limits);
        QCOMPARE(report.cases.size(), 1);
        const CaseVerdict run = report.cases.constFirst();
        QVERIFY2(run.status == CodeVerdict::Nzec || run.status == CodeVerdict::TimeLimit,
                 qPrintable(run.status));
        QVERIFY2(run.memoryKb < (128 + 1024 + 64) * 1024, qPrintable(QString::number(run.memoryKb)));
    }

    void hugeFile()
    {
        const CaseVerdict run = runC(
                u"#include <stdio.h>\nint main(void){ FILE *f = fopen(\"big\", \"w\"); char "
                u"b[4096] = "
                u"{0}; for (int i = 0; i < 10000; ++i) fwrite(b, 1, sizeof b, f); fclose(f); }"_s);
        QCOMPARE(run.status, CodeVerdict::Sigxfsz);
        QCOMPARE(run.signal, u"SIGXFSZ"_s);
    }

    void fillingTmpStopsAtTheTmpfsSize()
    {
        // Many files below the file size limit: the tmpfs fills up, not the host's disk.
        const CaseVerdict run
                = runC(u"#include <stdio.h>\nint main(void){ static char b[512 * 1024]; long total "
                       u"= 0; for "
                       u"(int i = 0; i < 1000; ++i) { char name[64]; snprintf(name, sizeof name, "
                       u"\"/tmp/f%d\", i); FILE *f = fopen(name, \"w\"); if (!f) break; size_t n = "
                       u"fwrite(b, 1, sizeof b, f); if (fclose(f) != 0 || n != sizeof b) break; "
                       u"total += n; "
                       u"} printf(\"%ld\\n\", total >> 20); }"_s);
        QCOMPARE(run.status, CodeVerdict::WrongAnswer);
        QVERIFY2(run.output.trimmed().toInt() <= 64, run.output.constData());
    }

    void floodingStdout()
    {
        const CaseVerdict run = runC(
                u"#include <stdio.h>\nint main(void){ for (;;) puts(\"flood flood flood\"); }"_s);
        QCOMPARE(run.status, CodeVerdict::OtherError);
        QVERIFY(run.output.size() <= 1024 * 1024);
    }

    void readingHostFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("shadow") << u"/etc/shadow"_s;
        QTest::newRow("passwd") << u"/etc/passwd"_s;
        QTest::newRow("server key") << m_secrets.filePath(u"server.key"_s);
        QTest::newRow("home") << u"/root/.bashrc"_s;
    }

    void readingHostFiles()
    {
        QFETCH(QString, path);
        const CaseVerdict run = runC(
                u"#include <stdio.h>\nint main(int c, char **v){ FILE *f = fopen(\"%1\", \"r\"); "
                u"puts(f ? \"read\" : \"denied\"); }"_s.arg(path),
                {}, "denied\n");
        QCOMPARE(run.status, CodeVerdict::Accepted);
    }

    void environmentIsEmpty()
    {
        // /proc/1/environ is bwrap's own environment: started with none, it shows none.
        qputenv("WN_SANDBOX_CANARY", "secret");
        const CaseVerdict run = runC(
                u"#include <stdio.h>\n#include <stdlib.h>\nint main(void){ for (int pid = 1; pid < "
                u"4; "
                u"++pid) { char name[64]; snprintf(name, sizeof name, \"/proc/%d/environ\", pid); "
                u"FILE *f = fopen(name, \"r\"); if (!f) continue; int c; while ((c = fgetc(f)) != "
                u"EOF) putchar(c == 0 ? '\\n' : c); fclose(f); } "
                u"puts(getenv(\"WN_SANDBOX_CANARY\") ? "
                u"\"leak\" : \"none\"); }"_s);
        qunsetenv("WN_SANDBOX_CANARY");
        QVERIFY2(!run.output.contains("secret") && !run.output.contains("leak"),
                 run.output.constData());
        QVERIFY(run.output.contains("none"));
    }

    void noNetwork()
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString source
                = u"#include <stdio.h>\n#include <arpa/inet.h>\n#include <sys/socket.h>\n#include "
                  u"<unistd.h>\nint try_(const char *ip, int port){ int s = socket(AF_INET, "
                  u"SOCK_STREAM, 0); if (s < 0) return 0; struct sockaddr_in a = {0}; a.sin_family "
                  u"= "
                  u"AF_INET; a.sin_port = htons(port); inet_pton(AF_INET, ip, &a.sin_addr); int ok "
                  u"= "
                  u"connect(s, (struct sockaddr *)&a, sizeof a) == 0; close(s); return ok; }\nint "
                  u"main(void){ printf(\"%d %d %d\\n\", try_(\"127.0.0.1\", %1), try_(\"1.1.1.1\", "
                  u"53), try_(\"10.0.0.1\", 80)); }"_s.arg(listener.serverPort());
        const CaseVerdict run = runC(source, {}, "0 0 0\n");
        QCOMPARE(run.status, CodeVerdict::Accepted);
        QVERIFY(!listener.hasPendingConnections());
    }

    void noWayToRoot()
    {
        const CaseVerdict run = runC(
                u"#include <stdio.h>\n#include <unistd.h>\nint main(void){ printf(\"%d %d %d\\n\", "
                u"(int)getuid(), setuid(0), setgid(0)); }"_s,
                {}, "65534 -1 -1\n");
        QCOMPARE(run.status, CodeVerdict::Accepted);
    }

    void killingHostProcesses()
    {
        QProcess bystander;
        bystander.start(u"sleep"_s, { u"60"_s });
        QVERIFY(bystander.waitForStarted());
        const CaseVerdict run = runC(
                u"#include <signal.h>\n#include <stdio.h>\nint main(void){ kill(%1, SIGKILL); "
                u"kill(-1, SIGKILL); puts(\"alive\"); }"_s.arg(bystander.processId()));
        QVERIFY(run.status == CodeVerdict::OtherError || run.status == CodeVerdict::WrongAnswer);
        QCOMPARE(bystander.state(), QProcess::Running);
        bystander.kill();
        bystander.waitForFinished();
    }

    void compileTimeCodeStaysInside()
    {
        // The compiler runs in the sandbox too: an include of a host file finds nothing.
        const JudgeReport report = judge(u"C"_s,
                                         u"#include \"%1\"\nint main(void){ return 0; }\n"_s.arg(
                                                 m_secrets.filePath(u"server.key"_s)));
        QCOMPARE(report.status, CodeVerdict::CompilationError);
        QVERIFY(report.compileOutput.contains(u"No such file"_s));
    }

    void linksLeftByTheCompilerAreDropped()
    {
        CodeLanguage sneaky = language(u"C"_s);
        // A "compiler" that leaves a link to a host file and a program beside it.
        sneaky.compileCommand
                = { u"/bin/sh"_s, u"-c"_s,
                    u"ln -s /etc/hostname leak && ln -s / root && "
                    u"printf '#!/bin/sh\\necho ran; ls\\n' > main && chmod +x main"_s };
        const JudgeReport report
                = m_judge.judge(sneaky, u"ignored"_s, { { 1, {}, "ran\nmain\n", 1 } },
                                quickLimits(), false, runUid);
        QCOMPARE(report.status, CodeVerdict::Accepted);
        QCOMPARE(report.cases.at(0).output, QByteArray("ran\nmain\n"));
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
