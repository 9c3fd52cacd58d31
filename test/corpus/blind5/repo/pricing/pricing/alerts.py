# Corpus: blind5 (issue 14), PostHog Python: flags with groups and the all-flags dictionary.
# Source: posthog-python docs (Posthog(...), feature_enabled, get_feature_flag with groups, get_all_flags).
from posthog import Posthog

posthog = Posthog("phc_pricing", host="https://eu.posthog.com")


def alert_settings(distinct_id: str, company_id: str) -> dict:
    enabled = posthog.feature_enabled("pr-price-alerts", distinct_id)
    channel = posthog.get_feature_flag("pr-alert-channel", distinct_id, groups={"company": company_id})
    flags = posthog.get_all_flags(distinct_id)
    digest = flags["pr-alert-digest"] == "weekly"
    posthog.capture(distinct_id, "alert_settings_viewed")
    return {"enabled": enabled, "channel": channel, "digest": digest}
