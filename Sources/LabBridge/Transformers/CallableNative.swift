import LabScript

/// A native object whose calls run the `__call__` method declared on its class, so calls bind
/// arguments with the same declarative signatures as the class's other methods.
protocol CallableNative: NativeObject {}

extension CallableNative {
    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        guard let method = pyClass.dict["__call__"] else { return nil }
        return try interpreter.call(method, [.native(self)] + args, keywords)
    }
}
