import LabScript
import LabTensor

/// `torch.no_grad()`: as a context manager, turns graph recording off for the block; as a
/// decorator, wraps a function so each call runs without recording.
final class NoGradObject: NativeObject {
    static let cls = NativeClass("no_grad", module: "torch",
        constructor: Function("no_grad") { _ in .native(NoGradObject()) })

    private var saved: [Bool] = []

    var pyClass: PyType { NoGradObject.cls.type }

    func enter(_ interpreter: Interpreter) throws -> Value {
        saved.append(GradMode.isEnabled)
        GradMode.setEnabled(false)
        return .none
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        GradMode.setEnabled(saved.popLast() ?? true)
        return false
    }

    var isCallable: Bool { true }

    func call(_ args: [Value], _ keywords: [(String, Value)], _ interpreter: Interpreter) throws -> Value? {
        guard args.count == 1, keywords.isEmpty else { throw PyException.typeError("no_grad() decorates one function") }
        let function = args[0]
        // A method wrapper, so a decorated method (`@torch.no_grad()` on `def generate(self, ...)`)
        // is bound to its instance like the function it wraps.
        return .builtin(PyBuiltin(name: "no_grad_wrapper", isMethod: true) { interp, args, keywords in
            try withNoGrad { try interp.call(function, args, keywords) }
        })
    }
}
