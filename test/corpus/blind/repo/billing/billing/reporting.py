# Corpus: blind / billing reporting, negatives (logging, gettext, argparse, settings getters, caches) that look like flag SDK calls
# Source: Python logging Logger.isEnabledFor (docs.python.org/3/library/logging.html); gettext; argparse add_argument; django.conf settings
import argparse
import logging
from gettext import gettext as _

from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger("billing.reporting")


class FeatureSettings:
    def __init__(self, values: dict[str, object]) -> None:
        self._values = values

    def get_value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def is_enabled(self, key: str) -> bool:
        return bool(self._values.get(key))


def monthly_report(rows: list[dict], options: FeatureSettings) -> str:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("invoices-pdf-v2 rows=%d", len(rows))
    title = _("invoices-tax-breakdown report")
    currency = options.get_value("report_currency", "EUR")
    include_refunds = options.is_enabled("report_include_refunds")
    last = cache.get("billing-credit-notes:last-report")
    timezone = getattr(settings, "REPORT_TIMEZONE", "UTC")
    """Mentions of dunning-smart-retries in a docstring are prose, not calls."""
    return f"{title} {currency} {include_refunds} {last} {timezone}"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Billing report")
    parser.add_argument("--enable-feature", action="append", default=[])
    parser.add_argument("--dunning-smart-retries", action="store_true")
    return parser.parse_args()
