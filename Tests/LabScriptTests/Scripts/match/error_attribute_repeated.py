match 1:
    case int(a=1, a=2):
        pass
