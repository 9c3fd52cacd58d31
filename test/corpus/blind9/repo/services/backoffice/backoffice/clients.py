# Corpus: blind9, brightgrid back office, SDK clients made once per process
# Source: UnleashClient, flagsmith (Flagsmith), statsig (statsig.initialize), devcycle_python_sdk (DevCycleLocalClient), posthog
import os

import posthog
from devcycle_python_sdk import DevCycleLocalClient, DevCycleLocalOptions
from flagsmith import Flagsmith
from statsig import statsig
from UnleashClient import UnleashClient

unleash_client = UnleashClient(url=os.environ["UNLEASH_URL"], app_name="backoffice")
flagsmith = Flagsmith(environment_key=os.environ["FLAGSMITH_SERVER_KEY"])
devcycle_client = DevCycleLocalClient(os.environ["DEVCYCLE_SERVER_SDK_KEY"], DevCycleLocalOptions())
statsig.initialize(os.environ["STATSIG_SERVER_KEY"])
posthog.project_api_key = os.environ["POSTHOG_KEY"]
