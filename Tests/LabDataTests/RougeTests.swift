import XCTest
@testable import LabData
import LabTensor

final class RougeTests: XCTestCase {
    private let names = ["rouge1", "rouge2", "rougeL", "rougeLsum"]

    func testPorterStemmerMatchesNLTK() throws {
        let expected = try XCTUnwrap(Fixture.json("porter.json") as? [String: String])
        XCTAssertEqual(expected.count, 2000)
        let stemmer = PorterStemmer()
        let wrong = expected.filter { stemmer.stem($0.key) != $0.value }
            .map { "\($0.key): \(stemmer.stem($0.key)) != \($0.value)" }
        XCTAssertEqual(wrong, [])
    }

    /// The bit-parallel LCS length agrees with the dynamic-programming table on seeded random
    /// token sequences, across 64-bit word boundaries.
    func testBitParallelLCSMatchesTheTable() {
        var state: UInt64 = 11
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let alphabet = 1 + next(6)
            let a = (0..<next(150)).map { _ in "t\(next(alphabet))" }
            let b = (0..<next(150)).map { _ in "t\(next(alphabet))" }
            XCTAssertEqual(lcsLength(a, b), LCSTable(a, b)[a.count, b.count], "\(a) \(b)")
        }
    }

    /// Two 30,000-token texts: rougeL is computed without a 9·10^8-cell table; rougeLsum, which
    /// needs that table for one 30,000-token sentence each, is refused with a MemoryError.
    func testLongTextsAreBounded() throws {
        let a = (0..<30_000).map { "w\($0 % 5000)" }.joined(separator: " ")
        let b = (0..<30_000).map { "w\(($0 * 7) % 5000)" }.joined(separator: " ")
        let scores = try RougeScorer(types: [.lcs]).score(target: a, prediction: b)
        XCTAssertGreaterThan(try XCTUnwrap(scores[.lcs]).fmeasure, 0)
        XCTAssertThrowsError(try RougeScorer(types: [.summaryLCS]).score(target: a, prediction: b)) { error in
            XCTAssertEqual((error as? DatasetError)?.kind, .memoryError)
        }
    }

    func testPairsMatchRougeScore() throws {
        let pairs = try XCTUnwrap(Fixture.json("rouge.json")["pairs"] as? [[String: Any]])
        XCTAssertGreaterThan(pairs.count, 200)
        for (key, scorer) in [("plain", RougeScorer()), ("stemmed", RougeScorer(useStemmer: true))] {
            for pair in pairs {
                let prediction = try XCTUnwrap(pair["prediction"] as? String)
                let reference = try XCTUnwrap(pair["reference"] as? String)
                let expected = try XCTUnwrap(pair[key] as? [String: [Double]])
                let scores = try scorer.score(target: reference, prediction: prediction)
                for name in names {
                    let score = try XCTUnwrap(scores[RougeType(name: name)!])
                    let want = try XCTUnwrap(expected[name])
                    XCTAssertEqual(score.precision, want[0], accuracy: 1e-6, "\(key) \(name) \(prediction.debugDescription)")
                    XCTAssertEqual(score.recall, want[1], accuracy: 1e-6, "\(key) \(name) \(prediction.debugDescription)")
                    XCTAssertEqual(score.fmeasure, want[2], accuracy: 1e-6, "\(key) \(name) \(prediction.debugDescription)")
                }
            }
        }
    }

    func testMultiReferencePerExampleMatchesEvaluate() throws {
        let multi = try XCTUnwrap(Fixture.json("rouge.json")["multi"] as? [String: Any])
        let predictions = try XCTUnwrap(multi["predictions"] as? [String])
        let references = try XCTUnwrap(multi["references"] as? [[String]])
        let expected = try XCTUnwrap(multi["per_example_stemmed"] as? [String: [Double]])
        var random = try NumPyRandomState(seed: 0)
        let result = try RougeMetric().compute(predictions: predictions, references: .multiple(references),
                                               useAggregator: false, useStemmer: true, random: &random)
        XCTAssertEqual(result.map(\.0), names)
        for (name, value) in result {
            guard case .perExample(let values) = value else { return XCTFail("expected per-example values") }
            for (got, want) in zip(values, expected[name]!) { XCTAssertEqual(got, want, accuracy: 1e-6, name) }
        }
    }

    func testBootstrapAggregateMatchesEvaluateWithSeededNumpy() throws {
        let fixture = try Fixture.json("rouge.json")
        let pairs = try XCTUnwrap(fixture["pairs"] as? [[String: Any]])
        let aggregated = try XCTUnwrap(fixture["aggregated"] as? [String: Any])
        var random = try NumPyRandomState(seed: try XCTUnwrap(aggregated["numpy_seed"] as? NSNumber).uint64Value)
        let result = try RougeMetric().compute(predictions: pairs.map { $0["prediction"] as! String },
                                               references: .single(pairs.map { $0["reference"] as! String }),
                                               random: &random)
        let expected = try XCTUnwrap(aggregated["result"] as? [String: Double])
        for (name, value) in result {
            guard case .aggregated(let mid) = value else { return XCTFail("expected an aggregate") }
            XCTAssertEqual(mid, expected[name]!, accuracy: 1e-6, name)
        }
    }

    func testTokenizerAndErrors() throws {
        XCTAssertEqual(RougeTokenizer(useStemmer: false).tokenize("Hello, WORLD! it's 2024 — café İ"), ["hello", "world", "it", "s", "2024", "caf", "i"])
        XCTAssertEqual(RougeTokenizer(useStemmer: true).tokenize("running dogs ran"), ["run", "dog", "ran"])
        var random = try NumPyRandomState(seed: 1)
        XCTAssertThrowsError(try RougeMetric().compute(predictions: ["a"], references: .single([]), random: &random))
        XCTAssertThrowsError(try RougeMetric().compute(predictions: ["a"], references: .single(["a"]), rougeTypes: ["rougeX"], random: &random))
        XCTAssertThrowsError(try RougeMetric().compute(predictions: ["a"], references: .multiple([[]]), random: &random))
        XCTAssertThrowsError(try RougeMetric().compute(predictions: [], references: .single([]), random: &random))
    }

    func testMT19937MatchesReferenceOutput() throws {
        // First outputs of init_genrand(5489), the reference implementation's default seed.
        var random = try NumPyRandomState(seed: 5489)
        XCTAssertEqual((0..<3).map { _ in random.nextUInt32() }, [3_499_211_612, 581_869_302, 3_890_346_734])
    }
}
