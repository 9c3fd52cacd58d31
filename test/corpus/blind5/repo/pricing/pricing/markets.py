# Corpus: blind5 (issue 14), keys computed at run time, and a commented-out evaluation.
# Source: unleash-client-python is_enabled; launchdarkly-server-sdk variation (Python).
from pricing.flags import ld
from pricing.quotes import client

MARKET_FLAGS = ("pr-market-de", "pr-market-fr")


def market_open(market: str, context) -> bool:
    direct = client.is_enabled(f"pr-{market}-fees")
    joined = client.is_enabled("pr-" + market)
    listed = any(client.is_enabled(name) for name in MARKET_FLAGS)
    # old = ld.variation("pr-legacy-markets", context, False)
    return direct or joined or listed or ld.variation("pr-market-override", context, False)
