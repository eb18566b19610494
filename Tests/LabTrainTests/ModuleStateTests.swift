import LabNN
import LabTensor
import XCTest
@testable import LabTrain

/// A module tree's saved state puts weights, trainability, modes and wrapped layers back.
final class ModuleStateTests: XCTestCase {
    private final class Net: Module {
        let first: Linear
        override init() {
            first = Linear(weight: try! Tensor([1, 2, 3, 4], shape: [2, 2]), bias: try! Tensor([5, 6]))
            super.init()
            registerModule("first", first)
        }
    }

    func testRestoreUndoesWritesFreezingModesAndWrapping() throws {
        let net = Net()
        let before = net.first.weight.value.toFloatArray()
        let state = ModuleState(net)
        let fingerprint = ModuleState.fingerprint(net)
        try net.first.weight.assign(Tensor([9, 9, 9, 9], shape: [2, 2]))
        net.first.weight.requiresGrad = false
        net.train(false)
        net.registerModule("first", Linear(weight: try Tensor([0, 0, 0, 0], shape: [2, 2])))
        XCTAssertNotEqual(ModuleState.fingerprint(net), fingerprint)
        state.restore()
        XCTAssertEqual(net.first.weight.value.toFloatArray(), before)
        XCTAssertTrue(net.first.weight.requiresGrad)
        XCTAssertTrue(net.isTraining)
        XCTAssertTrue(net.childSlots[0].module === net.first)
        XCTAssertEqual(ModuleState.fingerprint(net), fingerprint)
        XCTAssertEqual(state.byteCount, 6 * 4)
    }
}
