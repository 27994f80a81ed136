# A package in the usual shape of a PyPI project with an optional C speedup module,
# used to test `molt ext build` (it is packed into an sdist by the test).
from setuptools import Extension, setup

setup(
    name="demo",
    version="1.0",
    ext_modules=[
        Extension(
            "demo._fast",
            sources=["src/demo/_fast.c"],
            define_macros=[("DEMO_SCALE", "3")],
        )
    ],
)
