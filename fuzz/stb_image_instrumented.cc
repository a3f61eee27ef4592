// stb_image compiled into the fuzz build (HANDOUT_FUZZ) from Debian's header, instead of linked
// from the prebuilt libstb: only code compiled here has the sanitizers' checks and the coverage
// that guides libFuzzer through the decoders.
#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
