# Corpus: blind5 (issue 14), Statsig Python: gates, configs, experiments and layers with parameter reads.
# Source: statsig python-sdk docs (statsig.check_gate, get_config, get_experiment, get_layer, DynamicConfig.get).
from statsig import StatsigUser, statsig


def discount_for(user_id: str, country: str) -> float:
    user = StatsigUser(user_id=user_id, country=country)
    if not statsig.check_gate(user, "pr_dynamic_discount"):
        return 0.0
    tiers = statsig.get_config(user, "pr_discount_tiers").get("tiers", [])
    anchor = statsig.get_experiment(user, "pr_price_anchor").get("anchor", "high")
    layer = statsig.get_layer(
        user,
        "pr_checkout_layer",
    )
    return float(layer.get("discount", 0.05)) if anchor == "low" else float(len(tiers)) / 100
