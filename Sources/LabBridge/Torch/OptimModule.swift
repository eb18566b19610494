import LabScript

/// `torch.optim`: the optimizers, and `torch.optim.lr_scheduler.LambdaLR`.
enum OptimModule {
    static let module = NativeModule("torch.optim",
        classes: [OptimizerKind.sgd, .adam, .adamW].compactMap { OptimizerObject.classes[$0] },
        submodules: [NativeModule("torch.optim.lr_scheduler", classes: [LRSchedulerObject.cls])])
}
