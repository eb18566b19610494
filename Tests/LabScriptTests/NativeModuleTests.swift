import XCTest
@testable import LabScript

/// A 2-D matrix implemented in Swift and exposed through the native-object protocol, as the ML
/// bridge exposes tensors: constructor with defaults, subscripts with tuples and slices, `+` on
/// both sides, repr, len, iteration, a property, a method and a context manager.
final class Matrix: NativeObject {
    static let cls = NativeClass("Matrix", module: "linalg",
        constructor: Function("Matrix", params: ["rows", "cols", "fill=0.0"]) { args in
            .native(Matrix(rows: try args.int("rows"), cols: try args.int("cols"), fill: try args.double("fill")))
        },
        methods: [
            Function("transpose") { args in
                let m = try args.receiver(as: Matrix.self)
                let t = Matrix(rows: m.cols, cols: m.rows, fill: 0)
                for r in 0..<m.rows { for c in 0..<m.cols { t[c, r] = m[r, c] } }
                return .native(t)
            },
            Function("fill_", params: ["value"]) { args in
                let m = try args.receiver(as: Matrix.self)
                m.values = Array(repeating: try args.double("value"), count: m.values.count)
                m.version += 1
                return .native(m)
            },
        ],
        properties: [Property("shape") { v, _ in
            guard case .native(let m as Matrix) = v else { return .none }
            return .tuple([.int(m.rows), .int(m.cols)])
        }],
        staticMethods: [Function("identity", params: ["n"]) { args in
            let n = try args.int("n")
            let m = Matrix(rows: n, cols: n, fill: 0)
            for i in 0..<n { m[i, i] = 1 }
            return .native(m)
        }])

    let rows: Int, cols: Int
    var values: [Double]
    var version = 0
    var entered = 0

    init(rows: Int, cols: Int, fill: Double) {
        self.rows = rows
        self.cols = cols
        values = Array(repeating: fill, count: rows * cols)
    }

    subscript(r: Int, c: Int) -> Double {
        get { values[r * cols + c] }
        set { values[r * cols + c] = newValue }
    }

    var pyClass: PyType { Matrix.cls.type }

    func getItem(_ index: Value, _ interpreter: Interpreter) throws -> Value? {
        if case .tuple(let parts) = index, parts.count == 2 {
            if let r = parts[0].asInt, let c = parts[1].asInt { return .float(self[r, c]) }
            if case .object(let s as PySlice) = parts[0], let c = parts[1].asInt {
                let (start, _, step, count) = try interpreter.sliceIndices(s, rows)
                return .list(PyList((0..<count).map { .float(self[start + $0 * step, c]) }))
            }
        }
        if let r = index.asInt { return .list(PyList((0..<cols).map { .float(self[r, $0]) })) }
        throw PyException.typeError("Matrix indices must be (row, col)")
    }

    func setItem(_ index: Value, _ value: Value, _ interpreter: Interpreter) throws -> Bool {
        guard case .tuple(let parts) = index, parts.count == 2, let r = parts[0].asInt, let c = parts[1].asInt,
              let v = value.asDouble else { return false }
        self[r, c] = v
        version += 1
        return true
    }

    func binaryOp(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interpreter: Interpreter) throws -> Value? {
        guard op == .add else { return nil }
        let result = Matrix(rows: rows, cols: cols, fill: 0)
        if case .native(let m as Matrix) = other {
            guard m.rows == rows && m.cols == cols else { throw PyException.valueError("shape mismatch") }
            result.values = zip(values, m.values).map { $0 + $1 }
        } else if let k = other.asDouble {
            result.values = values.map { $0 + k }
        } else {
            return nil
        }
        return .native(result)
    }

    func length(_ interpreter: Interpreter) throws -> Int? { rows }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var r = 0
        return {
            guard r < self.rows else { return nil }
            defer { r += 1 }
            return try self.getItem(.int(r), interpreter)
        }
    }

    func repr(_ interpreter: Interpreter) throws -> String {
        let rowsText = (0..<rows).map { r in "[" + (0..<cols).map { Format.floatRepr(self[r, $0]) }.joined(separator: ", ") + "]" }
        return "Matrix([" + rowsText.joined(separator: ", ") + "])"
    }

    func enter(_ interpreter: Interpreter) throws -> Value {
        entered += 1
        return .native(self)
    }

    func exit(_ exception: PyException?, _ interpreter: Interpreter) throws -> Bool {
        entered -= 1
        return exception?.cls === PyType.valueError
    }

    func snapshot(_ copier: DeepCopier) -> NativeObject {
        let m = Matrix(rows: rows, cols: cols, fill: 0)
        m.values = values
        return m
    }
}

