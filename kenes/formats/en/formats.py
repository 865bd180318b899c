# English dates as Django writes them, with the 24-hour clock the commission and its
# partners use (and the agendas, which give times like "14:30"): "Dec. 2, 2026, 14:30".
# https://docs.djangoproject.com/en/5.2/topics/i18n/formatting/#creating-custom-format-files
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "N j, Y, H:i"
SHORT_DATETIME_FORMAT = "m/d/Y H:i"
