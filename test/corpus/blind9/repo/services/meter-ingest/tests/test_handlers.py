# Corpus: blind9, brightgrid meter ingest, tests with mocks
# Source: pytest, unittest.mock (AsyncMock, patch.object, ANY) and openfeature (InMemoryProvider, set_provider, get_boolean_value)
from unittest.mock import ANY, AsyncMock, MagicMock, patch

import pytest
from openfeature import api
from openfeature.provider.in_memory_provider import InMemoryFlag, InMemoryProvider

from meter_ingest import handlers


@pytest.fixture
def ld_client():
    client = MagicMock()
    client.variation.return_value = True
    return client


def test_the_in_memory_provider_serves_the_display_unit():
    api.set_provider(InMemoryProvider({"mtr-display-unit": InMemoryFlag("kwh", {"kwh": "kWh", "mwh": "MWh"})}))
    client = api.get_client()
    assert client.get_string_value("mtr-display-unit", "kWh") == "kWh"


@pytest.mark.asyncio
async def test_strict_validation_is_asked_for(ld_client):
    with patch.object(handlers.of_client, "get_boolean_value_async", new=AsyncMock(return_value=False)):
        request = MagicMock()
        request.app = {"ld_client": ld_client, "receipts": []}
        request.match_info = {"meter_id": "M-1"}
        request.json = AsyncMock(return_value={"fuel": "gas"})
        await handlers.post_reading(request)
    ld_client.variation.assert_any_call("mtr-strict-validation", ANY, False)
