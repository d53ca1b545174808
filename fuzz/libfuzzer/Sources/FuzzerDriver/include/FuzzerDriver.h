#ifndef HITC_FUZZER_DRIVER_H
#define HITC_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in the runtime that -sanitize=fuzzer links): parses libFuzzer's flags
/// from argv and calls `callback` with each input. Used instead of libFuzzer's own `main`,
/// because SwiftPM links an executable's entry point as `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
