import Foundation
import LabScript
import LabTensor

/// `torch.nn.init`: fills a tensor in place (no gradient recorded) from torch's stream (or a
/// `generator=`), with PyTorch's fan and gain rules and its arithmetic in Python floats, and returns it.
enum NNInit {
    static func make(random: SessionRandom) -> NativeModule {
        NativeModule("torch.nn.init", functions: [
            Function("uniform_", params: ["tensor", "a=0.0", "b=1.0", "generator=None"]) { a in
                try fill(a) { view in try random.drawing(a) { try $0.uniform(filling: view, from: Float(try a.double("a")), to: Float(try a.double("b"))) } }
            },
            Function("normal_", params: ["tensor", "mean=0.0", "std=1.0", "generator=None"]) { a in
                try fill(a) { view in try random.drawing(a) { try $0.normal(filling: view, mean: try a.double("mean"), std: try a.double("std")) } }
            },
            Function("zeros_", params: ["tensor"]) { a in try fill(a) { try Tensor.full($0.shape, 0) } },
            Function("ones_", params: ["tensor"]) { a in try fill(a) { try Tensor.full($0.shape, 1) } },
            Function("constant_", params: ["tensor", "val"]) { a in try fill(a) { try Tensor.full($0.shape, Float(try a.double("val"))) } },
            Function("xavier_uniform_", params: ["tensor", "gain=1.0", "generator=None"]) { a in
                try fill(a) { view in
                    let (fanIn, fanOut) = try fans(view.shape)
                    let bound = Float(try a.double("gain") * (2.0 / Double(fanIn + fanOut)).squareRoot() * 3.0.squareRoot())
                    return try random.drawing(a) { try $0.uniform(filling: view, from: -bound, to: bound) }
                }
            },
            Function("xavier_normal_", params: ["tensor", "gain=1.0", "generator=None"]) { a in
                try fill(a) { view in
                    let (fanIn, fanOut) = try fans(view.shape)
                    return try random.drawing(a) { try $0.normal(filling: view, std: try a.double("gain") * (2.0 / Double(fanIn + fanOut)).squareRoot()) }
                }
            },
            Function("kaiming_uniform_", params: ["tensor", "a=0", "mode='fan_in'", "nonlinearity='leaky_relu'", "generator=None"]) { a in
                try fill(a) { view in
                    let bound = Float(3.0.squareRoot() * (try kaimingStd(view.shape, a)))
                    return try random.drawing(a) { try $0.uniform(filling: view, from: -bound, to: bound) }
                }
            },
            Function("kaiming_normal_", params: ["tensor", "a=0", "mode='fan_in'", "nonlinearity='leaky_relu'", "generator=None"]) { a in
                try fill(a) { view in try random.drawing(a) { try $0.normal(filling: view, std: try kaimingStd(view.shape, a)) } }
            },
        ])
    }

    /// Writes `make(tensor)` (new values of its shape) into the tensor argument, in its dtype, and
    /// returns the tensor.
    private static func fill(_ a: Args, _ make: (Tensor) throws -> Tensor) throws -> Value {
        let box = try a.native("tensor", as: TensorObject.self)
        let values = try torchCall { try make(box.tensor) }
        var written = try torchCall { try values.laidOut(as: box.tensor) }
        if box.parameter == nil, box.tensor.requiresGrad { written.requiresGrad = true }
        box.tensor = written
        box.version += 1
        return .native(box)
    }

    /// (fan_in, fan_out): dims 1 and 0 times the receptive field (the product of the dims after 1).
    private static func fans(_ shape: [Int]) throws -> (Int, Int) {
        guard shape.count >= 2 else {
            throw PyException.valueError("Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
        }
        let receptive = shape.dropFirst(2).reduce(1, *)
        return (shape[1] * receptive, shape[0] * receptive)
    }

    /// gain / √fan for `kaiming_*`: the gain of `nonlinearity` (with negative slope `a`) over the chosen fan.
    private static func kaimingStd(_ shape: [Int], _ a: Args) throws -> Double {
        let (fanIn, fanOut) = try fans(shape)
        let fan: Int
        switch try a.string("mode") {
        case "fan_in": fan = fanIn
        case "fan_out": fan = fanOut
        case let other: throw PyException.valueError("Mode \(other) not supported, please use one of fan_in, fan_out")
        }
        let gain: Double
        switch try a.string("nonlinearity") {
        case "leaky_relu": let slope = try a.double("a"); gain = (2.0 / (1 + slope * slope)).squareRoot()
        case "relu": gain = 2.0.squareRoot()
        case "linear", "sigmoid": gain = 1
        case "tanh": gain = 5.0 / 3
        case let other: throw PyException.valueError("Unsupported nonlinearity \(other)")
        }
        return gain / Double(fan).squareRoot()
    }
}
