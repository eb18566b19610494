import LabScript
import LabTrain

/// `OneCycleLR`'s arguments: checked in PyTorch's order with its messages, written into the param
/// groups (`initial_lr`, `max_lr`, `min_lr`, and the momentum end points), and kept as the
/// settings its `state_dict()` shows (`total_steps`, `_schedule_phases`, `_anneal_func_type`,
/// `cycle_momentum`, `use_beta1`).
enum OneCycleSettings {
    static func make(_ a: Args, _ optimizer: OptimizerObject) throws -> [(String, Value)] {
        let interpreter = a.interpreter
        let totalSteps = try self.totalSteps(a)
        let pctStart = a["pct_start"]
        guard pctStart.isFloat, let pct = pctStart.number, (0...1).contains(pct) else {
            throw PyException.valueError("Expected float between 0 and 1 pct_start, but got \(try Convert.text(pctStart, interpreter))")
        }
        let anneal = try a.string("anneal_strategy")
        guard OneCycleSchedule.Anneal(rawValue: anneal) != nil else {
            throw PyException.valueError("anneal_strategy must be one of 'cos' or 'linear', instead got \(anneal)")
        }
        let schedule = try scheduleCall {
            try OneCycleSchedule(totalSteps: totalSteps, pctStart: pct, anneal: .cos, threePhase: try a.bool("three_phase"),
                                 cycleMomentum: false, groups: [])
        }
        let groups = optimizer.groups.map(\.options)
        let maxRates = try perGroup("max_lr", a["max_lr"], groups.count)
        let lastEpoch = try a.int("last_epoch")
        let (divFactor, finalDivFactor) = (try a.double("div_factor"), try a.double("final_div_factor"))
        if lastEpoch == -1 {
            for (group, maxRate) in zip(groups, maxRates) {
                let initial = try number(maxRate, "max_lr") / divFactor
                try group.set(.str("initial_lr"), .float(initial))
                try group.set(.str("max_lr"), maxRate)
                try group.set(.str("min_lr"), .float(initial / finalDivFactor))
            }
        }
        let cycleMomentum = try a.bool("cycle_momentum")
        var settings: [(String, Value)] = [("total_steps", .int(totalSteps)), ("_schedule_phases", phases(schedule.phases)),
                                           ("_anneal_func_type", .str(anneal)), ("cycle_momentum", .bool(cycleMomentum))]
        if cycleMomentum {
            let defaults = Set(optimizer.defaults.map(\.0))
            guard defaults.contains("momentum") || defaults.contains("betas") else {
                throw PyException.valueError("optimizer must support momentum or beta1 with `cycle_momentum` option enabled")
            }
            let useBeta1 = defaults.contains("betas")
            let maxMomenta = try perGroup("max_momentum", a["max_momentum"], groups.count)
            let baseMomenta = try perGroup("base_momentum", a["base_momentum"], groups.count)
            if lastEpoch == -1 {
                for (group, (maxMomentum, baseMomentum)) in zip(groups, zip(maxMomenta, baseMomenta)) {
                    try setMomentum(maxMomentum, in: group, useBeta1: useBeta1)
                    try group.set(.str("max_momentum"), maxMomentum)
                    try group.set(.str("base_momentum"), baseMomentum)
                }
            }
            settings.append(("use_beta1", .bool(useBeta1)))
        }
        return settings
    }

    /// `total_steps`, or `epochs * steps_per_epoch`.
    private static func totalSteps(_ a: Args) throws -> Int {
        let text = { (v: Value) in (try? Convert.text(v, a.interpreter)) ?? v.typeName }
        if let given = a.optional("total_steps") {
            guard case .int(let n) = given, n > 0 else { throw PyException.valueError("Expected positive integer total_steps, but got \(text(given))") }
            return n
        }
        guard let epochs = a.optional("epochs"), let perEpoch = a.optional("steps_per_epoch") else {
            throw PyException.valueError("You must define either total_steps OR (epochs AND steps_per_epoch)")
        }
        guard case .int(let e) = epochs, e > 0 else { throw PyException.valueError("Expected positive integer epochs, but got \(text(epochs))") }
        guard case .int(let s) = perEpoch, s > 0 else {
            throw PyException.valueError("Expected positive integer steps_per_epoch, but got \(text(perEpoch))")
        }
        return e * s
    }

