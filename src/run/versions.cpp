#include "run/versions.h"

#include <fmt/format.h>
#include <oneapi/tbb/version.h>
#include <zlib.h>

#include <boost/version.hpp>

#include "plot/library_versions.h"

namespace tobii::run {

namespace {
#if defined(__clang__)
constexpr const char* kCompiler = "clang " __clang_version__;
#elif defined(__GNUC__)
constexpr const char* kCompiler = "gcc " __VERSION__;
#else
constexpr const char* kCompiler = "unknown";
#endif
}  // namespace

nlohmann::json Versions() {
  nlohmann::json versions = {
      {"tobii-pipeline", TOBII_VERSION},
      {"compiler", kCompiler},
      {"onetbb", TBB_runtime_version()},
      {"zlib", zlibVersion()},
      {"boost",
       fmt::format("{}.{}.{}", BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100)},
      {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
      {"nlohmann_json", fmt::format("{}.{}.{}", NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                                    NLOHMANN_JSON_VERSION_PATCH)},
  };
  for (const auto& [library, version] : plot::DrawingLibraryVersions()) versions[library] = version;
  return versions;
}

}  // namespace tobii::run
