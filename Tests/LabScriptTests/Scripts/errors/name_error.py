reward_kwargs = {"batch_size": 16}
print("before")
print(reward_kwrgs)
