#ifndef CONFORME_CYAML_SHIM_H
#define CONFORME_CYAML_SHIM_H
#include <yaml.h>
#endif
