import pytest

from tests.jshelpers import make_js


@pytest.fixture
def js():
    return make_js()
