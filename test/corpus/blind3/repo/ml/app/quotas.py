# Corpus: blind3 ml (round 2, added after the scanner was read), keys in nested classes; triple quotes in a comment.
# Source: Python reference "Class definitions" (nested classes); UnleashClient.is_enabled(feature_name, context).
from UnleashClient import UnleashClient

# Docstrings in this module use """ quotes; the linter checks app/**/*.py.


class Quotas:
    class Flags:
        HARD_LIMITS = "ml-quota-hard-limits"
        SOFT_WARNINGS = "ml-quota-soft-warnings"


def check_quota(client: UnleashClient, team: str) -> dict:
    context = {"properties": {"team": team}}
    hard = client.is_enabled(Quotas.Flags.HARD_LIMITS, context)
    soft = client.is_enabled(Quotas.Flags.SOFT_WARNINGS, context)
    burst = client.is_enabled("ml-quota-burst", context)
    return {"hard": hard, "soft": soft, "burst": burst}
