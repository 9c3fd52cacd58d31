# Corpus: blind5 (issue 14), DevCycle, Split, ConfigCat and Flagsmith Python clients side by side.
# Source: devcycle-python-server-sdk (variable_value, variable), splitio (get_treatment), configcatclient (get_value), flagsmith (get_identity_flags).
import configcatclient
from configcatclient.user import User
from devcycle_python_sdk import DevCycleLocalClient, DevCycleLocalOptions
from devcycle_python_sdk.models.user import DevCycleUser
from flagsmith import Flagsmith
from splitio import get_factory

devcycle_client = DevCycleLocalClient("dvc_server_pricing", DevCycleLocalOptions())
split_client = get_factory("split-key").client()
configcat_client = configcatclient.get("configcat-key")
flagsmith = Flagsmith(environment_key="ser.pricing")


def vendor_switches(user_id: str, plan: str) -> dict:
    user = DevCycleUser(user_id=user_id)
    promo = devcycle_client.variable_value(user, "pr-promo-engine", False)
    invoice_copy = devcycle_client.variable(user, "pr-invoice-copy", "short").value
    tax_engine = split_client.get_treatment(user_id, "pr_tax_engine", {"plan": plan})
    rounding = configcat_client.get_value("prRoundingMode", "half-up", User(user_id))
    flags = flagsmith.get_identity_flags(identifier=user_id, traits={"plan": plan})
    pdf = flags.is_feature_enabled("pr_invoice_pdf")
    footer = flags.get_feature_value("pr_invoice_footer")
    return {"promo": promo, "copy": invoice_copy, "tax": tax_engine, "rounding": rounding, "pdf": pdf, "footer": footer}
