// Shim so the module map can find libyaml's header through the include path.
#include <yaml.h>
