#pragma once

#include <optional>
#include <string>

namespace handout {

// What a document's date may come from besides its data: SOURCE_DATE_EPOCH, read once by the
// app and handed to the writer as a value, so that no stage reads the environment and a test can
// fix the date. There is no "now": without the variable (and without a date in the data) no date
// is written, so that output is reproducible.
struct Clock {
  // The variable's value as set (checked by the writer, which reports a malformed one); none
  // when it is unset.
  std::optional<std::string> source_date_epoch;

  // SOURCE_DATE_EPOCH as this process's environment has it.
  static Clock from_environment();
};

}  // namespace handout
