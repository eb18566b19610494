import Foundation
import LabScript
import LabTensor

/// In-place tensor methods (`add_`, `mul_`, `copy_`, `zero_`, `normal_`, `uniform_`, ...) and the view methods that take
/// sizes as varargs (`expand`, `repeat`). An in-place method replaces the box's tensor, so every
/// name bound to it sees the change; on a parameter under `torch.no_grad()` it updates the weight
/// its module and optimizer share.
extension TensorObject {
    static let inPlaceMethods: [Function] = [
        inPlace("add_", ["other", "*", "alpha=1"]) { x, a in try x + scaled(a, x) },
        inPlace("sub_", ["other", "*", "alpha=1"]) { x, a in try x - scaled(a, x) },
        inPlace("mul_", ["other"]) { x, a in try x * operand(a, x) },
        inPlace("div_", ["other"]) { x, a in try x / operand(a, x).floatingPoint() },
        inPlace("__iadd__", ["other"]) { x, a in try x + operand(a, x) },
        inPlace("__isub__", ["other"]) { x, a in try x - operand(a, x) },
        inPlace("__imul__", ["other"]) { x, a in try x * operand(a, x) },
        inPlace("__itruediv__", ["other"]) { x, a in try x / operand(a, x).floatingPoint() },
        inPlace("__ifloordiv__", ["other"]) { x, a in try Tensor.floorDivide(x, operand(a, x)) },
        inPlace("__imod__", ["other"]) { x, a in try Tensor.remainder(x, operand(a, x)) },
        inPlace("remainder_", ["other"]) { x, a in try Tensor.remainder(x, operand(a, x)) },
        inPlace("fmod_", ["other"]) { x, a in try Tensor.fmod(x, operand(a, x)) },
        inPlace("floor_divide_", ["other"]) { x, a in try Tensor.floorDivide(x, operand(a, x)) },
        inPlace("zero_", []) { x, _ in try Tensor.full(x.shape, 0).converted(to: x.dtype) },
        inPlace("fill_", ["value"]) { x, a in try Tensor.full(x.shape, Float(try a.double("value"))).converted(to: x.dtype) },
        inPlace("copy_", ["src", "non_blocking=False"]) { x, a in
            try a.native("src", as: TensorObject.self).tensor.converted(to: x.dtype).expand(x.shape).contiguous()
        },
        inPlace("clamp_", ["min=None", "max=None"]) { x, a in
            x.floatingPoint().clamp(min: a.optional("min")?.number.map(Float.init), max: a.optional("max")?.number.map(Float.init)).converted(to: x.dtype)
        },
        inPlace("masked_fill_", ["mask", "value"]) { x, a in
            try x.maskedFill(a.native("mask", as: TensorObject.self).tensor, Float(try a.double("value"))).converted(to: x.dtype)
        },
        inPlace("normal_", ["mean=0", "std=1", "*", "generator=None"]) { x, a in
            try SessionRandom.requireFloat(x.dtype, kernel: "normal_kernel_cpu")
            let mean = try a.double("mean"), std = try a.double("std")
            guard std >= 0 else { throw PyException.runtimeError("normal expects std >= 0.0, but found std \(String(format: "%g", std))") }
            return try SessionRandom.of(a.interpreter).drawing(a) { try $0.normal(filling: x, mean: mean, std: std).laidOut(as: x) }
        },
        inPlace("uniform_", ["from_=0", "to=1", "*", "generator=None"]) { x, a in
            try SessionRandom.requireFloat(x.dtype, kernel: "check_uniform_bounds")
            let from = try a.double("from_"), to = try a.double("to")
            guard from <= to else {
                throw PyException.runtimeError("uniform_ expects to return a [from, to) range, but found from=\(String(format: "%g", from)) > to=\(String(format: "%g", to))")
            }
            return try SessionRandom.of(a.interpreter).drawing(a) { try $0.uniform(filling: x, from: Float(from), to: Float(to)).laidOut(as: x) }
        },
        Function("expand", params: ["*sizes"]) { a in
            let x = try a.receiver(as: TensorObject.self).tensor
            var sizes = try Convert.ints(a.varargs, "expand(): size")
            let offset = sizes.count - x.rank
            for i in sizes.indices where sizes[i] == -1 && i >= offset { sizes[i] = x.shape[i - offset] }
            return .tensor(try torchCall { try x.expand(sizes) })
        },
        Function("repeat", params: ["*sizes"]) { a in
            .tensor(try torchCall { try a.receiver(as: TensorObject.self).tensor.repeated(try Convert.ints(a.varargs, "repeat(): size")) })
        },
        Function("expand_as", params: ["other"]) { a in
            .tensor(try torchCall { try a.receiver(as: TensorObject.self).tensor.expand(try a.native("other", as: TensorObject.self).tensor.shape) })
        },
        Function("type_as", params: ["other"]) { a in
            .tensor(try a.receiver(as: TensorObject.self).tensor.converted(to: try a.native("other", as: TensorObject.self).tensor.dtype))
        },
    ]

    /// A method that computes a new value from the receiver and stores it in the receiver, in the
    /// receiver's dtype (a float result is refused for an integer tensor, as PyTorch refuses it). A
    /// leaf that requires grad may be changed only under `torch.no_grad()`, as in PyTorch.
    static func inPlace(_ name: String, _ params: [String], _ compute: @escaping (Tensor, Args) throws -> Tensor) -> Function {
        Function(name, params: params) { a in
            let box = try a.receiver(as: TensorObject.self)
            let x = box.tensor
            if x.requiresGrad && x.isLeaf && GradMode.isEnabled {
                throw PyException.runtimeError("a leaf Variable that requires grad is being used in an in-place operation.")
            }
            let result = try torchCall { try compute(x, a) }
            guard DType.canCast(result.dtype, to: x.dtype) else {
                throw PyException.runtimeError("result type \(result.dtype.scalarName) can't be cast to the desired output type \(x.dtype.scalarName)")
            }
            box.tensor = result.converted(to: x.dtype)
            box.version += 1
            return .native(box)
        }
    }

    private static func operand(_ a: Args, _ x: Tensor) throws -> Tensor {
        guard let other = try TensorObject.operand(a["other"], like: x) else {
            throw PyException.typeError("expected a Tensor or a number as other, not \(a["other"].typeName)")
        }
        return other
    }

    /// `other * alpha`, in the receiver's dtype family.
    private static func scaled(_ a: Args, _ x: Tensor) throws -> Tensor {
        let other = try operand(a, x), alpha = try a.double("alpha")
        return alpha == 1 ? other : try other.floatingPoint() * Tensor(Float(alpha))
    }
}
