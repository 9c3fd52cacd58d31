# Corpus: blind7, recs service (Python): FastAPI routes with OpenFeature, DevCycle, GrowthBook and Split.
# Source: openfeature-sdk python docs (get_boolean_details, get_object_value, get_string_value with EvaluationContext),
# devcycle-python-server-sdk (variable_value(user, key, default), variable(user, key, default)), growthbook python
# (eval_feature, get_feature_value, is_off), splitio python (get_treatment_with_config, get_treatments(key, names, attributes)).
from __future__ import annotations

import json
import logging
from typing import Annotated

from devcycle_python_sdk import DevCycleLocalClient, DevCycleLocalOptions
from devcycle_python_sdk.models.user import DevCycleUser
from fastapi import APIRouter, Depends, HTTPException, Request
from growthbook import GrowthBook
from openfeature import api
from openfeature.evaluation_context import EvaluationContext
from splitio import get_factory

from .models import RecommendationResponse
from .ranking import rank
from .repository import HotelRepository

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/recommendations")

of_client = api.get_client("recs")
devcycle = DevCycleLocalClient("dvc_server_placeholder", DevCycleLocalOptions())
split_factory = get_factory("split-placeholder")
split = split_factory.client()


def growthbook_for(request: Request) -> GrowthBook:
    return request.state.growthbook


@router.get("/{user_id}", response_model=RecommendationResponse)
async def recommendations(
    user_id: str,
    request: Request,
    repository: Annotated[HotelRepository, Depends(HotelRepository)],
    gb: Annotated[GrowthBook, Depends(growthbook_for)],
) -> RecommendationResponse:
    context = EvaluationContext(targeting_key=user_id, attributes={"path": request.url.path})
    details = of_client.get_boolean_details("recs-new-endpoint", False, context)
    if not details.value:
        raise HTTPException(status_code=404, detail="not available")

    hotels = await repository.candidates(user_id, limit=200)
    limits = of_client.get_object_value(
        "recs-response-limits", {"max": 20, "min": 5}, context
    )
    ranked = rank(request.state.ranking_request, hotels)[: limits["max"]]

    dvc_user = DevCycleUser(user_id=user_id, country=request.headers.get("cf-ipcountry"))
    show_prices = devcycle.variable_value(dvc_user, "recs-show-prices", True)
    price_format = devcycle.variable(dvc_user, "recs-price-format", "rounded").value

    hero = gb.eval_feature("recs-hero-module")
    tile_style = gb.get_feature_value("recs-tile-style", "compact")
    if gb.is_off("recs-sponsored-slots"):
        ranked = [hotel for hotel in ranked if not hotel.sponsored]

    return RecommendationResponse(
        hotels=ranked,
        show_prices=show_prices,
        price_format=price_format,
        hero=hero.value if hero.on else None,
        tile_style=tile_style,
    )


@router.get("/{user_id}/layout")
def layout(user_id: str, country: str = "DE") -> dict:
    attributes = {"country": country}
    result = split.get_treatment_with_config(user_id, "recs_layout_grid", attributes)
    treatments = split.get_treatments(
        user_id,
        ["recs_map_first", "recs_infinite_scroll"],
        attributes,
    )
    config = json.loads(result[1]) if result[1] else {}
    logger.info("layout %s for %s", result[0], user_id)
    return {
        "grid": result[0] == "on",
        "columns": config.get("columns", 3),
        "map_first": treatments["recs_map_first"] == "on",
        "infinite": treatments["recs_infinite_scroll"] == "on",
    }
