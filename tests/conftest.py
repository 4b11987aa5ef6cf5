from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"


@pytest.fixture
def seed_paths():
    return sorted(SOURCES.glob("*.txt"))


@pytest.fixture
def seed_texts(seed_paths):
    """The seed articles, read as the importer reads them."""
    texts = {}
    for path in seed_paths:
        with open(path, encoding="utf-8") as fh:
            texts[path.name] = fh.read()
    return texts


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Group

    from casefiles.roles import EDITOR

    user = django_user_model.objects.create_user("editor", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def journalist(db, django_user_model):
    from django.contrib.auth.models import Group

    from casefiles.roles import JOURNALIST

    user = django_user_model.objects.create_user("journalist", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=JOURNALIST))
    return user


@pytest.fixture
def page_cache(settings):
    """A real page cache (in memory) with each process's copies, empty before and after."""
    from django.core.cache import cache

    from casefiles.versions import forget_versions

    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.CASEFILES_PAGE_COPY_BYTES = 16_000_000
    cache.clear()
    forget_versions()
    yield
    cache.clear()
    forget_versions()


@pytest.fixture
def page_copies(page_cache, settings):
    """The page cache with each process's own copies kept, and versions read at most a minute
    old: the early answer of a cached page (`casefiles.hits`) and the copies it serves from."""
    settings.CASEFILES_PAGE_COPY_BYTES = 1_000_000
    settings.CASEFILES_VERSION_SECONDS = 60


@pytest.fixture
def mentioned_operation(db, django_capture_on_commit_callbacks):
    """An operation with a public page: one mention in a published article."""
    from tests.factories import OperationFactory, OperationMentionFactory

    with django_capture_on_commit_callbacks(execute=True):
        mention = OperationMentionFactory(operation=OperationFactory(name="Operation Erasure"))
    return mention.operation
