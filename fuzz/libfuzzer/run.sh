#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for N seconds (default 600) on the example specs and the
# invalid-spec corpus. Findings (crash-*, timeout-*, oom-*) go to fuzz/libfuzzer/crashes/.
# Usage: fuzz/libfuzzer/run.sh [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
shift || true
# -sanitize=fuzzer,address instruments every Swift module of the build (HITCompiler included);
# lld, because gold fails on the sanitized objects ("internal error in format_file_lineno").
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
mkdir -p corpus crashes
# Each seed under its own name (many are called spec.yaml).
for spec in ../../Specs/*/spec.yaml ../../Tests/Corpus/invalid/*/spec.yaml; do
  [ -f "$spec" ] || continue
  name="$(basename "$(dirname "$spec")")"
  [ -e "corpus/seed-$name.yaml" ] || cp "$spec" "corpus/seed-$name.yaml"
done
# The Swift runtime's caches look like leaks to LeakSanitizer: leak checks off. Swift's crash
# backtracer reads the stack in a way AddressSanitizer reports as a stack-buffer-underflow,
# which would hide the real crash: off too (libFuzzer prints its own stack).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
exec "$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --show-bin-path)/SpecFuzzer" corpus -artifact_prefix=crashes/ \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -dict=spec.dict "$@"
