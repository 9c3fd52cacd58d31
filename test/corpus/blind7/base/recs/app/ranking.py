# Corpus: blind7, recs service (Python): hotel ranking, LaunchDarkly Python server SDK with contexts built by a builder.
# Source: launchdarkly-server-sdk Python docs (Context.builder, variation_detail, all_flags_state(...).get_flag_value, json_variation).
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import ldclient
from ldclient import Context
from ldclient.config import Config

from .features import feature_store
from .models import Hotel, RankingRequest

logger = logging.getLogger(__name__)

ldclient.set_config(Config(sdk_key="sdk-placeholder", stream=True))
ld = ldclient.get()

PERSONALISATION_FLAG = "recs-personalisation"


@dataclass(frozen=True)
class RankingWeights:
    price: float = 0.4
    rating: float = 0.4
    distance: float = 0.2


def build_context(request: RankingRequest) -> Context:
    builder = Context.builder(request.user_id).kind("user").name(request.user_name or "")
    builder.set("country", request.country)
    builder.set("loyaltyTier", request.loyalty_tier or "none")
    if request.anonymous:
        builder.anonymous(True)
    return builder.build()


def rank(request: RankingRequest, hotels: list[Hotel]) -> list[Hotel]:
    context = build_context(request)
    personalised = ld.variation(PERSONALISATION_FLAG, context, False)
    if ld.variation("recs-legacy-scorer", context, False):
        return sorted(hotels, key=lambda hotel: hotel.rating, reverse=True)

    raw_weights: dict[str, Any] = ld.variation("recs-ranking-weights", context, {"price": 0.5, "rating": 0.5, "distance": 0.0})
    weights = RankingWeights(**raw_weights)

    features = feature_store.load(request.user_id) if personalised else None
    scored = [(score(hotel, weights, features), hotel) for hotel in hotels]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [hotel for _, hotel in scored]


def score(hotel: Hotel, weights: RankingWeights, features: dict[str, float] | None) -> float:
    base = weights.price * (1 - hotel.price_percentile) + weights.rating * hotel.rating / 5
    base += weights.distance * (1 - min(hotel.distance_km, 20) / 20)
    if features is not None:
        base += features.get(hotel.chain, 0.0)
    return base


def bootstrap(request: RankingRequest) -> dict[str, Any]:
    state = ld.all_flags_state(build_context(request), client_side_only=True)
    if not state.valid:
        return {}
    return {
        "carousel": state.get_flag_value("recs-carousel"),
        "explainers": state.get_flag_value("recs-why-this-hotel") or False,
        "state": state.to_json_dict(),
    }


def flag_for_surface(request: RankingRequest, surface: str) -> bool:
    return ld.variation(f"recs-{surface}-enabled", build_context(request), False)
