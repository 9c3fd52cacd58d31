# Corpus: blind8, parcelpoint routing service, a depot's flag snapshot
# Source: LaunchDarkly Python server SDK docs (all_flags_state, FeatureFlagsState.get_flag_value, to_values_map, variation_detail)
from __future__ import annotations

from dataclasses import dataclass

from .flags import depot_context, ld


@dataclass
class DepotFlags:
    depot_id: str

    @property
    def cross_dock(self) -> bool:
        return bool(ld.variation("rte_cross_dock", depot_context(self.depot_id, "NL"), False))

    def snapshot(self) -> dict:
        state = ld.all_flags_state(depot_context(self.depot_id, "NL"), client_side_only=False)
        sorter = state.get_flag_value("rte_sorter_profile")
        values = state.to_values_map()
        return {"sorter": sorter, "dock_doors": values.get("rte_dock_doors", 8)}

    def explain(self, key: str) -> str:
        detail = ld.variation_detail(key, depot_context(self.depot_id, "NL"), None)
        return str(detail.reason)
