import LabTensor

/// The activations named in transformers configs (`ACT2FN`): `relu`, `gelu` (exact), `gelu_new` and
/// `gelu_pytorch_tanh` (tanh approximation), `silu`/`swish`, `tanh`.
public enum Activation: String, Sendable {
    case relu
    case gelu
    case geluNew = "gelu_new"
    case geluPytorchTanh = "gelu_pytorch_tanh"
    case silu
    case swish
    case tanh

    /// The activation named `name`, or an error listing the known names.
    public init(named name: String) throws {
        guard let activation = Activation(rawValue: name) else {
            throw ActivationError(name: name)
        }
        self = activation
    }

    /// Applies the activation elementwise.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        switch self {
        case .relu: return x.relu()
        case .gelu: return x.gelu()
        case .geluNew, .geluPytorchTanh: return x.gelu(approximate: .tanh)
        case .silu, .swish: return (try? x * x.sigmoid()) ?? x
        case .tanh: return x.tanh()
        }
    }
}

/// An activation name that transformers' `ACT2FN` does not know (here).
public struct ActivationError: Error, CustomStringConvertible {
    public let name: String
    public var description: String {
        "activation function \(name) not found; known: " + ["relu", "gelu", "gelu_new", "gelu_pytorch_tanh", "silu", "swish", "tanh"].joined(separator: ", ")
    }
}

/// An activation as a module (transformers' `ACT2FN[name]`), printed with transformers' class name.
public final class ActivationLayer: Module, UnaryLayer {
    public let activation: Activation

    public init(_ activation: Activation) { self.activation = activation }

    public func forward(_ x: Tensor) throws -> Tensor { activation(x) }

    public override var typeName: String {
        switch activation {
        case .relu: return "ReLU"
        case .gelu: return "GELUActivation"
        case .geluNew: return "NewGELUActivation"
        case .geluPytorchTanh: return "PytorchGELUTanh"
        case .silu, .swish: return "SiLU"
        case .tanh: return "Tanh"
        }
    }
}
