"""Reader pages."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from articles.models import Article
from casefiles.models import CaseFile, Operation, Organisation, Person, Quote


def _placeholder(request, *args, **kwargs):
    return HttpResponse("Casefiles")


home = search = casefile_list = operation_list = person_list = _placeholder
organisation_list = article_list = quote_list = outcome_list = _placeholder


def casefile_detail(request, slug):
    return HttpResponse(get_object_or_404(CaseFile.objects.visible_to(request.user), slug=slug))


def operation_detail(request, slug):
    return HttpResponse(get_object_or_404(Operation.objects.visible_to(request.user), slug=slug))


def person_detail(request, slug):
    return HttpResponse(get_object_or_404(Person.objects.visible_to(request.user), slug=slug))


def organisation_detail(request, slug):
    obj = get_object_or_404(Organisation.objects.visible_to(request.user), slug=slug)
    return HttpResponse(obj)


def article_detail(request, pk, slug):
    return HttpResponse(get_object_or_404(Article.objects.visible_to(request.user), pk=pk))


def quote_detail(request, pk):
    return HttpResponse(get_object_or_404(Quote.objects.visible_to(request.user), pk=pk))
