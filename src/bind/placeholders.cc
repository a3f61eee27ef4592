#include "bind/placeholders.h"

#include "bind/inline_markup.h"
#include "core/whitespace.h"

namespace handout {

Placeholders document_placeholders(const HandoutData& data) {
  // Running text is set without marks: '**' in a title would print literally in a footer.
  return {{"title", markup_free_text(data.title.text)},
          {"subtitle", markup_free_text(data.subtitle.text)},
          {"author", markup_free_text(data.author.text)},
          {"date", markup_free_text(data.date.text)}};
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
