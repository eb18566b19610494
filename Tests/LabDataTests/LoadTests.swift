import XCTest
@testable import LabData

final class LoadTests: XCTestCase {
    private func folder() throws -> String {
        try Fixture.url("load").path
    }

    private func loader() throws -> DatasetLoader {
        DatasetLoader(environment: ["HF_HOME": "/nonexistent-hf-home"], workingDirectory: try folder())
    }

    private func splits(_ loaded: LoadedDataset) throws -> DatasetDict {
        guard case .splits(let dict) = loaded else { throw XCTSkip("expected all splits") }
        return dict
    }

    /// Compares a loaded dataset with what `datasets.load_dataset` produced. CSV string columns
    /// are `large_string` in datasets 3 with pandas 3 and `string` here (and in older pandas).
    private func assertMatches(_ dict: DatasetDict, _ key: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try XCTUnwrap(Fixture.json("load.json")[key] as? [String: [String: Any]])
        XCTAssertEqual(Set(dict.keys), Set(expected.keys), file: file, line: line)
        for (split, want) in expected {
            let dataset = try dict.split(split)
            XCTAssertEqual(dataset.columnNames, want["columns"] as? [String], file: file, line: line)
            let features = try XCTUnwrap(want["features"] as? [String: String])
            for (name, feature) in dataset.features {
                XCTAssertEqual(feature.description, features[name]?.replacingOccurrences(of: "large_string", with: "string"),
                               "\(key).\(name)", file: file, line: line)
            }
            let data = try XCTUnwrap(want["data"] as? [String: [Any]])
            for name in dataset.columnNames {
                XCTAssertEqual(try dataset.column(name).map(render), data[name]!.map(render), "\(key).\(name)", file: file, line: line)
            }
        }
    }

