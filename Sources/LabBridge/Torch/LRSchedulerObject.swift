import Foundation
import LabScript

/// A multiplier of the initial learning rate by step: a script function (`LambdaLR(opt, lambda s: ...)`)
/// or one of transformers' schedules.
enum LearningRateLambda {
    case script(Value)
    case native((Int) -> Double)

    func factor(at step: Int, _ interpreter: Interpreter) throws -> Double {
        switch self {
        case .native(let f): return f(step)
        case .script(let function):
            let result = try interpreter.call(function, [.int(step)])
            guard let factor = result.number else {
                throw PyException.typeError("lr_lambda must return a number, not \(result.typeName)")
            }
            return factor
        }
    }
}

/// `torch.optim.lr_scheduler.LambdaLR`: each group's `lr` is its `initial_lr` times its lambda at
/// the step count. Built, it takes step 0 at once, as PyTorch does.
final class LRSchedulerObject: NativeObject {
    let optimizer: OptimizerObject
    let lambdas: [LearningRateLambda]
    let baseLearningRates: [Double]
    /// The step count (`last_epoch`).
    private(set) var lastEpoch: Int
    /// The learning rates the last step set (`get_last_lr()`).
    private(set) var lastLearningRates: [Double] = []

    private init(optimizer: OptimizerObject, lambdas: [LearningRateLambda], baseLearningRates: [Double], lastEpoch: Int) {
        self.optimizer = optimizer
        self.lambdas = lambdas
        self.baseLearningRates = baseLearningRates
        self.lastEpoch = lastEpoch
    }

    /// Records each group's `initial_lr` (kept when resuming, `lastEpoch` ≥ 0) and takes the first step.
    convenience init(optimizer: OptimizerObject, lambdas: [LearningRateLambda], lastEpoch: Int, _ interpreter: Interpreter) throws {
        guard lambdas.count == optimizer.groups.count else {
            throw PyException.valueError("Expected \(optimizer.groups.count) lr_lambdas, but got \(lambdas.count)")
        }
        var bases: [Double] = []
        for (i, group) in optimizer.groups.enumerated() {
            if lastEpoch == -1, group.options[string: "initial_lr"] == nil, let lr = group.options[string: "lr"] {
                try group.options.set(.str("initial_lr"), lr)
            }
            guard let base = group.options[string: "initial_lr"]?.number else {
                throw PyException.keyError(.str("param 'initial_lr' is not specified in param_groups[\(i)] when resuming an optimizer"))
            }
            bases.append(base)
        }
        self.init(optimizer: optimizer, lambdas: lambdas, baseLearningRates: bases, lastEpoch: lastEpoch)
        try step(interpreter)
    }

    var pyClass: PyType { LRSchedulerObject.cls.type }
    var version: Int { lastEpoch }

    /// Advances the count (or sets it to `epoch`, PyTorch's deprecated form) and sets each group's `lr`.
    func step(_ interpreter: Interpreter, epoch: Int? = nil) throws {
        lastEpoch = epoch ?? lastEpoch + 1
        let rates = try zip(lambdas, baseLearningRates).map { lambda, base in base * (try lambda.factor(at: lastEpoch, interpreter)) }
        for (group, rate) in zip(optimizer.groups, rates) { try group.options.set(.str("lr"), .float(rate)) }
        lastLearningRates = rates
    }

    static let cls = NativeClass("LambdaLR", module: "torch.optim.lr_scheduler",
        constructor: Function("LambdaLR", params: ["optimizer", "lr_lambda", "last_epoch=-1", "verbose='deprecated'"]) { a in
            let optimizer = try a.native("optimizer", as: OptimizerObject.self)
            let given = Convert.sequence(a["lr_lambda"]) ?? Array(repeating: a["lr_lambda"], count: optimizer.groups.count)
            return .native(try LRSchedulerObject(optimizer: optimizer, lambdas: given.map(LearningRateLambda.script),
                                                 lastEpoch: try a.int("last_epoch"), a.interpreter))
        },
        methods: [
            Function("step", params: ["epoch=None"]) { a in
                try a.receiver(as: LRSchedulerObject.self).step(a.interpreter, epoch: try a.optional("epoch").map { try Convert.int($0, "epoch") })
                return .none
            },
            Function("get_last_lr") { a in .list(PyList(try a.receiver(as: LRSchedulerObject.self).lastLearningRates.map { .float($0) })) },
        ],
        properties: [
            Property("last_epoch") { v, _ in .int(try receiver(v).lastEpoch) },
            Property("optimizer") { v, _ in .native(try receiver(v).optimizer) },
            Property("base_lrs") { v, _ in .list(PyList(try receiver(v).baseLearningRates.map { .float($0) })) },
        ])

    private static func receiver(_ v: Value) throws -> LRSchedulerObject {
        guard case .native(let s as LRSchedulerObject) = v else { throw PyException.typeError("expected a LambdaLR") }
        return s
    }
}

/// Schedulers in the REPL's snapshots: the count and rates are values, and the optimizer goes
/// through `copier`, so a restored scheduler drives the restored optimizer.
extension LRSchedulerObject: NativeSummarizing {
    func snapshot(_ copier: DeepCopier) -> NativeObject {
        guard case .native(let optimizerCopy as OptimizerObject) = copier.copy(.native(optimizer)) else {
            fatalError("a copied optimizer is an optimizer")
        }
        let copiedLambdas = lambdas.map { lambda -> LearningRateLambda in
            if case .script(let f) = lambda { return .script(copier.copy(f)) }
            return lambda
        }
        let copy = LRSchedulerObject(optimizer: optimizerCopy, lambdas: copiedLambdas, baseLearningRates: baseLearningRates, lastEpoch: lastEpoch)
        copy.lastLearningRates = lastLearningRates
        return copy
    }

    /// `LambdaLR at step 3, lr [4.5e-05]`.
    func summary(_ interpreter: Interpreter) -> String {
        "LambdaLR at step \(lastEpoch), lr [" + lastLearningRates.map { interpreter.repr(.float($0)) }.joined(separator: ", ") + "]"
    }
}
