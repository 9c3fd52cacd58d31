# Corpus: blind9, brightgrid meter ingest, look-alikes that are not flag evaluations
# Source: logging (Logger.isEnabledFor), argparse (add_argument), configparser (get), jinja-style gettext (negatives only)
import argparse
import configparser
import logging
from gettext import gettext as _

log = logging.getLogger("meter_ingest")


class TariffTable:
    def __init__(self, rows: dict[str, float]):
        self._rows = rows

    def get_value(self, name: str, default: float = 0.0) -> float:
        return self._rows.get(name, default)

    def is_enabled(self, name: str) -> bool:
        return name in self._rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--half-hourly", action="store_true")
    parser.add_argument("--replay-mode", default="off")
    args = parser.parse_args()
    config = configparser.ConfigParser()
    config.read("ingest.ini")
    table = TariffTable({"economy-7": 0.18})
    if log.isEnabledFor(logging.DEBUG):
        log.debug("mtr-strict-validation is logged here only as text")
    print(_("meter.reading.accepted"), config.get("kafka", "topic", fallback="readings"), table.get_value("economy-7"), table.is_enabled("standard"), args.half_hourly)
