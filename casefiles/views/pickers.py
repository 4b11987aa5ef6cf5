"""What a filter form's picker offers as a name is typed: /pick/people/?q=bas gives, as JSON,
up to twenty people the reader may see whose names begin so (see `casefiles.pickers`).

Anonymous answers are kept in the page cache like any reader page (the URL names `q` as the
one parameter it reads); a signed-in user's are private to them.
"""

from django.http import JsonResponse

from casefiles.pickers import OPERATIONS, ORGANISATIONS, PEOPLE, pick


def _offered(request, kind):
    text = request.GET.get("q", "")
    return JsonResponse({"results": kind.as_json(pick(kind, request.user, text))})


def pick_people(request):
    return _offered(request, PEOPLE)


def pick_operations(request):
    return _offered(request, OPERATIONS)


def pick_organisations(request):
    return _offered(request, ORGANISATIONS)
