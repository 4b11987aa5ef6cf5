import pytest

from tests.intake.server import LocalSite


@pytest.fixture
def site():
    """A web server on 127.0.0.1 for this test (`tests/intake/server.py`)."""
    with LocalSite() as local:
        yield local
