for v in [-1e-20, -0.04, -0.05, -0.0, float("-inf"), -1e-9]:
    print(format(v, "z.1f"), format(v, "+z.1f"), format(v, "z.2e"), format(v, "z.1%"), format(v, "z"), format(v, "z.3g"))
