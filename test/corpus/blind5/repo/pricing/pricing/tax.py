# Corpus: blind5 (issue 14), OpenFeature Python: a named client, typed getters and keyword arguments.
# Source: openfeature-sdk (Python) docs (api.get_client, get_boolean_value, get_float_value, get_object_details, flag_key=).
from openfeature import api
from openfeature.evaluation_context import EvaluationContext

client = api.get_client("pricing")


def tax_settings(country: str) -> dict:
    ctx = EvaluationContext(targeting_key=country, attributes={"country": country})
    return {
        "inclusive": client.get_boolean_value("pr-tax-inclusive", False),
        "fx_margin": client.get_float_value("pr-fx-margin", 0.02, ctx),
        "schedule": client.get_object_details("pr-fee-schedule", {}).value,
        "currency": client.get_string_value(flag_key="pr-currency-default", default_value="EUR"),
    }
