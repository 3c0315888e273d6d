// SPDX-License-Identifier: Apache-2.0
// A small stand-in for libFuzzer, for compilers that have none (GCC): it runs every file of the
// corpus directories it is given, then inputs mutated from them (bit flips, byte inserts and
// deletes, interesting values, splices of two entries) until a run count or a time budget is
// spent. It has no coverage feedback: it finds what a few thousand careless clients would. It
// takes libFuzzer's flags of the same names, so one command line serves both:
//   fuzz_x [-max_total_time=S] [-runs=N] [-seed=N] [-max_len=N] [-timeout=S] DIR|FILE...
// A file argument (not a directory) is run once and nothing else: that is how a crash is replayed.
// An input that ends the process (a sanitizer report, an abort, a timeout) is written to
// crash-<pid> in the working directory first.

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" __attribute__((weak)) void __sanitizer_set_death_callback(void (*callback)());

namespace {

using Bytes = std::vector<uint8_t>;

/** The input being run, kept where a dying process can still write it out (never destroyed: a
 *  leak report at exit calls back too). */
Bytes &g_current = *new Bytes;
bool g_running = false;
char g_crashPath[64];

void writeCurrent()
{
    // Async-signal-safe: called from a signal handler and from the sanitizers' death callback.
    if (!g_running)
        return; // a report at exit (leaks) is about no one input
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    size_t written = 0;
    while (written < g_current.size()) {
        const ssize_t n = ::write(fd, g_current.data() + written, g_current.size() - written);
        if (n <= 0)
            break;
        written += size_t(n);
    }
    ::close(fd);
    const char note[] = "\nfuzz driver: the input that ended the run is in ";
    (void)!::write(STDERR_FILENO, note, sizeof note - 1);
    (void)!::write(STDERR_FILENO, g_crashPath, std::strlen(g_crashPath));
    (void)!::write(STDERR_FILENO, "\n", 1);
}

void onDeadlySignal(int signal)
{
    if (signal == SIGALRM) {
        const char note[] = "fuzz driver: one input ran longer than -timeout (a hang)\n";
        (void)!::write(STDERR_FILENO, note, sizeof note - 1);
    }
    writeCurrent();
    ::_exit(70);
}

/** abort(): a target's own check failing (fuzzing.h) or an assertion, a finding like a
 *  sanitizer's; the sanitizers leave this signal alone. */
void onAbort(int signal)
{
    writeCurrent();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void onTerminate()
{
    const char note[] = "fuzz driver: an exception escaped the target\n";
    (void)!::write(STDERR_FILENO, note, sizeof note - 1);
    std::abort();
}

struct Options
{
    long long runs = -1; ///< mutated inputs to run; -1: until the time budget is spent
    double maxTotalTime = 0; ///< seconds; 0: no limit
    unsigned long long seed = 0; ///< 0: from the clock
    size_t maxLen = 64 * 1024;
    unsigned timeout = 20; ///< seconds one input may take
    std::vector<std::string> paths;
};

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&](std::string_view flag) -> const char * {
            return arg.substr(0, flag.size()) == flag ? argv[i] + flag.size() : nullptr;
        };
        if (const char *v = value("-runs="))
            options.runs = std::atoll(v);
        else if (const char *v = value("-max_total_time="))
            options.maxTotalTime = std::atof(v);
        else if (const char *v = value("-seed="))
            options.seed = std::strtoull(v, nullptr, 10);
        else if (const char *v = value("-max_len="))
            options.maxLen = std::max<size_t>(1, std::strtoull(v, nullptr, 10));
        else if (const char *v = value("-timeout="))
            options.timeout = unsigned(std::atoi(v));
        else if (!arg.empty() && arg.front() == '-')
            std::fprintf(stderr, "fuzz driver: ignoring %s (a libFuzzer flag it does not know)\n",
                         argv[i]);
        else
            options.paths.emplace_back(arg);
    }
    return options;
}

Bytes readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void run(const Bytes &input, unsigned timeout)
{
    g_current = input;
    g_running = true;
    ::alarm(timeout);
    // A copy of exactly its size, so that reading past the end is caught.
    std::unique_ptr<uint8_t[]> copy(new uint8_t[std::max<size_t>(1, input.size())]);
    std::copy(input.begin(), input.end(), copy.get());
    LLVMFuzzerTestOneInput(copy.get(), input.size());
    ::alarm(0);
    g_running = false;
}

/** @brief Bit flips, byte inserts and deletes, interesting values and splices. */
class Mutator
{
public:
    Mutator(unsigned long long seed, size_t maxLen)
        : m_random(seed)
        , m_maxLen(maxLen)
    { }

    Bytes mutate(const std::vector<Bytes> &corpus)
    {
        Bytes data = corpus[pick(corpus.size())];
        const size_t steps = 1 + pick(6);
        for (size_t step = 0; step < steps; ++step)
            mutateOnce(data, corpus);
        if (data.size() > m_maxLen)
            data.resize(m_maxLen);
        return data;
    }

private:
    size_t pick(size_t n)
    {
        return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(m_random);
    }

