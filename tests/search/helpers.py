"""Looking at the search index directly, for the search tests."""

from django.db import connection

from casefiles import search

STORY = (
    "Raids In Southend\n\n"
    "More than 70 people have been arrested during Operation Erasure.\n\n"
    'Det Chief Insp Lewis Basford said: "We moved proactively to stop them."\n'
)


def found(query, **kwargs):
    return [(hit.kind, hit.object_id) for hit in search.search(query, **kwargs)]


def index_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT kind, object_id FROM casefiles_search")
        return sorted((kind, int(object_id)) for kind, object_id in cursor.fetchall())
