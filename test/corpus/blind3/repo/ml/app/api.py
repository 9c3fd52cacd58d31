# Corpus: blind3 ml, a FastAPI service: OpenFeature async evaluation through a dependency.
# Source: openfeature-sdk, openfeature/client.py (OpenFeatureClient.get_boolean_value_async, get_string_value_async, get_integer_value, get_object_details).
from typing import Annotated, Any

from fastapi import Depends, FastAPI
from openfeature import api
from openfeature.client import OpenFeatureClient
from openfeature.evaluation_context import EvaluationContext

from app.flag_keys import EMBEDDINGS_CACHE, KEYS, RERANKER_V2, FlagKeys
from app.gates import FeatureGate

app = FastAPI()


def get_flags() -> OpenFeatureClient:
    return api.get_client("ml-api")


FlagsDep = Annotated[OpenFeatureClient, Depends(get_flags)]


@app.get("/recommend/{user_id}")
async def recommend(user_id: str, flags: FlagsDep) -> dict[str, Any]:
    ctx = EvaluationContext(targeting_key=user_id)
    rerank = await flags.get_boolean_value_async(RERANKER_V2, False, ctx)
    semantic = await flags.get_boolean_value_async(
        FlagKeys.SEMANTIC_SEARCH, False, ctx
    )
    cache = await flags.get_boolean_value_async(EMBEDDINGS_CACHE, True, ctx)
    candidate_count = flags.get_integer_value("ml-candidate-count", 50, ctx)
    prompt = await flags.get_string_value_async(
        "ml-prompt-template",
        "default",
        EvaluationContext(targeting_key=user_id, attributes={"surface": "web"}),
    )
    return {
        "rerank": rerank,
        "semantic": semantic,
        "cache": cache,
        "count": candidate_count,
        "prompt": prompt,
    }


@app.post("/score")
async def score(
    payload: dict[str, Any],
    flags: OpenFeatureClient = Depends(get_flags),
    gate: FeatureGate = Depends(FeatureGate),
) -> dict[str, Any]:
    ctx = EvaluationContext(targeting_key=str(payload["user_id"]))
    details = flags.get_object_details(
        flag_key="ml-score-thresholds", default_value={"min": 0.2}, evaluation_context=ctx
    )
    batch = await flags.get_boolean_value_async(KEYS.BATCH_SCORING, False, ctx)
    # The app's gate: its callers' keys are not SDK calls.
    explain = gate.enabled("ml-score-explanations", str(payload["user_id"]))
    return {"thresholds": details.value, "batch": batch, "explain": explain}
