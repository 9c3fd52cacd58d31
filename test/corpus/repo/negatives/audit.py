# Corpus: negatives in Python, logging and configuration reads that look like flag checks.
# Source: Python docs, logging.Logger.isEnabledFor(level) and Logger.info(msg); dict.get(key).
import logging
import os

logger = logging.getLogger(__name__)
SETTINGS = {"font_size": 14, "report_format": "pdf"}


def audit(level: int, event: str) -> None:
    if logger.isEnabledFor(level):
        logger.info("dark_mode toggled by %s", event)
    size = SETTINGS.get("font_size")
    home = os.environ.get("HOME", "/")
    logger.debug("report_charts rendered at size %s in %s", size, home)
