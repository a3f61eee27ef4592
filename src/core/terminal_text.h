#pragma once

#include <string>
#include <string_view>

namespace handout {

// The C0 controls (tab and newline included), DEL and the C1 controls U+0080..U+009F: the
// characters Unicode calls controls (Cc). No file name handout writes may have one.
bool is_control_character(char32_t code_point);

// Whether `text` has a control character (is_control_character), decoded as UTF-8.
bool has_control_character(std::string_view text);

// Whether a character would act on a terminal, or on how it shows the text around it, instead of
// showing as itself: the C0 controls but the tab (ESC starts escape sequences, CR and BS redraw
// the line, a newline could forge a message line), DEL, the C1 controls U+0080..U+009F (U+009B is
// a one-character CSI to some terminals), and the bidirectional embeddings, overrides and
// isolates U+202A..U+202E and U+2066..U+2069, which reorder the rest of the line as displayed
// ("Trojan Source"). Right-to-left text itself (Arabic, Hebrew) shows as it is.
bool acts_on_terminal(char32_t code_point);

// Text from the inputs (a key, a value, a file name) made safe to print on a terminal: each
// character that acts_on_terminal, and each byte that is not UTF-8, becomes U+FFFD. Tabs stay.
// Every printer of input quotes text through this, so no escape sequence in a data file, a
// template or a file name reaches the terminal.
std::string terminal_safe(std::string_view text);

}  // namespace handout
