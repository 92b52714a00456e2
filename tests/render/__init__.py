"""Tests of stage 4, rendering records (relx.render)."""
