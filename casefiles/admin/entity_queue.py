"""What the review queue shows of a new person, organisation or operation, and what it says
after a journalist's decision about one."""

from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.text import Truncator

from casefiles.admin.preview import change_url_maker, passage_in_context
from casefiles.models import PossibleMatch
from casefiles.reviewing import ENTITY_MODELS, belongs_to, named_in

# Open "possibly the same as" questions a row of the queue shows; the rest are a link away.
QUESTIONS_SHOWN = 5


def entity_row(record, introduced, questions, can_change):
    """The queue's row for a new entity: `introduced` and `questions` are what
    `casefiles.reviewing.introductions` and `open_questions` read for the page."""
    opts = record._meta
    change_url = change_url_maker(opts.model_name)
    first = introduced.get(record.pk)
    asked = questions.get(record.pk, [])
    return {
        "record": record,
        "entity": True,
        "subject": str(record),
        "kind": f"new {opts.verbose_name}",
        "tag": opts.model_name,
        "model_name": opts.model_name,
        "belongs_to": belongs_to(record),
        "introduction": first,
        "context": first and passage_in_context(first, width=120, longest=360),
        "article": first and first.article,
        "article_url": first and reverse("admin:articles_article_change", args=[first.article_id]),
        "introduction_url": first and change_url_maker(first._meta.model_name)(first.pk),
        "introduction_label": first and first._meta.verbose_name,
        "change_url": change_url(record.pk),
        "can_change": can_change,
        "questions": [
            {
                "question": question,
                "other": other,
                "other_url": change_url(other.pk),
                "belongs_to": belongs_to(other),
            }
            for question, other in asked[:QUESTIONS_SHOWN]
        ],
        "more_questions": len(asked) - QUESTIONS_SHOWN,
        "questions_url": reverse("admin:casefiles_possiblematch_changelist")
        + f"?kind={opts.model_name}&involving={record.pk}",
    }


def in_article(queryset, article_id):
    """Those of a review queryset found in, or (new entities) named in, the article."""
    if queryset.model in ENTITY_MODELS:
        return named_in(queryset, article_id)
    return queryset.filter(article_id=article_id)


def rejection_message(sent_back, kept, kept_apart):
    """What rejecting an entity did besides, in sentences."""
    if sent_back:
        yield f"{sent_back} record{pluralize(sent_back)} naming it went back to the review queue."
    if kept:
        names = pluralize(kept, "s,")
        yield (
            f"{kept} record{pluralize(kept)} a journalist verified still name{names} it: open "
            "them to say who or what they name."
        )
    if kept_apart:
        yield f"{kept_apart} open question{pluralize(kept_apart)} about it answered “different”."


def still_open_message(entity):
    """After verifying an entity, which leaves the queue: the questions about it still open."""
    count = PossibleMatch.objects.involving(type(entity), [entity.pk]).undecided().count()
    if count:
        yield (
            f"{count} open question{pluralize(count)} about it remain{pluralize(count, 's,')} "
            "under Possible matches."
        )


def answered_message(pair, staying):
    """What answering a question did, naming both records."""
    names = [Truncator(str(r)).chars(80) if r else "a record since removed" for r in pair]
    if staying is None:
        return f"“{names[0]}” and “{names[1]}” kept apart: the importer will not ask again."
    merged = next(name for record, name in zip(pair, names, strict=True) if record.pk != staying.pk)
    return f"“{merged}” merged into “{Truncator(str(staying)).chars(80)}”."
