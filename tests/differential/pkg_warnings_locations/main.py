import warnings
import helper

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("plain warning")
warnings.warn("twice in a loop")
for i in range(3):
    warnings.warn("in a loop")
old_api()
helper.run()
warnings.warn_explicit("explicit", UserWarning, "fake.py", 12)
with warnings.catch_warnings(record=True) as got:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    helper.run()
print([(w.category.__name__, str(w.message), w.lineno, w.filename.endswith(("main.py", "helper.py"))) for w in got])
warnings.warn("deep", stacklevel=50)
print("done")
