#ifndef KHYBER_CNCURSESW_SHIM_H
#define KHYBER_CNCURSESW_SHIM_H
/* SwiftPM drops the -D flags pkg-config prints, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>

/* Macros Swift cannot import, and globals Swift 6 calls unsafe, as functions. */
static inline WINDOW *kp_stdscr(void) { return stdscr; }
static inline int kp_lines(void) { return LINES; }
static inline int kp_cols(void) { return COLS; }
static inline attr_t kp_a_bold(void) { return A_BOLD; }
static inline attr_t kp_a_reverse(void) { return A_REVERSE; }
static inline attr_t kp_a_normal(void) { return A_NORMAL; }
static inline attr_t kp_a_dim(void) { return A_DIM; }
static inline attr_t kp_a_underline(void) { return A_UNDERLINE; }
static inline int kp_key_f(int n) { return KEY_F(n); }
#endif
