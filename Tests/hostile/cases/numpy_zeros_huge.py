# error: MemoryError
import numpy as np
np.zeros(10**12)
