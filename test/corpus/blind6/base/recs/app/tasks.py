# Corpus: blind6, Celery tasks: Unleash, Statsig and GrowthBook in workers.
# Source: Celery docs (shared_task, bind); Unleash Python SDK (UnleashClient.is_enabled, get_variant); Statsig Python SDK (check_gate, get_config); GrowthBook Python SDK.
import logging
import os

from celery import shared_task
from growthbook import GrowthBook
from statsig import statsig
from statsig.statsig_user import StatsigUser
from UnleashClient import UnleashClient

log = logging.getLogger(__name__)
unleash_client = UnleashClient(url="http://unleash:4242/api", app_name="recs-worker")
unleash_client.initialize_client()

REBUILD_TOGGLE = "py-rebuild-nightly"


@shared_task(bind=True, max_retries=3)
def rebuild_profile(self, user_id: str) -> None:
    context = {"userId": user_id}
    if not unleash_client.is_enabled(REBUILD_TOGGLE, context):
        return
    if unleash_client.is_enabled("py-legacy-ranker", context):
        log.info("legacy ranker still on")
    variant = unleash_client.get_variant("py-rebuild-strategy", context)
    log.info("rebuild with %s", variant["name"])
    user = StatsigUser(user_id)
    if statsig.check_gate(user, "py_celery_retry") and self.request.retries < 3:
        self.retry(countdown=60)


@shared_task
def warm_cache(segment: str) -> int:
    gb = GrowthBook(attributes={"segment": segment})
    gb.load_features()
    size = gb.get_feature_value("py-cache-warm-size", 250)
    if gb.is_on(f"py-warm-{segment}"):
        size *= 2
    return size if os.environ.get("FF_PY_CACHE_WARMING") else 0
