"""Names vulture cannot see used: Django, the admin, templates and migrations read them.

Each line names a use vulture cannot follow; a name that really is unused is deleted from the
code instead of being listed here.
"""

# ruff: noqa
_ = object()

# Fields of the plain records the extractor returns, read by callers and tests by name.
dateline_span  # ParsedSource: the date line's place in the text
name_start  # TitledMention: where the name after a title begins

# Model fields shown by the admin and templates, and set by the importer's run record.
finished  # ImportRun
created_count  # ImportRun
updated_count  # ImportRun
unchanged_count  # ImportRun
failed_count  # ImportRun
report  # ImportRun
notes  # Person: the newsroom's internal notes, edited in the admin
reviewed_by  # Provenance
reviewed_at  # Provenance
_.finished
_.created_count
_.updated_count
_.unchanged_count
_.failed_count
_.report
_.reviewed_by
_.reviewed_at
resolution  # Appearance, OperationMention: shown in the review queue
decided_by  # PossibleMatch: shown in its admin
decided_at  # PossibleMatch

# Django reads these by name.
use_required_attribute  # IntakeForm: no browser-side `required` across its three ways in
upload_handlers  # HttpRequest: the intake's uploads held in memory
csrf_exempt  # ArticleAdmin.add_view: its CSRF check is made inside, after upload_handlers
handle_raw_input  # InMemoryUpload: Django's upload handler interface
activated  # InMemoryUpload: read by Django's MemoryFileUploadHandler
object_history_form_template  # ModelAdmin: the history revert form
change_form_template  # ModelAdmin
delete_confirmation_template  # ModelAdmin
delete_selected_confirmation_template  # ModelAdmin
action_form  # ModelAdmin: the form of the list's action menu
lookups  # SimpleListFilter: the choices it offers
css  # ModelAdmin.Media
js  # InlineModelAdmin.Media
NewsroomAdminSite  # named by casefiles.apps.NewsroomAdminConfig.default_site
default  # AppConfig.default
year  # a django-filter field the filter form renders
_._published  # PublishedReadsMixin's cached queryset, read through self.__dict__
ensure_roles  # called by migration 0002_roles
as_sql  # a Lookup's SQL (casefiles.exports.IdIn), which the query compiler asks for

# Named in settings by dotted path, or read by the libraries that settings configure.
site_url  # settings.SITE_URL
private_for_signed_in  # MIDDLEWARE
serve_copies  # MIDDLEWARE
client_ip  # AXES_CLIENT_IP_CALLABLE
locked_out  # AXES_LOCKOUT_CALLABLE, whose signature names these two arguments
original_response
credentials
_._mutable  # QueryDict's own flag, set to freeze a built query

# The metric vocabulary's membership test, which the tests run over every emitted metric.
is_metric

# A form field rendered by templates/admin/change_form.html.
seen_values
alias_surname  # a Person column the importer looks people up by (`alias_surname__in`)

# Model fields written through F() and update(), and shown by the admin.
attempts  # ImportItem.attempts

# The whole site's version of the page cache: the public read beside its bump, for the import
# and the tests (pages read it with the other scopes, in `scope_versions`).
content_version  # casefiles.caching

# Read by templates/casefiles/search.html.
has_next  # search.Page: whether a kind's next page has hits

# Read by Django's QuerySet as it iterates: the class that makes each row (`reads`).
_._iterable_class

# Arguments a cached function is kept under and does not read itself (an `lru_cache` key).
written_in  # casefiles_tags._time_element: the zone and language in force
