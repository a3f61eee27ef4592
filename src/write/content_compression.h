#pragma once

#include <hpdf.h>

#include <string>
#include <string_view>
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

// Deflates one stream's bytes the same way (for a font file, on a worker thread).
std::string flate_compress(std::string_view data);

// Makes `compressed` (from flate_compress) the content of an empty stream object: libharu copies
// the bytes as they are and the stream's dictionary says /FlateDecode.
bool set_compressed_stream(LibharuSession& session, HPDF_Dict stream,
                           const std::string& compressed);

// Makes `compressed` (from flate_compress_all) the page's content stream: libharu copies the bytes
// as they are and the stream's dictionary says /FlateDecode. The stream must still be empty.
bool set_compressed_content(LibharuSession& session, HPDF_Page page, const std::string& compressed);

}  // namespace handout
