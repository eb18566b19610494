match 1:
    case 1 | y:
        pass
