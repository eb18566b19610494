import XCTest
@testable import LabTensor

/// Reading files written by the Python `safetensors` library, and writing files it would write.
final class SafeTensorsTests: XCTestCase {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("safetensors")

    struct Expected: Decodable {
        struct Tensor: Decodable {
            var dtype: String
            var shape: [Int]
            var values: [Double]
        }
        var metadata: [String: String]
        var tensors: [String: Tensor]
    }

    func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.folder.appendingPathComponent("expected.json")))
    }

    func testReadsEveryDTypeWrittenByPython() throws {
        let file = try SafeTensorsFile(url: Self.folder.appendingPathComponent("mixed.safetensors"))
        let expected = try expected()
        XCTAssertEqual(file.metadata, expected.metadata)
        XCTAssertEqual(file.names, expected.tensors.keys.sorted())
        for (name, tensor) in expected.tensors {
            let info = try file.info(name)
            XCTAssertEqual(info.dtype.rawValue, tensor.dtype, name)
            XCTAssertEqual(info.shape, tensor.shape, name)
            XCTAssertEqual(try file.raw(name).count, info.count * info.dtype.byteSize, name)
            switch info.dtype {
            case .f32, .f16, .bf16, .f64:
                XCTAssertEqual(try file.floats(name), tensor.values.map { Float($0) }, name)
            default:
                XCTAssertEqual(try file.int64s(name), tensor.values.map { Int64($0) }, name)
            }
        }
    }

    func testWrongTypeAndMissingNameAreErrors() throws {
        let url = Self.folder.appendingPathComponent("mixed.safetensors")
        let file = try SafeTensorsFile(url: url)
        XCTAssertThrowsError(try file.floats("ids")) { error in
            XCTAssertEqual("\(error)", "\(url.path): tensor 'ids' is I64, not a float type")
        }
        XCTAssertThrowsError(try file.int64s("half"))
        XCTAssertThrowsError(try file.info("nope")) { error in
            XCTAssertEqual((error as? SafeTensorsError)?.problem, .tensorNotFound("nope"))
        }
    }

    /// The writer reproduces the Python library's bytes exactly (layout order, header, padding).
    func testWriterMatchesPythonBytes() throws {
        let reference = Self.folder.appendingPathComponent("writer_reference.safetensors")
        let out = temporaryFile("written.safetensors")
        try SafeTensorsWriter.write([
            .init(name: "b", floats: [0, 1, 2, 3, 4, 5], shape: [2, 3]),
            .init(name: "a", int64s: [1, 2], shape: [2]),
            .init(name: "c", int64s: [-1, 3], shape: [2], dtype: .i32),
            .init(name: "aa", floats: [0.5, 2], shape: [2], dtype: .f16),
            .init(name: "z", floats: [], shape: [0]),
        ], metadata: ["format": "np"], to: out)
        XCTAssertEqual(try Data(contentsOf: out), try Data(contentsOf: reference))
    }

    func testRoundTripThroughWriterAndReader() throws {
        let file = try SafeTensorsFile(url: Self.folder.appendingPathComponent("mixed.safetensors"))
        let entries = try file.names.map { name in
            let info = try file.info(name)
            return SafeTensorsWriter.Entry(name: name, dtype: info.dtype, shape: info.shape, bytes: try file.raw(name))
        }
        let out = temporaryFile("roundtrip.safetensors")
        try SafeTensorsWriter.write(entries, metadata: file.metadata, to: out)
        // Same layout as the Python writer: the file is identical to the one Python wrote.
        XCTAssertEqual(try Data(contentsOf: out), try Data(contentsOf: Self.folder.appendingPathComponent("mixed.safetensors")))
    }

    struct Conversions: Decodable {
        var float32_bits: [UInt32]
        var f16_bits: [UInt16]
        var f16_as_float32_bits: [UInt32]
        var bf16_bits: [UInt16]
        var bf16_as_float32_bits: [UInt32]
    }

    /// Writing rounds to F16/BF16 exactly as numpy/ml_dtypes do; reading widens exactly.
    func testHalfAndBFloat16MatchNumpy() throws {
        let table = try JSONDecoder().decode(Conversions.self,
                                             from: Data(contentsOf: Self.folder.appendingPathComponent("conversions.json")))
        let values = table.float32_bits.map(Float.init(bitPattern:))
        let out = temporaryFile("half.safetensors")
        try SafeTensorsWriter.write([.init(name: "h", floats: values, shape: [values.count], dtype: .f16),
                                     .init(name: "b", floats: values, shape: [values.count], dtype: .bf16)], to: out)
        let file = try SafeTensorsFile(url: out)
        let halfBits = try file.withRawBytes("h") { SafeTensorsConversion.decode($0, as: UInt16.self) { $0 } }
        let brainBits = try file.withRawBytes("b") { SafeTensorsConversion.decode($0, as: UInt16.self) { $0 } }
        XCTAssertEqual(halfBits, table.f16_bits)
        XCTAssertEqual(brainBits, table.bf16_bits)
        XCTAssertEqual(try file.floats("h").map(\.bitPattern), table.f16_as_float32_bits)
        XCTAssertEqual(try file.floats("b").map(\.bitPattern), table.bf16_as_float32_bits)
    }

    func testWriteReplacesAtomicallyAndRejectsBadEntries() throws {
        let out = temporaryFile("replace.safetensors")
        try SafeTensorsWriter.write([.init(name: "x", floats: [1], shape: [1])], to: out)
        try SafeTensorsWriter.write([.init(name: "y", floats: [2, 3], shape: [2])], to: out)
        XCTAssertEqual(try SafeTensorsFile(url: out).names, ["y"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
        XCTAssertThrowsError(try SafeTensorsWriter.write([.init(name: "x", floats: [1, 2], shape: [3])], to: out)) { error in
            XCTAssertTrue("\(error)".contains("needs 12 bytes, got 8"), "\(error)")
        }
        XCTAssertEqual(try SafeTensorsFile(url: out).names, ["y"], "a failed write leaves the old file")
    }

    func testMalformedFilesGiveTheirErrors() throws {
        let folder = Self.folder.appendingPathComponent("malformed")
        let expected = try JSONDecoder().decode([String: String].self,
                                                from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        XCTAssertGreaterThan(expected.count, 25)
        for (name, substring) in expected.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(name)
            XCTAssertThrowsError(try SafeTensorsFile(url: url), name) { error in
                let message = "\(error)"
                XCTAssertTrue(error is SafeTensorsError, name)
                XCTAssertTrue(message.hasPrefix(url.path + ": "), "\(name): \(message)")
                XCTAssertTrue(message.contains(substring), "\(name): expected '\(substring)' in: \(message)")
            }
        }
    }

    func testMissingFileFolderAndFIFOAreErrors() {
        let url = temporaryFile("absent.safetensors")
        XCTAssertThrowsError(try SafeTensorsFile(url: url)) { error in
            XCTAssertTrue("\(error)".contains("cannot read the file"), "\(error)")
        }
        XCTAssertThrowsError(try SafeTensorsFile(url: url.deletingLastPathComponent())) { error in
            XCTAssertTrue("\(error)".contains("not a regular file"), "\(error)")
        }
        let fifo = temporaryFile("pipe.safetensors")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        XCTAssertThrowsError(try SafeTensorsFile(url: fifo)) { error in
            XCTAssertTrue("\(error)".contains("not a regular file"), "\(error)")
        }
    }

    /// Every truncation of a valid file is refused cleanly (never a crash or an out-of-bounds read).
    func testEveryTruncationIsRefused() throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("mixed.safetensors"))
        let out = temporaryFile("cut.safetensors")
        for length in stride(from: 0, to: data.count, by: 17) {
            try data.prefix(length).write(to: out)
            XCTAssertThrowsError(try SafeTensorsFile(url: out), "length \(length)")
        }
    }

    func temporaryFile(_ name: String) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("SafeTensorsTests-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: url)
        return url
    }
}
