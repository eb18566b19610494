/// Broadcasting elementwise arithmetic (+ − × ÷ pow, negation) with forward and backward together.
///
/// Two tensors combine by NumPy broadcasting; the gradient of a broadcast operand is summed back
/// to its shape. Integer and bool tensors combine exactly for + − × in their promoted dtype (see
/// `integerCombine`); any float operand makes the result float32.
extension Tensor {
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        if let exact = try integerCombine(a, b, "add", &+) { return exact }
        let out = try zipFloat(a, b, "add") { $0 + $1 }
        return record(out, "add", [a, b]) { g, needs in
            [needs[0] ? try g.sumToShape(a.shape) : nil, needs[1] ? try g.sumToShape(b.shape) : nil]
        }
    }

    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        if let exact = try integerCombine(a, b, "sub", &-) { return exact }
        let out = try zipFloat(a, b, "sub") { $0 - $1 }
        return record(out, "sub", [a, b]) { g, needs in
            [needs[0] ? try g.sumToShape(a.shape) : nil, needs[1] ? try (-g).sumToShape(b.shape) : nil]
        }
    }

    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        if let exact = try integerCombine(a, b, "mul", &*) { return exact }
        let out = try zipFloat(a, b, "mul") { $0 * $1 }
        let x = a.detached(), y = b.detached()
        return record(out, "mul", [a, b]) { g, needs in
            [needs[0] ? try (g * y).sumToShape(x.shape) : nil, needs[1] ? try (g * x).sumToShape(y.shape) : nil]
        }
    }

    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try zipFloat(a, b, "div") { $0 / $1 }
        let y = b.detached(), quotient = out
        return record(out, "div", [a, b]) { g, needs in
            [needs[0] ? try (g / y).sumToShape(a.shape) : nil,
             needs[1] ? try (-(g * quotient) / y).sumToShape(y.shape) : nil]
        }
    }

    public static prefix func - (a: Tensor) -> Tensor {
        a.mapFloat("neg", { -$0 }, derivative: { _, _ in Lanes(repeating: -1) })
    }

    /// Elementwise `self ** exponent` with a broadcast tensor exponent.
    /// The exponent's gradient is `out · log(self)`, taken as 0 where self is 0 and exponent ≥ 0.
    public func pow(_ exponent: Tensor) throws -> Tensor {
        let out = try Tensor.zipFloat(self, exponent, "pow") { Foundation.pow($0, $1) }
        let x = detached(), e = exponent.detached(), y = out
        return Tensor.record(out, "pow_tensor", [self, exponent]) { g, needs in
            let dx = needs[0] ? try (g * Tensor.zipFloat(x, e, "pow") { $1 == 0 ? 0 : $1 * Foundation.pow($0, $1 - 1) }).sumToShape(x.shape) : nil
            let logX = try Tensor.zipFloat(x, e, "pow") { $0 == 0 && $1 >= 0 ? 0 : Foundation.log($0) }
            let de = needs[1] ? try (g * y * logX).sumToShape(e.shape) : nil
            return [dx, de]
        }
    }

    /// Elementwise `self ** exponent` for a scalar exponent (exact multiplication for 2).
    public func pow(_ exponent: Float) -> Tensor {
        if exponent == 2 { return mapFloat("pow", { $0 * $0 }, derivative: { x, _ in 2 * x }) }
        return mapFloat("pow", { lanewise($0) { Foundation.pow($0, exponent) } }, derivative: { x, _ in
            exponent == 0 ? Lanes() : exponent * lanewise(x) { Foundation.pow($0, exponent - 1) }
        })
    }

    /// Elementwise larger of two broadcast tensors (`torch.maximum`); NaN propagates. Where they
    /// are equal the gradient is split evenly between them, as in PyTorch.
    public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try extremum(a, b, "maximum") { $0 > $1 }
    }

    /// Elementwise smaller of two broadcast tensors (`torch.minimum`), with the same gradient rule.
    public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try extremum(a, b, "minimum") { $0 < $1 }
    }

    private static func extremum(_ a: Tensor, _ b: Tensor, _ op: String, _ wins: @escaping (Float, Float) -> Bool) throws -> Tensor {
        let out = try zipFloat(a, b, op) { x, y in x.isNaN || y.isNaN ? .nan : (wins(x, y) || x == y ? x : y) }
        let x = a.detached(), y = b.detached()
        return record(out, op, [a, b]) { g, needs in
            // Share of the gradient that goes to `a`: 1 where it wins, 1/2 on ties, 0 where it loses.
            let share = try zipFloat(x, y, op) { p, q in p == q ? 0.5 : (wins(p, q) ? 1 : 0) }
            return [needs[0] ? try (g * share).sumToShape(x.shape) : nil,
                    needs[1] ? try (g * (1 - share)).sumToShape(y.shape) : nil]
        }
    }

    // MARK: Tensor-scalar

    public static func + (a: Tensor, s: Float) -> Tensor { a.mapFloat("add", { $0 + s }, derivative: { _, _ in Lanes(repeating: 1) }) }
    public static func + (s: Float, a: Tensor) -> Tensor { a + s }
    public static func - (a: Tensor, s: Float) -> Tensor { a.mapFloat("sub", { $0 - s }, derivative: { _, _ in Lanes(repeating: 1) }) }
    public static func - (s: Float, a: Tensor) -> Tensor { a.mapFloat("rsub", { s - $0 }, derivative: { _, _ in Lanes(repeating: -1) }) }
    public static func * (a: Tensor, s: Float) -> Tensor { a.mapFloat("mul", { $0 * s }, derivative: { _, _ in Lanes(repeating: s) }) }
    public static func * (s: Float, a: Tensor) -> Tensor { a * s }
    public static func / (a: Tensor, s: Float) -> Tensor { a.mapFloat("div", { $0 / s }, derivative: { _, _ in Lanes(repeating: 1 / s) }) }
    public static func / (s: Float, a: Tensor) -> Tensor {
        a.mapFloat("rdiv", { s / $0 }, derivative: { x, _ in -s / (x * x) })
    }
}

