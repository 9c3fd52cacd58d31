# Corpus: billing service (Python), Celery tasks calling the SDKs with keyword arguments and commented argument lists.
# Source: launchdarkly-server-sdk LDClient.variation(key, context, default), UnleashClient.is_enabled(feature_name, context=None, fallback_function=None), openfeature OpenFeatureClient.get_string_value(flag_key, default_value, evaluation_context=None), configcatclient ConfigCatClient.get_value(key, default_value, user=None).
import ldclient
from celery import shared_task
from configcatclient.user import User


@shared_task
def send_statements(account_id, unleash_client, of_client, configcat_client):
    context = ldclient.Context.create(str(account_id))
    batched = ldclient.get().variation(
        key="billing-statement-batching",
        context=context,
        default=False,
    )
    enabled = unleash_client.is_enabled(
        # kept on for the EU until the new ledger ships
        "billing.statements-eu",
        {"userId": str(account_id)},
    )
    template = of_client.get_string_value(
        default_value="plain",
        flag_key="billing-statement-template",
    )
    cutoff = configcat_client.get_value("billingStatementCutoffDay", 28, User(str(account_id)))
    return batched, enabled, template, cutoff
