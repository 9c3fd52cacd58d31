# Corpus: blind7, recs service (Python): experiments with the Statsig Python SDK and PostHog Python.
# Source: statsig python docs (statsig.check_gate(user, gate), get_experiment, get_layer, get_config), posthog-python docs
# (get_feature_flag(key, distinct_id, groups=..., person_properties=...), get_feature_flag_payload, feature_enabled).
from __future__ import annotations

import logging

import posthog
from statsig import statsig
from statsig.statsig_user import StatsigUser

from .models import RankingRequest

logger = logging.getLogger(__name__)


def statsig_user(request: RankingRequest) -> StatsigUser:
    return StatsigUser(
        user_id=request.user_id,
        country=request.country,
        custom={"tier": request.loyalty_tier or "none"},
    )


def carousel_size(request: RankingRequest) -> int:
    user = statsig_user(request)
    if not statsig.check_gate(user, "recs_big_carousel"):
        return 6
    experiment = statsig.get_experiment(user, "recs_carousel_size_test")
    return int(experiment.get("size", 10))


def explanation_style(request: RankingRequest) -> str:
    layer = statsig.get_layer(statsig_user(request), "recs_explanations_layer")
    style = layer.get("style", "short")
    logger.debug("recs_explanations_layer style=%s", style)
    return style


def diversity_settings(request: RankingRequest) -> dict[str, float]:
    config = statsig.get_config(
        statsig_user(request),
        "recs_diversity_settings",
    )
    return {"brand_cap": config.get("brand_cap", 0.3), "city_cap": config.get("city_cap", 0.5)}


def similar_hotels_variant(request: RankingRequest) -> str:
    variant = posthog.get_feature_flag(
        "recs-similar-hotels",
        request.user_id,
        groups={"company": request.company_id} if request.company_id else {},
        person_properties={"country": request.country},
    )
    return variant if isinstance(variant, str) else "control"


def reasons_copy(request: RankingRequest) -> dict[str, str] | None:
    payload = posthog.get_feature_flag_payload("recs-reasons-copy", request.user_id)
    posthog.capture(request.user_id, "recs-reasons-copy-requested")
    return payload


def price_alerts_enabled(request: RankingRequest) -> bool:
    return bool(posthog.feature_enabled("recs-price-alerts", request.user_id, only_evaluate_locally=True))
