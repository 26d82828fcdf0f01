"""Fixtures for the host API tests: a fresh runtime per test, closed afterwards."""
import asyncio

import pytest

from reflow import JavascriptRuntime


@pytest.fixture
def rt():
    runtime = JavascriptRuntime()
    yield runtime
    runtime.close()


def run(coroutine):
    """Run a coroutine of the host API to its end on a fresh asyncio loop."""
    return asyncio.run(coroutine)
