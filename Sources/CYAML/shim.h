#ifndef CONFORME_CYAML_SHIM_H
#define CONFORME_CYAML_SHIM_H
#include <yaml.h>

/* The calling thread's libyaml arena (see LibyamlArena.swift), in C because Swift has no
   thread-local variables, and pthread_getspecific on every one of libyaml's allocations cost
   about as much as the arena itself. The variable is local to an inline function, which each
   Swift file that calls it would get its own copy of: only LibyamlArena.swift calls it. */
static inline void **conforme_libyaml_arena_slot(void) {
    static _Thread_local void *arena;
    return &arena;
}

#endif
