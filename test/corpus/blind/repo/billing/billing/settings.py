# Corpus: blind / billing settings (environment flags and keys imported from billing.flags)
# Source: Python os.environ / os.getenv (docs.python.org/3/library/os.html#os.environ); launchdarkly-server-sdk LDClient.variation
import os
from os import environ

import ldclient
from ldclient import Context

from billing.flags import BillingFlags, PlanFlag
from billing import flags as billing_flags

STRIPE_WEBHOOKS = os.environ["FF_STRIPE_WEBHOOKS"] == "1"
NEW_EXPORTER = os.environ.get("FF_NEW_EXPORTER", "false") == "true"
RECONCILIATION = os.getenv("FF_NIGHTLY_RECONCILIATION") == "on"
SANDBOX_PAYMENTS = environ.get("FF_SANDBOX_PAYMENTS") is not None


def env_flag(name: str) -> bool:
    return os.getenv(f"FF_{name.upper()}", "false") == "true"


def plan_features(account_id: str) -> dict[str, bool]:
    context = Context.builder(account_id).kind("organization").build()
    client = ldclient.get()
    return {
        "usage_metering": client.variation(BillingFlags.USAGE_METERING, context, False),
        "seat_based": client.variation(PlanFlag.SEAT_BASED.value, context, False),
        "credit_notes": client.variation(billing_flags.CREDIT_NOTES_FLAG, context, False),
    }
