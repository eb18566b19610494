# error: RuntimeError
import torch
torch.zeros(10**12)
