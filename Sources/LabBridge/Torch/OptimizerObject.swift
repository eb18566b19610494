import LabScript
import LabTrain
import LabTensor

/// A `torch.optim` optimizer (`SGD`, `Adam`, `AdamW`) over parameters: a model's, a lab module's,
/// or any leaf tensors.
///
/// Each param group is the dict scripts see in `param_groups` (its `"lr"` can be changed, as
/// schedulers do) plus an engine optimizer over the group's parameters that holds the moments.
/// The dict's options are read again at every `step()`, as PyTorch does.
final class OptimizerObject: NativeObject {
    struct Group {
        let options: PyDict
        let engine: Optimizer
    }

    let kind: OptimizerKind
    /// The constructor's options, which `add_param_group` completes new groups with.
    let defaults: [(String, Value)]
    private(set) var groups: [Group]
    /// Steps and gradient resets, for the REPL's stale tracking.
    var version = 0
    /// Whether `step()` has run, which schedulers check (PyTorch's `_opt_called`).
    var hasStepped = false
    /// Set on the copies the REPL keeps in its snapshots: each engine's state when taken.
    let saved: [[String: Tensor]]?

    init(kind: OptimizerKind, defaults: [(String, Value)], groups: [Group], saved: [[String: Tensor]]? = nil) {
        self.kind = kind
        self.defaults = defaults
        self.groups = groups
        self.saved = saved
    }

    var pyClass: PyType { OptimizerObject.classes[kind]!.type }

    static let classes: [OptimizerKind: NativeClass] = Dictionary(uniqueKeysWithValues: OptimizerKind.allCases.map { kind in
        (kind, NativeClass(kind.name, module: kind.module,
                           constructor: Function(kind.name, params: kind.parameters) { a in .native(try OptimizerObject(kind, a)) },
                           methods: methods, properties: properties))
    })

    /// Builds the groups from `params` (parameters, or dicts each holding `"params"` and options),
    /// completing each group with the constructor's options.
    convenience init(_ kind: OptimizerKind, _ a: Args) throws {
        self.init(kind: kind, defaults: kind.options(a), groups: [])
        let items = try OptimizerObject.items(a["params"], a.interpreter)
        guard !items.isEmpty else { throw PyException.valueError("optimizer got an empty parameter list") }
        if case .dict = items[0] {
            for item in items {
                guard case .dict(let given) = item else { throw PyException.typeError("param groups must all be dicts") }
                try addGroup(given, a.interpreter)
            }
        } else {
            let group = PyDict()
            try group.set(.str("params"), .list(PyList(items)))
            try addGroup(group, a.interpreter)
        }
    }

    /// `add_param_group`: the group's parameters as a list, its own options, then the defaults it lacks.
    func addGroup(_ given: PyDict, _ interpreter: Interpreter) throws {
        guard let params = given[string: "params"] else { throw PyException.keyError(.str("params")) }
        let parameterObjects = try OptimizerObject.items(params, interpreter)
        let parameters = try parameterObjects.map { try ParameterObject.engineParameter($0, "optimizer") }
        let known = Set(groups.flatMap { $0.engine.parameters.map(ObjectIdentifier.init) })
        guard parameters.allSatisfy({ !known.contains(ObjectIdentifier($0)) }) else {
            throw PyException.valueError("some parameters appear in more than one parameter group")
        }
        let options = PyDict()
        try options.set(.str("params"), .list(PyList(parameterObjects)))
        for (key, value) in given.storage where OptimizerObject.optionName(key) != "params" { options.storage[key] = value }
        for (name, value) in defaults where options[string: name] == nil { try options.set(.str(name), value) }
        let engine = try torchCall { try kind.makeEngine(parameters) }
        try kind.configure(engine, from: options)
        groups.append(Group(options: options, engine: engine))
    }

    /// A group key as a name; nil for keys that are not strings.
    static func optionName(_ key: HashKey) -> String? {
        if case .str(let name) = key.value { return name }
        return nil
    }

    /// `params` as a list: a single tensor is refused as PyTorch refuses it.
    private static func items(_ params: Value, _ interpreter: Interpreter) throws -> [Value] {
        if case .native(let object) = params, object is TensorObject {
            throw PyException.typeError("params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor")
        }
        guard case .list(let list) = try interpreter.call(.type(PyType.list), [params]) else { return [] }
        return list.items
    }

    /// One update of every group from its current options.
    func step() throws {
        for group in groups {
            try kind.configure(group.engine, from: group.options)
            try torchCall { try group.engine.step() }
        }
        hasStepped = true
        version += 1
    }

    /// Clears the gradients (`set_to_none`), or fills them with zeros.
    func zeroGrad(setToNone: Bool) throws {
        try resetGradients(parameters, setToNone: setToNone)
        version += 1
    }

    /// Every parameter the optimizer updates, in group order.
    var parameters: [Parameter] { groups.flatMap(\.engine.parameters) }

    private static let methods: [Function] = [
        Function("step", params: ["closure=None"]) { a in
            guard a.optional("closure") == nil else { throw PyException(.notImplementedError, "step(closure=...) is not supported") }
            try a.receiver(as: OptimizerObject.self).step()
            return .none
        },
        Function("zero_grad", params: ["set_to_none=True"]) { a in
            try a.receiver(as: OptimizerObject.self).zeroGrad(setToNone: try a.bool("set_to_none"))
            return .none
        },
        Function("state_dict") { a in .dict(try a.receiver(as: OptimizerObject.self).stateDict()) },
        Function("load_state_dict", params: ["state_dict"]) { a in
            try a.receiver(as: OptimizerObject.self).loadStateDict(a["state_dict"])
            return .none
        },
        Function("add_param_group", params: ["param_group"]) { a in
            let optimizer = try a.receiver(as: OptimizerObject.self)
            guard case .dict(let given) = a["param_group"] else { throw PyException.typeError("param_group must be a dict") }
            try optimizer.addGroup(given, a.interpreter)
            return .none
        },
    ]

    private static let properties: [Property] = [
        Property("param_groups") { v, _ in
            guard case .native(let optimizer as OptimizerObject) = v else { throw PyException.typeError("expected an optimizer") }
            return .list(PyList(optimizer.groups.map { .dict($0.options) }))
        },
    ]

    /// PyTorch's form: the class name, then each group's options sorted by name.
    func repr(_ interpreter: Interpreter) throws -> String {
        var text = kind.name + " ("
        for (i, group) in groups.enumerated() {
            text += "\nParameter Group \(i)\n"
            let options = group.options.storage.compactMap { key, value -> (String, Value)? in
                guard let name = OptimizerObject.optionName(key), name != "params" else { return nil }
                return (name, value)
            }
            for (name, value) in options.sorted(by: { $0.0 < $1.0 }) {
                text += "    \(name): \(try Convert.text(value, interpreter))\n"
            }
        }
        return text + ")"
    }
}
