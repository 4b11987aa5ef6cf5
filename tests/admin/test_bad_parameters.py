"""An admin address with a value it cannot read answers 400 (or sends the user back to the
unfiltered list), never a server error: on SQLite and on PostgreSQL alike."""

import pytest
from django.contrib import admin
from django.urls import reverse

from casefiles.models import Quote, ReviewStatus
from tests.admin.helpers import admin_url
from tests.admin.test_pages import BUILDERS
from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db

# Values sent in every parameter of every list, one parameter at a time.
HOSTILE = ["²", "a\x00b", "99999999999999999999", "99999999", "' OR '1'='1"]
# More, sent in all of a list's parameters at once.
MORE_HOSTILE = [
    "\x00",
    "-99999999999999999999",
    "-1",
    "0",
    "1e309",
    "nan",
    "1.5",
    "٣",
    "abc",
    "",
    "9" * 400,
    "2024-13-45",
    "[]",
]


@pytest.fixture
def staff(client, admin_user):
    client.force_login(admin_user)
    return client


def filter_parameters(client, model):
    """The query parameters a model's changelist reads: its filters, dates, search, order, page."""
    response = client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    changelist = response.context["cl"]
    names = {"q", "o", "p", "_to_field", "e"}
    for spec in changelist.filter_specs:
        names.update(spec.expected_parameters())
    if changelist.date_hierarchy:
        field = changelist.date_hierarchy
        names.update(f"{field}__{part}" for part in ("year", "month", "day"))
    return sorted(names)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/review/?article=²",
        "/admin/review/?article=99999999999999999999",
        "/admin/review/?article=%00",
        "/admin/review/?kind=%00&page=%00",
        "/admin/casefiles/quote/?review_status=%00",
        "/admin/casefiles/quote/?article__published_at__year=99999999",
        "/admin/casefiles/quote/?article__published_at__year=9999&article__published_at__month=12",
        "/admin/casefiles/quote/?article__id__exact=99999999999999999999",
        "/admin/casefiles/quote/1/history/abc/",
        "/admin/casefiles/quote/1/history/99999999999999999999/",
        "/admin/casefiles/quote/%00/change/",
    ],
)
def test_a_bad_value_in_an_admin_address_is_not_a_server_error(staff, url):
    QuoteFactory(pk=1)
    assert staff.get(url).status_code in {200, 302, 400, 404}


@pytest.mark.parametrize("pk", ["²", "99999999999999999999", "\x00", "-1"])
def test_reviewing_a_record_the_form_cannot_name_is_refused(staff, pk):
    QuoteFactory()
    response = staff.post(
        reverse("admin:review-queue"),
        {"kind": "quote", "status": ReviewStatus.VERIFIED, "pk": pk},
    )
    assert response.status_code in {400, 403}


def test_a_review_queue_filter_that_is_not_a_number_says_so(staff):
    response = staff.get(reverse("admin:review-queue"), {"article": "²"})
    assert response.status_code == 400


def test_hostile_values_in_every_changelist_filter_and_the_review_queue(staff):
    # Two of everything, so that every filter has a choice to offer and shows.
    for build in [*BUILDERS.values(), *BUILDERS.values()]:
        build()
    quote = QuoteFactory()
    addresses = [
        (admin_url(model, "changelist"), filter_parameters(staff, model))
        for model in admin.site._registry
    ]
    addresses.append((reverse("admin:review-queue"), ["article", "kind", "page"]))
    sent = []
    for url, names in addresses:
        sent += [(url, {name: value}) for name in names for value in HOSTILE]
        sent += [(url, dict.fromkeys(names, value)) for value in MORE_HOSTILE]
    for url, query in sent:
        assert staff.get(url, query).status_code < 500, (url, query)
    print(f"admin parameter fuzz: {len(sent)} requests")
    assert len(sent) > 800
    assert Quote.objects.filter(pk=quote.pk).exists()
