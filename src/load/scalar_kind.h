#pragma once

// The core schema's scalar kinds moved to core, where the data contract check (bind) reads them
// too; this header keeps the loader's includes working.
#include "core/scalar_kind.h"
