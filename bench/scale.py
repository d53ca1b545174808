#!/usr/bin/env python3
"""Scale figures: hitc's SQL on DuckDB and Spark local next to `hitc aggregate`, on 1M and 10M judgments.

The data are `bench/aggregate.py`'s synthetic long-format files (100,000 and 1,000,000 items x 10
workers from a pool of 1,000, 4 classes), made by its generator when missing, with its specs
(`majority`, `dawid_skene`). For each size and method, each run is one whole process, timed
with `/usr/bin/time` (wall, user + system CPU, peak RSS):

- `hitc aggregate SPEC --results FILE --format long --iterations N` (a release build);
- DuckDB: a Python process that loads the CSV into a table `judgments` (`read_csv`), runs the
  script of `hitc sql --dialect duckdb --iterations N` and writes `hitc_labels` to a CSV;
- DuckDB running a hand-written majority vote (the floor any SQL majority vote pays);
- Spark local[2]: a Python process driving one local JVM (driver memory `--spark-memory`) that
  reads the CSV as a view `judgments`, runs the script of `hitc sql --dialect spark` one statement
  at a time and writes `hitc_labels`; its peak memory is the JVM's own high-water mark (VmHWM of
  the java process, read from /proc before it stops) plus the Python driver's.

Each engine run also times every statement, named by the table it creates, so the cost of each
step (input, gold and dropping, each EM iteration's M-step and E-step, labels, workers,
agreement) can be followed from 1M to 10M. The labels each engine wrote are compared with
`labels.csv` (label and status per item; confidence within 1e-6).

Usage: python3 bench/scale.py [--binary PATH] [--python PY] [--work DIR] [--sizes 1000000,10000000]
                              [--engines hitc,duckdb,duckdb_hand,spark] [--methods majority,dawid_skene]
                              [--iterations N] [--spark-memory 2g] [--json OUT]
The Python that runs the engines (`--python`) needs duckdb and pyspark (tests/sql/requirements.txt).
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))

HAND_MAJORITY = """
CREATE TABLE hitc_labels AS
WITH votes AS (SELECT question, item, answer, COUNT(*) AS n FROM judgments GROUP BY ALL),
ranked AS (SELECT *, SUM(n) OVER (PARTITION BY question, item) AS total,
                  ROW_NUMBER() OVER (PARTITION BY question, item ORDER BY n DESC, md5(answer)) AS r FROM votes)
