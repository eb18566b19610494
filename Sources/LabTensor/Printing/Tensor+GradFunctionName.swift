/// PyTorch's names for the backward nodes, as printed in `grad_fn=<...>`.
extension Tensor {
    /// The name PyTorch gives the backward node that made this tensor (e.g. `"MulBackward0"`), or
    /// nil for leaves.
    public var gradFunctionName: String? {
        guard let node = gradNode, !node.isLeaf else { return nil }
        return Tensor.torchBackwardNames[node.operation] ?? node.operation
    }

    private static let torchBackwardNames: [String: String] = [
        "add": "AddBackward0", "sub": "SubBackward0", "rsub": "RsubBackward1", "mul": "MulBackward0",
        "div": "DivBackward0", "rdiv": "MulBackward0", "neg": "NegBackward0", "pow": "PowBackward0", "pow_tensor": "PowBackward1",
        "exp": "ExpBackward0", "sin": "SinBackward0", "cos": "CosBackward0", "log": "LogBackward0", "sqrt": "SqrtBackward0", "rsqrt": "RsqrtBackward0",
        "tanh": "TanhBackward0", "abs": "AbsBackward0", "sigmoid": "SigmoidBackward0", "relu": "ReluBackward0",
        "gelu": "GeluBackward0", "gelu_tanh": "GeluBackward0", "clamp": "ClampBackward1",
        "maximum": "MaximumBackward0", "minimum": "MinimumBackward0",
        "sum": "SumBackward0", "sum_dim": "SumBackward1", "mean": "MeanBackward0", "mean_dim": "MeanBackward1",
        "max": "MaxBackward0", "max_all": "MaxBackward1", "logsumexp": "LogsumexpBackward0", "cumsum": "CumsumBackward0", "flip": "FlipBackward0",
        "matmul": "MmBackward0", "linear": "AddmmBackward0", "embedding": "EmbeddingBackward0",
        "gather": "GatherBackward0", "index_select": "IndexSelectBackward0", "scatter_add": "ScatterAddBackward0",
        "where": "WhereBackward0", "cat": "CatBackward0", "stack": "StackBackward0",
        "softmax": "SoftmaxBackward0", "log_softmax": "LogSoftmaxBackward0", "layer_norm": "NativeLayerNormBackward0",
        "rms_norm": "MulBackward0", "cross_entropy": "NllLossBackward0", "entropy": "SubBackward0",
        "reshape": "ViewBackward0", "permute": "PermuteBackward0", "transpose": "TransposeBackward0", "unsqueeze": "UnsqueezeBackward0",
        "squeeze": "SqueezeBackward0", "squeeze_dim": "SqueezeBackward1", "expand": "ExpandBackward0", "slice": "SliceBackward0",
        "select": "SelectBackward0", "contiguous": "CloneBackward0", "to": "ToCopyBackward0",
        "round": "RoundBackward0", "floor": "FloorBackward0", "ceil": "CeilBackward0", "trunc": "TruncBackward0", "sign": "SignBackward0", "log1p": "Log1PBackward0",
        "norm": "LinalgVectorNormBackward0", "remainder": "RemainderBackward0", "fmod": "FmodBackward0",
    ]
}
