#include "boris/observation_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace tobii::boris {
namespace {

bool Holds(const std::vector<ObservationRef>& refs, std::size_t file, std::size_t observation) {
  return std::any_of(refs.begin(), refs.end(),
                     [&](const ObservationRef& r) { return r.file == file && r.observation == observation; });
}

// Names from a small alphabet of letters, digits, case and separators, so
// that words and texts share runs, prefixes and punctuation often.
std::string RandomName(std::mt19937* random) {
  static constexpr char kAlphabet[] = "aAbB01_-. /\xC3\xA9";
  std::uniform_int_distribution<int> length(0, 7), pick(0, sizeof(kAlphabet) - 2);
  std::string name;
  for (int i = length(*random); i > 0; --i) name.push_back(kAlphabet[pick(*random)]);
  return name;
}

TEST(ObservationIndex, EveryObservationThatContainsAWordIsACandidate) {
  std::mt19937 random(11);
  std::vector<Annotations> files(3);
  for (Annotations& file : files) {
    for (int o = 0; o < 40; ++o) {
      Observation observation;
      observation.id = RandomName(&random);
      if (o % 3 == 0) observation.media_files = {RandomName(&random) + "/" + RandomName(&random) + ".mp4"};
      file.observations.push_back(observation);
    }
  }
  const ObservationIndex index(files);
  int contained = 0;
  for (int w = 0; w < 2000; ++w) {
    const std::string word = RandomName(&random);
    std::vector<ObservationRef> candidates;
    index.AddCandidates(word, &candidates);
    for (std::size_t f = 0; f < files.size(); ++f) {
      for (std::size_t o = 0; o < files[f].observations.size(); ++o) {
        const Observation& observation = files[f].observations[o];
        bool contains = ContainsWord(observation.id, word);
        for (const std::string& media : observation.media_files) contains = contains || ContainsWord(media, word);
        if (!contains) continue;
        ++contained;
        EXPECT_TRUE(Holds(candidates, f, o)) << "\"" << word << "\" in \"" << observation.id << "\"";
      }
    }
  }
  EXPECT_GT(contained, 500);  // the alphabet makes matches common
}

TEST(ObservationIndex, AWordIsLookedUpByItsFirstRunWithoutCase) {
  std::vector<Annotations> files(1);
  for (const char* id : {"P01 Recording1", "p01-rest", "P010", "x/P02_task.mp4"}) {
    Observation observation;
    observation.id = id;
    files[0].observations.push_back(observation);
  }
  const ObservationIndex index(files);
  std::vector<ObservationRef> candidates;
  index.AddCandidates("p01", &candidates);
  ASSERT_EQ(candidates.size(), 2u);  // not "P010"
  EXPECT_EQ(candidates[0].observation, 0u);
  EXPECT_EQ(candidates[1].observation, 1u);
  candidates.clear();
  index.AddCandidates("P02_task", &candidates);
  ASSERT_EQ(candidates.size(), 1u);
  EXPECT_EQ(candidates[0].observation, 3u);
  candidates.clear();
  index.AddCandidates("_task", &candidates);  // starts with no run: every observation
  EXPECT_EQ(candidates.size(), 4u);
  candidates.clear();
  index.AddCandidates("", &candidates);
  EXPECT_TRUE(candidates.empty());
}

}  // namespace
}  // namespace tobii::boris
