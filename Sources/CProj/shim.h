#ifndef CPROJ_SHIM_H
#define CPROJ_SHIM_H

/* PROJ's C API (Debian libproj-dev). Only what the coordinate conversions use is
 * wrapped in Swift; the header is included whole. */
#include <proj.h>

/* PJ_COORD is a C union; Swift imports its members, but building one field by field
 * reads clearer through these two helpers. */
static inline PJ_COORD cp_coord(double a, double b) { return proj_coord(a, b, 0, 0); }
static inline double cp_first(PJ_COORD c) { return c.v[0]; }
static inline double cp_second(PJ_COORD c) { return c.v[1]; }

#endif
