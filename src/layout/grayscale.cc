#include "layout/grayscale.h"

#include <map>
#include <variant>

#include "core/gray_level.h"
#include "image/gray_image.h"

namespace handout {
namespace {

using ImagePointer = std::shared_ptr<const RasterImage>;

// One visit per item kind, so that a new kind of page item does not compile until it is
// decided here how it turns grey.
class ItemGraying {
 public:
  explicit ItemGraying(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void operator()(TextRun& run) { run.color = as_gray(run.color); }
  void operator()(DrawnLine& line) { line.color = as_gray(line.color); }
  void operator()(DrawnBox& box) {
    if (box.fill) box.fill = as_gray(*box.fill);
    if (box.stroke) box.stroke = as_gray(*box.stroke);
  }
  void operator()(LinkArea&) {}   // invisible
  void operator()(ClipBegin&) {}  // a clipping path: nothing is painted
  void operator()(ClipEnd&) {}
  void operator()(PlacedImage& placed) { placed.image = gray_version(placed.image); }

 private:
  ImagePointer gray_version(const ImagePointer& image) {
    if (!image) return image;  // the writer reports it
    auto known = converted_.find(image.get());
    if (known != converted_.end()) return known->second;
    ImagePointer gray = gray_image(image);
    if (!gray) {
      diagnostics_.error(
          {}, "internal error: the image '" + image->source_path + "' cannot be converted to grey",
          {"this is a bug in handout; please report it with the image"}, FailureKind::internal);
      gray = image;
    }
    converted_.emplace(image.get(), gray);
    return gray;
  }

  Diagnostics& diagnostics_;
  std::map<const RasterImage*, ImagePointer> converted_;
};

}  // namespace

void convert_to_grayscale(LaidOutDocument& document, Diagnostics& diagnostics) {
  ItemGraying graying(diagnostics);
  for (LaidOutPage& page : document.pages) {
    for (PageItem& item : page.items) std::visit(graying, item);
  }
}

}  // namespace handout
