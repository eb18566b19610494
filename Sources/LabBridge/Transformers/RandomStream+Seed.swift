import LabTensor

extension RandomStream {
    /// A seed drawn from the torch stream, for engine initializers that take a seed (LoRA's A
    /// matrices, a new value head), so `torch.manual_seed` decides them as it does in PyTorch.
    func drawSeed() -> UInt64 {
        UInt64(generator.next32()) << 32 | UInt64(generator.next32())
    }
}
