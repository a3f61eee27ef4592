#include "app/render_job.h"

#include <filesystem>

#include "app/batch_depfile.h"
#include "app/batch_naming.h"
#include "app/document_root.h"
#include "app/input_files.h"
#include "app/output_file.h"
#include "app/template_lookup.h"
#include "app/template_prefetch.h"
#include "bind/binder.h"
#include "bind/data_contract_check.h"
#include "bind/paragraph_size_check.h"
#include "bind/resource_loading.h"
#include "impose/print_sheets.h"
#include "layout/card_backs.h"
#include "layout/copyfitting.h"
#include "layout/grayscale.h"
#include "layout/layout_document.h"
#include "load/data_loader.h"
#include "load/gray_lookalikes.h"
#include "load/template_loader.h"
#include "preflight/color_findings.h"
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
                                                     const ReadRoot& root, RenderSummary& summary,
                                                     Diagnostics& diagnostics) {
  const DocumentOptions& options = settings.document;
  auto path = find_template_file(options.template_choice, data, bundled, root, diagnostics);
  if (!path) return nullptr;
  add_input_files(summary.input_files, {*path});
  std::shared_ptr<const TemplateDef> layout;
  const TemplateFileAccess access{bundled.font_dirs(), root};
  if (settings.templates) {
    layout = settings.templates->load(*path, access, diagnostics, options.limits);
  } else if (auto loaded = load_template_file(*path, access, diagnostics, options.limits)) {
    layout = std::make_shared<const TemplateDef>(std::move(*loaded));
  }
  if (layout) add_input_files(summary.input_files, layout->included_files);
  return layout;
}

// The laid-out pages made into the printer's sheets, turned grey when asked (crop marks
// included), and written to memory; with `fonts`, how each font was embedded.
std::optional<std::string> write_sheets(LaidOutDocument pages, const FitScale& scale,
                                        const DocTree& document, const TemplateDef& layout,
                                        const RenderSettings& settings,
                                        const LayoutOptions& layout_options, const Clock& clock,
                                        Diagnostics& diagnostics,
                                        std::vector<FontEmbedding>* fonts) {
  LaidOutDocument backs = lay_out_card_backs(document, scale, diagnostics, layout_options);
  LaidOutDocument sheets = print_sheets(std::move(pages), std::move(backs), document.page);
  if (settings.document.grayscale || layout.page.grayscale) {
    warn_gray_lookalikes(layout, diagnostics);
    convert_to_grayscale(sheets, diagnostics);
  }
  if (diagnostics.has_errors()) return std::nullopt;
  return write_pdf(sheets, diagnostics, {settings.threads, fonts, clock});
}

// The preflight report of the document's pages (before imposition: the pages a reader counts).
void add_preflight_report(const FittedLayout& fitted, const DocTree& document,
                          const TemplateDef& layout, bool grayscale,
                          const std::vector<FontEmbedding>* fonts, RenderSummary& summary) {
  const PageBudget budget{fitted.budget, fitted.steps_taken,
                          document.fit ? document.fit->where : SourceLocation{}};
  std::vector<TemplateColor> colors;
  for (const TemplateColorUse& use : template_color_uses(layout)) {
    colors.push_back({use.color, use.role, use.where});
  }
  summary.preflight = preflight_report(
      {fitted.pages, fonts, budget, job_color_mode(grayscale, fitted.pages), std::move(colors)});
}

// Bind, load resources, lay out and write to memory: everything but the output file.
std::optional<std::string> compose_pdf(const HandoutData& data, const TemplateDef& layout,
                                       const RenderSettings& settings, const ReadRoot& root,
                                       World& world, RenderSummary& summary,
                                       Diagnostics& diagnostics) {
  const DocumentOptions& options = settings.document;
  if (layout.contract.declared) {
    check_data_contract(data, layout.contract, diagnostics);
    if (diagnostics.has_errors()) return std::nullopt;
  }
  DocTree document = bind_document(data, layout, diagnostics, options.limits);
  check_paragraph_sizes(document, options.limits, diagnostics);
  apply_print_overrides(options.print, document.page, diagnostics);
  add_input_files(summary.input_files, figure_files(document));
  if (diagnostics.has_errors()) return std::nullopt;
  const DocumentImages images =
      load_resources(document, root, world.resources(), diagnostics, options.limits);
  add_input_files(summary.input_files, loaded_font_files(document));
  if (diagnostics.has_errors()) return std::nullopt;
  if (options.fit_pages > 0) document.fit = with_page_budget(document.fit, options.fit_pages);
  const LayoutOptions layout_options{settings.threads, options.limits.max_pages,
                                     &world.hyphenation(), &images};
  FittedLayout fitted = layout_within_budget(document, diagnostics, layout_options);
  const bool grayscale = options.grayscale || layout.page.grayscale;
  // The report sees the pages as they are printed: in grey when they are (the sheets' conversion
  // then finds them grey already).
  if (options.preflight && grayscale) convert_to_grayscale(fitted.pages, diagnostics);
  std::optional<std::string> pdf;
  std::vector<FontEmbedding> fonts;
  // Over its page budget, a document is still laid out, for the preflight report, but not
  // written.
  if (!diagnostics.has_errors()) {
    summary.page_count = fitted.pages.pages.size();
    summary.fit_steps = fitted.steps_taken;
    if (options.preflight) {
      pdf = write_sheets(fitted.pages, fitted.scale, document, layout, settings, layout_options,
                         world.clock(), diagnostics, &fonts);
    } else {
      pdf = write_sheets(std::move(fitted.pages), fitted.scale, document, layout, settings,
                         layout_options, world.clock(), diagnostics, nullptr);
    }
  }
  // A document past the page limit has no pages to report on.
  if (options.preflight && !fitted.pages.pages.empty()) {
    add_preflight_report(fitted, document, layout, grayscale, pdf ? &fonts : nullptr, summary);
  }
  return pdf;
}

