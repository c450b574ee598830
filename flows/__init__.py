"""plantrace's Prefect flows. Importing any of them first turns Prefect's telemetry off.

Why here: every way a flow is run (the CLI, `make run`, a served deployment's subprocess, a Dask
worker) imports this package before Prefect's settings are read. Offline, the temporary API
server's telemetry heartbeat printed `ERROR ... Failed to send telemetry` into every run.
"""

import os


def quiet_prefect() -> None:
    """PREFECT_SERVER_ANALYTICS_ENABLED is the server's switch, DO_NOT_TRACK the client's
    (prefect/_internal/analytics); a value the user set is kept."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")


quiet_prefect()
