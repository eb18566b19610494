# A job queue whose states are an Enum, with transitions checked by a table.
from enum import Enum, auto


class State(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

    def is_final(self):
        return self in (State.DONE, State.FAILED)


ALLOWED = {
    State.PENDING: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
}


class Job:
    def __init__(self, name):
        self.name = name
        self.state = State.PENDING
        self.history = [self.state]

    def move(self, new):
        if new not in ALLOWED.get(self.state, set()):
            raise ValueError(f"{self.name}: cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)

    def __repr__(self):
        return f"Job({self.name!r}, {self.state})"


jobs = [Job("fetch"), Job("train"), Job("eval")]
jobs[0].move(State.RUNNING)
jobs[0].move(State.DONE)
jobs[1].move(State.RUNNING)
jobs[1].move(State.FAILED)
try:
    jobs[2].move(State.DONE)
except ValueError as e:
    print("error:", e)
print(jobs)
for job in jobs:
    print(job.name, [s.name for s in job.history], job.state.is_final())
print(list(State))
print(State(2), State["DONE"], State.DONE.value, repr(State.FAILED))
print(len(State), State.RUNNING in State, [s.value for s in State])
print(State.PENDING == State.PENDING, State.PENDING == 1, State.PENDING is State(1))
print({s: s.value * 10 for s in State})
counts = {}
for job in jobs:
    counts[job.state.name] = counts.get(job.state.name, 0) + 1
print(counts)
print(State.__members__.keys())
print(f"{State.DONE}", str(State.DONE), format(State.DONE), "%s" % State.DONE)
try:
    State(9)
except ValueError as e:
    print("ValueError:", e)
try:
    State["NOPE"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(State.DONE, State), type(State.DONE).__name__, State.DONE.__class__)
print(hash(State.DONE) == hash(State.DONE), sorted(State, key=lambda s: s.name))
