#ifndef KHYBER_CNCURSESW_SHIM_H
#define KHYBER_CNCURSESW_SHIM_H
/* SwiftPM drops the -D flags pkg-config prints, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <pthread.h>
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
static inline int kp_color_pairs(void) { return COLOR_PAIRS; }
static inline int kp_colors(void) { return COLORS; }
static inline int kp_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kp_ccharw_max(void) { return CCHARW_MAX; }

/* setlocale(LC_ALL, "") without touching the LC_ALL macro from Swift. */
static inline const char *kp_setlocale_from_environment(void) { return setlocale(LC_ALL, ""); }

/* newterm on the process's stdin/stdout (the globals are unsafe from Swift 6). */
static inline SCREEN *kp_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline int kp_stdout_fd(void) { return fileno(stdout); }

/* Home (H), erase screen (2J), then erase scrollback (3J): no personal data may stay behind.
   3J must come last: tmux (scroll-on-clear) and VTE move the screen into the scrollback on 2J,
   so a 3J sent first would leave the last screen in the history. This is the order `clear` uses. */
static inline void kp_write_wipe_sequence(int fd) {
    static const char wipe[] = "\033[H\033[2J\033[3J";
    ssize_t ignored = write(fd, wipe, sizeof wipe - 1);
    (void)ignored;
}

/* Window-size changes, handled by the kiosk itself rather than by ncurses' own SIGWINCH handler
   (which ncurses installs only when SIGWINCH is still at its default, and which was seen to miss
   resizes): the handler only raises a flag; the input loop takes it and calls resizeterm. */
static volatile sig_atomic_t kp_winch_pending = 0;
static inline void kp_on_winch(int sig) { (void)sig; kp_winch_pending = 1; }
static inline int kp_install_winch_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kp_on_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a waiting read returns at once */
    if (sigaction(SIGWINCH, &action, NULL) != 0) return -1;
    /* A parent may have left SIGWINCH blocked (spawned processes inherit the mask). */
    sigset_t winch;
    sigemptyset(&winch);
    sigaddset(&winch, SIGWINCH);
    return pthread_sigmask(SIG_UNBLOCK, &winch, NULL);
}
/* 1 (and clears the flag) when a resize happened since the last call. */
static inline int kp_take_winch(void) {
    if (!kp_winch_pending) return 0;
    kp_winch_pending = 0;
    return 1;
}
/* The terminal's size from the kernel; 0 on success. */
static inline int kp_tty_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* Only the scrollback: used mid-session, while curses keeps drawing. */
static inline void kp_write_scrollback_wipe(int fd) {
    static const char wipe[] = "\033[3J";
    ssize_t ignored = write(fd, wipe, sizeof wipe - 1);
    (void)ignored;
}

/* Signal handler for SIGTERM/SIGHUP and crash signals: leave curses mode, wipe the screen and
   scrollback with write(2), then re-raise with the default action (SA_RESETHAND already restored
   it) so the exit status tells what happened. Stateless, so copies in several objects are fine. */
static inline void kp_restore_and_reraise(int sig) {
    endwin();
    kp_write_wipe_sequence(STDOUT_FILENO);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Ignore SIGINT/SIGQUIT/SIGTSTP; restore-and-reraise on SIGTERM, SIGHUP, SIGSEGV, SIGBUS,
   SIGILL, SIGABRT, SIGFPE. Returns 0 on success, -1 if any sigaction failed. */
static inline int kp_install_signal_handlers(void) {
    int result = 0;
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    const int ignored[] = { SIGINT, SIGQUIT, SIGTSTP };
    for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++) {
        if (sigaction(ignored[i], &ignore, NULL) != 0) result = -1;
    }
    struct sigaction restore;
    memset(&restore, 0, sizeof restore);
    restore.sa_handler = kp_restore_and_reraise;
    restore.sa_flags = SA_RESETHAND;
    sigfillset(&restore.sa_mask);
    const int fatal[] = { SIGTERM, SIGHUP, SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        if (sigaction(fatal[i], &restore, NULL) != 0) result = -1;
    }
    return result;
}
#endif
