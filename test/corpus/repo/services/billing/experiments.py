# Corpus: billing service (Python), Statsig, PostHog, GrowthBook, DevCycle and OpenFeature server SDKs.
# Source: statsig python (statsig.check_gate(user, gate), get_config(user, config), get_experiment(user, experiment)), posthog python (posthog.feature_enabled(key, distinct_id, groups=...), get_feature_flag(key, distinct_id, ...), get_feature_flag_payload(key, distinct_id)), growthbook.GrowthBook (is_on(key), get_feature_value(key, fallback)), devcycle_python_sdk DevCycleLocalClient (variable_value(user, key, default_value), variable(user, key, default_value)), openfeature.client.OpenFeatureClient (get_boolean_value(flag_key, default_value, evaluation_context=None), get_object_details(flag_key, default_value)).
import posthog
from devcycle_python_sdk.models.user import DevCycleUser
from growthbook import GrowthBook
from openfeature import api
from statsig import statsig
from statsig.statsig_user import StatsigUser

of_client = api.get_client("billing")


def checkout_experiments(account, distinct_id, devcycle_client):
    user = StatsigUser(user_id=str(account.id), email=account.email)
    autopay = statsig.check_gate(StatsigUser(user_id=str(account.id), email=account.email), "billing_autopay")
    limits = statsig.get_config(user, "billing_limits").get("max_invoices", 100)
    copy = statsig.get_experiment(
        user,
        "billing_checkout_copy",
    )
    portal = posthog.feature_enabled("billing-new-portal", distinct_id)
    pricing = posthog.get_feature_flag(
        "billing-pricing-page",
        distinct_id,
        groups={"company": str(account.org_id)},
    )
    payload = posthog.get_feature_flag_payload("billing-pricing-page", distinct_id)

    gb = GrowthBook(attributes={"id": str(account.id), "plan": account.plan})
    meter = gb.is_on("billing-usage-meter")
    currencies = gb.get_feature_value("billing-currency-list", ["USD", "EUR"])

    dvc_user = DevCycleUser(user_id=str(account.id), country=account.country)
    retries = devcycle_client.variable_value(dvc_user, "billing-retry-count", 3)
    banner = devcycle_client.variable(dvc_user, "billing-banner", "")

    pdf_v2 = of_client.get_boolean_value("billing-pdf-v2", False)
    matrix = of_client.get_object_details(
        flag_key="billing-plan-matrix",
        default_value={},
    )
    print(f"billing-pdf-v2={pdf_v2} for {account.id}")
    return autopay, limits, copy, portal, pricing, payload, meter, currencies, retries, banner.value, matrix.value
