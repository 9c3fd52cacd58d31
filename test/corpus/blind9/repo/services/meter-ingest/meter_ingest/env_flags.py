# Corpus: blind9, brightgrid meter ingest, environment switches
# Source: os.environ (subscript, get, membership), os.getenv
import os


def legacy_parser() -> bool:
    return os.environ["FF_MTR_LEGACY_PARSER"] == "1"


def quarantine_enabled() -> bool:
    return "FF_MTR_QUARANTINE" in os.environ


def fuel_switch(fuel: str) -> bool:
    return os.getenv(f"FF_MTR_{fuel.upper()}_INGEST", "on") == "on"


def weather_join() -> bool:
    return os.getenv("FF_MTR_WEATHER_JOIN") is not None
