# Corpus: flag keys held in module constants and class attributes (LaunchDarkly Python server SDK).
# Source: launchdarkly-server-sdk, LDClient.variation(key: str, context: Context, default: Any) (docs.launchdarkly.com/sdk/server-side/python#evaluating-flags).
import ldclient
from ldclient import Context

from .shared import SHARED_KEY

DARK_MODE = "dark_mode"
REGION_FLAG = "cache-enabled"
REGION_FLAG = "cache-enabled-eu"


class Flags:
    CHECKOUT = "checkout-v2"
    BULK_EDIT = "bulk-edit"


def settings(user_id: str) -> dict:
    context = Context.builder(user_id).kind("user").build()
    client = ldclient.get()
    return {
        "dark": client.variation(DARK_MODE, context, False),
        "checkout": client.variation(Flags.CHECKOUT, context, False),
        "bulk": client.variation(
            Flags.BULK_EDIT,
            context,
            False,
        ),
        "region": client.variation(REGION_FLAG, context, False),
        "shared": client.variation(SHARED_KEY, context, False),
    }
