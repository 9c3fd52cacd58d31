# Corpus: blind6, Django settings reading flag environment variables.
# Source: Django settings docs; Python os docs (getenv, environ).
import os
from os import getenv
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"

# FF_DJ_DEBUG_TOOLBAR is only ever set on developer machines
if os.environ["FF_DJ_DEBUG_TOOLBAR"] == "1" if "FF_DJ_DEBUG_TOOLBAR" in os.environ else False:
    INSTALLED_APPS_EXTRA = ["debug_toolbar"]

CACHE_PAGES = getenv("FF_DJ_CACHE_PAGES", "false").lower() == "true"
FAST_ADMIN = os.getenv(
    "FF_DJ_FAST_ADMIN",
    "off",
) == "on"
