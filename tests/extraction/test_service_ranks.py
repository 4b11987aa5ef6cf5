"""Ranks of the South African and Indian police services, read off the name they stand before;
Indian papers print every word of a rank after the first in lower case.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people

LEAD = "Six people were arrested on Friday.\n\n"


@pytest.mark.parametrize(
    "text, name, rank",
    [
        (
            "Spokesperson Brigadier Lerato Dube said the raid was planned.",
            "Lerato Dube",
            "Brigadier",
        ),
        (
            "The district commissioner, Major General Sipho Ntuli, praised the team.",
            "Sipho Ntuli",
            "Major General",
        ),
        ("Lieutenant Colonel Anele Khoza led the search.", "Anele Khoza", "Lieutenant Colonel"),
        ("Warrant Officer Pieter Botha arrested the driver.", "Pieter Botha", "Warrant Officer"),
        (
            "Lt Gen Themba Zulu said the arrests were a warning.",
            "Themba Zulu",
            "Lieutenant General",
        ),
        ("Sub-Inspector Arjun Rao seized the phones.", "Arjun Rao", "Sub-Inspector"),
        (
            "Assistant Sub-Inspector Meena Patil made the arrest.",
            "Meena Patil",
            "Assistant Sub-Inspector",
        ),
        ("Head Constable Ravi Pawar found the packets.", "Ravi Pawar", "Head Constable"),
        ("Senior inspector Kavita Joshi led the raid.", "Kavita Joshi", "Senior Inspector"),
        (
            "Assistant police inspector Nikhil Rane filed the report.",
            "Nikhil Rane",
            "Assistant Police Inspector",
        ),
        (
            "Deputy commissioner of police (Zone IV) Anil Deshmukh spoke to reporters.",
            "Anil Deshmukh",
            "Deputy Commissioner of Police",
        ),
        (
            "Superintendent of Police Farah Qureshi confirmed it.",
            "Farah Qureshi",
            "Superintendent of Police",
        ),
        (
            "ACP Sunil Kale said the gang had fled.",
            "Sunil Kale",
            "Assistant Commissioner of Police",
        ),
    ],
)
def test_rank_of_another_service_is_read_and_left_out_of_the_name(text, name, rank):
    found = people(LEAD + text)
    assert name in found
    assert found[name].rank_or_title == rank


def test_a_description_in_lower_case_is_not_a_rank():
    found = people(LEAD + "Police officer Jo Brandreth, 34, was hurt in the raid.")
    assert found["Jo Brandreth"].rank_or_title is None
