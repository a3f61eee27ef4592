#include "load/template_body_reading.h"

#include <filesystem>
#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <variant>

#include "core/edit_distance.h"
#include "core/read_root.h"
#include "core/resource_limits.h"
#include "load/source_file.h"
#include "load/template_block_kinds.h"
#include "load/template_block_options_reading.h"
#include "load/yaml_parsing.h"
#include "model/style_defaults.h"

namespace handout {
namespace {

namespace fs = std::filesystem;

std::string kinds_hint() { return "the block kinds are " + quoted_list(block_kind_names(), "and"); }

// Reads lists of blocks, following includes; remembers the files on the include path to
// catch cycles.
class BodyReader {
 public:
  BodyReader(TemplateDef& layout_template, const ReadRoot& root, YamlBudget& budget)
      : template_(layout_template), root_(root), budget_(budget) {
    include_path_.push_back(resolved_path(template_.source_file).string());
  }

  std::vector<BodyBlockDef> read_list(YamlReader& reader, const YAML::Node& node,
                                      const std::string& subject) {
    std::vector<BodyBlockDef> blocks;
    if (!reader.expect(node, YAML::NodeType::Sequence, subject, "a list of blocks")) return blocks;
    for (size_t i = 0; i < node.size(); ++i) read_entry(reader, node[i], blocks);
    return blocks;
  }

 private:
  void read_entry(YamlReader& reader, const YAML::Node& entry, std::vector<BodyBlockDef>& out) {
    if (entry.IsScalar()) return read_bare(reader, entry, out);
    if (!reader.expect(entry, YAML::NodeType::Map, "a block",
                       "a mapping such as {heading: \"{{title}}\"} or a name such as page-break")) {
      return;
    }
    std::optional<MappingEntry> kind_entry = find_kind_entry(reader, entry);
    if (!kind_entry) return;
    if (kind_entry->key == "include") return read_include(reader, entry, *kind_entry, out);
    const BlockKindInfo& info = *find_block_kind(kind_entry->key);
    const YAML::Node& value = kind_entry->value;
    // `- rule: {width: 2pt}`: the value holds the options.
    const bool options_inside = value.IsMap() && !info.value_options.empty();
    std::vector<std::string> keys = {info.name};
    if (!options_inside) keys.insert(keys.end(), info.options.begin(), info.options.end());
    MappingReader fields(reader, entry, "block '" + info.name + "'", keys);
    std::optional<YAML::Node> content;
    if (info.value == BlockValue::none && !value.IsNull() && !options_inside) {
      reader.error(
          value,
          "block '" + info.name + "' takes no value" +
              (info.options.empty() ? std::string()
                                    : ", only options such as {" + info.options[0] + ": ...}"),
          {"write it as '- " + info.name + "'"});
    } else if (value.IsNull() && info.value == BlockValue::required) {
      reader.error(kind_entry->key_node, "block '" + info.name + "' needs a value");
    } else if (!value.IsNull() && !options_inside) {
      content = value;
    }
    BlockReading reading = reading_for(reader);
    BodyBlockDef block{reader.where(entry), {}};
    if (options_inside) {
      MappingReader options(reader, value, info.name, info.value_options);
      BlockParts parts{info.name, content, options};
      block.body = info.read(reading, &parts);
    } else {
      BlockParts parts{info.name, content, fields};
      block.body = info.read(reading, &parts);
    }
    out.push_back(std::move(block));
  }

  void read_bare(YamlReader& reader, const YAML::Node& entry, std::vector<BodyBlockDef>& out) {
    const std::string name = entry.Scalar();
    const BlockKindInfo* info = find_block_kind(name);
    if (info != nullptr && info->bare()) {
      BlockReading reading = reading_for(reader);
      out.push_back({reader.where(entry), info->read(reading, nullptr)});
      return;
    }
    if (info != nullptr || name == "include") {
      reader.error(entry, "block '" + name + "' needs a value, as in '" + name + ": ...'");
      return;
    }
    report_unknown_kind(reader, entry, name);
  }

