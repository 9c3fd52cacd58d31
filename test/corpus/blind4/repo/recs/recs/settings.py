# Corpus: blind4 / recs: settings read from the environment.
# Source: Python os.environ / os.getenv docs.
import os
from os import environ

DEBUG = os.getenv("DEBUG", "0") == "1"
VECTOR_CACHE = os.environ.get("FF_VECTOR_CACHE", "off") == "on"
BATCH_EMBEDDINGS = environ["FF_BATCH_EMBEDDINGS"] == "1" if "FF_BATCH_EMBEDDINGS" in environ else False
SHADOW_MODEL = os.getenv(
    "FF_SHADOW_MODEL",
    "",
)
