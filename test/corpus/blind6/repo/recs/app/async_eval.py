# Corpus: blind6, async code calling synchronous SDKs through executors and async OpenFeature methods.
# Source: Python asyncio docs (to_thread); LaunchDarkly Python SDK (variation); OpenFeature Python SDK (get_boolean_value_async); DevCycle Python SDK (variable_value).
import asyncio

import ldclient
from devcycle_python_sdk import DevCycleLocalClient
from devcycle_python_sdk.models.user import DevCycleUser
from ldclient import Context
from openfeature import api

devcycle_client = DevCycleLocalClient("server-key-placeholder")


async def evaluate_home(user_id: str) -> dict:
    context = Context.create(user_id)
    feature_client = api.get_client()
    autoplay, trailers = await asyncio.gather(
        asyncio.to_thread(
            ldclient.get().variation, "py-home-autoplay", context, False
        ),
        feature_client.get_boolean_value_async("py-home-trailers", False),
    )
    user = DevCycleUser(user_id=user_id)
    rows = devcycle_client.variable_value(user, "py-home-rows", 8)
    return {"autoplay": autoplay, "trailers": trailers, "rows": rows}


async def evaluate_many(user_id: str, keys: list[str]) -> dict:
    feature_client = api.get_client()
    values = await asyncio.gather(*(feature_client.get_boolean_value_async(key, False) for key in keys))
    return dict(zip(keys, values))
