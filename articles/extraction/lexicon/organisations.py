"""Organisation names: the words that end them, and the names the press uses for a few."""

from articles.extraction.lexicon.words import wordset

# Nicknames and short forms, lower-cased, with the name we file them under.
ALIASES = {
    "the met": ("Metropolitan Police", "police_force"),
    "met": ("Metropolitan Police", "police_force"),
    "met police": ("Metropolitan Police", "police_force"),
    "metropolitan police": ("Metropolitan Police", "police_force"),
    "metropolitan police service": ("Metropolitan Police", "police_force"),
    "scotland yard": ("Metropolitan Police", "police_force"),
    "new scotland yard": ("Metropolitan Police", "police_force"),
    "police scotland": ("Police Scotland", "police_force"),
    "psni": ("Police Service of Northern Ireland", "police_force"),
    "police service of northern ireland": ("Police Service of Northern Ireland", "police_force"),
    "btp": ("British Transport Police", "police_force"),
    "nypd": ("New York Police Department", "police_force"),
    "lapd": ("Los Angeles Police Department", "police_force"),
    "afp": ("Australian Federal Police", "police_force"),
    "rcmp": ("Royal Canadian Mounted Police", "police_force"),
    "fbi": ("FBI", "government"),
    "dea": ("Drug Enforcement Administration", "government"),
    "nca": ("National Crime Agency", "government"),
    "national crime agency": ("National Crime Agency", "government"),
    "cps": ("Crown Prosecution Service", "government"),
    "crown prosecution service": ("Crown Prosecution Service", "government"),
    "home office": ("Home Office", "government"),
    "ministry of justice": ("Ministry of Justice", "government"),
    "border force": ("Border Force", "government"),
    "hmrc": ("HMRC", "government"),
    "iopc": ("Independent Office for Police Conduct", "government"),
    "independent office for police conduct": (
        "Independent Office for Police Conduct",
        "government",
    ),
    "interpol": ("Interpol", "other"),
    "europol": ("Europol", "other"),
    "action fraud": ("Action Fraud", "other"),
    "old bailey": ("Old Bailey", "court"),
    "central criminal court": ("Old Bailey", "court"),
    "court of appeal": ("Court of Appeal", "court"),
    "high court": ("High Court", "court"),
    "supreme court": ("Supreme Court", "court"),
    "crimestoppers": ("Crimestoppers", "charity"),
    "crime stoppers": ("Crime Stoppers", "charity"),
    "fearless": ("Fearless", "charity"),
    "nspcc": ("NSPCC", "charity"),
    "barnardo’s": ("Barnardo’s", "charity"),
    "barnardo's": ("Barnardo's", "charity"),
    "victim support": ("Victim Support", "charity"),
    "childline": ("Childline", "charity"),
    "samaritans": ("Samaritans", "charity"),
    "catch22": ("Catch22", "charity"),
    "neighbourhood watch": ("Neighbourhood Watch", "charity"),
    "the children’s society": ("The Children’s Society", "charity"),
    "the children's society": ("The Children's Society", "charity"),
    "children’s society": ("The Children’s Society", "charity"),
    "children's society": ("The Children's Society", "charity"),
}
# The ones that can be found by their printed form alone, longest first.
ALIAS_PATTERNS = sorted(ALIASES, key=len, reverse=True)

FORCE_ENDINGS = ("Police", "Constabulary")
FORCE_SUFFIXES = ("Force", "Service", "Department")  # after "Police"
UNIT_HEADS = frozenset(
    {
        "Unit",
        "Team",
        "Squad",
        "Command",
        "Taskforce",
        "Branch",
        "Division",
        "Bureau",
        "Directorate",
        "Hub",
        "Partnership",
        "CID",
    }
)
COUNCIL_HEADS = frozenset({"Council"})
COURT_HEADS = frozenset({"Court"})
CHARITY_HEADS = frozenset({"Trust", "Foundation", "Charity"})
GOVERNMENT_HEADS = frozenset(
    {"Office", "Ministry", "Agency", "Service", "Department", "Commission", "Authority"}
)
# "Home Office" yes, "Post Office" no: government heads need more than one word before them
# or a word from this list.
GOVERNMENT_FIRST_WORDS = frozenset(
    {"Home", "Foreign", "Cabinet", "Crown", "Probation", "Prison", "National", "Border"}
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
    Chief Inspector Superintendent Sergeant Constable Commissioner Commander Detective Det
    Insp Supt Sgt PC DC DS DI DCI DCS ACC DCC Officer
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
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
