# Corpus: LaunchDarkly Python server SDK calls whose keys are constants of app/flags.py, imported three ways.
# Source: launchdarkly-server-sdk, LDClient.variation(key: str, context: Context, default: Any) (docs.launchdarkly.com/sdk/server-side/python#evaluating-flags).
import ldclient
from ldclient import Context

from app.flags import TAX_ENGINE
from . import flags
from .flags import Flags as FlagKeys
from .settings import REGION_KEY


def invoice_options(account_id: str) -> dict:
    context = Context.builder(account_id).kind("account").build()
    client = ldclient.get()
    tax = client.variation(TAX_ENGINE, context, False)
    tier = client.variation(
        flags.API_TIER,
        context,
        "free",
    )
    chat = client.variation(FlagKeys.CHAT.value, context, False)
    export = client.variation(str(FlagKeys.EXPORT), context, False)
    region = client.variation(REGION_KEY, context, "us")
    return {"tax": tax, "tier": tier, "chat": chat, "export": export, "region": region}
