# Corpus: blind4 / recs: the Django dashboard, sync and async views.
# Source: UnleashClient (UnleashClient.is_enabled(name, context), get_variant), flagsmith (Flagsmith.get_environment_flags().is_feature_enabled, get_feature_value).
from __future__ import annotations

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, JsonResponse
from django.views import View
from flagsmith import Flagsmith
from UnleashClient import UnleashClient

unleash = UnleashClient(url=settings.UNLEASH_URL, app_name="recs-dashboard")
flagsmith = Flagsmith(environment_key=settings.FLAGSMITH_KEY)


@login_required
def overview(request: HttpRequest) -> JsonResponse:
    context = {"userId": str(request.user.pk), "properties": {"team": request.user.team}}
    charts = unleash.is_enabled("rx.dashboard-charts", context)
    variant = unleash.get_variant("rx.dashboard-palette", context)
    flags = flagsmith.get_environment_flags()
    return JsonResponse(
        {
            "charts": charts,
            "palette": variant["name"] if variant["enabled"] else "default",
            "export": flags.is_feature_enabled("rx_dashboard_export"),
            "refresh": flags.get_feature_value("rx_dashboard_refresh_seconds") or 60,
        }
    )


class ModelReportView(View):
    async def get(self, request: HttpRequest, model_id: str) -> JsonResponse:
        flags = await sync_to_async(flagsmith.get_identity_flags)(
            identifier=str(request.user.pk), traits={"role": "analyst"}
        )
        drift = flags.is_feature_enabled(
            "rx_model_drift_panel"
        )
        compare = await sync_to_async(unleash.is_enabled)("rx.model-compare", {"userId": str(request.user.pk)})
        return JsonResponse({"model": model_id, "drift": drift, "compare": compare})
