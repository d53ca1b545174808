"""hitcfuzz: a mutation fuzzer that drives the built `hitc` binary.

Modules, one concept each:
  hostile        catalogues of hostile values (numbers, text, URLs, YAML tricks)
  yaml_lines     a tolerant line view of YAML text: where keys, values and blocks are
  mutate_bytes   byte-level mutations (flip, insert, delete, duplicate, splice)
  mutate_yaml    YAML-aware mutations on spec text (scalars, keys, nesting, aliases)
  mutate_table   CSV- and JSON-Lines-aware mutations for data and results files
  seeds          the seed folders: example specs, the invalid corpus
  results_seeds  generated results files (MTurk CSV, long CSV/JSONL, submissions)
  special        FIFOs, /dev/zero and directories where files are expected
  case           a test case (files + commands) and its execution
  runner         runs hitc with a timeout and a memory limit
  oracles        decides what in an outcome is a finding
  output_checks  checks of the files hitc writes (JSON, XML, CSV, manifest, leftovers)
  page_checks    checks of what files mean (CSP vs submit_url, batch item keys)
  backtrace      the crash site in Swift's backtrace
  minimise       delta reduction of a finding's input
  findings       de-duplication and storage of findings
  campaign       the fuzzing loop
"""
