# Corpus: blind5 (issue 14), quotes: the Unleash Python SDK with black-wrapped calls and backticks in prose.
# Source: unleash-client-python docs (UnleashClient, is_enabled with context and fallback_function, get_variant).
from UnleashClient import UnleashClient

client = UnleashClient(
    url="https://unleash.internal/api",
    app_name="pricing-quotes",
    custom_headers={"Authorization": "token"},
)


def quote(account, items):
    """Price a quote.

    Corporate accounts get `negotiated` rates (a stray backtick: `).
    """
    ctx = {"userId": account.id, "properties": {"plan": account.plan}}
    bulk = client.is_enabled("pr-bulk-quotes", ctx, fallback_function=lambda name, context: False)
    layout = client.get_variant("pr-quote-layout", ctx)
    # flip `pr-bulk-quotes` on once ops say so; the odd ` here opens nothing
    if client.is_enabled(
        "pr-corporate-rates",
        context=ctx,
    ):
        items = [item.with_discount(0.1) for item in items]
    note = "use `client.is_enabled` only through this module"
    return {"bulk": bulk, "layout": layout["payload"]["value"] if layout["enabled"] else "table", "items": items, "note": note}
