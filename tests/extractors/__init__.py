"""Tests of stage 3, the extractors (relx.extractors)."""
