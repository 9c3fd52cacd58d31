# Corpus: blind7, recs service (Python): the deals job, SDK calls with keyword arguments as black formats them,
# Source: launchdarkly-server-sdk python (variation(key, context, default), migration_variation, FeatureFlagsState.to_values_map),
# UnleashClient (is_enabled(feature_name, context)), posthog-python (get_feature_flag(key, distinct_id), get_all_flags),
# statsig python (check_gate(user, gate_name)), openfeature-sdk (get_integer_details(flag_key, default_value,
# evaluation_context), get_boolean_value_async), flagsmith (Flags.get_flag), configcatclient (get_value_details).
# LaunchDarkly migration flags and values maps, PostHog get_all_flags maps, Flagsmith get_flag, ConfigCat details,
# OpenFeature async evaluation gathered.
from __future__ import annotations

import asyncio
import logging

import ldclient
import posthog
from ldclient import Context
from ldclient.migrations import Stage
from openfeature import api
from openfeature.evaluation_context import EvaluationContext
from statsig import statsig
from statsig.statsig_user import StatsigUser

from .toggles import configcat, flagsmith, unleash
from configcatclient.user import User as ConfigCatUser

logger = logging.getLogger(__name__)
of_client = api.get_client("deals")


def discount_for(user_id: str, country: str) -> float:
    """Discount percentage; an example call: client.is_enabled("recs-doc-example")."""
    context = Context.builder(user_id).kind("user").set("country", country).build()
    client = ldclient.get()
    dynamic = client.variation("recs-dynamic-discount", context, False)
    logger.info(f"recs-dynamic-discount={dynamic} for {user_id}")
    if not dynamic:
        return 0.0
    floor_on = statsig.check_gate(StatsigUser(user_id), gate_name="recs_discount_floor")
    return 5.0 if floor_on else 2.5


def refresh_batches(user_ids: list[str]) -> int:
    refreshed = 0
    for user_id in user_ids:
        if unleash.is_enabled(
            feature_name="recs-batch-refresh",
            context={"userId": user_id},
        ):
            refreshed += 1
    details = of_client.get_integer_details(
        flag_key="recs-batch-size",
        default_value=500,
        evaluation_context=EvaluationContext(targeting_key="deals-job"),
    )
    logger.info("refreshed %d users, batch size %s (%s)", refreshed, details.value, details.reason)
    return refreshed


def bundle_offer(user_id: str) -> str | None:
    variant = posthog.get_feature_flag("recs-bundle-offers", user_id)
    if posthog.feature_enabled("recs-legacy-deals", user_id):
        return "legacy"
    return variant if isinstance(variant, str) else None


def store_for(user_id: str) -> str:
    context = Context.create(user_id)
    stage, tracker = ldclient.get().migration_variation("recs-store-migration", context, Stage.OFF)
    tracker.operation("read")
    state = ldclient.get().all_flags_state(context)
    values = state.to_values_map()
    sparkline = values.get("recs-price-sparkline", False)
    return f"{stage.value}:{sparkline}"


def hotel_bundles(user_id: str) -> bool:
    flags = flagsmith.get_identity_flags(identifier=user_id)
    return flags.get_flag("recs_hotel_bundles").enabled


def discount_cap(user_id: str) -> int:
    details = configcat.get_value_details("recsDiscountCap", 20, ConfigCatUser(user_id))
    return details.value


async def deal_widgets(user_id: str) -> tuple[bool, str]:
    context = EvaluationContext(targeting_key=user_id)
    countdown, headline = await asyncio.gather(
        of_client.get_boolean_value_async("recs-deal-countdown", False, context),
        of_client.get_string_value_async("recs-deal-headline", "Today's deals", context),
    )
    return countdown, headline
