extension Interpreter {
    static let counterType = PyType(name: "Counter", bases: [.dict], module: "collections")
    func itertoolsModule() -> [(String, Value)] { [] }
    func collectionsModule() -> [(String, Value)] { [] }
    func functoolsModule() -> [(String, Value)] { [] }
}
