# Corpus: Statsig Python server SDK.
# Source: statsig (PyPI), statsig/statsig.py: check_gate(user, gate), get_config(user, config),
# get_experiment(user, experiment); docs.statsig.com/server/pythonSDK.
from statsig import statsig, StatsigUser


def ranking_mode(user_id: str) -> str:
    user = StatsigUser(user_id)
    if statsig.check_gate(user, "ml_ranking"):
        config = statsig.get_config(user, "ranking_params")
        return config.get("mode", "ml")
    experiment = statsig.get_experiment(
        user,
        "ranking_experiment",
    )
    return experiment.get("mode", "classic")
