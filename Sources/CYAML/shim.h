#ifndef CONFORME_CYAML_SHIM_H
#define CONFORME_CYAML_SHIM_H
/* libyaml as the system ships it. Nothing here defines or replaces a symbol of libyaml (or of
   any other library): its allocations stay its own, whatever way it was built or linked. */
#include <yaml.h>

#endif
