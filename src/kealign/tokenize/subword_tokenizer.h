// Subword tokenization with SentencePiece (Kudo & Richardson 2018, arXiv:1808.06226).
//
// This is the only module that includes SentencePiece headers; the processor is held behind a
// forward declaration so SentencePiece stays a private dependency.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace sentencepiece {
class SentencePieceProcessor;
}  // namespace sentencepiece

namespace kealign::tokenize {

class SubwordTokenizer {
 public:
  // Loads the SentencePiece model at `model_path`. Throws `ModelError` naming the path if it is
  // missing or not a SentencePiece model.
  explicit SubwordTokenizer(const std::string& model_path);
  ~SubwordTokenizer();
  SubwordTokenizer(SubwordTokenizer&&) noexcept;
  SubwordTokenizer& operator=(SubwordTokenizer&&) noexcept;

  // The pieces of `text` (e.g. "▁투자", "했으며"). Thread-safe: SentencePiece encoding is const.
  std::vector<std::string> EncodePieces(std::string_view text) const;
  // The piece ids of `text`, in `[0, vocab_size())`.
  std::vector<int> EncodeIds(std::string_view text) const;

  int vocab_size() const;
  // A hash of the model's vocabulary, its pieces and their scores (FNV-1a, 64 bits): the same
  // for the same model on any machine and SentencePiece build, so it can be stored to
  // recognise the model later.
  std::uint64_t fingerprint() const;

 private:
  std::unique_ptr<sentencepiece::SentencePieceProcessor> processor_;
  std::string model_path_;
};

struct TokenizerTrainingOptions {
  // Target vocabulary size; SentencePiece lowers it (with an error) if the text is too small,
  // so `TrainTokenizer` retries with a smaller size down to `min_vocab_size`.
  int vocab_size = 8000;
  int min_vocab_size = 200;
  // "unigram" (default) or "bpe".
  std::string model_type = "unigram";
  // Share of characters the model must cover; rarer ones become <unk>. 0.9995 suits Korean's
  // large syllable inventory.
  double character_coverage = 0.9995;
  // Sentences sampled for training (0 = all). Keeps training of large corpora bounded.
  int input_sentence_size = 2'000'000;
  int num_threads = 1;
};

// Trains a model on `input_paths` (UTF-8 text, one sentence or paragraph a line) and writes
// `output_prefix`.model and `output_prefix`.vocab. Returns the vocabulary size of the model
// written, which is below `options.vocab_size` when the text is too small for it. Throws
// `InputError` for unreadable input and `ModelError` if SentencePiece fails even at
// `min_vocab_size`. Deterministic for the same input (SentencePiece's seed is fixed).
int TrainTokenizer(const std::vector<std::string>& input_paths, const std::string& output_prefix,
                   const TokenizerTrainingOptions& options);

}  // namespace kealign::tokenize
