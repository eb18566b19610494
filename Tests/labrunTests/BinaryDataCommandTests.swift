import Foundation
import XCTest

/// A lab that writes and reads a CSV file, packs binary records into a bytearray with `struct`
/// and formats bytes, run through the built executable; the expected text is what python3 printed.
final class BinaryDataCommandTests: XCTestCase {
    func testCSVStructAndBytearrayInALab() throws {
        let lab = try Labrun.lab(#"""
            # %% Write and read a CSV file
            import csv, struct
            with open("scores.csv", "w", newline="") as f:
                w = csv.DictWriter(f, ["name", "score"])
                w.writeheader()
                w.writerows([{"name": "Ann, A.", "score": 9}, {"name": 'Bo "B"', "score": 7}])
            with open("scores.csv", newline="") as f:
                rows = list(csv.DictReader(f))
            print(rows)
            with open("scores.csv", newline="") as f:
                print(repr(f.read()))
            # %% Pack the scores
            buf = bytearray(b"\x7e")
            for r in rows:
                buf += struct.pack("<H", int(r["score"]))
            buf[0] ^= 0xFF
            print(buf, struct.unpack_from("<HH", buf, 1), b"%s=%d" % (rows[0]["name"].encode(), len(buf)))
            # %% Out of range
            struct.pack(">h", 99999)
            """#, in: self)
        let directory = URL(fileURLWithPath: lab).deletingLastPathComponent()
        let result = try Labrun.run([lab], directory: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, #"""
            [{'name': 'Ann, A.', 'score': '9'}, {'name': 'Bo "B"', 'score': '7'}]
            'name,score\r\n"Ann, A.",9\r\n"Bo ""B""",7\r\n'
            bytearray(b'\x81\t\x00\x07\x00') (9, 7) b'Ann, A.=5'

            """#)
        XCTAssertTrue(result.stderr.contains("struct.error: 'h' format requires -32768 <= number <= 32767"), result.stderr)
    }
}
