#include "write/pdf_writer.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "core/pdf_limits.h"
#include "core/worker_pool.h"
#include "write/clip_drawing.h"
#include "write/content_compression.h"
#include "write/document_id.h"
#include "write/document_info.h"
#include "write/drawable_items.h"
#include "write/embedded_font_set.h"
#include "write/image_drawing.h"
#include "write/internal_links.h"
#include "write/libharu_session.h"
#include "write/line_drawing.h"
#include "write/link_annotation.h"
#include "write/outline.h"
#include "write/page_boxes.h"
#include "write/pdf_limits_check.h"
#include "write/pdf_syntax.h"
#include "write/text_drawing.h"

namespace handout {
namespace {

// Draws one page's items; the visit over PageItem is the whole of the drawing. The content is
// drawn in trim coordinates (see trim_origin_operators), annotations straight onto the media.
class PageDrawer {
 public:
  PageDrawer(LibharuSession& session, EmbeddedFontSet& fonts, ImageXObjects& images,
             WrittenPage page, double trim_height, size_t page_number, std::string& content)
      : session_(session),
        fonts_(fonts),
        images_(images),
        page_(page),
        trim_height_(trim_height),
        on_page_(" on page " + std::to_string(page_number)),
        content_(content) {}

  bool operator()(const TextRun& run) {
    if (!check(text_run_problem(run))) return false;
    if (run.glyphs.empty()) return true;
    session_.set_activity("drawing the text '" + run.text + "'" + on_page_);
    EmbeddedFont* font = fonts_.font_for(run);
    return font != nullptr &&
           draw_text_run(session_, page_.page, trim_height_, *font, run, content_);
  }

  bool operator()(const PlacedImage& placed) {
    if (!check(placed_image_problem(placed))) return false;
    HPDF_Image xobject = images_.xobject_for(*placed.image);
    session_.set_activity("drawing the image '" + placed.image->source_path + "'" + on_page_);
    return xobject != nullptr &&
           draw_image(session_, page_.page, trim_height_, xobject, placed, content_);
  }

  bool operator()(const LinkArea& link) {
    if (!check(link_area_problem(link))) return false;
    if (link.url.empty()) return true;  // added by add_internal_links once every page exists
    return add_link_annotation(session_, page_, link);
  }

  bool operator()(const DrawnLine& line) {
    if (!check(drawn_line_problem(line))) return false;
    draw_line(line, trim_height_, content_);
    return true;
  }

  bool operator()(const DrawnBox& box) {
    if (!check(drawn_box_problem(box))) return false;
    draw_box(box, trim_height_, content_);
    return true;
  }

  bool operator()(const ClipBegin& clip) {
    if (!check(clip_problem(clip))) return false;
    begin_clip(clip, trim_height_, content_);
    ++open_clips_;
    return true;
  }

  bool operator()(const ClipEnd&) {
    if (!check(open_clips_ == 0 ? "a clip ends that never began" : "")) return false;
    end_clip(content_);
    --open_clips_;
    return true;
  }

  // Clips left open are closed, so the page's content restores every state it saved.
  void finish() {
    for (; open_clips_ > 0; --open_clips_) end_clip(content_);
  }

 private:
  bool check(const std::string& problem) {
    if (!problem.empty()) session_.fail(problem + on_page_);
    return problem.empty();
  }

