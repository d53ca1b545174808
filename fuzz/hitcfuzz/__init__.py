"""hitcfuzz: a mutation fuzzer that drives the built `hitc` binary.

Modules, one concept each:
  hostile        catalogues of hostile values (numbers, text, URLs, YAML tricks)
  mutate_bytes   byte-level mutations (flip, insert, delete, duplicate, splice)
  mutate_yaml    YAML-aware mutations on spec text (scalars, keys, nesting, aliases)
  mutate_table   CSV- and JSON-Lines-aware mutations for data and results files
  seeds          the seed cases: example specs, the invalid corpus, results files
  results_seeds  generated results files (MTurk CSV, long CSV/JSONL, submissions)
  runner         runs hitc with a timeout and a memory limit
  oracles        decides what in an outcome is a finding
  case           a test case (files + commands) and its execution
  minimise       delta reduction of a finding's input
  findings       de-duplication and storage of findings
  campaign       the fuzzing loop
"""
