"""Outcome charts drawn on the server as SVG."""

import re
import xml.etree.ElementTree as ET

from casefiles.charts import bar_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg):
    return ET.fromstring(str(svg))


def test_chart_is_an_image_named_by_its_title_and_description():
    svg = parse(bar_chart([("arrests", 70, "70")], chart_id="c", title="Outcomes"))
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c-title c-desc"
    assert svg.find(f"{SVG}title").get("id") == "c-title"
    assert svg.find(f"{SVG}title").text == "Outcomes"
    assert svg.find(f"{SVG}desc").text == "arrests: 70."


def test_bars_are_drawn_to_one_scale():
    svg = parse(
        bar_chart([("arrests", 100, "100"), ("charges", 25, "25")], chart_id="c", title="t")
    )
    widths = [float(rect.get("width")) for rect in svg.iter(f"{SVG}rect")]
    assert widths[0] == 4 * widths[1]


def test_labels_and_figures_are_escaped():
    svg = bar_chart(
        [("<script>alert(1)</script>", 3, "more than 3 & counting")],
        chart_id="c",
        title="</svg><b>",
    )
    assert "<script>" not in svg and "<b>" not in svg
    texts = [t.text for t in parse(svg).iter(f"{SVG}text")]
    assert texts == ["<script>alert(1)</script>", "more than 3 & counting"]


def test_no_figures_draw_no_chart():
    assert bar_chart([], chart_id="c", title="Nothing") == ""


def test_zero_and_missing_values_draw_empty_bars():
    svg = parse(bar_chart([("a", 0, "0"), ("b", None, "life")], chart_id="c", title="t"))
    assert [rect.get("width") for rect in svg.iter(f"{SVG}rect")] == ["0.0", "0.0"]


def test_height_grows_with_the_number_of_bars():
    one = bar_chart([("a", 1, "1")], chart_id="c", title="t")
    three = bar_chart([("a", 1, "1"), ("b", 2, "2"), ("c", 3, "3")], chart_id="c", title="t")
    height = re.compile(r'viewBox="0 0 \d+ (\d+)"')
    assert int(height.search(three).group(1)) == 3 * int(height.search(one).group(1))
