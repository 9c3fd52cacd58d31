# Corpus: blind9, brightgrid back office, class-based views
# Source: Django generic views (ListView.get_queryset, DetailView.get_context_data, TemplateView), flagsmith (get_identity_flags, Flags.is_feature_enabled, get_feature_value), statsig (check_gate, get_config, StatsigUser), devcycle_python_sdk (variable_value, DevCycleUser), posthog (get_feature_flag, get_feature_flag_payload)
import posthog
from devcycle_python_sdk.models.user import DevCycleUser
from django.contrib.auth.mixins import LoginRequiredMixin
from django.views.generic import DetailView, ListView, TemplateView
from statsig import StatsigUser, statsig

from .clients import devcycle_client, flagsmith
from .mixins import FeatureGateMixin
from .models import Case, Refund


class CaseListView(LoginRequiredMixin, ListView):
    model = Case
    paginate_by = 25

    def get_queryset(self):
        flags = flagsmith.get_identity_flags(
            identifier=f"agent-{self.request.user.pk}",
            traits={"team": self.request.user.team},
        )
        queryset = super().get_queryset().select_related("account")
        if flags.is_feature_enabled("bo_vulnerable_first"):
            queryset = queryset.order_by("-account__vulnerable", "opened_at")
        self.sla_hours = flags.get_feature_value("bo_sla_hours")
        return queryset


class CaseDetailView(LoginRequiredMixin, DetailView):
    model = Case

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = StatsigUser(user_id=str(self.request.user.pk), custom={"team": self.request.user.team})
        context["show_timeline"] = statsig.check_gate(user, "bo_case_timeline")
        macros = statsig.get_config(
            user,
            "bo_reply_macros",
        )
        context["macros"] = macros.get("items", [])
        dc_user = DevCycleUser(user_id=str(self.request.user.pk))
        context["ai_summary"] = devcycle_client.variable_value(dc_user, "bo-ai-case-summary", False)
        return context


class RefundApprovalView(FeatureGateMixin, LoginRequiredMixin, TemplateView):
    template_name = "backoffice/refund_approval.html"
    feature_flag = "bo-refund-approvals-v2"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        agent_id = str(self.request.user.pk)
        context["limit_tier"] = posthog.get_feature_flag("bo-refund-limit-tier", agent_id)
        context["limits"] = posthog.get_feature_flag_payload(
            "bo-refund-limit-tier",
            agent_id,
        )
        context["refunds"] = Refund.objects.filter(state="pending")[:50]
        # posthog.feature_enabled("bo-refund-bulk-approve", agent_id) waits for the audit sign-off
        return context
