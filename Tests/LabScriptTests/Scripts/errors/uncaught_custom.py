class ConfigError(Exception):
    pass

def load(path):
    raise ConfigError(f"cannot read {path!r}")

print("loading")
load("config.yaml")
