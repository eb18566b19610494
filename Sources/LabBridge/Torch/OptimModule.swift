import LabScript

/// `torch.optim`: the optimizers, and `torch.optim.lr_scheduler.LambdaLR`.
enum OptimModule {
    static let module = NativeModule("torch.optim",
        classes: ["SGD", "Adam", "AdamW"].compactMap { OptimizerObject.classes[$0] },
        submodules: [NativeModule("torch.optim.lr_scheduler", classes: [LRSchedulerObject.cls])])
}
