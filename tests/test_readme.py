"""The README's SPARQL examples show the real output of the sample corpus."""

import re
from pathlib import Path

import pytest

from kg.graph.query import format_csv, run_query

README = Path(__file__).resolve().parents[1] / "README.md"
EXAMPLE_RE = re.compile(r"```sparql\n(.*?)```\s*```text\n(.*?)```", re.DOTALL)
EXAMPLES = EXAMPLE_RE.findall(README.read_text(encoding="utf-8"))


def test_the_readme_has_three_sparql_examples():
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize(("sparql", "shown"), EXAMPLES)
def test_readme_example_output_is_what_the_query_returns(sample_graph, sparql, shown):
    assert format_csv(run_query(sample_graph, sparql)).strip() == shown.strip()
