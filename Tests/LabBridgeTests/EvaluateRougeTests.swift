import LabBridge
import XCTest

/// Expected values come from scripts/fixtures/datasets_bridge.py (`rouge`): rouge_score's scorer
/// and bootstrap aggregator with `np.random.seed(42)`, as evaluate's ROUGE module runs them.
final class EvaluateRougeTests: XCTestCase {
    static let lab = """
    import evaluate
    rouge = evaluate.load("rouge")
    predictions = ["the cat sat on the mat", "a dog ran in the park", "hello there general kenobi"]
    references = ["the cat is on the mat", "the dog runs through the park", "general kenobi says hello"]

    """

    func testPerExampleScoresMatchRougeScore() throws {
        let output = try runDataLab(Self.lab + """
        print(rouge.compute(predictions=predictions, references=references, use_aggregator=False, use_stemmer=True))
        """)
        XCTAssertEqual(output, """
        {'rouge1': [0.8333333333333334, 0.5, 0.75], 'rouge2': [0.6, 0.20000000000000004, 0.3333333333333333], 'rougeL': [0.8333333333333334, 0.5, 0.5], 'rougeLsum': [0.8333333333333334, 0.5, 0.5]}

        """)
    }

    func testAggregatedScoresMatchTheBootstrapUnderNumpysSeed() throws {
        let output = try runDataLab(Self.lab + """
        print(rouge.compute(predictions=predictions, references=references, use_stemmer=True))
        """, numpySeed: 42)
        XCTAssertEqual(output, """
        {'rouge1': np.float64(0.6944444444444445), 'rouge2': np.float64(0.37777777777777777), 'rougeL': np.float64(0.6111111111111112), 'rougeLsum': np.float64(0.6111111111111112)}

        """)
    }

    func testRougeTypesAndMultipleReferences() throws {
        let output = try runDataLab(Self.lab + """
        scores = rouge.compute(predictions=["the cat"], references=[["a dog", "the cat"]], rouge_types=["rouge1"], use_aggregator=False)
        print(scores, round(scores["rouge1"][0], 2))
        """)
        XCTAssertEqual(output, "{'rouge1': [1.0]} 1.0\n")
    }

    func testUnknownMetricsAndMissingClassifierFailClearly() {
        XCTAssertEqual(dataLabError("import evaluate\nevaluate.load('bleu')"),
                       "FileNotFoundError: Couldn't find a module script for 'bleu': evaluation modules are built in (no network access); available: 'rouge', 'toxicity'")
        let toxicity = dataLabError("""
        import evaluate
        evaluate.load("toxicity", "facebook/roberta-hate-speech-dynabench-r4-target", module_type="measurement", toxic_label="hate")
        """)
        XCTAssertTrue(toxicity?.hasPrefix("OSError: cannot find model 'facebook/roberta-hate-speech-dynabench-r4-target'") ?? false, toxicity ?? "no error")
        XCTAssertEqual(dataLabError("import evaluate\nevaluate.load('rouge').compute(predictions=['a'], references=['a', 'b'])"),
                       "ValueError: Mismatch in the number of predictions (1) and references (2)")
    }
}
