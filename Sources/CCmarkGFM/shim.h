// Shim so the module map finds cmark-gfm's headers through the include path.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
