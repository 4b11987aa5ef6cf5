"""What extraction finds: quotes and their speakers, people, organisations, operations, results.

The seed articles are read from fixtures/sources; every other text here is written for the test.
"""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.extraction import extract, to_eval_dict

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def quotes(text):
    return [(q.speaker, q.span.text, q.paragraphs) for q in extract(text).quotes]


def speakers(text):
    return [q.speaker for q in extract(text).quotes]


def people(text):
    return {p.name: p for p in extract(text).people}


def outcomes(text):
    return [(o.metric, o.value, o.qualifier) for o in extract(text).outcomes]


def operations(text):
    return [op.name for op in extract(text).operations]


def organisations(text):
    return {o.name: o.kind for o in extract(text).organisations}


# --- the seeds -----------------------------------------------------------------------------


def test_seed_raids_quote_is_one_seven_paragraph_quote_by_the_commander(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    [quote] = found.quotes
    assert quote.speaker == "Simon Anslow"
    assert quote.paragraphs == 7
    assert quote.span.text.startswith('"On July 22 following the success of operation Erasure')
    assert quote.span.text.endswith('0800 555111."')
    assert quote.attribution.text == (
        "Chief Inspector Simon Anslow, the Southend district commander said:"
    )
    assert quote.operations == ("Operation Erasure", "Operation Booth")


def test_seed_raids_people_operations_and_organisations(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    [anslow] = found.people
    assert (anslow.name, anslow.rank_or_title, anslow.rank_as_printed) == (
        "Simon Anslow",
        "Chief Inspector",
        "Chief Inspector",
    )
    assert anslow.role == "Southend district commander"
    assert anslow.organisation == "Essex Police"
    assert anslow.kind == "official"
    assert [(op.name, [m.text for m in op.mentions]) for op in found.operations] == [
        ("Operation Erasure", ["operation Erasure"]),
        ("Operation Booth", ["Op Booth"]),
    ]
    assert {o.name for o in found.organisations} == {
        "Essex Police",
        "Southend Police Tactical Team",
        "Crimestoppers",
    }


def test_seed_raids_figure_in_headline_and_body_is_one_fact(seed_texts):
    found = extract(seed_texts[SEED_RAIDS])
    assert [(o.metric, o.value, o.qualifier, o.span.text) for o in found.outcomes] == [
        ("arrests", 70, "more than", "More than 70 people have been arrested"),
        ("raids", 2, None, "two raids"),
    ]


def test_seed_clipping_quotes_and_speakers(seed_texts):
    found = extract(seed_texts[SEED_CLIPPING])
    assert [(q.speaker, q.paragraphs) for q in found.quotes] == [
        ("Lewis Basford", 2),
        ("Lewis Basford", 3),
        ("Tony Cox", 3),
    ]
    first = found.quotes[0].span.text
    assert first.startswith("“What we are doing is working ‘top-down’")
    assert all("model of drug dealing" not in q.span.text for q in found.quotes)
    assert all(q.span.text != "“Max”" for q in found.quotes)


def test_seed_clipping_people_with_ranks_roles_and_kinds(seed_texts):
    found = {p.name: p for p in extract(seed_texts[SEED_CLIPPING]).people}
    assert set(found) == {"Lewis Basford", "Tony Cox", "Tyrell Thompson", "Lee Chapman"}
    basford = found["Lewis Basford"]
    assert basford.rank_or_title == "Detective Chief Inspector"
    assert basford.rank_as_printed == "Det Chief Insp"
    assert basford.first.text == "Det Chief Insp Lewis Basford"
    assert found["Tony Cox"].role == "Tory leader of the opposition"
    assert found["Tony Cox"].organisation == "Southend Council"
    assert found["Tony Cox"].kind == "elected_official"
    assert found["Tyrell Thompson"].kind == "defendant"
    assert found["Lee Chapman"].kind == "victim"
    assert [m.text for m in found["Tyrell Thompson"].mentions] == [
        "Tyrell Thompson",
        "Thompson",
        "Thompson",
    ]


def test_seed_clipping_results(seed_texts):
    found = extract(seed_texts[SEED_CLIPPING])
    assert [(o.metric, o.value, o.value_max, o.qualifier) for o in found.outcomes] == [
        ("drug lines seized", 141, None, None),
        ("arrests", 344, None, None),
        ("charges", 212, None, None),
        ("county lines operations reduced", 34, None, None),
        ("sentence", 36, None, "more than"),
        ("sentence", 15, 18, None),
        ("sentence", None, None, "life"),
    ]
    life = found.outcomes[-1]
    assert life.span.text == "jailed for life"
    assert life.person == "Tyrell Thompson"
    assert found.outcomes[5].period == "15 to 18 months"


def test_seed_clipping_has_no_operations(seed_texts):
    assert extract(seed_texts[SEED_CLIPPING]).operations == ()


# --- quotes --------------------------------------------------------------------------------


def test_straight_and_curly_double_quotes():
    assert quotes('Det Insp Ann Lee said: "We will not stop."') == [
        ("Ann Lee", '"We will not stop."', 1)
    ]
    assert quotes("Det Insp Ann Lee said: “We will not stop.”") == [
        ("Ann Lee", "“We will not stop.”", 1)
    ]


def test_single_quote_style_with_apostrophes_inside():
    text = "Sgt Ravi Patel said: ‘We’re not going anywhere, and the dealers’ days are numbered.’"
    [(speaker, quote, _)] = quotes(text)
    assert speaker == "Ravi Patel"
    assert quote.endswith("numbered.’")


def test_each_paragraph_reopens_and_only_the_last_closes():
    text = (
        "Supt Helen Ross said: “The first paragraph.\n\n"
        "“The second paragraph.\n\n"
        "“The third paragraph.”\n\n"
        "Officers then left the scene.\n"
    )
    assert quotes(text) == [
        ("Helen Ross", text[text.index("“The first") : text.index("\n\nOff")], 3)
    ]


def test_each_paragraph_closes_and_reopens():
    text = (
        'Supt Helen Ross said: "The first paragraph."\n\n'
        '"The second paragraph."\n\n'
        "Officers then left the scene.\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Helen Ross", 2)]


def test_a_paragraph_missing_its_opening_mark_continues_the_quote():
    text = (
        "Insp Dan Cole said: “We searched the flat.\n\n"
        "We found nothing else.”\n\n"
        "The flat has since been boarded up.\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Dan Cole", 2)]


def test_a_quote_interrupted_by_its_attribution_is_one_quote():
    text = '"This was a ruthless gang," said Det Supt Jane Holt. "They preyed on children."'
    [(speaker, quote, paragraphs)] = quotes(text)
    assert speaker == "Jane Holt"
    assert quote == text
    assert paragraphs == 1


def test_a_narration_paragraph_between_quoted_passages_starts_a_new_quote():
    text = (
        '"The first passage," Insp Mark Ellis said.\n\n'
        "Officers seized two cars during the operation.\n\n"
        '"The second passage," Insp Ellis added.\n'
    )
    assert [(s, q) for s, q, _ in quotes(text)] == [
        ("Mark Ellis", '"The first passage,"'),
        ("Mark Ellis", '"The second passage,"'),
    ]


def test_partial_quote_inside_narration_counts():
    text = 'Residents called the change a "remarkable turnaround" in letters to the council.'
    assert quotes(text) == [(None, '"remarkable turnaround"', 1)]


def test_a_reported_phrase_that_ends_the_sentence_is_a_partial_quote():
    text = "Judge Ann Pryce said Cole had shown “no remorse whatsoever”."
    assert quotes(text) == [("Ann Pryce", "“no remorse whatsoever”", 1)]


def test_the_subject_of_a_passive_is_not_the_speaker():
    text = 'Kieran Lowe, 31, was described in court as the "head" of the gang.'
    assert quotes(text) == [(None, '"head"', 1)]


def test_scare_quotes_and_quoted_names_are_not_quotes():
    text = (
        "The gang ran the “Bravo” line and used a ‘cuckooing’ model.\n\n"
        "Officers called it a 'top-down' approach to policing.\n"
    )
    assert quotes(text) == []


def test_a_phrase_praised_in_marks_before_the_noun_it_describes_is_a_partial_quote():
    text = "Chief Constable Ian Sall praised the ‘patient and often thankless’ work of the team."
    assert quotes(text) == [("Ian Sall", "‘patient and often thankless’", 1)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Insp Gail Moss said patrols would go on and asked drivers to report “anything out "
            "of the ordinary” to officers.",
            "“anything out of the ordinary”",
        ),
        (
            "Cllr Omar Haq said the figures proved how much “patient neighbourhood policing” "
            "can deliver.",
            "“patient neighbourhood policing”",
        ),
    ],
)
def test_a_reported_phrase_of_several_words_mid_sentence_is_a_partial_quote(text, phrase):
    [(_speaker, quote, _)] = quotes(text)
    assert quote == phrase


def test_so_called_terms_and_single_words_in_marks_are_not_quotes():
    text = (
        "Two teenagers – the so-called ‘runners’ – were moved to a place of safety.\n\n"
        "Police said the raid had been a “success”.\n"
    )
    assert quotes(text) == []


def test_a_phrase_the_writer_gives_its_own_determiner_is_a_term():
    text = "Det Insp Ruth Kell said the dealers ran a “hub and spoke model” which moved stock fast."
    assert quotes(text) == []


def test_a_quoted_crosshead_is_not_a_quote():
    text = (
        "Officers raided the flat at dawn.\n\n"
        "“A knock at the door”\n\n"
        "Residents said they were relieved.\n"
    )
    assert quotes(text) == []


def test_headline_quotes_are_not_quotes():
    text = "'We will find you', police warn dealers\n\nOfficers made 12 arrests on Friday.\n"
    assert quotes(text) == []


def test_an_unclosed_quote_stops_at_its_paragraph():
    text = (
        'Insp Joe Hart said: "We will keep going\n\n'
        "Officers seized two cars.\n\n"
        "The cars were taken away.\n"
    )
    [(speaker, quote, paragraphs)] = quotes(text)
    assert speaker == "Joe Hart"
    assert quote == '"We will keep going'
    assert paragraphs == 1


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "“",
        "’’’’",
        "He said: ‘unclosed\n\nand “more\n\n” closing only",
        '"a" "b" "c" "',
        "It’s the officers’ view that ‘x",
    ],
)
def test_odd_quote_marks_never_crash_or_swallow_the_article(text):
    found = extract(text)
    for quote in found.quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text
        assert "\n\n" not in quote.span.text.strip() or quote.paragraphs > 1


# --- attribution ---------------------------------------------------------------------------


def test_speaker_named_before_the_quote_with_a_role_appositive():
    text = "Chief Inspector Sam Reid, the Harlow district commander, said: “We are here.”"
    assert speakers(text) == ["Sam Reid"]


def test_speaker_named_after_the_quote_either_way_round():
    assert speakers('"We are here," said Det Supt Jane Holt.') == ["Jane Holt"]
    assert speakers('"We are here," Det Insp Kim Boyd said.') == ["Kim Boyd"]


def test_pronoun_attribution_resolves_to_the_most_recent_person_across_paragraphs():
    text = (
        "Det Sgt Oren Price led the raid on the flat.\n\n"
        "Officers found cash in a drawer.\n\n"
        "He added: “It was a good day for the town.”\n"
    )
    assert speakers(text) == ["Oren Price"]


def test_she_continued_after_a_closed_quote():
    text = (
        "Supt Lisa Garvey spoke after the hearing.\n\n"
        "“The sentence reflects the harm,” she continued.\n"
    )
    assert speakers(text) == ["Lisa Garvey"]


def test_role_noun_attribution_resolves_to_the_officer():
    text = (
        "Cllr Nina Shah praised residents. Insp Paul Kerr led the patrols.\n\n"
        "“We listened to people,” the officer explained.\n"
    )
    assert speakers(text) == ["Paul Kerr"]


@pytest.mark.parametrize(
    "verb", ["warned", "explained", "revealed", "admitted", "concluded", "told the Gazette"]
)
def test_speech_verbs_beyond_said(verb):
    assert speakers(f"Det Insp Ann Lee {verb}: “We will be back.”") == ["Ann Lee"]


def test_a_quote_without_a_speaker_stays_unattributed():
    text = "A police spokesperson said: “Enquiries are continuing.”"
    [quote] = extract(text).quotes
    assert quote.speaker is None
    assert quote.attribution.text == "A police spokesperson said:"


def test_she_skips_a_person_the_text_shows_is_a_he():
    text = (
        "Sharon Ellis said her son Jayden had been badly hurt.\n\n"
        "‘He’s lucky to be alive,’ she told the Gazette.\n"
    )
    assert speakers(text) == ["Sharon Ellis"]
    assert people(text)["Jayden"].gender == "m"


def test_a_role_noun_prefers_the_person_who_holds_that_rank():
    text = (
        "Lt. Mark Chen leads the burglary squad. Capt. Rosa Diaz briefed reporters.\n\n"
        "“We knew where to look,” the lieutenant said.\n"
    )
    assert speakers(text) == ["Mark Chen"]


def test_a_verb_of_judging_names_the_speaker_of_a_partial_quote():
    text = (
        "Rev Anne Holt, who runs a night shelter in the town, called the arrests “a welcome "
        "first step” and asked for more patrols."
    )
    assert speakers(text) == ["Anne Holt"]


def test_an_added_tag_before_a_quote_carries_the_same_speakers_quote_on():
    text = (
        "Supt Amy Ford said: “We took the drugs off the street.\n\n"
        "“That was the first step.”\n\n"
        "She added: “The next is to find who supplied them.”\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Amy Ford", 3)]


def test_a_tag_naming_somebody_else_starts_their_own_quote():
    text = (
        "Supt Amy Ford said: “We took the drugs off the street.”\n\n"
        "Insp Tom Hale added: “The next step is to find who supplied them.”\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Amy Ford", 1), ("Tom Hale", 1)]


def test_a_pronoun_with_nobody_before_it_is_not_guessed():
    assert speakers("“We will be back,” he said.") == [None]


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "full"),
    [
        ("PC", "Police Constable"),
        ("DC", "Detective Constable"),
        ("Sgt", "Sergeant"),
        ("DS", "Detective Sergeant"),
        ("Insp", "Inspector"),
        ("DI", "Detective Inspector"),
        ("Chief Insp", "Chief Inspector"),
        ("DCI", "Detective Chief Inspector"),
        ("Det Chief Insp", "Detective Chief Inspector"),
        ("Det Ch Insp", "Detective Chief Inspector"),
        ("Supt", "Superintendent"),
        ("Det Supt", "Detective Superintendent"),
        ("Ch Supt", "Chief Superintendent"),
        ("DCS", "Detective Chief Superintendent"),
        ("ACC", "Assistant Chief Constable"),
        ("DCC", "Deputy Chief Constable"),
        ("Chief Constable", "Chief Constable"),
        ("Commissioner", "Commissioner"),
        ("Temporary Det Insp", "Temporary Detective Inspector"),
        ("Acting Sgt", "Acting Sergeant"),
        ("A/DI", "Acting Detective Inspector"),
        ("T/DCI", "Temporary Detective Chief Inspector"),
        ("Cllr", "Councillor"),
        ("Mayor", "Mayor"),
        ("Judge", "Judge"),
        ("Recorder", "Recorder"),
        ("Sgt.", "Sergeant"),
        ("Lt.", "Lieutenant"),
        ("Capt.", "Captain"),
        ("Sheriff", "Sheriff"),
        ("Detective Senior Constable", "Detective Senior Constable"),
        ("Chief of Police", "Chief of Police"),
        ("Pastor", "Pastor"),
        ("Rev", "Reverend"),
        (
            "Minister for Justice and Corrective Services",
            "Minister for Justice and Corrective Services",
        ),
    ],
)
def test_ranks_and_titles_in_full(printed, full):
    found = people(f"{printed} Jo Brandreth attended the scene in Harlow.")
    assert found["Jo Brandreth"].rank_or_title == full
    assert found["Jo Brandreth"].rank_as_printed == printed


def test_later_mentions_by_surname_and_rank_resolve_to_the_same_person():
    text = (
        "Det Supt Karen Doyle led the inquiry.\n\n"
        "Det Supt Doyle said the gang was dismantled. Doyle thanked the public.\n"
    )
    [doyle] = extract(text).people
    assert [m.text for m in doyle.mentions] == [
        "Det Supt Karen Doyle",
        "Det Supt Doyle",
        "Doyle",
    ]
    assert doyle.first.text == "Det Supt Karen Doyle"


def test_defendants_and_victims_are_people():
    text = (
        "Jason Hurst, 24, of Mill Road, Basildon, was jailed for six years.\n\n"
        "Hurst had attacked Connor Webb outside a pub.\n"
    )
    found = people(text)
    assert found["Jason Hurst"].kind == "defendant"
    assert found["Connor Webb"].kind == "victim"


def test_a_bylined_journalist_is_not_a_person():
    text = (
        "Police seize drugs in Witham\n"
        "By Rachel Moss\n\n"
        "Officers seized drugs in Witham. Insp Tom Wade said the raid went well.\n"
    )
    assert set(people(text)) == {"Tom Wade"}


def test_role_before_the_name_and_civic_titles():
    text = (
        "Police spokesman Dan Cole said officers attended.\n\n"
        "Mayor of London Sadiq Khan backed the operation.\n"
    )
    found = people(text)
    assert found["Dan Cole"].role == "Police spokesman"
    assert found["Sadiq Khan"].rank_or_title == "Mayor of London"
    assert found["Sadiq Khan"].kind == "elected_official"


# --- organisations -------------------------------------------------------------------------


def test_forces_units_councils_courts_and_charities():
    text = (
        "Officers from Kent Police's Serious Organised Crime Unit raided the flat.\n\n"
        "He appeared at Maidstone Crown Court and later at Medway Magistrates’ Court.\n\n"
        "Medway Council and Crimestoppers welcomed the arrests.\n"
    )
    assert organisations(text) == {
        "Kent Police": "police_force",
        "Serious Organised Crime Unit": "police_unit",
        "Maidstone Crown Court": "court",
        "Medway Magistrates’ Court": "court",
        "Medway Council": "council",
        "Crimestoppers": "charity",
    }


def test_the_met_and_scotland_yard_are_the_metropolitan_police():
    text = "The Met said the raids were planned. Scotland Yard later confirmed two arrests."
    [met] = extract(text).organisations
    assert met.name == "Metropolitan Police"
    assert [m.text for m in met.mentions] == ["Met", "Scotland Yard"]


def test_a_unit_named_with_its_force_keeps_the_force_as_parent():
    text = "Detectives from the Tasmania Police Force Serious Crime Command's Fraud Squad acted."
    found = {o.name: o for o in extract(text).organisations}
    assert found["Serious Crime Command"].parent == "Tasmania Police Force"
    assert found["Fraud Squad"].parent == "Serious Crime Command"


def test_a_name_word_that_opens_sentences_stays_in_a_name_mid_sentence():
    text = (
        "Specialist officers searched the house. Det Sgt Kay Bell, of the Specialist Fraud "
        "Unit, led them."
    )
    assert organisations(text) == {"Specialist Fraud Unit": "police_unit"}


def test_a_place_that_owns_a_unit_is_not_part_of_its_name():
    text = "Det Insp Lee Park, of Bristol’s Major Crime Unit, led the raid."
    assert organisations(text) == {"Major Crime Unit": "police_unit"}


def test_task_forces_and_crime_stoppers():
    text = "The Border Smuggling Task Force thanked callers to Crime Stoppers for their help."
    assert organisations(text) == {
        "Border Smuggling Task Force": "police_unit",
        "Crime Stoppers": "charity",
    }


def test_the_last_of_a_list_of_places_is_not_a_person():
    text = "Officers raided homes in Redcliffe, Hartley and Sandy Bay on Tuesday."
    assert people(text) == {}


def test_a_lone_police_is_not_an_organisation():
    assert organisations("I know that the Police need help. Police in Essex agree.") == {}


# --- operations ----------------------------------------------------------------------------


def test_every_way_of_naming_an_operation():
    text = (
        "Operation Sceptre began in May. Officers on Op Sceptre made arrests.\n\n"
        "The work followed operation Viper and an inquiry codenamed Operation Trident.\n\n"
        "Strike Force Kestrel was set up in June, alongside Project Lantern.\n\n"
        "The crackdown, known as ‘Nightfall’, continues.\n"
    )
    assert operations(text) == [
        "Operation Sceptre",
        "Operation Viper",
        "Operation Trident",
        "Strike Force Kestrel",
        "Project Lantern",
        "Nightfall",
    ]
    sceptre = extract(text).operations[0]
    assert [m.text for m in sceptre.mentions] == ["Operation Sceptre", "Op Sceptre"]
    assert sceptre.aliases == ("Operation Sceptre", "Op Sceptre")


def test_a_codename_named_again_without_its_marks_is_the_same_operation():
    text = (
        "The crackdown, known as ‘Nightfall’, began in May.\n\n"
        "Since Nightfall began, 30 people have been arrested.\n"
    )
    [op] = extract(text).operations
    assert [m.text for m in op.mentions] == ["Nightfall", "Nightfall"]


def test_unnamed_crackdowns_and_weeks_of_action_are_not_operations():
    text = (
        "A police operation targeted dealers during a national week of action.\n\n"
        "County lines operations are common, the operation lead said.\n"
    )
    assert operations(text) == []


def test_a_quote_speaks_about_operations_named_in_its_paragraph():
    text = "DS Ama Boateng, of Op Falcon, said: “Dealers will find no hiding place here.”"
    [quote] = extract(text).quotes
    assert quote.operations == ("Operation Falcon",)


# --- outcomes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sixty people were arrested.", ("arrests", 60, None)),
        ("Police seized two dozen knives.", ("knives seized", 24, None)),
        ("Twenty-seven people were charged.", ("people charged", 27, None)),
        ("Officers made 1,204 arrests.", ("arrests", 1204, None)),
        ("They found 2.5kg of cocaine.", ("cocaine seized (kg)", 2.5, None)),
        ("Drugs worth £8million were seized.", ("drugs seized (value)", 8000000, None)),
        ("Officers seized £12,500 in cash.", ("cash seized", 12500, None)),
        ("Burglary has fallen by 14 per cent.", ("burglary reduction (%)", 14, None)),
        ("More than 70 people were arrested.", ("arrests", 70, "more than")),
        ("Over 40 raids took place.", ("raids", 40, "more than")),
        ("In excess of 500 plants were found.", ("cannabis plants seized", 500, "more than")),
        ("About 30 warrants were executed.", ("warrants executed", 30, "about")),
        ("Around 15 people were searched.", ("people searched", 15, "about")),
        ("Almost 90 phones were recovered.", ("phones seized", 90, "about")),
        ("Nearly 200 arrests followed.", ("arrests", 200, "about")),
        ("Up to 12 addresses were raided.", ("addresses raided", 12, "up to")),
        ("Less than 20 people were charged.", ("people charged", 20, "less than")),
        ("Under 10 firearms were seized.", ("firearms seized", 10, "less than")),
        ("Police received more than 250 calls.", ("calls received", 250, "more than")),
        ("The heroin seized would have made up to 9,000 doses.", ("doses seized", 9000, "up to")),
        ("Twelve families have been rehoused.", ("families relocated", 12, None)),
        ("Seventy illegal guns were taken off the streets.", ("firearms seized", 70, None)),
        ("Forty suspected dealers were arrested.", ("arrests", 40, None)),
    ],
)
def test_figures_with_metric_and_qualifier(text, expected):
    assert outcomes(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives recovered six crossbows.", ("crossbows seized", 6, None)),
        ("Eight balaclavas were found in the loft.", ("balaclavas seized", 8, None)),
        (
            "Officers seized £900, a scale and two tablet presses.",
            ("tablet presses seized", 2, None),
        ),
    ],
)
def test_things_the_lexicon_does_not_list_count_where_a_verb_seizes_them(text, expected):
    assert expected in outcomes(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was found guilty of three counts of supplying drugs.",
        "The gang made 40 trips to the coast, police found.",
        "Officers found 30 litres of fertiliser.",
        "He had been stopped by police on three occasions.",
    ],
)
def test_figures_that_no_verb_of_seizing_governs_are_not_seizures(text):
    assert outcomes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven members of a network that supplied cocaine across the county have been jailed.",
            ("people jailed", 7, "Seven members"),
        ),
        (
            "Three men – Al Reid, 40, of Leeds, and Tom Bell, 35, of York – have been charged.",
            ("people charged", 3, "Three men"),
        ),
        (
            "Two women found working in the salon were moved to a place of safety.",
            ("people safeguarded", 2, "Two women"),
        ),
    ],
)
def test_a_group_described_at_length_is_counted_by_its_clause_verb(text, expected):
    assert [(o.metric, o.value, o.span.text) for o in extract(text).outcomes] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A further four were released under investigation.", "released under investigation"),
        ("Three were released on bail.", "released on bail"),
        ("Three were bailed.", "released on bail"),
        ("Two were released without charge.", "released without charge"),
    ],
)
def test_people_released_are_counted_by_how_they_were_released(text, expected):
    [(metric, _value, _qualifier)] = outcomes(text)
    assert metric == expected


def test_things_returned_after_a_partitive():
    assert outcomes("Nine of the stolen bikes have since been returned.") == [
        ("bikes returned", 9, None)
    ]


def test_force_used_on_a_number_of_occasions_counts_what_was_used():
    [found] = extract("Officers drew Tasers on 12 occasions during the year.").outcomes
    assert (found.metric, found.value, found.span.text) == ("tasers", 12, "on 12 occasions")


@pytest.mark.parametrize(
    ("text", "months", "qualifier"),
    [
        ("Smith was jailed for three years.", 36, None),
        ("Smith was jailed for five years and eight months.", 68, None),
        ("Smith was jailed for two and a half years.", 30, None),
        ("Smith was sentenced to 18 months.", 18, None),
        ("Smith was jailed for life.", None, "life"),
    ],
)
def test_prison_terms_in_months(text, months, qualifier):
    [found] = extract(text).outcomes
    assert (found.metric, found.value, found.qualifier) == ("sentence", months, qualifier)


def test_a_range_whose_ends_carry_their_own_units():
    [found] = extract("The others were jailed for between 30 months and six years.").outcomes
    assert (found.value, found.value_max) == (30, 72)


def test_a_counted_thing_followed_by_where_it_was():
    assert outcomes("Police found almost 800 plants inside a disused garage.") == [
        ("cannabis plants seized", 800, "about")
    ]


def test_an_estimated_street_value_is_about_that_much():
    assert outcomes("The heroin had an estimated street value of £90,000.") == [
        ("heroin seized (value)", 90000, "about")
    ]


def test_a_count_after_a_partitive_counts_people():
    assert outcomes("Of those arrested, 41 have been charged and 17 are on bail.") == [
        ("people charged", 41, None)
    ]


def test_a_place_named_in_a_force_is_not_a_surname():
    text = "Kent Police said so. Sgt Amy Ross told BBC Radio Kent the work was relentless."
    assert set(people(text)) == {"Amy Ross"}


@pytest.mark.parametrize(
    "text",
    [
        "Officers have arrested 19 suspected shoplifters in a fortnight.",
        "Nineteen shoplifters were arrested in a fortnight.",
    ],
)
def test_arrests_of_whoever_they_are(text):
    assert outcomes(text) == [("arrests", 19, None)]


def test_goods_worth_a_sum_are_property_not_drugs():
    assert outcomes("Officers recovered goods worth more than £6,000.") == [
        ("property recovered (value)", 6000, "more than")
    ]


def test_a_range_gives_value_and_value_max():
    [found] = extract("Sentences were between 15 and 18 months in prison.").outcomes
    assert (found.value, found.value_max, found.unit) == (15, 18, "months")


def test_dates_times_ages_and_phone_numbers_are_not_results():
    text = (
        "On 22 September 2014 at 9.30am, Kyle Dunn, 24, of 10 Station Road was held. "
        "Call 101 or 0800 555 111, quoting 17-year-old suspect reference 4512."
    )
    assert extract(text).outcomes == ()


def test_a_result_links_to_the_operation_and_organisation_its_sentence_names():
    text = "Essex Police made 40 arrests under Operation Tamarisk."
    [found] = extract(text).outcomes
    assert (found.operation, found.organisation) == ("Operation Tamarisk", "Essex Police")


def test_a_prison_term_names_the_person_sentenced():
    text = "Kevin Shaw, 30, was jailed for four years. His brother Liam Shaw was cleared."
    [found] = extract(text).outcomes
    assert found.person == "Kevin Shaw"


# --- eval format and the command -----------------------------------------------------------


def test_eval_dict_has_the_readme_shape(seed_texts):
    entry = to_eval_dict(extract(seed_texts[SEED_RAIDS]), SEED_RAIDS)
    assert entry["source"] == SEED_RAIDS
    assert entry["published"] == "2014-09-22T13:03"
    assert entry["updated"] == "2014-09-22T13:06"
    assert entry["organisations"][0].keys() == {"name"}
    assert entry["operations"][0]["mentions"][0].keys() == {"text", "start", "end"}
    assert entry["quotes"][0].keys() >= {"speaker", "text", "start", "end", "paragraphs"}
    assert entry["outcomes"][0].keys() >= {"metric", "value", "qualifier", "text", "start"}


def test_eval_dict_prints_a_date_alone_when_no_time_is_printed():
    entry = to_eval_dict(extract("Police raid\n27th Sep 2023\n\nOfficers raided a flat."), "x")
    assert entry["published"] == "2023-09-27"


def test_extract_command_prints_eval_json_for_a_directory(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("Raid\n\nOfficers made 12 arrests.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Raid\n\nOfficers made 3 arrests.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    call_command("extract", "--json", str(tmp_path))
    data = json.loads(capsys.readouterr().out)
    assert [a["source"] for a in data["articles"]] == ["a.txt", "b.txt"]
    assert data["articles"][1]["outcomes"][0]["value"] == 12


def test_extract_command_summary_lists_what_an_import_would_create(seed_texts, tmp_path, capsys):
    (tmp_path / SEED_RAIDS).write_text(seed_texts[SEED_RAIDS], encoding="utf-8")
    call_command("extract", str(tmp_path / SEED_RAIDS))
    out = capsys.readouterr().out
    assert "Simon Anslow: “On July 22" in out
    assert "Operation Erasure" in out
    assert "Essex Police (police force)" in out
    assert "arrests: more than 70" in out


def test_extract_command_names_a_file_that_is_not_utf8(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Police raid\n\xff\xfe")
    with pytest.raises(CommandError, match=r"bad\.txt is not UTF-8: byte 0xff at byte offset 12"):
        call_command("extract", str(bad))


def test_extract_command_names_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="missing.txt does not exist"):
        call_command("extract", str(tmp_path / "missing.txt"))


def test_extract_command_refuses_a_directory_without_articles(tmp_path):
    with pytest.raises(CommandError, match="No .txt files found"):
        call_command("extract", str(tmp_path))
