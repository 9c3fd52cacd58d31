# Corpus: negatives in Python, logging, gettext, argparse, dict and settings reads named like flags.
# Source: Python standard library (logging.Logger.isEnabledFor(level), gettext.gettext, argparse, os.environ), Django settings; none of them evaluates a feature flag.
import argparse
import logging
import os
from gettext import gettext as _

logger = logging.getLogger("jobs")
parser = argparse.ArgumentParser()
parser.add_argument("--billing-tax-engine", action="store_true", help="is_enabled('billing.proration') style help")


def run(settings, options):
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("billing-invoice-layout %s", options)
    label = _("billing.invoice.title")
    db_url = os.environ["DATABASE_URL"]
    timeout = os.getenv("HTTP_TIMEOUT", "30")
    limits = settings.get("billing_limits", {})
    features = {"billing-usage-meter": True}
    return label, db_url, timeout, limits, features.get("billing-usage-meter")
