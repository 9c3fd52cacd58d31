# Corpus: Flagsmith Python server SDK.
# Source: flagsmith (PyPI), flagsmith/models.py: Flags.is_feature_enabled(feature_name),
# get_feature_value(feature_name), get_flag(feature_name); docs.flagsmith.com/clients/server-side.
from flagsmith import Flagsmith

flagsmith = Flagsmith(environment_key="server-key")


def build_report(kind: str) -> dict:
    flags = flagsmith.get_environment_flags()
    fmt = flags.get_feature_value("report_format")
    if flags.is_feature_enabled(
        "report_charts"
    ):
        fmt = fmt + "+charts"
    per_kind = flags.is_feature_enabled(f"report_{kind}")
    return {"format": fmt, "per_kind": per_kind}
