#ifndef KHYBER_CQRENCODE_SHIM_H
#define KHYBER_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
