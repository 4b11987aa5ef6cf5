"""Test data for the admin, and the form a browser would send back from an admin page."""

from html.parser import HTMLParser

import factory
from django.utils import timezone

from articles.models import ImportItem, ImportItemStatus, ImportRun, ImportRunStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)


class ImportRunFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportRun

    finished = factory.LazyFunction(timezone.now)
    user = "newsdesk"
    paths = "fixtures/sources"
    created_count = 2
    report = "Created 2, updated 0, unchanged 0, failed 0."


class QueuedRunFactory(ImportRunFactory):
    status = ImportRunStatus.QUEUED
    finished = None
    queued_count = 3
    created_count = 1
    report = ""


class ImportItemFactory(factory.django.DjangoModelFactory):
    """A file of a queued run that failed."""

    class Meta:
        model = ImportItem

    run = factory.SubFactory(QueuedRunFactory)
    source_name = factory.Sequence(lambda n: f"2024/report-{n}.txt")
    text = "Headline alone\n"
    status = ImportItemStatus.FAILED
    error = "has no body text"
    attempts = 1
    finished = factory.LazyFunction(timezone.now)


class LinkedCaseFileFactory(CaseFileFactory):
    """A case file following an operation, drawing on an article, centred on a person."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def links(self, create, extracted, **kwargs):
        if create:
            self.operations.add(OperationFactory())
            self.articles.add(ArticleFactory())
            self.people.add(PersonFactory())


class QuoteAboutOperationFactory(QuoteFactory):
    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def about(self, create, extracted, **kwargs):
        if create:
            self.operations.add(OperationFactory())


def records_of_every_kind(article):
    """One quote, figure, person named and operation named in `article`."""
    return [
        QuoteAboutOperationFactory(article=article),
        OutcomeFactory(article=article),
        AppearanceFactory(article=article),
        OperationMentionFactory(article=article),
    ]


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self.select = None
        self.select_options = []
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value", "on")))
                return
            self.fields.append((name, attrs.get("value", "")))
        elif tag == "select" and name:
            self.select = (name, "multiple" in attrs)
            self.select_options = []
        elif tag == "option" and self.select:
            self.select_options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self.textarea = (name, [])

    def handle_data(self, data):
        if self.textarea:
            self.textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            name, multiple = self.select
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and not multiple and self.select_options:
                chosen = [self.select_options[0][0]]
            self.fields.extend((name, value) for value in chosen)
            self.select = None
        elif tag == "textarea" and self.textarea:
            name, parts = self.textarea
            # Browsers drop the newline that follows <textarea> and send line breaks as CR LF.
            text = "".join(parts).removeprefix("\n")
            self.fields.append((name, text.replace("\r\n", "\n").replace("\n", "\r\n")))
            self.textarea = None


def form_data(response):
    """The fields a browser would submit from an admin page's main form (`<model>_form`).

    Blank inline templates (`__prefix__`) are left out. A name given more than once (a multiple
    select) maps to a list.
    """
    reader = _FormReader(f"{response.context['opts'].model_name}_form")
    reader.feed(response.content.decode())
    data = {}
    for name, value in reader.fields:
        if "__prefix__" in name:
            continue
        if name in data:
            existing = data[name]
            data[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            data[name] = value
    return data
