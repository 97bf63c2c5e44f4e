#include "kealign/features/detail/word_text.h"

namespace kealign::features::detail {

bool LooksLikeUrl(std::string_view token) {
  if (token.find("://") != std::string_view::npos) return true;
  if (token.substr(0, 4) == "www.") return true;
  const auto at = token.find('@');
  return at != std::string_view::npos && at > 0 && token.find('.', at) != std::string_view::npos;
}

std::string_view TrimPunctuation(std::string_view token) {
  auto is_edge = [](char c) {
    return c == '.' || c == ',' || c == ')' || c == '(' || c == '"' || c == '\'' || c == ';' ||
           c == ':' || c == '!' || c == '?' || c == ']' || c == '[' || c == '<' || c == '>';
  };
  while (!token.empty() && is_edge(token.back())) token.remove_suffix(1);
  while (!token.empty() && is_edge(token.front())) token.remove_prefix(1);
  return token;
}

std::string AsciiLower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

}  // namespace kealign::features::detail
