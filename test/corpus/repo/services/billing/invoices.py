# Corpus: billing service (Python), LaunchDarkly, Unleash and Flagsmith server SDKs as a Django app writes them.
# Source: launchdarkly-server-sdk ldclient.client.LDClient (variation(key, context, default), variation_detail(key, context, default), all_flags_state(context) -> FeatureFlagsState.get_flag_value(key)), UnleashClient (is_enabled(feature_name, context=None, fallback_function=None), get_variant(feature_name, context=None)), flagsmith.Flagsmith (get_identity_flags(identifier, traits) -> Flags.is_feature_enabled(feature_name), get_feature_value(feature_name), get_environment_flags()).
import logging
import os
from os import environ

import ldclient
from flagsmith import Flagsmith
from ldclient import Context
from UnleashClient import UnleashClient

logger = logging.getLogger(__name__)
unleash_client = UnleashClient(url="https://unleash.internal/api", app_name="billing")
flagsmith = Flagsmith(environment_key=os.environ["FLAGSMITH_SERVER_KEY"])


def render_invoice(invoice, account):
    client = ldclient.get()
    context = Context.builder(account.id).kind("organization").set("plan", account.plan).build()
    layout = client.variation(
        "billing-invoice-layout",
        context,
        "classic",
    )
    detail = client.variation_detail("billing-tax-engine", context, False)
    if detail.value and detail.reason["kind"] != "ERROR":
        logger.info("billing-tax-engine on for %s", account.id)
    state = client.all_flags_state(context)
    dunning = state.get_flag_value("billing-dunning")
    # client.variation("billing-old-pdf", context, False) is gone since the PDF rewrite
    return {"layout": layout, "tax": detail.value, "dunning": dunning}


def proration_enabled(account, fmt, toggle):
    context = {"userId": str(account.id), "properties": {"plan": account.plan}}
    if unleash_client.is_enabled(
        "billing.proration",
        context,
        fallback_function=lambda feature_name, ctx: False,
    ):
        return True
    exporter = unleash_client.is_enabled(f"export_{fmt}", context)
    reminder = unleash_client.get_variant("billing-reminder-copy", context=context)
    named = unleash_client.is_enabled(toggle)
    return exporter or named or reminder["enabled"]


def credit_policy(account):
    flags = flagsmith.get_identity_flags(identifier=str(account.id), traits={"plan": account.plan})
    credit_notes = flags.is_feature_enabled("billing_credit_notes")
    grace_days = (
        flagsmith.get_environment_flags()
        .get_feature_value("billing_grace_days")
    )
    sandbox = os.environ["FF_BILLING_SANDBOX"] == "1"
    legacy_pdf = os.getenv("FF_BILLING_LEGACY_PDF", "0") == "1"
    region_pin = environ.get("FF_BILLING_REGION_PIN")
    per_plan = os.getenv(f"FF_BILLING_{account.plan.upper()}")
    """Docstrings may name calls such as is_enabled("billing.proration"): not an evaluation."""
    return credit_notes, grace_days, sandbox, legacy_pdf, region_pin, per_plan
