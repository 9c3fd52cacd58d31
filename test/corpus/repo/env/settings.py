# Corpus: environment-variable flags in Python.
# Source: Python docs, os.environ (a mapping), os.environ.get(key, default), os.getenv(key, default).
import os

NEW_EXPORTER = os.environ["FF_NEW_EXPORTER"] == "1"
FAST_EXPORT = os.environ.get("FF_FAST_EXPORT", "0") == "1"
MAINTENANCE = os.getenv(
    "FF_MAINTENANCE_MODE",
    "false",
)


def feature_on(name: str) -> bool:
    return os.getenv(f"FF_{name.upper()}") == "1"
