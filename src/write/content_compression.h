#pragma once

#include <hpdf.h>

#include <string>
#include <vector>

#include "write/libharu_session.h"

namespace handout {

// Page content streams are built as strings and deflated here with libdeflate, several pages at
// once, instead of by libharu with zlib on one thread as it saves: deflating was an eighth of the
// time of a long document. The bytes are the same whatever the thread count.

// Deflates every page's content in the zlib format that /FlateDecode reads, at zlib's default
// level, on up to `threads` threads (contiguous runs of pages, one compressor each), emptying
// each source string once it is compressed to keep memory down.
std::vector<std::string> flate_compress_all(std::vector<std::string>& contents, unsigned threads);

// Makes `compressed` (from flate_compress_all) the page's content stream: libharu copies the bytes
// as they are and the stream's dictionary says /FlateDecode. The stream must still be empty.
bool set_compressed_content(LibharuSession& session, HPDF_Page page, const std::string& compressed);

}  // namespace handout
