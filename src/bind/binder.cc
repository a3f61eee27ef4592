#include "bind/binder.h"

#include <map>

#include "bind/inline_markup.h"
#include "bind/markup_spans.h"
#include "bind/placeholders.h"
#include "bind/style_resolving.h"
#include "core/whitespace.h"

namespace handout {
namespace {

InlineSpan plain_span(std::string text) {
  InlineSpan span;
  span.text = std::move(text);
  return span;
}

// Binding state for one document: the inputs, the output and the styles resolved so far (each
// style once, so a warning about it is given once).
class Binder {
 public:
  Binder(const HandoutData& data, const TemplateDef& layout_template, Diagnostics& diagnostics)
      : data_(data), template_(layout_template), diagnostics_(diagnostics) {}

  DocTree bind() {
    tree_.info = document_info();
    tree_.page = template_.page;
    tree_.pagination = template_.pagination;
    for (const BlockDef& block : template_.body) bind_block(block);
    if (template_.header) tree_.header = running_text(*template_.header);
    if (template_.footer) tree_.footer = running_text(*template_.footer);
    return std::move(tree_);
  }

 private:
  DocumentInfo document_info() const {
    DocumentInfo info;
    info.title = markup_free_text(data_.title.text);
    info.author = markup_free_text(data_.author.text);
    info.subject = data_.subject.empty() ? markup_free_text(data_.subtitle.text)
                                         : fold_whitespace(data_.subject.text);
    for (const TextValue& keyword : data_.keywords) {
      if (!info.keywords.empty()) info.keywords += ", ";
      info.keywords += fold_whitespace(keyword.text);
    }
    info.creator = std::string("handout ") + HANDOUT_VERSION;
    info.language = data_.lang.empty() ? "en-US" : data_.lang.text;
    info.date = data_.date.text;
    return info;
  }

  const TextStyle& style(const std::string& name) {
    auto found = styles_.find(name);
    if (found == styles_.end()) {
      found = styles_.emplace(name, resolve_style(template_, name, diagnostics_)).first;
    }
    return found->second;
  }

  void bind_block(const BlockDef& block) {
    switch (block.kind) {
      case BlockKind::title:
        add_paragraphs(data_.title, block.style);
        break;
      case BlockKind::subtitle:
        add_paragraphs(data_.subtitle, block.style);
        break;
      case BlockKind::byline:
        add_byline(block);
        break;
      case BlockKind::intro:
        add_paragraphs(data_.intro, block.style);
        break;
      case BlockKind::figures:
        for (const FigureData& figure : data_.figures) add_figure(figure, block);
        break;
      case BlockKind::items:
        for (const SectionData& section : data_.sections) add_section(section, block);
        break;
    }
  }

  void add_paragraphs(const TextValue& text, const std::string& style_name) {
    for (InlineText& content : parse_markup_paragraphs(text, diagnostics_)) {
      std::string plain = content.plain_text();
      tree_.blocks.push_back(
          ParagraphBlock{std::move(plain), std::move(content), style(style_name), text.where});
    }
  }

  void add_byline(const BlockDef& block) {
    // Author and date share one line, as on a title page.
    InlineText byline = parse_inline_markup(data_.author, diagnostics_);
    InlineText date = parse_inline_markup(data_.date, diagnostics_);
    if (!byline.empty() && !date.empty()) append_span(byline, plain_span(" \u00b7 "));
    for (const InlineSpan& span : date.spans) append_span(byline, span);
    if (byline.empty()) return;
    SourceLocation where = data_.author.empty() ? data_.date.where : data_.author.where;
    std::string plain = byline.plain_text();
    tree_.blocks.push_back(
        ParagraphBlock{std::move(plain), std::move(byline), style(block.style), where});
  }

  void add_figure(const FigureData& figure, const BlockDef& block) {
    FigureBlock bound;
    bound.image_path = figure.resolved_path;
    bound.width_fraction = block.figure_width;
    bound.max_height_fraction = block.figure_max_height;
    bound.caption_content = parse_inline_markup(figure.caption, diagnostics_);
    bound.caption = bound.caption_content.plain_text();
    bound.caption_style = style(block.caption_style);
    bound.placement = block.figure_placement;
    bound.alt = fold_whitespace(figure.alt.text);
    bound.where = figure.path.where;
    tree_.blocks.push_back(std::move(bound));
  }

  void add_section(const SectionData& section, const BlockDef& block) {
    const bool titled = !section.title.empty();
    if (titled) add_heading(section.title, block.section_style, 1);
    for (const ItemData& item : section.items) {
      add_heading(item.heading, block.heading_style, titled ? 2 : 1);
      add_paragraphs(item.description, block.description_style);
    }
  }

  void add_heading(const TextValue& text, const std::string& style_name, int level) {
    InlineText content = parse_inline_markup(text, diagnostics_);
    std::string plain = content.plain_text();
    tree_.blocks.push_back(
        HeadingBlock{std::move(plain), std::move(content), style(style_name), level, text.where});
  }

  RunningText running_text(const RegionDef& region) {
    const Placeholders values = document_placeholders(data_);
    RunningText text;
    text.left = fill_placeholders(region.left, values);
    text.center = fill_placeholders(region.center, values);
    text.right = fill_placeholders(region.right, values);
    text.style = style(region.style);
    text.on_first_page = region.on_first_page;
    return text;
  }

  const HandoutData& data_;
  const TemplateDef& template_;
  Diagnostics& diagnostics_;
  DocTree tree_;
  std::map<std::string, TextStyle> styles_;
};

}  // namespace

DocTree bind_document(const HandoutData& data, const TemplateDef& layout_template,
                      Diagnostics& diagnostics) {
  return Binder(data, layout_template, diagnostics).bind();
}

}  // namespace handout
