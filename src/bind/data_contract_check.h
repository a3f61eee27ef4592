#pragma once

#include "core/diagnostic.h"
#include "model/data_model.h"
#include "model/template_model.h"

namespace handout {

// Checks the data's tree against the template's data contract and reports every violation, not
// only the first: a required field that is missing or empty, a value of the wrong type, a field
// the contract does not declare (with the closest declared name), a list element of the wrong
// shape. Each error is at the data's file:line:col, names the record ("the 37th item ('Web
// services')") and has the declaration's template position as a hint ("declared at
// templates/x.yaml:40:7"). Handout's document keys (title, subtitle, author, date, lang,
// subject, keywords, template) are always allowed at the top; a record declared without fields
// accepts any fields. Does nothing when the template declares no contract.
void check_data_contract(const HandoutData& data, const DataContract& contract,
                         Diagnostics& diagnostics);

}  // namespace handout
