# Corpus: blind8, parcelpoint routing service, LaunchDarkly client and the team's decorators
# Source: LaunchDarkly Python server SDK docs (ldclient.set_config, ldclient.get, Context.builder, variation); Python docs (functools.wraps, functools.partial)
from __future__ import annotations

import functools
import os
from typing import Any, Awaitable, Callable, TypeVar

import ldclient
from ldclient import Context
from ldclient.config import Config

T = TypeVar("T")

ldclient.set_config(Config(os.environ["LD_SDK_KEY"]))
ld = ldclient.get()

DEPOT_CONTEXT = Context.builder("depot-ams-1").kind("depot").set("country", "NL").build()


def depot_context(depot_id: str, country: str) -> Context:
    return Context.builder(depot_id).kind("depot").set("country", country).build()


def gated(flag_key: str, default: T) -> Callable[[Callable[..., Awaitable[T]]], Callable[..., Awaitable[T]]]:
    """Run the handler only when ``flag_key`` is on for the depot; else return ``default``."""

    def decorate(handler: Callable[..., Awaitable[T]]) -> Callable[..., Awaitable[T]]:
        @functools.wraps(handler)
        async def wrapper(*args: Any, depot_id: str, **kwargs: Any) -> T:
            if not ld.variation(flag_key, depot_context(depot_id, "NL"), False):
                return default
            return await handler(*args, depot_id=depot_id, **kwargs)

        return wrapper

    return decorate


depot_flag = functools.partial(ld.variation, context=DEPOT_CONTEXT, default=False)

NIGHT_ROUTES = depot_flag("rte_night_routes")
MAX_VAN_STOPS = ld.variation("rte_max_van_stops", DEPOT_CONTEXT, 120)
