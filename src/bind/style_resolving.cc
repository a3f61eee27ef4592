#include "bind/style_resolving.h"

namespace handout {
namespace {

// The face for a weight and slant; a family without that face uses its regular one, with a
// warning, because a silently upright "italic" is a surprise on paper.
std::string face_for(const FontFamilyDef& family, const StyleDef& style,
                     Diagnostics& diagnostics) {
  const std::string* wanted = &family.regular;
  const char* variant = "regular";
  if (style.bold && style.italic) {
    wanted = &family.bold_italic;
    variant = "bold-italic";
  } else if (style.bold) {
    wanted = &family.bold;
    variant = "bold";
  } else if (style.italic) {
    wanted = &family.italic;
    variant = "italic";
  }
  if (!wanted->empty()) return *wanted;
  diagnostics.warning(style.where, "style '" + style.name + "' asks for the " + variant +
                                       " face, but font family '" + family.name +
                                       "' has none; using its regular face",
                      {std::string("add '") + variant + "' to the family under 'fonts'"});
  return family.regular;
}

FontChoice choice_of(const std::string& file, const FontFamilyDef& family) {
  return {file, nullptr, family.where_named(file)};
}

FontChoice face_or_regular(const std::string& file, const FontFamilyDef& family) {
  return choice_of(file.empty() ? family.regular : file, family);
}

// The faces inline marks and missing characters may need; see StyleFaces.
StyleFaces style_faces(const TemplateDef& layout_template, const FontFamilyDef& family) {
  StyleFaces faces;
  faces.regular = choice_of(family.regular, family);
  faces.bold = face_or_regular(family.bold, family);
  faces.italic = face_or_regular(family.italic, family);
  faces.bold_italic = face_or_regular(family.bold_italic, family);
  auto code_family = layout_template.families.find(layout_template.code_family);
  const FontFamilyDef& code =
      code_family == layout_template.families.end() ? family : code_family->second;
  faces.code = choice_of(code.regular, code);
  faces.code_bold = face_or_regular(code.bold, code);
  for (const std::string& name : layout_template.fallback_families) {
    auto fallback = layout_template.families.find(name);
    if (fallback != layout_template.families.end()) {
      faces.fallbacks.push_back(choice_of(fallback->second.regular, fallback->second));
    }
  }
  return faces;
}

}  // namespace

TextStyle resolve_style(const TemplateDef& layout_template, const std::string& style_name,
                        Diagnostics& diagnostics) {
  TextStyle resolved;
  resolved.name = style_name;
  auto style_it = layout_template.styles.find(style_name);
  if (style_it == layout_template.styles.end()) {
    diagnostics.error({layout_template.source_file}, "style '" + style_name + "' is not defined",
                      {}, FailureKind::internal);
    return resolved;
  }
  const StyleDef& style = style_it->second;
  auto family_it = layout_template.families.find(style.family);
  if (family_it == layout_template.families.end()) {
    diagnostics.error(style.where, "font family '" + style.family + "' is not defined", {},
                      FailureKind::internal);
    return resolved;
  }
  resolved.font_file = face_for(family_it->second, style, diagnostics);
  resolved.font_named_at = family_it->second.where_named(resolved.font_file);
  resolved.bold = style.bold;
  resolved.italic = style.italic;
  resolved.faces = style_faces(layout_template, family_it->second);
  resolved.hyphenate = style.hyphenate;
  resolved.size = style.size;
  resolved.leading = style.leading;
  resolved.space_before = style.space_before;
  resolved.space_after = style.space_after;
  resolved.first_line_indent = style.first_line_indent;
  resolved.align = style.align;
  resolved.color = style.color;
  resolved.where = style.where;
  return resolved;
}

}  // namespace handout
