"""A real DuckDB store built once per session from the demo corpus (plus a hostile page), and a real
uvicorn server over it in a subprocess on a free loopback port."""
import pytest

from brinkwatch.api.testing import ServerProcess, demo_store


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    base = tmp_path_factory.getbasetemp() / "brinkwatch-serve"
    base.mkdir(exist_ok=True)
    return demo_store(base / "demo.duckdb")


@pytest.fixture(scope="session")
def server(demo_db):
    with ServerProcess(demo_db) as proc:
        yield proc
