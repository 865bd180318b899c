"""Log filters."""

import logging
import re

# The secret part of a personal calendar address (see feeds.views.personal_feed).
PERSONAL_FEED = re.compile(r"(/feeds/personal/)[^/\s\"'?]+")


class RedactFeedTokens(logging.Filter):
    """Write `/feeds/personal/…` instead of a person's secret calendar address, whichever
    logger reports the request (the development server's request log, Django's warnings)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/feeds/personal/" in message:
            record.msg = PERSONAL_FEED.sub(r"\1…", message)
            record.args = ()
        return True
