"""Other countries' agencies named by their initials alone, and countries' services named in
lower case after the country's adjective.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations, speakers


@pytest.mark.parametrize(
    "text, name",
    [
        ("The suspects sold to dealers, our partners in the PNP said.", "PNP"),
        (
            "Officers of the Philippine National Police (PNP) joined. The PNP said it would act.",
            "Philippine National Police",
        ),
        (
            "PDEA agents seized the drugs. The Philippine Drug Enforcement Agency thanked them.",
            "Philippine Drug Enforcement Agency",
        ),
        ("The JCF said two men were held in the raid on Friday.", "JCF"),
        ("NDLEA operatives intercepted the parcel at the airport.", "NDLEA"),
    ],
)
def test_agency_initials_filed_under_the_name_the_article_prints(text, name):
    assert name in organisations(text)
    assert len(organisations(text)) == 1


def test_agency_initials_only_in_capitals():
    assert not organisations("Cook the saps slowly, the chef said.")


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Colombian navy said it had destroyed the depots.", "Colombian navy"),
        ("Agents said the Colombian navy had seized two boats.", "Colombian navy"),
        ("The Peruvian army joined the search on Sunday.", "Peruvian army"),
        ("The Mexican coast guard found the boat adrift.", "Mexican coast guard"),
        ("Kenyan police said two men were held.", "Kenyan police"),
        ("The Philippine navy intercepted the vessel off Cebu.", "Philippine navy"),
    ],
)
def test_a_countrys_service_in_lower_case(text, name):
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Crime fell last year.\n\nJo Hale, who runs a shop on the High Street, put it "
            'better than I can when I visited her.\n\n"For two years I felt invisible."',
            "Jo Hale",
        ),
        ('Crime fell.\n\nAs Sam Reed put it: "Nobody listened."', "Sam Reed"),
        ('Sam Reed put it in the bin.\n\n"Nobody listened," said Jo Hale.', "Jo Hale"),
    ],
)
def test_who_put_it(text, speaker):
    assert speakers(text) == [speaker]
