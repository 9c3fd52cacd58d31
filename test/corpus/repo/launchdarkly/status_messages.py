# Corpus: LaunchDarkly calls inside Python f-string replacement fields (log and status messages).
# Source: launchdarkly-server-sdk, LDClient.variation(key, context, default) (docs.launchdarkly.com/sdk/server-side/python#evaluating-flags); f-strings, docs.python.org/3/reference/lexical_analysis.html#f-strings.
import logging

import ldclient

log = logging.getLogger(__name__)


def report(context) -> str:
    client = ldclient.get()
    log.info(f"checkout flow: {client.variation('checkout-flow', context, 'classic')}")
    banner = f'cache: {client.variation("cache-v2", context, False)!r}, literal {{client.variation("chat-widget", context, False)}}'
    return f"""
    dark mode: {client.variation("dark_mode", context, False)}
    """ + banner
