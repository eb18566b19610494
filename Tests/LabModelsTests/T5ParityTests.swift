import XCTest
import LabTensor
@testable import LabModels

/// Outputs of tiny random T5 models against transformers' (fixtures made by
/// scripts/fixtures/models/make_t5_fixtures.py). Tolerance: 1e-4 absolute on hidden states and logits.
final class T5ParityTests: XCTestCase {
    func testForwardMatchesTransformersOnAPaddedBatch() throws {
        for name in T5Fixture.names {
            let fixture = try T5Fixture(name)
            let model = try fixture.model()
            let out = try withNoGrad {
                try model(inputIds: fixture.ints("input_ids"), attentionMask: fixture.ints("attention_mask"),
                          decoderInputIds: fixture.ints("decoder_input_ids"))
            }
            XCTAssertEqual(out.logits.shape, try XCTUnwrap(fixture.expected["logits_shape"] as? [Int]), name)
            XCTAssertLessThan(maxAbsDifference(out.encoderHiddenState.toFloatArray(), try fixture.floats("encoder_last_hidden_state")), 1e-4, name)
            XCTAssertLessThan(maxAbsDifference(out.decoderHiddenState.toFloatArray(), try fixture.floats("decoder_last_hidden_state")), 1e-4, name)
            XCTAssertLessThan(maxAbsDifference(out.logits.toFloatArray(), try fixture.floats("logits")), 1e-4, name)
        }
    }

    func testLossWithIgnoredLabelsMatchesTransformers() throws {
        for name in T5Fixture.names {
            let fixture = try T5Fixture(name)
            let model = try fixture.model()
            let loss = try withNoGrad {
                try model(inputIds: fixture.ints("input_ids"), attentionMask: fixture.ints("attention_mask"), labels: fixture.ints("labels")).loss
            }
            XCTAssertEqual(try XCTUnwrap(loss).item(), try XCTUnwrap(fixture.expected["loss"] as? Double), accuracy: 1e-4, name)
        }
    }

    func testParameterNamesCountsAndPrintedTreeMatchTransformers() throws {
        for name in T5Fixture.names {
            let fixture = try T5Fixture(name)
            let model = try fixture.model()
            XCTAssertEqual(model.namedParameters().map(\.name), try XCTUnwrap(fixture.expected["parameter_names"] as? [String]), name)
            XCTAssertEqual(model.parameterCount(), try XCTUnwrap(fixture.expected["parameter_count"] as? Int), name)
            XCTAssertEqual(model.description, try XCTUnwrap(fixture.expected["printed"] as? String), name)
        }
    }
}
