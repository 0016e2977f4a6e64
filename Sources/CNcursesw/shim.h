#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* Must come before <curses.h>: turns on the wide-character API
 * (cchar_t, wget_wch, mvwaddnwstr, wborder_set). */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <curses.h>

/* Swift 6 rejects any reference to mutable C globals (stdscr, LINES, COLS,
 * COLORS, stdin/stdout/stderr). Inline accessors are plain functions and can be
 * called from any isolation domain. */
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline FILE *cn_stderr(void) { return stderr; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void)  { return stdin; }

/* Function-like macros Swift cannot import. */
static inline int cn_key_f(int n) { return KEY_F(n); }

/* A_* attributes are built by the NCURSES_BITS macro, which Swift does not import. */
static const attr_t CN_A_NORMAL    = A_NORMAL;
static const attr_t CN_A_BOLD      = A_BOLD;
static const attr_t CN_A_REVERSE   = A_REVERSE;
static const attr_t CN_A_UNDERLINE = A_UNDERLINE;
static const attr_t CN_A_DIM       = A_DIM;

static const int CN_NCURSES_WIDECHAR = NCURSES_WIDECHAR;

#endif
