# Corpus: blind3 ml, async workers: Unleash, Statsig, GrowthBook and PostHog Python SDKs.
# Source: UnleashClient (UnleashClient.is_enabled(feature_name, context), get_variant); statsig python (statsig.check_gate(user, gate), get_config); growthbook (GrowthBook.is_on, get_feature_value); posthog (feature_enabled(key, distinct_id), get_feature_flag).
import asyncio
import logging
from typing import Optional

import posthog
from growthbook import GrowthBook
from statsig import StatsigUser, statsig
from UnleashClient import UnleashClient

logger = logging.getLogger(__name__)
MODEL_TOGGLES = ("ml-model-gpu", "ml-model-distilled")


class TrainingWorker:
    def __init__(self, unleash: UnleashClient, gb: Optional[GrowthBook] = None) -> None:
        self.unleash = unleash
        self.gb = gb or GrowthBook(attributes={"service": "trainer"})

    async def run(self, job: dict) -> None:
        context = {"userId": job["owner"], "properties": {"team": job["team"]}}
        if not self.unleash.is_enabled("ml-training-queue", context):
            return
        variant = self.unleash.get_variant("ml-optimizer", context)
        lr = self.gb.get_feature_value("ml-learning-rate", 0.001)
        if self.gb.is_on("ml-mixed-precision"):
            job["precision"] = "fp16"
        for toggle in MODEL_TOGGLES:
            if self.unleash.is_enabled(toggle, context):
                job.setdefault("models", []).append(toggle)
        if self.unleash.is_enabled(f"ml-team-{job['team']}", context):
            job["priority"] = "high"
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("job %s: %s lr=%s", job["id"], variant["name"], lr)
        await asyncio.sleep(0)


async def notify(user_id: str) -> bool:
    user = StatsigUser(user_id=user_id, custom={"tier": "pro"})
    if not statsig.check_gate(user, "ml-training-notifications"):
        return False
    config = statsig.get_config(
        StatsigUser(user_id=user_id),
        "ml-notification-channels",
    )
    return bool(config.get_value().get("email")) and bool(
        posthog.feature_enabled("ml-notify-email-v2", user_id)
    )


def layout_for(user_id: str) -> str:
    variant = posthog.get_feature_flag(
        "ml-dashboard-layout", user_id, person_properties={"role": "analyst"}
    )
    return str(variant or "classic")
