# PyErr_WarnEx from C goes through the warnings module (filters, catch_warnings, "error").
import warnings
import warnings_route as wx
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    wx.w()
print([(w.category.__name__, str(w.message)) for w in log])
warnings.simplefilter("error")
try:
    wx.w()
except RuntimeWarning as e:
    print("raised", e)
