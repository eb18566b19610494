import XCTest
@testable import LabTensor

/// Checks an op's analytic gradients against central finite differences.
///
/// The op's output is contracted with fixed pseudo-random weights, L = Σ f(x)·w (accumulated in
/// Double), so every output element's gradient is checked at once. For each input element,
/// numeric = (L(x + h) − L(x − h)) / 2h with h = 1e-2, evaluated in Float32 with graph recording off.
/// It must agree with the analytic gradient within |analytic − numeric| ≤ 2e-3 + 1e-2·|numeric|.
/// Inputs should keep clear of kinks (relu at 0, clamp bounds, ties in max) by more than h.
func checkGradients(_ inputs: [Tensor], wrt indices: [Int]? = nil, file: StaticString = #filePath, line: UInt = #line,
                    _ f: ([Tensor]) throws -> Tensor) throws {
    let step: Float = 1e-2, absoluteTolerance: Float = 2e-3, relativeTolerance: Float = 1e-2
    let checked = indices ?? inputs.indices.filter { inputs[$0].dtype == .float32 }
    var leaves = inputs.map { $0.detached() }
    for i in checked { leaves[i].requiresGrad = true }
    let output = try f(leaves)
    var generator = RandomGenerator(seed: 1234)
    let weights = try generator.uniform(output.shape, low: -1, high: 1)
    try (output * weights).sum().backward()

    func loss(_ values: [Tensor]) throws -> Double {
        let out = try withNoGrad { try f(values) }.toFloatArray(), w = weights.toFloatArray()
        return zip(out, w).reduce(0) { $0 + Double($1.0) * Double($1.1) }
    }
    for i in checked {
        let analytic = leaves[i].grad?.toFloatArray() ?? [Float](repeating: 0, count: inputs[i].scalarCount)
        let base = inputs[i].toFloatArray()
        for e in base.indices {
            var plus = inputs.map { $0.detached() }, minus = plus
            var up = base, down = base
            up[e] += step
            down[e] -= step
            plus[i] = try Tensor(up, shape: inputs[i].shape)
            minus[i] = try Tensor(down, shape: inputs[i].shape)
            let numeric = Float((try loss(plus) - loss(minus)) / Double(2 * step))
            let tolerance = absoluteTolerance + relativeTolerance * abs(numeric)
            XCTAssertLessThanOrEqual(abs(analytic[e] - numeric), tolerance,
                                     "input \(i) element \(e): analytic \(analytic[e]) vs numeric \(numeric)", file: file, line: line)
        }
    }
}

/// Asserts elementwise closeness of a tensor to expected values (and its shape when given).
func assertClose(_ tensor: Tensor, _ expected: [Float], shape: [Int]? = nil, tolerance: Float = 1e-5,
                 file: StaticString = #filePath, line: UInt = #line) {
    if let shape { XCTAssertEqual(tensor.shape, shape, "shape", file: file, line: line) }
    let actual = tensor.toFloatArray()
    XCTAssertEqual(actual.count, expected.count, "element count", file: file, line: line)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        let ok = a == e || abs(a - e) <= tolerance * Swift.max(1, abs(e)) || (a.isNaN && e.isNaN)
        XCTAssertTrue(ok, "element \(i): \(a) != \(e)", file: file, line: line)
    }
}

/// A small deterministic float tensor with values in [-1, 1).
func sample(_ shape: [Int], seed: UInt64 = 7) throws -> Tensor {
    var generator = RandomGenerator(seed: seed)
    return try generator.uniform(shape, low: -1, high: 1)
}