SELECT question, item, answer AS label, n / total AS confidence FROM ranked WHERE r = 1;
"""

CREATED = re.compile(r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP(?:ORARY)?\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?([`\"\w.]+)",
                     re.IGNORECASE | re.MULTILINE)


def statement_name(statement):
    """The table a statement creates (its step), or its first words."""
    body = "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--"))
    m = CREATED.search(body)
    return m.group(1).strip('`"') if m else " ".join(body.split()[:3])


# ---------------------------------------------------------------- children (run with --python)

def child_duckdb(args):
    import duckdb
    sys.path.insert(0, os.path.join(ROOT, "tests", "sql"))
    import sqlsplit
    steps, start = [], time.perf_counter()
    con = duckdb.connect(":memory:")
    os.makedirs(args.tmp, exist_ok=True)
    con.execute(f"SET temp_directory = '{os.path.join(args.tmp, 'duckdb')}'")
    t = time.perf_counter()
    con.execute("CREATE TABLE judgments AS SELECT * FROM read_csv(?, header = true, all_varchar = true)", [args.results])
    steps.append(("load judgments (read_csv)", time.perf_counter() - t))
    script = open(args.script, encoding="utf-8").read()
    for statement in sqlsplit.split(script):
        t = time.perf_counter()
        con.execute(statement)
        steps.append((statement_name(statement), time.perf_counter() - t))
    t = time.perf_counter()
    con.execute(f"COPY (SELECT * FROM hitc_labels) TO '{args.labels}' (HEADER)")
    steps.append(("write hitc_labels (COPY TO csv)", time.perf_counter() - t))
    inside = time.perf_counter() - start
    json.dump({"steps": steps, "inside": inside, "tables": logical_sizes(con) if args.sizes_too else {}},
              open(args.steps, "w"))


def logical_sizes(con):
    """{table: (rows, bytes)}: each table's size as BigQuery bills a scan of all its columns
    (STRING 2 bytes + its UTF-8 length, INT64/FLOAT64 8 bytes, BOOL 1)."""
    out = {}
    for (name,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall():
        columns = con.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
                              [name]).fetchall()
        terms = []
        for column, kind in columns:
            quoted = '"' + column.replace('"', '""') + '"'
            if kind in ("VARCHAR", "BLOB"):
                terms.append(f"COALESCE(2 + octet_length(CAST({quoted} AS BLOB)), 0)")
            elif kind == "BOOLEAN":
                terms.append("1")
            else:
                terms.append("8")
        rows, size = con.execute(f'SELECT COUNT(*), COALESCE(SUM({" + ".join(terms) or "0"}), 0) FROM "{name}"').fetchone()
        out[name] = (int(rows), int(size))
    return out


def child_spark(args):
    from pyspark.sql import SparkSession
    sys.path.insert(0, os.path.join(ROOT, "tests", "sql"))
    import sqlsplit
    start = time.perf_counter()
    spark = (SparkSession.builder.master("local[2]").appName("hitc-scale")
             .config("spark.driver.memory", args.spark_memory)
             .config("spark.sql.shuffle.partitions", "8")
             .config("spark.sql.warehouse.dir", args.warehouse)
             .config("spark.local.dir", os.path.join(args.tmp, "spark-local"))
             .config("spark.sql.legacy.createHiveTableByDefault", "false")
             .config("spark.ui.enabled", "true").config("spark.ui.showConsoleProgress", "false")
             .config("spark.ui.retainedStages", "100000").config("spark.ui.retainedJobs", "100000")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    steps = [("start the JVM and session", time.perf_counter() - start)]
    pid = spark.sparkContext._jvm.java.lang.ProcessHandle.current().pid()
    t = time.perf_counter()
    spark.read.csv(args.results, header=True).createOrReplaceTempView("judgments")
    steps.append(("view judgments (read.csv, lazy)", time.perf_counter() - t))
    script = open(args.script, encoding="utf-8").read()
    for n, statement in enumerate(sqlsplit.split(script, backslash_escapes=True)):
        name = statement_name(statement)
        spark.sparkContext.setJobGroup(f"s{n:03d} {name}", name)
        t = time.perf_counter()
        spark.sql(statement).collect()
        steps.append((name, time.perf_counter() - t))
    t = time.perf_counter()
    spark.sql("SELECT * FROM hitc_labels").coalesce(1).write.mode("overwrite").csv(args.labels + ".d", header=True)
    steps.append(("write hitc_labels (csv)", time.perf_counter() - t))
    hwm = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) // 1024
    inside = time.perf_counter() - start
    shuffles = stage_bytes(spark)
    spark.stop()
    json.dump({"steps": steps, "inside": inside, "jvm_peak_mb": hwm, "shuffles": shuffles}, open(args.steps, "w"))


def stage_bytes(spark):
    """{job group: {input, shuffle_read, shuffle_write, output bytes, stages}} from Spark's REST API
    (the UI's /api/v1, local only), summed over the stages of each statement's jobs."""
    import urllib.request
    url = spark.sparkContext.uiWebUrl
    if not url:
        return {}
    app = spark.sparkContext.applicationId
    def get(path):
        with urllib.request.urlopen(f"{url}/api/v1/applications/{app}/{path}") as r:
            return json.load(r)
    group_of = {}
    for job in get("jobs"):
        for stage in job.get("stageIds", []):
            group_of[stage] = job.get("jobGroup") or "(none)"
    out = {}
    for stage in get("stages?status=complete"):
        group = group_of.get(stage["stageId"], "(none)")
        g = out.setdefault(group, {"input": 0, "shuffle_read": 0, "shuffle_write": 0, "output": 0, "stages": 0})
        g["input"] += stage.get("inputBytes", 0)
        g["shuffle_read"] += stage.get("shuffleReadBytes", 0)
        g["shuffle_write"] += stage.get("shuffleWriteBytes", 0)
        g["output"] += stage.get("outputBytes", 0)
        g["stages"] += 1
    return out


# ---------------------------------------------------------------- parent

def pss_mb(pid):
    """The proportional set size of `pid` in MB (pages shared with other processes counted in
    part), or None."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def same_image(pid, parent):
    """Whether `pid` is a child not yet turned into another program (the moment between a JVM's
    vfork and exec): the same executable as its parent. Such a child shares its parent's memory
    and shows all of it; it is counted once, with the parent."""
    try:
        return os.readlink(f"/proc/{pid}/exe") == os.readlink(f"/proc/{parent}/exe")
    except OSError:
        return False


def tree_rss_mb(root):
    """(summed memory in MB, [(command, MB) of each process], {pid: CPU seconds so far}) of
    process `root` and all its descendants, from /proc: each process's proportional set size
    (its resident set size when that cannot be read); a JVM's child between vfork and exec,
    which shows the JVM's memory as its own, is left out (`same_image`)."""
    children, rss_of, name_of, cpu_of = {}, {}, {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                head, tail = f.read().rsplit(")", 1)
            fields = tail.split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss_of[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 2**20
            cpu_of[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            name_of[int(entry)] = head.split("(", 1)[1]
        except (OSError, IndexError, ValueError):
            continue
    parts, cpu, todo = [], {}, [(root, None)]
    while todo:
        pid, parent = todo.pop()
        if parent is not None and name_of.get(parent) == "java" and same_image(pid, parent):
            continue
        mb = pss_mb(pid)
        parts.append((name_of.get(pid, "?"), round(rss_of.get(pid, 0) if mb is None else mb, 1)))
        cpu[pid] = cpu_of.get(pid, 0.0)
        todo += [(kid, pid) for kid in children.get(pid, [])]
    return sum(mb for _, mb in parts), parts, cpu


def measured(command):
    """(wall s, CPU s of the whole tree, peak RSS MB of the largest process, [peak RSS MB of the
    whole process tree, its processes then])
    of one child process: wall, CPU and the largest process's peak from /usr/bin/time; the tree's
    peak (the Python driver, the JVM and any other descendant together) sampled from /proc every
    0.2 s."""
    import threading
    timed = ["nice", "-n", "5", "/usr/bin/time", "-f", "@@ %e %U %S %M"] + command
    start = time.perf_counter()
    child = subprocess.Popen(timed, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0.0, []]
    cpu_seen = {}
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            total, parts, cpu = tree_rss_mb(child.pid)
            for pid, seconds in cpu.items():
                cpu_seen[pid] = max(cpu_seen.get(pid, 0.0), seconds)
            if total > peak[0]:
                peak[:] = [total, parts]
            stop.wait(0.2)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    stop.set()
    sampler.join()
    wall = time.perf_counter() - start
    if child.returncode != 0:
        sys.exit(f"failed ({child.returncode}): {' '.join(command)}\n{err[-3000:]}")
    line = [l for l in err.splitlines() if l.startswith("@@ ")][-1].split()
    # CPU: /usr/bin/time's (the processes waited for), or the tree's sampled total when larger
    # (a JVM that outlives its Python parent's wait is not in /usr/bin/time's figure).
    cpu = max(float(line[2]) + float(line[3]), sum(cpu_seen.values()))
    return wall, cpu, int(line[4]) / 1024, peak


def per_iteration(steps):
    """{t: {"prior": s, "conf": s, "post": s}} for each EM iteration t >= 1: its class priors, its
    M-step (confusion matrices) and E-step (posteriors); t = N + 1 is the last M-step only (the
    counts the worker accuracies are read from)."""
    out = {}
    for name, seconds in steps:
        m = re.match(r"hitc_ds_(prior|conf|post)_(\d+)$", name)
        if m and int(m.group(2)) >= 1:
            out.setdefault(int(m.group(2)), {})[m.group(1)] = round(seconds, 3)
    return out


def read_labels(path):
    """{(question, item): (label, confidence, status)} from labels.csv or an engine's hitc_labels CSV."""
    if os.path.isdir(path):
        path = next(os.path.join(path, f) for f in sorted(os.listdir(path)) if f.endswith(".csv"))
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            conf = row.get("confidence") or ""
            out[(row["question"], row["item"])] = (row.get("label", ""), float(conf) if conf else None,
                                                   row.get("status", ""))
    return out


def compare_labels(native, engine):
    """Number of items whose label, status or confidence (beyond 1e-6) differ, and of items missing."""
    a, b = read_labels(native), read_labels(engine)
    differ = 0
    for key, (label, conf, status) in a.items():
        other = b.get(key)
        if other is None or other[0] != label or (other[2] and other[2] != status) or \
                (conf is not None and (other[1] is None or abs(other[1] - conf) > 1e-6)):
            differ += 1
    return differ, len(set(a) ^ set(b))


def fixed_iterations(binary, n):
    """`--iterations N`, or before it exists `--max-iterations N --tolerance 0` (the same N
    iterations unless the fit stops changing exactly)."""
    helptext = subprocess.run([binary, "aggregate", "--help"], capture_output=True, text=True).stdout
    return ["--iterations", str(n)] if "--iterations" in helptext else ["--max-iterations", str(n), "--tolerance", "0"]


def ensure_data(work, items, python):
    path = os.path.join(work, f"results-{items * 10}.csv")
    truth = os.path.join(work, f"truth-{items * 10}.csv")
    if not os.path.exists(path):
        print(f"generating {path}", flush=True)
        code = ("import sys; sys.path.insert(0, %r); import aggregate; aggregate.generate(%r, %r, %d)"
                % (os.path.join(ROOT, "bench"), path, truth, items))
        subprocess.run(["nice", "-n", "10", python, "-c", code], check=True)
    return path


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--child", choices=["duckdb", "spark"])
    p.add_argument("--results")
    p.add_argument("--script")
    p.add_argument("--labels")
    p.add_argument("--steps")
    p.add_argument("--warehouse")
    p.add_argument("--sizes-too", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--binary", default=os.path.join(ROOT, ".build-release", "release", "hitc"))
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--numpy-python", default="/work/benchwork/venv/bin/python")
    p.add_argument("--work", default="/work/benchwork")
    p.add_argument("--sizes", default="1000000,10000000")
    p.add_argument("--engines", default="hitc,duckdb,duckdb_hand,spark")
    p.add_argument("--methods", default="majority,dawid_skene")
    p.add_argument("--iterations", type=int, default=10)
    p.add_argument("--spark-memory", default="2g")
    p.add_argument("--tmp", default="/work/benchwork/tmp-sqlscale",
                   help="Spark's warehouse and spill folder, DuckDB's spill folder (removed after each run)")
    p.add_argument("--json", default=None)
    args = p.parse_args()
    if args.child == "duckdb":
        return child_duckdb(args)
    if args.child == "spark":
        return child_spark(args)

    scratch = os.path.join(args.work, "scale")
    os.makedirs(scratch, exist_ok=True)
    records = []
    for size in [int(s) for s in args.sizes.split(",")]:
        results = ensure_data(args.work, size // 10, args.numpy_python)
        for method in args.methods.split(","):
            spec = os.path.join(args.work, f"{method}.yaml")
            native_out = os.path.join(scratch, f"native-{method}-{size}")
            for engine in args.engines.split(","):
                if engine == "duckdb_hand" and method != "majority":
                    continue
                steps_path = os.path.join(scratch, f"steps-{engine}-{method}-{size}.json")
                warehouse = os.path.join(args.tmp, f"warehouse-{method}-{size}")
                labels = os.path.join(scratch, f"labels-{engine}-{method}-{size}.csv")
                record = {"size": size, "method": method, "engine": engine, "iterations": args.iterations}
                if engine == "hitc":
                    command = [args.binary, "aggregate", spec, "--results", results, "--format", "long",
                               "-o", native_out, "-q"] + fixed_iterations(args.binary, args.iterations)
                else:
                    dialect = "spark" if engine == "spark" else "duckdb"
                    script = os.path.join(scratch, f"{method}-{dialect}.sql")
                    if engine == "duckdb_hand":
                        open(script.replace(".sql", "-hand.sql"), "w").write(HAND_MAJORITY)
                        script = script.replace(".sql", "-hand.sql")
                    else:
                        subprocess.run([args.binary, "sql", spec, "--dialect", dialect, "--iterations",
                                        str(args.iterations), "-o", script], check=True)
                    command = [args.python, os.path.abspath(__file__), "--child", dialect, "--results", results,
                               "--script", script, "--labels", labels, "--steps", steps_path,
                               "--warehouse", warehouse, "--tmp", args.tmp,
                               "--spark-memory", args.spark_memory]
                record["load_before"] = [round(x, 2) for x in os.getloadavg()]
                wall, cpu, rss, (tree, parts) = measured(command)
                record.update(wall=round(wall, 3), cpu=round(cpu, 3), largest_process_peak_mb=round(rss, 1),
                              peak_mb=round(tree, 1), peak_processes=parts,
                              load_after=[round(x, 2) for x in os.getloadavg()])
                if engine == "spark":
                    record["spark_driver_memory"] = args.spark_memory
                    shutil.rmtree(warehouse, ignore_errors=True)
                if engine != "hitc":
                    child = json.load(open(steps_path))
                    record["steps"] = [(n, round(s, 4)) for n, s in child["steps"]]
                    if child.get("shuffles"):
                        record["shuffles"] = child["shuffles"]
                    if engine == "duckdb" and size <= 1000000:  # again, untimed: each table's size as BigQuery would bill it
                        subprocess.run(command + ["--sizes-too"], check=True, capture_output=True)
                        record["tables"] = json.load(open(steps_path))["tables"]
                    if "jvm_peak_mb" in child:
                        record["jvm_peak_mb"] = child["jvm_peak_mb"]
                    iterations = per_iteration(child["steps"])
                    if iterations:
                        record["per_iteration"] = {t: v for t, v in sorted(iterations.items())}
                    if engine != "duckdb_hand":
                        record["labels_differing"], record["labels_missing"] = compare_labels(
                            os.path.join(native_out, "labels.csv"), labels + (".d" if engine == "spark" else ""))
                records.append(record)
                print(json.dumps({k: v for k, v in record.items() if k not in ("steps", "tables", "shuffles")}), flush=True)
                if args.json:
                    json.dump(records, open(args.json, "w"), indent=1)
    if args.json:
        json.dump(records, open(args.json, "w"), indent=1)


if __name__ == "__main__":
    main()
