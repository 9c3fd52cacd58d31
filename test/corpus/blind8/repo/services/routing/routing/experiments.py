# Corpus: blind8, parcelpoint routing service, experiments and analytics flags
# Source: Statsig Python server SDK docs (check_gate, get_experiment, get_config, StatsigUser); GrowthBook Python SDK docs (is_on, get_feature_value); PostHog Python SDK docs (feature_enabled, get_all_flags_and_payloads, get_feature_flag_payload)
from __future__ import annotations

from growthbook import GrowthBook
from posthog import Posthog
from statsig import statsig
from statsig.statsig_user import StatsigUser

posthog = Posthog("phc_routing", host="https://eu.i.posthog.com")


def eta_model_for(depot_id: str) -> str:
    user = StatsigUser(user_id=depot_id, custom={"service": "routing"})
    if not statsig.check_gate(user, "rte_eco_mode"):
        return "baseline"
    model = statsig.get_experiment(user, "rte_eta_model").get("model", "gbm-v1")
    hours = statsig.get_config(
        user,
        "rte_depot_hours",
    ).get("close", "22:00")
    return f"{model}@{hours}"


def stop_budget(attributes: dict) -> int:
    gb = GrowthBook(attributes=attributes, client_key="sdk-routing")
    gb.load_features()
    try:
        if gb.is_on("rte-ml-eta"):
            return int(gb.get_feature_value("rte-max-stops", 40))
        return 35
    finally:
        gb.destroy()


def dispatcher_ui(distinct_id: str) -> dict:
    result = posthog.get_all_flags_and_payloads(distinct_id)
    compact = result["featureFlags"].get("rte-compact-board", False)
    layout = result["featureFlagPayloads"]["rte-board-layout"]
    beta = posthog.feature_enabled("rte-dispatcher-beta", distinct_id)
    legend = posthog.get_feature_flag_payload("rte-map-legend", distinct_id)
    return {"compact": compact, "layout": layout, "beta": beta, "legend": legend}
