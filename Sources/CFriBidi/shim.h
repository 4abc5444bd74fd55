// GNU FriBidi (Debian libfribidi-dev): the Unicode bidirectional algorithm, Arabic joining and shaping.
#include <fribidi.h>

// FRIBIDI_PAR_* and FRIBIDI_FLAGS_* are macros over macros, which Swift does not import: named here.
static inline FriBidiParType kp_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }
static inline FriBidiParType kp_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }
static inline FriBidiParType kp_fribidi_par_on(void) { return FRIBIDI_PAR_ON; }
static inline FriBidiFlags kp_fribidi_flags_shape(void) { return FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC; }
static inline FriBidiFlags kp_fribidi_flags_reorder(void) { return FRIBIDI_FLAGS_DEFAULT; }
