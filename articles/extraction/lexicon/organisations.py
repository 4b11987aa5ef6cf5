"""Organisation names: the words that end them, and the names the press uses for a few."""

from typing import NamedTuple

from articles.extraction.lexicon.agencies import AGENCY_INITIALS
from articles.extraction.lexicon.words import wordset
from articles.extraction.vocabulary import OrganisationKind as K


class Alias(NamedTuple):
    name: str  # the name the organisation is filed under
    kind: K


# Nicknames and short forms, lower-cased, with the name we file them under.
ALIASES = {
    "the met": Alias("Metropolitan Police", K.POLICE_FORCE),
    "met": Alias("Metropolitan Police", K.POLICE_FORCE),
    "met police": Alias("Metropolitan Police", K.POLICE_FORCE),
    "metropolitan police": Alias("Metropolitan Police", K.POLICE_FORCE),
    "metropolitan police service": Alias("Metropolitan Police", K.POLICE_FORCE),
    "scotland yard": Alias("Metropolitan Police", K.POLICE_FORCE),
    "new scotland yard": Alias("Metropolitan Police", K.POLICE_FORCE),
    "police scotland": Alias("Police Scotland", K.POLICE_FORCE),
    "psni": Alias("Police Service of Northern Ireland", K.POLICE_FORCE),
    "police service of northern ireland": Alias(
        "Police Service of Northern Ireland", K.POLICE_FORCE
    ),
    "btp": Alias("British Transport Police", K.POLICE_FORCE),
    "nypd": Alias("New York Police Department", K.POLICE_FORCE),
    "lapd": Alias("Los Angeles Police Department", K.POLICE_FORCE),
    "afp": Alias("Australian Federal Police", K.POLICE_FORCE),
    # Filed under the initials Canadian papers print, as the FBI is.
    "rcmp": Alias("RCMP", K.POLICE_FORCE),
    "royal canadian mounted police": Alias("RCMP", K.POLICE_FORCE),
    "fbi": Alias("FBI", K.GOVERNMENT),
    "dea": Alias("Drug Enforcement Administration", K.GOVERNMENT),
    "nca": Alias("National Crime Agency", K.GOVERNMENT),
    "national crime agency": Alias("National Crime Agency", K.GOVERNMENT),
    "cps": Alias("Crown Prosecution Service", K.GOVERNMENT),
    "crown prosecution service": Alias("Crown Prosecution Service", K.GOVERNMENT),
    "home office": Alias("Home Office", K.GOVERNMENT),
    "ministry of justice": Alias("Ministry of Justice", K.GOVERNMENT),
    "border force": Alias("Border Force", K.GOVERNMENT),
    "hmrc": Alias("HMRC", K.GOVERNMENT),
    "hm revenue and customs": Alias("HM Revenue and Customs", K.GOVERNMENT),
    "hm revenue & customs": Alias("HM Revenue and Customs", K.GOVERNMENT),
    "iopc": Alias("Independent Office for Police Conduct", K.GOVERNMENT),
    "independent office for police conduct": Alias(
        "Independent Office for Police Conduct", K.GOVERNMENT
    ),
    # National agencies whose full name has no head word, or whose short form hides it.
    # Under the full name, as the DEA is: the initials alone are the US press's habit.
    "atf": Alias("Bureau of Alcohol, Tobacco, Firearms and Explosives", K.GOVERNMENT),
    "bureau of alcohol, tobacco, firearms and explosives": Alias(
        "Bureau of Alcohol, Tobacco, Firearms and Explosives", K.GOVERNMENT
    ),
    "homeland security investigations": Alias("Homeland Security Investigations", K.GOVERNMENT),
    "hsi": Alias("Homeland Security Investigations", K.GOVERNMENT),
    "australian border force": Alias("Australian Border Force", K.GOVERNMENT),
    "criminal assets bureau": Alias("Criminal Assets Bureau", K.GOVERNMENT),
    "serious fraud office": Alias("Serious Fraud Office", K.GOVERNMENT),
    "sfo": Alias("Serious Fraud Office", K.GOVERNMENT),
    "director of public prosecutions": Alias("Director of Public Prosecutions", K.GOVERNMENT),
    # Scotland's prosecutor, the office a police report goes to.
    "procurator fiscal": Alias("Procurator Fiscal", K.GOVERNMENT),
    "dpp": Alias("Director of Public Prosecutions", K.GOVERNMENT),
    "an garda síochána": Alias("An Garda Síochána", K.POLICE_FORCE),
    "garda síochána": Alias("An Garda Síochána", K.POLICE_FORCE),
    "an garda siochana": Alias("An Garda Síochána", K.POLICE_FORCE),
    "garda siochana": Alias("An Garda Síochána", K.POLICE_FORCE),
    "immigration enforcement": Alias("Immigration Enforcement", K.GOVERNMENT),
    "trading standards": Alias("Trading Standards", K.GOVERNMENT),
    "hmpps": Alias("HM Prison and Probation Service", K.GOVERNMENT),
    "dvla": Alias("DVLA", K.GOVERNMENT),
    "dwp": Alias("Department for Work and Pensions", K.GOVERNMENT),
    "glaa": Alias("Gangmasters and Labour Abuse Authority", K.GOVERNMENT),
    "ice": Alias("Immigration and Customs Enforcement", K.GOVERNMENT),
    "immigration and customs enforcement": Alias(
        "Immigration and Customs Enforcement", K.GOVERNMENT
    ),
    "cbp": Alias("Customs and Border Protection", K.GOVERNMENT),
    "customs and border protection": Alias("Customs and Border Protection", K.GOVERNMENT),
    "secret service": Alias("Secret Service", K.GOVERNMENT),
    "marshals service": Alias("Marshals Service", K.GOVERNMENT),
    "coast guard": Alias("Coast Guard", K.GOVERNMENT),
    "acic": Alias("Australian Criminal Intelligence Commission", K.GOVERNMENT),
    "austrac": Alias("AUSTRAC", K.GOVERNMENT),
    "abf": Alias("Australian Border Force", K.GOVERNMENT),
    "cbsa": Alias("Canada Border Services Agency", K.GOVERNMENT),
    "opp": Alias("Ontario Provincial Police", K.POLICE_FORCE),
    "ontario provincial police": Alias("Ontario Provincial Police", K.POLICE_FORCE),
    "sûreté du québec": Alias("Sûreté du Québec", K.POLICE_FORCE),
    "tusla": Alias("Tusla", K.GOVERNMENT),
    "inland revenue": Alias("Inland Revenue", K.GOVERNMENT),
    "health canada": Alias("Health Canada", K.GOVERNMENT),
    # Australian states' health departments.
    "nsw health": Alias("NSW Health", K.GOVERNMENT),
    "queensland health": Alias("Queensland Health", K.GOVERNMENT),
    "sa health": Alias("SA Health", K.GOVERNMENT),
    "wa health": Alias("WA Health", K.GOVERNMENT),
    "oranga tamariki": Alias("Oranga Tamariki", K.GOVERNMENT),
    "network rail": Alias("Network Rail", K.OTHER),
    "national highways": Alias("National Highways", K.OTHER),
    "interpol": Alias("Interpol", K.OTHER),
    "united nations": Alias("United Nations", K.OTHER),
    # International bodies whose names hold "of", "on" or "and", or end in no head word.
    "united nations office on drugs and crime": Alias(
        "United Nations Office on Drugs and Crime", K.OTHER
    ),
    "unodc": Alias("United Nations Office on Drugs and Crime", K.OTHER),
    "world customs organization": Alias("World Customs Organization", K.OTHER),
    "police federation of england and wales": Alias(
        "Police Federation of England and Wales", K.OTHER
    ),
    # England and Wales's policing bodies whose names end in no head word.
    "college of policing": Alias("College of Policing", K.GOVERNMENT),
    "national county lines coordination centre": Alias(
        "National County Lines Coordination Centre", K.GOVERNMENT
    ),
    "europol": Alias("Europol", K.OTHER),
    # Europe's agencies and Europol's centres, and the police of European countries the
    # English-language press calls by their own names (the German federal police by its
    # initials). Not the names printed only as a gloss after the English one ("National
    # Police (Politie)").
    "eurojust": Alias("Eurojust", K.OTHER),
    "european serious and organised crime centre": Alias(
        "European Serious and Organised Crime Centre", K.OTHER
    ),
    "european cybercrime centre": Alias("European Cybercrime Centre", K.OTHER),
    "european migrant smuggling centre": Alias("European Migrant Smuggling Centre", K.OTHER),
    "european financial and economic crime centre": Alias(
        "European Financial and Economic Crime Centre", K.OTHER
    ),
    "european counter terrorism centre": Alias("European Counter Terrorism Centre", K.OTHER),
    "frontex": Alias("Frontex", K.OTHER),
    "guardia civil": Alias("Guardia Civil", K.POLICE_FORCE),
    "carabinieri": Alias("Carabinieri", K.POLICE_FORCE),
    "arma dei carabinieri": Alias("Carabinieri", K.POLICE_FORCE),
    "bundeskriminalamt": Alias("Federal Criminal Police Office", K.POLICE_FORCE),
    "bka": Alias("Federal Criminal Police Office", K.POLICE_FORCE),
    "action fraud": Alias("Action Fraud", K.OTHER),
    # Police services' own lines for reports: Queensland's and South Africa's.
    "policelink": Alias("Policelink", K.OTHER),
    "crime stop": Alias("Crime Stop", K.OTHER),
    "old bailey": Alias("Old Bailey", K.COURT),
    "court of appeal": Alias("Court of Appeal", K.COURT),
    "high court": Alias("High Court", K.COURT),
    "supreme court": Alias("Supreme Court", K.COURT),
    "rspca": Alias("RSPCA", K.CHARITY),
    "salvation army": Alias("Salvation Army", K.CHARITY),
    "crimestoppers": Alias("Crimestoppers", K.CHARITY),
    "crime stoppers": Alias("Crime Stoppers", K.CHARITY),
    "fearless": Alias("Fearless", K.CHARITY),
    "nspcc": Alias("NSPCC", K.CHARITY),
    "barnardo’s": Alias("Barnardo’s", K.CHARITY),
    "barnardo's": Alias("Barnardo's", K.CHARITY),
    "victim support": Alias("Victim Support", K.CHARITY),
    "childline": Alias("Childline", K.CHARITY),
    "samaritans": Alias("Samaritans", K.CHARITY),
    "catch22": Alias("Catch22", K.CHARITY),
    "neighbourhood watch": Alias("Neighbourhood Watch", K.CHARITY),
    # National news agencies whose names end in no head word: credited for a report's files.
    "the canadian press": Alias("The Canadian Press", K.OTHER),
    "canadian press": Alias("The Canadian Press", K.OTHER),
    "the associated press": Alias("The Associated Press", K.OTHER),
    "associated press": Alias("The Associated Press", K.OTHER),
    "the children’s society": Alias("The Children’s Society", K.CHARITY),
    "the children's society": Alias("The Children's Society", K.CHARITY),
    "children’s society": Alias("The Children’s Society", K.CHARITY),
    "children's society": Alias("The Children's Society", K.CHARITY),
}
# National bodies whose branches are named after their state, province or nation, printed
# either side ("Crime Stoppers Victoria", "Saskatchewan Crime Stoppers"): one organisation,
# under the whole name.
REGIONAL_BODIES = frozenset({"crime stoppers"})
# A country's adjective before the English name of its agency ("the Belgian Federal Judicial
# Police", "the Spanish National Police") says whose agency it is, and is not part of its
# name. Only countries whose agencies are named in another language: the English names of
# Australian, British, Canadian or Irish agencies begin with the country's word.
FOREIGN_NATIONALITIES = wordset(
    """
    Albanian Austrian Belgian Brazilian Bulgarian Chinese Colombian Croatian Czech Danish Dutch
    Ecuadorian Estonian Finnish French German Greek Hungarian Italian Latvian Lithuanian
    Mexican Moroccan Norwegian Peruvian Polish Portuguese Romanian Russian Serbian Slovak
    Slovenian Spanish Swedish Swiss Thai Turkish Ukrainian Vietnamese
    """
)
# A country's services named in lower case after its adjective ("Colombian police", "the
# Peruvian navy"), with the kind of body each is.
NATIONAL_SERVICES = {
    "police": K.POLICE_FORCE,
    "navy": K.GOVERNMENT,
    "army": K.GOVERNMENT,
    "air force": K.GOVERNMENT,
    "coast guard": K.GOVERNMENT,
    "coastguard": K.GOVERNMENT,
}
ALIASES.update(
    {initials.lower(): Alias(initials, a.kind) for initials, a in AGENCY_INITIALS.items()}
)
# Short forms that are also common words ("ice" is a drug): a name only in capitals.
CAPITALS_ONLY = frozenset({"ice", "opp"}) | {initials.lower() for initials in AGENCY_INITIALS}
# The ones that can be found by their printed form alone, longest first.
ALIAS_PATTERNS = sorted(ALIASES, key=len, reverse=True)

