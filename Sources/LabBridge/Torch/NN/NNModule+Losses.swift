extension NNModule {
    /// The loss modules: each holds its options and calls its `torch.nn.functional` loss.
    static let lossSource = #"""
class _Loss(Module):
    def __init__(self, reduction="mean"):
        super().__init__()
        self.reduction = reduction


class CrossEntropyLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean", label_smoothing=0.0):
        super().__init__(reduction)
        self.register_buffer("weight", weight)
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing

    def forward(self, input, target):
        return F.cross_entropy(input, target, weight=self.weight, ignore_index=self.ignore_index,
                               reduction=self.reduction, label_smoothing=self.label_smoothing)


class NLLLoss(_Loss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
        super().__init__(reduction)
        self.register_buffer("weight", weight)
        self.ignore_index = ignore_index

    def forward(self, input, target):
        return F.nll_loss(input, target, weight=self.weight, ignore_index=self.ignore_index, reduction=self.reduction)


class MSELoss(_Loss):
    def __init__(self, size_average=None, reduce=None, reduction="mean"):
        super().__init__(reduction)

    def forward(self, input, target):
        return F.mse_loss(input, target, reduction=self.reduction)


class BCELoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean"):
        super().__init__(reduction)
        self.register_buffer("weight", weight)

    def forward(self, input, target):
        return F.binary_cross_entropy(input, target, weight=self.weight, reduction=self.reduction)


class BCEWithLogitsLoss(_Loss):
    def __init__(self, weight=None, size_average=None, reduce=None, reduction="mean", pos_weight=None):
        super().__init__(reduction)
        self.register_buffer("weight", weight)
        self.register_buffer("pos_weight", pos_weight)

    def forward(self, input, target):
        return F.binary_cross_entropy_with_logits(input, target, weight=self.weight, reduction=self.reduction, pos_weight=self.pos_weight)


# Each class names the module PyTorch defines it in, as its repr shows (`torch.nn.modules.linear.Linear`).
for _classes, _module in [((Module,), "torch.nn.modules.module"),
                          ((Identity, Linear, NonDynamicallyQuantizableLinear), "torch.nn.modules.linear"),
                          ((Embedding,), "torch.nn.modules.sparse"), ((LayerNorm,), "torch.nn.modules.normalization"),
                          ((Dropout,), "torch.nn.modules.dropout"), ((Conv1d,), "torch.nn.modules.conv"),
                          ((ReLU, GELU, Tanh, Sigmoid, Softmax, LogSoftmax, MultiheadAttention), "torch.nn.modules.activation"),
                          ((Sequential, ModuleList, ModuleDict), "torch.nn.modules.container"),
                          ((_Loss, CrossEntropyLoss, NLLLoss, MSELoss, BCELoss, BCEWithLogitsLoss), "torch.nn.modules.loss")]:
    for _cls in _classes:
        _cls.__module__ = _module
del _classes, _module, _cls
"""#
}
