#include "kealign/tokenize/subword_tokenizer.h"

#include <fmt/format.h>
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "kealign/error.h"

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
  std::uint64_t hash = 14695981039346656037ull;
  auto add = [&hash](std::string_view bytes) {
    for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  };
  const int size = processor_->GetPieceSize();
  for (int id = 0; id < size; ++id) {
    add(processor_->IdToPiece(id));
    const float score = processor_->GetScore(id);
    char bits[sizeof score];
    std::memcpy(bits, &score, sizeof score);
    add(std::string_view(bits, sizeof bits));
  }
  return hash;
}

int TrainTokenizer(const std::vector<std::string>& input_paths, const std::string& output_prefix,
                   const TokenizerTrainingOptions& options) {
  if (input_paths.empty()) throw InputError("", "no training input given");
  std::string inputs;
  for (const std::string& path : input_paths) {
    std::ifstream probe(path);
    if (!probe) throw InputError(path, "cannot open training input");
    if (!inputs.empty()) inputs += ',';
    inputs += path;
  }
  for (int vocab = options.vocab_size;; vocab = vocab * 3 / 4) {
    vocab = std::max(vocab, options.min_vocab_size);
    const std::string args = fmt::format(
        "--input={} --model_prefix={} --vocab_size={} --model_type={} "
        "--character_coverage={} --input_sentence_size={} --shuffle_input_sentence=true "
        "--num_threads={} --minloglevel=2 --hard_vocab_limit=false",
        inputs, output_prefix, vocab, options.model_type, options.character_coverage,
        options.input_sentence_size, options.num_threads);
    // Sampling and shuffling draw from SentencePiece's global generator: seed it for
    // reproducible models.
    sentencepiece::SetRandomGeneratorSeed(7);
    const sentencepiece::util::Status status = sentencepiece::SentencePieceTrainer::Train(args);
    // With a soft vocabulary limit SentencePiece may stop short of `vocab`: report what it made.
    if (status.ok()) return SubwordTokenizer(output_prefix + ".model").vocab_size();
    if (vocab == options.min_vocab_size) {
      ThrowIfSpmError(status, fmt::format("training {} failed", output_prefix));
    }
  }
}

}  // namespace kealign::tokenize
