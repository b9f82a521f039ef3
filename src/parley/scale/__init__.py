"""Running the per-article pipeline over partitions of a corpus: local processes for now."""
