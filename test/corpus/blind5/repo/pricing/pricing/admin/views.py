# Corpus: blind5 (issue 14), Django admin views: a client on the instance, a walrus, a match statement and a lambda.
# Source: Django class-based views docs; growthbook-python get_feature_value; unleash-client-python get_variant; launchdarkly variation (Python).
from django.http import JsonResponse
from django.views import View

from pricing.flags import ld
from pricing.growth import GrowthBook
from pricing.quotes import client as unleash


class PriceOverrideView(View):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.unleash = unleash

    def get(self, request):
        gb = GrowthBook(attributes={"id": str(request.user.pk)})
        if (limit := gb.get_feature_value("pr-override-limit", 5)) > 3:
            limit = 3
        match self.unleash.get_variant("pr-override-style")["name"]:
            case "compact":
                style = "compact"
            case _:
                style = "table"
        lazy = lambda ctx: ld.variation("pr-override-audit", ctx, False)
        allowed = self.unleash.is_enabled("pr-override-admin", {"userId": str(request.user.pk)})
        return JsonResponse({"limit": limit, "style": style, "allowed": allowed, "audit": lazy(request.ld_context)})
