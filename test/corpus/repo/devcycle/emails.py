# Corpus: DevCycle Python server SDK.
# Source: devcycle-python-server-sdk, docs.devcycle.com/sdk/server-side-sdks/python/python-usage:
# devcycle_client.variable_value(user, key, default_value) and variable(user, key, default_value).
from devcycle_python_sdk import DevCycleLocalClient, DevCycleLocalOptions
from devcycle_python_sdk.models.user import DevCycleUser

devcycle_client = DevCycleLocalClient("server-key", DevCycleLocalOptions())


def email_template(user_id: str) -> str:
    user = DevCycleUser(user_id=user_id)
    template = devcycle_client.variable_value(user, "email-template", "classic")
    tracking = devcycle_client.variable_value(
        user,
        "email-tracking",
        False,
    )
    return template if tracking else "plain"
