# numpy_lite: a small float64 array package with its C extension, laid out as a PyPI
# sdist (the test packs this folder and builds it with `molt ext build`).
from setuptools import Extension, setup

setup(
    name="numpy_lite",
    version="0.1",
    ext_modules=[
        Extension(
            "numpy_lite",
            sources=["src/numpy_lite.c"],
        )
    ],
)
