"""Stage 4, output. Renderers turn records into text; they never extract anything.

Receives `relx.model.Record`s. Gives a rich table for a terminal (`table`) or JSON and
JSON Lines (`jsonout`).
"""
