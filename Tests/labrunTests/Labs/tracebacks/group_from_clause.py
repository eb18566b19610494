print("before")
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])  # raised here
except* ValueError:
    raise KeyError("k") from None  # replaces the ValueError
