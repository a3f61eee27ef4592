#pragma once

#include <map>
#include <memory>
#include <utility>

namespace handout {

// A style that the blocks using it share. A resolved text style is close to a kilobyte with its
// faces and paths, and a document may bind hundreds of thousands of blocks in a handful of
// styles: each block holding its own copy made the blocks of a document cost more than all
// their text. Reading goes through the shared value; edit() gives this holder a copy of its own
// first when another holder shares it (copy on write), so a block's style never changes under
// another block.
template <typename Style>
class SharedStyle {
 public:
  SharedStyle() : style_(default_style()) {}
  SharedStyle(Style style)  // NOLINT(google-explicit-constructor): a style is a shared style
      : style_(std::make_shared<const Style>(std::move(style))) {}

  const Style& get() const { return *style_; }
  operator const Style&() const { return *style_; }  // NOLINT(google-explicit-constructor)
  const Style* operator->() const { return style_.get(); }
  const Style& operator*() const { return *style_; }

  // The style to change, this holder's own.
  Style& edit() {
    if (style_.use_count() != 1) style_ = std::make_shared<const Style>(*style_);
    return const_cast<Style&>(*style_);  // made by this class, and held by this holder alone
  }

  // The same for every holder of one value, so that work on a style is done once for all.
  const void* identity() const { return style_.get(); }

 private:
  static const std::shared_ptr<const Style>& default_style() {
    static const auto* style = new std::shared_ptr<const Style>(std::make_shared<const Style>());
    return *style;
  }

  std::shared_ptr<const Style> style_;
};

// Changes each distinct style of a document once, however many blocks share it, and gives every
// holder of it the changed copy. (The styles as they were are kept alive, so that no new style
// can be given an address the map still names.)
template <typename Style>
class SharedStyleChange {
 public:
  template <typename Change>
  void apply(SharedStyle<Style>& style, const Change& change) {
    auto [found, inserted] = changed_.try_emplace(style.identity(), Changed{style, style});
    if (inserted) change(found->second.after.edit());
    style = found->second.after;
  }

 private:
  struct Changed {
    SharedStyle<Style> before;
    SharedStyle<Style> after;
  };
  std::map<const void*, Changed> changed_;
};

}  // namespace handout