// MARK: - Kernels

extension Tensor {
    /// `f(a, b)` elementwise over the broadcast shape, as a new dense float32 tensor (no graph),
    /// rounded to float16/bfloat16 when that is the operands' result type.
    /// Inlined so that each caller's `f` compiles into the loop.
    @inline(__always)
    static func zipFloat(_ a: Tensor, _ b: Tensor, _ op: String, _ f: (Float, Float) -> Float) throws -> Tensor {
        let a = a.floatingPoint(), b = b.floatingPoint()
        // The raw pointers below are only valid while the (possibly converted) operands live.
        return try withExtendedLifetime((a, b)) { try zipDense(a, b, op, f).narrowed(toResultTypeOf: [a, b]) }
    }

    @inline(__always)
    private static func zipDense(_ a: Tensor, _ b: Tensor, _ op: String, _ f: (Float, Float) -> Float) throws -> Tensor {
        let shape = try broadcastShape(a.shape, b.shape, op)
        let count = shape.reduce(1, *)
        let pa = a.storage.floats, pb = b.storage.floats
        if a.shape == shape, b.shape == shape, a.isContiguous, b.isContiguous {
            let xa = pa + a.offset, xb = pb + b.offset
            return makeFloat(shape, zeroed: false) { out in parallelChunks(count) { r in for i in r { out[i] = f(xa[i], xb[i]) } } }
        }
        let sa = a.broadcastStrides(to: shape), sb = b.broadcastStrides(to: shape)
        let rowLength = shape.last ?? 1
        let rows = rowLength == 0 ? 0 : count / rowLength
        let outer = shape.dropLast()
        let stepA = sa.last ?? 0, stepB = sb.last ?? 0
        return makeFloat(shape, zeroed: false) { out in
            parallelChunks(rows, costPerItem: rowLength) { r in
                for row in r {
                    let oa = rowStorageOffset(row, outer: outer, strides: sa, base: a.offset)
                    let ob = rowStorageOffset(row, outer: outer, strides: sb, base: b.offset)
                    let o = out + row * rowLength, xa = pa + oa, xb = pb + ob
                    if stepA == 1 && stepB == 1 {
                        for j in 0..<rowLength { o[j] = f(xa[j], xb[j]) }
                    } else if stepA == 1 && stepB == 0 {
                        for j in 0..<rowLength { o[j] = f(xa[j], xb[0]) }
                    } else {
                        for j in 0..<rowLength { o[j] = f(xa[j * stepA], xb[j * stepB]) }
                    }
                }
            }
        }
    }

