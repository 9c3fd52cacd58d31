# Corpus: blind4 / recs: the ranker, with the LaunchDarkly client held on the instance.
# Source: launchdarkly-server-sdk (LDClient.variation(key, context, default), all_flags_state(context).get_flag_value).
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import ldclient
from ldclient import Context

SERVICE_CONTEXT = Context.builder("recs-service").kind("service").build()


@dataclass
class Ranker:
    model: str
    weights: dict[str, float]
    _ld: ldclient.LDClient = field(default_factory=ldclient.get, repr=False)

    def feed(self, limit: int, shuffle: bool) -> dict[str, Any]:
        dedupe = self._ld.variation("rx-dedupe-seen-items", SERVICE_CONTEXT, True)
        cutoff = self._ld.variation(
            "rx-freshness-cutoff-hours",
            SERVICE_CONTEXT,
            72,
        )
        boosts = self._ld.variation(
            "rx-category-boosts", SERVICE_CONTEXT, {"sale": 1.2, "new": 1.1}
        )
        state = self._ld.all_flags_state(SERVICE_CONTEXT)
        explain = state.get_flag_value("rx-explain-scores")
        return {
            "model": self.model,
            "limit": limit,
            "shuffle": shuffle,
            "dedupe": dedupe,
            "cutoff": cutoff,
            "boosts": boosts,
            "explain": bool(explain),
        }

    def score(self, item: dict[str, Any]) -> float:
        # Old scorer behind "rx-legacy-scorer" (archived); do not bring it back.
        # legacy = self._ld.variation("rx-legacy-scorer", SERVICE_CONTEXT, False)
        base = sum(self.weights.get(k, 0.0) * float(item.get(k, 0)) for k in self.weights)
        return base * (1.5 if self._ld.variation("rx-boost-premium", SERVICE_CONTEXT, False) and item.get("premium") else 1.0)
