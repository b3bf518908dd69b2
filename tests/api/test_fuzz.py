"""Property-based fuzzing of every operation in the server's OpenAPI schema (schemathesis): no 5xx, ever.

Each operation gets its own Hypothesis run (``as_strategy``), bounded to 25 examples; failures of all
operations are collected and reported together.  (schemathesis' pytest integration is not used: its
``from_fixture`` does not work with pytest 9.)
"""
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

MAX_EXAMPLES = 25


def run_operation(operation, base_url):
    @given(operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def fuzz(case):
        case.call_and_validate(base_url=base_url, checks=[not_a_server_error], timeout=120)

    fuzz()


def test_no_server_error_on_any_operation(server):
    schema = schemathesis.openapi.from_url(server.url + "/openapi.json")
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        try:
            run_operation(operation, server.url)
        except Exception as exc:  # an AssertionError-like failure group from schemathesis or Hypothesis
            failures.append(f"{operation.label}: {str(exc)[:1500]}")
    assert operations >= 15
    assert not failures, "\n\n".join(failures)
