# Corpus: blind5 (issue 14), the pricing settings read from the environment.
# Source: Python os module docs (os.environ, os.getenv, environ imported bare).
import os
from os import environ, getenv

PRICE_CACHE = environ.get("FF_PRICE_CACHE", "1") == "1"
SHADOW_QUOTES = getenv("FF_SHADOW_QUOTES") is not None
STRICT_TAX = os.environ["FF_STRICT_TAX"].lower() in ("1", "true")
BATCH_FX = bool(int(os.getenv("FF_BATCH_FX", "0")))
DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://localhost/pricing")


def regional_pricing(region: str) -> bool:
    return os.getenv(f"FF_{region.upper()}_PRICING", "off") == "on"