  void report_unknown_kind(YamlReader& reader, const YAML::Node& at, const std::string& name) {
    std::vector<std::string> hints;
    if (auto suggestion = did_you_mean(name, block_kind_names())) {
      hints.push_back(*suggestion);
    }
    if (name == "block") {
      hints.push_back(
          "blocks are named by their kind now: write '- title: \"{{title}}\"', not "
          "'- block: title' (see docs/templates.md)");
    }
    hints.push_back(kinds_hint());
    reader.error(at, "unknown block kind '" + name + "'", hints);
  }

  // The one key of a block's mapping that names its kind.
  std::optional<MappingEntry> find_kind_entry(YamlReader& reader, const YAML::Node& entry) {
    std::vector<MappingEntry> kinds;
    for (const auto& pair : entry) {
      if (!pair.first.IsScalar()) continue;
      const std::string key = pair.first.Scalar();
      if (find_block_kind(key) != nullptr || key == "include") {
        kinds.push_back({key, pair.first, pair.second});
      }
    }
    if (kinds.size() == 1) return kinds[0];
    if (kinds.size() > 1) {
      reader.error(kinds[1].key_node,
                   "a block has one kind, but this one has both '" + kinds[0].key + "' and '" +
                       kinds[1].key + "'",
                   {"put each in a block of its own"});
      return std::nullopt;
    }
    if (entry.size() > 0 && entry.begin()->first.IsScalar()) {
      report_unknown_kind(reader, entry.begin()->first, entry.begin()->first.Scalar());
    } else {
      reader.error(entry, "this block has no kind", {kinds_hint()});
    }
    return std::nullopt;
  }

  BlockReading reading_for(YamlReader& reader) {
    return {reader, template_,
            [this](YamlReader& reader, const YAML::Node& node, const std::string& subject) {
              return read_nested_list(reader, node, subject);
            }};
  }

  // The blocks of a group, each, if, unless or callout. Every later stage walks blocks inside
  // each other by recursion, so their nesting is bounded across the files included too (within
  // one file the YAML depth bounds it; a chain of included files would multiply that: 400 files
  // of 200 groups nested overflowed the stack).
  std::vector<BodyBlockDef> read_nested_list(YamlReader& reader, const YAML::Node& node,
                                             const std::string& subject) {
    if (nesting_ >= budget_.max_depth) {
      reader.error(node,
                   "blocks nest more than " + std::to_string(budget_.max_depth) +
                       " deep here (groups, each, if, unless and callouts inside each other, "
                       "counting those in the files that include this one)",
                   {raise_limit_hint(kMaxYamlDepthOption)});
      return {};
    }
    ++nesting_;
    std::vector<BodyBlockDef> blocks = read_list(reader, node, subject);
    --nesting_;
    return blocks;
  }

  void read_include(YamlReader& reader, const YAML::Node& entry, const MappingEntry& include,
                    std::vector<BodyBlockDef>& out) {
    MappingReader fields(reader, entry, "include", {"include"});
    // An empty value's position is where the next line starts: point at the key instead.
    if (include.value.IsNull()) {
      reader.error(include.key_node, "include needs the path of a file of blocks");
      return;
    }
    TextValue name = reader.text(include.value, "include");
    if (name.empty()) {
      if (include.value.IsScalar()) {
        reader.error(include.key_node, "include needs the path of a file of blocks");
      }
      return;
    }
    fs::path path = fs::path(reader.file()).parent_path() / name.text;
    if (auto refusal =
            root_.refusal("include '" + name.text + "'", path.lexically_normal().string())) {
      reader.error(include.value, *refusal, {kReadRootHint});
      return;
    }
    const std::string canonical = resolved_path(path.string()).string();
    if (std::find(include_path_.begin(), include_path_.end(), canonical) != include_path_.end()) {
      reader.error(include.value,
                   "including '" + name.text + "' here makes a cycle: " + cycle_text(canonical));
      return;
    }
    Diagnostics& diagnostics = reader.diagnostics();
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      reader.error(include.value,
                   "cannot include '" + name.text + "': there is no file " +
                       path.lexically_normal().string(),
                   {"the path is relative to " + reader.file()});
      return;
    }
    if (static_cast<int>(include_path_.size()) > budget_.max_depth) {
      reader.error(include.value,
                   "including '" + name.text + "' here nests included files more than " +
                       std::to_string(budget_.max_depth) + " deep",
                   {raise_limit_hint(kMaxYamlDepthOption)});
      return;
    }
    if (!fits_in_budget(reader, include.value, name.text, path)) return;
    SourceText text =
        read_source_file(path.lexically_normal().string(), budget_.max_file_bytes, diagnostics);
    if (!text) return;
    budget_.included_bytes += text->size();
    const std::string file = path.lexically_normal().string();
    if (std::find(template_.included_files.begin(), template_.included_files.end(), file) ==
        template_.included_files.end()) {
      template_.included_files.push_back(file);
    }
    std::optional<YAML::Node> root = parse_yaml(*text, file, budget_, diagnostics);
    if (!root) return;
    YamlReader included(file, *text, diagnostics);
    include_path_.push_back(canonical);
    std::vector<BodyBlockDef> blocks = read_list(included, *root, "the included file");
    include_path_.pop_back();
    for (BodyBlockDef& block : blocks) out.push_back(std::move(block));
  }

