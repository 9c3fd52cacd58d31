# Corpus: blind9, brightgrid meter ingest (Python 3.12, aiohttp), settings
# Source: pydantic-settings docs (BaseSettings, SettingsConfigDict, Field(validation_alias=...)) and os.environ
import os
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class IngestSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_brokers: str = "localhost:9092"
    batch_size: int = Field(default=500, validation_alias="INGEST_BATCH_SIZE")
    dedupe_window_s: int = Field(
        default=90,
        validation_alias="FF_MTR_DEDUPE_WINDOW",
    )
    half_hourly: bool = Field(default=False, validation_alias="FF_MTR_HALF_HOURLY")


@lru_cache
def get_settings() -> IngestSettings:
    return IngestSettings()


def replay_enabled() -> bool:
    return os.environ.get("FF_MTR_REPLAY_MODE", "0") == "1"
