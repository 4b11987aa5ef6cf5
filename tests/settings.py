"""Settings for the test suite: the project's own, with a throwaway key and fast hashing."""

import os

os.environ.setdefault("SECRET_KEY", "casefiles-test-key-not-secret")

from casefiles.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Hashed file names need `collectstatic`; tests serve static files straight from the finders.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each test starts from an empty database, so cached pages must not outlive it; the page cache
# has tests of its own that switch a real cache on.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
CASEFILES_PAGE_COPY_BYTES = 0
# Not the test client's "testserver": pages must take their own address from SITE_URL.
SITE_URL = "https://cases.example.org"
# Read the content versions afresh on every request: a page's queries are then the same
# whatever the moment (the page cache's own tests keep them for a while).
CASEFILES_VERSION_SECONDS = 0
# Imports run inside the test process: it keeps its priority (the setting has tests of its own).
CASEFILES_IMPORT_NICENESS = 0