final class NativeModuleTests: XCTestCase {
    func testMatrixModuleFromScript() throws {
        var output = ""
        let interp = Interpreter(configuration: .init(stdout: { output += $0 }))
        interp.register(module: NativeModule("linalg", functions: [
            Function("zeros", params: ["rows", "cols=None"]) { args in
                let r = try args.int("rows")
                return .native(Matrix(rows: r, cols: args.optional("cols")?.asInt ?? r, fill: 0))
            },
        ], classes: [Matrix.cls], constants: [("version", .str("1.0"))]))
        let source = """
        import linalg
        from linalg import Matrix
        m = Matrix(2, 3, fill=1.5)
        m[0, 2] = 4
        print(m, m.shape, len(m), m[0, 2], m[:, 2], m[1])
        print(m + 1, 1 + m, m + m)
        print(m.transpose(), Matrix.identity(2), linalg.zeros(2), linalg.version)
        print([row for row in m], type(m).__name__, isinstance(m, Matrix))
        with m as inner:
            print(inner is m)
            raise ValueError("suppressed by the context manager")
        print(m.fill_(2.0))
        try:
            m + "x"
        except TypeError as e:
            print(e)
        try:
            m.shape = (1, 1)
        except AttributeError as e:
            print(e)
        try:
            m.transpos()
        except AttributeError as e:
            print(e)
        """
        _ = try interp.execute(source, filename: "<test>")
        XCTAssertEqual(output, """
        Matrix([[1.5, 1.5, 4.0], [1.5, 1.5, 1.5]]) (2, 3) 2 4.0 [4.0, 1.5] [1.5, 1.5, 1.5]
        Matrix([[2.5, 2.5, 5.0], [2.5, 2.5, 2.5]]) Matrix([[2.5, 2.5, 5.0], [2.5, 2.5, 2.5]]) Matrix([[3.0, 3.0, 8.0], [3.0, 3.0, 3.0]])
        Matrix([[1.5, 1.5], [1.5, 1.5], [4.0, 1.5]]) Matrix([[1.0, 0.0], [0.0, 1.0]]) Matrix([[0.0, 0.0], [0.0, 0.0]]) 1.0
        [[1.5, 1.5, 4.0], [1.5, 1.5, 1.5]] Matrix True
        True
        Matrix([[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]])
        unsupported operand type(s) for +: 'Matrix' and 'str'
        property 'shape' of 'Matrix' object has no setter
        'Matrix' object has no attribute 'transpos'. Did you mean: 'transpose'?

        """)
    }

    func testNativeArgumentErrorsUsePythonWording() throws {
        let interp = Interpreter(configuration: .init(stdout: { _ in }))
        interp.register(module: NativeModule("linalg", classes: [Matrix.cls]))
        XCTAssertThrowsError(try interp.execute("import linalg\nlinalg.Matrix(2)", filename: "<t>")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine,
                           "TypeError: Matrix() missing 1 required positional argument: 'cols'")
        }
        XCTAssertThrowsError(try interp.execute("linalg.Matrix(2, 2, colour=1)", filename: "<t>")) { error in
            XCTAssertEqual((error as? ScriptException)?.exceptionLine,
                           "TypeError: Matrix() got an unexpected keyword argument 'colour'")
        }
    }

    func testNativeVersionAndSnapshot() throws {
        let m = Matrix(rows: 1, cols: 1, fill: 0)
        let interp = Interpreter(configuration: .init(stdout: { _ in }))
        interp.setGlobal("m", .native(m))
        _ = try interp.execute("m[0, 0] = 3", filename: "<t>")
        XCTAssertEqual(m.version, 1)
        let snapshot = interp.snapshotGlobals()
        _ = try interp.execute("m[0, 0] = 5", filename: "<t>")
        interp.restoreGlobals(snapshot)
        XCTAssertEqual(interp.repr(interp.global("m")!), "Matrix([[3.0]])")
    }
}
