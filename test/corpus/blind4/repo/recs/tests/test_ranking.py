# Corpus: blind4 / recs: tests of the ranker with a mocked LaunchDarkly client.
# Source: pytest (parametrize, fixtures), unittest.mock (MagicMock, side_effect), ldclient.integrations.test_data.TestData.
from unittest.mock import MagicMock

import pytest
from ldclient.integrations.test_data import TestData

from recs.ranking import Ranker


@pytest.fixture
def ld() -> MagicMock:
    client = MagicMock()
    client.variation.side_effect = lambda key, ctx, default: {"rx-dedupe-seen-items": False}.get(key, default)
    return client


@pytest.mark.parametrize("flag", ["rx-freshness-cutoff-hours", "rx-category-boosts"])
def test_defaults_pass_through(ld: MagicMock, flag: str) -> None:
    ranker = Ranker(model="m", weights={}, _ld=ld)
    assert ranker.feed(limit=1, shuffle=False)["dedupe"] is False


def test_test_data_source() -> None:
    td = TestData.data_source()
    td.update(td.flag("rx-explain-scores").variation_for_all(True))
    assert td is not None
