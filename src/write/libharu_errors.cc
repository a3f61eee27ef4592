#include "write/libharu_errors.h"

#include <hpdf_error.h>

#include <cstdio>
#include <string_view>

namespace handout {
namespace {

struct LibharuError {
  unsigned long code;
  std::string_view meaning;
};

constexpr LibharuError kLibharuErrors[] = {
    {HPDF_ARRAY_COUNT_ERR, "an array has too many elements"},
    {HPDF_ARRAY_ITEM_NOT_FOUND, "an array element was not found"},
    {HPDF_ARRAY_ITEM_UNEXPECTED_TYPE, "an array element has an unexpected type"},
    {HPDF_BINARY_LENGTH_ERR, "a binary string is too long"},
    {HPDF_CANNOT_GET_PALLET, "the image palette cannot be read"},
    {HPDF_DICT_COUNT_ERR, "a dictionary has too many entries"},
    {HPDF_DICT_ITEM_NOT_FOUND, "a dictionary entry was not found"},
    {HPDF_DICT_ITEM_UNEXPECTED_TYPE, "a dictionary entry has an unexpected type"},
    {HPDF_DICT_STREAM_LENGTH_NOT_FOUND, "a stream has no length"},
    {HPDF_DOC_ENCRYPTDICT_NOT_FOUND, "the encryption dictionary is missing"},
    {HPDF_DOC_INVALID_OBJECT, "the document object is invalid"},
    {HPDF_DUPLICATE_REGISTRATION, "an object was registered twice"},
    {HPDF_EXCEED_JWW_CODE_NUM_LIMIT, "too many JWW codes"},
    {HPDF_ENCRYPT_INVALID_PASSWORD, "the encryption password is invalid"},
    {HPDF_ERR_UNKNOWN_CLASS, "an object has an unknown class"},
    {HPDF_EXCEED_GSTATE_LIMIT, "graphics states are nested too deeply"},
    {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
    {HPDF_FILE_IO_ERROR, "a file could not be read or written"},
    {HPDF_FILE_OPEN_ERROR, "a file could not be opened"},
    {HPDF_FONT_EXISTS, "the font is already loaded"},
    {HPDF_FONT_INVALID_WIDTHS_TABLE, "the font's widths table is invalid"},
    {HPDF_INVALID_AFM_HEADER, "the AFM file header is invalid"},
    {HPDF_INVALID_ANNOTATION, "the annotation is invalid"},
    {HPDF_INVALID_BIT_PER_COMPONENT, "the image's bits per component are invalid"},
    {HPDF_INVALID_CHAR_MATRICS_DATA, "the font's character metrics are invalid"},
    {HPDF_INVALID_COLOR_SPACE, "the colour space is invalid"},
    {HPDF_INVALID_COMPRESSION_MODE, "the compression mode is invalid"},
    {HPDF_INVALID_DATE_TIME, "the date is invalid"},
    {HPDF_INVALID_DESTINATION, "the link or bookmark destination is invalid"},
    {HPDF_INVALID_DOCUMENT, "the document is invalid (an earlier error was not cleared)"},
    {HPDF_INVALID_DOCUMENT_STATE, "the document is in the wrong state for this call"},
    {HPDF_INVALID_ENCODER, "the text encoder is invalid"},
    {HPDF_INVALID_ENCODER_TYPE, "the text encoder has the wrong type"},
    {HPDF_INVALID_ENCODING_NAME, "the encoding name is unknown"},
    {HPDF_INVALID_ENCRYPT_KEY_LEN, "the encryption key length is invalid"},
    {HPDF_INVALID_FONTDEF_DATA, "the font definition data is invalid"},
    {HPDF_INVALID_FONTDEF_TYPE, "the font definition has the wrong type"},
    {HPDF_INVALID_FONT_NAME, "the font name is unknown"},
    {HPDF_INVALID_IMAGE, "the image is invalid"},
    {HPDF_INVALID_JPEG_DATA, "the JPEG data is invalid"},
    {HPDF_INVALID_N_DATA, "the data cannot be read"},
    {HPDF_INVALID_OBJECT, "an object is invalid"},
    {HPDF_INVALID_OBJ_ID, "an object number is invalid"},
    {HPDF_INVALID_OPERATION, "the operation is invalid"},
    {HPDF_INVALID_OUTLINE, "the bookmark is invalid"},
    {HPDF_INVALID_PAGE, "the page is invalid"},
    {HPDF_INVALID_PAGES, "the page tree is invalid"},
    {HPDF_INVALID_PARAMETER, "a parameter is out of range"},
    {HPDF_INVALID_PNG_IMAGE, "the PNG image is invalid"},
    {HPDF_INVALID_STREAM, "the stream is invalid"},
    {HPDF_MISSING_FILE_NAME_ENTRY, "a file name is missing"},
    {HPDF_INVALID_TTC_FILE, "the TrueType collection is invalid"},
    {HPDF_INVALID_TTC_INDEX, "the TrueType collection index is out of range"},
    {HPDF_INVALID_WX_DATA, "the font's width data is invalid"},
    {HPDF_ITEM_NOT_FOUND, "an item was not found"},
    {HPDF_LIBPNG_ERROR, "libpng failed to decode the image"},
    {HPDF_NAME_INVALID_VALUE, "a name is invalid"},
    {HPDF_NAME_OUT_OF_RANGE, "a name is too long"},
    {HPDF_PAGE_INVALID_PARAM_COUNT, "a page call has the wrong number of parameters"},
    {HPDF_PAGES_MISSING_KIDS_ENTRY, "the page tree has no kids"},
    {HPDF_PAGE_CANNOT_FIND_OBJECT, "a page object was not found"},
    {HPDF_PAGE_CANNOT_GET_ROOT_PAGES, "the root of the page tree was not found"},
    {HPDF_PAGE_CANNOT_RESTORE_GSTATE, "there is no saved graphics state to restore"},
    {HPDF_PAGE_CANNOT_SET_PARENT, "the page's parent cannot be set"},
    {HPDF_PAGE_FONT_NOT_FOUND, "no font is set on the page"},
    {HPDF_PAGE_INVALID_FONT, "the font is invalid"},
    {HPDF_PAGE_INVALID_FONT_SIZE, "the font size is out of range"},
    {HPDF_PAGE_INVALID_GMODE, "the call is not allowed in the page's current drawing mode"},
    {HPDF_PAGE_INVALID_INDEX, "the page index is invalid"},
    {HPDF_PAGE_INVALID_ROTATE_VALUE, "the page rotation is not a multiple of 90 degrees"},
    {HPDF_PAGE_INVALID_SIZE, "the page size is out of range (3 to 14400 points)"},
    {HPDF_PAGE_INVALID_XOBJECT, "the image or form is invalid"},
    {HPDF_PAGE_OUT_OF_RANGE, "a value is out of range for the page"},
    {HPDF_REAL_OUT_OF_RANGE, "a number is out of range"},
    {HPDF_STREAM_EOF, "a stream ended early"},
    {HPDF_STREAM_READLN_CONTINUE, "a stream line is too long"},
    {HPDF_STRING_OUT_OF_RANGE, "a string is too long"},
    {HPDF_THIS_FUNC_WAS_SKIPPED, "the call was skipped because of an earlier error"},
    {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font's licence forbids embedding"},
    {HPDF_TTF_INVALID_CMAP, "the font's character map is invalid"},
    {HPDF_TTF_INVALID_FOMAT, "the font file is not valid TrueType"},
    {HPDF_TTF_MISSING_TABLE, "the font file lacks a required table"},
    {HPDF_UNSUPPORTED_FONT_TYPE, "the font type is not supported"},
    {HPDF_UNSUPPORTED_FUNC, "the function is not supported"},
    {HPDF_UNSUPPORTED_JPEG_FORMAT, "the JPEG format is not supported"},
    {HPDF_UNSUPPORTED_TYPE1_FONT, "the Type 1 font is not supported"},
    {HPDF_XREF_COUNT_ERR, "the document has too many objects"},
    {HPDF_ZLIB_ERROR, "compression with zlib failed"},
    {HPDF_INVALID_PAGE_INDEX, "the page index is out of range"},
    {HPDF_INVALID_URI, "the URI is invalid"},
    {HPDF_PAGE_LAYOUT_OUT_OF_RANGE, "the page layout is out of range"},
    {HPDF_PAGE_MODE_OUT_OF_RANGE, "the page mode is out of range"},
    {HPDF_PAGE_NUM_STYLE_OUT_OF_RANGE, "the page number style is out of range"},
    {HPDF_ANNOT_INVALID_ICON, "the annotation icon is invalid"},
    {HPDF_ANNOT_INVALID_BORDER_STYLE, "the annotation border style is invalid"},
    {HPDF_PAGE_INVALID_DIRECTION, "the page direction is invalid"},
    {HPDF_INVALID_FONT, "the font is invalid"},
    {HPDF_PAGE_INSUFFICIENT_SPACE, "there is not enough space on the page"},
    {HPDF_PAGE_INVALID_DISPLAY_TIME, "the page display time is invalid"},
    {HPDF_PAGE_INVALID_TRANSITION_TIME, "the page transition time is invalid"},
    {HPDF_INVALID_PAGE_SLIDESHOW_TYPE, "the slide show type is invalid"},
    {HPDF_EXT_GSTATE_OUT_OF_RANGE, "an extended graphics state value is out of range"},
    {HPDF_INVALID_EXT_GSTATE, "the extended graphics state is invalid"},
    {HPDF_EXT_GSTATE_READ_ONLY, "the extended graphics state is read-only"},
    {HPDF_INVALID_U3D_DATA, "the U3D data is invalid"},
    {HPDF_NAME_CANNOT_GET_NAMES, "the name tree cannot be read"},
    {HPDF_INVALID_ICC_COMPONENT_NUM, "the ICC profile has the wrong number of components"},
};

std::string_view meaning_of(unsigned long code) {
  for (const LibharuError& error : kLibharuErrors) {
    if (error.code == code) return error.meaning;
  }
  return "an error libharu does not document";
}

}  // namespace

std::string describe_libharu_error(unsigned long code) {
  char number[32];
  std::snprintf(number, sizeof number, "0x%04lX", code);
  return "libharu error " + std::string(number) + " (" + std::string(meaning_of(code)) + ")";
}

}  // namespace handout
