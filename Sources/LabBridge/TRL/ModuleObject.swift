import LabScript
import LabNN

/// A submodule of a model (`model.v_head`, `model.v_head.summary`): printed as PyTorch prints
/// modules, with children and weights reachable as attributes.
final class ModuleObject: NativeObject {
    let module: Module

    init(_ module: Module) { self.module = module }

    var pyClass: PyType { ModuleObject.cls.type }

    static let cls = NativeClass("Module", module: "torch.nn.modules.module", methods: [
        Function("named_parameters") { a in
            .list(PyList(try a.receiver(as: ModuleObject.self).module.namedParameters().map { .tuple([.str($0.name), .native(ParameterObject($0.parameter))]) }))
        },
        Function("parameters") { a in .list(PyList(try a.receiver(as: ModuleObject.self).module.parameters().map { .native(ParameterObject($0)) })) },
    ])

    func getAttribute(_ name: String, _ interpreter: Interpreter) throws -> Value? {
        if let child = module.child(name) { return .native(ModuleObject(child)) }
        if let parameter = module.parameter(name) { return .native(ParameterObject(parameter)) }
        if let linear = module as? Linear {
            switch name {
            case "in_features": return .int(linear.inFeatures)
            case "out_features": return .int(linear.outFeatures)
            default: break
            }
        }
        return nil
    }

    func repr(_ interpreter: Interpreter) throws -> String { module.description }

    var attributeNames: [String] { module.childSlots.map(\.name) + module.parameterSlots.map(\.name) }
}
