# Corpus: blind4 / recs: experiments, Statsig server and GrowthBook Python.
# Source: statsig (statsig.check_gate(user, gate), get_experiment, get_config), growthbook (GrowthBook.is_on, get_feature_value, eval_feature).
from __future__ import annotations

from growthbook import GrowthBook
from statsig import statsig
from statsig.statsig_user import StatsigUser


class ExperimentService:
    def __init__(self, gb: GrowthBook) -> None:
        self.gb = gb

    def carousel_settings(self, user_id: str) -> dict:
        user = StatsigUser(user_id=user_id)
        if not statsig.check_gate(user, "rx_carousel_enabled"):
            return {}
        experiment = statsig.get_experiment(user, "rx_carousel_length_test")
        config = statsig.get_config(
            user,
            "rx_carousel_styles",
        )
        autoplay = self.gb.is_on("rx-carousel-autoplay")
        arrows = self.gb.get_feature_value("rx-carousel-arrows", {"show": True, "size": "md"})
        peek = self.gb.eval_feature("rx-carousel-peek").value or 0
        return {
            "length": experiment.get("length", 8),
            "style": config.get("style", "cards"),
            "autoplay": autoplay,
            "arrows": arrows,
            "peek": peek,
        }

    async def is_gate_on(self, user_id: str, gate: str) -> bool:
        return statsig.check_gate(StatsigUser(user_id=user_id), gate)
