# Corpus: blind / billing tax (OpenFeature Python SDK, GrowthBook Python SDK, ConfigCat Python SDK, DevCycle Python SDK, Split Python SDK)
# Source: openfeature OpenFeatureClient.get_boolean_value / get_string_details (openfeature.dev/docs/reference/technologies/server/python); growthbook GrowthBook.is_on / get_feature_value (docs.growthbook.io/lib/python); configcatclient ConfigCatClient.get_value(key, default_value, user) (configcat.com/docs/sdk-reference/python); devcycle_python_sdk DevCycleLocalClient.variable_value(user, key, default_value) (docs.devcycle.com/sdk/server-side-sdks/python); splitio client.get_treatment(key, feature_flag_name) / get_treatments (help.split.io Python SDK)
from decimal import Decimal

import configcatclient
from configcatclient.user import User as ConfigCatUser
from devcycle_python_sdk import DevCycleLocalClient
from devcycle_python_sdk.models.user import DevCycleUser
from growthbook import GrowthBook
from openfeature import api
from openfeature.evaluation_context import EvaluationContext
from splitio import get_factory

of_client = api.get_client("billing-tax")
configcat_client = configcatclient.get("configcat-sdk-key")
devcycle_client = DevCycleLocalClient("dvc_server_key")
split_factory = get_factory("split-sdk-key")
split_factory.block_until_ready(5)
split_client = split_factory.client()


class TaxCalculator:
    def __init__(self, account_id: str, country: str) -> None:
        self.account_id = account_id
        self.country = country
        self.gb = GrowthBook(attributes={"id": account_id, "country": country})

    def rate(self, amount: Decimal) -> Decimal:
        ctx = EvaluationContext(targeting_key=self.account_id, attributes={"country": self.country})
        use_vat_engine = of_client.get_boolean_value("tax-vat-engine", False, ctx)
        rounding = of_client.get_string_details(
            flag_key="tax-rounding-mode",
            default_value="half-up",
            evaluation_context=ctx,
        )
        oss_scheme = self.gb.is_on("tax-eu-oss-scheme")
        threshold = self.gb.get_feature_value("tax-exemption-threshold", 0)

        user = ConfigCatUser(self.account_id, country=self.country)
        reverse_charge = configcat_client.get_value("taxReverseCharge", False, user)

        dvc_user = DevCycleUser(user_id=self.account_id, country=self.country)
        digital_services = devcycle_client.variable_value(dvc_user, "tax-digital-services", False)

        treatment = split_client.get_treatment(self.account_id, "tax_address_validation")
        treatments = split_client.get_treatments(
            self.account_id, ["tax_nexus_tracking", "tax_marketplace_facilitator"]
        )
        nexus = treatments["tax_nexus_tracking"] == "on"

        base = Decimal("0.20") if use_vat_engine else Decimal("0.19")
        if oss_scheme and amount > threshold:
            base = Decimal("0.21")
        if reverse_charge or digital_services:
            base = Decimal("0")
        if treatment == "on" and nexus:
            base += Decimal("0.001")
        return base.quantize(Decimal("0.0001"), rounding=rounding.value.upper())
