from django.apps import AppConfig


class CasefilesConfig(AppConfig):
    name = "casefiles"
    verbose_name = "Case files"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from casefiles import signals  # noqa: F401
        from casefiles.caching import connect_signals

        connect_signals()
