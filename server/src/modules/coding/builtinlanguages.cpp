// SPDX-License-Identifier: Apache-2.0
#include "builtinlanguages.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace wn {

namespace {

const QString javaHome = u"/usr/lib/jvm/java-17-openjdk-amd64"_s;

} // namespace

QList<BuiltinLanguage> builtinLanguages()
{
    // The JVM and V8 reserve address space far beyond what they use: they get 4 GiB more, and
    // their heap is held to the memory limit by their own flag.
    const QList<BuiltinLanguage> all {
        { { .name = u"C"_s,
            .fileName = u"main.c"_s,
            .compileCommand = { u"/usr/bin/gcc"_s, u"-O2"_s, u"-std=gnu17"_s, u"-o"_s, u"main"_s,
                                u"main.c"_s, u"-lm"_s },
            .runCommand = { u"./main"_s },
            .versionCommand = { u"/usr/bin/gcc"_s, u"--version"_s } },
          u"#include <stdio.h>\n\nint main(void)\n{\n    char line[256];\n    if (fgets(line, "
          u"sizeof line, stdin))\n        printf(\"%s\", line);\n    return 0;\n}\n"_s },
        { { .name = u"C++"_s,
            .fileName = u"main.cpp"_s,
            .compileCommand
            = { u"/usr/bin/g++"_s, u"-O2"_s, u"-std=gnu++17"_s, u"-o"_s, u"main"_s, u"main.cpp"_s },
            .runCommand = { u"./main"_s },
            .versionCommand = { u"/usr/bin/g++"_s, u"--version"_s } },
          u"#include <iostream>\n#include <string>\n\nint main()\n{\n    std::string line;\n    "
          u"while (std::getline(std::cin, line))\n        std::cout << line << '\\n';\n}\n"_s },
        { { .name = u"Python 3"_s,
            .fileName = u"main.py"_s,
            .runCommand = { u"/usr/bin/python3"_s, u"-I"_s, u"main.py"_s },
            .versionCommand = { u"/usr/bin/python3"_s, u"--version"_s } },
          u"import sys\n\nfor line in sys.stdin:\n    print(line.rstrip(\"\\n\"))\n"_s },
        { { .name = u"JavaScript (Node.js)"_s,
            .fileName = u"main.js"_s,
            .runCommand
            = { u"/usr/bin/node"_s, u"--max-old-space-size={memory_mb}"_s, u"main.js"_s },
            .versionCommand = { u"/usr/bin/node"_s, u"--version"_s },
            .extraAddressSpaceMb = 4096 },
          u"const lines = require('fs').readFileSync(0, 'utf8').split('\\n');\n"
          u"for (const line of lines)\n    if (line) console.log(line);\n"_s },
        { { .name = u"Java (OpenJDK 17)"_s,
            .fileName = u"Main.java"_s,
            .compileCommand = { javaHome + u"/bin/javac"_s, u"-J-Xmx512m"_s, u"-J-XX:+UseSerialGC"_s,
                                u"-encoding"_s, u"UTF-8"_s, u"Main.java"_s },
            .runCommand = { javaHome + u"/bin/java"_s, u"-Xmx{memory_mb}m"_s, u"-XX:+UseSerialGC"_s,
                            u"-XX:TieredStopAtLevel=1"_s, u"Main"_s },
            .versionCommand = { javaHome + u"/bin/java"_s, u"-version"_s },
            .readOnlyPaths = { u"/etc/java-17-openjdk"_s },
            .extraAddressSpaceMb = 4096 },
          u"import java.util.Scanner;\n\npublic class Main {\n    public static void "
          u"main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        while "
          u"(in.hasNextLine())\n            System.out.println(in.nextLine());\n    }\n}\n"_s },
        // Go's runtime will not start in less than about 1 GiB of address space, whatever it
        // uses; it gets that much more, no more (a Go program can use up to that beyond the
        // memory limit). Its build cache goes to $HOME (/box), inside the sandbox's tmpfs, and
        // only the program comes out.
        { { .name = u"Go"_s,
            .fileName = u"main.go"_s,
            .compileCommand = { u"/usr/bin/go"_s, u"build"_s, u"-o"_s, u"main"_s, u"main.go"_s },
            .runCommand = { u"./main"_s },
            .versionCommand = { u"/usr/bin/go"_s, u"version"_s },
            .extraAddressSpaceMb = 1024 },
          u"package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() "
          u"{\n\tlines := bufio.NewScanner(os.Stdin)\n\tfor lines.Scan() {\n\t\t"
          u"fmt.Println(lines.Text())\n\t}\n}\n"_s },
    };
    QList<BuiltinLanguage> installed;
    for (const BuiltinLanguage &entry : all) {
        const QString program = entry.language.compileCommand.isEmpty()
                ? entry.language.runCommand.constFirst()
                : entry.language.compileCommand.constFirst();
        if (QFileInfo(program).isExecutable())
            installed.append(entry);
    }
    return installed;
}

} // namespace wn
