import Foundation
import XCTest
@testable import LabData

/// `save_to_disk`/`load_from_disk` against the real datasets 5.0.1 (pyarrow 26): folders it wrote
/// load in labrun with the same features, rows and format, and the folders labrun writes are the
/// ones datasets read back (Fixtures/disk.json, by scripts/fixtures/data/make_disk_fixtures.py).
final class DatasetDiskTests: XCTestCase {
    static let columns: [(String, [DataValue])] = [
        ("text", ["hi", "h\u{e9}llo \u{2603} \u{1F600}", "", nil, "tab\tand \"quotes\""]),
        ("n", [1, -2, 9_007_199_254_740_993, 0, nil]),
        ("x", [0.5, -1e-300, 1.5e300, nil, 3.0]),
        ("b", [true, false, nil, true, false]),
        ("ids", [[1, 2], [], nil, [3, nil], [-4]]),
        ("nested", [[[1.0], [2.0, 3.5]], [], [[]], nil, [[4.25, nil]]]),
        ("words", [["a"], ["b", "c"], [], [nil], ["\u{fc}ber"]]),
        ("empty", [nil, nil, nil, nil, nil]),
    ]

    private func disk(_ name: String) throws -> String { try Fixture.url("disk").appendingPathComponent(name).path }

    /// What datasets read from each fixture folder, as LabData values.
    private func expected() throws -> DataRecord {
        let text = try String(contentsOf: Fixture.url("disk.json"), encoding: .utf8)
        guard case .dict(let record) = try DataValue.readJSON(text, fileName: "disk.json") else { throw XCTSkip("disk.json is not an object") }
        return record
    }

    private func check(_ dataset: Dataset, against expected: DataValue?, _ name: String) throws {
        guard case .dict(let record)? = expected else { return XCTFail("no record for \(name)") }
        XCTAssertEqual(dataset.featuresDescription, record["features"]?.stringValue, name)
        XCTAssertEqual(dataset.numRows, record["num_rows"]?.intValue, name)
        XCTAssertEqual(dataset.toList().map { DataValue.dict($0) }, record["rows"]?.listValue, name)
    }

    func testFoldersDatasetsWroteLoadWithTheirFeaturesRowsAndFormat() throws {
        let expected = try expected()
        for name in ["python-dataset", "python-batches", "python-two-shards", "python-torch-format"] {
            let dataset = try Dataset.loadFromDisk(try disk(name))
            try check(dataset, against: expected[name], name)
            guard case .dict(let format)? = expected[name].flatMap({ if case .dict(let r) = $0 { return r["format"] } else { return nil } }) else {
                return XCTFail("no format for \(name)")
            }
            XCTAssertEqual(dataset.format.type, format["type"]?.stringValue, name)
            XCTAssertEqual(dataset.format.columns ?? dataset.columnNames, format["columns"]?.listValue?.compactMap(\.stringValue), name)
        }
        guard case .dict(let dict) = try DiskDataset.load(try disk("python-dict")) else { return XCTFail("python-dict is a DatasetDict") }
        guard case .dict(let record)? = expected["python-dict"], case .dict(let splits)? = record["splits"] else { return XCTFail("no splits") }
        XCTAssertEqual(dict.keys, splits.keys)
        for name in dict.keys { try check(try dict.split(name), against: splits[name], "python-dict/\(name)") }
    }

    /// labrun writes the files the committed labrun-* folders hold, and datasets read those folders
    /// back as these rows.
    func testFoldersLabrunWritesAreTheOnesDatasetsRead() throws {
        let dataset = try Dataset(columns: Self.columns)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-disk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try dataset.saveToDisk(folder)
        for file in ["data-00000-of-00001.arrow", "dataset_info.json", "state.json"] {
            XCTAssertEqual(FileManager.default.contents(atPath: folder + "/" + file),
                           FileManager.default.contents(atPath: try disk("labrun-dataset") + "/" + file), file)
        }
        XCTAssertEqual(try Dataset.loadFromDisk(folder), dataset)
        try check(dataset, against: try expected()["labrun-dataset"], "labrun-dataset")
    }

    func testADatasetDictAndAFormatRoundTrip() throws {
        var dataset = try Dataset(columns: Self.columns)
        dataset.format = DatasetFormat(type: "torch", columns: ["n", "ids"], outputAllColumns: true)
        let dict = DatasetDict([("train", try dataset.select([0, 1, 2])), ("test", try dataset.select([3, 4]))])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-dict-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try dict.saveToDisk(folder)
        XCTAssertEqual(String(decoding: FileManager.default.contents(atPath: folder + "/dataset_dict.json")!, as: UTF8.self),
                       #"{"splits": ["train", "test"]}"#)
        guard case .dict(let loaded) = try DiskDataset.load(folder) else { return XCTFail("a DatasetDict folder") }
        XCTAssertEqual(loaded, dict)
        XCTAssertThrowsError(try Dataset.loadFromDisk(folder)) { error in
            XCTAssertTrue("\(error)".contains("Expected to load a `Dataset` object, but got a `DatasetDict`"), "\(error)")
        }
    }

    func testTypesLabrunDoesNotHoldAreErrorsNamingThem() throws {
        XCTAssertThrowsError(try Dataset.loadFromDisk(try disk("python-classlabel"))) { error in
            XCTAssertTrue("\(error)".contains("column 'label' is ClassLabel"), "\(error)")
        }
        let dicts = try Dataset(columns: [("d", [.dict(DataRecord([("a", 1)]))])])
        XCTAssertThrowsError(try dicts.saveToDisk(FileManager.default.temporaryDirectory.path + "/never")) { error in
            XCTAssertTrue("\(error)".contains("column 'd' is {'a': Value('int64')}"), "\(error)")
        }
        XCTAssertThrowsError(try DiskDataset.load(FileManager.default.temporaryDirectory.path)) { error in
            XCTAssertTrue("\(error)".contains("is neither a `Dataset` directory nor a `DatasetDict` directory"), "\(error)")
        }
    }

    /// Every truncation and many corruptions of a real shard end in a DatasetError or a dataset,
    /// never a crash.
    func testDamagedShardsAreErrors() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try disk("python-dataset") + "/data-00000-of-00001.arrow")))
        for length in stride(from: 0, to: bytes.count, by: 3) {
            do {
                // A cut at a message boundary is a shorter stream: the schema alone holds no rows.
                let table = try ArrowStream.read(Array(bytes[..<length]), source: "cut")
                XCTAssertTrue(table.columns.allSatisfy { $0.values.isEmpty || $0.values.count == 5 }, "cut at \(length)")
            } catch {
                XCTAssertTrue(error is DatasetError, "\(error)")
            }
        }
        assertFlippedShardsAreErrors(bytes, seed: 0x9E37_79B9_7F4A_7C15)
    }
}
