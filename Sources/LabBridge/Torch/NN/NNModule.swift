/// `torch.nn`: `Module` and the layers, written in the lab language as PyTorch writes them in
/// Python, over the engine's tensor operations (`torch.nn.functional`). A lab's own
/// `class MLP(nn.Module)` is then an ordinary class, and autograd flows through its hand-written
/// tensor code and the layers alike. Tracebacks show `torch/nn.py` with the source's line numbers.
enum NNModule {
    static let module = ScriptModule(name: "torch.nn", filename: "torch/nn.py",
                                     source: moduleSource + layerSource + convolutionSource + attentionSource + containerSource + lossSource)
}
