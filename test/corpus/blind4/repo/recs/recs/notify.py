# Corpus: blind4 / recs: notification fan-out, PostHog, DevCycle, ConfigCat and Split Python SDKs.
# Source: posthog (feature_enabled(key, distinct_id), get_feature_flag), devcycle-python-server-sdk (variable_value(user, key, default)), configcat-client (get_value(key, default, user)), splitio (client.get_treatment(key, feature)).
from __future__ import annotations

import asyncio
import logging

import configcatclient
import posthog
from devcycle_python_sdk import DevCycleLocalClient
from devcycle_python_sdk.models.user import DevCycleUser
from splitio import get_factory


class Notifier:
    def __init__(self, devcycle: DevCycleLocalClient, configcat: configcatclient.ConfigCatClient) -> None:
        self.devcycle = devcycle
        self.configcat = configcat
        self.split = get_factory("split-key").client()

    async def fan_out(self, user_id: str, items: list[str]) -> None:
        """Sends pushes when posthog.feature_enabled("rx-push-recs", ...) is on for the user."""
        log = logging.getLogger("rx-push-tone")
        log.debug("fan-out %s", self.split.get_treatment.__name__)
        if not posthog.feature_enabled("rx-push-recs", user_id):
            return
        tone = posthog.get_feature_flag("rx-push-tone", user_id) or "neutral"
        user = DevCycleUser(user_id=user_id)
        max_items = self.devcycle.variable_value(user, "rx-push-max-items", 3)
        quiet = self.configcat.get_value("rxQuietHoursEnabled", False)
        channel = self.split.get_treatment(user_id, "rx_push_channel")
        await asyncio.gather(
            *(self._send(user_id, item, tone, channel) for item in items[:max_items] if not quiet)
        )

    async def _send(self, user_id: str, item: str, tone: str, channel: str) -> None:
        await asyncio.sleep(0)
