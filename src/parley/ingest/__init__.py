"""Sources → Articles: text, Markdown, HTML, JSON Lines (gzipped too) and stdin.

`read_sources` streams Articles, and an IngestProblem for each input it cannot use.
"""

from parley.ingest.problem import IngestProblem
from parley.ingest.sources import SUPPORTED, read_sources

__all__ = ["SUPPORTED", "IngestProblem", "read_sources"]
