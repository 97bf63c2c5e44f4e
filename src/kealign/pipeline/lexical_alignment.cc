#include "kealign/pipeline/lexical_alignment.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <fstream>
#include <istream>
#include <ostream>

#include "kealign/error.h"
#include "kealign/features/lexical_tokens.h"
#include "kealign/util/binary_io.h"

namespace kealign {
namespace {

// The file: this magic, a format version, then little-endian fields (`util::BinaryWriter`) and
// one checksum over everything before it.
constexpr std::string_view kMagic = "kealign-lexical-model\n";
constexpr std::uint32_t kVersion = 3;

// Formats 1 and 2 (kealign 0.1) wrote the version and the header fields in the host's byte
// order (little-endian on every machine kealign ran on), then each part with a magic, a
// version and a checksum of its own; format 1 lacked the units and the fingerprint. Models
// trained on large corpora are worth keeping, so they still load.
LexicalModel LoadLegacy(std::istream& in, const std::string& display_name,
                        util::BinaryReader& header, std::uint32_t version) {
  LexicalModel result;
  if (version == 2) {
    const std::uint8_t units_byte = header.U8("the header");
    if (units_byte > static_cast<std::uint8_t>(features::LexicalUnits::kStemsAndPieces)) {
      header.Fail("corrupt lexical model (bad units)");
    }
    result.units = static_cast<features::LexicalUnits>(units_byte);
    result.pieces_fingerprint = header.U64("the header");
  }
  // Each part restarts its checksum, so each gets a reader of its own.
  const auto part = [&](std::string_view magic, std::string_view kind, auto read) {
    util::BinaryReader reader(in, display_name);
    reader.Magic(magic, kind);
    reader.Version(1, kind);
    auto value = read(reader);
    reader.Checksum();
    return value;
  };
  const auto vocabulary = [&] {
    return part("KEALIGN-VOCABULARY\n", "vocabulary",
                [](util::BinaryReader& r) { return lexical::Vocabulary::Read(r); });
  };
  const auto table = [&] {
    return part("KEALIGN-LEXICAL-TABLE\n", "lexical translation table",
                [](util::BinaryReader& r) { return lexical::TranslationTable::Read(r); });
  };
  result.korean = vocabulary();
  result.english = vocabulary();
  util::BinaryReader model_header(in, display_name);
  model_header.Magic("KEALIGN-LEXICAL-MODEL\n", "lexical model");
  model_header.Version(1, "lexical model");
  result.model.forward = table();
  result.model.backward = table();
  return result;
}

std::vector<std::vector<int>> Encode(const lexical::Vocabulary& vocabulary,
                                     const features::LexicalTokenizer& tokenizer,
                                     const Document& document, Language language) {
  std::vector<std::vector<int>> ids;
  ids.reserve(document.sentences.size());
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    std::vector<int> sentence;
    for (const std::string& token : tokenizer.Tokens(document.SentenceText(i), language)) {
      sentence.push_back(vocabulary.Find(token));
    }
    ids.push_back(std::move(sentence));
  }
  return ids;
}

// The ids of `tokens`, or an empty vector if one of them is not in `vocabulary`.
std::vector<int> FindAll(const lexical::Vocabulary& vocabulary,
                         const std::vector<std::string>& tokens) {
  std::vector<int> ids;
  for (const std::string& token : tokens) {
    const int id = vocabulary.Find(token);
    if (id == lexical::Vocabulary::kNotFound) return {};
    ids.push_back(id);
  }
  return ids;
}

}  // namespace

features::LexicalTokenizer LexicalModel::MakeTokenizer(const features::PieceModels& pieces) const {
  if (!features::UsesPieces(units)) return {};
  const features::LexicalTokenizer tokenizer(units, pieces);
  if (tokenizer.pieces_fingerprint() != pieces_fingerprint) {
    throw ModelError(
        "the lexical model was trained on pieces of other SentencePiece models than the ones "
        "given (use the Korean and English models it was trained with)");
  }
  return tokenizer;
}

void LexicalModel::Save(std::ostream& out) const {
  util::BinaryWriter writer(out);
  writer.Bytes(kMagic.data(), kMagic.size());
  writer.U32(kVersion);
  writer.U8(static_cast<std::uint8_t>(units));
  writer.U64(pieces_fingerprint);
  korean.Write(writer);
  english.Write(writer);
  model.Write(writer);
  writer.Checksum();
}

