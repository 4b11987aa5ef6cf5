"""Newsrooms and press offices among organisation names: a broadcaster by its call letters,
a force's press office, which is no unit of an operation."""

import re

from articles.extraction.lexicon.words import wordset

# A North American broadcaster's call letters, before the word for its newsroom ("KXLW
# News", "CFRT Radio"): a station's name.
CALL_LETTERS = re.compile(r"[CKW][A-Z]{2,3}")
BROADCAST_HEADS = wordset("News Radio")
# A force's press office named by the press alone ("Media Unit", "Media Relations Team"), in
# a contact line: it answers reporters and is no unit of the operation. A unit that names its
# work ("Corporate Communications Unit") stays one.
PRESS_OFFICE_WORDS = wordset("Media Press Relations")
