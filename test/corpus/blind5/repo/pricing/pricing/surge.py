# Corpus: blind5 (issue 14), surge pricing: imported keys, bound methods kept in local names.
# Source: launchdarkly-server-sdk (Python) variation/variation_detail/all_flags_state; UnleashClient is_enabled.
from ldclient import Context
from UnleashClient import UnleashClient

from pricing.flags import SURGE_PRICING, WEEKEND_RATES, ld

unleash_client = UnleashClient(url="https://unleash.internal/api", app_name="pricing")
unleash_client.initialize_client()


def surge_multiplier(rider_id: str, zone: str) -> float:
    context = Context.builder(rider_id).set("zone", zone).build()
    if not ld.variation(SURGE_PRICING, context, False):
        return 1.0
    # `evaluate` is the client's method, bound once: every call below evaluates a flag
    evaluate = ld.variation
    cap = evaluate("pr-surge-cap", context, 2.5)
    detail = ld.variation_detail("pr-surge-curve", context, "linear")
    state = ld.all_flags_state(context)
    smoothing = state.get_flag_value("pr-surge-smoothing")
    return min(cap, 1.0 + (0.5 if detail.value == "steep" else 0.2)) * (0.9 if smoothing else 1.0)


def weekend_rate(rider_id: str) -> bool:
    check = unleash_client.is_enabled
    weekend = check(WEEKEND_RATES, {"userId": rider_id})
    holidays = check("pr-holiday-rates", {"userId": rider_id})
    return weekend or holidays
