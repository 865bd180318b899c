"""The production settings, with one more address: a bare view through the same middleware,
the yardstick every page of `make bench` is measured against."""

from kenes.settings.production import *  # noqa: F403 - the settings under test, unchanged

ROOT_URLCONF = "bench.urls"
