"""Tests of stage 2, the spaCy pipeline and its speed-ups (relx.nlp)."""
