"""schema.org descriptions of pages for search engines, and their safe embedding in HTML.

The builders take already-fetched objects and an `absolute` function that turns a path into a
full URL (`absolute_url`: on the configured SITE_URL, never the request's Host, since the page
is cached and served to everyone); they run no queries. `script_tag` escapes the JSON so no
text in it (a headline that says "</script>") can end the script element early.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.timezone import localtime

CONTEXT = "https://schema.org"

# The characters that could close the element or start markup, as JSON escapes.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def absolute_url(path):
    """`path` as a full address on the site's own SITE_URL."""
    return settings.SITE_URL + path


def script_tag(data):
    """`data` as a <script type="application/ld+json"> element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        SafeString(text.translate(_SCRIPT_ESCAPES)),
    )


def _organisation(name, url=None):
    node = {"@type": "Organization", "name": name}
    if url:
        node["url"] = url
    return node


def _person(person):
    return {"@type": "Person", "name": person.name, "url": absolute_url(person.get_absolute_url())}


def news_article(article):
    node = {
        "@type": "NewsArticle",
        "headline": article.headline[:110],
        "url": absolute_url(article.get_absolute_url()),
        "mainEntityOfPage": absolute_url(article.get_absolute_url()),
        "isAccessibleForFree": True,
    }
    if article.published_at:
        published = localtime(article.published_at)
        node["datePublished"] = (
            published.isoformat() if article.published_has_time else published.date().isoformat()
        )
    if article.updated_at:
        node["dateModified"] = article.updated_at.isoformat()
    if article.byline:
        node["author"] = {"@type": "Person", "name": article.byline}
    if article.publication:
        publisher = _organisation(article.publication.name, article.publication.website)
        node["publisher"] = publisher
        node.setdefault("author", publisher)
    if article.source_url:
        node["sameAs"] = article.source_url
    return node


def quotation(quote):
    """A quote as schema.org Quotation: who said it, where it was printed, what it is about."""
    node = {
        "@type": "Quotation",
        "text": quote.text,
        "url": absolute_url(quote.get_absolute_url()),
        "isBasedOn": {
            "@type": "NewsArticle",
            "headline": quote.article.headline[:110],
            "url": absolute_url(quote.article.get_absolute_url()),
        },
    }
    if quote.speaker:
        speaker = _person(quote.speaker)
        node["creator"] = speaker
        node["spokenByCharacter"] = speaker
    about = [
        {"@type": "Thing", "name": op.name, "url": absolute_url(op.get_absolute_url())}
        for op in quote.operations.all()
    ]
    if about:
        node["about"] = about
    return node


def person(person, *, job_title="", organisations=()):
    node = _person(person)
    if job_title:
        node["jobTitle"] = job_title
    affiliations = [
        _organisation(org.name, absolute_url(org.get_absolute_url())) for org in organisations
    ]
    if affiliations:
        node["affiliation"] = affiliations
    return node


def graph(*nodes):
    return {"@context": CONTEXT, "@graph": [node for node in nodes if node]}


def document(node):
    return {"@context": CONTEXT, **node}
