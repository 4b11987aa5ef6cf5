"""Words about people: what is never part of a name, courtesy titles, family words, and the
words around a name that show it is a person's.

Police ranks live in `lexicon.ranks`, civic titles in `lexicon.civictitles`, the pattern of a
titled name in `lexicon.titlednames`.
"""

from articles.extraction.lexicon.words import wordset
from articles.extraction.lexicon.wordsets import indexed_words

# Courtesy titles, lower-cased, and the gender each shows (None: it shows none).
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None}

# Capitalised words that are never part of a person's name: sentence openers, places,
# institutions and calendar words. Lower-cased.
NOT_NAME_WORDS = wordset(
    """
    a an the this that these those there here it its he she they we you i his her their our my
    and or but if when while after before during since until as at by for from in into of on
    to with without about over under up down out off than then so yet also not no yes all any
    across around throughout towards toward between within along beyond inside outside near
    among amid via behind beside
    each every some many more most much other such one two three four five six seven eight nine
    ten mr mrs ms miss dr sir dame lord lady co
    police officers officer detectives detective constabulary síochána council court crown
    magistrates magistrate unit team squad command force service services department agency office
    bureau division directorate detachment hotline cell corps army navy
    defence defense security enforcement operations
    ministry government authority commission trust foundation charity society group
    partnership network association centre center hospital school college academy university
    church prison hmp station stations airport road street avenue lane drive crescent terrace
    gardens
    boulevard highway parade square way close grove row place mews estate bridge
    north south east west northern southern eastern western central greater upper lower
    new old great little saint st county city borough district town village island
    kingdom united states state republic royal national international british english scottish
    welsh irish australian american european
    operation op project strike taskforce
    monday tuesday wednesday thursday friday saturday sunday january february march
    july september october november december christmas easter
    week weekend day days month year today yesterday tomorrow morning afternoon evening night
    lines line class act bill law
    minister secretary premier president chancellor mayor judge recorder justice
    chief inspector superintendent sergeant constable commissioner commander captain lieutenant
    sheriff agent trooper deputy acting temporary det insp supt sgt pc dc ds di dci dcs acc dcc
    senior designate leading special trainee probationary honour honor neighbourhood
    cllr councillor mp speaker advocate provost
    officers police emergency crimestoppers anyone anybody everyone nobody
    drugs drug crime crimes violence serious organised gang gangs county
    however meanwhile earlier later last next first second third
    busted picture photo image credit pictured media contact enquiries armed unarmed
    jailing sentencing remanding addressing describing praising thanking welcoming mitigating
    resident residents neighbour neighbours witness witnesses victim victims mother father son
    daughter wife husband brother sister teenager pensioner grandmother grandfather shopkeeper
    brothers sisters sons daughters cousins twins siblings couple
    spokesman spokeswoman spokesperson chairman chairwoman leader boss owner manager director
    executive principal general
    headteacher campaigner defendant prosecutor barrister solicitor lawyer ringleader mastermind
    courier dealer runner associate accomplice accused killer murderer thief burglar robber
    gunman attacker student pupil schoolboy schoolgirl motorist driver passenger cyclist
    radio news tv television bbc itv sky channel online newspaper magazine
    """
)

# Words for the places, businesses and papers an article names, never a word of a bare name
# ("Thames Water said", "Tesco Express said", "Gold Coast said"). Not kept out of operation
# names or names after a rank, where such a word may be a name.
INSTITUTION_WORDS = wordset(
    """
    cathedral chapel mosque temple synagogue abbey museum gallery library theatre cinema
    stadium arena railway railways rail airways airlines airport water energy gas electricity
    telecom mobile express mail advertiser gazette herald echo chronicle mirror telegraph
    journal observer argus bulletin england scotland wales coast hotel motel inn tavern pub
    club supermarket superstore pharmacy surgery clinic motors garage stores retail homes
    housing estates properties leisure zoo market mall plaza pier marina wharf quay docks
    ferries ferry buses coaches taxis limited ltd plc inc llc
    security health control rescue ambulance air fire enforcement protection safety standards
    welfare probation customs immigration education transport highways traffic insurance revenue
    lottery rover garda
    """
)

# Words for streets and places that are also surnames ("PC Tom Street", "Det Supt Ross
# Lane"): never a name's first word, but its later words after a rank or title.
SURNAME_PLACE_WORDS = wordset("lane street close way row bridge grove place drive parade")

# Occupations and offices printed before a name as a description ("Farmer Jo Hale said",
# "Publican Sam Reed", "Harbour Master Jo Hale"), lower-cased: never the first word of a name,
# though a surname may be one ("Paul Farmer"). Those that are never a name's word at all
# are in NOT_NAME_WORDS.
OCCUPATIONS = wordset(
    """
    farmer landlord landlady publican businessman businesswoman trader stallholder teacher
    nurse paramedic carer volunteer mechanic builder plumber electrician hairdresser barber
    cabbie chef waitress waiter cleaner caretaker postman postwoman vet jockey fisherman
    shepherd gamekeeper shopkeeper pharmacist retailer cashier newsagent grocer butcher baker
    florist jeweller gardener courier pensioner student headteacher headmaster headmistress
    master clerk warden ranger manager director secretary treasurer registrar coordinator
    supervisor administrator
    """
)

# Words after a hyphen that make a description of a name, not a given name after a surname
# ("the Sam Reed-led inquiry", "a Hale-based firm"): a Chinese or Korean given name's second
# syllable is never one of these.
NAME_DESCRIBING_TAILS = wordset("based led born run owned backed style like era linked funded")

# Capitalised particles that begin a surname of two words ("Pádraig Ó Cuinn", "Rawiri Te
# Kāhui", "Jon De Silva"): "Supt Ó Cuinn" is the same person, not one named "Ó Cuinn".
NAME_PREFIXES = wordset("Ó Ua Ní Nic Uí Mhic Mac Te Van Von De Da Di Du Le La Del Della Dos Das")

# Lower-case particles inside a name ("Tomas de Berg", "Ali bin Said").
NAME_PARTICLES = wordset("van von de da di del der den la le bin binti al el ap")

# Malaysian and Bruneian honours printed before a name, after any rank ("Comm Datuk Ali
# Hassan", "Tan Sri Ali Hassan"): no part of the name, nor a rank. As printed.
COURTESY_HONOURS = (
    "Tun",
    "Tan Sri",
    "Toh Puan",
    "Datuk Seri",
    "Datuk",
    "Dato' Sri",
    "Dato’ Sri",
    "Dato'",
    "Dato’",
    "Dato",
    "Datin Paduka",
    "Datin",
)


# Last words of place names ("Sandy Bay", "Kings Heath"): never a person's name, though an
# operation may be named with one.
PLACE_WORDS = wordset(
    "bay beach harbour harbor heath valley heights lanes fields meadows rise vale common"
    " landing wharf quay pier"
)
# Words that make a place of the capitalised words right before them: "Elmford Lime Street"
# is a station, not "Elmford Lime" a person.
PLACE_TAIL_WORDS = wordset("street road avenue lane drive square station airport bridge")

# Words that may start a sentence in capitals but never start a name.
SENTENCE_OPENERS = wordset(
    """
    a an the this that these those there here it he she they we you i his her their our my its
    and or but if when while after before during since until as at by for from in into of on
    to with without about over under following despite although though because once where
    what who why how officers police yesterday today earlier later last meanwhile however
    speaking both all some many several other another each every further extra specialist
    local residents anyone people detectives judge leading among amongst according
    """
)

# The word before a bare name that shows it is a person's ("stabbed Lee Chapman").
PERSON_BEFORE_WORDS = wordset(
    """
    stabbed killed murdered attacked assaulted shot robbed punched victim spokesman spokeswoman
    spokesperson leader chairman chairwoman chair resident neighbour father mother son daughter
    wife husband partner brother sister friend boss director manager owner founder executive
    coordinator co-ordinator worker campaigner defendant teenager prosecutor prosecuting
    defending barrister solicitor lawyer councillor mp by and
    chief sheriff commissioner minister secretary mayor attorney superintendent inspector
    sergeant constable detective agent governor premier senator magistrate coroner
    """
)
PERSON_BEFORE_PAIRS = frozenset({"named as", "identified as"})
# Nouns for a person a name is set off after by commas: "a 41-year-old passenger, Jo Hale, on
# arrival", "the driver, Sam Reed, fled".
PERSON_NOUNS = wordset(
    "passenger driver suspect traveller courier man woman teenager motorist pedestrian rider"
)

# Capitalised words after which a titled "name" is a service's or an organisation's: "the
# Garda Confidential Line", "Detective Training Unit".
SERVICE_TAIL_WORDS = wordset("Line Lines Hotline Helpline Unit Team Squad Bureau Office Agency")

# The word before a place, never a person: "in Tolland Cross, said", "stored at Brinkley
# and Hale Park". A capitalised pair right after one (or after a list it opens) is a place.
# Lower-case words after capitalised ones that make a place of them: "the Lund Park and
# Hale Bank estates", "the Hale Rise area".
PLACE_NOUNS_AFTER = wordset("estate estates area areas district ward suburb neighbourhood")

PLACE_PREPOSITIONS = wordset("in into at near outside across around throughout towards between")

# A role set off before a name by a comma ("the trust's head of security, Jo Hale", "the
# Minister for Transport, Sam Reed TD"): the role's head word, lower-cased.
APPOSITIVE_ROLES = wordset(
    """
    spokesman spokeswoman spokesperson leader chairman chairwoman chair director manager
    head officer coordinator co-ordinator commissioner founder minister secretary mayor
    prosecutor governor president premier executive chief superintendent inspector
    """
)

# Roles printed before a name ("council leader Jo Hale", "resident Mia Lund"), lower-cased.
ROLE_TITLES = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "manager",
    "chief executive",
    "boss",
    "officer",
    "coordinator",
    "co-ordinator",
    "commissioner",
    "campaigner",
    "founder",
    "head",
    "resident",
    "neighbour",
    "councillor",
    "mp",
    "ringleader",
)

# Family words before a first name ("her son Jayden"), and the gender each shows.
RELATIVES = {
    "son": "m",
    "brother": "m",
    "husband": "m",
    "boyfriend": "m",
    "father": "m",
    "dad": "m",
    "nephew": "m",
    "grandson": "m",
    "stepson": "m",
    "daughter": "f",
    "sister": "f",
    "wife": "f",
    "girlfriend": "f",
    "mother": "f",
    "mum": "f",
    "niece": "f",
    "granddaughter": "f",
    "stepdaughter": "f",
    "partner": None,
    "friend": None,
    "cousin": None,
    "baby": None,
    "toddler": None,
}
# Nouns for a person, and the gender each shows: "The girl, whom we are calling Mia".
PERSON_NOUN_GENDERS = {
    **{noun: gender for noun, gender in RELATIVES.items() if gender},
    **dict.fromkeys(("man", "boy", "father", "grandfather", "schoolboy"), "m"),
    **dict.fromkeys(("woman", "girl", "mother", "grandmother", "schoolgirl"), "f"),
}
# The words around a name an article gives somebody it does not name: "whom we are calling
# Andrei", "identified only as Tom", "under the pseudonym Mara"; after it: "Ana (not her real
# name)", "Ivo, whose name has been changed". Each holds one of `PSEUDONYM_WORDS`, where the
# patterns are tried.
PSEUDONYM_WORDS = indexed_words("call calling called name naming named only pseudonym real changed")
PSEUDONYM_BEFORE = (
    r"(?:\b(?:whom?|that)\s+(?:we|I)(?:\s+(?:are|am|have|will|shall|had|were))?(?:['’](?:re|ll))?"
    r"\s+(?:call(?:ing|ed)?|nam(?:e|ing|ed))"
    r"|\b(?:identified|known|referred\s+to)\s+only\s+as"
    r"|\basked\s+to\s+be\s+(?:called|known\s+as|identified\s+as)"
    r"|\basked\s+(?:us|me)\s+to\s+call\s+(?:him|her|them)"
    r"|\b(?:under|using)\s+the\s+(?:name|pseudonym)"
    r"|\bthe\s+pseudonym)\s+"
    # The name may stand in quote marks: "who asked us to call him ‘Jay’".
    r"[‘'“\"]?"
)
PSEUDONYM_AFTER = (
    r"\s*[(,]\s*(?:not\s+(?:his|her|their)\s+real\s+name|a\s+pseudonym"
    r"|(?:whose\s+)?(?:real\s+)?name\s+(?:has\s+been\s+|was\s+|is\s+)?changed)"
)
