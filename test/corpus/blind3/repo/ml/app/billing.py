# Corpus: blind3 ml, usage billing: Flagsmith, DevCycle, Split and ConfigCat Python SDKs in one class.
# Source: flagsmith (Flagsmith.get_identity_flags, Flags.is_feature_enabled, get_feature_value); devcycle-python-server-sdk (variable_value(user, key, default)); splitio (client.get_treatment(key, split)); configcatclient (get_value(key, default, user)).
from dataclasses import dataclass

from configcatclient import ConfigCatClient
from configcatclient.user import User
from devcycle_python_sdk import DevCycleLocalClient
from devcycle_python_sdk.models.user import DevCycleUser
from flagsmith import Flagsmith


@dataclass
class UsageBiller:
    flagsmith: Flagsmith
    devcycle: DevCycleLocalClient
    split_client: object
    configcat: ConfigCatClient

    def invoice(self, account_id: str, usage: float) -> dict:
        flags = self.flagsmith.get_identity_flags(
            identifier=account_id, traits={"region": "eu"}
        )
        rate = flags.get_feature_value("usage_rate_card")
        proration = flags.is_feature_enabled("usage_proration")
        user = DevCycleUser(user_id=account_id)
        tiered = self.devcycle.variable_value(user, "usage-tiered-pricing", False)
        treatment = self.split_client.get_treatment(account_id, "usage_invoice_template")
        rounding = self.configcat.get_value(
            "usageRounding", "cents", User(account_id)
        )
        return {
            "rate": rate,
            "proration": proration,
            "tiered": tiered,
            "template": treatment,
            "rounding": rounding,
            "usage": usage,
        }
