"""The exception tree: what a user reads when Parley refuses something."""

import pytest

from parley.errors import ConfigError, InputError, ParleyError, PipelineError, StoreError
from parley.ingest import IngestProblem


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (7, "examples/bad.jsonl:7: not valid JSON"),
        (None, "examples/bad.jsonl: not valid JSON"),
    ],
)
def test_input_error_reads_like_a_compiler_message(line: int | None, expected: str) -> None:
    error = InputError("examples/bad.jsonl", line, "not valid JSON")
    assert str(error) == expected
    assert (error.source, error.line, error.reason) == (
        "examples/bad.jsonl",
        line,
        "not valid JSON",
    )


def test_message_shows_bad_value_options_and_fix() -> None:
    error = ConfigError(
        "unknown setting", value="batchsize", options=("batch_size", "model"), fix="check spelling"
    )
    assert str(error) == (
        "unknown setting 'batchsize' (valid options: batch_size, model); check spelling"
    )
    assert error.value == "batchsize"


def test_pipeline_error_names_the_stage() -> None:
    error = PipelineError("actors", "needs the 'sentences' stage first", fix="add it before")
    assert error.stage == "actors"
    assert str(error) == "stage 'actors': needs the 'sentences' stage first; add it before"


@pytest.mark.parametrize("kind", [InputError, ConfigError, StoreError, PipelineError])
def test_every_error_is_caught_by_the_base_class(kind: type[ParleyError]) -> None:
    assert issubclass(kind, ParleyError)
    assert not issubclass(kind, (ValueError, OSError))  # never confused with bugs or I/O


def test_problem_prints_on_one_line_and_converts_to_an_error() -> None:
    problem = IngestProblem("examples/bad.jsonl", 7, "not valid JSON (Expecting ',' delimiter)")
    assert str(problem) == "examples/bad.jsonl:7: not valid JSON (Expecting ',' delimiter)"
    with pytest.raises(InputError, match=r"^examples/bad.jsonl:7: not valid JSON"):
        raise problem.error()
