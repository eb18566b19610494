t = ()
for i in range(100000):
    t = (t,)
del t
print("freed")
