import LabScript
import LabTensor

/// `F.conv1d`: stride, padding (an int, a 1-tuple, `'same'` or `'valid'`), dilation and groups,
/// over the engine's ``Tensor/conv1d(_:weight:bias:stride:padding:dilation:groups:)``.
extension Functional {
    static let convolutions: [Function] = [
        Function("conv1d", params: ["input", "weight", "bias=None", "stride=1", "padding=0", "dilation=1", "groups=1"]) { a in
            let x = try input(a), weight = try tensor(a["weight"]), bias = try a.optional("bias").map { try tensor($0) }
            try checkDtypes(x, weight, bias)
            let stride = try single(a["stride"], "stride"), dilation = try single(a["dilation"], "dilation")
            let padding: Tensor.ConvolutionPadding
            switch a["padding"] {
            case .str("valid"): padding = Tensor.ConvolutionPadding(left: 0, right: 0)
            case .str("same"):
                guard stride == 1 else { throw PyException.runtimeError("padding='same' is not supported for strided convolutions") }
                guard weight.rank == 3 else { throw PyException.runtimeError("conv1d: weight must be 3-dimensional") }
                padding = .same(kernelSize: weight.shape[2], dilation: dilation)
            case .str(let other): throw PyException.runtimeError("Invalid padding string: '\(other)'")
            default:
                let width = try single(a["padding"], "padding")
                padding = Tensor.ConvolutionPadding(left: width, right: width)
            }
            return .tensor(try torchCall {
                try Tensor.conv1d(x, weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: try a.int("groups"))
            })
        },
    ]

    /// Input, weight and bias share one dtype (PyTorch's messages), and it is float32: integer
    /// convolutions are refused rather than computed in float32.
    private static func checkDtypes(_ x: Tensor, _ weight: Tensor, _ bias: Tensor?) throws {
        guard x.dtype == weight.dtype else {
            throw PyException.runtimeError("expected scalar type \(x.dtype.scalarName) but found \(weight.dtype.scalarName)")
        }
        if let bias, bias.dtype != x.dtype {
            let cName: (DType) -> String = { [.float32: "float", .int64: "long int", .int32: "int", .bool: "bool"][$0] ?? $0.rawValue }
            throw PyException.runtimeError("Input type (\(cName(x.dtype))) and bias type (\(cName(bias.dtype))) should be the same")
        }
        guard x.dtype == .float32 else { throw PyException(.notImplementedError, "conv1d of \(x.dtype.torchName) tensors is not supported") }
    }

    /// An int, or a sequence of exactly one int (`(2,)`), as conv1d's arguments may be.
    private static func single(_ v: Value, _ name: String) throws -> Int {
        if let items = Convert.sequence(v) {
            guard items.count == 1 else {
                throw PyException.runtimeError("expected \(name) to be a single integer value or a list of 1 values to match the convolution dimensions, but got \(name)=\(items.count) values")
            }
            return try Convert.int(items[0], name)
        }
        return try Convert.int(v, name)
    }
}
