def train(model, epochs, *, lr):
    return model, epochs, lr
print(train("m", 1, lr=0.1))
train("m", 2, 0.1)