LexicalModel LexicalModel::Load(std::istream& in, const std::string& display_name) {
  util::BinaryReader reader(in, display_name);
  reader.Magic(kMagic, "lexical model");
  const std::uint32_t version = reader.U32("the version");
  if (version == 1 || version == 2) return LoadLegacy(in, display_name, reader, version);
  if (version != kVersion) {
    reader.Fail(
        fmt::format("lexical model format {} is not supported (this kealign reads "
                    "format {}); use the kealign that wrote it, or train it again",
                    version, kVersion));
  }
  LexicalModel result;
  const std::uint8_t units_byte = reader.U8("the header");
  if (units_byte > static_cast<std::uint8_t>(features::LexicalUnits::kStemsAndPieces)) {
    reader.Fail("corrupt lexical model (bad units)");
  }
  result.units = static_cast<features::LexicalUnits>(units_byte);
  result.pieces_fingerprint = reader.U64("the header");
  result.korean = lexical::Vocabulary::Read(reader);
  result.english = lexical::Vocabulary::Read(reader);
  result.model = lexical::BidirectionalModel::Read(reader);
  reader.Checksum();
  return result;
}

LexicalModel LexicalModel::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(fmt::format("{}: cannot open lexical model", path));
  return Load(in, path);
}

LexicalTrainingSet::LexicalTrainingSet(features::LexicalTokenizer tokenizer)
    : tokenizer_(std::move(tokenizer)) {}

template <typename KoreanTokens, typename EnglishTokens>
void LexicalTrainingSet::AddPair(const KoreanTokens& korean, const EnglishTokens& english) {
  for (const auto& token : korean) korean_.ids.push_back(korean_.vocabulary.Add(token));
  korean_.offsets.push_back(korean_.ids.size());
  for (const auto& token : english) english_.ids.push_back(english_.vocabulary.Add(token));
  english_.offsets.push_back(english_.ids.size());
}

void LexicalTrainingSet::Add(const AlignedDocument& first_pass, const LexicalOptions& options) {
  for (const align::Bead& bead : first_pass.ladder) {
    if (size() >= options.max_training_pairs) return;
    if (bead.source_count != 1 || bead.target_count != 1) continue;
    if (bead.score < options.min_confidence) continue;
    const std::vector<std::string> source =
        tokenizer_.Tokens(first_pass.source.SentenceText(bead.source_begin), Language::kKorean);
    const std::vector<std::string> target =
        tokenizer_.Tokens(first_pass.target.SentenceText(bead.target_begin), Language::kEnglish);
    const auto limit = static_cast<std::size_t>(std::max(0, options.max_training_tokens));
    if (source.size() > limit || target.size() > limit) continue;
    AddPair(source, target);
  }
}

void LexicalTrainingSet::Append(LexicalTrainingSet&& other, const LexicalOptions& options) {
  assert(other.tokenizer_.units() == tokenizer_.units());
  // Re-encoded through the strings in pair order, so the ids are those that adding the same
  // pairs here in that order would have given: the model does not depend on how documents were
  // grouped.
  std::vector<std::string_view> korean, english;
  for (std::size_t p = 0; p < other.size() && size() < options.max_training_pairs; ++p) {
    korean.clear();
    english.clear();
    for (std::size_t k = other.korean_.offsets[p]; k < other.korean_.offsets[p + 1]; ++k) {
      korean.push_back(other.korean_.vocabulary.Token(other.korean_.ids[k]));
    }
    for (std::size_t k = other.english_.offsets[p]; k < other.english_.offsets[p + 1]; ++k) {
      english.push_back(other.english_.vocabulary.Token(other.english_.ids[k]));
    }
    AddPair(korean, english);
  }
  other = LexicalTrainingSet(other.tokenizer_);
}

