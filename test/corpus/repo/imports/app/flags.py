# Corpus: a Python module of flag-key constants imported by app/billing.py (declarations only).
# Source: Python tutorial, Modules (module-level names) and enum.Enum with str values (docs.python.org/3/library/enum.html).
from enum import Enum

TAX_ENGINE = "billing-tax-engine"
API_TIER = "api-tier"


class Flags(str, Enum):
    CHAT = "chat-widget"
    EXPORT = "account-export"
