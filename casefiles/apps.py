from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the newsroom's site: its titles, model order and review queue."""

    default = False
    default_site = "casefiles.admin_helpers.NewsroomAdminSite"


class CasefilesConfig(AppConfig):
    default = True
    name = "casefiles"
    verbose_name = "Case files"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks

        from casefiles import signals  # noqa: F401
        from casefiles.caching import connect_signals
        from casefiles.checks import check_page_cache

        connect_signals()
        checks.register(check_page_cache, checks.Tags.caches)
