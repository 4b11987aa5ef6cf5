"""A published article with thousands of records, as a long imported court list or live blog
gives: each paragraph names an officer, an operation, quotes the officer and reports a figure.
Rows are written in bulk, so a test builds 3,000 records in well under a second."""

from django.utils import timezone

from articles.models import Article, ArticleStatus
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
)

PEOPLE = 60
OPERATIONS = 15
# Text beside the records in each paragraph; 760 characters make a 3,400-record article about
# as long as the one that timed out (760 KB).
FILLER = "Residents described the road as quiet before the raids began. "


def _paragraph(n, filler):
    officer = f"Det Insp Officer{n % PEOPLE:03d} Smith"
    operation = f"Operation Code{n % OPERATIONS:02d}"
    quote = f'"We moved on the address in raid {n} with the support of neighbours."'
    figure = f"{n % 90 + 2} people were arrested"
    text = f"{officer} said {operation} went on. {quote} In all, {figure}. {filler}"
    return text, {"person": officer, "operation": operation, "quote": quote, "figure": figure}


def make_large_article(records=3000, *, filler_chars=0, status=ArticleStatus.PUBLISHED):
    """An article with about `records` records, four to a paragraph."""
    filler = (FILLER * (filler_chars // len(FILLER) + 1))[:filler_chars]
    paragraphs = [_paragraph(n, filler) for n in range(max(1, records // 4))]
    head = "Live: every raid of the county lines crackdown\n\n12 March 2024, 09:00\n\n"
    body = head + "\n\n".join(text for text, _ in paragraphs) + "\n"
    article = Article.objects.create(
        headline="Live: every raid of the county lines crackdown",
        source_name="live-blog.txt",
        body=body,
        status=status,
        published_at=timezone.now(),
    )
    force = Organisation.objects.create(name="Essex Police", slug="essex-police")
    people = Person.objects.bulk_create(
        Person(name=f"Officer{n:03d} Smith", slug=f"officer{n:03d}-smith", organisation=force)
        for n in range(PEOPLE)
    )
    operations = Operation.objects.bulk_create(
        Operation(name=f"Operation Code{n:02d}", slug=f"operation-code{n:02d}", force=force)
        for n in range(OPERATIONS)
    )
    rows = {Appearance: [], OperationMention: [], Quote: [], Outcome: []}
    offset = len(head)
    for n, (text, parts) in enumerate(paragraphs):
        person, operation = people[n % PEOPLE], operations[n % OPERATIONS]

        def at(part, text=text, offset=offset, parts=parts):
            start = offset + text.index(parts[part])
            return {"article": article, "start": start, "end": start + len(parts[part])}

        rows[Appearance].append(
            Appearance(**at("person"), text=parts["person"], person=person, organisation=force)
        )
        rows[OperationMention].append(
            OperationMention(**at("operation"), text=parts["operation"], operation=operation)
        )
        rows[Quote].append(
            Quote(**at("quote"), text=parts["quote"], speaker=person, attribution="said")
        )
        rows[Outcome].append(
            Outcome(
                **at("figure"),
                text=parts["figure"],
                metric="arrests",
                value=n % 90 + 2,
                operation=operation,
            )
        )
        offset += len(text) + 2
    for model, new in rows.items():
        model.objects.bulk_create(new)
    return article


# A paragraph of a long article that names nothing, about 500 characters.
PLAIN = (
    "Paragraph {n}. Residents of the estate said the road had been quiet for years before the "
    "vans arrived, and that nobody had expected the street to be closed for a whole morning. "
    "A shopkeeper said trade had dropped while the cordon was up, and a neighbour said she had "
    "watched officers carry bags out of the flats above the launderette. The council said it "
    "would review the lighting on the footpath behind the shops, which residents had asked "
    "about for some time."
)


def make_long_article(parts=4, *, in_part=3, source_name="long-read.txt"):
    """A published article whose text is read in `parts` parts, with a quote and a figure in
    part `in_part`: returns the article, the quote and the figure."""
    from casefiles.highlight import PART_CHARS
    from tests.factories import OutcomeFactory, PersonFactory, QuoteFactory

    count = parts * PART_CHARS // len(PLAIN.format(n=100)) - 2
    paragraphs = [PLAIN.format(n=n) for n in range(count)]
    where = (in_part - 1) * len(paragraphs) // parts + 5
    paragraphs[where] += ' Insp Jo Marsh said: "We closed the road to keep everyone safe."'
    paragraphs[where + 1] += " In all, 14 people were arrested on the estate."
    article = Article.objects.create(
        headline="A morning on the estate",
        source_name=source_name,
        body="A morning on the estate\n\n12 March 2024\n\n" + "\n\n".join(paragraphs) + "\n",
        status=ArticleStatus.PUBLISHED,
        published_at=timezone.now(),
    )
    quote = QuoteFactory(
        article=article,
        passage_text='"We closed the road to keep everyone safe."',
        speaker=PersonFactory(name="Jo Marsh"),
        attribution="Insp Jo Marsh said:",
    )
    outcome = OutcomeFactory(
        article=article, passage_text="14 people were arrested", value=14, qualifier=""
    )
    return article, quote, outcome
