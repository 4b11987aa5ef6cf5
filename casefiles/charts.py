"""Bar charts drawn on the server as inline SVG, so they show without JavaScript and in print.

Pure: labels and values in, an escaped SVG string out. The SVG is an image with a title and a
description for screen readers; pages put the same figures in a table next to it.
"""

from django.utils.html import format_html, format_html_join

WIDTH = 400
ROW = 50
LABEL_BASELINE = 17
BAR_TOP = 24
BAR_HEIGHT = 16
FONT_SIZE = 16
# Room right of the longest bar for its figure, from an average glyph width, at most half.
GLYPH_WIDTH = 0.6
BAR_COLOUR = "#1f5f99"
TEXT_COLOUR = "#212529"


def bar_chart(bars, *, chart_id, title, description=""):
    """A horizontal bar chart: one bar per (label, value, value_text), on one scale.

    `chart_id` prefixes the ids of the title and description, so it must be unique on the page.
    Returns an empty string when there is nothing to draw.
    """
    bars = [(str(label), max(float(value or 0), 0.0), str(text)) for label, value, text in bars]
    if not bars:
        return ""
    largest = max(value for _, value, _ in bars) or 1.0
    longest_text = max(len(text) for _, _, text in bars)
    value_room = min(longest_text * FONT_SIZE * GLYPH_WIDTH + 10, WIDTH / 2)
    scale = (WIDTH - value_room) / largest
    height = ROW * len(bars)
    # Only the label and the figure's text are the page's words to escape: the numbers are
    # written into each row's markup as they are worked out.
    rows = []
    for i, (label, value, text) in enumerate(bars):
        top = i * ROW
        width = value * scale
        rows.append(
            format_html(
                f'<text x="0" y="{top + LABEL_BASELINE}">{{}}</text>'
                f'<rect x="0" y="{top + BAR_TOP}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'rx="2" fill="{BAR_COLOUR}"></rect>'
                f'<text x="{width + 6:.1f}" y="{top + BAR_TOP + BAR_HEIGHT - 3}">{{}}</text>',
                label,
                text,
            )
        )
    body = format_html_join("", "{}", ((row,) for row in rows))
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        'aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {w} {h}" '
        'width="{w}" height="{h}" font-family="system-ui, sans-serif" font-size="{size}">'
        '<title id="{id}-title">{title}</title>'
        '<desc id="{id}-desc">{desc}</desc>'
        '<g fill="{text_colour}">{rows}</g>'
        "</svg>",
        id=chart_id,
        w=WIDTH,
        h=height,
        size=FONT_SIZE,
        title=title,
        desc=description or _describe(bars),
        text_colour=TEXT_COLOUR,
        rows=body,
    )


def _describe(bars):
    return "; ".join(f"{label}: {text}" for label, _, text in bars) + "."
