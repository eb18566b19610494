extension Tensor {
    /// The tensor behind an identity node named `name`, so an operation composed from several engine
    /// ops prints PyTorch's single backward node (`grad_fn=<SortBackward0>`). The gradient passes
    /// through unchanged; without a graph (no grad, or no input requiring grad) nothing is recorded.
    public func recordedAs(_ name: String) -> Tensor {
        guard gradNode != nil else { return self }
        return Tensor.record(self, name, [self]) { g, _ in [g] }
    }
}
