# Corpus: blind9, brightgrid meter ingest, flag keys
# Source: Python enum.StrEnum (3.11+); the keys are evaluated by handlers.py and pipeline.py
from enum import StrEnum

GAS_CALORIFIC_FIX = "mtr_gas_calorific_fix"


class MeterFlag(StrEnum):
    SMETS1_BRIDGE = "mtr_smets1_bridge"
    ANOMALY_MODEL = "mtr_anomaly_model_v2"
