#include "write/content_compression.h"

#include <libdeflate.h>

#include <algorithm>
#include <memory>
#include <new>

#include "core/worker_pool.h"

namespace handout {
namespace {

// zlib's default, which libharu used: the same size of file, reached much faster by libdeflate.
constexpr int kCompressionLevel = 6;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* compressor) const {
    libdeflate_free_compressor(compressor);
  }
};
using Compressor = std::unique_ptr<libdeflate_compressor, CompressorDeleter>;

Compressor new_compressor() {
  Compressor compressor(libdeflate_alloc_compressor(kCompressionLevel));
  if (!compressor) throw std::bad_alloc();
  return compressor;
}

std::string compress_with(libdeflate_compressor& compressor, std::string_view data) {
  std::string compressed(libdeflate_zlib_compress_bound(&compressor, data.size()), '\0');
  const size_t size = libdeflate_zlib_compress(&compressor, data.data(), data.size(),
                                               compressed.data(), compressed.size());
  // The bound is the worst case, so a size of 0 (output did not fit) cannot happen.
  compressed.resize(size);
  compressed.shrink_to_fit();
  return compressed;
}

// libharu removes /Filter from a stream it does not compress itself, yet these bytes are
// compressed: the dictionary writes the entry back through its write hook.
HPDF_STATUS write_flate_filter(HPDF_Dict /*stream_dict*/, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

std::string flate_compress(std::string_view data) {
  Compressor compressor = new_compressor();
  return compress_with(*compressor, data);
}

bool set_compressed_stream(LibharuSession& session, HPDF_Dict stream,
                           const std::string& compressed) {
  if (HPDF_Stream_Size(stream->stream) != 0 || stream->write_fn != nullptr) {
    session.fail("libharu wrote into a stream meant for compressed bytes");
    return false;
  }
  stream->filter = HPDF_STREAM_FILTER_NONE;  // the bytes are copied as they are
  stream->write_fn = write_flate_filter;
  // libharu grows a memory stream in blocks of 4 KiB, which most pages' compressed content is
  // far from filling: a block of exactly the bytes, so that 10,000 pages do not hold 40 MB of
  // empty room until the document is saved.
  if (stream->stream->type == HPDF_STREAM_MEMORY && !compressed.empty()) {
    auto* memory = static_cast<HPDF_MemStreamAttr>(stream->stream->attr);
    if (memory->buf->count == 0) {  // no block yet: the first write makes one of buf_siz bytes
      memory->buf_siz = static_cast<HPDF_UINT>(compressed.size());
      memory->w_pos = memory->buf_siz;  // "the current block is full"
    }
  }
  return session.check(HPDF_Stream_Write(stream->stream,
                                         reinterpret_cast<const HPDF_BYTE*>(compressed.data()),
                                         static_cast<HPDF_UINT>(compressed.size())));
}

std::vector<std::string> flate_compress_all(std::vector<std::string>& contents, unsigned threads) {
  std::vector<std::string> compressed(contents.size());
  const size_t parts = std::min<size_t>(std::max(threads, 1u), contents.size());
  run_in_parallel(parts, threads, [&](size_t part) {
    Compressor compressor = new_compressor();
    const size_t begin = contents.size() * part / parts;
    const size_t end = contents.size() * (part + 1) / parts;
    for (size_t page = begin; page < end; ++page) {
      compressed[page] = compress_with(*compressor, contents[page]);
      std::string().swap(contents[page]);
    }
  });
  return compressed;
}

bool set_compressed_content(LibharuSession& session, HPDF_Page page,
                            const std::string& compressed) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  return set_compressed_stream(session, attr->contents, compressed);
}

}  // namespace handout
