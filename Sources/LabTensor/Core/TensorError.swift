/// A failure caused by the arguments given to a tensor operation: a shape that does not fit, a dim or
/// index out of range, a wrong dtype. The message names the operation and the offending values.
public struct TensorError: Error, CustomStringConvertible, Equatable {
    /// The operation that failed, e.g. `"matmul"`.
    public let operation: String
    /// What was wrong, in PyTorch's words where PyTorch has a message.
    public let message: String

    public init(_ operation: String, _ message: String) {
        self.operation = operation
        self.message = message
    }

    public var description: String { "\(operation): \(message)" }
}
