import LabData
import LabScript

/// `ds.features`: prints as datasets 5.0's `Features` dict (`{'id': Value('string')}`);
/// `len`, iteration (column names) and `features["column"]` work as on that dict.
final class FeaturesObject: NativeObject {
    static let cls = NativeClass("Features", module: "datasets.features.features", methods: [
        Function("keys") { args in
            .list(PyList(try args.receiver(as: FeaturesObject.self).features.map { .str($0.0) }))
        },
    ])
    let features: [(String, Feature)]

    init(_ features: [(String, Feature)]) {
        self.features = features
    }

    var pyClass: PyType { FeaturesObject.cls.type }
    func repr(_ interpreter: Interpreter) throws -> String { Feature.dict(features).description }
    func length(_ interpreter: Interpreter) throws -> Int? { features.count }

    /// `==` and `!=` against another dataset's features, as dicts compare: the same names with the
    /// same types, in any order.
    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let object as FeaturesObject) = other else { return nil }
        let theirs = Dictionary(object.features, uniquingKeysWith: { a, _ in a })
        let equal = features.count == theirs.count && features.allSatisfy { theirs[$0.0] == $0.1 }
        return .bool(equal == (op == .eq))
    }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        guard case .str(let name) = index, let feature = features.first(where: { $0.0 == name })?.1 else {
            throw PyException.keyError(index)
        }
        return .native(FeatureObject(feature))
    }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var names = features.map(\.0).makeIterator()
        return { names.next().map { .str($0) } }
    }
}

/// One column's type (`Value('int64')`, `List(...)`, `LargeList(...)`), printed as datasets 5.0
/// prints it; `.dtype` gives the Arrow type name of a plain value.
final class FeatureObject: NativeObject {
    static let valueClass = NativeClass("Value", module: "datasets.features.features", properties: [dtype])
    static let sequenceClass = NativeClass("List", module: "datasets.features.features")
    static let largeListClass = NativeClass("LargeList", module: "datasets.features.features")
    private static let dtype = Property("dtype") { value, _ in
        guard case .native(let object as FeatureObject) = value, case .value(let name) = object.feature else { return .none }
        return .str(name)
    }
    let feature: Feature

    init(_ feature: Feature) {
        self.feature = feature
    }

    var pyClass: PyType {
        switch feature {
        case .sequence: return FeatureObject.sequenceClass.type
        case .largeList: return FeatureObject.largeListClass.type
        default: return FeatureObject.valueClass.type
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String { feature.description }

    func compare(_ op: CompareOp, _ other: Value, _ interpreter: Interpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .native(let object as FeatureObject) = other else { return nil }
        return .bool((feature == object.feature) == (op == .eq))
    }
}
