"""`python -m plantrace` runs the CLI, for environments where the script is not on PATH."""

from plantrace.cli.main import app

app(prog_name="plantrace")
