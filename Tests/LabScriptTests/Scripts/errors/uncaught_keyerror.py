config = {"lr": 0.1}
def get(key):
    return config[key]
print(get("lr"))
get("batch_size")
