# Corpus: blind6, pytest tests of the Celery tasks: the clients are patched, nothing is evaluated.
# Source: pytest-mock docs (mocker.patch, patch.object); unittest.mock docs (ANY).
from unittest.mock import ANY

from app import tasks


def test_rebuild_skips_when_off(mocker):
    is_enabled = mocker.patch.object(tasks.unleash_client, "is_enabled", return_value=False)
    variant = mocker.patch.object(tasks.unleash_client, "get_variant")
    tasks.rebuild_profile.run("u-1")
    is_enabled.assert_called_once_with(ANY, {"userId": "u-1"})
    variant.assert_not_called()


def test_warm_cache_doubles(mocker):
    gb = mocker.patch("app.tasks.GrowthBook").return_value
    gb.get_feature_value.return_value = 10
    gb.is_on.return_value = True
    mocker.patch.dict("os.environ", {"FF_PY_CACHE_WARMING": "1"})
    assert tasks.warm_cache("kids") == 20
