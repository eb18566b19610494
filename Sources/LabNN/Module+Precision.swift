import LabTensor

extension Module {
    /// Rounds every weight to what `format` holds (PyTorch's `model.half()` / `.bfloat16()` as far
    /// as values go): the module keeps computing in float32, and a checkpoint saved afterwards in
    /// `format` loads back to exactly these weights.
    public func roundParameters(to format: StoredFormat) throws {
        for parameter in parameters() { try parameter.assign(parameter.value.rounded(to: format)) }
    }
}
