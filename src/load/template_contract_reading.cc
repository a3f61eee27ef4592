#include "load/template_contract_reading.h"

#include "load/template_value_reading.h"

namespace handout {
namespace {

const std::vector<std::string> kDeclarationKeys = {"type", "required", "description", "fields",
                                                   "of"};

std::vector<FieldContract> read_fields(YamlReader& reader, const YAML::Node& node,
                                       const std::string& subject);

std::string quoted(const std::string& name) { return "'" + name + "'"; }

// A type name; an unknown one is an error with the closest name, and reads as `any` so that
// the rest of the contract is still checked.
FieldType read_type(YamlReader& reader, const YAML::Node& node, const std::string& subject) {
  std::optional<size_t> index = read_choice(reader, node, subject, field_type_names());
  return index ? static_cast<FieldType>(*index) : FieldType::any;
}

// What each element of a list is: a type name, or a mapping of a record's fields.
std::shared_ptr<const FieldContract> read_element(YamlReader& reader, const YAML::Node& of,
                                                  const std::string& list_name) {
  FieldContract element;
  element.where = reader.where(of);
  if (of.IsMap()) {
    element.type = FieldType::record;
    element.fields = read_fields(reader, of, "the fields of each element of " + quoted(list_name));
  } else if (of.IsScalar()) {
    element.type = read_type(reader, of, "the element type of " + quoted(list_name));
  } else {
    reader.error(of,
                 "'of' of " + quoted(list_name) +
                     " must be a type name or a mapping of the elements' fields, but this is " +
                     YamlReader::describe(of),
                 {"e.g. 'of: text', or 'of: {heading: text, description: text}'"});
    element.type = FieldType::any;
  }
  return std::make_shared<const FieldContract>(std::move(element));
}

// `fields` and `of` belong to records and lists; elsewhere they are an error at the key.
bool belongs_to(YamlReader& reader, const MappingEntry& entry, const FieldContract& field,
                FieldType owner_type) {
  if (field.type == owner_type) return true;
  const char* wanted = owner_type == FieldType::record ? "record" : "list";
  reader.error(entry.key_node,
               "'" + entry.key + "' is for a " + wanted + ", but " + quoted(field.name) +
                   " is declared as " + field_type_names()[static_cast<size_t>(field.type)],
               {"write 'type: " + std::string(wanted) + "', or remove '" + entry.key + "'"});
  return false;
}

FieldType implied_type(const MappingReader& declaration) {
  if (declaration.entry("fields")) return FieldType::record;
  if (declaration.entry("of")) return FieldType::list;
  return FieldType::text;
}

void read_declaration(YamlReader& reader, const YAML::Node& node, FieldContract& field) {
  MappingReader declaration(reader, node, "the declaration of " + quoted(field.name),
                            kDeclarationKeys);
  std::optional<YAML::Node> type = declaration.find("type");
  field.type = type ? read_type(reader, *type, "the type of " + quoted(field.name))
                    : implied_type(declaration);
  if (std::optional<YAML::Node> required = declaration.find("required")) {
    field.required =
        reader.boolean(*required, "'required' of " + quoted(field.name)).value_or(false);
  }
  field.description = declaration.optional_text("description").text;
  const MappingEntry* fields = declaration.entry("fields");
  if (fields && belongs_to(reader, *fields, field, FieldType::record)) {
    field.fields = read_fields(reader, fields->value, "the fields of " + quoted(field.name));
  }
  const MappingEntry* of = declaration.entry("of");
  if (of && belongs_to(reader, *of, field, FieldType::list)) {
    field.element = read_element(reader, of->value, field.name);
  }
}

FieldContract read_field(YamlReader& reader, const MappingEntry& entry) {
  FieldContract field;
  field.name = entry.key;
  field.where = reader.where(entry.key_node);
  if (entry.value.IsScalar()) {
    field.type = read_type(reader, entry.value, "the type of " + quoted(field.name));
  } else if (entry.value.IsMap()) {
    read_declaration(reader, entry.value, field);
  } else {
    field.type = FieldType::any;
    reader.error(entry.value.IsNull() ? entry.key_node : entry.value,
                 "the declaration of " + quoted(field.name) +
                     " must be a type name or a mapping with 'type', but this is " +
                     YamlReader::describe(entry.value),
                 {"e.g. '" + field.name + ": text' or '" + field.name +
                  ": {type: text, required: true}'; the types are " +
                  quoted_list(field_type_names(), "and")});
  }
  return field;
}

std::vector<FieldContract> read_fields(YamlReader& reader, const YAML::Node& node,
                                       const std::string& subject) {
  std::vector<FieldContract> fields;
  std::vector<std::string> hints;
  if (node.IsSequence()) hints.push_back("write one 'name: type' per line, without '- '");
  if (!reader.expect(node, YAML::NodeType::Map, subject, "a mapping of field names to types",
                     hints)) {
    return fields;
  }
  MappingReader names(reader, node, subject, {});
  for (const MappingEntry& entry : names.entries()) fields.push_back(read_field(reader, entry));
  return fields;
}

}  // namespace

const std::vector<std::string>& field_type_names() {
  // In the order of FieldType's values.
  static const std::vector<std::string> names = {"text", "number", "boolean", "date",
                                                 "url",  "list",   "record",  "any"};
  return names;
}

DataContract read_data_contract(YamlReader& reader, const MappingEntry* data) {
  DataContract contract;
  if (data == nullptr) return contract;
  contract.declared = true;
  contract.where = reader.where(data->value.IsNull() ? data->key_node : data->value);
  if (data->value.IsNull()) {
    reader.error(data->key_node, "the 'data' section is empty",
                 {"declare the fields the template reads, e.g. 'title: {type: text, required: "
                  "true}', or remove 'data:' to accept any data"});
    return contract;
  }
  contract.fields = read_fields(reader, data->value, "the 'data' section");
  return contract;
}

}  // namespace handout
