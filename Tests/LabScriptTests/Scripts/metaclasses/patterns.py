# Common metaclass patterns: a registry, a singleton through __call__, __prepare__ recording the
# order of definitions, and validation of class bodies.
class RegistryMeta(type):
    registry = {}

    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, namespace)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(RegistryMeta.registry))

    def __len__(cls):
        return len(RegistryMeta.registry)

    def __getitem__(cls, key):
        return RegistryMeta.registry[key]


class Plugin(metaclass=RegistryMeta):
    pass


class Csv(Plugin):
    pass


class Json(Plugin):
    pass


print(sorted(RegistryMeta.registry), list(Plugin), len(Plugin), Plugin["csv"].__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


a = Config("a.toml", debug=True)
b = Config("b.toml")
print(a is b, b.path, b.debug, type(a).__name__, type(Config).__name__)


class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return Recorder()

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls.order = [k for k in namespace.order if not k.startswith("__")]
        print("namespace type:", type(namespace).__name__, namespace.order[:2])
        return cls


class Form(metaclass=OrderedMeta, tag="x"):
    """A form."""
    zeta = 1
    alpha = 2

    def submit(self):
        pass

    alpha = 3


print(Form.order, Form.alpha, Form.__doc__)


class Strict(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        missing = [m for m in ("run",) if m not in namespace and not any(hasattr(b, m) for b in bases)]
        if missing and bases:
            raise TypeError(f"{name} must define {', '.join(missing)}")


class Task(metaclass=Strict):
    pass


class Good(Task):
    def run(self):
        return "ran"


print(Good().run())
try:
    class Bad(Task):
        pass
except TypeError as e:
    print("TypeError:", e)
