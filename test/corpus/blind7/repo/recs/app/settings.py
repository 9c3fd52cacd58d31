# Corpus: blind7, recs service (Python): settings read from the environment at start-up.
# Source: Python os module docs (os.environ, os.getenv) and pydantic-settings docs (for the look-alike BaseSettings fields).
import os
from os import environ

from pydantic_settings import BaseSettings

DEBUG = os.getenv("RECS_DEBUG", "0") == "1"
WARM_CACHE = os.environ.get("FF_RECS_WARM_CACHE", "true").lower() == "true"
SHADOW_TRAFFIC = float(environ["FF_RECS_SHADOW_TRAFFIC_PCT"]) if "FF_RECS_SHADOW_TRAFFIC_PCT" in environ else 0.0
MAX_CANDIDATES = int(
    os.getenv(
        "FF_RECS_MAX_CANDIDATES",
        "200",
    )
)


class Settings(BaseSettings):
    database_url: str = "postgresql://localhost/recs"
    redis_url: str = "redis://localhost:6379/0"
    model_dir: str = "/models"


def feature_env(name: str) -> str | None:
    return os.getenv(f"FF_RECS_{name.upper()}")
