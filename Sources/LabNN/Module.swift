import LabTensor

/// A network building block with PyTorch's naming: a module owns parameters and child modules, each
/// registered under a name, and names nest with dots (`encoder.block.0.layer.0.SelfAttention.q.weight`).
///
/// Registration order is iteration order, as in PyTorch: a module's own parameters come before its
/// children's. Children can be replaced by name (``setChild(path:_:)``), which is how adapters wrap a
/// layer in place; the layer's owner reads its children through ``child(_:)`` at call time, so a
/// replacement takes effect at once.
open class Module {
    /// Own parameters in registration order (PyTorch's `_parameters`).
    public private(set) var parameterSlots: [(name: String, parameter: Parameter)] = []
    /// Child modules in registration order (PyTorch's `_modules`).
    public private(set) var childSlots: [(name: String, module: Module)] = []
    /// Whether the module is in training mode (dropout active).
    public private(set) var isTraining = true

    public init() {}

    /// The class name shown when printing, e.g. `Linear`.
    open var typeName: String { String(describing: type(of: self)) }

    /// The text inside the parentheses of a leaf's printed form, e.g. `in_features=4, out_features=2, bias=True`.
    open var extraDescription: String { "" }

    /// The printed `(name): child` entries; ``ModuleList`` overrides it to group repeated children.
    open func childLines() -> [String] {
        childSlots.map { "(\($0.name)): \($0.module.description)" }
    }

    // MARK: Registration

    /// Adds (or replaces) the parameter `name`.
    public func registerParameter(_ name: String, _ parameter: Parameter) {
        if let index = parameterSlots.firstIndex(where: { $0.name == name }) {
            parameterSlots[index].parameter = parameter
        } else {
            parameterSlots.append((name, parameter))
        }
    }

    /// Adds (or replaces, keeping its position) the child `name`, and returns it.
    @discardableResult
    public func registerModule<M: Module>(_ name: String, _ module: M) -> M {
        if let index = childSlots.firstIndex(where: { $0.name == name }) {
            childSlots[index].module = module
        } else {
            childSlots.append((name, module))
        }
        return module
    }

    /// The direct child `name`, if any.
    public func child(_ name: String) -> Module? {
        childSlots.first { $0.name == name }?.module
    }

    /// The own parameter `name`, if any.
    public func parameter(_ name: String) -> Parameter? {
        parameterSlots.first { $0.name == name }?.parameter
    }

    /// The descendant at a dotted path (`encoder.block.0.layer.0.SelfAttention.q`); `""` is `self`.
    public func module(at path: String) -> Module? {
        guard !path.isEmpty else { return self }
        var current: Module = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            guard let next = current.child(String(part)) else { return nil }
            current = next
        }
        return current
    }

    /// Replaces the descendant at `path` with `replacement` (PyTorch's `setattr(parent, name, m)`).
    /// A child called as a layer (``UnaryLayer``) can be replaced by any other layer (an adapter
    /// wrapping it, say); any other child only by a module of its own type, which its owner can use.
    public func setChild(path: String, _ replacement: Module) throws {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.last, !path.isEmpty else { throw ModuleError.noSuchModule(path) }
        let parentPath = parts.dropLast().joined(separator: ".")
        guard let parent = module(at: parentPath), let old = parent.child(last) else {
            throw ModuleError.noSuchModule(path)
        }
        let fits = old is UnaryLayer ? replacement is UnaryLayer : type(of: replacement) == type(of: old)
        guard fits else {
            throw ModuleError.incompatibleReplacement(path: path, old: old.typeName, new: replacement.typeName)
        }
        parent.registerModule(last, replacement)
    }

    // MARK: Traversal

    /// Every module with its dotted name, `self` first (`""`), depth first in registration order.
    /// A module reachable under several names is listed once, under its first name.
    public func namedModules() -> [(name: String, module: Module)] {
        var seen = Set<ObjectIdentifier>()
        var result: [(String, Module)] = []
        func visit(_ module: Module, _ prefix: String) {
            guard seen.insert(ObjectIdentifier(module)).inserted else { return }
            result.append((prefix, module))
            for (name, child) in module.childSlots { visit(child, prefix.isEmpty ? name : prefix + "." + name) }
        }
        visit(self, "")
        return result
    }

    /// Parameters with dotted names, as `named_parameters()`: a parameter shared by several modules
    /// (tied weights) is listed once, under its first name.
    public func namedParameters() -> [(name: String, parameter: Parameter)] {
        var seen = Set<ObjectIdentifier>()
        var result: [(String, Parameter)] = []
        for (prefix, module) in namedModules() {
            for (name, parameter) in module.parameterSlots where seen.insert(ObjectIdentifier(parameter)).inserted {
                result.append((prefix.isEmpty ? name : prefix + "." + name, parameter))
            }
        }
        return result
    }

    /// The parameters in `namedParameters()` order.
    public func parameters() -> [Parameter] { namedParameters().map(\.parameter) }

    /// The trainable parameters (those that require grad).
    public func trainableParameters() -> [Parameter] { parameters().filter(\.requiresGrad) }

    /// Every name under which each parameter is reachable, tied names included (`state_dict`'s keys),
    /// in registration order.
    public func allNamedParameters() -> [(name: String, parameter: Parameter)] {
        var result: [(String, Parameter)] = []
        func visit(_ module: Module, _ prefix: String) {
            for (name, parameter) in module.parameterSlots { result.append((prefix + name, parameter)) }
            for (name, child) in module.childSlots { visit(child, prefix + name + ".") }
        }
        visit(self, "")
        return result
    }

    /// The number of parameter elements, counted as `sum(p.numel() for p in model.parameters())`.
    public func parameterCount(trainableOnly: Bool = false) -> Int {
        parameters().filter { !trainableOnly || $0.requiresGrad }.reduce(0) { $0 + $1.value.scalarCount }
    }

    // MARK: Modes

    /// Sets training mode on this module and every descendant.
    public func train(_ mode: Bool = true) {
        for (_, module) in namedModules() { module.isTraining = mode }
    }

    /// Sets this module's own mode, leaving its descendants as they are (restoring a saved tree).
    public func setMode(_ training: Bool) { isTraining = training }

    /// Sets evaluation mode (dropout off).
    public func eval() { train(false) }

    /// Makes every parameter trainable or frozen.
    public func requiresGrad(_ flag: Bool) {
        for parameter in parameters() { parameter.requiresGrad = flag }
    }
}

/// A module called on one tensor: `y = layer.forward(x)`, or `layer(x)` on a concrete type.
public protocol UnaryLayer: Module {
    func forward(_ x: Tensor) throws -> Tensor
}

extension UnaryLayer {
    public func callAsFunction(_ x: Tensor) throws -> Tensor { try forward(x) }
}

extension Module {
    /// The child `name` as a layer. Only for children the module itself registered as layers, which
    /// ``setChild(path:_:)`` keeps layers.
    public func layer(_ name: String) -> UnaryLayer {
        guard let layer = child(name) as? UnaryLayer else {
            fatalError("\(typeName) has no layer child '\(name)'")
        }
        return layer
    }
}
