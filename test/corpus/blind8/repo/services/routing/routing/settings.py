# Corpus: blind8, parcelpoint routing service, settings from the environment
# Source: Python os module docs (environ, getenv); pydantic-settings docs (BaseSettings)
from __future__ import annotations

import os
from dataclasses import dataclass

from pydantic_settings import BaseSettings

env = os.environ


@dataclass(frozen=True)
class SolverSettings:
    time_limit_s: int = int(os.getenv("FF_RTE_SOLVER_TIME_LIMIT", "20"))
    warm_start: bool = env.get("FF_RTE_WARM_START", "false") == "true"
    traffic_feed: bool = "FF_RTE_TRAFFIC_FEED" in os.environ


class ServiceSettings(BaseSettings):
    """Loaded by pydantic from the environment; the prefix is not ours."""

    database_url: str = "postgresql://routing@localhost/routing"
    ld_sdk_key: str = ""


def debug_overlay() -> bool:
    return env["FF_RTE_DEBUG_OVERLAY"] == "1"


def region_override(region: str) -> str | None:
    return os.environ.get(f"FF_RTE_REGION_{region.upper()}")
