# Corpus: blind3 ml, the app's wrapper around the LaunchDarkly Python server SDK (type-hinted).
# Source: launchdarkly-server-sdk, ldclient/client.py (LDClient.variation(key, context, default), variation_detail).
from __future__ import annotations

from dataclasses import dataclass, field

import ldclient
from ldclient import Context, LDClient


@dataclass
class FeatureGate:
    """The app's gate: callers pass a key, the SDK call below is the reference."""

    client: LDClient = field(default_factory=ldclient.get)

    def enabled(self, key: str, user_id: str) -> bool:
        context = Context.builder(user_id).kind("user").build()
        return bool(self.client.variation(key, context, False))

    def model_name(self, user_id: str) -> str:
        # old = self.client.variation("ml-old-ranker", context, False)
        context = Context.builder(user_id).build()
        detail = self.client.variation_detail(
            "ml-model-name", context, "baseline"
        )
        return str(detail.value)


def shadow_traffic_percent(client: LDClient, user_id: str) -> int:
    context = Context.create(user_id)
    return int(client.variation("ml-shadow-traffic-percent", context, 0))
