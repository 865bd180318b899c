"""Bar charts drawn on the server as SVG (templates/actionplan/includes/bar_chart.html).

No JavaScript and no library: each chart is horizontal bars, one per row, with the row's
label written above its bar and the figure beside it, so that it reads on a 320 px phone.
The SVG is an image with a title and a description (`role="img"`); the same figures are in
a table beside it, which is what screen readers and copy-paste use.
"""

import textwrap
from dataclasses import dataclass

WIDTH = 320
TRACK = 160  # the length of a full bar: the rest holds the figure, «100% (20 ішінен 20)»
FONT = 13
LINE = 16
BAR = 14
GAP = 12
LABEL_CHARS = 44  # about what fits on a line at this size


@dataclass
class Row:
    lines: list  # [(y, text)]
    bar_y: int
    bar_width: float
    value_y: int
    value: str


def bar_chart(*, bars: list[tuple[str, float, str]]) -> dict:
    """Geometry for `bars`: (label, fraction from 0 to 1, the figure as written)."""
    rows = []
    y = 0
    for label, fraction, value in bars:
        lines = []
        for text in textwrap.wrap(label, LABEL_CHARS) or [""]:
            y += LINE
            lines.append((y - 4, text))
        bar_y = y + 2
        fraction = min(max(fraction, 0.0), 1.0)
        rows.append(
            Row(
                lines=lines,
                bar_y=bar_y,
                bar_width=round(TRACK * fraction, 1),
                value_y=bar_y + BAR - 2,
                value=value,
            )
        )
        y = bar_y + BAR + GAP
    return {
        "width": WIDTH,
        "height": max(y, LINE),
        "track": TRACK,
        "bar": BAR,
        "font": FONT,
        "value_x": TRACK + 8,
        "rows": rows,
    }
