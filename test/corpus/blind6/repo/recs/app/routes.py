# Corpus: blind6, FastAPI routes with the flag client as an injected dependency.
# Source: FastAPI docs (Depends, Annotated); OpenFeature Python SDK (get_boolean_value, get_integer_value, get_string_details); LaunchDarkly Python SDK (ldclient.get, variation).
from typing import Annotated

import ldclient
from fastapi import APIRouter, Depends
from ldclient import Context
from openfeature.client import OpenFeatureClient
from openfeature.evaluation_context import EvaluationContext

from app.flags import Flag, get_feature_client

router = APIRouter(prefix="/recs")
FeatureClient = Annotated[OpenFeatureClient, Depends(get_feature_client)]


@router.get("/{user_id}")
async def list_recs(user_id: str, flags: FeatureClient) -> dict:
    ctx = EvaluationContext(targeting_key=user_id)
    diverse = flags.get_boolean_value(Flag.DIVERSITY, False, ctx)
    size = flags.get_integer_value("py-recs-page-size", 20, ctx)
    model = flags.get_string_details(
        flag_key="py-recs-model",
        default_value="als",
        evaluation_context=ctx,
    ).value
    return {"diverse": diverse, "size": size, "model": model}


@router.get("/{user_id}/cold")
async def cold_start(user_id: str) -> dict:
    context = Context.builder(user_id).kind("user").set("tier", "free").build()
    if ldclient.get().variation(Flag.COLD_START.value, context, False):
        return {"items": []}
    show_reasons = ldclient.get().variation_detail("py-recs-reasons", context, False).value
    return {"items": [], "reasons": show_reasons}
