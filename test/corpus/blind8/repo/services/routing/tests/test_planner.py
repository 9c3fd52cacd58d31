# Corpus: blind8, parcelpoint routing service, planner tests
# Source: pytest docs (fixtures, monkeypatch); unittest.mock docs (patch.object, ANY)
from unittest.mock import ANY, patch

import pytest
from fastapi.testclient import TestClient

from routing.main import app
from routing.planner import unleash_client

ALL_ON = {"rte_toll_avoid": True, "rte_ferry_legs": True}


@pytest.fixture
def api():
    return TestClient(app)


def test_plan_avoids_tolls_when_the_toggle_is_on(api, monkeypatch):
    monkeypatch.setenv("FF_RTE_WARM_START", "true")
    with patch.object(unleash_client, "is_enabled", side_effect=lambda name, *a, **k: ALL_ON.get(name, False)) as is_enabled:
        response = api.post("/plans", json={"dispatcher_id": "d-1", "region": "NL", "stops": []})
    assert response.status_code == 200
    is_enabled.assert_any_call("rte_toll_avoid", context=ANY, fallback_function=ANY)
    # rte_ferry_legs goes through asyncio.to_thread, so it is called positionally
    assert response.json()["avoid_tolls"] is True


def test_plan_without_flags(api):
    with patch.object(unleash_client, "is_enabled", return_value=False):
        assert api.post("/plans", json={"dispatcher_id": "d-2", "region": "BE", "stops": []}).status_code == 200
