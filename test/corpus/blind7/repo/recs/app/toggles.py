# Corpus: blind7, recs service (Python): operational toggles, UnleashClient with context and fallback_function,
# Source: UnleashClient docs (is_enabled(name, context, fallback_function=...), get_variant(name, context)),
# flagsmith python docs (get_identity_flags(...).is_feature_enabled / get_feature_value), configcatclient docs (get_value(key, default, user)).
# Flagsmith identity flags, ConfigCat. Formatted by black.
from __future__ import annotations

import logging
import os
from functools import lru_cache

import configcatclient
from configcatclient.user import User as ConfigCatUser
from flagsmith import Flagsmith
from UnleashClient import UnleashClient

logger = logging.getLogger(__name__)

unleash = UnleashClient(
    url=os.environ["UNLEASH_URL"],
    app_name="recs",
    custom_headers={"Authorization": os.environ["UNLEASH_TOKEN"]},
)
flagsmith = Flagsmith(environment_key=os.environ["FLAGSMITH_KEY"])
configcat = configcatclient.get(os.environ["CONFIGCAT_KEY"])


def missing_toggle_fallback(feature_name: str, context: dict) -> bool:
    logger.warning("toggle %s missing for %s", feature_name, context.get("userId"))
    return False


# recs-vector-index switches candidate retrieval from SQL to the vector store.
def use_vector_index(user_id: str, country: str) -> bool:
    context = {"userId": user_id, "properties": {"country": country}}
    return unleash.is_enabled(
        "recs-vector-index",
        context,
        fallback_function=missing_toggle_fallback,
    )


def embedding_model(user_id: str) -> str:
    variant = unleash.get_variant("recs-embedding-model", context={"userId": user_id})
    if not variant["enabled"]:
        return "minilm"
    return variant["payload"]["value"]


@lru_cache(maxsize=1024)
def partner_boost(user_id: str, tier: str) -> float:
    flags = flagsmith.get_identity_flags(identifier=user_id, traits={"tier": tier})
    if not flags.is_feature_enabled("recs_partner_boost"):
        return 0.0
    return float(flags.get_feature_value("recs_partner_boost_weight") or 0.1)


def cache_ttl_seconds(user_id: str) -> int:
    user = ConfigCatUser(user_id)
    return configcat.get_value("recsCacheTtlSeconds", 300, user)


def is_toggle_on(name: str, user_id: str) -> bool:
    return unleash.is_enabled(name, {"userId": user_id})
