import XCTest
@testable import LabTensor

/// `conv1d` against a naive loop for every stride, padding, dilation and group setting, its
/// gradients against finite differences, and its refusals.
final class ConvolutionTests: XCTestCase {
    private func grid(_ shape: [Int], shift: Float = 0) throws -> Tensor {
        try Tensor((0..<shape.reduce(1, *)).map { Foundation.sin(Float($0) * 0.37 + shift) }, shape: shape)
    }

    /// out[n, o, t] = b[o] + Σ_{c in o's group, k} x[n, c, t·stride + k·dilation − left] · w[o, c, k].
    private func naive(_ x: Tensor, _ w: Tensor, _ b: Tensor?, stride: Int, padding: Tensor.ConvolutionPadding, dilation: Int, groups: Int) -> [Float] {
        let (n, c, l) = (x.shape[0], x.shape[1], x.shape[2]), (o, cg, k) = (w.shape[0], w.shape[1], w.shape[2])
        let xv = x.toFloatArray(), wv = w.toFloatArray(), bv = b?.toFloatArray()
        let length = (l + padding.left + padding.right - dilation * (k - 1) - 1) / stride + 1
        var out: [Float] = []
        for i in 0..<n { for oc in 0..<o { for t in 0..<length {
            var sum = bv?[oc] ?? 0
            let group = oc / (o / groups)
            for ci in 0..<cg { for kk in 0..<k {
                let pos = t * stride + kk * dilation - padding.left
                guard pos >= 0 && pos < l else { continue }
                sum += xv[(i * c + group * cg + ci) * l + pos] * wv[(oc * cg + ci) * k + kk]
            } }
            out.append(sum)
        } } }
        return out
    }

    func testMatchesTheNaiveLoop() throws {
        let x = try grid([2, 4, 9]), bias = try grid([6], shift: 1)
        for (stride, padding, dilation, groups) in [(1, Tensor.ConvolutionPadding(left: 0, right: 0), 1, 1), (2, .init(left: 1, right: 1), 1, 2),
                                                    (3, .init(left: 2, right: 2), 2, 1), (1, .same(kernelSize: 3, dilation: 2), 2, 2),
                                                    (1, .same(kernelSize: 4, dilation: 1), 1, 1)] {
            let kernel = padding == .same(kernelSize: 4, dilation: 1) ? 4 : 3
            let w = try grid([6, 4 / groups, kernel], shift: 0.5)
            let out = try Tensor.conv1d(x, weight: w, bias: bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
            let expected = naive(x, w, bias, stride: stride, padding: padding, dilation: dilation, groups: groups)
            XCTAssertEqual(out.scalarCount, expected.count)
            for (a, e) in zip(out.toFloatArray(), expected) { XCTAssertEqual(a, e, accuracy: 1e-5, "stride \(stride) groups \(groups)") }
        }
        let unbatched = try Tensor.conv1d(try grid([4, 9]), weight: try grid([6, 4, 3]))
        XCTAssertEqual(unbatched.shape, [6, 7])
    }

    func testGradients() throws {
        try checkGradients([try grid([2, 4, 7]), try grid([6, 2, 3], shift: 0.5), try grid([6], shift: 1)]) {
            try Tensor.conv1d($0[0], weight: $0[1], bias: $0[2], stride: 2, padding: .init(left: 1, right: 1), dilation: 1, groups: 2)
        }
        try checkGradients([try grid([1, 3, 8]), try grid([2, 3, 2], shift: 0.5)]) {
            try Tensor.conv1d($0[0], weight: $0[1], padding: .same(kernelSize: 2, dilation: 3), dilation: 3)
        }
    }

    func testRefusals() throws {
        let x = try grid([2, 4, 7])
        XCTAssertThrowsError(try Tensor.conv1d(x, weight: try grid([6, 3, 3]))) {
            XCTAssertEqual(($0 as? TensorError)?.message, "Given groups=1, weight of size [6, 3, 3], expected input[2, 4, 7] to have 3 channels, but got 4 channels instead")
        }
        XCTAssertThrowsError(try Tensor.conv1d(x, weight: try grid([6, 4, 9])))
        XCTAssertThrowsError(try Tensor.conv1d(x, weight: try grid([6, 4, 3]), stride: 0))
        XCTAssertThrowsError(try Tensor.conv1d(try grid([4]), weight: try grid([6, 4, 3])))
    }
}
