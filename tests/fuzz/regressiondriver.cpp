// The main() of a fuzz target outside libFuzzer, for the test suite: runs the target once on
// every file under each folder given (seed corpus, regressions), in name order, and fails when
// a folder cannot be read or the first one holds no input. A crash or a sanitizer report is
// the target's own failure; the file being run is printed first so the log names it.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fs = std::filesystem;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FOLDER... (the seed corpus first)\n", argv[0]);
        return 2;
    }
    size_t total = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        std::vector<fs::path> files;
        for (fs::recursive_directory_iterator it(argv[i], error), end; !error && it != end;
             it.increment(error))
            if (it->is_regular_file())
                files.push_back(it->path());
        if (error) {
            std::fprintf(stderr, "cannot read %s: %s\n", argv[i], error.message().c_str());
            return 1;
        }
        if (i == 1 && files.empty()) {
            std::fprintf(stderr, "no seed corpus in %s\n", argv[i]);
            return 1;
        }
        std::sort(files.begin(), files.end());
        for (const fs::path &file : files) {
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes {std::istreambuf_iterator<char>(in), {}};
            if (!in.eof() && in.fail()) {
                std::fprintf(stderr, "cannot read %s\n", file.c_str());
                return 1;
            }
            std::printf("%s (%zu bytes)\n", file.c_str(), bytes.size());
            std::fflush(stdout);
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
        }
        total += files.size();
    }
    std::printf("%zu inputs, no crash\n", total);
    return 0;
}
