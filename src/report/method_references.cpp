#include "report/method_references.h"

#include <iterator>

namespace tobii::report {

namespace {

constexpr Paper kPapers[] = {
    {"olsen2012", "Olsen, 2012",
     "Olsen, A. (2012). The Tobii I-VT fixation filter: Algorithm description. Tobii Technology."},
    {"salvucci2000", "Salvucci & Goldberg, 2000",
     "Salvucci, D. D., & Goldberg, J. H. (2000). Identifying fixations and saccades in eye-tracking protocols. "
     "In Proceedings of the 2000 Symposium on Eye Tracking Research & Applications (ETRA '00) (pp. 71\u201378). "
     "ACM. https://doi.org/10.1145/355017.355028"},
    {"engbert2003", "Engbert & Kliegl, 2003",
     "Engbert, R., & Kliegl, R. (2003). Microsaccades uncover the orientation of covert attention. Vision "
     "Research, 43(9), 1035\u20131045. https://doi.org/10.1016/S0042-6989(03)00084-1"},
    {"mann1947", "Mann & Whitney, 1947",
     "Mann, H. B., & Whitney, D. R. (1947). On a test of whether one of two random variables is stochastically "
     "larger than the other. The Annals of Mathematical Statistics, 18(1), 50\u201360. "
     "https://doi.org/10.1214/aoms/1177730491"},
    {"welch1947", "Welch, 1947",
     "Welch, B. L. (1947). The generalization of \u201cStudent\u2019s\u201d problem when several different "
     "population variances are involved. Biometrika, 34(1\u20132), 28\u201335. https://doi.org/10.2307/2332510"},
    {"hedges1981", "Hedges, 1981",
     "Hedges, L. V. (1981). Distribution theory for Glass's estimator of effect size and related estimators. "
     "Journal of Educational Statistics, 6(2), 107\u2013128. https://doi.org/10.3102/10769986006002107"},
    {"wilcoxon1945", "Wilcoxon, 1945",
     "Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin, 1(6), 80\u201383. "
     "https://doi.org/10.2307/3001968"},
    {"student1908", "Student, 1908",
     "Student. (1908). The probable error of a mean. Biometrika, 6(1), 1\u201325. https://doi.org/10.2307/2331554"},
    {"lakens2013", "Lakens, 2013",
     "Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science: A practical "
     "primer for t-tests and ANOVAs. Frontiers in Psychology, 4, 863. https://doi.org/10.3389/fpsyg.2013.00863"},
    {"morris2002", "Morris & DeShon, 2002",
     "Morris, S. B., & DeShon, R. P. (2002). Combining effect size estimates in meta-analysis with repeated "
     "measures and independent-groups designs. Psychological Methods, 7(1), 105\u2013125. "
     "https://doi.org/10.1037/1082-989X.7.1.105"},
    {"benjamini1995", "Benjamini & Hochberg, 1995",
     "Benjamini, Y., & Hochberg, Y. (1995). Controlling the false discovery rate: A practical and powerful "
     "approach to multiple testing. Journal of the Royal Statistical Society: Series B, 57(1), 289\u2013300. "
     "https://doi.org/10.1111/j.2517-6161.1995.tb02031.x"},
    {"krejtz2015", "Krejtz et al., 2015",
     "Krejtz, K., Duchowski, A., Szmidt, T., Krejtz, I., Gonz\u00e1lez Perilli, F., Pires, A., Vilaro, A., & "
     "Villalobos, N. (2015). Gaze transition entropy. ACM Transactions on Applied Perception, 13(1), Article 4. "
     "https://doi.org/10.1145/2834121"},
};

// The papers each header under src/events/ and src/stats/ names.
constexpr const char* kIvtPapers[] = {"olsen2012", "salvucci2000"};
constexpr const char* kIdtPapers[] = {"salvucci2000"};
constexpr const char* kEngbertKlieglPapers[] = {"engbert2003"};
constexpr const char* kVelocityPapers[] = {"olsen2012"};
constexpr const char* kMannWhitneyPapers[] = {"mann1947"};
constexpr const char* kWelchPapers[] = {"welch1947"};
constexpr const char* kHedgesPapers[] = {"hedges1981"};
constexpr const char* kBenjaminiPapers[] = {"benjamini1995"};
constexpr const char* kWilcoxonPapers[] = {"wilcoxon1945"};
constexpr const char* kPairedTPapers[] = {"student1908"};
// d_z (Lakens), Hedges' correction J (hedges_g.h), the interval's
// large-sample SE (Morris & DeShon): stats/hedges_gz.h.
constexpr const char* kHedgesGzPapers[] = {"lakens2013", "hedges1981", "morris2002"};
// The entropies of metrics/aoi_metrics.h (doc/algorithms/aoi.md).
constexpr const char* kTransitionEntropyPapers[] = {"krejtz2015"};

constexpr Method kMethods[] = {
    {"ivt", "the Tobii I-VT fixation filter", "", kIvtPapers},
    {"idt", "the dispersion-threshold algorithm I-DT", "", kIdtPapers},
    {"engbert_kliegl", "the adaptive velocity-threshold algorithm of Engbert and Kliegl", "", kEngbertKlieglPapers},
    {"velocity", "the angular velocity of each sample over a centred window", "", kVelocityPapers},
    {"mann_whitney", "Mann\u2013Whitney U test", "U", kMannWhitneyPapers},
    {"welch", "Welch's t-test", "t", kWelchPapers},
    {"hedges_g", "Hedges' g", "g", kHedgesPapers},
    {"wilcoxon", "Wilcoxon signed-rank test", "W", kWilcoxonPapers},
    {"paired_t", "paired t-test", "t", kPairedTPapers},
    {"hedges_gz", "Hedges' g_z", "g_z", kHedgesGzPapers},
    {"benjamini_hochberg", "Benjamini\u2013Hochberg false discovery rate", "q", kBenjaminiPapers},
    {"transition_entropy", "gaze transition and stationary entropy", "H_t", kTransitionEntropyPapers},
};

}  // namespace

const Method* FindMethod(std::string_view key) {
  for (const Method& method : kMethods) {
    if (key == method.key) return &method;
  }
  return nullptr;
}

const Paper* FindPaper(std::string_view id) {
  for (const Paper& paper : kPapers) {
    if (id == paper.id) return &paper;
  }
  return nullptr;
}

std::string InTextCitation(std::string_view key) {
  const Method* method = FindMethod(key);
  if (method == nullptr || method->papers.empty()) return "";
  std::string text = "(";
  for (const char* id : method->papers) {
    if (const Paper* paper = FindPaper(id)) {
      if (text.size() > 1) text += "; ";
      text += paper->in_text;
    }
  }
  return text + ")";
}

}  // namespace tobii::report
