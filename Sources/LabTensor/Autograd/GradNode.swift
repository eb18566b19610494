/// A node of the autodiff graph.
///
/// Design, with value-semantics tensors:
/// - A ``Tensor`` is a value; its place in the graph is a reference, `Tensor.gradNode`. Copies of a
///   tensor share the node, just as Python names share one tensor object.
/// - A **leaf** node belongs to a tensor the user marked with `requiresGrad = true` (a weight). It
///   holds the accumulated gradient, read as `tensor.grad`. A trainable weight of a module is a
///   ``Parameter``: a reference object whose `value` is such a leaf tensor. Optimizers update the
///   value in place under no-grad, so the leaf node, and with it the gradient slot, keep their
///   identity; the storage is copied first only if a snapshot or a recorded graph still shares it.
/// - An **interior** node belongs to the output of an op whose inputs require grad. It keeps its
///   inputs' nodes and a closure that maps the output's gradient to the inputs' gradients. The
///   closure captures exactly the buffers that backward needs (detached, so no cycles form); it is
///   dropped once backward has run through it, which frees those buffers.
final class GradNode {
    /// What made this node, for error messages (e.g. `"matmul"`, or `"leaf"`).
    let operation: String
    /// The inputs' nodes, `nil` for inputs that do not require grad.
    let inputs: [GradNode?]
    /// Maps the output gradient to one gradient per input (`nil` where none is needed).
    var backward: ((Tensor) throws -> [Tensor?])?
    /// The accumulated gradient of a leaf.
    var grad: Tensor?

    /// The dtype of the node's tensor; a gradient arriving in another float dtype is converted to
    /// it, as PyTorch's autograd engine does, so a float16 weight gets a float16 gradient.
    let dtype: DType

    var isLeaf: Bool { inputs.isEmpty }

    /// A leaf node for a tensor of `dtype` that requires grad.
    init(dtype: DType) {
        operation = "leaf"
        inputs = []
        self.dtype = dtype
    }

    init(operation: String, inputs: [GradNode?], dtype: DType, backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.operation = operation
        self.inputs = inputs
        self.dtype = dtype
        self.backward = backward
    }
}

extension Tensor {
    /// Attaches a graph node to an op's freshly computed `output` when grad mode is on and any input
    /// requires grad. `backward(grad, needs)` gets the output gradient and, per input, whether its
    /// gradient is wanted; it returns one gradient (or nil) per input, each shaped like that input.
    /// A float32 output of float16/bfloat16 inputs is first rounded to their result type (unless
    /// `narrowing` is false, for conversions), so every op on reduced floats rounds once.
    static func record(_ output: Tensor, _ operation: String, _ inputs: [Tensor], narrowing: Bool = true,
                       _ backward: @escaping (Tensor, [Bool]) throws -> [Tensor?]) -> Tensor {
        let output = narrowing ? output.narrowed(toResultTypeOf: inputs) : output
        guard inputs.contains(where: { $0.gradNode != nil }), GradMode.isEnabled else { return output }
        let nodes = inputs.map(\.gradNode)
        let needs = nodes.map { $0 != nil }
        var result = output
        result.gradNode = GradNode(operation: operation, inputs: nodes, dtype: output.dtype) { try backward($0, needs) }
        return result
    }
}
