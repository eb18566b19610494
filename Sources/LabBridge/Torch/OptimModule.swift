import LabScript
import LabTrain

/// `torch.optim`: the optimizers, and the schedulers of `torch.optim.lr_scheduler`.
enum OptimModule {
    static let module = NativeModule("torch.optim",
        classes: [OptimizerKind.sgd, .adam, .adamW].compactMap { OptimizerObject.classes[$0] },
        submodules: [NativeModule("torch.optim.lr_scheduler", classes: LRSchedulerKind.allCases.compactMap { LRSchedulerObject.classes[$0] })])
}