// --werror: a preflight warning that is not a diagnostic of its own (a figure without alt text,
// a colour outside the job's colour mode) fails the document too.
void fail_on_preflight_warnings(const PreflightReport& report, const std::string& data_file,
                                Diagnostics& diagnostics) {
  const size_t warnings = report.count(FindingSeverity::warning);
  if (warnings == 0) return;
  diagnostics.error({data_file}, "the preflight report has " + std::to_string(warnings) +
                                     (warnings == 1 ? " warning" : " warnings") +
                                     ", which --werror makes errors");
}

// The last check before anything is written, when every input is known (figures, fonts and
// partials only are once the document is loaded): no output is an input or another output, and
// with --depfile every path can be written into it.
bool outputs_may_be_written(const RenderSettings& settings, const std::vector<std::string>& inputs,
                            Diagnostics& diagnostics) {
  std::vector<JobOutput> outputs = settings.side_outputs;
  if (!settings.output_path.empty()) {
    outputs.insert(outputs.begin(), JobOutput{settings.output_path, "-o"});
  }
  bool fine = check_outputs_are_distinct(outputs, diagnostics);
  fine = check_outputs_are_not_inputs(outputs, inputs, diagnostics) && fine;
  if (settings.writes_depfile) {
    fine = check_depfile_paths(settings.output_path, inputs, diagnostics) && fine;
  }
  return fine;
}

}  // namespace

std::string default_output_path(const std::string& data_path) {
  return (std::filesystem::path("output") / std::filesystem::path(data_path).stem()).string() +
         ".pdf";
}

bool render_loaded_data(const HandoutData& data, const RenderSettings& settings,
                        const BundledFiles& bundled, World& world, RenderSummary& summary,
                        Diagnostics& diagnostics) {
  const std::future<void> layout_ready =
      prepare_layout(document_language(data), world.hyphenation());
  const DocumentOptions& options = settings.document;
  const ReadRoot root =
      document_root(data.source_file, options.root_folder, options.template_choice, bundled);
  auto layout = load_template_for(settings, data, bundled, root, summary, diagnostics);
  std::optional<std::string> pdf;
  if (layout) pdf = compose_pdf(data, *layout, settings, root, world, summary, diagnostics);
  // Every stage has run (and warned) by now, and nothing is written yet.
  if (options.warnings_are_errors) {
    diagnostics.turn_warnings_into_errors();
    if (summary.preflight)
      fail_on_preflight_warnings(*summary.preflight, data.source_file, diagnostics);
  }
  if (!pdf || diagnostics.has_errors()) return false;
  summary.byte_count = pdf->size();
  if (!outputs_may_be_written(settings, summary.input_files, diagnostics)) return false;
  if (settings.output_path.empty()) return true;
  summary.output_path = settings.output_path;
  return write_file_atomically(summary.output_path, *pdf, diagnostics, settings.sync_output);
}

bool run_render_job(const Job& job, const BundledFiles& bundled, World& world,
                    RenderSummary& summary, Diagnostics& diagnostics) {
  auto data_path = data_file_of(job, bundled, diagnostics);
  if (!data_path) return false;
  summary.data_path = *data_path;
  summary.input_files.push_back(*data_path);
  TemplateCache templates;
  const std::future<void> template_ready = prefetch_template(job, *data_path, bundled, templates);
  auto data = load_data_file(*data_path, diagnostics, job.document.limits);
  if (!data) {
    if (job.document.warnings_are_errors) diagnostics.turn_warnings_into_errors();
    return false;
  }
  RenderSettings settings;
  settings.document = job.document;
  settings.templates = &templates;
  if (job.command != Command::check) {
    settings.output_path =
        job.output_path.empty() ? default_output_path(*data_path) : job.output_path;
    if (job.output_path.empty() &&
        !check_output_named_after(settings.output_path, *data_path, diagnostics)) {
      return false;
    }
  }
  if (!job.depfile_path.empty()) {
    settings.side_outputs.push_back({job.depfile_path, "--depfile"});
    settings.writes_depfile = true;
  }
  return render_loaded_data(*data, settings, bundled, world, summary, diagnostics);
}

}  // namespace handout
