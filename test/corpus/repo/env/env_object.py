# Corpus: os.environ bound to a name, then flag variables read from it (Python).
# Source: Python os.environ (docs.python.org/3/library/os.html#os.environ), a mapping of the environment.
import os

env = os.environ

GATEWAY_DEBUG = env.get("FF_GATEWAY_DEBUG", "0") == "1"
DRY_RUN = env["FF_INVENTORY_DRY_RUN"] == "true"
HOME = env.get("HOME", "/")
