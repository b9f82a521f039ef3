"""Resolve mentions to canonical actors, places and records."""
