# Corpus: blind4 / recs (round 2): batch evaluation with asyncio.gather and keyword arguments.
# Source: openfeature-sdk (get_boolean_value_async(flag_key, default_value, evaluation_context)), launchdarkly-server-sdk (variation(key, context, default)).
from __future__ import annotations

import asyncio

from ldclient import Context
from openfeature.client import OpenFeatureClient


async def nightly_switches(client: OpenFeatureClient, ld, ctx: Context) -> dict[str, bool]:
    reindex, prune = await asyncio.gather(
        client.get_boolean_value_async("rx-nightly-reindex", False),
        client.get_boolean_value_async(
            "rx-nightly-prune",
            default_value=True,
        ),
    )
    warm = ld.variation(key="rx-nightly-cache-warm", context=ctx, default=False)
    sample = ld.variation(
        context=ctx,
        key="rx-nightly-sample-rate",
        default=0.1,
    )
    return {"reindex": reindex, "prune": prune, "warm": warm, "sample": sample > 0}
