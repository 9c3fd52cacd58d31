# Corpus: blind / billing invoices (LaunchDarkly Python server SDK, Flagsmith Python SDK)
# Source: launchdarkly-server-sdk LDClient.variation(key, context, default) / variation_detail / all_flags_state (launchdarkly-python-sdk ldclient/client.py); flagsmith Flagsmith.get_environment_flags / get_identity_flags, Flags.is_feature_enabled / get_feature_value (docs.flagsmith.com/clients/server-side)
import os
from dataclasses import dataclass

import ldclient
from ldclient import Context
from ldclient.config import Config
from flagsmith import Flagsmith

from billing.pdf import render_pdf

ldclient.set_config(Config(os.environ.get("LD_SDK_KEY", "")))
flagsmith = Flagsmith(environment_key=os.environ.get("FLAGSMITH_SERVER_KEY", ""))


@dataclass
class Account:
    id: str
    plan: str
    country: str


def invoice_context(account: Account) -> Context:
    return (
        Context.builder(account.id)
        .kind("organization")
        .set("plan", account.plan)
        .set("country", account.country)
        .build()
    )


def build_invoice(account: Account, lines: list[dict]) -> bytes:
    client = ldclient.get()
    context = invoice_context(account)

    pdf_v2 = ldclient.get().variation("invoices-pdf-v2", context, False)
    tax_breakdown = client.variation(
        "invoices-tax-breakdown", context, False
    )
    terms = client.variation_detail("invoices-payment-terms", context, "net30")
    rounding = client.variation(key="invoices-currency-rounding", context=context, default="half-even")

    state = client.all_flags_state(context)
    late_fee = state.get_flag_value("invoices-late-fee")

    flags = flagsmith.get_environment_flags()
    bulk_send = flags.is_feature_enabled("invoices_bulk_send")
    identity_flags = flagsmith.get_identity_flags(
        identifier=account.id, traits={"plan": account.plan}
    )
    footer = identity_flags.get_feature_value("invoices_footer_text")

    return render_pdf(
        lines,
        v2=pdf_v2,
        tax_breakdown=tax_breakdown,
        terms=terms.value,
        rounding=rounding,
        late_fee=late_fee,
        bulk_send=bulk_send,
        footer=footer,
    )


def region_flag(account: Account) -> bool:
    return ldclient.get().variation(f"invoices-{account.country.lower()}-einvoicing", invoice_context(account), False)
