# Corpus: blind8, parcelpoint routing service, route planner endpoints (FastAPI, async)
# Source: Unleash Python SDK docs (UnleashClient, is_enabled with context and fallback_function, get_variant); Python asyncio docs (to_thread)
from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Depends
from UnleashClient import UnleashClient

from .models import PlanRequest, RoutePlan
from .solver import solve

log = logging.getLogger(__name__)
router = APIRouter()

unleash_client = UnleashClient(
    url="https://unleash.parcelpoint.internal/api",
    app_name="routing",
    custom_headers={"Authorization": "routing-token"},
)
unleash_client.initialize_client()


def _fallback(feature_name: str, context: dict) -> bool:
    return feature_name == "rte_toll_avoid"


@router.post("/plans")
async def create_plan(req: PlanRequest, depot_id: str = Depends(lambda: "ams-1")) -> RoutePlan:
    context = {"userId": req.dispatcher_id, "properties": {"depot": depot_id}}
    avoid_tolls = unleash_client.is_enabled("rte_toll_avoid", context=context, fallback_function=_fallback)
    ferries = await asyncio.to_thread(unleash_client.is_enabled, "rte_ferry_legs", context)
    legacy_solver = unleash_client.is_enabled("rte_legacy_solver", context)
    log.info("rte_toll_avoid=%s ferries=%s", avoid_tolls, ferries)
    return await solve(req, avoid_tolls=avoid_tolls, ferries=ferries, legacy=legacy_solver)
