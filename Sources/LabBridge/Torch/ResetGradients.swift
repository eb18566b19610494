import LabTensor

/// `zero_grad(set_to_none=)` of optimizers and models: clears the gradients, or fills them with zeros.
func resetGradients(_ parameters: [Parameter], setToNone: Bool) throws {
    for parameter in parameters where parameter.grad != nil {
        parameter.grad = setToNone ? nil : try torchCall { try Tensor.zeros(parameter.value.shape) }
    }
}
