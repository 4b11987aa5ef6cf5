"""The newsroom's two roles, as auth groups.

Journalists add, change and review every record but cannot delete anything or publish;
editors can do everything, including publishing and deleting. `ensure_roles` is idempotent:
it resets both groups to exactly these permissions whenever it runs.
"""

JOURNALIST = "Journalist"
EDITOR = "Editor"

ROLE_APPS = ("articles", "casefiles")
# Import runs and their items are written by the importer; people only read them.
READ_ONLY_MODELS = {"importrun", "importitem"}
# Bookkeeping that no one edits by hand.
INTERNAL_MODELS = {"contentversion", "formerslug"}
PUBLISH_CODENAMES = {"publish_article", "publish_casefile", "make_person_public"}


def journalist_may(codename, model):
    if codename in PUBLISH_CODENAMES or codename.startswith("delete_"):
        return False
    if model in READ_ONLY_MODELS:
        return codename.startswith("view_")
    return codename.split("_", 1)[0] in {"add", "change", "view"}


def ensure_roles(apps):
    """Create or reset the Journalist and Editor groups from the given app registry."""
    from django.contrib.auth.management import create_permissions

    # On a fresh database permissions are only created after all migrations ran.
    for app_config in apps.get_app_configs():
        models_module = getattr(app_config, "models_module", None)
        # A migration's registry marks apps as model-less; create_permissions skips those.
        app_config.models_module = models_module or True
        try:
            create_permissions(app_config, verbosity=0, apps=apps)
        finally:
            app_config.models_module = models_module

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # History is governed by the permissions of the record it belongs to.
    permissions = list(
        Permission.objects.filter(content_type__app_label__in=ROLE_APPS)
        .exclude(content_type__model__startswith="historical")
        .exclude(content_type__model__in=INTERNAL_MODELS)
        .select_related("content_type")
    )
    editor, _ = Group.objects.get_or_create(name=EDITOR)
    editor.permissions.set(permissions)
    journalist, _ = Group.objects.get_or_create(name=JOURNALIST)
    journalist.permissions.set(
        [p for p in permissions if journalist_may(p.codename, p.content_type.model)]
    )
