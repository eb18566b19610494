import XCTest
@testable import LabTensor

final class PointwiseTests: XCTestCase {
    func testValues() throws {
        let x = try Tensor([-1, 0, 1])
        assertClose(x.exp(), [0.36787944, 1, 2.7182817])
        assertClose(try Tensor([1, 4]).sqrt(), [1, 2])
        assertClose(try Tensor([1, 4]).rsqrt(), [1, 0.5])
        assertClose(try Tensor([1, Float(M_E)]).log(), [0, 1])
        assertClose(x.tanh(), [-0.7615942, 0, 0.7615942])
        assertClose(x.sigmoid(), [0.26894143, 0.5, 0.7310586])
        assertClose(x.relu(), [0, 0, 1])
        assertClose(x.gelu(), [-0.15865526, 0, 0.8413447])
        assertClose(x.gelu(approximate: .tanh), [-0.15880801, 0, 0.841192])
        assertClose(try Tensor([-2, 0.5, 3]).clamp(min: -1, max: 1), [-1, 0.5, 1])
        assertClose(try Tensor([-2, 0.5]).clamp(min: 0), [0, 0.5])
        XCTAssertTrue(try Tensor([Float.nan]).clamp(min: 0, max: 1).toFloatArray()[0].isNaN)
    }

    func testGradients() throws {
        let x = try sample([2, 3]), positive = x.abs() + 0.5
        let smooth: [(Tensor) -> Tensor] = [{ $0.exp() }, { $0.tanh() }, { $0.sigmoid() }, { $0.gelu() }, { $0.gelu(approximate: .tanh) }]
        for f in smooth { try checkGradients([x]) { f($0[0]) } }
        try checkGradients([positive]) { $0[0].log() }
        try checkGradients([positive]) { $0[0].sqrt() }
        try checkGradients([positive]) { $0[0].rsqrt() }
        let awayFromKinks = try Tensor([-0.8, -0.3, 0.2, 0.7, 1.4, -1.6])
        try checkGradients([awayFromKinks]) { $0[0].relu() }
        try checkGradients([awayFromKinks]) { $0[0].abs() }
        try checkGradients([awayFromKinks]) { $0[0].clamp(min: -0.5, max: 1) }
    }

    /// PyTorch passes the gradient at the clamp bounds themselves.
    func testClampGradientIncludesBounds() throws {
        var x = try Tensor([-1, 0, 1, 2])
        x.requiresGrad = true
        try x.clamp(min: 0, max: 1).sum().backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [0, 1, 1, 0])
    }
}