    void mutateOnce(Bytes &data, const std::vector<Bytes> &corpus)
    {
        static constexpr std::array<uint8_t, 22> bytes { 0,    1,   0x7f, 0x80, 0xff, '\r',
                                                         '\n', ' ', '\t', ':',  ',',  '"',
                                                         '0',  '9', '-',  '.',  '/',  '{',
                                                         '}',  '[', ']',  '\\' };
        static constexpr std::array<std::string_view, 12> numbers { "0",
                                                                    "-1",
                                                                    "1",
                                                                    "255",
                                                                    "65536",
                                                                    "2147483648",
                                                                    "4294967296",
                                                                    "9223372036854775807",
                                                                    "-9223372036854775808",
                                                                    "99999999999999999999",
                                                                    "1e308",
                                                                    "0x10" };
        switch (data.empty() ? 2 : pick(9)) {
        case 0: // flip a bit
            data[pick(data.size())] ^= uint8_t(1u << pick(8));
            break;
        case 1: // an interesting byte
            data[pick(data.size())] = bytes[pick(bytes.size())];
            break;
        case 2: { // insert a few bytes, random or one repeated
            const size_t count = 1 + pick(8);
            const uint8_t repeated = bytes[pick(bytes.size())];
            const bool random = pick(2) == 0;
            Bytes insert(count);
            for (uint8_t &b : insert)
                b = random ? uint8_t(pick(256)) : repeated;
            data.insert(data.begin() + std::ptrdiff_t(pick(data.size() + 1)), insert.begin(),
                        insert.end());
            break;
        }
        case 3: { // delete a run
            const size_t at = pick(data.size());
            const size_t count = 1 + pick(std::min<size_t>(16, data.size() - at));
            data.erase(data.begin() + std::ptrdiff_t(at), data.begin() + std::ptrdiff_t(at + count));
            break;
        }
        case 4: { // copy a run elsewhere
            const size_t from = pick(data.size());
            const size_t count = 1 + pick(std::min<size_t>(64, data.size() - from));
            const Bytes run(data.begin() + std::ptrdiff_t(from),
                            data.begin() + std::ptrdiff_t(from + count));
            data.insert(data.begin() + std::ptrdiff_t(pick(data.size() + 1)), run.begin(),
                        run.end());
            break;
        }
        case 5: { // splice: this one's start, another entry's end
            const Bytes &other = corpus[pick(corpus.size())];
            data.resize(pick(data.size() + 1));
            const size_t from = pick(other.size() + 1);
            data.insert(data.end(), other.begin() + std::ptrdiff_t(from), other.end());
            break;
        }
        case 6: { // a piece of another entry inserted
            const Bytes &other = corpus[pick(corpus.size())];
            if (other.empty())
                break;
            const size_t from = pick(other.size());
            const size_t count = 1 + pick(std::min<size_t>(128, other.size() - from));
            data.insert(data.begin() + std::ptrdiff_t(pick(data.size() + 1)),
                        other.begin() + std::ptrdiff_t(from),
                        other.begin() + std::ptrdiff_t(from + count));
            break;
        }
        case 7: { // a number that sits on a boundary, in place of one digit run
            const std::string_view number = numbers[pick(numbers.size())];
            size_t at = pick(data.size());
            const size_t start = at;
            while (at < data.size() && data[at] >= '0' && data[at] <= '9')
                ++at;
            data.erase(data.begin() + std::ptrdiff_t(start), data.begin() + std::ptrdiff_t(at));
            data.insert(data.begin() + std::ptrdiff_t(start), number.begin(), number.end());
            break;
        }
        default: // overwrite a run with random bytes
            for (size_t at = pick(data.size()), end = std::min(data.size(), at + 1 + pick(8));
                 at < end; ++at)
                data[at] = uint8_t(pick(256));
            break;
        }
    }

    std::mt19937_64 m_random;
    size_t m_maxLen;
};

} // namespace

int main(int argc, char **argv)
{
    std::snprintf(g_crashPath, sizeof g_crashPath, "crash-%d", int(::getpid()));
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // the progress so far survives a crash
    std::signal(SIGALRM, onDeadlySignal);
    std::signal(SIGABRT, onAbort);
    std::set_terminate(onTerminate);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(writeCurrent);
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    Options options = parseOptions(argc, argv);
    if (options.seed == 0)
        options.seed
                = (unsigned long long)std::chrono::steady_clock::now().time_since_epoch().count();

    std::vector<Bytes> corpus;
    bool replayOnly = !options.paths.empty();
    for (const std::string &path : options.paths) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) {
            replayOnly = false;
            std::vector<std::filesystem::path> files;
            for (const auto &entry : std::filesystem::directory_iterator(path, error))
                if (entry.is_regular_file())
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end()); // the same order on every run
            for (const auto &file : files)
                corpus.push_back(readFile(file));
        } else {
            corpus.push_back(readFile(path));
        }
    }

    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    for (const Bytes &input : corpus)
        run(input, options.timeout);
    std::printf("%s: ran %zu corpus inputs in %.2f s\n", argv[0], corpus.size(), elapsed());
    if (replayOnly)
        return 0;

    if (corpus.empty())
        corpus.emplace_back();
    Mutator mutator(options.seed, options.maxLen);
    long long done = 0;
    double nextReport = 30;
    while (options.runs < 0 ? options.maxTotalTime > 0 : done < options.runs) {
        if (options.maxTotalTime > 0 && elapsed() >= options.maxTotalTime)
            break;
        run(mutator.mutate(corpus), options.timeout);
        ++done;
        if (elapsed() >= nextReport) {
            std::printf("%s: %lld mutated inputs, %.0f s\n", argv[0], done, elapsed());
            std::fflush(stdout);
            nextReport += 30;
        }
    }
    std::printf("%s: ran %lld mutated inputs (seed %llu) in %.2f s in all; nothing failed\n",
                argv[0], done, options.seed, elapsed());
    return 0;
}
