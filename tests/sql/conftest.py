"""Fixtures of the SQL engines tests: the `hitc` binary, the cases' folders with their native
outputs, and the engines (DuckDB always; PostgreSQL when `HITC_SQL_POSTGRES_DSN` names a server;
Spark when `java` runs). An engine that cannot run is skipped, saying why, unless
`HITC_SQL_REQUIRE_ENGINES=1` (CI) makes that a failure.

Environment: `HITC_BIN` (default `.build/debug/hitc`), `HITC_DATASETS` (the unshipped datasets),
`HITC_SQL_POSTGRES_DSN` (a libpq connection string), `HITC_SQL_ITERATIONS` (EM iterations, default
5), `HITC_SQL_SPARK_ITERATIONS` (EM iterations on Spark, default 2), `HITC_SQL_SPARK_CASES` (`ci`,
the default, `lite`, `examples`, `all`: see test_engines.py).
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

import engines
import native

ITERATIONS = int(os.environ.get("HITC_SQL_ITERATIONS", "5"))
# Spark runs a step in seconds, not milliseconds: its cases use fewer EM iterations (the same N
# is passed to `hitc aggregate --iterations N` for that case's reference).
SPARK_ITERATIONS = int(os.environ.get("HITC_SQL_SPARK_ITERATIONS", "2"))


def iterations(engine):
    """The EM iterations of a case on `engine`: `SPARK_ITERATIONS` on Spark, else `ITERATIONS`."""
    return SPARK_ITERATIONS if engine == "spark" else ITERATIONS
REQUIRE = os.environ.get("HITC_SQL_REQUIRE_ENGINES") == "1"


def unavailable(why):
    """Fails under `HITC_SQL_REQUIRE_ENGINES=1`, else skips, with `why`."""
    if REQUIRE:
        pytest.fail(why)
    pytest.skip(why)


@pytest.fixture(scope="session")
def hitc():
    path = native.binary()
    if not Path(path).is_file():
        pytest.fail(f"no hitc binary at {path}: run swift build, or set HITC_BIN")
    return path


@pytest.fixture(scope="session")
def scratch():
    folder = Path(tempfile.mkdtemp(prefix="hitc-sql-tests-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def spark(scratch):
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        unavailable("Spark needs Java (java on PATH or JAVA_HOME)")
    session = engines.spark_session(scratch / "spark-warehouse")
    yield session
    session.stop()


@pytest.fixture(scope="session")
def postgres_dsn():
    dsn = os.environ.get("HITC_SQL_POSTGRES_DSN")
    if not dsn:
        unavailable("HITC_SQL_POSTGRES_DSN is not set: no PostgreSQL server to run the postgres scripts on")
    return dsn


@pytest.fixture
def open_engine(request):
    """A function opening a fresh case on the named engine."""
    opened = []

    def make(name):
        if name == "duckdb":
            case = engines.DuckDBCase()
        elif name == "postgres":
            case = engines.PostgresCase(request.getfixturevalue("postgres_dsn"))
        elif name == "spark":
            case = engines.SparkCase(request.getfixturevalue("spark"))
        else:
            raise ValueError(name)
        opened.append(case)
        return case

    yield make
    for case in opened:
        case.close()