    /// One value per group: a list or tuple of exactly that many, or one value for all.
    private static func perGroup(_ name: String, _ v: Value, _ count: Int) throws -> [Value] {
        switch v {
        case .list(let list):
            return try sized(list.items, name, count)
        case .tuple(let items):
            return try sized(items, name, count)
        default: return Array(repeating: v, count: count)
        }
    }

    private static func sized(_ items: [Value], _ name: String, _ count: Int) throws -> [Value] {
        guard items.count == count else {
            throw PyException.valueError("\(name) must have the same length as optimizer.param_groups. "
                                         + "\(name) has \(items.count) values, param_groups has \(count).")
        }
        return items
    }

    private static func number(_ v: Value, _ name: String) throws -> Double {
        guard let d = v.number else { throw PyException.typeError("unsupported operand type(s) for /: '\(v.typeName)' and 'float'") }
        return d
    }

    /// SGD's `momentum`, or the first of Adam's `betas`.
    static func setMomentum(_ momentum: Value, in group: PyDict, useBeta1: Bool) throws {
        if useBeta1 {
            let rest = group[string: "betas"].flatMap(Convert.sequence).map { Array($0.dropFirst()) } ?? []
            try group.set(.str("betas"), .tuple([momentum] + rest))
        } else {
            try group.set(.str("momentum"), momentum)
        }
    }

    /// `_schedule_phases` as PyTorch keeps it: a dict per phase, the last one's end an int.
    private static func phases(_ phases: [OneCycleSchedule.Phase]) -> Value {
        .list(PyList(phases.enumerated().map { i, phase in
            let d = PyDict()
            d[string: "end_step"] = i == phases.count - 1 ? .int(Int(phase.endStep)) : .float(phase.endStep)
            d[string: "start_lr"] = .str(phase.startRate.rawValue)
            d[string: "end_lr"] = .str(phase.endRate.rawValue)
            d[string: "start_momentum"] = .str(phase.startMomentum.rawValue)
            d[string: "end_momentum"] = .str(phase.endMomentum.rawValue)
            return .dict(d)
        }))
    }

    /// The engine schedule from the settings and the param groups' end points.
    static func schedule(_ settings: [String: Value], _ optimizer: OptimizerObject) throws -> LearningRateSchedule {
        guard case .int(let totalSteps)? = settings["total_steps"], case .list(let given)? = settings["_schedule_phases"],
              case .str(let annealName)? = settings["_anneal_func_type"], let anneal = OneCycleSchedule.Anneal(rawValue: annealName) else {
            throw PyException.valueError("OneCycleLR settings are incomplete")
        }
        let phases = try given.items.map { item -> OneCycleSchedule.Phase in
            guard case .dict(let d) = item, let end = d[string: "end_step"]?.number else { throw PyException.valueError("a OneCycleLR phase needs an end_step") }
            func point(_ key: String) throws -> OneCycleSchedule.Point {
                guard case .str(let name)? = d[string: key], let p = OneCycleSchedule.Point(rawValue: name) else { throw PyException.keyError(.str(key)) }
                return p
            }
            return OneCycleSchedule.Phase(endStep: end, startRate: try point("start_lr"), endRate: try point("end_lr"),
                                          startMomentum: try point("start_momentum"), endMomentum: try point("end_momentum"))
        }
        let cycles = settings["cycle_momentum"].map { if case .bool(true) = $0 { return true } else { return false } } ?? false
        let groups = optimizer.groups.map { group in
            var values: [OneCycleSchedule.Point: Double] = [:]
            for point in [OneCycleSchedule.Point.initialRate, .maxRate, .minRate, .maxMomentum, .baseMomentum] {
                values[point] = group.options[string: point.rawValue]?.number
            }
            return OneCycleSchedule.Group(values: values)
        }
        return OneCycleSchedule(totalSteps: totalSteps, phases: phases, anneal: anneal, cycleMomentum: cycles, groups: groups)
    }
}
