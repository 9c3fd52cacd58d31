# Corpus: blind5 (issue 14), the pricing service's LaunchDarkly client and flag keys.
# Source: launchdarkly-server-sdk (Python) docs: ldclient.set_config(Config(...)), ldclient.get().
import os

import ldclient
from ldclient.config import Config

SURGE_PRICING = "pr-surge-pricing"
WEEKEND_RATES = "pr-weekend-rates"

ldclient.set_config(Config(os.environ.get("LD_SDK_KEY", ""), offline=os.environ.get("FF_LD_OFFLINE") == "1"))
ld = ldclient.get()
