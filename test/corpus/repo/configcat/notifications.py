# Corpus: ConfigCat Python SDK.
# Source: configcatclient (PyPI), configcatclient/configcatclient.py: ConfigCatClient.get_value(key,
# default_value, user=None), get_value_details(key, default_value, user=None).
import configcatclient
from configcatclient.user import User

client = configcatclient.get("sdk-key")


def digest_enabled(user_id: str) -> bool:
    user = User(user_id)
    hourly = client.get_value("hourlyDigest", False, user)
    details = client.get_value_details(
        "digestChannel",
        "email",
        user,
    )
    return hourly and details.value == "email"
