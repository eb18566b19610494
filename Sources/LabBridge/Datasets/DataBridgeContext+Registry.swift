import Foundation
import LabScript

extension DataBridgeContext {
    /// Contexts by interpreter, for code that has only the interpreter at hand (class-level
    /// constructors such as `Dataset.from_dict`, whose class is shared by all interpreters).
    private static var registry: [(interpreter: Weak, context: DataBridgeContext)] = []
    private static let lock = NSLock()

    private struct Weak {
        weak var interpreter: Interpreter?
    }

    /// Records `context` as the one `interpreter`'s modules share.
    static func register(_ context: DataBridgeContext, for interpreter: Interpreter) {
        lock.lock()
        defer { lock.unlock() }
        registry.removeAll { $0.interpreter.interpreter == nil || $0.interpreter.interpreter === interpreter }
        registry.append((Weak(interpreter: interpreter), context))
    }

    /// The context registered for `interpreter`.
    static func of(_ interpreter: Interpreter) throws -> DataBridgeContext {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = registry.first(where: { $0.interpreter.interpreter === interpreter }) else {
            throw PyException.runtimeError("the datasets module is not installed in this interpreter")
        }
        return entry.context
    }
}
