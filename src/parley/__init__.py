"""Parley: turn news articles into a sourced record of who met whom."""
