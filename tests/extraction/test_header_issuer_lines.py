"""An agency office's name printed above a press release's headline."""

import pytest

from articles.extraction.headers import parse_source

BODY = "ELMFORD—Four people were charged on Tuesday, officials said.\n\nAll four deny it.\n"


@pytest.mark.parametrize("issuer", ["FBI Elmford", "DEA Brackton Division", "Wessex Police"])
@pytest.mark.parametrize("label", ["For Immediate Release", "PRESS RELEASE", "News Release"])
def test_an_issuer_line_above_the_headline_and_a_release_label_is_not_the_headline(issuer, label):
    text = f"{issuer}\n\nFour Charged as Drug Ring Broken Up\n\n{label}\nMay 4, 2026\n\n{BODY}"
    source = parse_source(text)
    assert source.headline == "Four Charged as Drug Ring Broken Up"
    assert source.published.date().isoformat() == "2026-05-04"


def test_a_headline_above_a_release_label_alone_stays_the_headline():
    text = f"Four Charged as Drug Ring Broken Up\n\nFor Immediate Release\nMay 4, 2026\n\n{BODY}"
    assert parse_source(text).headline == "Four Charged as Drug Ring Broken Up"
