"""The newsroom admin, by role.

- `site`: the admin site (titles, order of apps and models) and the review queue.
- `entity_queue`: what the review queue shows of new people, organisations and operations.
- `forms`: widgets and form fields the admins share.
- `locking`: a save refused when the record changed after its page was opened.
- `base`: base admin classes (history, fixed-query changelists, publishing).
- `preview`: the article text with its records highlighted, and a passage in context.
- `provenance`: what the admins of records found in articles (quotes, figures, people and
  operations named) share: the passage, the review trail, the inline on the article's page.
- `records`: each kind of those records, on its own pages and as its inline (registered on the
  article's page in `articles.admin`); `confidence`, how sure the importer was of each, as a
  column, filters and a mark on doubtful records.
- `article_review`: reviewing those records on the article's page: each in its row (verify,
  reject, undo), everything left at once, and "Save as verified by me" down the article.
- `domain`: case files, operations, people and organisations.
- `entities`: what the admins of people, organisations and operations share: their review,
  `merging` duplicates from the list or a record's page, and `usage`, where each is used.
- `questions`: the importer's "possibly the same as" questions, listed and answered.

Every admin registers on the default site, which `casefiles.apps.NewsroomAdminConfig` makes the
newsroom's; importing the modules here is what registers them when Django discovers the admin.
"""

from casefiles.admin import domain, questions, records  # noqa: F401
