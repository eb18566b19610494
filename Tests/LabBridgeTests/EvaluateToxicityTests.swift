import Foundation
import XCTest

/// `evaluate.load("toxicity", model, toxic_label=)` over the tiny RoBERTa fixture, whose logits
/// for these texts were recorded with transformers (Tests/LabModelsTests/Fixtures/roberta).
final class EvaluateToxicityTests: BridgeTestCase {
    static let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../LabModelsTests/Fixtures/roberta/tiny-2labels").standardized.path
    /// transformers' logits [nothate, hate] for the three texts below.
    static let logits: [(Double, Double)] = [(0.3993997573852539, -0.06410756707191467),
                                             (0.43963623046875, -0.05406336486339569),
                                             (0.40011993050575256, -0.07798951864242554)]
    static let texts = #"["I want to kiss you.", "You are disgusting and nobody likes you at all!", "ok"]"#

    private func load(_ extra: String = #", toxic_label="hate""#) -> String {
        "import evaluate\ntox = evaluate.load(\"toxicity\", \"\(Self.model)\", module_type=\"measurement\"\(extra))\n"
    }

    func testToxicityIsTheSoftmaxProbabilityOfTheToxicLabel() throws {
        let output = run(load() + "for p in tox.compute(predictions=\(Self.texts))['toxicity']:\n    print(p)")
        let scores = output.split(separator: "\n").compactMap { Double($0) }
        XCTAssertEqual(scores.count, 3)
        for (score, (nothate, hate)) in zip(scores, Self.logits) {
            XCTAssertEqual(score, 1 / (1 + exp(nothate - hate)), accuracy: 1e-4)
        }
    }

    func testAggregationsAndLabelChoice() throws {
        let output = run(load() + """
            scores = tox.compute(predictions=\(Self.texts))['toxicity']
            print(tox.compute(predictions=\(Self.texts), aggregation="maximum")['max_toxicity'] == max(scores))
            print(tox.compute(predictions=\(Self.texts), aggregation="ratio", threshold=0.38)['toxicity_ratio'])
            kind = tox.compute(predictions=\(Self.texts), toxic_label="nothate")['toxicity']
            print(all(abs(a + b - 1) < 1e-6 for a, b in zip(scores, kind)))
            """)
        XCTAssertEqual(output, "True\n0.6666666666666666\nTrue\n")
    }

    func testUnknownToxicLabelIsTheReferenceError() throws {
        XCTAssertEqual(failure(load(#", toxic_label="toxic""#) + "tox.compute(predictions=['x'])"),
                       "ValueError: The `toxic_label` that you specified is not part of the model labels. Run `model.config.id2label` to see what labels your model outputs.")
    }

    func testMissingModelNamesWhereItLooked() throws {
        let line = failure("import evaluate\nevaluate.load('toxicity', module_type='measurement')")
        XCTAssertTrue(line?.contains("facebook/roberta-hate-speech-dynabench-r4-target") == true, line ?? "")
    }
}
