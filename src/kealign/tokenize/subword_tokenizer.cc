#include "kealign/tokenize/subword_tokenizer.h"

#include <fmt/format.h>
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <unordered_map>

#include "kealign/error.h"
#include "kealign/util/hash.h"

namespace kealign::tokenize {
namespace {

void ThrowIfSpmError(const sentencepiece::util::Status& status, const std::string& context) {
  if (!status.ok()) throw ModelError(fmt::format("{}: {}", context, status.ToString()));
}

}  // namespace

SubwordTokenizer::SubwordTokenizer(const std::string& model_path)
    : processor_(std::make_unique<sentencepiece::SentencePieceProcessor>()),
      model_path_(model_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(model_path, ec)) {
    throw ModelError(fmt::format(
        "{}: no such model file (train one with `kealign train-tokenizer` or pass --model)",
        model_path));
  }
  ThrowIfSpmError(processor_->Load(model_path),
                  fmt::format("{}: not a SentencePiece model", model_path));
}

SubwordTokenizer::~SubwordTokenizer() = default;
SubwordTokenizer::SubwordTokenizer(SubwordTokenizer&&) noexcept = default;
SubwordTokenizer& SubwordTokenizer::operator=(SubwordTokenizer&&) noexcept = default;

std::vector<std::string> SubwordTokenizer::EncodePieces(std::string_view text) const {
  std::vector<std::string> pieces;
  // The Status-returning overload: the convenience EncodeAsPieces() swallows errors.
  ThrowIfSpmError(processor_->Encode(text, &pieces), model_path_);
  return pieces;
}

std::vector<int> SubwordTokenizer::EncodeIds(std::string_view text) const {
  std::vector<int> ids;
  ThrowIfSpmError(processor_->Encode(text, &ids), model_path_);
  return ids;
}

int SubwordTokenizer::vocab_size() const { return processor_->GetPieceSize(); }

std::uint64_t SubwordTokenizer::fingerprint() const {
  // Hashes the vocabulary (pieces and scores), which decides the segmentation, rather than the
  // serialised protobuf: its bytes may differ between protobuf builds for the same model.
  std::uint64_t hash = util::kFnv1aOffsetBasis;
  const int size = processor_->GetPieceSize();
  for (int id = 0; id < size; ++id) {
    hash = util::Fnv1a(processor_->IdToPiece(id), hash);
    const float score = processor_->GetScore(id);
    char bits[sizeof score];
    std::memcpy(bits, &score, sizeof score);
    hash = util::Fnv1a(std::string_view(bits, sizeof bits), hash);
  }
  return hash;
}

namespace {

// Feeds SentencePiece the training files line by line, so that their paths never pass through
// its option parser (which splits `input` at commas) and a file that cannot be read is an
// `InputError` naming it. Never throws into SentencePiece: a failure ends the iteration and is
// kept for `ThrowIfFailed`.
class FileLines : public sentencepiece::SentenceIterator {
 public:
  explicit FileLines(const std::vector<std::string>& paths) : paths_(paths) { Advance(); }

  bool done() const override { return done_; }
  void Next() override { Advance(); }
  const std::string& value() const override { return line_; }
  sentencepiece::util::Status status() const override {
    if (failure_.empty()) return {};
    return {sentencepiece::util::StatusCode::kInternal, failure_};
  }

  void ThrowIfFailed() const {
    if (!failure_.empty()) throw InputError(paths_[next_ - 1], failure_);
  }

 private:
  void Advance() {
    while (true) {
      if (in_.is_open() && std::getline(in_, line_)) {
        if (!line_.empty() && line_.back() == '\r') line_.pop_back();
        return;
      }
      if (in_.is_open() && in_.bad()) return Fail("cannot read training input");
      in_.close();
      if (next_ == paths_.size()) {
        done_ = true;
        return;
      }
      in_.clear();
      in_.open(paths_[next_++], std::ios::binary);
      if (!in_) return Fail("cannot open training input");
    }
  }
  void Fail(std::string message) {
    failure_ = std::move(message);
    done_ = true;
  }

  const std::vector<std::string>& paths_;
  std::size_t next_ = 0;
  std::ifstream in_;
  std::string line_;
  std::string failure_;
  bool done_ = false;
};

// SentencePiece reports a vocabulary larger than the text supports as "Vocabulary size is too
// high (N). Please set it to a value <= M."; the largest size it accepts, or 0 for any other
// error.
int AcceptedVocabularySize(const sentencepiece::util::Status& status) {
  const std::string message = status.ToString();
  const std::size_t at = message.find("Vocabulary size is too high");
  if (at == std::string::npos) return 0;
  const std::size_t bound = message.find("<= ", at);
  if (bound == std::string::npos) return -1;
  return std::atoi(message.c_str() + bound + 3);
}

}  // namespace

int TrainTokenizer(const std::vector<std::string>& input_paths, const std::string& output_prefix,
                   const TokenizerTrainingOptions& options) {
  if (input_paths.empty()) throw InputError("", "no training input given");
  for (int vocab = options.vocab_size;;) {
    vocab = std::max(vocab, options.min_vocab_size);
    // Options as a map, not a command line: a path with a space or a comma is just a value.
    const std::unordered_map<std::string, std::string> spec = {
        {"model_prefix", output_prefix},
        {"vocab_size", std::to_string(vocab)},
        {"model_type", options.model_type},
        {"character_coverage", fmt::format("{}", options.character_coverage)},
        {"input_sentence_size", std::to_string(options.input_sentence_size)},
        {"shuffle_input_sentence", "true"},
        {"num_threads", std::to_string(options.num_threads)},
        {"hard_vocab_limit", "false"},
        // SentencePiece logs its progress to stderr; kealign's own messages are the only ones
        // a user should see there. Failures still come back as a status.
        {"minloglevel", "100"},
    };
    // Sampling and shuffling draw from SentencePiece's global generator: seed it for
    // reproducible models.
    sentencepiece::SetRandomGeneratorSeed(7);
    FileLines lines(input_paths);
    lines.ThrowIfFailed();  // an unopenable first file
    const sentencepiece::util::Status status =
        sentencepiece::SentencePieceTrainer::Train(spec, &lines);
    lines.ThrowIfFailed();
    // With a soft vocabulary limit SentencePiece may stop short of `vocab`: report what it made.
    if (status.ok()) return SubwordTokenizer(output_prefix + ".model").vocab_size();
    // Only a vocabulary too large for the text is worth another try, at the size it accepts.
    const int accepted = AcceptedVocabularySize(status);
    if (accepted == 0 || vocab == options.min_vocab_size) {
      ThrowIfSpmError(status, fmt::format("training {} failed", output_prefix));
    }
    vocab = accepted > 0 && accepted < vocab ? accepted : vocab * 3 / 4;
  }
}

}  // namespace kealign::tokenize
