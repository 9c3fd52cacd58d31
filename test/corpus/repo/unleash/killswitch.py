# Corpus: Unleash Python SDK.
# Source: UnleashClient (PyPI), UnleashClient/__init__.py: UnleashClient.is_enabled(feature_name,
# context=None, fallback_function=None), get_variant(feature_name, context=None).
from UnleashClient import UnleashClient

client = UnleashClient(url="https://unleash.example/api", app_name="worker")


def should_process(job_type: str, user_id: str) -> bool:
    context = {"userId": user_id}
    if client.is_enabled("ops.kill-switch", context):
        return False
    variant = client.get_variant(
        "worker-batch-size",
        context,
    )
    return client.is_enabled(f"jobs.{job_type}", context) and variant["enabled"]
