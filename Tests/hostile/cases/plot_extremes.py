import matplotlib.pyplot as plt
plt.plot([-1e308, 1e308])
print('plotted')
