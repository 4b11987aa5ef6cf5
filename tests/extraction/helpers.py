"""Short reads of what extraction finds, for tests that state one rule each."""

from articles.extraction import extract


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
