# Corpus: OpenFeature Python SDK.
# Source: openfeature-sdk (PyPI), openfeature/client.py: OpenFeatureClient.get_boolean_value(flag_key,
# default_value, evaluation_context=None, ...), get_string_value, get_integer_value.
from openfeature import api

client = api.get_client()


def tax_engine() -> str:
    if client.get_boolean_value("tax-engine-v2", False):
        return client.get_string_value(
            "tax-engine-region",
            "eu",
        )
    return "legacy"
