"""`python -m relx`: the same command as `relx`."""
from .cli import app

app(prog_name="relx")
