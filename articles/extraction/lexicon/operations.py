"""How articles name police operations: the keyword before a name, and the words that
introduce a codename."""

from typing import NamedTuple

from articles.extraction.lexicon.words import wordset
from articles.extraction.vocabulary import OperationKind


class Keyword(NamedTuple):
    filed_as: str  # the operation is filed as this word and its name: "Operation Falcon"
    kind: OperationKind


# The keywords printed before an operation's name, exactly as printed. A trailing "." means the
# keyword may be printed with a full stop ("Op. Falcon").
OPERATION_KEYWORDS = {
    "Operation": Keyword("Operation", OperationKind.OPERATION),
    "OPERATION": Keyword("Operation", OperationKind.OPERATION),
    "operation": Keyword("Operation", OperationKind.OPERATION),
    "Op.": Keyword("Operation", OperationKind.OPERATION),
    "OP": Keyword("Operation", OperationKind.OPERATION),
    # The Philippine police's and drug agency's word for an operation plan: "Oplan X" is the
    # operation's name as it stands.
    "Oplan": Keyword("Oplan", OperationKind.OPERATION),
    # The Royal Malaysia Police's word for an operation: "Ops X" is filed as printed.
    "Ops": Keyword("Ops", OperationKind.OPERATION),
    "Project": Keyword("Project", OperationKind.PROJECT),
    "Strike Force": Keyword("Strike Force", OperationKind.STRIKE_FORCE),
    "Taskforce": Keyword("Taskforce", OperationKind.STRIKE_FORCE),
    "Task Force": Keyword("Task Force", OperationKind.OPERATION),
}

# The numerals of an operation's editions, which belong to its name: "Operation Tide III".
EDITION_NUMERALS = wordset("II III IV V VI VII VIII IX X XI XII")

# "an inquiry codenamed Trident".
CODENAME_WORDS = wordset("codenamed codename code-named")
# "The crackdown, known as ‘Nightfall’": a word for a campaign, then a naming verb.
KNOWN_AS_LEADS = wordset("operation crackdown campaign initiative investigation inquiry probe")
NAMING_WORDS = wordset("known dubbed named called")

# Words before "operation" that make it a common noun ("the operation", "a police operation").
DETERMINERS = wordset("the this that a an police its their our his her major large joint")

# Verbs that say who runs an operation, in the forms both shapes print them in: "Kent Police
# launched Operation Falcon", "Operation Falcon, run by Kent Police".
RUNNING_VERBS = wordset(
    """
    launch launches launched launching run runs ran running lead leads led leading
    head heads headed heading mount mounts mounted mounting spearhead spearheads spearheaded
    conduct conducts conducted coordinate coordinates coordinated organise organises organised
    organize organizes organized begin begins began begun start starts started
    """
) | {"set up", "sets up", "setting up", "carry out", "carries out", "carried out"}
# Words that may stand between a force and such a verb: "Kent Police has today launched".
RUNNING_VERB_LEADS = wordset(
    "has have had is are was were been will would also today yesterday recently now first jointly"
)
# How an article names the one force it is about without its name: "the force's Operation X".
FORCE_REFERENCES = wordset("force constabulary")
