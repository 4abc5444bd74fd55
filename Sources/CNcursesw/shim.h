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
#include <poll.h>
#include <termios.h>
#include <ncurses.h>
#include <term.h>

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

/* Bidi mode (terminal-wg "BiDi in Terminal Emulators", BDSM): the kiosk shapes and reorders Urdu and
   Pashto itself, so a terminal that would reorder again (VTE, Konsole, mlterm) is put in explicit mode,
   CSI 8 l, at start, and given back its default, implicit mode, CSI 8 h, on the way out. Terminals that
   do no bidi ignore both. */
static const char kp_bidi_explicit[] = "\033[8l";
static const char kp_bidi_implicit[] = "\033[8h";
static inline void kp_write_bidi_mode(int fd, int explicit_mode) {
    const char *sequence = explicit_mode ? kp_bidi_explicit : kp_bidi_implicit;
    ssize_t ignored = write(fd, sequence, strlen(sequence));
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

/* SIGTERM and SIGHUP ask the kiosk to stop: the handler only raises a flag and writes one byte to
   the run loop's wake pipe (both async-signal-safe); the loop then wipes the screen and leaves
   curses on its own thread. A second signal meets the default action (SA_RESETHAND), so a
   stuck loop can still be stopped. */
static volatile sig_atomic_t kp_stop_pending = 0;
static volatile int kp_stop_wake_fd = -1;
static inline void kp_on_stop(int sig) {
    (void)sig;
    kp_stop_pending = 1;
    int fd = kp_stop_wake_fd;
    if (fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
}
/* 1 (and clears the flag) when a stop signal came since the last call. */
static inline int kp_take_stop(void) {
    if (!kp_stop_pending) return 0;
    kp_stop_pending = 0;
    return 1;
}

/* The signal state below is static: Swift emits a copy of these functions and variables into each
   object file that calls them, so every call that touches it lives in TerminalSignals.swift. */

/* What a crash handler writes to hand the terminal back: the terminfo strings that end attributes,
   show the cursor, leave keypad mode and the alternate screen, copied here once at start (a handler
   may not call curses), and the terminal modes from before curses started. */
static char kp_crash_restore[512] = { 0 };
static volatile size_t kp_crash_restore_length = 0;
static struct termios kp_saved_modes = { 0 };
static volatile int kp_have_saved_modes = 0;
static inline void kp_append_capability(const char *name) {
    char *value = tigetstr((char *)name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (kp_crash_restore_length + length >= sizeof kp_crash_restore) return;
    memcpy(kp_crash_restore + kp_crash_restore_length, value, length);
    kp_crash_restore_length += length;
}
/* Call once before curses starts (saves the terminal modes) ... */
static inline void kp_save_terminal_modes(void) {
    if (tcgetattr(STDIN_FILENO, &kp_saved_modes) == 0) kp_have_saved_modes = 1;
}
/* ... and once after (copies the restore strings of this terminal). */
static inline void kp_prepare_crash_restore(void) {
    kp_crash_restore_length = 0;
    kp_append_capability("sgr0");
    kp_append_capability("cnorm");
    kp_append_capability("rmkx");
    kp_append_capability("rmcup");
    size_t bidi = sizeof kp_bidi_implicit - 1;
    if (kp_crash_restore_length + bidi < sizeof kp_crash_restore) {
        memcpy(kp_crash_restore + kp_crash_restore_length, kp_bidi_implicit, bidi);
        kp_crash_restore_length += bidi;
    }
}

/* Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE): only async-signal-safe calls — write(2)
   the restore strings and the wipe, tcsetattr(2) the saved modes — then re-raise with the default
   action (SA_RESETHAND already restored it) so the exit status tells what happened. */
static inline void kp_on_crash(int sig) {
    size_t length = kp_crash_restore_length;
    if (length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, kp_crash_restore, length);
        (void)ignored;
    }
    kp_write_wipe_sequence(STDOUT_FILENO);
    if (kp_have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &kp_saved_modes);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Ignore SIGINT/SIGQUIT/SIGTSTP; SIGTERM and SIGHUP raise the stop flag and write to `wake_fd`
   (may be -1); the crash signals restore and re-raise. Returns 0 on success, -1 if any sigaction failed. */
static inline int kp_install_signal_handlers(int wake_fd) {
    int result = 0;
    kp_stop_wake_fd = wake_fd;
    struct sigaction ignore;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    const int ignored[] = { SIGINT, SIGQUIT, SIGTSTP };
    for (size_t i = 0; i < sizeof ignored / sizeof ignored[0]; i++) {
        if (sigaction(ignored[i], &ignore, NULL) != 0) result = -1;
    }
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = kp_on_stop;
    stop.sa_flags = SA_RESETHAND;
    sigfillset(&stop.sa_mask);
    const int stopping[] = { SIGTERM, SIGHUP };
    for (size_t i = 0; i < sizeof stopping / sizeof stopping[0]; i++) {
        if (sigaction(stopping[i], &stop, NULL) != 0) result = -1;
    }
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = kp_on_crash;
    crash.sa_flags = SA_RESETHAND;
    sigfillset(&crash.sa_mask);
    const int fatal[] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE };
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        if (sigaction(fatal[i], &crash, NULL) != 0) result = -1;
    }
    return result;
}

/* Waits up to `milliseconds` for input on `input_fd` or for any of `wake_fds` to become readable.
   Returns 2 when a wake descriptor is readable, 1 when input is, 0 on timeout or interruption. */
static inline int kp_wait_for_input(int input_fd, const int *wake_fds, int wake_count, int milliseconds) {
    struct pollfd fds[9];
    int count = 0;
    fds[count].fd = input_fd; fds[count].events = POLLIN; fds[count].revents = 0; count++;
    for (int i = 0; i < wake_count && count < 9; i++) {
        fds[count].fd = wake_fds[i]; fds[count].events = POLLIN; fds[count].revents = 0; count++;
    }
    int ready = poll(fds, (nfds_t)count, milliseconds);
    if (ready <= 0) return 0;
    for (int i = 1; i < count; i++) {
        if (fds[i].revents & (POLLIN | POLLHUP)) return 2;
    }
    return (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) ? 1 : 0;
}
#endif
