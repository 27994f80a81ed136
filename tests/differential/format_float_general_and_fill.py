print(f"{12.5:.2}", format(3.14159, ".1"), format(0.0, ".0"), "{:.3}".format(2/3))
print(format(7, "<05"), format(-7, "^07"), format(3.5, ">06"))
print(format(1.0, "#g"), format(0.5, "#.0%"), format(2.0, "#.0f"), format(1e20, "#g"))
print(format(12345.678, ".2"), format(1e-7, ".3"), format(float("inf"), ".2"))
for v in (100.0, 99.99, 1234.5, 0.0001, 1e16, 123456789.0, -0.0, 5e-5, 1.5):
    print(format(v, ".4"), format(v, ".1"), format(v, ".10"), format(v, "#.3g"), format(v, "010.2"), f"{v:^+12.3}")
print(format("ab", "05"), format(42, "x<05"), format(-42, "05"), format(42, "=+06"), format(3, "^05d"))
print(format(1234567, "012,"), format(-1.5, "010.3f"), format(0.25, "#.0%"), format(0.25, ".0%"))
print(format(100.0, "#.1g"), format(5.0, "#.1g"), format(0.0, "#.1g"), format(0.0, "#g"), format(1e-10, "#.2g"))
