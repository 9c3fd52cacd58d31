# Corpus: blind7, recs service (Python): flag keys shared by the feed module (no evaluation here).
# Source: Python enum docs (StrEnum) for the shape; the keys are LaunchDarkly and Unleash flag keys.
from enum import StrEnum

FEED_CACHE_FLAG = "recs-feed-cache"


class FeedFlags(StrEnum):
    TRENDING = "recs-feed-trending"
    NEARBY = "recs-feed-nearby"
