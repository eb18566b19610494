# String split and join.
line = "alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa"
out = 0
last = ""
for i in range(100_000):
    parts = line.split(",")
    last = "-".join(parts)
    out += len(last)
    words = last.replace("-", " ").split()
    out += len(words)
print(out, last)
