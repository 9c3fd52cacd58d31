# Corpus: Split Python SDK.
# Source: splitio-client (PyPI), splitio/client/client.py: Client.get_treatment(key, feature_flag_name,
# attributes=None), get_treatments(key, feature_flag_names, attributes=None) returning a dict.
from splitio import get_factory

factory = get_factory("server-key")
client = factory.client()


def fraud_checks(order_key: str) -> list:
    checks = []
    if client.get_treatment(order_key, "fraud_scoring") == "on":
        checks.append("scoring")
    # if client.get_treatment(order_key, "fraud_manual_review") == "on":
    treatments = client.get_treatments(
        order_key,
        ["fraud_velocity", "fraud_geo"],
    )
    if treatments["fraud_velocity"] == "on":
        checks.append("velocity")
    return checks
