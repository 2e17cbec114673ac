"""The optional C extension of the entity tagger; everything else is in pyproject.toml.

``optional=True``: where it cannot be compiled (no compiler, no Python headers) the build goes on
without it and the package runs its pure-Python loops, which stay the reference (docs/performance.md).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "arabicnews.core._fastner",
            ["arabicnews/core/_fastner.c"],
            optional=True,
        )
    ]
)
