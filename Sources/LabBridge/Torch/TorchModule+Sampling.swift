import Foundation
import LabScript
import LabTensor

/// `torch` functions that draw from torch's stream or a `generator=` (`randint`, `randperm`,
/// `multinomial`, `normal`, `randn_like`, `rand_like`) and the creation functions without randomness added for lab models
/// (`empty`, `linspace`, `eye`, `tril`, `triu`, `from_numpy`, `full_like`).
extension TorchModule {
    static func sampling(_ random: SessionRandom) -> [Function] {
        [
            Function("randint", params: ["*args", "generator=None", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let (low, high, size) = try randintArguments(a.varargs)
                let dtype = try DTypeObject.parse(a["dtype"]) ?? .int64
                return .tensor(try torchCall { try random.drawing(a) { try $0.randint(low: low, high: high, shape: size) }.converted(to: dtype) })
            },
            Function("randperm", params: ["n", "*", "generator=None", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let dtype = try DTypeObject.parse(a["dtype"]) ?? .int64
                return .tensor(try torchCall { try random.drawing(a) { try $0.randperm(try a.int("n")) }.converted(to: dtype) })
            },
            Function("multinomial", params: ["input", "num_samples", "replacement=False", "*", "generator=None"]) { a in
                let weights = try a.native("input", as: TensorObject.self).tensor
                let count = try a.int("num_samples"), replacement = try a.bool("replacement")
                return .tensor(try torchCall { try random.drawing(a) { try $0.multinomial(weights, count: count, replacement: replacement) } })
            },
            Function("normal", params: ["mean", "std", "size", "*", "generator=None", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try SessionRandom.requireFloat(a, kernel: "normal_kernel_cpu")
                let shape = try Convert.ints([a["size"]], "normal(): size"), mean = try a.double("mean"), std = try a.double("std")
                guard std >= 0 else { throw PyException.runtimeError("normal expects std >= 0.0, but found std \(String(format: "%g", std))") }
                return .tensor(try torchCall { try random.drawing(a) { try $0.normal(shape, mean: mean, std: std) } })
            },
            Function("randn_like", params: ["input", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try SessionRandom.requireFloat(a, kernel: "normal_kernel_cpu")
                return .tensor(try torchCall { try random.torch.normal(try a.native("input", as: TensorObject.self).tensor.shape) })
            },
            Function("rand_like", params: ["input", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                try SessionRandom.requireFloat(a, kernel: "check_uniform_bounds")
                return .tensor(try torchCall { try random.torch.uniform(try a.native("input", as: TensorObject.self).tensor.shape) })
            },
            Function("empty", params: ["*size", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let dtype = try DTypeObject.parse(a["dtype"]) ?? .float32
                return .tensor(try torchCall { try Tensor.full(try Convert.ints(a.varargs, "empty(): size"), 0).converted(to: dtype) })
            },
            Function("full_like", params: ["input", "fill_value", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let x = try a.native("input", as: TensorObject.self).tensor
                let dtype = try DTypeObject.parse(a["dtype"]) ?? x.dtype
                return .tensor(try torchCall { try Tensor.full(x.shape, Float(try a.double("fill_value"))).converted(to: dtype) })
            },
            Function("linspace", params: ["start", "end", "steps", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let start = try a.double("start"), end = try a.double("end"), steps = try a.int("steps")
                guard steps >= 0 else { throw PyException.runtimeError("linspace(): number of steps must be non-negative") }
                // PyTorch fills the first half from the start and the second half from the end.
                let step = steps > 1 ? (end - start) / Double(steps - 1) : 0
                let values = (0..<steps).map { i in Float(i < steps / 2 ? start + step * Double(i) : end - step * Double(steps - 1 - i)) }
                return .tensor(try torchCall { try Tensor(values, shape: [steps]) })
            },
            Function("eye", params: ["n", "m=None", "*", "dtype=None", "device=None", "requires_grad=False"]) { a in
                let n = try a.int("n"), m = a.optional("m") == nil ? n : try a.int("m")
                var values = [Float](repeating: 0, count: n * m)
                for i in 0..<min(n, m) { values[i * m + i] = 1 }
                let dtype = try DTypeObject.parse(a["dtype"]) ?? .float32
                return .tensor(try torchCall { try Tensor(values, shape: [n, m]).converted(to: dtype) })
            },
            Function("from_numpy", params: ["ndarray"]) { a in
                .tensor(try a.native("ndarray", as: NDArrayObject.self).tensor(dtype: nil))
            },
        ]
    }

    /// `randint(high, size)` or `randint(low, high, size)`.
    private static func randintArguments(_ args: [Value]) throws -> (Int, Int, [Int]) {
        switch args.count {
        case 2: return (0, try Convert.int(args[0], "high"), try Convert.ints([args[1]], "randint(): size"))
        case 3: return (try Convert.int(args[0], "low"), try Convert.int(args[1], "high"), try Convert.ints([args[2]], "randint(): size"))
        default: throw PyException.typeError("randint() received an invalid combination of arguments: expected (int high, tuple of ints size) or (int low, int high, tuple of ints size)")
        }
    }
}
