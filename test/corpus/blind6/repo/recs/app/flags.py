# Corpus: blind6, the recs service's flag keys as an Enum and the OpenFeature client dependency.
# Source: OpenFeature Python SDK docs (api.get_client, set_provider); Python enum docs (str mixin).
from enum import Enum

from openfeature import api
from openfeature.client import OpenFeatureClient


class Flag(str, Enum):
    COLD_START = "py-recs-cold-start"
    DIVERSITY = "py-recs-diversity"


def get_feature_client() -> OpenFeatureClient:
    return api.get_client("recs")
