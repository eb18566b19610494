import Foundation
import XCTest
@testable import LabData

/// `to_parquet` against the real pyarrow 26 and datasets 5.0.1: labrun writes the files in
/// Fixtures/parquet/, which scripts/fixtures/data/make_parquet_fixtures.py read back with
/// `pyarrow.parquet.read_table` and `load_dataset("parquet")` as the same schema, rows and features
/// as datasets' own folders (Fixtures/parquet.json).
final class DatasetParquetTests: XCTestCase {
    private func fixture(_ path: String) throws -> URL { try Fixture.url(path) }

    func testLabrunWritesTheFilesPyarrowReadBack() throws {
        let checks = try Fixture.json("parquet.json")
        for name in ["widths", "tokenized", "dataset"] {
            let dataset = try Dataset.loadFromDisk(try fixture("disk").appendingPathComponent("python-\(name)").path)
            let expected = try Data(contentsOf: try fixture("parquet").appendingPathComponent("\(name).parquet"))
            XCTAssertEqual(Data(try dataset.parquet(rowsPerGroup: 3)), expected, name)
            let check = try XCTUnwrap(checks[name] as? [String: Any], name)
            for key in ["arrow_schema", "rows", "datasets_features", "datasets_rows"] {
                XCTAssertEqual(check[key] as? Bool, true, "\(name): \(key)")
            }
            XCTAssertEqual(check["features"] as? String, dataset.featuresDescription, name)
            XCTAssertEqual(check["row_groups"] as? Int, (dataset.numRows + 2) / 3, name)
        }
        let empty = try Dataset(pythonColumns: [("a", [])])
        XCTAssertEqual(Data(try empty.parquet()), try Data(contentsOf: try fixture("parquet").appendingPathComponent("empty.parquet")))
    }

    /// Dremel's levels for `List(List(Value('int64')))`: nulls, empty lists and null items at each depth.
    func testNestedListsShredIntoRepetitionAndDefinitionLevels() {
        var out = ParquetFile.Shredded()
        let type = ArrowType.list(.list(.int(bits: 64, signed: true)))
        for value: DataValue in [[[1, 2], [3]], nil, [], [nil, []], [[nil]]] {
            ParquetFile.shred(value, type, definition: 0, repetition: 0, depth: 0, into: &out)
        }
        XCTAssertEqual(out.repetition, [0, 2, 1, 0, 0, 0, 1, 0])
        XCTAssertEqual(out.definition, [5, 5, 5, 0, 1, 2, 3, 4])
        XCTAssertEqual(out.values, [1, 2, 3])
        XCTAssertEqual(ParquetFile.maximumLevels(type).definition, 5)
        XCTAssertEqual(ParquetFile.maximumLevels(type).repetition, 2)
    }

    func testLevelsAreRunLengthEncodedAfterTheirLength() {
        // Runs (3 × 1), (1 × 0): headers 3 << 1 and 1 << 1, each level in one byte.
        XCTAssertEqual(ParquetFile.levels([1, 1, 1, 0], maximum: 1), [4, 0, 0, 0, 6, 1, 2, 0])
        XCTAssertEqual(ParquetFile.levels(Array(repeating: 2, count: 200), maximum: 3), [3, 0, 0, 0, 0x90, 0x03, 2])
    }

    func testThriftCompactEncoding() {
        XCTAssertEqual(ThriftValue.structure([(1, .i32(2)), (2, .i64(-1)), (20, .bool(true)), (21, .string("ab"))]).serialized(),
                       [0x15, 4, 0x16, 1, 0x01, 40, 0x18, 2, 0x61, 0x62, 0])
        XCTAssertEqual(ThriftValue.list(elementType: 5, Array(repeating: .i32(1), count: 15)).serialized(), [0xF5, 15] + Array(repeating: 2, count: 15))
        XCTAssertEqual(ThriftValue.structure([(1, .structure([(1, .byte(8))])), (2, .i32(0))]).serialized(), [0x1C, 0x13, 8, 0, 0x15, 0, 0])
    }

    func testColumnsParquetCannotHoldAreErrorsNamingThem() throws {
        let dicts = try Dataset(columns: [("d", [.dict(DataRecord([("a", 1)]))])])
        XCTAssertThrowsError(try dicts.parquet()) { error in
            XCTAssertTrue("\(error)".contains("column 'd' is {'a': Value('int64')}"), "\(error)")
        }
    }
}
