import XCTest
@testable import LabTensor

final class AutogradTests: XCTestCase {
    func testChainRuleAndAccumulation() throws {
        var x = try Tensor([1, 2, 3])
        x.requiresGrad = true
        let y = try (x * x).sum()        // dy/dx = 2x
        try y.backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [2, 4, 6])
        try (x * 3).sum().backward()     // gradients accumulate
        XCTAssertEqual(x.grad?.toFloatArray(), [5, 7, 9])
        x.grad = nil
        XCTAssertNil(x.grad)
    }

    func testSharedSubexpressionGetsBothPaths() throws {
        var x = try Tensor([2])
        x.requiresGrad = true
        let a = x.exp()
        try (a * a + a).sum().backward()  // d/dx (e^{2x} + e^x) = 2e^{2x} + e^x
        assertClose(x.grad!, [Float(2 * Foundation.exp(4.0) + Foundation.exp(2.0))], tolerance: 1e-6)
    }

    func testNoGradRecordsNothing() throws {
        var x = try Tensor([1, 2])
        x.requiresGrad = true
        let y = withNoGrad { x * 2 }
        XCTAssertFalse(y.requiresGrad)
        XCTAssertFalse(GradMode.isEnabled == false, "the scope ends with the closure")
        let z = withNoGrad { withGrad { x * 2 } }
        XCTAssertTrue(z.requiresGrad)
        XCTAssertThrowsError(try y.sum().backward())
        GradMode.setEnabled(false)
        XCTAssertFalse((x * 2).requiresGrad, "an explicit scope, as a `with` block would open")
        GradMode.setEnabled(true)
        XCTAssertTrue((x * 2).requiresGrad)
    }

    func testNoGradIsPerThread() {
        let done = DispatchSemaphore(value: 0)
        var otherThreadEnabled = false
        withNoGrad {
            Thread { otherThreadEnabled = GradMode.isEnabled; done.signal() }.start()
            done.wait()
        }
        XCTAssertTrue(otherThreadEnabled)
        XCTAssertTrue(GradMode.isEnabled)
    }

    func testDetachCutsTheGraph() throws {
        var x = try Tensor([1, 2])
        x.requiresGrad = true
        let y = try (x.detached() * x).sum()
        try y.backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [1, 2], "only the attached factor contributes")
        XCTAssertEqual(x.detached().storageIdentifier, x.storageIdentifier)
    }

    func testBackwardFreesTheGraphUnlessRetained() throws {
        var x = try Tensor([1, 2])
        x.requiresGrad = true
        let y = try (x * x).sum()
        try y.backward(retainGraph: true)
        try y.backward()
        XCTAssertEqual(x.grad?.toFloatArray(), [4, 8])
        XCTAssertThrowsError(try y.backward()) { error in
            XCTAssertTrue("\(error)".contains("second time"))
        }
    }

    func testBackwardWithExplicitGradient() throws {
        var x = try Tensor([1, 2])
        x.requiresGrad = true
        let y = x * 3
        XCTAssertThrowsError(try y.backward(), "non-scalar output needs a gradient")
        try y.backward(Tensor([1, 10]))
        XCTAssertEqual(x.grad?.toFloatArray(), [3, 30])
        XCTAssertFalse(y.isLeaf)
        XCTAssertNil(y.grad, "non-leaf tensors keep no gradient")
    }

    func testGradientsSkipInputsThatDoNotNeedThem() throws {
        var w = try Tensor([1, 2, 3, 4], shape: [2, 2])
        w.requiresGrad = true
        let frozen = try Tensor([1, 0, 0, 1], shape: [2, 2])
        try frozen.matmul(w).sum().backward()
        XCTAssertEqual(w.grad?.toFloatArray(), [1, 1, 1, 1])
        XCTAssertNil(frozen.grad)
    }

    func testParameterFreezingAndAssign() throws {
        let p = Parameter(try Tensor([1, 2]))
        XCTAssertTrue(p.requiresGrad)
        try (p.value * 2).sum().backward()
        XCTAssertEqual(p.grad?.toFloatArray(), [2, 2])
        try p.assign(Tensor([5, 6]))
        XCTAssertEqual(p.grad?.toFloatArray(), [2, 2], "assigning keeps the gradient slot")
        XCTAssertThrowsError(try p.assign(Tensor([1])))
        p.requiresGrad = false
        XCTAssertNil(p.grad)
        XCTAssertFalse((p.value * 2).requiresGrad)
    }
}

final class AutogradMemoryTests: XCTestCase {
    /// Buffers saved for backward are released once backward has run through them.
    func testSavedBuffersAreFreedAfterBackward() throws {
        var x = try Tensor([0.5, 1.5])
        x.requiresGrad = true
        weak var saved: TensorStorage?
        let loss: Tensor = try {
            let y = x.exp()              // exp saves its output for backward
            saved = y.storage
            return try y.sum()
        }()
        XCTAssertNotNil(saved, "the graph keeps the saved output alive")
        try loss.backward()
        XCTAssertNil(saved, "backward dropped it")
    }

    func testMatmulWithEmptyInnerDimIsZero() throws {
        XCTAssertEqual(try Tensor.zeros([2, 0]).matmul(Tensor.zeros([0, 3])).toFloatArray(), [Float](repeating: 0, count: 6))
    }
}
