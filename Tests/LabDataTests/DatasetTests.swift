import XCTest
@testable import LabData

final class DatasetTests: XCTestCase {
    private func three() throws -> Dataset {
        try Dataset(columns: [("id", ["a", "b", "c"]), ("n", [1, 2, 3]), ("x", [0.5, nil, 2.0])])
    }

    func testNumpyPermutationsMatchFixture() throws {
        let fixture = try Fixture.json("datasets.json")
        let cases = try XCTUnwrap(fixture["permutations"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 36)
        for item in cases {
            let seed = try XCTUnwrap(item["seed"] as? NSNumber).uint64Value
            let n = try XCTUnwrap(item["n"] as? Int)
            var generator = NumpyGenerator(seed: seed)
            XCTAssertEqual(generator.permutation(n), item["permutation"] as? [Int], "seed \(seed) n \(n)")
        }
        let big = try XCTUnwrap(fixture["permutation_12460_seed42_head"] as? [String: Any])
        var generator = NumpyGenerator(seed: 42)
        XCTAssertEqual(Array(generator.permutation(12460).prefix(50)), big["head"] as? [Int])
    }

    func testTrainTestSplitMatchesFixture() throws {
        let fixture = try Fixture.json("datasets.json")
        let base = try Dataset(columns: [("id", (0..<20).map { .string("r\($0)") }), ("n", (0..<20).map { .int($0) })])
        for item in try XCTUnwrap(fixture["splits"] as? [[String: Any]]) {
            let kwargs = try XCTUnwrap(item["kwargs"] as? [String: Any])
            let split = try base.trainTestSplit(testSize: size(kwargs["test_size"]), trainSize: size(kwargs["train_size"]),
                                                shuffle: kwargs["shuffle"] as? Bool ?? true,
                                                seed: (kwargs["seed"] as? NSNumber)?.uint64Value ?? 0)
            if kwargs["seed"] == nil && kwargs["shuffle"] == nil { continue }  // numpy's global state picks the seed
            XCTAssertEqual(try split.split("train").column("n").compactMap(\.intValue), item["train"] as? [Int], "\(kwargs)")
            XCTAssertEqual(try split.split("test").column("n").compactMap(\.intValue), item["test"] as? [Int], "\(kwargs)")
        }
        for item in try XCTUnwrap(fixture["split_errors"] as? [[String: Any]]) {
            let kwargs = try XCTUnwrap(item["kwargs"] as? [String: Any])
            XCTAssertThrowsError(try base.trainTestSplit(testSize: size(kwargs["test_size"]), trainSize: size(kwargs["train_size"]))) {
                XCTAssertEqual(($0 as? DatasetError)?.message, item["message"] as? String)
            }
        }
    }

    private func size(_ value: Any?) -> SplitSize? {
        guard let number = value as? NSNumber else { return nil }
        return number.isFloat ? .fraction(number.doubleValue) : .count(number.intValue)
    }

    func testPrintedFormsMatchDatasets() throws {
        let fixture = try Fixture.json("datasets.json")
        let sample = try Dataset(columns: [
            ("id", ["a", "b"]), ("n", [1, 2]), ("x", [1.5, nil]), ("l", [[1, 2], [3]]), ("f", [true, false]),
            ("d", [.dict(["a": 1, "b": "x"]), .dict(["a": 2, "b": "y"])]),
        ])
        XCTAssertEqual(sample.description, fixture["dataset_repr"] as? String)
        let features = try XCTUnwrap(fixture["features"] as? [String: String])
        for (name, feature) in sample.features { XCTAssertEqual(feature.description, features[name], name) }
        XCTAssertEqual(sample.featuresDescription, fixture["features_repr"] as? String)
        let dict = DatasetDict([
            ("train", try Dataset(columns: [("id", ["x", "x", "x"]), ("dialogue", ["d", "d", "d"])])),
            ("validation", try Dataset(columns: [("id", ["y"])])),
            ("test", try Dataset(columns: [("q", [])])),
        ])
        XCTAssertEqual(dict.description, fixture["dataset_dict_repr"] as? String)
    }

    func testMapMatchesFixture() throws {
        let fixture = try Fixture.json("datasets.json")
        let results = Dictionary(uniqueKeysWithValues: try XCTUnwrap(fixture["maps"] as? [[String: Any]]).map { ($0["name"] as! String, $0) })
        let ds = try three()
        let outputs: [String: Dataset] = [
            "row_new_and_overwrite": try ds.map { ["zz": .int($0["n"]!.intValue! * 10), "n": .int(-$0["n"]!.intValue!)] },
            "row_remove_returned": try ds.map(removeColumns: ["id"]) { ["id": .string($0["id"]!.stringValue! + "!"), "zz": 1] },
            "row_remove_other": try ds.map(removeColumns: ["x", "n"]) { _ in ["zz": 1] },
            "batched_grow": try ds.map(batched: true, batchSize: 2, removeColumns: ["id", "n", "x"]) {
                ["k": .list($0["n"]!.listValue! + $0["n"]!.listValue!)]
            },
            "batched_same": try ds.map(batched: true, batchSize: 2) { ["s": .list($0["n"]!.listValue!.map { .int($0.intValue! * 2) })] },
        ]
        for (name, output) in outputs {
            let expected = try XCTUnwrap(results[name])
            XCTAssertEqual(output.columnNames, expected["columns"] as? [String], name)
            let data = try XCTUnwrap(expected["data"] as? [String: [Any]])
            for column in output.columnNames {
                XCTAssertEqual(try output.column(column).map(plain), data[column]!.map(plain), "\(name).\(column)")
            }
        }
    }

    private func plain(_ value: DataValue) -> String {
        switch value {
        case .null: return "None"
        case .int(let n): return "\(n)"
        case .double(let d): return "\(d)"
        case .string(let s): return s
        default: return "\(value)"
        }
    }

    private func plain(_ value: Any) -> String {
        if value is NSNull { return "None" }
        if let number = value as? NSNumber { return number.isFloat ? "\(number.doubleValue)" : "\(number.intValue)" }
        return "\(value)"
    }

    func testSortIsStableWithNullsLast() throws {
        let fixture = try Fixture.json("datasets.json")
        let ds = try Dataset(columns: [("k", [3, nil, 1, 2, 1]), ("i", [0, 1, 2, 3, 4])])
        XCTAssertEqual(try ds.sort("k").column("i").compactMap(\.intValue), fixture["sorted"] as? [Int])
        XCTAssertEqual(try ds.sort("k", reverse: true).column("i").compactMap(\.intValue), fixture["sorted_reverse"] as? [Int])
    }

    func testAccessors() throws {
        let ds = try three()
        XCTAssertEqual(ds.numRows, 3)
        XCTAssertEqual(ds.count, 3)
        XCTAssertEqual(try ds.row(-1), ["id": "c", "n": 3, "x": 2.0])
        XCTAssertEqual(ds.rows(1..<10), ["id": ["b", "c"], "n": [2, 3], "x": [nil, 2.0]])
        XCTAssertEqual(try ds.column("n"), [1, 2, 3])
        XCTAssertEqual(ds.examples.map { $0["id"] }, ["a", "b", "c"])
        XCTAssertEqual(ds.toList().count, 3)
        XCTAssertEqual(ds.toDict(), ds.rows(0..<3))
        XCTAssertEqual(ds.feature("x"), .float64)
        XCTAssertThrowsError(try ds.row(3)) { XCTAssertEqual(($0 as? DatasetError)?.kind, .indexError) }
        XCTAssertThrowsError(try ds.column("nope")) { XCTAssertEqual(($0 as? DatasetError)?.kind, .keyError) }
    }

    func testFilterSelectAndColumns() throws {
        let ds = try three()
        var seen: [(Int, Int, String)] = []
        let kept = try ds.filter(progress: { seen.append(($0, $1, $2)) }) { ($0["n"]?.intValue ?? 0) != 2 }
        XCTAssertEqual(try kept.column("id"), ["a", "c"])
        XCTAssertEqual(seen.last?.0, 3)
        XCTAssertEqual(seen.last?.2, "Filter")
        let batched = try ds.filter(batched: true, batchSize: 2) { batch, _ in batch["n"]!.listValue!.map { $0.intValue! > 1 } }
        XCTAssertEqual(try batched.column("n"), [2, 3])
        let everyOther = try ds.filter(batched: false) { _, indices in [indices.lowerBound % 2 == 0] }
        XCTAssertEqual(try everyOther.column("id"), ["a", "c"])
        let numbered = try ds.map(batched: true, batchSize: 2) { _, indices in ["i": .list(indices.map { .int($0) })] }
        XCTAssertEqual(try numbered.column("i"), [0, 1, 2])
        XCTAssertEqual(DatasetDict([]).description, "DatasetDict({\n    \n})")
        XCTAssertEqual(try ds.select([2, 0, 2]).column("id"), ["c", "a", "c"])
        XCTAssertThrowsError(try ds.select([5]))
        let renamed = try ds.renameColumn("n", to: "number")
        XCTAssertEqual(renamed.columnNames, ["id", "number", "x"])
        XCTAssertEqual(try ds.removeColumns(["x"]).columnNames, ["id", "n"])
        XCTAssertThrowsError(try ds.removeColumns(["zz"]))
        XCTAssertThrowsError(try ds.map(removeColumns: ["zz"]) { $0 })
        var formatted = try ds.removeColumns(["x"])
        try formatted.setFormat(type: "torch", columns: ["n"])
        XCTAssertEqual(formatted.format, DatasetFormat(type: "torch", columns: ["n"]))
        XCTAssertThrowsError(try formatted.setFormat(type: "excel"))
        XCTAssertEqual(try formatted.shuffle(seed: 1).format.type, "torch")
    }

    func testShuffleFollowsNumpyPermutation() throws {
        let ds = try Dataset(columns: [("n", (0..<10).map { .int($0) })])
        var generator = NumpyGenerator(seed: 42)
        XCTAssertEqual(try ds.shuffle(seed: 42).column("n").compactMap(\.intValue), generator.permutation(10))
    }

    func testMapErrorsAndEmptyDatasets() throws {
        let ds = try three()
        XCTAssertThrowsError(try ds.map(batched: true) { _ in ["k": 1] })
        XCTAssertThrowsError(try ds.map(batched: true) { _ in ["k": [1]] })
        XCTAssertThrowsError(try ds.map { $0["n"]?.intValue == 1 ? ["a": 1] : ["b": 1] })
        XCTAssertThrowsError(try Dataset(columns: [("a", [1, "x"])]))
        let empty = try ds.select([])
        XCTAssertEqual(try empty.map { _ in ["z": 1] }.columnNames, ["id", "n", "x"])
        XCTAssertEqual(try empty.trainTestSplit().numRows, ["train": 0, "test": 0])
        let mixed = try ds.map { ["v": $0["n"] == 1 ? .int(1) : .double(2.5)] }
        XCTAssertEqual(mixed.feature("v"), .float64)
    }
}

final class CourseLabPipelineTests: XCTestCase {
    /// The course lab's build_dataset steps on the embedded data: length filter, a per-row map
    /// that adds columns, torch format, and an unshuffled 80/20 split.
    func testBuildDatasetStepsOnDialogSumMini() throws {
        guard case .single(let train) = try DatasetLoader().load("labrun/dialogsum-mini", split: "train") else {
            return XCTFail("expected one split")
        }
        var steps: [String] = []
        let filtered = try train.filter(progress: { done, total, description in
            if done == total { steps.append("\(description) \(done)/\(total)") }
        }) { row in
            let length = row["dialogue"]?.stringValue?.count ?? 0
            return length > 200 && length <= 1000
        }
        var mapped = try filtered.map { row in
            var updated = row
            updated["query"] = .string("Summarize the following conversation.\n\n" + (row["dialogue"]?.stringValue ?? "") + "\n\nSummary:\n")
            return updated
        }
        try mapped.setFormat(type: "torch")
        let split = try mapped.trainTestSplit(testSize: .fraction(0.2), shuffle: false, seed: 42)
        XCTAssertEqual(steps, ["Filter 6000/6000"])
        let n = filtered.numRows
        XCTAssertGreaterThan(n, 5900)
        XCTAssertEqual(split.numRows["test"], Int((0.2 * Double(n)).rounded(.up)))
        XCTAssertEqual(try split.split("train").format.type, "torch")
        XCTAssertEqual(split.description, """
            DatasetDict({
                train: Dataset({
                    features: ['id', 'dialogue', 'summary', 'topic', 'query'],
                    num_rows: \(n - split.numRows["test"]!)
                })
                test: Dataset({
                    features: ['id', 'dialogue', 'summary', 'topic', 'query'],
                    num_rows: \(split.numRows["test"]!)
                })
            })
            """)
        print(split)
    }
}
