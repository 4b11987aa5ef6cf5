"""The words around a counted noun: what may stand between a figure and what it counts,
what ends the phrase, and what makes a figure something other than a result ("14 previous
convictions", "three years"). The counted nouns themselves are in `lexicon.counted`.
"""

from articles.extraction.lexicon.words import wordset

# The marks that open an item of a list set out under a lead ("Officers seized:").
LIST_BULLETS = ("•", "·", "*", "-", "–", "—")

# After a figure, the people it counts beside those the text has counted already: "Six others
# were released on bail", "Two more were charged".
OTHER_PEOPLE_WORDS = wordset("others more")

# Words that may stand between a figure and what it counts without ending the phrase.
FOLLOW_STOP = wordset(
    """
    of in on at were was have has had are is be been being the a an to from for by with who
    off out away back through via onto upon against per
    which that and or but than as across since during over under into after before this these
    those their its his her our they he she it we yesterday today last
    took take takes made make makes saw see sees led lead leads went go goes came come comes
    run runs swept sweep
    began begin begins got get gets will would could should can may must did do does
    inside outside within near throughout behind along among amongst between worth hidden
    linked found thought believed suspected allegedly taken given seen shown
    several many numerous multiple various few dozens scores countless about regarding concerning
    altogether overall so now then since
    """
)

# A word after a figure that makes what it counts a person's record, not a result: "14
# previous convictions", "three prior arrests".
RECORD_WORDS = wordset("previous prior")

# Words after a figure that say when or how long, never what was seized.
NOT_THINGS = wordset(
    """
    years months weeks days hours minutes seconds decades times occasions percent pounds
    dollars euros miles metres meters kilometres yards feet inches litres liters gallons pints
    kilos grams ounces tonnes counts charges offences
    officers detectives police colleagues agencies forces partners others
    """
)
# Endings of words that describe what is counted rather than name it ("illegal", "stolen").
ADJECTIVE_ENDINGS = ("al", "ed", "ive", "ous", "ful", "ible", "able", "ary", "en", "ic")
# Words that describe a container by what it is made of, its colour or its size, which no
# ending tells ("three clear plastic packs", "five small black bags"): the name is the noun.
DESCRIBING_WORDS = wordset(
    """
    plastic clear transparent small large big black white brown blue green red yellow
    paper cardboard foil cling-film zip-lock ziplock
    """
)
# The words that open an aside between commas saying who counted people are, not what
# happened to them: "Six men, aged between 19 and 54, and two women, from Leeds, ...".
WHO_THEY_ARE = ("aged", "both aged", "all aged", "from", "both from", "all from")
# Words before counted things that say something was hidden in them, not that they were
# seized: "found inside the tyres of four tractors", "concealed in two lorries".
HIDING_WORDS = wordset("inside hidden concealed stashed secreted")
# Words that make one thing part of a total counted before it: "19 weapons, including a
# machete and a stun gun" counts the weapons once.
PART_OF_TOTAL_WORDS = wordset("including includes included among")
