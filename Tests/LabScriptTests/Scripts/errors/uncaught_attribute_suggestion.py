class Trainer:
    def __init__(self):
        self.learning_rate = 0.1
t = Trainer()
print(t.learning_rate)
print(t.learning_rat)
