#pragma once

#include <vector>

#include "core/read_root.h"
#include "load/yaml_node_reader.h"
#include "load/yaml_tree_building.h"
#include "model/template_model.h"

namespace handout {

// The template's `body` in the block language (docs/templates.md, "Body"): a non-empty list of
// blocks, each a mapping whose kind is one of its keys or a bare kind name. `include:` splices
// the blocks of another file, relative to the including file; every such file is added to
// `layout_template.included_files`; an include cycle, and a file outside `root`, are errors.
// Styles named must be in `layout_template.styles`; figure sizes stay as written (layout
// resolves them against the frame). Included files are read within `budget`, the template's, and
// nest at most its depth deep. `subject` names the list in messages: "body", or "back" for the
// cards' backs.
std::vector<BodyBlockDef> read_body(YamlReader& reader, const YAML::Node& body,
                                    TemplateDef& layout_template, const ReadRoot& root,
                                    YamlBudget& budget, const std::string& subject = "body");

}  // namespace handout
