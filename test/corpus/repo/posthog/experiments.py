# Corpus: PostHog Python SDK.
# Source: posthog (PyPI), posthog/__init__.py: feature_enabled(key, distinct_id, ...),
# get_feature_flag(key, distinct_id, ...), get_feature_flag_payload(key, distinct_id, ...).
import posthog


def homepage_variant(distinct_id: str) -> str:
    if posthog.feature_enabled("homepage-hero", distinct_id):
        return posthog.get_feature_flag(
            "homepage-hero-variant",
            distinct_id,
        )
    return "control"
