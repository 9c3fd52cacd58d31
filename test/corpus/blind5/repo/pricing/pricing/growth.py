# Corpus: blind5 (issue 14), GrowthBook Python in a request-scoped helper.
# Source: growthbook-python README (GrowthBook(...), load_features, is_on, get_feature_value, eval_feature, destroy).
from growthbook import GrowthBook


def rounding_rules(attributes: dict) -> dict:
    gb = GrowthBook(api_host="https://cdn.growthbook.io", client_key="sdk-pricing", attributes=attributes)
    gb.load_features()
    try:
        return {
            "fx_rounding": gb.is_on("pr-fx-rounding"),
            "max_discount": gb.get_feature_value("pr-max-discount", 0.1),
            "price_test": gb.eval_feature("pr-price-test").value,
        }
    finally:
        gb.destroy()
