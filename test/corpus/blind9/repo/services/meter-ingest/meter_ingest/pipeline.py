# Corpus: blind9, brightgrid meter ingest, asyncio pipeline
# Source: UnleashClient (is_enabled(name, context, fallback_function), get_variant) and growthbook (GrowthBook.is_on, get_feature_value, eval_feature), asyncio (gather, TaskGroup)
import asyncio
from dataclasses import dataclass

from growthbook import GrowthBook
from UnleashClient import UnleashClient

from .flags import MeterFlag

unleash = UnleashClient(url="https://flags.brightgrid.example/api", app_name="meter-ingest", custom_headers={"Authorization": "x"})


@dataclass
class Batch:
    meter_type: str
    readings: list[dict]


async def check_anomalies(batch: Batch) -> list[dict]:
    context = {"properties": {"meter_type": batch.meter_type}}
    use_model, shadow = await asyncio.gather(
        asyncio.to_thread(unleash.is_enabled, MeterFlag.ANOMALY_MODEL, context),
        asyncio.to_thread(unleash.is_enabled, "mtr_anomaly_shadow", context),
    )
    if not (use_model or shadow):
        return []
    return [reading for reading in batch.readings if reading["kwh"] > 150]


async def process(batches: list[Batch]) -> None:
    gb = GrowthBook(attributes={"service": "meter-ingest"})
    gb.load_features()
    parallel = gb.get_feature_value("mtr-parallel-batches", 4)
    async with asyncio.TaskGroup() as group:
        for batch in batches[:parallel]:
            group.create_task(check_anomalies(batch))
    if gb.is_on("mtr-late-reading-alerts"):
        await alert_late(batches)
    backfill = gb.eval_feature("mtr-backfill-window")
    # gb.is_on("mtr-legacy-dedupe") went away with the Kafka move
    variant = unleash.get_variant(
        "mtr_compression_codec",
        {"properties": {"region": "uk-south"}},
    )
    for batch in batches:
        fmt_on = unleash.is_enabled(f"mtr_format_{batch.meter_type}")
        print(batch.meter_type, fmt_on, backfill.value, variant["name"])


async def alert_late(batches: list[Batch]) -> None:
    await asyncio.sleep(0)
