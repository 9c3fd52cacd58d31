# Corpus: blind4 / recs: Django settings, with environment flags.
# Source: Django settings docs, Python os.environ.
import os

UNLEASH_URL = os.environ.get("UNLEASH_URL", "http://unleash:4242/api")
FLAGSMITH_KEY = os.environ["FLAGSMITH_KEY"]

# FF_DASHBOARD_SSO turns on the SSO login page.
DASHBOARD_SSO = os.environ.get("FF_DASHBOARD_SSO", "false").lower() in {"1", "true", "yes"}
DASHBOARD_CSV_EXPORT = bool(int(os.environ.get("FF_DASHBOARD_CSV", "0")))
