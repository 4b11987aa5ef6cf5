"""The rules that find figures, by the name a journalist reads in the review queue, and how
sure each is.

Every result the reader keeps names one of these (`OutcomeReader.add(..., rule=...)`); its
confidence comes from here, so that a rule's name and its confidence have one home. A
confidence is a judgement of how often the rule is right when it fires: close to 1 where the
words leave no doubt ("jailed for life"), about 0.6 where the figure is read from what stands
near it ("a Taser" in a sentence that seizes something).
"""

RULES = {
    # people and events
    "count-verb": 0.9,  # a counted group and the verb that says what happened: "nine charged"
    "count-noun": 0.85,  # an event that is its own metric: "40 arrests", "six raids"
    "count-sum": 0.8,  # "17 addresses in one town and one more in another": added up
    "people-verb": 0.85,  # a figure alone before a verb: "Two were charged", "12 arrested"
    "arrested-others": 0.8,  # "arrested 19 shoplifters": whoever they are, arrests
    "arrest-list": 0.8,  # "arrested a man, a woman and a boy": arrests listed one by one
    "one-person": 0.75,  # one person named by a noun: "A 33-year-old man has been charged"
    "group-word": 0.75,  # a pair or group named already: "Both were convicted"
    "partitive": 0.8,  # "41 of those arrested were charged"
    "offence-share": 0.75,  # "Seven of those were for arson": arrests by their offence
    "warrant-one": 0.8,  # "executed a search warrant"
    "counts-paper": 0.85,  # "a 14-count indictment": the counts a charging paper holds
    # things and places
    "item-seized": 0.85,  # things a verb of seizing governs: "seized two knives"
    "item-in-seizure": 0.7,  # things in a sentence about seizing, no verb tied to them
    "printed-thing-seized": 0.6,  # things no table lists: "six crossbows were found"
    "single-item": 0.6,  # one weapon written without a figure: "a Taser was recovered"
    "place-done": 0.8,  # places by what was done there: "raided 17 addresses"
    "lines-ended": 0.85,  # drug lines closed or dismantled
    "received": 0.8,  # what the police received: "60 calls"
    "resource": 0.75,  # what an operation drew on: "involved 300 officers"
    "fewer": 0.6,  # "1,000 fewer burglaries"
    "occasions-used": 0.6,
    "count-rate": 0.7,  # how often over a period: "two or three boats a week"
    # measures
    "drug-weight": 0.9,  # a weight of a named drug: "2kg of cocaine"
    "weight": 0.7,  # a weight the sentence does not say of what
    "percentage": 0.7,  # a percentage, named by the crime it measures where it says
    # money
    "money-rate": 0.8,  # money made over a period: "£500 a day"
    "money-worth-of": 0.9,  # "£5,000 worth of cannabis"
    "money-valued-at": 0.85,  # "a street value of £8m"
    "cash": 0.9,  # "£900 in cash"
    "fine": 0.9,
    "bail": 0.9,  # "held on $500,000 bail"
    "costs": 0.85,
    "court-order": 0.9,  # "a £20,000 confiscation order"
    "goods-value": 0.75,  # "£80,000 of designer watches": goods by their value
    "money-in-seizure": 0.6,  # an amount in a sentence about seizing, otherwise unexplained
    "money-led": 0.7,  # "the loss was estimated at $4,500": named by the words before it
    "money-held": 0.75,  # assets restrained or frozen, by their value
    "funding": 0.6,  # money put into the work: "backed by £500,000"
    "laundered": 0.7,
    "operation-cost": 0.7,  # "the raids cost the force £1.1m"
    "price": 0.6,  # "$250 per gun", "up to $1,200 each"  # "laundered more than $30 million"
    # prison terms
    "prison-term": 0.9,  # a length of time in a sentence about prison
    "respective-terms": 0.85,  # "eight and 10 years respectively"
    "supervision-term": 0.85,  # "three years of probation": a term served outside prison
    "life-sentence": 0.95,
    "unpaid-work": 0.9,
    "driving-ban": 0.9,  # "banned from driving for 12 months"  # "200 hours of unpaid work"
}
