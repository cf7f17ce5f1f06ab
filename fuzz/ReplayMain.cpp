// SPDX-License-Identifier: GPL-3.0-or-later
// Replays saved fuzz inputs through one fuzz target without libFuzzer, so that any
// compiler (gcc in the normal and the sanitizer build) keeps every corpus file and every
// fixed crash as a regression test. Usage: fuzz_replay_<parser> PATH… where each PATH is a
// file or a directory (read recursively, in sorted order). Fails when a path is missing or
// when no input at all was found, so a mistyped path cannot make the test pass vacuously;
// a crash or a broken invariant aborts inside the target.
#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

namespace {

bool readFile(const std::filesystem::path &path, std::vector<std::uint8_t> &out)
{
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        return false;
    out.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    return !stream.bad();
}

} // namespace

int main(int argc, char *argv[])
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            inputs.push_back(path);
        } else if (fs::is_directory(path, error)) {
            for (const auto &entry : fs::recursive_directory_iterator(path, error))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        } else {
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        std::fprintf(stderr, "replay: no inputs found\n");
        return 2;
    }
    std::vector<std::uint8_t> buffer;
    for (const fs::path &path : inputs) {
        if (!readFile(path, buffer)) {
            std::fprintf(stderr, "replay: cannot read %s\n", path.string().c_str());
            return 2;
        }
        // Like libFuzzer, hand over a fresh heap buffer of exactly the input's size, so that
        // AddressSanitizer (in the sanitizer build) catches a read one byte past the end.
        const std::unique_ptr<std::uint8_t[]> exact(new std::uint8_t[buffer.size()]);
        std::copy(buffer.begin(), buffer.end(), exact.get());
        LLVMFuzzerTestOneInput(exact.get(), buffer.size());
    }
    std::printf("replay: %zu inputs ran clean\n", inputs.size());
    return 0;
}
