# Corpus: blind / billing dunning (Unleash Python SDK, Statsig Python server SDK, PostHog Python SDK)
# Source: UnleashClient.is_enabled(feature_name, context, fallback_function) / get_variant (docs.getunleash.io/reference/sdks/python); statsig.check_gate(user, gate) / get_config / get_experiment (docs.statsig.com/server/pythonSDK); posthog.feature_enabled(key, distinct_id) / get_feature_flag (posthog.com/docs/libraries/python)
import logging

import posthog
from statsig import statsig
from statsig.statsig_user import StatsigUser
from UnleashClient import UnleashClient

logger = logging.getLogger(__name__)

unleash = UnleashClient(url="https://unleash.example.com/api", app_name="billing-dunning")
unleash.initialize_client()


def retry_schedule(customer_id: str, attempt: int) -> list[int]:
    context = {"userId": customer_id, "properties": {"attempt": str(attempt)}}

    smart_retries = unleash.is_enabled("dunning-smart-retries", context)
    email_variant = unleash.get_variant("dunning-email-tone", context)
    pause_on_dispute = unleash.is_enabled(
        "dunning-pause-on-dispute",
        context,
        fallback_function=lambda feature_name, context: False,
    )

    user = StatsigUser(user_id=customer_id)
    card_updater = statsig.check_gate(user, "dunning_card_updater")
    schedule_config = statsig.get_config(user, "dunning_retry_schedule")
    final_notice = statsig.get_experiment(
        user,
        "dunning_final_notice_copy",
    )

    sms_reminders = posthog.feature_enabled("dunning-sms-reminders", customer_id)
    grace_variant = posthog.get_feature_flag("dunning-grace-period", customer_id)

    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "dunning flags smart=%s tone=%s pause=%s updater=%s final=%s sms=%s grace=%s",
            smart_retries,
            email_variant["name"],
            pause_on_dispute,
            card_updater,
            final_notice.get("variant", "a"),
            sms_reminders,
            grace_variant,
        )
    return schedule_config.get("days", [1, 3, 7])
