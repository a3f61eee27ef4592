#pragma once

#include <map>
#include <string>
#include <string_view>

#include "model/data_model.h"

namespace handout {

// Values for {{name}} placeholders in running headers and footers.
using Placeholders = std::map<std::string, std::string, std::less<>>;

// title, subtitle, author and date from the data. {{page}} and {{pages}} are not among them:
// only layout knows them.
Placeholders document_placeholders(const HandoutData& data);

// Replaces each {{name}} (spaces inside the braces allowed) that has a value; any other
// placeholder is kept, written without the inner spaces, for a later stage to fill.
std::string fill_placeholders(std::string_view text, const Placeholders& values);

}  // namespace handout
