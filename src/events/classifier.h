// Classifier: the part of an event detector that labels each valid sample
// fixation, saccade or unclassified (lost samples stay lost). Each detector
// (I-VT, I-DT, Engbert-Kliegl) is one; the stages before and after it are
// shared (events/detector.h).
//
// Streams: Push() appends the samples whose label is final, in input order;
// Finish() appends the rest. Each implementation states how many samples it
// holds back, and its output is the same for any chunking.
#pragma once

#include <span>
#include <vector>

#include "events/labelled_sample.h"

namespace tobii::events {

class Classifier {
 public:
  virtual ~Classifier() = default;
  virtual void Push(std::span<const LabelledSample> samples, std::vector<LabelledSample>* out) = 0;
  virtual void Finish(std::vector<LabelledSample>* out) = 0;
};

}  // namespace tobii::events
