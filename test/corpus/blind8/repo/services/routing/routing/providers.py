# Corpus: blind8, parcelpoint routing service, other providers the depots use
# Source: OpenFeature Python SDK docs (api.get_client, get_integer_value, get_string_details); DevCycle Python SDK docs (variable_value); ConfigCat Python SDK docs (get_value); Flagsmith Python SDK docs (get_environment_flags, is_feature_enabled); Split Python SDK docs (get_treatment)
from __future__ import annotations

import configcatclient
from devcycle_python_sdk import DevCycleLocalClient, DevCycleLocalOptions
from devcycle_python_sdk.models.user import DevCycleUser
from flagsmith import Flagsmith
from openfeature import api
from openfeature.evaluation_context import EvaluationContext
from splitio import get_factory

client = api.get_client("routing")
devcycle_client = DevCycleLocalClient("dvc_server_routing", DevCycleLocalOptions())
configcat_client = configcatclient.get("configcat-sdk-routing")
flagsmith = Flagsmith(environment_key="ser.routing")
split_factory = get_factory("split-routing-key")
split_client = split_factory.client()


async def batch_size(depot_id: str) -> int:
    ctx = EvaluationContext(targeting_key=depot_id)
    size = client.get_integer_value("rte_batch_size", 50, ctx)
    details = client.get_string_details(
        flag_key="rte_solver_region",
        default_value="eu-west",
        evaluation_context=ctx,
    )
    return size if details.value == "eu-west" else size // 2


def depot_options(depot_id: str) -> dict:
    user = DevCycleUser(user_id=depot_id)
    lockers = devcycle_client.variable_value(user, "rte-parcel-lockers", False)
    bikes = configcat_client.get_value("rteCargoBikes", False)
    flags = flagsmith.get_environment_flags()
    night = flags.is_feature_enabled("rte_night_depots")
    capacity = flags.get_feature_value("rte_depot_capacity")
    treatment = split_client.get_treatment(depot_id, "rte_split_waves", {"country": "NL"})
    return {"lockers": lockers, "bikes": bikes, "night": night, "capacity": capacity, "waves": treatment == "on"}
