"""Renderers turn records into text; they never extract anything."""
