# A particle simulation: small objects with methods and a property.
import math


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Particle:
    def __init__(self, i):
        self.pos = Vec(i * 0.1, i * 0.2)
        self.vel = Vec(1.0 - i * 0.01, 0.5 + i * 0.02)

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.norm > 10.0:
            self.vel = self.vel.scale(-1.0)


particles = [Particle(i) for i in range(100)]
for _ in range(600):
    for p in particles:
        p.step(0.01)
total = 0.0
for p in particles:
    total += p.pos.norm
print(round(total, 6))
