# Corpus: blind8, parcelpoint routing service, route planner endpoints (FastAPI, async)
# Source: Unleash Python SDK docs (UnleashClient, is_enabled with context and fallback_function, get_variant); Python asyncio docs (to_thread)
from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Depends
from UnleashClient import UnleashClient

from .flags import gated
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

OPTIONAL_LEGS = ["rte_ferry_legs", "rte_toll_roads", "rte_low_bridges"]


def _fallback(feature_name: str, context: dict) -> bool:
    return feature_name == "rte_toll_avoid"


@router.post("/plans")
async def create_plan(req: PlanRequest, depot_id: str = Depends(lambda: "ams-1")) -> RoutePlan:
    context = {"userId": req.dispatcher_id, "properties": {"depot": depot_id}}
    avoid_tolls = unleash_client.is_enabled(
        "rte_toll_avoid",
        context=context,
        fallback_function=_fallback,
    )
    ferries = await asyncio.to_thread(unleash_client.is_enabled, "rte_ferry_legs", context)
    enabled_legs = list(filter(unleash_client.is_enabled, OPTIONAL_LEGS))
    strategy = unleash_client.get_variant("rte_solver_strategy", context)
    regional = unleash_client.is_enabled(f"rte_region_{req.region.lower()}", context)
    log.info("rte_toll_avoid=%s ferries=%s", avoid_tolls, ferries)
    return await solve(
        req,
        avoid_tolls=avoid_tolls,
        ferries=ferries,
        legs=enabled_legs,
        strategy=strategy["name"] if strategy["enabled"] else "greedy",
        regional=regional,
    )


@router.post("/plans/night")
@gated("rte_night_routes", default=None)
async def create_night_plan(req: PlanRequest, depot_id: str) -> RoutePlan | None:
    return await solve(req, night=True)
