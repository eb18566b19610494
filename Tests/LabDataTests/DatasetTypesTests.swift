import Foundation
import XCTest
@testable import LabData
import LabTensor

/// Column types of every Arrow width against the real datasets 5.0.1 (Fixtures/types.json and
/// Fixtures/disk/python-*, by scripts/fixtures/data/make_type_fixtures.py): folders it wrote load
/// with its features and rows, every type saves and loads back as itself, damaged files are
/// errors, and a lab's values get the types datasets gives them.
final class DatasetTypesTests: XCTestCase {
    private func disk(_ name: String) throws -> String { try Fixture.url("disk").appendingPathComponent(name).path }

    private func expected(_ name: String) throws -> DataRecord {
        let text = try String(contentsOf: Fixture.url("types.json"), encoding: .utf8)
        guard case .dict(let all) = try DataValue.readJSON(text, fileName: "types.json"), case .dict(let record)? = all[name] else {
            throw XCTSkip("types.json has no \(name)")
        }
        return record
    }

    private func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-types-\(UUID().uuidString)").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    func testFoldersDatasetsWroteLoadWithEveryWidthAndTheirRows() throws {
        for name in ["python-widths", "python-tokenized"] {
            let dataset = try Dataset.loadFromDisk(try disk(name))
            let record = try expected(name)
            XCTAssertEqual(dataset.featuresDescription, record["features"]?.stringValue, name)
            XCTAssertEqual(dataset.numRows, record["num_rows"]?.intValue, name)
            XCTAssertEqual(dataset.toList().map { DataValue.dict($0) }, record["rows"]?.listValue, name)
        }
    }

    /// Every type keeps its Arrow type and values through save and load, and the shard labrun
    /// writes has the schema of the one datasets wrote.
    func testEveryTypeRoundTrips() throws {
        for name in ["python-widths", "python-tokenized"] {
            let dataset = try Dataset.loadFromDisk(try disk(name))
            let folder = temporaryFolder()
            try dataset.saveToDisk(folder)
            let back = try Dataset.loadFromDisk(folder)
            XCTAssertEqual(back, dataset, name)
            XCTAssertEqual(back.featuresDescription, dataset.featuresDescription, name)
            let theirs = try ArrowStream.read(Array(try Data(contentsOf: URL(fileURLWithPath: try disk(name) + "/" + Dataset.shardName))), source: name)
            let ours = try ArrowStream.read(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + Dataset.shardName))), source: name)
            XCTAssertEqual(ours.columns.map(\.type), theirs.columns.map(\.type), name)
        }
    }

    func testValuesAreStoredAtTheirTypesPrecision() throws {
        let dataset = try Dataset(columns: [("h", [0.1, 70000.0]), ("f", [0.1, 1e300])], features: [.value("float16"), .value("float32")])
        XCTAssertEqual(try dataset.column("h"), [.double(0.0999755859375), .double(.infinity)])
        // One rounding from the double, as pyarrow casts (through float32 it would be a tie giving 1.0).
        let tie = try Dataset(columns: [("h", [.double(1 + 0x1p-11 + 0x1p-40), .double(-0x1p-25 - 0x1p-40), .double(65519)])],
                              features: [.value("float16")])
        XCTAssertEqual(try tie.column("h"), [.double(1.0009765625), .double(-0x1p-24), .double(65504)])
        XCTAssertEqual(try dataset.column("f"), [.double(0.10000000149011612), .double(.infinity)])
        XCTAssertEqual(try Dataset(columns: [("n", [true, 2.0, "-3"])], features: [.int64]).column("n"), [1, 2, -3])
        XCTAssertThrowsError(try Dataset(columns: [("n", [128])], features: [.value("int8")]))
        XCTAssertThrowsError(try Dataset(columns: [("n", [-1])], features: [.value("uint64")]))
    }

    func testEveryFloat16RoundTripsThroughADouble() {
        for bits in UInt16.min...UInt16.max where bits & 0x7C00 != 0x7C00 || bits & 0x3FF == 0 {
            XCTAssertEqual(halfBitsFromDouble(Double(floatFromHalfBits(bits))), bits)
        }
    }

    func testTypesLabrunCannotHoldAreErrorsNamingThem() throws {
        XCTAssertThrowsError(try Dataset.loadFromDisk(try disk("python-uint64-big"))) { error in
            XCTAssertTrue("\(error)".contains("a uint64 value 18446744073709551615 is larger than labrun's ints hold"), "\(error)")
        }
    }

    /// Truncations and corruptions of a shard of every width end in a DatasetError or a dataset.
    func testDamagedShardsOfEveryWidthAreErrors() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try disk("python-widths") + "/" + Dataset.shardName)))
        for length in stride(from: 0, to: bytes.count, by: 5) {
            do { _ = try ArrowStream.read(Array(bytes[..<length]), source: "cut") } catch { XCTAssertTrue(error is DatasetError, "\(error)") }
        }
        assertFlippedShardsAreErrors(bytes, seed: 0x2545_F491_4F6C_DD1D)
    }

    // MARK: Types a lab's values get (the cases of Tests/labrunTests/Labs/dataset-types.cells)

    func testTokenizerColumnsTakeSmallerIntsWhereTheyFit() throws {
        XCTAssertEqual(Feature.written([[1, 0]], column: "attention_mask", tryFeature: nil), .sequence(.value("int8")))
        XCTAssertEqual(Feature.written([[1, 300]], column: "attention_mask", tryFeature: nil), .sequence(.int64))
        XCTAssertEqual(Feature.written([[[1]]], column: "input_ids", tryFeature: nil), .sequence(.sequence(.value("int32"))))
        XCTAssertEqual(Feature.written([[[[1]]]], column: "input_ids", tryFeature: nil), .sequence(.sequence(.sequence(.int64))))
        XCTAssertEqual(Feature.written([[true]], column: "attention_mask", tryFeature: nil), .sequence(.bool))
        XCTAssertEqual(Feature.written([[1]], column: "labels", tryFeature: nil), .sequence(.int64))
        let dataset = try Dataset(pythonColumns: [("input_ids", [[0, 5]]), ("token_type_ids", [[0, 0]]), ("special_tokens_mask", [[1, 0]])])
        XCTAssertEqual(dataset.featuresDescription,
                       "{'input_ids': List(Value('int32')), 'token_type_ids': List(Value('int8')), 'special_tokens_mask': List(Value('int8'))}")
        XCTAssertEqual(try Dataset(columns: [("input_ids", [[0, 5]])]).featuresDescription, "{'input_ids': List(Value('int64'))}")
    }

    func testAnInputColumnKeepsItsTypeWhereTheValuesConvert() throws {
        let base = try Dataset(columns: [("label", [0, 1]), ("score", [0.5, 1.0]), ("text", ["a", "b"])])
        let mapped = try base.map { row in
            DataRecord([("label", .string(row["label"]!.intValue! == 0 ? "0" : "1")), ("score", 1), ("text", 1)])
        }
        XCTAssertEqual(mapped.featuresDescription, "{'label': Value('int64'), 'score': Value('float64'), 'text': Value('int64')}")
        XCTAssertEqual(try mapped.column("label"), [0, 1])
        XCTAssertEqual(try mapped.column("score"), [1.0, 1.0])
        let fractions = try base.map { row in DataRecord([("label", .double(Double(row["label"]!.intValue!) + 0.5))]) }
        XCTAssertEqual(fractions.feature("label"), .float64)
    }

    func testTheFirstBatchWrittenFixesTheTypes() throws {
        let base = try Dataset(columns: [("text", ["a", "b", "c"])])
        func later(_ first: DataValue, _ rest: DataValue) throws -> Dataset {
            try base.map(batched: true, batchSize: 1) { batch in
                DataRecord([("x", .list([batch["text"]!.listValue![0] == "a" ? first : rest]))])
            }
        }
        XCTAssertThrowsError(try later(1, 1.5)) { error in
            XCTAssertTrue("\(error)".contains("cannot be stored as Value('int64'), the type the first batch written gave it"), "\(error)")
        }
        XCTAssertThrowsError(try later(nil, 1))
        XCTAssertEqual(try later(1.5, 1).feature("x"), .float64)
        XCTAssertEqual(try later("s", 1).column("x"), ["s", "1", "1"])
        let whole = try base.map(batched: true) { batch in DataRecord([("x", .list(batch["text"]!.listValue!.map { $0 == "a" ? 1 : 1.5 }))]) }
        XCTAssertEqual(whole.feature("x"), .float64)
    }
}
