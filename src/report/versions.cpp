#include "report/versions.h"

#include <cairo.h>
#include <fmt/format.h>
#include <oneapi/tbb/version.h>
#include <pango/pango.h>
#include <zlib.h>

#include <boost/version.hpp>

namespace tobii::report {

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
  return {
      {"tobii-pipeline", TOBII_VERSION},
      {"compiler", kCompiler},
      {"cairo", cairo_version_string()},
      {"pango", pango_version_string()},
      {"onetbb", TBB_runtime_version()},
      {"zlib", zlibVersion()},
      {"boost",
       fmt::format("{}.{}.{}", BOOST_VERSION / 100000, BOOST_VERSION / 100 % 1000, BOOST_VERSION % 100)},
      {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
      {"nlohmann_json", fmt::format("{}.{}.{}", NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                                    NLOHMANN_JSON_VERSION_PATCH)},
  };
}

}  // namespace tobii::report
