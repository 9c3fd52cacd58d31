# Corpus: a PostHog module function imported under another name.
# Source: posthog-python, posthog.feature_enabled(key, distinct_id, ...) and get_feature_flag(key, distinct_id, ...) (posthog.com/docs/libraries/python#feature-flags).
from posthog import feature_enabled as flag_on, get_feature_flag as flag_variant


def express_enabled(user_id: str) -> bool:
    return flag_on("express-shipping", user_id)


def hero_variant(user_id: str) -> str:
    return flag_variant(
        "homepage-hero",
        user_id,
    )
