# Corpus: negatives (Python).
# Source: none of the SDKs: Keras (Model.get_layer(name)), TensorFlow (tf.Variable(initial_value,
# name=...)), a settings store, a product model, logging, pytest.
# Also: method names the flag SDKs use too, called on objects that are not SDK clients, and
# flag-looking strings in logs and tests. No reference here.
import logging

import tensorflow as tf

from .catalog import product
from .settings import config

logger = logging.getLogger("feature_flags")


def build(model):
    dense = model.get_layer("dense_1")
    weights = tf.Variable(tf.zeros([784, 10]), name="weights")
    timeout = config.get_value("payments.timeout")
    size = product.get_variant(model.sku)
    logger.info("billing-retry-v2 turned on for %s", model.name)
    return dense, weights, timeout, size


def test_retry_flag_is_logged(caplog):
    build(model=None)
    assert "billing-retry-v2" in caplog.text