LexicalModel LexicalTrainingSet::Train(const lang::Dictionary* seed,
                                       const LexicalOptions& options) const {
  LexicalModel result;
  result.units = tokenizer_.units();
  result.pieces_fingerprint = tokenizer_.pieces_fingerprint();
  result.korean = korean_.vocabulary;
  result.english = english_.vocabulary;
  result.korean.Freeze();
  result.english.Freeze();
  std::vector<lexical::SentencePair> training;
  training.reserve(size());
  const std::span<const int> korean_ids = korean_.ids;
  const std::span<const int> english_ids = english_.ids;
  for (std::size_t p = 0; p < size(); ++p) {
    training.push_back(
        {korean_ids.subspan(korean_.offsets[p], korean_.offsets[p + 1] - korean_.offsets[p]),
         english_ids.subspan(english_.offsets[p], english_.offsets[p + 1] - english_.offsets[p])});
  }
  lexical::Model1Options model_options;
  model_options.iterations = options.iterations;
  model_options.threads = options.threads;
  if (seed != nullptr) {
    // Multi-word stem sides are skipped: Model 1 learns their parts from the data.
    std::vector<std::pair<int, int>> stem_priors;
    // Piece priors grouped by their number of pairings, which sets their weight.
    std::vector<std::vector<std::pair<int, int>>> piece_priors(kMaxPiecePairs + 1);
    for (const lang::DictionaryEntry& entry : seed->entries) {
      const auto korean = tokenizer_.TokenStreams(entry.korean, Language::kKorean);
      const auto english = tokenizer_.TokenStreams(entry.english, Language::kEnglish);
      if (korean.stems.size() == 1 && english.stems.size() == 1) {
        const std::vector<int> k = FindAll(result.korean, korean.stems);
        const std::vector<int> e = FindAll(result.english, english.stems);
        if (!k.empty() && !e.empty()) stem_priors.emplace_back(k[0], e[0]);
      }
      const std::size_t pairings = korean.pieces.size() * english.pieces.size();
      if (pairings == 0 || pairings > kMaxPiecePairs) continue;
      const std::vector<int> k = FindAll(result.korean, korean.pieces);
      const std::vector<int> e = FindAll(result.english, english.pieces);
      if (k.empty() || e.empty()) continue;
      for (const int k_id : k) {
        for (const int e_id : e) piece_priors[pairings].emplace_back(k_id, e_id);
      }
    }
    model_options.AddPriorPairs(stem_priors, options.prior_weight);
    for (std::size_t pairings = 1; pairings < piece_priors.size(); ++pairings) {
      if (piece_priors[pairings].empty()) continue;
      model_options.AddPriorPairs(piece_priors[pairings],
                                  options.prior_weight / static_cast<double>(pairings));
    }
  }
  result.model = lexical::TrainBidirectional(training, model_options);
  return result;
}

LexicalEvidence::LexicalEvidence(const LexicalModel& model,
                                 const features::LexicalTokenizer& tokenizer,
                                 const Document& source, const Document& target,
                                 std::span<const lexical::SentenceWindow> source_windows,
                                 std::span<const lexical::SentenceWindow> target_windows)
    : source_ids_(Encode(model.korean, tokenizer, source, Language::kKorean)),
      target_ids_(Encode(model.english, tokenizer, target, Language::kEnglish)),
      scorer_(model.model, source_ids_, target_ids_, source_windows, target_windows) {}

double LexicalEvidence::Support(int source_begin, int source_count, int target_begin,
                                int target_count) const {
  // `DocumentScorer::Score` from one `Evidence` call: we need the token counts too.
  const lexical::BeadEvidence evidence =
      scorer_.Evidence(source_begin, source_count, target_begin, target_count);
  // Each direction's evidence grows with the tokens it explains. Scaling by the generated
  // side's own count (not the shorter side's) lets a 1-2 bead gain from a second sentence whose
  // words the first side translates, instead of being judged by a diluted mean; on the dev set
  // this turned 1-1 + 0-1 splits of condensed translations into 1-2 (BENCHMARKS.md).
  // A side without known tokens says nothing either way: the other direction would be
  // generated from NULL alone and read as evidence against a pairing of unknown words.
  if (evidence.num_target_tokens == 0 || evidence.num_source_tokens == 0) return 0;
  const double forward = (evidence.target_given_source - scorer_.forward_background()) *
                         std::sqrt(static_cast<double>(evidence.num_target_tokens));
  const double backward = (evidence.source_given_target - scorer_.backward_background()) *
                          std::sqrt(static_cast<double>(evidence.num_source_tokens));
  return (forward + backward) / 2;
}

}  // namespace kealign
