import numpy as np
print(np.array([np.inf, -np.inf, np.nan]), np.array([1.5, np.inf, np.nan]))
