import LabRL
import LabTensor
import XCTest

/// Padding and response masks as trl builds them for encoder-decoder models.
final class PPOModelInputsTests: XCTestCase {
    /// Logits that put all weight on "token + 1" and a value equal to the position.
    private final class CountingModel: PPOModel {
        func forward(_ inputs: PPOModelInputs) throws -> (logits: Tensor, values: Tensor) {
            let (batch, length) = (inputs.decoderInputIds.shape[0], inputs.decoderInputIds.shape[1])
            let ids = inputs.decoderInputIds.toInt64Array()
            var logits = [Float](repeating: -30, count: batch * length * 8)
            for i in 0..<(batch * length) { logits[i * 8 + Int(ids[i] + 1) % 8] = 30 }
            let values = (0..<(batch * length)).map { Float($0 % length) }
            return (try Tensor(logits, shape: [batch, length, 8]), try Tensor(values, shape: [batch, length]))
        }
    }

    func testRightPaddingWithAttentionMasks() throws {
        let inputs = try PPOModelInputs(queries: [try Tensor(indices: [5, 6, 7]), try Tensor(indices: [4])],
                                        responses: [try Tensor(indices: [0, 3]), try Tensor(indices: [0, 2, 9, 1])], padTokenId: 0)
        XCTAssertEqual(inputs.inputIds.toInt64Array(), [5, 6, 7, 4, 0, 0])
        XCTAssertEqual(inputs.attentionMask.toInt64Array(), [1, 1, 1, 1, 0, 0])
        XCTAssertEqual(inputs.decoderInputIds.toInt64Array(), [0, 3, 0, 0, 0, 2, 9, 1])
        XCTAssertEqual(inputs.decoderAttentionMask.toInt64Array(), [1, 1, 0, 0, 1, 1, 1, 1])
        XCTAssertEqual(try inputs.rows([1]).decoderInputIds.toInt64Array(), [0, 2, 9, 1])
        XCTAssertThrowsError(try inputs.rows([2]))
    }

    func testMasksSkipTheFirstAndLastScoredPositions() throws {
        let responses = [[0, 3, 4, 5, 6], [0, 1, 2], [0, 7]].map { try! Tensor(indices: $0) }
        let inputs = try PPOModelInputs(queries: responses.map { _ in try! Tensor(indices: [1]) }, responses: responses, padTokenId: 0)
        let out = try PPO.batchedForwardPass(CountingModel(), inputs: inputs, chunkSize: 2, returnLogits: true)
        // Position t scores token t+1; a response of L tokens keeps positions 1 ... L−2.
        XCTAssertEqual(out.masks.toFloatArray(), [0, 1, 1, 1,
                                                  0, 1, 0, 0,
                                                  0, 0, 0, 0])
        XCTAssertEqual(out.masks.shape, [3, 4])
        XCTAssertEqual(out.values.toFloatArray(), [0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3])
        XCTAssertEqual(out.logits?.shape, [3, 4, 8])
        // The model predicts "token + 1": right for 3→4→5→6 and 0→1→2, wrong for 0→3 and 2→pad.
        let logprobs = out.logprobs.toFloatArray()
        for index in [1, 2, 3, 4, 5] { XCTAssertEqual(logprobs[index], 0, accuracy: 1e-5) }
        for index in [0, 6] { XCTAssertLessThan(logprobs[index], -50) }
    }
}
