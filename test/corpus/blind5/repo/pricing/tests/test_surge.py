# Corpus: blind5 (issue 14), pytest for surge pricing: mocks, matchers and environment set-up.
# Source: pytest docs (monkeypatch.setenv, parametrize); unittest.mock (MagicMock, ANY, assert_called_once_with).
from unittest.mock import ANY, MagicMock

import pytest

from pricing import surge


@pytest.mark.parametrize("flag_value", [True, False])
def test_surge_multiplier(monkeypatch, flag_value):
    fake = MagicMock()
    fake.variation.return_value = flag_value
    monkeypatch.setattr(surge, "ld", fake)
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    surge.surge_multiplier("rider-1", "zone-9")
    fake.variation.assert_any_call("pr-surge-pricing", ANY, False)