    /// Exact arithmetic when both operands are integers or bools, nil otherwise: computed in int64
    /// and narrowed to the operands' ``resultType(_:_:)`` as PyTorch's integer kernels wrap (uint8
    /// and int32 keep their low bits; bools give `true` for nonzero, so `+` is "or" and `*` "and").
    private static func integerCombine(_ a: Tensor, _ b: Tensor, _ op: String,
                                       _ f: (Int64, Int64) -> Int64) throws -> Tensor? {
        let type = resultType(a, b)
        guard !type.isFloatingPoint else { return nil }
        if type == .bool && op == "sub" {
            throw TensorError(op, "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
        }
        let shape = try broadcastShape(a.shape, b.shape, op)
        let x = try a.converted(to: .int64).expand(shape).contiguous()
        let y = try b.converted(to: .int64).expand(shape).contiguous()
        let values = withExtendedLifetime((x, y)) {
            let px = x.storage.int64s + x.offset, py = y.storage.int64s + y.offset
            return (0..<shape.reduce(1, *)).map { f(px[$0], py[$0]) }
        }
        return wrapping(values, shape: shape, to: type)
    }

    /// Exact int64 results as an integer or bool tensor of `dtype`: uint8 and int32 keep the low
    /// bits, as PyTorch's integer kernels wrap; bool is true for nonzero.
    static func wrapping(_ values: [Int64], shape: [Int], to dtype: DType) -> Tensor {
        let result = TensorStorage(dtype: dtype, count: values.count)
        for (i, v) in values.enumerated() {
            switch dtype {
            case .int64: result.int64s[i] = v
            case .int32: result.int32s[i] = Int32(truncatingIfNeeded: v)
            case .uint8: result.uint8s[i] = UInt8(truncatingIfNeeded: v)
            case .bool: result.bools[i] = v != 0
            case .float32, .float16, .bfloat16: result.floats[i] = Float(v)
            }
        }
        return Tensor(storage: result, shape: shape)
    }

    /// `f` elementwise as a new float32 tensor whose backward multiplies the incoming gradient by
    /// `derivative(x, y)` (x the input elements, y the output elements). Both act on 8 lanes at a
    /// time; each lane depends only on its own element.
    func mapFloat(_ op: String, _ f: (Lanes) -> Lanes, derivative: @escaping (Lanes, Lanes) -> Lanes) -> Tensor {
        let x = detached().denseFloat()
        let count = scalarCount
        let out = Tensor.makeFloat(shape, zeroed: false) { o in
            let px = x.floatPointer
            parallelChunks(count) { r in
                forEachLaneBlock(r) { i, width in storeLanes(f(loadLanes(px + i, width)), o + i, width) }
            }
        }.narrowed(toResultTypeOf: [self])
        return Tensor.record(out, op, [self]) { g, _ in
            let dg = g.denseFloat()
            return [withExtendedLifetime(dg) {
                let pg = dg.floatPointer, px = x.floatPointer, py = out.floatPointer
                return Tensor.makeFloat(x.shape, zeroed: false) { d in
                    parallelChunks(count) { r in
                        forEachLaneBlock(r) { i, width in
                            let slope = derivative(loadLanes(px + i, width), loadLanes(py + i, width))
                            storeLanes(loadLanes(pg + i, width) * slope, d + i, width)
                        }
                    }
                }
            }]
        }
    }
}

import Foundation
