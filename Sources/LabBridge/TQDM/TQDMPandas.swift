import Foundation
import LabScript

/// `tqdm.pandas()`: after it, a lab's pandas Series have `progress_apply`, which is `apply` with a
/// progress bar; before it, `progress_apply` is the AttributeError pandas raises. Recorded per
/// interpreter, as tqdm patches the pandas the lab imported.
enum TQDMPandas {
    private struct Weak {
        weak var interpreter: Interpreter?
    }

    private static var registered: [Weak] = []
    private static let lock = NSLock()

    static let register = Function("pandas", params: ["**kwargs"]) { a in
        lock.lock()
        defer { lock.unlock() }
        registered.removeAll { $0.interpreter == nil }
        if !registered.contains(where: { $0.interpreter === a.interpreter }) { registered.append(Weak(interpreter: a.interpreter)) }
        return .none
    }

    static func isRegistered(_ interpreter: Interpreter) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return registered.contains { $0.interpreter === interpreter }
    }

    /// Calls `function` on each of `values` inside a tqdm bar over them.
    static func apply(_ function: Value, to values: [Value], _ interpreter: Interpreter) throws -> [Value] {
        guard case .native(let bar as ProgressBar) = try interpreter.call(ProgressBar.cls.value, [.list(PyList(values))]),
              let next = try bar.makeIterator(interpreter) else { return [] }
        var results: [Value] = []
        while let value = try next() { results.append(try interpreter.call(function, [value])) }
        return results
    }
}
