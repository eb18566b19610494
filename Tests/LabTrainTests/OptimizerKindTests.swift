import LabNN
import LabTensor
import XCTest
@testable import LabTrain

/// Each kind's engine optimizer takes a group's options, and bad options are refused with PyTorch's messages.
final class OptimizerKindTests: XCTestCase {
    private func parameters() throws -> [Parameter] { [Parameter(try Tensor([1, 2], shape: [2]))] }

    func testOptionsReachTheEngineOptimizers() throws {
        var options = OptimizerOptions(learningRate: 0.5, weightDecay: 0.1)
        (options.momentum, options.nesterov) = (0.9, true)
        let sgd = try XCTUnwrap(try OptimizerKind.sgd.makeEngine(parameters()) as? SGD)
        try OptimizerKind.sgd.configure(sgd, with: options)
        XCTAssertEqual([sgd.learningRate, sgd.momentum, sgd.weightDecay], [0.5, 0.9, 0.1])
        XCTAssertTrue(sgd.nesterov)
        options.betas = (0.8, 0.99)
        let adam = try XCTUnwrap(try OptimizerKind.adamW.makeEngine(parameters()) as? Adam)
        try OptimizerKind.adamW.configure(adam, with: options)
        XCTAssertEqual([adam.betas.0, adam.betas.1], [0.8, 0.99])
        XCTAssertEqual(adam.eps, 1e-8)
        XCTAssertTrue(adam.decoupled, "AdamW decouples its weight decay unless the group says otherwise")
    }

    func testBadOptionsAreRefusedAsPyTorchRefusesThem() throws {
        let engine = try OptimizerKind.adam.makeEngine(parameters())
        var options = OptimizerOptions(learningRate: -1, weightDecay: 0)
        XCTAssertThrowsError(try OptimizerKind.adam.configure(engine, with: options)) { XCTAssertEqual($0 as? OptimizerError, .invalid("Invalid learning rate: -1.0")) }
        options.learningRate = 0.1
        options.betas = (0.9, 1.0)
        XCTAssertThrowsError(try OptimizerKind.adam.configure(engine, with: options)) { XCTAssertEqual($0 as? OptimizerError, .invalid("Invalid beta parameter at index 1: 1.0")) }
        options.betas = (0.9, 0.999)
        options.amsgrad = true
        XCTAssertThrowsError(try OptimizerKind.adam.configure(engine, with: options)) { XCTAssertEqual($0 as? OptimizerError, .unsupported("Adam(amsgrad=True) is not supported")) }
        var sgd = OptimizerOptions(learningRate: 0.1, weightDecay: 0)
        sgd.nesterov = true
        XCTAssertThrowsError(try OptimizerKind.sgd.configure(try OptimizerKind.sgd.makeEngine(parameters()), with: sgd))
    }
}
