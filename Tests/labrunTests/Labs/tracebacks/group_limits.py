def nest(depth):
    group = ExceptionGroup("bottom", [ValueError(depth)])
    for level in range(depth):
        group = ExceptionGroup(f"level {level}", [group])
    return group


wide = ExceptionGroup("wide", [KeyError(i) for i in range(17)])

raise ExceptionGroup("both", [wide, nest(12)])  # limits
