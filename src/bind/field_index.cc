#include "bind/field_index.h"

namespace handout {
namespace {

// Up to this many fields a walk costs about what a hash does.
constexpr size_t kFieldsWalked = 16;

}  // namespace

const DataNode* FieldIndex::field(const DataNode& record, std::string_view name) const {
  if (record.fields.size() <= kFieldsWalked) return record.field(name);
  auto [index, made] = indexes_.try_emplace(&record);
  if (made) {
    index->second.reserve(record.fields.size());
    for (const auto& [key, value] : record.fields) index->second.try_emplace(key, &value);
  }
  const auto found = index->second.find(name);
  return found == index->second.end() ? nullptr : found->second;
}

}  // namespace handout