# The places whose name makes a territorial force ("Kent Police", "Devon and Cornwall
# Police"): the UK's forces, and the states and countries of Australia and New Zealand whose
# force is one police. "Southend Police Tactical Team" is a town's team, not a force's unit.
FORCE_AREAS = frozenset(
    """
    Avon and Somerset|Bedfordshire|Cambridgeshire|Cheshire|City of London|Cleveland|Cumbria|
    Derbyshire|Devon and Cornwall|Dorset|Durham|Dyfed-Powys|Essex|Gloucestershire|
    Greater Manchester|Gwent|Hampshire|Hertfordshire|Humberside|Kent|Lancashire|
    Leicestershire|Lincolnshire|Merseyside|Metropolitan|Norfolk|North Wales|North Yorkshire|
    Northamptonshire|Northumbria|Nottinghamshire|South Wales|South Yorkshire|Staffordshire|
    Suffolk|Surrey|Sussex|Thames Valley|Warwickshire|West Mercia|West Midlands|
    West Yorkshire|Wiltshire|British Transport|Ministry of Defence|Civil Nuclear|Met|
    New South Wales|Victoria|Queensland|Western Australia|South Australia|Tasmania|
    Northern Territory|ACT|Australian Federal|New Zealand
    """.replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# "Highway Patrol", "State Patrol": a US state's force.
FORCE_ENDINGS = ("Police", "Constabulary", "Patrol", "PD")
FORCE_SUFFIXES = ("Force", "Service", "Department")  # after "Police"
# The words a suffix may follow: "Tasmania Police Service", "Jamaica Constabulary Force".
BEFORE_FORCE_SUFFIX = ("Police", "Constabulary")
UNIT_HEADS = frozenset(
    {
        "Unit",
        "Team",
        "Squad",
        "Units",
        "Teams",
        "Squads",
        "Command",
        "Taskforce",
        "Branch",
        "Division",
        "Bureau",
        "Directorate",
        "Hub",
        "Partnership",
        "CID",
        "Section",
        "Detachment",
        "Cell",  # Indian forces' units: "Anti-Narcotics Cell", "Economic Offences Cell"
        "Wing",  # "Economic Offences Wing"
    }
)
COUNCIL_HEADS = frozenset({"Council"})
COURT_HEADS = frozenset({"Court", "Courthouse"})
# The last two words of a court's building that hears cases: "Elmford Justice Centre".
COURT_BUILDING_ENDINGS = frozenset(
    {("Justice", "Centre"), ("Justice", "Center"), ("Law", "Courts")}
)
# The word before "Court" that makes a court of it ("Snaresbrook Crown Court", "Cardiff
# Magistrates’ Court"), lower-cased and without a possessive: "Hamlet Court" is a building or
# a street, not a court.
COURT_TYPES = wordset(
    """
    crown magistrates magistrate county youth superior district supreme high family appeal
    appeals appellate circuit municipal federal juvenile local sheriff criminal civil coroners
    coroner children childrens drug drugs justice justices probate claims housing traffic
    military sessions combined divisional chancery commercial employment immigration
    bankruptcy tax land environment industrial provincial territory state magistrates pleas
    parish
    """
)
# Words that make a street or a place of the name before them: "Hamlet Court Road" is not a
# court, nor "Station Road" a police station.
STREET_WORDS = wordset(
    """
    Road Lane Street Avenue Drive Close Way Gardens Place Crescent Terrace Square Mews Parade
    Row Grove Walk Hill Rd St Ave
    """
)
# The last two words of a jail run as a body of its own, often by several counties together
# ("Tri-County Correctional Center"). A "Detention Center" is most often the sheriff's own
# jail, a building, and stays out.
PRISON_BUILDING_ENDINGS = frozenset(
    (first, last)
    for first in ("Correctional", "Corrections")
    for last in ("Center", "Centre", "Facility", "Institution", "Complex")
)
# "Brackton Community Pantry", "Elmford Foodbank": food banks are charities.
CHARITY_HEADS = frozenset({"Trust", "Foundation", "Charity", "Pantry", "Foodbank"})
# The last word of a newspaper's name, after at least one other: "Brackton Echo", "Evening
# Standard" ("The Times" alone is left out).
PAPER_HEADS = wordset(
    """
    Advertiser Gazette Herald Echo Chronicle Telegraph Courier Argus Observer Journal Mirror
    Express Mail Times Post Standard Guardian
    """
)
# A reporting line a body runs, after at least one other word: "Modern Slavery and
# Exploitation Helpline", "National Domestic Abuse Helpline".
HELPLINE_HEADS = wordset("Helpline Hotline")
# The end of a company's name: "Brackton Haulage Ltd"; an insurer's: "Elmford Mutual",
# "Elmford Public Insurance" (a province's own insurer is a company too).
COMPANY_HEADS = wordset("Ltd Limited plc PLC Inc LLC Holdings Corporation Corp Mutual Insurance")
# Hospitals, schools and universities: "Brackton General Hospital", "University of Elmford";
# and research bodies whose researchers the press quotes: "Elmford Security Observatory".
HOSPITAL_AND_SCHOOL_HEADS = wordset(
    "Hospital Infirmary School Academy College University Institute Observatory"
)
# Prisons: "Hollins Prison"; and the initials of a UK prison before its name ("HMP Elmford").
PRISON_HEADS = wordset("Prison")
PRISON_INITIALS = wordset("HMP HMYOI")
# "Tactical Support Group", "Special Operations Group", "Tactical Response Group": a unit;
# any other "Group" may be a gang ("Organised Crime Group") or a firm, unless a national
# service's first word opens it ("National Organised Crime Group", a national police unit:
# no gang calls itself so).
UNIT_GROUP_WORDS = wordset("Support Operations Response")
UNIT_GROUP_FIRST_WORDS = wordset("National")
GOVERNMENT_HEADS = frozenset(
    {
        "Office",
        "Ministry",
        "Agency",
        "Service",
        "Department",
        "Commission",
        "Authority",
        "Administration",
        "Investigations",
        "Services",
        "Board",
        "Executive",
        "Guard",
        "Registry",  # "Central Registry of Drug Abuse", "HM Land Registry"
        "Commissioners",  # "Revenue Commissioners", a tax and customs body
    }
)
# "New Zealand Defence Force", "Irish Defence Forces": a country's military, a body of
# government, not a police force.
MILITARY_FORCE_WORDS = wordset("Defence Defense Armed")
# Heads of bodies named by what they work on: "United Nations Office on Drugs and Crime",
# "Commission on Narcotic Drugs".
TOPIC_HEADS = wordset("Office Commission Committee")
# Heads of government bodies named by what they are for: "Office for National Statistics",
# "Directorate for Priority Crime Investigation".
GOVERNMENT_FOR_HEADS = wordset("Office Agency Commission Authority Directorate Administration")
# "Home Office" yes, "Post Office" no: government heads need more than one word before them
# or a word from this list.
GOVERNMENT_FIRST_WORDS = frozenset(
    {
        "Home",
        "Foreign",
        "Cabinet",
        "Crown",
        "Probation",
        "Prison",
        "National",
        "Border",
        "Environment",
        "Gambling",
        "Charity",
        "Insolvency",
        "Passport",
        "Customs",
        "Revenue",
        "Prosecution",
        "Parole",
    }
)

# Lower-case words that say what the name after them is: "the charity Shelter Cymru", "the
# company Brackton Haulage".
KIND_WORDS = {"charity": K.CHARITY, "company": K.OTHER, "firm": K.OTHER, "newspaper": K.OTHER}
