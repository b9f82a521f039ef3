"""Evaluation scripts that score Parley against data nobody here wrote."""