    private func render(_ value: DataValue) -> String {
        switch value {
        case .null: return "None"
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let n): return "\(n)"
        case .double(let d): return "\(d)"
        case .string(let s): return s
        case .list(let items): return "[" + items.map(render).joined(separator: ", ") + "]"
        case .dict(let record): return "{" + record.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .opaque: return "<opaque>"
        }
    }

    private func render(_ value: Any) -> String {
        switch value {
        case is NSNull: return "None"
        case let number as NSNumber where String(cString: number.objCType) == "c": return number.boolValue ? "True" : "False"
        case let number as NSNumber: return number.isFloat ? "\(number.doubleValue)" : "\(number.intValue)"
        case let items as [Any]: return "[" + items.map(render).joined(separator: ", ") + "]"
        case let dict as [String: Any]: return "{" + dict.keys.sorted().map { "\($0): \(render(dict[$0]!))" }.joined(separator: ", ") + "}"
        default: return "\(value)"
        }
    }

    func testDialogSumCSVAndJSONLLoadLikeDatasets() throws {
        let loader = try loader()
        try assertMatches(splits(loader.load("csv", dataFiles: .path("dialogsum_train.csv"))), "csv")
        try assertMatches(splits(loader.load("json", dataFiles: .path("dialogsum_train.jsonl"))), "jsonl")
        try assertMatches(splits(loader.load("json", dataFiles: .paths(["records.json"]))), "records")
        try assertMatches(splits(loader.load("json", dataFiles: .path("nested.json"), field: "data")), "nested")
    }

    func testTypeInferenceMatchesDatasets() throws {
        let loader = try loader()
        try assertMatches(splits(loader.load("csv", dataFiles: .path("types.csv"))), "types_csv")
        try assertMatches(splits(loader.load("json", dataFiles: .path("types.jsonl"))), "types_jsonl")
    }

    func testFolderWithSplitFiles() throws {
        let dict = try splits(loader().load(folder() + "/folder"))
        XCTAssertEqual(dict.keys, ["train", "validation", "test"])
        try assertMatches(dict, "folder")
        guard case .single(let first) = try loader().load("folder", split: "train[:1]") else { return XCTFail("expected one split") }
        XCTAssertEqual(first.numRows, 1)
        guard case .single(let half) = try loader().load("folder", split: "train[50%:]") else { return XCTFail("expected one split") }
        XCTAssertEqual(try half.column("id"), ["train_1"])
        XCTAssertThrowsError(try loader().load("folder", split: "dev")) {
            XCTAssertEqual(($0 as? DatasetError)?.message, "Unknown split \"dev\". Should be one of ['train', 'validation', 'test'].")
        }
    }

    func testDataFilesBySplitAndGlobs() throws {
        let dict = try splits(loader().load("csv", dataFiles: .splits([("train", ["folder/train.csv", "folder/test.csv"]), ("test", ["folder/data/*.csv"])])))
        XCTAssertEqual(dict.numRows, ["train": 3, "test": 1])
    }

    func testEmbeddedDatasetByName() throws {
        guard case .single(let test) = try loader().load("labrun/dialogsum-mini", split: "test") else { return XCTFail("expected one split") }
        XCTAssertEqual(test.numRows, 600)
        XCTAssertEqual(test.columnNames, ["id", "dialogue", "summary", "topic"])
        XCTAssertEqual(EmbeddedDatasets.names, ["labrun/dialogsum-mini", "labrun/hate-speech-mini"])
    }

    func testMalformedFilesNameFileAndLine() throws {
        let loader = try loader()
        let cases: [(String, String, String)] = [
            ("csv", "bad_fields.csv", "Error tokenizing data in 'bad_fields.csv': expected 2 fields in line 3, saw 3"),
            ("csv", "bad_quote.csv", "Error tokenizing data in 'bad_quote.csv': EOF inside string starting at line 2"),
            ("json", "bad.json", "Invalid JSON in 'bad.json' at line 2 column 10: Expecting property name enclosed in double quotes"),
            ("json", "bad.jsonl", "Invalid JSON in 'bad.jsonl' at line 2 column 8: Expecting ',' delimiter"),
        ]
        for (builder, file, message) in cases {
            XCTAssertThrowsError(try loader.load(builder, dataFiles: .path(file))) {
                XCTAssertEqual(($0 as? DatasetError)?.message, message)
            }
        }
        XCTAssertThrowsError(try loader.load("csv", dataFiles: .path("missing.csv"))) {
            XCTAssertEqual(($0 as? DatasetError)?.kind, .fileNotFound)
            XCTAssertTrue(($0 as? DatasetError)?.message.contains("missing.csv") ?? false)
        }
        XCTAssertThrowsError(try loader.load("csv"))
    }

    /// CRLF JSON Lines load like LF ones; invalid UTF-8 is pandas' and json.load's
    /// UnicodeDecodeError, not replacement characters.
    func testCRLFLinesAndInvalidUTF8() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labdata-encoding-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"a\": 1, \"b\": \"x\"}\r\n{\"a\": 2, \"b\": \"y\"}\r\n".utf8).write(to: folder.appendingPathComponent("crlf.jsonl"))
        try Data([0x61, 0x2c, 0x62, 0x0d, 0x0a, 0x31, 0x2c, 0xff, 0x0d, 0x0a]).write(to: folder.appendingPathComponent("bad.csv"))
        let loader = DatasetLoader(environment: ["HF_HOME": "/nonexistent-hf-home"], workingDirectory: folder.path)
        guard case .splits(let crlf) = try loader.load("json", dataFiles: .path("crlf.jsonl")) else { return XCTFail("expected splits") }
        XCTAssertEqual(crlf["train"]?.numRows, 2)
        XCTAssertEqual(crlf["train"]?.columnNames, ["a", "b"])
        XCTAssertThrowsError(try loader.load("csv", dataFiles: .path("bad.csv"))) {
            XCTAssertEqual(($0 as? DatasetError)?.kind, .unicodeDecodeError)
            XCTAssertEqual(($0 as? DatasetError)?.message, "'utf-8' codec can't decode byte 0xff in position 7: invalid start byte")
        }
    }

    func testUnknownHubNameListsPlacesLookedAt() throws {
        XCTAssertThrowsError(try loader().load("knkarthick/dialogsum")) { error in
            let message = (error as? DatasetError)?.message ?? ""
            XCTAssertEqual((error as? DatasetError)?.kind, .fileNotFound)
            for place in ["knkarthick/dialogsum", "labrun/dialogsum-mini", "/nonexistent-hf-home/hub/datasets--knkarthick--dialogsum",
                          "/nonexistent-hf-home/datasets/knkarthick___dialogsum"] {
                XCTAssertTrue(message.contains(place), "\(place) missing from: \(message)")
            }
        }
    }

    func testHubCacheSnapshotIsUsed() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("labdata-hf-\(getpid())")
        defer { try? FileManager.default.removeItem(at: home) }
        let snapshot = home.appendingPathComponent("hub/datasets--someone--dialogs/snapshots/abc123")
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
        try "id,text\n1,hello\n".write(to: snapshot.appendingPathComponent("train.csv"), atomically: true, encoding: .utf8)
        let loader = DatasetLoader(environment: ["HF_HOME": home.path], workingDirectory: "/")
        XCTAssertEqual(try splits(loader.load("someone/dialogs")).numRows, ["train": 1])
    }

    func testCSVReaderQuoting() throws {
        let records = try CSVReader(fileName: "x.csv").records("\u{FEFF}a,b\r\n\"x, \"\"y\"\"\",\"line\nbreak\"\n\n,\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["x, \"y\"", "line\nbreak"], ["", ""]])
        XCTAssertEqual(records.map(\.line), [1, 2, 5])
    }
}