  // Whether the file at `path` may be included once more: the files a template includes add up,
  // each time it includes them. (A file's own size is checked when it is read.)
  bool fits_in_budget(YamlReader& reader, const YAML::Node& at, const std::string& name,
                      const fs::path& path) {
    std::error_code error;
    const uintmax_t size = fs::file_size(path, error);
    if (error || size > budget_.max_file_bytes ||
        size <= budget_.max_file_bytes - budget_.included_bytes) {
      return true;
    }
    reader.error(
        at,
        "including '" + name + "' here makes the files this template includes larger than " +
            size_in_words(budget_.max_file_bytes) + " together",
        {"a file counts each time it is included", raise_limit_hint(kMaxInputSizeOption, "SIZE")});
    return false;
  }

  std::string cycle_text(const std::string& again) const {
    std::string text;
    auto start = std::find(include_path_.begin(), include_path_.end(), again);
    for (auto it = start; it != include_path_.end(); ++it) {
      text += fs::path(*it).filename().string() + " -> ";
    }
    return text + fs::path(again).filename().string();
  }

  TemplateDef& template_;
  const ReadRoot& root_;
  YamlBudget& budget_;
  std::vector<std::string> include_path_;
  int nesting_ = 0;  // of the list being read: 0 for the body's own blocks
};

void check_default_styles(YamlReader& reader, const std::vector<BodyBlockDef>& blocks,
                          const TemplateDef& layout_template);

// A block without a style of its own needs one of its kind's default styles (finally 'body').
template <typename Def>
void check_default_style(YamlReader& reader, const Def& block, const SourceLocation& where,
                         const TemplateDef& layout_template) {
  if constexpr (SetsText<Def>) {
    if (!named_style(block).empty()) return;
    std::vector<std::string> names = default_style_names(block);
    bool defined = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
      return layout_template.styles.contains(name);
    });
    if (defined) return;
    const bool figure = std::is_same_v<Def, FigureDef>;
    reader.error(where,
                 "this block names no style, and the template defines none of its "
                 "default styles " +
                     quoted_list(names, "or"),
                 {"define a style 'body' under 'styles', or name one with '" +
                  std::string(figure ? "caption-style" : "style") + ":'"});
  }
}

void check_default_styles(YamlReader& reader, const std::vector<BodyBlockDef>& blocks,
                          const TemplateDef& layout_template) {
  for (const BodyBlockDef& block : blocks) {
    for (const std::vector<BodyBlockDef>* inner : nested_block_lists(block.body)) {
      check_default_styles(reader, *inner, layout_template);
    }
    std::visit(
        [&](const auto& def) { check_default_style(reader, def, block.where, layout_template); },
        block.body);
  }
}

}  // namespace

std::vector<BodyBlockDef> read_body(YamlReader& reader, const YAML::Node& body,
                                    TemplateDef& layout_template, const ReadRoot& root,
                                    YamlBudget& budget, const std::string& subject) {
  BodyReader body_reader(layout_template, root, budget);
  std::vector<BodyBlockDef> blocks = body_reader.read_list(reader, body, subject);
  if (body.IsSequence() && body.size() == 0)
    reader.error(body, subject + " must have at least one block");
  if (!layout_template.styles.empty()) check_default_styles(reader, blocks, layout_template);
  return blocks;
}

}  // namespace handout
