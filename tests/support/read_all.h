// Everything a SampleReader gives, read to the end in one go, for tests
// that look at a recording as a whole.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "io/sample_reader.h"

namespace tobii::testing {

struct ReadAll {
  Status status;  // Open()'s, or the first failed Next()'s
  std::vector<Sample> samples;
  std::vector<RecordingEvent> events;
  io::RecordingInfo info;  // as it stands after the last chunk
  io::ColumnReport columns;
  io::DamageLog damage;
  std::int64_t rows = 0;
};

// Opens `reader` and reads it to its end (or its first error).
inline ReadAll ReadToEnd(io::SampleReader* reader) {
  ReadAll all;
  all.status = reader->Open();
  SampleChunk chunk;
  while (all.status.ok()) {
    all.status = reader->Next(&chunk);
    if (chunk.empty()) break;
    all.samples.insert(all.samples.end(), chunk.samples.begin(), chunk.samples.end());
    all.events.insert(all.events.end(), chunk.events.begin(), chunk.events.end());
  }
  all.info = reader->info();
  all.columns = reader->columns();
  all.damage = reader->damage();
  all.rows = reader->rows_read();
  return all;
}

// A recording's AOIs as `stimulus | aoi` lines, for readable comparisons.
inline std::string DescribeAois(const std::vector<io::AoiColumn>& columns) {
  std::string out;
  for (const io::AoiColumn& c : columns) out.append(c.stimulus).append(" | ").append(c.aoi).append("\n");
  return out;
}

}  // namespace tobii::testing
