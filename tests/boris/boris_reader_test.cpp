// Every file in the real BORIS folder through the one entry point: project
// files and events exports are read by their content, whatever their name,
// and every other file gets an error that says what it is.

#include "boris/boris_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/temp_dir.h"

namespace tobii::boris {
namespace {

namespace fs = std::filesystem;

fs::path RealDir() { return testing::SharedDir() / "data/real/boris"; }

TEST(BorisReader, EveryRealFileIsReadOrExplained) {
  if (!fs::exists(RealDir())) GTEST_SKIP() << "real BORIS files not found at " << RealDir();
  int projects = 0, exports = 0, explained = 0;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(RealDir())) {
    if (!entry.is_regular_file() || entry.path().filename() == "MANIFEST.md") continue;
    Annotations a;
    const Status s = ReadBorisFile(entry.path().string(), &a);
    if (s.ok()) {
      const bool project = a.format.starts_with("BORIS project");
      projects += project;
      exports += !project;
      EXPECT_EQ(project, entry.path().extension() == ".boris") << entry.path() << ": " << a.format;
      std::printf("%-60s %-36s %zu observations\n", entry.path().filename().c_str(), a.format.c_str(),
                  a.observations.size());
    } else {
      ++explained;
      EXPECT_NE(s.message().find(entry.path().string()), std::string::npos) << s.message();
      std::printf("%-60s %s\n", entry.path().filename().c_str(), s.message().c_str());
    }
  }
  // MANIFEST.md: 10 project files; 10 events exports (tabular layout A as
  // TSV and CSV; layout B as two TSVs, a CSV and flat_dslr_subject.csv;
  // aggregated with a header x4); 8 other files (the xlsx, three headerless
  // fragments, an observations list, external data, an SQL dump, the 2015
  // app file).
  EXPECT_EQ(projects, 10);
  EXPECT_EQ(exports, 10);
  EXPECT_EQ(explained, 8);
}

TEST(BorisReader, ProjectContentIsRecognisedWhateverTheName) {
  testing::TempDir dir;
  const fs::path path = dir.path() / "annotations.txt";
  std::ofstream(path) << "\xEF\xBB\xBF  \n{\"project_format_version\": \"7.0\", \"behaviors_conf\": {}, \"observations\": {}}";
  Annotations a;
  const Status s = ReadBorisFile(path.string(), &a);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(a.format.starts_with("BORIS project")) << a.format;
  EXPECT_TRUE(a.observations.empty());
}

TEST(BorisReader, MissingFileIsAnError) {
  Annotations a;
  EXPECT_FALSE(ReadBorisFile("/nonexistent/observation.boris", &a).ok());
}

}  // namespace
}  // namespace tobii::boris
