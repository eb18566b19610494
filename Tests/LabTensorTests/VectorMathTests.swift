import XCTest
@testable import LabTensor

final class VectorMathTests: XCTestCase {
    /// The vector exp stays within 2 ulp of libm's over the range that matters for softmax.
    func testExpAccuracy() {
        var worst: Float = 0
        for i in -8700...8800 {
            let x = Float(i) / 100
            let exact = Foundation.exp(Double(x))
            let approx = Double(expScalar(x))
            worst = Swift.max(worst, Float(abs(approx - exact) / (exact * Double(Float.ulpOfOne))))
        }
        XCTAssertLessThanOrEqual(worst, 2, "worst error in ulp")
    }

    func testExpEdgeCases() {
        XCTAssertEqual(expScalar(-.infinity), 0)
        XCTAssertEqual(expScalar(0), 1)
        XCTAssertTrue(expScalar(.nan).isNaN)
        XCTAssertEqual(expScalar(100), .infinity)
    }

    func testErfAbsoluteError() {
        for i in -600...600 {
            let x = Float(i) / 100
            XCTAssertEqual(Double(erfLanes(Lanes(repeating: x))[0]), Foundation.erf(Double(x)), accuracy: 3e-7)
        }
    }

    func testTanhApproximationAbsoluteError() {
        for i in -600...600 {
            let x = Float(i) / 100
            XCTAssertEqual(Double(tanhLanes(Lanes(repeating: x))[0]), Foundation.tanh(Double(x)), accuracy: 3e-7)
        }
    }
}
