"""The SQL engines the tests run hitc's scripts on: DuckDB (in process), PostgreSQL (through
`psql`, the engine's own client, on the server `HITC_SQL_POSTGRES_DSN` names) and Spark
(local mode, one JVM for the whole test run).

Each engine opens one isolated place per case (a DuckDB connection, a Postgres schema, a Spark
session with its own database), loads the contract's input tables into it
(`judgments(item, worker, question, answer, seconds[, assignment], seq)` and `gold(item,
question, answer)`),
runs a script and reads a table back as a list of dicts with the engine's own column names.
Values are loaded as data (prepared inserts, COPY, DataFrames), never spliced into SQL text.
"""

import os
import subprocess
import sys
import time
import tempfile
import uuid

import sqlsplit

GOLD_COLUMNS = ("item", "question", "answer")
SPARK_TIMES = os.environ.get("HITC_SQL_SPARK_TIMES") == "1"  # each Spark statement's time on stderr
NUMBER_COLUMNS = {"seconds": "double", "seq": "integer"}


def _type(column, types):
    """The engine's type of a `judgments` column: text, but `seconds` a double and `seq` an integer."""
    return types[NUMBER_COLUMNS.get(column, "text")]


class DuckDBCase:
    """One case's in-memory DuckDB database."""

    dialect = "duckdb"

    def __init__(self):
        import duckdb
        self.con = duckdb.connect(":memory:")

    types = {"text": "VARCHAR", "double": "DOUBLE", "integer": "BIGINT"}

    def load(self, columns, judgments, gold):
        self.con.execute(f"CREATE TABLE judgments ({', '.join(f'{c} {_type(c, self.types)}' for c in columns)})")
        _copy_csv(self.con, "judgments", judgments)
        if gold is not None:
            self.con.execute("CREATE TABLE gold (item VARCHAR, question VARCHAR, answer VARCHAR)")
            _copy_csv(self.con, "gold", gold)

    def run(self, script, path):
        self.con.execute(script)

    def table(self, name):
        cursor = self.con.execute(f"SELECT * FROM {name}")
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    def statements(self):
        return None

    def close(self):
        self.con.close()


def _copy_csv(con, table, rows):
    """Loads `rows` into `table` through a CSV file and DuckDB's COPY (row-by-row inserts take
    seconds for thousands of rows): text cells quoted as RFC 4180 says, NULL an empty unquoted
    cell, and `allow_quoted_nulls = false` so a quoted empty cell stays an empty string."""
    def cell(value):
        if value is None:
            return ""
        if isinstance(value, str):
            return '"' + value.replace('"', '""') + '"'
        return repr(value)
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", newline="", delete=False) as f:
        for row in rows:
            f.write(",".join(cell(v) for v in row) + "\n")
        path = f.name
    try:
        con.execute(f"COPY {table} FROM '{path}' (FORMAT csv, HEADER false, QUOTE '\"', ESCAPE '\"', "
                    "allow_quoted_nulls false, strict_mode true)")
    finally:
        os.unlink(path)


class PostgresCase:
    """One case's schema on the test server; the script runs through `psql -f`."""

    dialect = "postgres"

    def __init__(self, dsn):
        import psycopg
        self.dsn = dsn
        self.schema = "hitc_case_" + uuid.uuid4().hex[:12]
        self.con = psycopg.connect(dsn, autocommit=True)
        self.con.execute(f"CREATE SCHEMA {self.schema}")
        self.con.execute(f"SET search_path TO {self.schema}")

    types = {"text": "text", "double": "double precision", "integer": "bigint"}

    def load(self, columns, judgments, gold):
        self.con.execute(f"CREATE TABLE judgments ({', '.join(f'{c} {_type(c, self.types)}' for c in columns)})")
        with self.con.cursor().copy("COPY judgments FROM STDIN") as copy:
            for row in judgments:
                copy.write_row(row)
        if gold is not None:
            self.con.execute("CREATE TABLE gold (item text, question text, answer text)")
            with self.con.cursor().copy("COPY gold FROM STDIN") as copy:
                for row in gold:
                    copy.write_row(row)

    def run(self, script, path):
        env = dict(os.environ, PGOPTIONS=f"-c search_path={self.schema}")
        done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.dsn, "-f", str(path)],
                              env=env, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"psql -f {path} failed ({done.returncode}):\n{done.stderr[-4000:]}")

    def table(self, name):
        cursor = self.con.execute(f"SELECT * FROM {name}")
        columns = [d.name for d in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    def close(self):
        try:
            self.con.execute(f"DROP SCHEMA {self.schema} CASCADE")
        finally:
            self.con.close()


class SparkCase:
    """One case's Spark session (its own temp views and current database) on the shared JVM."""

    dialect = "spark"

    def __init__(self, spark):
        self.spark = spark.newSession()
        self.database = "hitc_case_" + uuid.uuid4().hex[:12]
        self.spark.sql(f"CREATE DATABASE {self.database}")
        self.spark.sql(f"USE {self.database}")

    def load(self, columns, judgments, gold):
        from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType
        text = StringType()
        types = {"text": text, "double": DoubleType(), "integer": LongType()}
        schema = StructType([StructField(c, _type(c, types)) for c in columns])
        # Saved as Parquet tables once: a DataFrame made from Python rows would be re-read through
        # Python worker processes by every statement that scans it (seconds each).
        self.spark.createDataFrame([tuple(r) for r in judgments], schema).write.format("parquet").saveAsTable("judgments")
        if gold is not None:
            gold_schema = StructType([StructField(c, text) for c in GOLD_COLUMNS])
            self.spark.createDataFrame([tuple(r) for r in gold], gold_schema).write.format("parquet").saveAsTable("gold")

    def run(self, script, path):
        for statement in sqlsplit.split(script, backslash_escapes=True):
            started = time.monotonic()
            self.spark.sql(statement)
            if SPARK_TIMES:
                print(f"spark {time.monotonic() - started:6.2f}s {statement.strip().splitlines()[-1][:90]}",
                      file=sys.stderr)

    def table(self, name):
        return [row.asDict() for row in self.spark.sql(f"SELECT * FROM {name}").collect()]

    def close(self):
        self.spark.sql(f"DROP DATABASE IF EXISTS {self.database} CASCADE")
        self.spark.catalog.clearCache()


def spark_session(warehouse):
    """The one local Spark session of a test run: 2 cores, 2 shuffle partitions, quiet logs."""
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("hitc-sql-tests")
             .config("spark.sql.shuffle.partitions", "2")
             .config("spark.default.parallelism", "2")
             .config("spark.sql.warehouse.dir", str(warehouse))
             .config("spark.driver.memory", os.environ.get("HITC_SQL_SPARK_MEMORY", "1g"))
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC")
             # CREATE TABLE without USING makes a data source table, as Spark 4 does by default
             # (Spark 3.5 would make a Hive table, which needs Hive support).
             .config("spark.sql.legacy.createHiveTableByDefault", "false"))
    # HITC_SQL_SPARK_CONF: more settings, "key=value,key=value" (to try engine settings).
    for setting in filter(None, os.environ.get("HITC_SQL_SPARK_CONF", "").split(",")):
        key, _, value = setting.partition("=")
        spark = spark.config(key.strip(), value.strip())
    spark = spark.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark
