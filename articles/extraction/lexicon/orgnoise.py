"""Words printed next to an organisation's name that are not part of it: the sentence's words
before it, the clause's words before a lower-case unit, and the endings of names that are no
body's (laws, orders, gangs)."""

from articles.extraction.lexicon.words import wordset

# Lower-case words that end a sentence's clause, not describe the unit after them: "told
# the Courier that a team" is no team of the Courier's.
NOT_UNIT_DESCRIBERS = wordset(
    """
    that which who whom whose a an the this these those his her their its our your and or but
    as at by for from in into of on to with when while where said says told was were is are
    """
)

# The last words of a name that a text gives initials to but that is no organisation's:
# "Automatic Number Plate Recognition (ANPR)", "Serious Crime Prevention Order (SCPO)",
# "Organised Crime Group (OCG)" (a gang).
NOT_ORGANISATION_ENDINGS = wordset(
    """
    Act Acts Order Orders Notice Notices Recognition Television Video Camera Cameras Disorder
    Syndrome Arrangements Payment Scheme Schemes Programme Program Plan Strategy Regulations
    Regulation Rules Warrant Warrants Test Tests System Systems Protocol Certificate Licence
    License Bill Code Agreement Understanding Device Devices Vehicle Vehicles Weapon Weapons
    Offence Offences Offense Offenses Group Groups Gang Gangs Lines Line Powers Rights
    Report Review Survey Index Number Card Account Zone Benefit Benefits Allowance Assessment
    Rate Rates Data Database Drug Drugs Substance Substances Disease Virus Syndrome Award
    Charge Charges Tax Credit Loan Fund Grant Injunction Bail Sentence Penalty Fine Fines
    """
)

# Capitalised words that start a sentence or a heading and are never the start of a name.
LEADING_NOISE = wordset(
    """
    The A An This That These Those It Its He She They We I If When While After Before During
    Since Until As At By For From In Into Of On To With Without About Over Under Following
    Officers Police Call Contact Ring Leading Speaking Meanwhile However Yesterday Today
    Earlier Later Last Both All Some Many Several Other Another Each Every Extra Specialist
    Local Residents Anyone People Detectives Members And But Or So Then Also Now Once Where
    Minister Councillor Cllr Mayor Judge Recorder Mr Mrs Ms Miss Dr
    Leader Chair Chairman Chairwoman Spokesman Spokeswoman Spokesperson
    Chief Inspector Superintendent Sergeant Constable Commissioner Commander Detective Det
    Insp Supt Sgt PC DC DS DI DCI DCS ACC DCC Officer
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Former Head
    Assistant Deputy Acting Executive Operatives Agents Investigators Troopers Deputies Personnel
    """
)
# Of those, the ones that may also begin a name mid-sentence ("the Specialist Fraud Unit"):
# left out only where a sentence starts with them.
NOISE_AT_SENTENCE_START = wordset(
    """
    Officers Police Leading Extra Specialist Local Residents People Detectives Members Both All
    Some Many Several Other Another Each Every
    """
)
