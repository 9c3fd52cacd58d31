# Corpus: blind9, brightgrid meter ingest, aiohttp handlers
# Source: aiohttp web (Application, Request, json_response), ldclient (Context.builder, LDClient.variation), openfeature (OpenFeatureClient.get_boolean_value_async, get_string_details_async), posthog (feature_enabled)
from aiohttp import web
from ldclient import Context
import posthog
from openfeature import api
from openfeature.evaluation_context import EvaluationContext

from .flags import GAS_CALORIFIC_FIX, MeterFlag

of_client = api.get_client("meter-ingest")
routes = web.RouteTableDef()


@routes.post("/readings/{meter_id}")
async def post_reading(request: web.Request) -> web.Response:
    meter_id = request.match_info["meter_id"]
    body = await request.json()
    ld_client = request.app["ld_client"]
    context = Context.builder(meter_id).kind("meter").set("fuel", body["fuel"]).build()

    validate_strict = ld_client.variation("mtr-strict-validation", context, False)
    calorific = ld_client.variation(GAS_CALORIFIC_FIX, context, False)
    bridge = await of_client.get_boolean_value_async(MeterFlag.SMETS1_BRIDGE, False, EvaluationContext(targeting_key=meter_id))
    legacy_units = ld_client.variation("mtr-legacy-units", context, "kWh")
    unit_details = await of_client.get_string_details_async(
        flag_key="mtr-display-unit",
        default_value="kWh",
    )
    if posthog.feature_enabled("mtr-reading-receipts", meter_id, person_properties={"fuel": body["fuel"]}):
        request.app["receipts"].append(meter_id)

    return web.json_response(
        {
            "strict": validate_strict,
            "calorific": calorific,
            "bridge": bridge,
            "unit": legacy_units or unit_details.value,
        }
    )


@routes.get("/flags/{name}")
async def flag_probe(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    value = await of_client.get_boolean_value_async(name, False)
    return web.json_response({name: value})
