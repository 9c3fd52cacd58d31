# Corpus: blind9, brightgrid back office, a view mixin gating on a flag
# Source: Django class-based views (View.dispatch, Http404) and UnleashClient.is_enabled(name, context)
from django.http import Http404

from .clients import unleash_client


class FeatureGateMixin:
    """Answers 404 unless the view's flag is on for the agent."""

    feature_flag: str = ""

    def dispatch(self, request, *args, **kwargs):
        context = {"userId": str(request.user.pk), "properties": {"team": request.user.team}}
        if not unleash_client.is_enabled(self.feature_flag, context):
            raise Http404("not available")
        return super().dispatch(request, *args, **kwargs)
