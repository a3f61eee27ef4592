#include "app/render_job.h"

#include <filesystem>

#include "app/input_files.h"
#include "app/output_file.h"
#include "app/template_lookup.h"
#include "bind/binder.h"
#include "bind/data_contract_check.h"
#include "bind/resource_loading.h"
#include "layout/layout_document.h"
#include "load/data_loader.h"
#include "load/template_loader.h"
#include "write/pdf_writer.h"

namespace handout {
namespace {

std::optional<std::string> data_file_of(const Job& job, const BundledFiles& bundled,
                                        Diagnostics& diagnostics) {
  if (!job.data_path.empty()) return job.data_path;
  if (!bundled.root.empty()) return bundled.example_data();
  diagnostics.error({}, "cannot find handout's bundled example and templates",
                    {"set HANDOUT_HOME to the folder that holds templates/, fonts/ and data/"});
  return std::nullopt;
}

std::optional<TemplateDef> load_template_for(const Job& job, const HandoutData& data,
                                             const BundledFiles& bundled,
                                             RenderSummary& summary, Diagnostics& diagnostics) {
  auto path = find_template_file(job.template_name, data, bundled, diagnostics);
  if (!path) return std::nullopt;
  summary.input_files.push_back(*path);
  auto layout = load_template_file(*path, bundled.font_dirs(), diagnostics);
  if (layout) add_input_files(summary.input_files, layout->included_files);
  return layout;
}

// Bind, load resources, lay out and write to memory: everything but the output file.
std::optional<std::string> compose_pdf(const HandoutData& data, const TemplateDef& layout,
                                       RenderSummary& summary, Diagnostics& diagnostics) {
  if (layout.contract.declared) {
    check_data_contract(data, layout.contract, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
  }
  DocTree document = bind_document(data, layout, diagnostics);
  add_input_files(summary.input_files, figure_files(document));
  if (diagnostics.has_errors()) return std::nullopt;
  load_resources(document, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  LaidOutDocument pages = layout_document(document, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  summary.page_count = pages.pages.size();
  return write_pdf(pages, diagnostics);
}

}  // namespace

std::string default_output_path(const std::string& data_path) {
  return (std::filesystem::path("output") / std::filesystem::path(data_path).stem()).string() +
         ".pdf";
}

bool run_render_job(const Job& job, const BundledFiles& bundled, RenderSummary& summary,
                    Diagnostics& diagnostics) {
  auto data_path = data_file_of(job, bundled, diagnostics);
  if (!data_path) return false;
  summary.data_path = *data_path;
  summary.input_files.push_back(*data_path);
  auto data = load_data_file(*data_path, diagnostics);
  if (!data) return false;
  const std::future<void> layout_ready = prepare_layout(document_language(*data));
  auto layout = load_template_for(job, *data, bundled, summary, diagnostics);
  if (!layout) return false;
  auto pdf = compose_pdf(*data, *layout, summary, diagnostics);
  if (!pdf || diagnostics.has_errors()) return false;
  summary.byte_count = pdf->size();
  if (job.command == Command::check) return true;
  summary.output_path = job.output_path.empty() ? default_output_path(*data_path)
                                                : job.output_path;
  return write_file_atomically(summary.output_path, *pdf, diagnostics);
}

}  // namespace handout
