import numpy as np
rs = np.random.RandomState(2024)
a = rs.randn(3)
b = rs.rand(2, 2)
print(a)
print(b)
print(rs.randint(100, size=5))
rs2 = np.random.RandomState(2024)
print(np.allclose(rs2.randn(3), a) if hasattr(np, "allclose") else (rs2.randn(3) == a).tolist())
