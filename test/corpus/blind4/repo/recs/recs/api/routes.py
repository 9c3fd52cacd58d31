# Corpus: blind4 / recs: FastAPI routes, async OpenFeature evaluation and LaunchDarkly through a dependency.
# Source: openfeature-sdk (get_boolean_value_async, get_string_value_async, get_object_value_async, get_integer_details), launchdarkly-server-sdk (variation, variation_detail).
from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from ldclient import LDClient
from openfeature.client import OpenFeatureClient
from openfeature.evaluation_context import EvaluationContext

from recs.flags import context_for, feature_required, get_ld, get_openfeature
from recs.ranking import Ranker

router = APIRouter(prefix="/recs")


@router.get("/home")
async def home_feed(
    request: Request,
    flags: OpenFeatureClient = Depends(get_openfeature),
    ld: LDClient = Depends(get_ld),
) -> dict:
    ctx = EvaluationContext(targeting_key=request.headers.get("x-user-id", "anon"))
    diversify = await flags.get_boolean_value_async("rx-diversify-home", False, ctx)
    model = await flags.get_string_value_async(
        "rx-home-model", "two-tower-v3", ctx
    )
    weights = await flags.get_object_value_async(
        flag_key="rx-home-blend-weights",
        default_value={"recent": 0.5, "popular": 0.3, "similar": 0.2},
        evaluation_context=ctx,
    )
    limit = flags.get_integer_details("rx-home-limit", 40, ctx).value
    shuffle = ld.variation("rx-home-shuffle", context_for(request), False) if diversify else False
    return Ranker(model=model, weights=weights).feed(limit=limit, shuffle=shuffle)


@router.get("/similar/{item_id}")
@feature_required("rx-similar-items")
async def similar(request: Request, item_id: str) -> dict:
    detail = get_ld().variation_detail("rx-similar-threshold", context_for(request), 0.72)
    return {"item": item_id, "threshold": detail.value, "reason": detail.reason}
