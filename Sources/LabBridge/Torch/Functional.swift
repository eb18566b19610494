import LabScript
import LabTensor

/// `torch.nn.functional` (imported as `F`): activations, linear and embedding layers, dropout,
/// normalization and attention with PyTorch's argument names and defaults; the losses are in
/// `Functional+Losses.swift`. Dropout draws from torch's stream, `random`.
enum Functional {
    static func make(random: SessionRandom) -> NativeModule {
        NativeModule("torch.nn.functional", functions: activations + layers(random) + losses + convolutions)
    }

    private static let activations: [Function] = [
        Function("softmax", params: ["input", "dim=None", "_stacklevel=3", "dtype=None"]) { a in .tensor(try torchCall { try input(a).floatingPoint().softmax(dim: try dim(a)) }) },
        Function("log_softmax", params: ["input", "dim=None", "_stacklevel=3", "dtype=None"]) { a in .tensor(try torchCall { try input(a).floatingPoint().logSoftmax(dim: try dim(a)) }) },
        Function("relu", params: ["input", "inplace=False"]) { a in .tensor(try input(a).floatingPoint().relu()) },
        Function("tanh", params: ["input"]) { a in .tensor(try input(a).floatingPoint().tanh()) },
        Function("sigmoid", params: ["input"]) { a in .tensor(try input(a).floatingPoint().sigmoid()) },
        Function("silu", params: ["input", "inplace=False"]) { a in
            let x = try input(a).floatingPoint()
            return .tensor(try (x * x.sigmoid()).recordedAs("SiluBackward0"))
        },
        Function("leaky_relu", params: ["input", "negative_slope=0.01", "inplace=False"]) { a in
            let x = try input(a).floatingPoint(), slope = Float(try a.double("negative_slope"))
            return .tensor(try torchCall { try Tensor.where(x.compare(.greater, 0), x, x * slope).recordedAs("LeakyReluBackward0") })
        },
        Function("gelu", params: ["input", "approximate='none'"]) { a in
            let mode: Tensor.GELUApproximation
            switch try a.string("approximate") {
            case "none": mode = .none
            case "tanh": mode = .tanh
            case let other: throw PyException.runtimeError("approximate argument must be either none or tanh, got '\(other)'")
            }
            return .tensor(try input(a).floatingPoint().gelu(approximate: mode))
        },
    ]

    private static func layers(_ random: SessionRandom) -> [Function] {
        [
            Function("linear", params: ["input", "weight", "bias=None"]) { a in
                let bias = try a.optional("bias").map { try tensor($0) }
                return .tensor(try torchCall { try input(a).linear(weight: tensor(a["weight"]), bias: bias) })
            },
            Function("embedding", params: ["input", "weight", "padding_idx=None", "max_norm=None", "norm_type=2.0", "scale_grad_by_freq=False", "sparse=False"]) { a in
                let padding = try a.optional("padding_idx").map { try Convert.int($0, "padding_idx") }
                return .tensor(try torchCall { try tensor(a["weight"]).embedding(input(a), paddingIndex: padding) })
            },
            Function("dropout", params: ["input", "p=0.5", "training=True", "inplace=False"]) { a in
                .tensor(try torchCall { try input(a).dropout(p: try a.double("p"), training: try a.bool("training"), generator: &random.torch) })
            },
            Function("layer_norm", params: ["input", "normalized_shape", "weight=None", "bias=None", "eps=1e-05"]) { a in
                let shape = try Convert.ints([a["normalized_shape"]], "normalized_shape")
                let weight = try a.optional("weight").map { try tensor($0) }, bias = try a.optional("bias").map { try tensor($0) }
                return .tensor(try torchCall { try input(a).floatingPoint().layerNorm(normalizedShape: shape, weight: weight, bias: bias, eps: Float(try a.double("eps"))) })
            },
            Function("scaled_dot_product_attention", params: ["query", "key", "value", "attn_mask=None", "dropout_p=0.0", "is_causal=False", "scale=None", "enable_gqa=False"]) { a in
                try Attention.scaledDotProduct(a, random)
            },
            Function("one_hot", params: ["tensor", "num_classes=-1"]) { a in
                .tensor(try torchCall { try oneHot(tensor(a["tensor"]), classes: try a.int("num_classes")) })
            },
            Function("pad", params: ["input", "pad", "mode='constant'", "value=None"]) { a in
                guard try a.string("mode") == "constant" else { throw PyException(.notImplementedError, "F.pad supports only mode='constant'") }
                let widths = try Convert.ints([a["pad"]], "pad")
                return .tensor(try torchCall { try padded(input(a), widths, value: Float(a.optional("value")?.number ?? 0)) })
            },
        ]
    }

    /// `one_hot`: int64 `[*, classes]`; `classes` -1 means one more than the largest index.
    private static func oneHot(_ indices: Tensor, classes: Int) throws -> Tensor {
        guard indices.dtype == .int64 else { throw PyException.runtimeError("one_hot is only applicable to index tensor of type LongTensor.") }
        let values = indices.toInt64Array()
        let count = classes == -1 ? Int(values.max() ?? -1) + 1 : classes
        if let bad = values.first(where: { $0 < 0 || $0 >= count }) {
            throw PyException.runtimeError(bad < 0 ? "Class values must be non-negative." : "Class values must be smaller than num_classes.")
        }
        var out = [Int64](repeating: 0, count: values.count * count)
        for (i, v) in values.enumerated() { out[i * count + Int(v)] = 1 }
        return try Tensor(int64: out, shape: indices.shape + [count])
    }

    /// Constant padding: `widths` holds (left, right) pairs starting from the last dim.
    private static func padded(_ x: Tensor, _ widths: [Int], value: Float) throws -> Tensor {
        guard widths.count % 2 == 0, widths.count / 2 <= x.rank else {
            throw PyException.valueError("Padding length must be divisible by 2 and at most twice the number of dimensions of the input")
        }
        guard widths.allSatisfy({ $0 >= 0 }) else { throw PyException(.notImplementedError, "F.pad with negative padding is not supported") }
        var result = x
        for pair in 0..<widths.count / 2 {
            let dim = x.rank - 1 - pair
            var parts: [Tensor] = []
            for (width, before) in [(widths[2 * pair], true), (widths[2 * pair + 1], false)] where width > 0 {
                var shape = result.shape
                shape[dim] = width
                let fill = try Tensor.full(shape, value).converted(to: x.dtype)
                if before { parts.insert(fill, at: 0) } else { parts.append(fill) }
            }
            if !parts.isEmpty {
                let leading = widths[2 * pair] > 0 ? 1 : 0
                parts.insert(result, at: leading)
                result = try Tensor.concat(parts, dim: dim)
            }
        }
        return result
    }

    static func input(_ a: Args) throws -> Tensor { try a.native("input", as: TensorObject.self).tensor }

    static func tensor(_ v: Value) throws -> Tensor {
        guard case .native(let t as TensorObject) = v else { throw PyException.typeError("expected Tensor, not \(v.typeName)") }
        return t.tensor
    }

    private static func dim(_ a: Args) throws -> Int {
        guard let d = a.optional("dim") else { throw PyException.typeError("softmax() requires dim= (implicit dim choice is deprecated)") }
        return try Convert.int(d, "dim")
    }
}
