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

std::shared_ptr<const TemplateDef> load_template_for(const RenderSettings& settings,
                                                     const HandoutData& data,
                                                     const BundledFiles& bundled,
                                                     RenderSummary& summary,
                                                     Diagnostics& diagnostics) {
  auto path = find_template_file(settings.template_choice, data, bundled, diagnostics);
  if (!path) return nullptr;
  add_input_files(summary.input_files, {*path});
  std::shared_ptr<const TemplateDef> layout;
  if (settings.templates) {
    layout = settings.templates->load(*path, bundled.font_dirs(), diagnostics, settings.limits);
  } else if (auto loaded =
                 load_template_file(*path, bundled.font_dirs(), diagnostics, settings.limits)) {
    layout = std::make_shared<const TemplateDef>(std::move(*loaded));
  }
  if (layout) add_input_files(summary.input_files, layout->included_files);
  return layout;
}

// Bind, load resources, lay out and write to memory: everything but the output file.
std::optional<std::string> compose_pdf(const HandoutData& data, const TemplateDef& layout,
                                       const RenderSettings& settings, RenderSummary& summary,
                                       Diagnostics& diagnostics) {
  if (layout.contract.declared) {
    check_data_contract(data, layout.contract, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
  }
  DocTree document = bind_document(data, layout, diagnostics, settings.limits);
  add_input_files(summary.input_files, figure_files(document));
  if (diagnostics.has_errors()) return std::nullopt;
  load_resources(document, diagnostics, settings.limits);
  add_input_files(summary.input_files, loaded_font_files(document));
  if (diagnostics.has_errors()) return std::nullopt;
  LaidOutDocument pages =
      layout_document(document, diagnostics, {settings.threads, settings.limits.max_pages});
  if (diagnostics.has_errors()) return std::nullopt;
  summary.page_count = pages.pages.size();
  return write_pdf(pages, diagnostics, {settings.threads});
}

}  // namespace

std::string default_output_path(const std::string& data_path) {
  return (std::filesystem::path("output") / std::filesystem::path(data_path).stem()).string() +
         ".pdf";
}

bool render_loaded_data(const HandoutData& data, const RenderSettings& settings,
                        const BundledFiles& bundled, RenderSummary& summary,
                        Diagnostics& diagnostics) {
  const std::future<void> layout_ready = prepare_layout(document_language(data));
  auto layout = load_template_for(settings, data, bundled, summary, diagnostics);
  if (!layout) return false;
  auto pdf = compose_pdf(data, *layout, settings, summary, diagnostics);
  if (!pdf || diagnostics.has_errors()) return false;
  summary.byte_count = pdf->size();
  if (settings.output_path.empty()) return true;
  summary.output_path = settings.output_path;
  return write_file_atomically(summary.output_path, *pdf, diagnostics, settings.sync_output);
}

bool run_render_job(const Job& job, const BundledFiles& bundled, RenderSummary& summary,
                    Diagnostics& diagnostics) {
  auto data_path = data_file_of(job, bundled, diagnostics);
  if (!data_path) return false;
  summary.data_path = *data_path;
  summary.input_files.push_back(*data_path);
  auto data = load_data_file(*data_path, diagnostics, job.limits);
  if (!data) return false;
  RenderSettings settings;
  settings.template_choice = job.template_name;
  settings.limits = job.limits;
  if (job.command != Command::check) {
    settings.output_path =
        job.output_path.empty() ? default_output_path(*data_path) : job.output_path;
  }
  return render_loaded_data(*data, settings, bundled, summary, diagnostics);
}

}  // namespace handout
