"""plantrace: Ofsted children's services reports and council improvement plans as traceable data.

The repository keeps `pipeline/`, `extractors/`, `models/` and `flows/` at its top level; the
installed package maps them under this one namespace (`plantrace.pipeline`, ...).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("plantrace")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0+unknown"
