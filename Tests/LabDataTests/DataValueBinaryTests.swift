import LabData
import XCTest

/// The binary form of dataset cells that session files store datasets in.
final class DataValueBinaryTests: XCTestCase {
    private final class Marker: OpaqueDataPayload {}

    func testEveryKindOfCellRoundTrips() throws {
        let marker = Marker()
        let cells: [DataValue] = [.null, .bool(true), .bool(false), .int(-7), .int(Int.max), .double(-0.0), .double(.infinity),
                                  .double(0.1), .string(""), .string("né ✓ #Person1#"), .list([]), .list([.int(1), .list([.string("x")])]),
                                  .dict(["b": .int(2), "a": .null]), .opaque(marker)]
        var bytes: [UInt8] = []
        var saved: [OpaqueDataPayload] = []
        for cell in cells {
            cell.appendBinary(to: &bytes) { payload in
                saved.append(payload)
                return UInt32(saved.count - 1)
            }
        }
        var reader = DataValue.BinaryReader(bytes)
        var read: [DataValue] = []
        while !reader.isAtEnd { read.append(try reader.next { .opaque(saved[Int($0)]) }) }
        XCTAssertEqual(read, cells)
        if case .dict(let record) = read[12] { XCTAssertEqual(record.keys, ["b", "a"]) } else { XCTFail("a record") }
        if case .double(let zero) = read[5] { XCTAssertEqual(zero.sign, .minus) } else { XCTFail("a double") }
    }

    func testDamagedBytesAreAnErrorNotACrash() {
        let damaged: [[UInt8]] = [[9], [3, 1, 2], [5, 255, 255, 255, 255, 255, 255, 255, 255], [5, 2, 0, 0, 0, 0, 0, 0, 0, 0xC3, 0x28],
                                  [6, 5, 0, 0, 0, 0, 0, 0, 0], Array(repeating: 6, count: 300).flatMap { [$0, 1, 0, 0, 0, 0, 0, 0, 0] }]
        for bytes in damaged {
            var reader = DataValue.BinaryReader(bytes)
            XCTAssertThrowsError(try reader.next { _ in .null }, "\(bytes.prefix(12))")
        }
    }
}
