#include "bind/placeholders.h"

#include "core/whitespace.h"

namespace handout {

Placeholders document_placeholders(const HandoutData& data) {
  return {{"title", fold_whitespace(data.title.text)},
          {"subtitle", fold_whitespace(data.subtitle.text)},
          {"author", fold_whitespace(data.author.text)},
          {"date", fold_whitespace(data.date.text)}};
}

std::string fill_placeholders(std::string_view text, const Placeholders& values) {
  std::string filled;
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find("{{", at);
    size_t close = open == std::string_view::npos ? open : text.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    filled += text.substr(at, open - at);
    std::string name = fold_whitespace(text.substr(open + 2, close - open - 2));
    auto value = values.find(name);
    filled += value != values.end() ? value->second : "{{" + name + "}}";
    at = close + 2;
  }
  filled += text.substr(at);
  return filled;
}

}  // namespace handout
