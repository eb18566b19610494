match 1:
    case int(a=1, 2):
        pass
