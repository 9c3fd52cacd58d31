# Corpus: blind / billing flag keys (constants of a module and a class, used here and imported by settings.py)
# Source: launchdarkly-server-sdk LDClient.variation(key, context, default) (launchdarkly-python-sdk ldclient/client.py)
from enum import Enum

import ldclient
from ldclient import Context

CREDIT_NOTES_FLAG = "billing-credit-notes"


class BillingFlags:
    PRORATION = "billing-proration-v2"
    USAGE_METERING = "billing-usage-metering"


class PlanFlag(str, Enum):
    SEAT_BASED = "billing-seat-based-plans"


def credit_notes_enabled(context: Context) -> bool:
    return ldclient.get().variation(CREDIT_NOTES_FLAG, context, False)


def proration_enabled(context: Context) -> bool:
    client = ldclient.get()
    return client.variation(
        BillingFlags.PRORATION,
        context,
        False,
    )
