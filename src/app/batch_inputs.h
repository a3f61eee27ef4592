#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/source_location.h"
#include "model/data_model.h"

namespace handout {

// --each: one record of the data file as a document of its own.
struct EachRecord {
  HandoutData data;      // the record's fields, merged over the file's top-level fields
  std::string label;     // how messages name it: "file (record N)"
  SourceLocation where;  // where the record is written
  SourceText source;     // the data file's text, shared by its records, for messages' excerpts
};

// One document of a batch: where its data comes from and where its PDF goes. A batch keeps one
// for each of its documents to its end, so what only --each needs is kept apart, in `record`.
struct BatchDocument {
  std::string data_path;    // the data file
  std::string output_path;  // OUTDIR/...pdf (empty for check)
  // --each: the record; null when the document is a data file of its own, loaded by the worker
  // that renders it.
  std::shared_ptr<const EachRecord> record;

  // How messages name the document: the record's label, or else the data path.
  const std::string& name() const { return record ? record->label : data_path; }
};

// The data files that DATA arguments name, in the order given: a file as it is; a folder as
// every *.yaml and *.yml file under it, recursively, sorted by path (a symbolic link that leads
// out of the folder is an error); anything else with *, ? or [ as a glob(3) pattern (for when
// the shell did not expand it), sorted. Each output is OUTDIR/<stem>.pdf, keeping the
// sub-folders under a folder argument. A file named twice is taken once. Arguments that name
// nothing are errors.
std::vector<BatchDocument> expand_batch_inputs(const std::vector<std::string>& arguments,
                                               const std::string& output_folder,
                                               Diagnostics& diagnostics);

// Refuses (before anything is rendered) an output named after a data file whose name has a
// control character (check_output_named_after): file names in a checkout are input too. Returns
// whether every name is fine.
bool check_output_names(const std::vector<BatchDocument>& documents, Diagnostics& diagnostics);

// Frees what a document holds, once a batch that writes no report has rendered and printed it:
// the list of a batch's documents then keeps only its slots.
void release_document(BatchDocument& document);

// Refuses (before anything is rendered) two documents that would write the same file, naming
// both. Returns whether all outputs are distinct.
bool check_distinct_outputs(const std::vector<BatchDocument>& documents, Diagnostics& diagnostics);

}  // namespace handout
