import XCTest
@testable import LabTensor

/// Expected values are PyTorch's update formulas (see `Adam`, `SGD`) worked by hand in double
/// precision for θ₀ = 1 and gradients 0.5, −1, 0.25 with lr 0.1. The first Adam step is the
/// textbook check: θ₁ = θ₀ − lr·sign(g) (up to eps).
final class OptimizerTests: XCTestCase {
    let gradients: [Float] = [0.5, -1, 0.25]

    private func run(_ makeOptimizer: ([Parameter]) throws -> Optimizer) throws -> [Float] {
        let p = Parameter(try Tensor([1]))
        let optimizer = try makeOptimizer([p])
        return try gradients.map { g in
            p.grad = try Tensor([g])
            try optimizer.step()
            return p.value.toFloatArray()[0]
        }
    }

    private func assertSteps(_ actual: [Float], _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        for (a, e) in zip(actual, expected) { XCTAssertEqual(Double(a), e, accuracy: 1e-6, file: file, line: line) }
    }

    func testAdam() throws {
        assertSteps(try run { Adam($0, learningRate: 0.1) }, [0.900000002, 0.9366103542405654, 0.9502794203389762])
        assertSteps(try run { Adam($0, learningRate: 0.1, weightDecay: 0.1) }, [0.9000000016666666, 0.9252635194456061, 0.9247305742687093])
    }

    func testAdamW() throws {
        assertSteps(try run { AdamW($0, learningRate: 0.1, weightDecay: 0.1) }, [0.890000002, 0.9177103542205653, 0.9222023167767704])
        let defaults = AdamW([])
        XCTAssertEqual(defaults.weightDecay, 0.01)
        XCTAssertEqual(defaults.learningRate, 0.001)
        XCTAssertEqual(Adam([]).weightDecay, 0)
        XCTAssertEqual(Adam([]).eps, 1e-8)
    }

    func testSGD() throws {
        assertSteps(try run { try SGD($0, learningRate: 0.1, momentum: 0.9) }, [0.95, 1.005, 1.0295])
        assertSteps(try run { try SGD($0, learningRate: 0.1, momentum: 0.9, weightDecay: 0.1, nesterov: true) }, [0.886, 1.010566, 0.973948646])
        assertSteps(try run { try SGD($0, learningRate: 0.1, momentum: 0.9, dampening: 0.5) }, [0.95, 0.955, 0.947])
        XCTAssertThrowsError(try SGD([], learningRate: 0.1, nesterov: true))
    }

    func testParametersWithoutGradientsAreSkippedAndZeroGradClears() throws {
        let a = Parameter(try Tensor([1])), b = Parameter(try Tensor([1]))
        let optimizer = Adam([a, b], learningRate: 0.1)
        a.grad = try Tensor([1])
        try optimizer.step()
        XCTAssertEqual(b.value.toFloatArray(), [1])
        XCTAssertNil(optimizer.state.moments[1])
        optimizer.zeroGrad()
        XCTAssertNil(a.grad)
        a.grad = try Tensor([1, 2])
        XCTAssertThrowsError(try optimizer.step(), "a gradient of the wrong shape is an error")
    }

    func testStateSaveAndRestore() throws {
        let p = Parameter(try Tensor([1, 2]))
        let optimizer = Adam([p], learningRate: 0.1)
        p.grad = try Tensor([0.5, -0.5])
        try optimizer.step()
        let savedState = optimizer.state, savedValue = p.value, savedDict = optimizer.stateDict()
        try optimizer.step()
        let expected = p.value.toFloatArray()
        optimizer.state = savedState
        try p.assign(savedValue)
        try optimizer.step()
        XCTAssertEqual(p.value.toFloatArray(), expected)
        let fresh = Adam([p], learningRate: 0.1)
        try fresh.loadStateDict(savedDict)
        XCTAssertEqual(fresh.state.moments[0]?.step, 1)
        XCTAssertEqual(fresh.state.moments[0]?.expAvg.toFloatArray(), savedState.moments[0]?.expAvg.toFloatArray())
        XCTAssertThrowsError(try Adam([Parameter(Tensor.zeros([3]))]).loadStateDict(savedDict))
    }

    func testSGDStateDictRoundTrip() throws {
        let p = Parameter(try Tensor([1, 2]))
        let sgd = try SGD([p], learningRate: 0.1, momentum: 0.9)
        p.grad = try Tensor([1, -1])
        try sgd.step()
        let saved = sgd.stateDict()
        XCTAssertEqual(saved["state.0.momentum_buffer"]?.toFloatArray(), [1, -1])
        let fresh = try SGD([p], learningRate: 0.1, momentum: 0.9)
        try fresh.loadStateDict(saved)
        XCTAssertEqual(fresh.state.momentumBuffers[0]?.toFloatArray(), [1, -1])
        XCTAssertThrowsError(try SGD([Parameter(Tensor.zeros([3]))], learningRate: 0.1).loadStateDict(saved))
    }

    func testClipGradNorm() throws {
        let a = Parameter(try Tensor([3, 4])), b = Parameter(try Tensor([12]))
        a.grad = try Tensor([3, 4])
        b.grad = try Tensor([12])
        let total = clipGradNorm([a, b], maxNorm: 6.5)
        XCTAssertEqual(total, 13)
        assertClose(a.grad!, [1.5, 2], tolerance: 1e-6)
        assertClose(b.grad!, [6], tolerance: 1e-6)
        XCTAssertEqual(clipGradNorm([a, b], maxNorm: 100), 6.5, accuracy: 1e-5)
        assertClose(a.grad!, [1.5, 2], tolerance: 1e-6)
    }
}
