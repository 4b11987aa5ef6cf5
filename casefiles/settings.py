"""Settings for Casefiles, read from the environment.

Nothing needs to be set for a local run: DEBUG off still works with SQLite once a SECRET_KEY is
given, and `DEBUG=1` gives a development key.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_HASHES
from django.core.exceptions import ImproperlyConfigured

from casefiles.security import site_url

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DEBUG") == "1"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "casefiles-development-only-key-never-use-in-production"
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            "string (python -c 'import secrets; print(secrets.token_urlsafe(50))'), "
            "or set DEBUG=1 for local development."
        )

ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get(
        "ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "localhost,127.0.0.1"
    ).split(",")
    if host.strip()
]
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",")
    if origin.strip()
]

INSTALLED_APPS = [
    "casefiles.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_filters",
    "crispy_forms",
    "crispy_bootstrap5",
    # django-bootstrap-static: Bootstrap's css and js as app static files, so no page depends
    # on a CDN and WhiteNoise serves them like our own.
    "bootstrap",
    "simple_history",
    # django-axes: counts failed admin sign-ins per user name and address and refuses more for
    # a cool-off period; it works through Django's own authentication, so the admin login
    # needs no change of its own.
    "axes",
    # django-tasks: the backport of Django 6's django.tasks (background imports), and its
    # database backend, whose tables exist whichever backend runs, so switching needs no migrate.
    "django_tasks",
    "django_tasks_db",
    "casefiles",
    "articles",
]

MIDDLEWARE = [
    # First: a reader's page this process holds a fresh copy of is answered before the others
    # run, with the headers they gave it the first time (`casefiles.hits`).
    "casefiles.hits.serve_copies",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files (an SVG opened on its own) carry the policy too.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "casefiles.caching.private_for_signed_in",
    # Last, as django-axes asks: it turns a refused sign-in into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

# The axes backend goes first: it refuses a locked-out user name and address before a
# password is even checked, and needs the request (the admin login passes it).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "casefiles.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "casefiles.wsgi.application"
ASGI_APPLICATION = "casefiles.asgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers keep reading while an import writes; the busy timeout makes a writer
    # wait for the lock instead of failing at once; IMMEDIATE takes the write lock up front so
    # two writers queue rather than deadlock.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"
        ),
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: a page's queries over a large archive pass its cost threshold, and
    # compiling them took 100 ms each, longer than running them.
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()

# Reader pages are cached whole (see casefiles/caching.py). Per-process memory by default;
# REDIS_URL shares one cache between all server processes. Start-up checks that it answers
# (casefiles/checks.py); short timeouts keep a Redis that goes away later from holding a page up.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "casefiles",
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = "admin:login"

# `manage.py loaddata casefiles` finds the curated case files here.
FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# Largest source text the importer accepts, in bytes: a file, an uploaded file or zip member, a
# pasted text, or a web page fetched (the page is dropped as soon as it passes the limit).
CASEFILES_MAX_SOURCE_BYTES = int(os.environ.get("CASEFILES_MAX_SOURCE_BYTES", 2_000_000))
# Uploads in the admin are held in memory, never written to disk: one upload may bring this many
# bytes (a larger one is refused before it is read), and a zip may unpack to as many (whatever
# its headers claim) in at most CASEFILES_ZIP_MAX_FILES files.
CASEFILES_UPLOAD_MAX_BYTES = int(os.environ.get("CASEFILES_UPLOAD_MAX_BYTES", 50_000_000))
CASEFILES_ZIP_MAX_FILES = int(os.environ.get("CASEFILES_ZIP_MAX_FILES", 500))
# A text pasted into the admin is a form field: let one as large as the importer takes through.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, 2 * CASEFILES_MAX_SOURCE_BYTES)
# Fetching a page from a web address given in the admin: seconds to connect, and for the whole
# fetch, redirects included.
CASEFILES_FETCH_CONNECT_SECONDS = float(os.environ.get("CASEFILES_FETCH_CONNECT_SECONDS", 5))
CASEFILES_FETCH_SECONDS = float(os.environ.get("CASEFILES_FETCH_SECONDS", 20))
# Addresses on private, loopback, link-local or reserved networks are refused, so that a form
# cannot reach the servers behind the site; 1 allows them (a newsroom's own intranet, tests).
CASEFILES_FETCH_ALLOW_PRIVATE = os.environ.get("CASEFILES_FETCH_ALLOW_PRIVATE") == "1"
# The largest page the page cache keeps: a few pages of very long articles would otherwise fill a
# per-process cache (and every worker's memory) on their own. Larger pages are rendered each time.
CASEFILES_PAGE_CACHE_MAX_BYTES = int(os.environ.get("CASEFILES_PAGE_CACHE_MAX_BYTES", 1_000_000))
# Each server process keeps its own copies of the cached pages it served lately, up to this many
# bytes (compressed), and serves them while their content versions hold (casefiles/pagecopies.py);
# 0 asks the shared cache every time.
CASEFILES_PAGE_COPY_BYTES = int(os.environ.get("CASEFILES_PAGE_COPY_BYTES", 16_000_000))
# How long a server process goes on using the content versions it read before reading them
# again: a change made in another process shows on its pages this many seconds later at most.
CASEFILES_VERSION_SECONDS = float(os.environ.get("CASEFILES_VERSION_SECONDS", 1))
# 0 renders every reader page afresh (counts and tallies are still kept: see casefiles/tallies.py).
CASEFILES_PAGE_CACHE = os.environ.get("CASEFILES_PAGE_CACHE", "1") == "1"
# While articles are imported, how old a cached page an import changed may be when served to a
# visitor who is not signed in (seconds since it was rendered, or since the oldest count on it
# was worked out; 0 serves nothing stale), and a record's page that only the lists moved past
# (another record's import may change a link on it). One request renders such a page again in
# the second half of the bound. A journalist's own changes show at once.
CASEFILES_PAGE_STALE_SECONDS = int(os.environ.get("CASEFILES_PAGE_STALE_SECONDS", 30))
CASEFILES_PAGE_REFRESH_SECONDS = int(os.environ.get("CASEFILES_PAGE_REFRESH_SECONDS", 600))
# The CPU niceness (0–19) a process takes while it imports, so that pages are served first on
# a machine that does both (articles/importer/priority.py); 0 imports at normal priority.
CASEFILES_IMPORT_NICENESS = int(os.environ.get("CASEFILES_IMPORT_NICENESS", 10))

# A proxy that terminates TLS tells the site which scheme the visitor used (X-Forwarded-Proto)
# and who the visitor is (X-Forwarded-For). Those headers are believed only when BEHIND_PROXY=1
# says such a proxy is in front and overwrites whatever a client sent; otherwise any client
# could claim to be on HTTPS, or to come from any address and dodge the login throttle.
BEHIND_PROXY = os.environ.get("BEHIND_PROXY") == "1"
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL = os.environ.get("SECURE_SSL") == "1"

# Longest the extractor may spend reading one article, in seconds; a text that takes longer
# fails alone ("could not be read in time") and the import goes on with the other files.
CASEFILES_EXTRACT_SECONDS = float(os.environ.get("CASEFILES_EXTRACT_SECONDS", 10))

# Who runs queued imports (`import_articles --queue`, the admin's uploads). "immediate": the
# process that queues them, at once, so nothing else needs to run on a laptop. "database": the
# tasks wait in the database for `manage.py db_worker`, any number of them on any machine that
# reaches it (PostgreSQL in production).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
CASEFILES_TASKS = os.environ.get("CASEFILES_TASKS", "immediate")
if CASEFILES_TASKS not in TASK_BACKENDS:
    raise ImproperlyConfigured(
        f"CASEFILES_TASKS is {CASEFILES_TASKS!r}; set it to one of: {', '.join(TASK_BACKENDS)}."
    )
TASKS = {"default": {"BACKEND": TASK_BACKENDS[CASEFILES_TASKS]}}

if not DEBUG:
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SESSION_COOKIE_HTTPONLY = True
    X_FRAME_OPTIONS = "DENY"
    SECURE_REFERRER_POLICY = "same-origin"
    if SECURE_SSL:
        SECURE_SSL_REDIRECT = True
        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = True
        SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        # Preloading writes the whole domain, every subdomain included, into the browsers'
        # built-in lists, and taking it out again takes months. A newsroom's domain usually
        # hosts other people's services too, so that is its owner's decision, not this site's.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

SITE_URL = site_url(
    os.environ.get("SITE_URL", ""), debug=DEBUG, secure=SECURE_SSL, hosts=ALLOWED_HOSTS
)

# Content-Security-Policy (django-csp): scripts and styles only from the site's own static
# files. Reader pages carry no inline script or style at all, so a cached page needs no nonce;
# the few inline blocks left in Django's admin templates carry the request's nonce. The one
# style attribute left (django-simple-history's history paginator) is allowed by its hash.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_HASHES, "'sha256-XMXSevYjgSjXgRafBFDvtjwX+yyWLrxfso9DcNZ9UXM='"],
        # Bootstrap draws its form controls with data: SVG images from its stylesheet.
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name
# from one address, that pair is refused, right password included, until the cool-off ends.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "casefiles.security.client_ip"
AXES_LOCKOUT_CALLABLE = "casefiles.security.locked_out"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
