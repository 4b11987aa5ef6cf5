"""What articles' first import means for the search index and for the cached pages, worked
out from the records it has just written rather than read back from the database.

Read back, the index rows and the pages an article changes cost a dozen queries an article
(`search.reindex_article`, `page_scopes.pages_showing`), each with its own query planning,
for records the importer holds in hand. A re-import keeps a journalist's records alongside
the fresh ones, and what the article showed before matters too: it reads them back as before.
"""

from __future__ import annotations

from casefiles import search
from casefiles.page_scopes import pages_of_new_article
from casefiles.versions import pages_shown


def _unique(records):
    """`records` less None and repeats, in their order."""
    return list({record.pk: record for record in records if record is not None}.values())


def follow_new_articles(articles, links) -> None:
    """Index the articles and what they name, in one go, and say which pages each changes;
    `articles` holds (article, written, names) for each: the records `spans.Written` wrote
    and the names `named.Named` found. `links`, what the run knows of the organisations and
    case files around them (`page_scopes.Links`)."""
    indexed, shown = [], []
    for article, written, names in articles:
        mentioned = _unique(mention.operation for mention in written.mentions)
        quoted_about = _unique(op for operations in written.quote_operations for op in operations)
        figures = written.outcomes
        placed = _unique(
            [
                *(appearance.organisation for appearance in written.appearances),
                *(outcome.organisation for outcome in figures),
            ]
        )
        indexed.append(
            (
                article,
                written.appearances,
                written.quotes,
                _unique([*mentioned, *quoted_about]),
                _unique([*placed, *(operation.force for operation in mentioned)]),
            )
        )
        # Organisations as the article left them: one it gave a parent, or created.
        links.know(_unique(names.organisations.values()))
        pages = pages_of_new_article(
            article.pk,
            operations=_unique(
                [*mentioned, *quoted_about, *(outcome.operation for outcome in figures)]
            ),
            people=_unique(
                [
                    *(appearance.person for appearance in written.appearances),
                    *(quote.speaker for quote in written.quotes),
                    *(outcome.person for outcome in figures),
                ]
            ),
            organisations=placed,
            links=links,
        )
        shown.append((article.pk, pages))
    search.index_new_articles(indexed)
    for article_id, pages in shown:
        pages_shown(article_id, pages)
