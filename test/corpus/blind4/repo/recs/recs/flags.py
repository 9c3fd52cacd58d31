# Corpus: blind4 / recs: the service's flag clients and a decorator that gates endpoints.
# Source: launchdarkly-server-sdk (ldclient.get(), Context.builder, variation), openfeature-sdk (api.get_client).
from __future__ import annotations

import functools
import os
from typing import Any, Awaitable, Callable, TypeVar

import ldclient
from fastapi import HTTPException, Request
from ldclient import Context
from ldclient.config import Config
from openfeature import api
from openfeature.client import OpenFeatureClient

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])

ldclient.set_config(Config(os.environ.get("LD_SDK_KEY", "")))


def get_ld() -> ldclient.LDClient:
    return ldclient.get()


def get_openfeature() -> OpenFeatureClient:
    return api.get_client("recs")


def context_for(request: Request) -> Context:
    user_id = request.headers.get("x-user-id", "anonymous")
    return Context.builder(user_id).kind("user").set("tier", request.headers.get("x-tier", "free")).build()


def feature_required(flag_key: str, default: bool = False) -> Callable[[F], F]:
    """Answers 404 unless the flag is on for the caller (the key is the decorator's argument)."""

    def decorate(handler: F) -> F:
        @functools.wraps(handler)
        async def wrapper(request: Request, *args: Any, **kwargs: Any) -> Any:
            if not get_ld().variation(flag_key, context_for(request), default):
                raise HTTPException(status_code=404)
            return await handler(request, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate
