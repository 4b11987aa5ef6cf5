"""A case that runs for years: one operation, one spokesperson, one force with a unit and one
case file, each in hundreds of published articles. Each article names the spokesperson (in the
unit) and someone of its own (in the force), mentions the operation and an operation of its
own that the unit ran, quotes the spokesperson about the operation, and reports figures
credited to the operation, the force and its own operation. Rows are written in bulk, so a test
builds hundreds of articles in about a second, and the search index is rebuilt."""

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

from articles.models import Article, ArticleStatus, Publication
from casefiles import search
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    OrganisationKind,
    Outcome,
    Person,
    PublicationStatus,
    Quote,
)

FIRST_DAY = datetime(2010, 1, 4, 9, tzinfo=UTC)


def _body(n):
    parts = {
        "officer": "Det Insp Rowan Hale",
        "local": f"Resident{n:04d} Example",
        "operation": "Operation Longrun",
        "own": f"Operation Spur{n:04d}",
        "quote": f'"We went back to the estate for raid {n} with the neighbours behind us."',
        "arrests": f"{n % 90 + 2} people were arrested",
        "cash": f"£{n + 1},000 in cash",
        "searches": f"{n % 40 + 3} homes were searched",
    }
    body = (
        f"Raid {n} on the estate\n\n"
        f"{parts['officer']} said {parts['operation']} went on. {parts['quote']}\n\n"
        f"In all, {parts['arrests']} and {parts['cash']} was seized. "
        f"{parts['local']} watched as {parts['searches']} under {parts['own']}.\n"
    )
    spans = {}
    for name, text in parts.items():
        start = body.index(text)
        spans[name] = {"start": start, "end": start + len(text), "text": text}
    return body, spans


def make_large_case(count):
    """The case with `count` articles (see `add_reports` for more)."""
    force = Organisation.objects.create(
        name="Longshire Police", slug="longshire-police", kind=OrganisationKind.POLICE_FORCE
    )
    unit = Organisation.objects.create(
        name="Harbour Unit", slug="harbour-unit", kind=OrganisationKind.POLICE_UNIT, parent=force
    )
    case = SimpleNamespace(
        force=force,
        unit=unit,
        publication=Publication.objects.create(name="Longshire Echo"),
        officer=Person.objects.create(name="Rowan Hale", slug="rowan-hale", organisation=unit),
        operation=Operation.objects.create(
            name="Operation Longrun", slug="operation-longrun", force=force
        ),
        casefile=CaseFile.objects.create(
            title="The Longrun years", slug="the-longrun-years", status=PublicationStatus.PUBLISHED
        ),
        articles=[],
    )
    case.casefile.operations.add(case.operation)
    case.casefile.people.add(case.officer)
    add_reports(case, count)
    return case


def add_reports(case, count):
    """`count` more articles about the case, one a week after the last."""
    first = len(case.articles)
    numbers = range(first, first + count)
    bodies = [_body(n) for n in numbers]
    articles = Article.objects.bulk_create(
        Article(
            headline=f"Raid {n} on the estate",
            slug=f"raid-{n}-on-the-estate",
            source_name=f"longrun/{n:04d}.txt",
            body=body,
            publication=case.publication,
            status=ArticleStatus.PUBLISHED,
            published_at=FIRST_DAY + timedelta(weeks=n),
        )
        for n, (body, _) in zip(numbers, bodies, strict=True)
    )
    locals_ = Person.objects.bulk_create(
        Person(name=f"Resident{n:04d} Example", slug=f"resident{n:04d}", organisation=case.force)
        for n in numbers
    )
    own_operations = Operation.objects.bulk_create(
        Operation(name=f"Operation Spur{n:04d}", slug=f"operation-spur{n:04d}", force=case.unit)
        for n in numbers
    )
    rows = {Appearance: [], OperationMention: [], Quote: [], Outcome: []}
    for article, (_, spans), local, own in zip(
        articles, bodies, locals_, own_operations, strict=True
    ):
        officer, force = case.officer, case.force
        rows[Appearance] += [
            Appearance(article=article, **spans["officer"], person=officer, organisation=case.unit),
            Appearance(article=article, **spans["local"], person=local, organisation=force),
        ]
        rows[OperationMention] += [
            OperationMention(article=article, **spans["operation"], operation=case.operation),
            OperationMention(article=article, **spans["own"], operation=own),
        ]
        rows[Quote].append(
            Quote(article=article, **spans["quote"], speaker=case.officer, attribution="said")
        )
        figures = [
            ("arrests", "arrests", "", case.operation, case.unit),
            ("cash", "cash seized", "GBP", case.operation, case.force),
            ("searches", "homes searched", "", own, case.unit),
        ]
        for part, metric, unit, operation, organisation in figures:
            value = int("".join(c for c in spans[part]["text"] if c.isdigit()))
            rows[Outcome].append(
                Outcome(
                    article=article,
                    **spans[part],
                    metric=metric,
                    value=value,
                    unit=unit,
                    operation=operation,
                    organisation=organisation,
                )
            )
    for model, new in rows.items():
        model.objects.bulk_create(new)
    Quote.operations.through.objects.bulk_create(
        Quote.operations.through(quote=quote, operation=case.operation) for quote in rows[Quote]
    )
    case.casefile.articles.add(*articles)
    case.articles += articles
    # Bulk writes send no signals: index the case as a rebuild would.
    search.rebuild()
    return articles
