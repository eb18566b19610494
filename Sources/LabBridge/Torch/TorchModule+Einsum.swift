import LabScript
import LabTensor

extension TorchModule {
    /// `torch.einsum(equation, *operands)`, the operands given one by one or as one list or tuple.
    static let einsum = Function("einsum", params: ["equation", "*operands"]) { a in
        var given = a.varargs
        if given.count == 1, let items = Convert.sequence(given[0]), !(given[0].isTensor) { given = items }
        let operands = try given.enumerated().map { i, v -> Tensor in
            guard case .native(let box as TensorObject) = v else {
                throw PyException.typeError("einsum(): operand \(i) must be a Tensor, not \(v.typeName)")
            }
            return box.tensor
        }
        return .tensor(try torchCall { try Tensor.einsum(try a.string("equation"), operands) })
    }
}

private extension Value {
    var isTensor: Bool {
        if case .native(is TensorObject) = self { return true }
        return false
    }
}
