# Corpus: blind3 ml, pytest tests of the API with the OpenFeature client mocked.
# Source: unittest.mock (AsyncMock, assert_awaited_with); fastapi.testclient; openfeature InMemoryProvider/InMemoryFlag.
from unittest.mock import ANY, AsyncMock, MagicMock

import pytest
from fastapi.testclient import TestClient
from openfeature import api
from openfeature.provider.in_memory_provider import InMemoryFlag, InMemoryProvider

from app.api import app, get_flags


@pytest.fixture
def flags():
    client = MagicMock()
    client.get_boolean_value_async = AsyncMock(return_value=True)
    client.get_string_value_async = AsyncMock(return_value="default")
    client.get_integer_value.return_value = 10
    app.dependency_overrides[get_flags] = lambda: client
    yield client
    app.dependency_overrides.clear()


@pytest.mark.parametrize("flag_key", ["ml-reranker-v2", "ml-embeddings-cache"])
def test_recommend_reads_flag(flags, flag_key):
    response = TestClient(app).get("/recommend/u1")
    assert response.status_code == 200
    flags.get_boolean_value_async.assert_any_await(flag_key, ANY, ANY)


def test_in_memory_provider():
    api.set_provider(
        InMemoryProvider({"ml-candidate-count": InMemoryFlag("ten", {"ten": 10})})
    )
    client = api.get_client()
    assert client.get_integer_value("ml-candidate-count", 0) == 10
