# Corpus: LaunchDarkly Python server SDK.
# Source: launchdarkly-server-sdk (ldclient/client.py): LDClient.variation(key, context, default)
# and variation_detail(key, context, default); docs.launchdarkly.com Python SDK reference.
import ldclient
from ldclient import Context


def price_for(user_id: str, market: str) -> dict:
    context = Context.builder(user_id).kind("user").build()
    client = ldclient.get()
    dynamic = client.variation("dynamic-pricing", context, False)
    detail = client.variation_detail(
        "pricing-rounding",
        context,
        "nearest",
    )
    regional = client.variation(f"{market}-prices", context, {})
    return {"dynamic": dynamic, "rounding": detail.value, "regional": regional}
