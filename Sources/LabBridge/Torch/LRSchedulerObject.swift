import Foundation
import LabScript
import LabTrain

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
                throw PyException.typeError("unsupported operand type(s) for *: 'float' and '\(result.typeName)'")
            }
            return factor
        }
    }
}

/// A `torch.optim.lr_scheduler` scheduler over an optimizer's param groups: the engine's
/// ``LearningRateScheduler`` (the count and the rates), the class's settings, and for `LambdaLR`
/// its functions. Each step reads the groups' current `lr`s and writes the new ones back.
final class LRSchedulerObject: NativeObject {
    let kind: LRSchedulerKind
    let optimizer: OptimizerObject
    /// The settings `state_dict()` shows first, in PyTorch's order.
    var settings: [(String, Value)]
    let lambdas: [LearningRateLambda]
    var engine: LearningRateScheduler
    /// `base_lrs` and `_last_lr` as the groups held them (an int `lr` stays an int).
    var baseValues: [Value]
    var lastValues: [Value] = []
    /// Whether `step(epoch)`'s deprecation warning was shown (Python shows a warning once per place).
    private var warnedOfEpoch = false

    init(kind: LRSchedulerKind, optimizer: OptimizerObject, settings: [(String, Value)], lambdas: [LearningRateLambda],
         engine: LearningRateScheduler, baseValues: [Value]) {
        (self.kind, self.optimizer, self.settings, self.lambdas, self.engine, self.baseValues) = (kind, optimizer, settings, lambdas, engine, baseValues)
    }

    /// Records each group's `initial_lr` (which must be there already when resuming, `lastEpoch` ≥ 0)
    /// and takes the construction step.
    convenience init(kind: LRSchedulerKind, optimizer: OptimizerObject, settings: [(String, Value)], lambdas: [LearningRateLambda] = [],
                     lastEpoch: Int, _ interpreter: Interpreter) throws {
        var bases: [Value] = []
        for (i, group) in optimizer.groups.enumerated() {
            if lastEpoch == -1, group.options[string: "initial_lr"] == nil, let lr = group.options[string: "lr"] {
                try group.options.set(.str("initial_lr"), lr)
            }
            guard let base = group.options[string: "initial_lr"] else {
                throw PyException.keyError(.str("param 'initial_lr' is not specified in param_groups[\(i)] when resuming scheduler with last_epoch >= 0.\n"
                    + "This typically happens when:\n1. You're trying to resume training from a checkpoint but haven't properly loaded the optimizer state\n"
                    + "2. You're using last_epoch >= 0 for a fresh training run (not recommended)"))
            }
            bases.append(base)
        }
        let engine = LearningRateScheduler(schedule: ExponentialSchedule(gamma: 1), baseRates: try bases.map { try Self.rate($0) }, lastEpoch: lastEpoch)
        self.init(kind: kind, optimizer: optimizer, settings: settings, lambdas: lambdas, engine: engine, baseValues: bases)
        try advance(interpreter) { engine, rates in try engine.initialStep(currentRates: rates) }
    }

    /// A `LambdaLR` (transformers' schedules are these too).
    convenience init(optimizer: OptimizerObject, lambdas: [LearningRateLambda], lastEpoch: Int, _ interpreter: Interpreter) throws {
        guard lambdas.count == optimizer.groups.count else {
            throw PyException.valueError("Expected \(optimizer.groups.count) lr_lambdas, but got \(lambdas.count)")
        }
        try self.init(kind: .lambda, optimizer: optimizer, settings: [], lambdas: lambdas, lastEpoch: lastEpoch, interpreter)
    }

    var pyClass: PyType { LRSchedulerObject.classes[kind]!.type }
    var version: Int { engine.lastEpoch }

    /// The group rates and `last_lr`s in Python's terms.
    var lastLearningRates: [Double] { engine.lastRates }

    /// `step()`: warns, as PyTorch does, when the first step comes before any optimizer step;
    /// `epoch` is PyTorch's deprecated form, which also warns.
    func step(_ interpreter: Interpreter, epoch: Int? = nil) throws {
        if engine.stepsBeforeOptimizer(optimizerHasStepped: optimizer.hasStepped) {
            interpreter.configuration.stderr("UserWarning: " + LRSchedulerObject.orderWarning + "\n")
        }
        if epoch != nil && !warnedOfEpoch {
            interpreter.configuration.stderr("UserWarning: " + LRSchedulerObject.epochWarning + "\n")
            warnedOfEpoch = true
        }
        try advance(interpreter) { engine, rates in try engine.step(currentRates: rates, epoch: epoch) }
    }

    /// Makes the schedule from the current settings and groups, runs `body` on the groups' rates,
    /// and writes the rates (and momenta) it returns into the groups.
    private func advance(_ interpreter: Interpreter, _ body: (inout LearningRateScheduler, [Double]) throws -> [LearningRateScheduler.Update]) throws {
        let groups = optimizer.groups.map(\.options)
        engine.schedule = try kind.schedule(Dictionary(settings, uniquingKeysWith: { $1 }), lambdas: lambdas, optimizer: optimizer, interpreter)
        let rates = try groups.map { try Self.rate($0[string: "lr"] ?? .none) }
        let updates = try scheduleCall { try body(&engine, rates) }
        let useBeta1 = settings.contains { name, value in
            if name == "use_beta1", case .bool(true) = value { return true }
            return false
        }
        for (group, (update, rate)) in zip(groups, zip(updates, rates)) {
            // A rate a schedule leaves alone keeps its Python value (an int stays an int).
            if update.rate != rate { try group.set(.str("lr"), .float(update.rate)) }
            if let momentum = update.momentum { try OneCycleSettings.setMomentum(.float(momentum), in: group, useBeta1: useBeta1) }
        }
        lastValues = groups.map { $0[string: "lr"] ?? .none }
    }

    static func rate(_ v: Value) throws -> Double {
        guard let d = v.number else { throw PyException.typeError("a param group's lr must be a number, not \(v.typeName)") }
        return d
    }

    static let orderWarning = "Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate"
    static let epochWarning = "The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. Please use `scheduler.step()` to step the scheduler. During the deprecation, if epoch is different from None, the closed form is used instead of the new chainable form, where available. Please open an issue if you are unable to replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose."
}
