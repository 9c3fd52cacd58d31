# Corpus: a billing worker (Python) as a team writes it.
# Source: launchdarkly-server-sdk (ldclient.get() -> LDClient.variation(key, context, default),
# variation_detail); UnleashClient (UnleashClient(url, app_name).is_enabled(feature_name,
# context=None, fallback_function=None), get_variant(feature_name, context=None)); openfeature-sdk
# (api.get_client(domain), OpenFeatureClient.get_boolean_value_async(flag_key, default_value),
# get_string_details(flag_key, default_value)); posthog (Posthog(project_api_key, host)
# .feature_enabled(key, distinct_id), get_feature_flag(key, distinct_id)); flagsmith
# (Flagsmith(environment_key).get_identity_flags(identifier) -> Flags.is_feature_enabled(name),
# get_feature_value(name)); statsig (statsig.check_gate(user, gate), get_experiment(user, name)).
# Also: several SDKs, wrapped calls with comments, keyword arguments, keys in a class and a module
# constant, async OpenFeature calls.
import logging

import ldclient
from flagsmith import Flagsmith
from ldclient import Context
from openfeature import api
from posthog import Posthog
from statsig import StatsigUser, statsig
from UnleashClient import UnleashClient

from .settings import FLAGSMITH_KEY, PH_KEY, settings

logger = logging.getLogger(__name__)


class Flags:
    RETRY_V2 = "billing-retry-v2"


INVOICE_PDF_V2 = "billing-invoice-pdf-v2"

unleash = UnleashClient(url="https://unleash.internal/api", app_name="billing")
features = api.get_client("billing")
posthog = Posthog(project_api_key=PH_KEY, host="https://eu.posthog.com")
flagsmith = Flagsmith(environment_key=FLAGSMITH_KEY)


async def charge(account, product):
    context = Context.builder(account.id).kind("user").set("plan", account.plan).build()
    client = ldclient.get()
    ledger_flag = "billing-ledger-v2"
    ledger_v2 = client.variation(ledger_flag, context, False)
    retry_v2 = client.variation(Flags.RETRY_V2, context, False)
    pdf_v2 = client.variation(
        INVOICE_PDF_V2,  # the new renderer
        context,
        False,
    )
    detail = client.variation_detail("billing-tax-engine", context, "legacy")
    if unleash.is_enabled("billing-smart-retries", {"userId": account.id}):
        logger.info("smart retries on")
    tone = unleash.get_variant(
        "billing-reminder-tone",
        context={"userId": account.id},
    )
    instant = await features.get_boolean_value_async("billing-instant-payouts", False)
    currency = features.get_string_details(
        flag_key="billing-currency-display",
        default_value="symbol",
    )
    alerts = posthog.feature_enabled("billing-usage-alerts", account.id)
    plan_page = posthog.get_feature_flag("billing-plan-page", account.id)
    flags = flagsmith.get_identity_flags(identifier=account.id)
    notes = flags.is_feature_enabled("billing_invoice_notes")
    cap = flags.get_feature_value("billing_credit_cap")
    user = StatsigUser(account.id)
    autopay = statsig.check_gate(user, "billing_autopay_default")
    copy = statsig.get_experiment(user, "billing_checkout_copy")
    rates = client.variation(f"billing-{account.region}-rates", context, None)
    grace = unleash.is_enabled("billing-grace-%s" % account.plan)
    terms = client.variation("billing-terms-{}".format(account.country), context, "net30")

    # Look-alikes: logging levels, a settings store, a product model, a log line naming a flag.
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("billing-retry-v2 is %s", retry_v2)
    timeout = settings.get_value("billing-timeout")
    size = product.get_variant(account.sku)
    return (ledger_v2, grace, terms, pdf_v2, detail, tone, instant, currency, alerts, plan_page, notes, cap, autopay, copy, rates, timeout, size)
