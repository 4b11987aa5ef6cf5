"""How sure the importer was of a record found in an article, as the admin shows it: "said
after quote · 0.95" in a column a journalist sorts by, filters by band and by rule, and a mark on
the records the importer doubted."""

from django.contrib import admin
from django.utils.html import format_html

from casefiles.models import ConfidenceBand, ReviewStatus
from casefiles.models.provenance import LEAST_SURE_FIRST, rule_label

# The filter's choice for records with no confidence: a journalist's, or found before the
# importer said how sure it was.
NOT_GIVEN = "none"


def found_by_cell(record):
    """Which rule found the record and how sure it was, marked when the importer doubted it."""
    if not record.found_by:
        return ""
    if record.is_doubtful:
        return format_html(
            '<span class="cf-doubtful" title="The importer was not sure of this: check it '
            'against the article.">Doubtful: {}</span>',
            record.found_by,
        )
    return record.found_by


class ConfidenceBandFilter(admin.SimpleListFilter):
    title = "how sure the importer was"
    parameter_name = "confidence"

    def lookups(self, request, model_admin):
        return [*ConfidenceBand.choices, (NOT_GIVEN, "Not said (a journalist's record)")]

    def queryset(self, request, queryset):
        if self.value() == NOT_GIVEN:
            return queryset.filter(confidence__isnull=True)
        if self.value() in ConfidenceBand.values:
            return queryset.in_band(self.value())
        return queryset


class RuleFilter(admin.SimpleListFilter):
    """The importer's rules that found this kind of record, by the names a journalist reads."""

    title = "found by"
    parameter_name = "rule"

    def lookups(self, request, model_admin):
        rules = (
            model_admin.model.objects.exclude(extraction_rule="")
            .order_by("extraction_rule")
            .values_list("extraction_rule", flat=True)
            .distinct()
        )
        return [(rule, rule_label(rule)) for rule in rules]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(extraction_rule=self.value())
        return queryset


class ConfidenceMixin:
    """For the admin of a kind of record found in articles: the "found by" column, sortable by
    confidence; the filters; and, for the records awaiting review, the least sure first."""

    @admin.display(description="found by, how sure", ordering="confidence")
    def found_by(self, obj):
        return found_by_cell(obj)

    def get_ordering(self, request):
        if request.GET.get("review_status__exact") == ReviewStatus.EXTRACTED:
            return LEAST_SURE_FIRST
        return super().get_ordering(request)
