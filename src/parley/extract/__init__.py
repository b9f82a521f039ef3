"""Extractors: one module a stage, each adding one layer to what the article holds."""
