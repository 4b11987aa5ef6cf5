from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the newsroom's site: its titles, model order and review queue."""

    default = False
    default_site = "casefiles.admin.site.NewsroomAdminSite"

    def ready(self):
        # The site lives in the package whose modules register the admins on it. Imported first,
        # the package makes the site once, as its first registration asks for it; left to the
        # discovery below, the site would be made, then made again and lose the registrations.
        import casefiles.admin  # noqa: F401

        super().ready()


class CasefilesConfig(AppConfig):
    default = True
    name = "casefiles"
    verbose_name = "Case files"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core import checks
        from django.db.models.signals import post_migrate

        from casefiles import signals  # noqa: F401
        from casefiles.checks import check_page_cache
        from casefiles.models import visibility
        from casefiles.planner import analyse_new_indexes
        from casefiles.versions import connect_signals

        connect_signals()
        visibility.connect_signals()
        checks.register(check_page_cache, checks.Tags.caches)
        post_migrate.connect(analyse_new_indexes, sender=self)
