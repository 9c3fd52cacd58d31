# Corpus: GrowthBook Python SDK.
# Source: growthbook (PyPI), growthbook.py: GrowthBook.is_on(key), is_off(key),
# get_feature_value(key, fallback), eval_feature(key); docs.growthbook.io/lib/python.
from growthbook import GrowthBook


def boost_factor(gb: GrowthBook) -> float:
    if gb.is_on("search-boost"):
        return gb.get_feature_value(
            "search-boost-factor",
            1.0,
        )
    return 1.0
