"""Tests of stage 1, reading inputs (relx.read)."""
