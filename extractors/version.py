"""One version for the extractor set: bump it when any extractor's output can change.

The store keys runs on (document sha256, EXTRACTOR_VERSION): a new version makes `reprocess`
re-run every document, and the same version again is a no-op.
"""

EXTRACTOR_VERSION = "0.6.92"
