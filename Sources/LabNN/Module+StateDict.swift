import LabTensor

/// State dicts: every parameter under every name it is reachable by, as `state_dict()` lists them.
extension Module {
    /// Which keys a load did not use and which parameters it did not fill.
    public struct LoadReport: Equatable {
        /// Names of parameters that no key filled (a tied parameter filled under any of its names counts as filled).
        public var missingKeys: [String]
        /// Keys that name no parameter.
        public var unexpectedKeys: [String]
    }

    /// Name → value for every parameter name, tied names included, in registration order.
    public func stateDict() -> [(name: String, tensor: Tensor)] {
        allNamedParameters().map { ($0.name, $0.parameter.value) }
    }

    /// Copies values into the parameters by name. A tied parameter is filled once it is found under
    /// any of its names. With `strict`, missing or unexpected keys are an error listing them all;
    /// a shape that differs is always an error.
    @discardableResult
    public func load(stateDict: [String: Tensor], strict: Bool = true) throws -> LoadReport {
        let named = allNamedParameters()
        var filled = Set<ObjectIdentifier>()
        for (name, parameter) in named {
            guard let value = stateDict[name] else { continue }
            guard value.shape == parameter.value.shape else {
                throw ModuleError.shapeMismatch(name: name, expected: parameter.value.shape, got: value.shape)
            }
            try parameter.assign(value)
            filled.insert(ObjectIdentifier(parameter))
        }
        let known = Set(named.map(\.name))
        let missing = namedParameters().filter { !filled.contains(ObjectIdentifier($0.parameter)) }.map(\.name)
        let unexpected = stateDict.keys.filter { !known.contains($0) }.sorted()
        if strict && (!missing.isEmpty || !unexpected.isEmpty) {
            throw ModuleError.stateDictMismatch(missing: missing, unexpected: unexpected)
        }
        return LoadReport(missingKeys: missing, unexpectedKeys: unexpected)
    }
}