  LibharuSession& session_;
  EmbeddedFontSet& fonts_;
  ImageXObjects& images_;
  WrittenPage page_;
  double trim_height_;
  size_t open_clips_ = 0;
  std::string on_page_;
  std::string& content_;  // the page's content stream, compressed once every page is drawn
};

// Content streams are compressed a batch of pages at a time, on several threads: `contents` holds
// the batch's pages, the last of `written`.
bool set_contents(LibharuSession& session, const std::vector<WrittenPage>& written,
                  std::vector<std::string>& contents, unsigned threads) {
  session.set_activity("compressing the pages");
  const std::vector<std::string> compressed = flate_compress_all(contents, threads);
  const size_t first = written.size() - contents.size();
  for (size_t i = 0; i < compressed.size(); ++i) {
    session.set_activity("adding the content of page " + std::to_string(first + i + 1));
    if (!set_compressed_content(session, written[first + i].page, compressed[i])) return false;
  }
  contents.clear();
  return true;
}

// Pages drawn before their content is compressed: a page's content stream takes about ten bytes
// a glyph until it is, so a long document's pages must not all wait at once.
constexpr size_t kPagesPerCompressedBatch = 64;

// How many threads deflate pages and prepare fonts: the caller's count, or for 0 one per
// hardware thread (pages only from kMinPagesForThreads on).
struct WriterThreads {
  unsigned pages = 1;
  unsigned fonts = 1;
};

bool write_pages(LibharuSession& session, const std::vector<LaidOutPage>& laid_out,
                 std::vector<WrittenPage>& written, WriterThreads threads,
                 std::vector<FontEmbedding>* embedded_fonts) {
  EmbeddedFontSet fonts(session);
  ImageXObjects images(session);
  if (laid_out.empty()) session.fail("the document has no pages");
  // libharu hangs every page from the root of the page tree, whose /Kids array holds at most
  // 32767; past that, it hangs them from intermediate nodes that many each.
  if (laid_out.size() > kMostPdfArrayElements) {
    session.check(HPDF_SetPagesConfiguration(session.doc(), kMostPdfArrayElements));
  }
  std::vector<std::string> contents;  // the pages drawn since the last batch was compressed
  for (size_t i = 0; i < laid_out.size() && !session.failed(); ++i) {
    written.push_back(add_boxed_page(session, laid_out[i], i + 1));
    std::string& content = contents.emplace_back(trim_origin_operators(laid_out[i]));
    PageDrawer drawer(session, fonts, images, written.back(), laid_out[i].height, i + 1, content);
    for (const PageItem& item : laid_out[i].items) {
      if (session.failed() || !std::visit(drawer, item)) break;
    }
    drawer.finish();
    content += trim_origin_end(laid_out[i]);
    if (contents.size() == kPagesPerCompressedBatch && !session.failed()) {
      set_contents(session, written, contents, threads.pages);
    }
  }
  const bool finished =
      !session.failed() && set_contents(session, written, contents, threads.pages) &&
      add_internal_links(session, laid_out, written) && fonts.finish_all(threads.fonts);
  if (embedded_fonts != nullptr) *embedded_fonts = fonts.embeddings();
  return finished;
}

// Below about this many pages, compressing them all takes less than starting a thread.
constexpr size_t kMinPagesForThreads = 8;

// Fonts take about a millisecond each to subset and deflate, enough to pay for a thread even in a
// short document.
WriterThreads writer_threads(const LaidOutDocument& document, const PdfOptions& options) {
  if (options.threads != 0) return {options.threads, options.threads};
  return {document.pages.size() < kMinPagesForThreads ? 1 : worker_count(0), worker_count(0)};
}

}  // namespace

std::optional<std::string> write_pdf(const LaidOutDocument& document, Diagnostics& diagnostics,
                                     const PdfOptions& options) {
  const std::optional<std::string>& source_date_epoch = options.clock.source_date_epoch;
  const size_t errors_before = diagnostics.error_count();
  std::optional<DocumentDate> date = document_date(
      document.info.date, source_date_epoch ? source_date_epoch->c_str() : nullptr, diagnostics);
  if (!check_pdf_limits(document, diagnostics) || diagnostics.error_count() > errors_before) {
    return std::nullopt;
  }
  LibharuSession session;
  std::vector<WrittenPage> pages;
  std::optional<std::string> bytes;
  if (!session.failed() &&
      write_pages(session, document.pages, pages, writer_threads(document, options),
                  options.embedded_fonts) &&
      add_outline(session, document.outline, pages) &&
      set_document_info(session, document.info, date) && add_placeholder_id(session)) {
    bytes = session.save();
  }
  if (bytes && !stamp_document_id(*bytes)) {
    session.fail("libharu did not write the document ID into the trailer");
    bytes.reset();
  }
  if (!bytes) {
    diagnostics.error({}, "cannot write the PDF: " + session.failure(), {}, FailureKind::internal);
  }
  return bytes;
}

}  // namespace handout
