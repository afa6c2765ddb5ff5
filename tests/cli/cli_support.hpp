// SPDX-FileCopyrightText: 2026 The Overture contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Runs the real overture-lint binary as a script would: arguments, standard input from a
// temporary file, standard output and error captured, the exit status returned. Each run
// gets an empty XDG_DATA_HOME, so the person's own dictionary and openers never leak in.
#pragma once

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace overture::clitest {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;

    [[nodiscard]] nlohmann::json json() const {
        INFO("stdout: " << out << "\nstderr: " << err);
        REQUIRE(nlohmann::json::accept(out));
        return nlohmann::json::parse(out);
    }
    // stderr without its final newline; a one-line reason has no other newline.
    [[nodiscard]] std::string errLine() const {
        std::string e = err;
        if (!e.empty() && e.back() == '\n')
            e.pop_back();
        return e;
    }
};

// A folder of this test process's own, removed when the process ends.
class Scratch {
public:
    Scratch()
        : dir_(std::filesystem::temp_directory_path() /
               ("overture-cli-test-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_ / "xdg");
    }
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

private:
    std::filesystem::path dir_;
};

inline std::filesystem::path scratchDir() {
    static const Scratch scratch;
    return scratch.dir();
}

inline std::filesystem::path dataDir() {
    return std::filesystem::path(OVERTURE_TEST_DATA_DIR);
}

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::filesystem::path writeFile(const std::string& name, const std::string& contents) {
    const auto path = scratchDir() / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << contents;
    return path;
}

// Where a run's standard input and output are, besides the usual temporary files.
struct Streams {
    bool closeInput = false;  // standard input closed, as `overture-lint <&-` does
    bool closeOutput = false; // standard output closed (`>&-`)
    std::string outputPath;   // standard output to this file instead (e.g. /dev/full)
};

// Runs overture-lint with `args`, `input` on standard input and `env` added.
inline Run lint(const std::vector<std::string>& args, const std::string& input = {},
                const std::vector<std::pair<std::string, std::string>>& env = {},
                const Streams& streams = {}) {
    static int counter = 0;
    const std::string tag = std::to_string(++counter);
    const auto inPath = writeFile("in-" + tag, input);
    const auto outPath = scratchDir() / ("out-" + tag);
    const auto errPath = scratchDir() / ("err-" + tag);

    std::vector<std::string> argv{OVERTURE_LINT_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> cargv;
    for (auto& a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        const int in = ::open(inPath.c_str(), O_RDONLY);
        const std::string outTo =
            streams.outputPath.empty() ? outPath.string() : streams.outputPath;
        const int out = ::open(outTo.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0)
            ::_exit(127);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        if (streams.closeInput)
            ::close(0);
        if (streams.closeOutput)
            ::close(1);
        ::setenv("XDG_DATA_HOME", (scratchDir() / "xdg").c_str(), 1);
        for (const auto& [k, v] : env)
            ::setenv(k.c_str(), v.c_str(), 1);
        ::execv(cargv[0], cargv.data());
        ::_exit(126);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    Run r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(outPath);
    r.err = slurp(errPath);
    std::error_code ec;
    std::filesystem::remove(inPath, ec);
    std::filesystem::remove(outPath, ec);
    std::filesystem::remove(errPath, ec);
    REQUIRE_MESSAGE(r.exitCode != 126, "could not run " << OVERTURE_LINT_BINARY);
    return r;
}

// The ids of the findings in a JSON report, at the given severities.
inline std::vector<std::string> rulesIn(const nlohmann::json& report,
                                        const std::vector<std::string>& severities = {
                                            "hint", "warning", "error"}) {
    std::vector<std::string> out;
    for (const auto& f : report["findings"])
        for (const auto& s : severities)
            if (f["severity"] == s)
                out.push_back(f["rule"].get<std::string>());
    return out;
}

inline bool hasRule(const nlohmann::json& report, const std::string& rule) {
    for (const auto& f : report["findings"])
        if (f["rule"] == rule)
            return true;
    return false;
}

// A note the linter accepts (corpus s-g01) and the card it was written for.
inline const std::string kGoodNote =
    "Hi Hannah, thanks for the tour of the Bristol maker space on Saturday. Your laser-cutter "
    "safety checklist was brilliant, and I'd like to stay in touch while I set one up in Bath.";
inline const std::vector<std::string> kGoodCard = {"--name", "Hannah", "--relationship",
                                                   "met-in-person"};

} // namespace overture::clitest
