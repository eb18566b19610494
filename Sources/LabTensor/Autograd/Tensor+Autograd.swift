/// The autodiff surface of a tensor: requiresGrad, grad, detach and backward.
extension Tensor {
    /// Whether gradients flow to this tensor. Setting it to true on a tensor without a graph node
    /// makes it a leaf whose ``grad`` accumulates; setting it to false detaches it.
    public var requiresGrad: Bool {
        get { gradNode != nil }
        set {
            if newValue, gradNode == nil { gradNode = GradNode(dtype: dtype) }
            if !newValue { gradNode = nil }
        }
    }

    /// Whether this tensor is a leaf of the graph (no op made it, or it does not require grad).
    public var isLeaf: Bool { gradNode?.isLeaf ?? true }

    /// The gradient accumulated by backward passes, for leaves that require grad; nil otherwise.
    /// Setting it (e.g. to nil, as `zero_grad` does) only affects leaves.
    public var grad: Tensor? {
        get { gradNode?.isLeaf == true ? gradNode?.grad : nil }
        nonmutating set { if gradNode?.isLeaf == true { gradNode?.grad = newValue } }
    }

    /// The same elements, cut from the graph (shares storage, requires no grad).
    public func detached() -> Tensor {
        var result = self
        result.gradNode = nil
        return result
    }

    /// Computes the gradient of this tensor with respect to every leaf that requires grad and adds it
    /// to the leaves' ``grad``.
    ///
    /// - Parameters:
    ///   - gradient: dL/dself, shaped like self. May be omitted only for a one-element tensor (then 1).
    ///   - retainGraph: keep the recorded buffers so backward can run through this graph again.
    public func backward(_ gradient: Tensor? = nil, retainGraph: Bool = false) throws {
        guard let root = gradNode else {
            throw TensorError("backward", "element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let seed: Tensor
        if let gradient {
            guard gradient.shape == shape else {
                throw TensorError("backward", "gradient has shape \(gradient.shape) but the output has shape \(shape)")
            }
            seed = gradient.detached().float()
        } else {
            guard scalarCount == 1 else { throw TensorError("backward", "grad can be implicitly created only for scalar outputs") }
            seed = Tensor.filled(shape, 1)
        }
        try withNoGrad { try Tensor.propagate(seed, from: root, retainGraph: retainGraph) }
    }

    /// Sends `seed` back through the graph under `root`, in reverse topological order.
    private static func propagate(_ seed: Tensor, from root: GradNode, retainGraph: Bool) throws {
        var pending: [ObjectIdentifier: Tensor] = [ObjectIdentifier(root): seed]
        for node in topologicalOrder(from: root).reversed() {
            guard var grad = pending.removeValue(forKey: ObjectIdentifier(node)) else { continue }
            if node.dtype.isFloatingPoint, grad.dtype != node.dtype { grad = grad.converted(to: node.dtype) }
            if node.isLeaf {
                node.grad = try node.grad.map { try $0 + grad } ?? grad.contiguous()
                continue
            }
            guard let backward = node.backward else {
                throw TensorError("backward", "trying to backward through the graph a second time (through \(node.operation)); use retainGraph: true the first time")
            }
            let inputGrads = try backward(grad)
            if !retainGraph { node.backward = nil }
            for (input, inputGrad) in zip(node.inputs, inputGrads) {
                guard let input, let inputGrad else { continue }
                let key = ObjectIdentifier(input)
                pending[key] = try pending[key].map { try $0 + inputGrad } ?? inputGrad
            }
        }
    }

    /// Nodes reachable from `root`, each after all nodes it depends on.
    private static func topologicalOrder(from root: GradNode) -> [GradNode] {
        var order: [GradNode] = []
        var visited: Set<ObjectIdentifier> = [ObjectIdentifier(root)]
        var stack: [(node: GradNode, next: Int)] = [(root, 0)]
        while let top = stack.last {
            if top.next < top.node.inputs.count {
                stack[stack.count - 1].next += 1
                if let input = top.node.inputs[top.next], visited.insert(ObjectIdentifier(input)).inserted {
                    stack.append((input, 0))
                }
            } else {
                order.append(top.node)
                stack.removeLast()
            }
        }
        return order
    }
}
