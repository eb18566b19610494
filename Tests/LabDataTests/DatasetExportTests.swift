import XCTest
@testable import LabData

/// `to_json` and `to_csv` write what datasets 5.0.1 (through pandas 3.1.1) writes for the same
/// rows: `Dataset.from_dict({"t": ['a/b é "q"\n', None], "n": [1, 2]})`.
final class DatasetExportTests: XCTestCase {
    private let dataset = try! Dataset(columns: [("t", [.string("a/b é \"q\"\n"), .null]), ("n", [1, 2])])

    func testJSONLinesAreWhatPandasWrites() throws {
        XCTAssertEqual(try dataset.jsonLines(), "{\"t\":\"a\\/b \\u00e9 \\\"q\\\"\\n\",\"n\":1}\n{\"t\":null,\"n\":2}\n")
        let nested = try Dataset(columns: [("ids", [[1, 2]]), ("d", [.dict(["k": 1])]), ("flag", [true])])
        XCTAssertEqual(try nested.jsonLines(), "{\"ids\":[1,2],\"d\":{\"k\":1},\"flag\":true}\n")
    }

    func testCSVIsWhatPandasWrites() throws {
        XCTAssertEqual(try dataset.csv(), "t,n\n\"a/b é \"\"q\"\"\n\",1\n,2\n")
    }

    func testFloatColumnsAreRefusedByName() throws {
        let floats = try Dataset(columns: [("x", [0.5])])
        XCTAssertThrowsError(try floats.jsonLines()) { error in
            XCTAssertEqual((error as? DatasetError)?.kind, .notImplemented)
            XCTAssertTrue("\(error)".hasPrefix("NotImplementedError: Dataset.to_json: labrun does not write float columns"), "\(error)")
        }
        XCTAssertThrowsError(try floats.csv())
    }
}
