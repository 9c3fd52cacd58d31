# Corpus: blind7, recs service (Python): the home feed, keys imported from .flags; LaunchDarkly and Unleash.
# Source: launchdarkly-server-sdk python (ldclient.get().variation), UnleashClient (is_enabled with context).
from __future__ import annotations

import asyncio
import logging

import ldclient
from ldclient import Context

from .flags import FEED_CACHE_FLAG, FeedFlags
from .toggles import unleash
from .repository import FeedRepository

logger = logging.getLogger(__name__)


async def home_feed(user_id: str, lat: float | None, lon: float | None, repository: FeedRepository) -> list[dict]:
    context = Context.builder(user_id).kind("user").build()
    client = ldclient.get()
    sections: list[dict] = []

    if client.variation(FeedFlags.TRENDING, context, True):
        sections.append({"kind": "trending", "items": await repository.trending(limit=10)})

    nearby_on = await asyncio.to_thread(
        client.variation,
        FeedFlags.NEARBY,
        context,
        False,
    )
    if nearby_on and lat is not None and lon is not None:
        sections.append({"kind": "nearby", "items": await repository.nearby(lat, lon, radius_km=15)})

    if unleash.is_enabled(FEED_CACHE_FLAG, {"userId": user_id}):
        await repository.cache_feed(user_id, sections)
    logger.info("feed for %s: %d sections", user_id, len(sections))
    return sections
