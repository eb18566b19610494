import Foundation
import XCTest
@testable import LabTensor

/// ``TorchGenerator`` replays what torch 2.13's CPU generator drew after `manual_seed`, bit for bit
/// (Fixtures/random_streams.json, by scripts/fixtures/torch/random_streams.py): each case seeds a
/// generator and draws its steps in order, so stream positions and the kept-over normal carry from
/// step to step as they do in torch.
final class TorchRandomStreamTests: XCTestCase {
    private typealias Step = [String: Any]

    private static func cases() throws -> [[String: Any]] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("random_streams.json")
        let fixture = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try XCTUnwrap(fixture["cases"] as? [[String: Any]])
    }

    private static func ints(_ step: Step, _ key: String) throws -> [Int] { try XCTUnwrap(step[key] as? [Int], key) }
    private static func double(_ step: Step, _ key: String) throws -> Double { try XCTUnwrap((step[key] as? NSNumber)?.doubleValue, key) }
    private static func floats(_ step: Step, _ key: String) throws -> [Float] { try ints(step, key).map { Float(bitPattern: UInt32($0)) } }
    private static func bits(_ t: Tensor) -> [Int] { t.toFloatArray().map { Int($0.bitPattern) } }
    /// A double's bit pattern in 16 hex digits, as the fixture stores it.
    private static func hex(_ x: Double) -> String {
        let digits = String(x.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Every step of every case, in order.
    func testStreamsMatchTorch() throws {
        var checked = 0
        for fixtureCase in try Self.cases() {
            let seed = try XCTUnwrap(fixtureCase["seed"] as? NSNumber).uint64Value
            var generator = TorchGenerator(seed: seed)
            for (index, step) in try XCTUnwrap(fixtureCase["steps"] as? [Step]).enumerated() {
                let op = try XCTUnwrap(step["op"] as? String)
                try check(step, op, &generator, "seed \(seed) step \(index) (\(op))")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 60)
    }

    private func check(_ step: Step, _ op: String, _ g: inout TorchGenerator, _ what: String) throws {
        switch op {
        case "randn":
            let t = try g.normal(try Self.ints(step, "shape"), mean: try Self.double(step, "mean"), std: try Self.double(step, "std"))
            XCTAssertEqual(Self.bits(t), try Self.ints(step, "bits"), what)
        case "rand":
            let t = try g.uniform(try Self.ints(step, "shape"), from: Float(try Self.double(step, "from")), to: Float(try Self.double(step, "to")))
            XCTAssertEqual(Self.bits(t), try Self.ints(step, "bits"), what)
        case "randint":
            let t = try g.randint(low: try XCTUnwrap(step["low"] as? Int), high: try XCTUnwrap(step["high"] as? Int), shape: try Self.ints(step, "shape"))
            XCTAssertEqual(t.toInt64Array().map(Int.init), try Self.ints(step, "values"), what)
        case "randperm":
            let t = try g.randperm(try XCTUnwrap(step["n"] as? Int))
            XCTAssertEqual(t.toInt64Array().map(Int.init), try Self.ints(step, "values"), what)
        case "multinomial":
            let weights = try Tensor(try Self.floats(step, "weights"), shape: try Self.ints(step, "shape"))
            let t = try g.multinomial(weights, count: try XCTUnwrap(step["count"] as? Int), replacement: try XCTUnwrap(step["replacement"] as? Bool))
            XCTAssertEqual(t.toInt64Array().map(Int.init), try Self.ints(step, "values"), what)
        case "dropout":
            let x = try Tensor(try Self.floats(step, "input"), shape: try Self.ints(step, "shape"))
            let y = try x.dropout(p: try Self.double(step, "p"), training: true, generator: &g)
            XCTAssertEqual(Self.bits(y), try Self.ints(step, "bits"), what)
        case "linear":
            let inputs = try XCTUnwrap(step["in"] as? Int), outputs = try XCTUnwrap(step["out"] as? Int)
            let bound = Float(try Self.double(step, "bound"))
            XCTAssertEqual(Self.bits(try g.uniform([outputs, inputs], from: -bound, to: bound)), try Self.ints(step, "weight"), what)
            XCTAssertEqual(Self.bits(try g.uniform([outputs], from: -bound, to: bound)), try Self.ints(step, "bias"), what)
        case "double":
            let uniform = try XCTUnwrap(step["uniform"] as? [String]), normal = try XCTUnwrap(step["normal"] as? [String])
            XCTAssertEqual(uniform.map { _ in Self.hex(g.uniformDouble()) }, uniform, what)
            XCTAssertEqual(normal.map { _ in Self.hex(g.normal()) }, normal, what)
        default:
            XCTFail("unknown step \(op)")
        }
    }

    /// The logarithm and sine/cosine of the vector normal kernel stay within a few ulp of the C
    /// library's over the inputs Box–Muller gives them.
    func testVectorNormalMathIsCloseToLibm() {
        for i in 1...4096 {
            let u = Float(i) / 4096
            XCTAssertEqual(VectorNormalMath.log(u), Foundation.log(u), accuracy: 4 * max(Foundation.log(u).magnitude.ulp, Float.ulpOfOne))
            let angle = Float(2 * Double.pi) * (1 - u)
            let (sine, cosine) = VectorNormalMath.sinCos(angle)
            XCTAssertEqual(sine, Foundation.sin(angle), accuracy: 2 * Float.ulpOfOne)
            XCTAssertEqual(cosine, Foundation.cos(angle), accuracy: 2 * Float.ulpOfOne)
        }
    }

    /// Bad arguments are refused with PyTorch's words.
    func testBadArgumentsAreRefused() throws {
        var g = TorchGenerator(seed: 0)
        let weights = try Tensor([0, 1, 3, 0])
        XCTAssertThrowsError(try g.multinomial(weights, count: 3)) { XCTAssertTrue("\($0)".contains("zero-probability categories")) }
        XCTAssertThrowsError(try g.multinomial(Tensor([-1, 1]), count: 2, replacement: true)) { XCTAssertTrue("\($0)".contains("encountering probability entry < 0")) }
        XCTAssertThrowsError(try g.multinomial(Tensor([.infinity, 1]), count: 2, replacement: true)) { XCTAssertTrue("\($0)".contains("= infinity or NaN")) }
        XCTAssertThrowsError(try g.multinomial(Tensor([.nan, 1]), count: 1)) { XCTAssertTrue("\($0)".contains("`inf`, `nan` or element < 0")) }
        XCTAssertThrowsError(try g.multinomial(Tensor(int64: [1, 2]), count: 1)) { XCTAssertTrue("\($0)".contains("got: Long")) }
        XCTAssertThrowsError(try g.multinomial(Tensor([-1, 1]), count: 1))
        XCTAssertThrowsError(try g.multinomial(Tensor([0, 0]), count: 1, replacement: true)) { XCTAssertTrue("\($0)".contains("sum of probabilities <= 0")) }
        XCTAssertThrowsError(try g.randint(low: 3, high: 3, shape: [1])) { XCTAssertTrue("\($0)".contains("from=3 >= to=3")) }
        XCTAssertThrowsError(try g.normal([-1]))
        XCTAssertThrowsError(try Tensor([1]).dropout(p: 1.5, training: true, generator: &g))
        XCTAssertEqual(try g.multinomial(Tensor.ones([3, 4]), count: 2).shape, [3, 2])
        XCTAssertEqual(try g.randperm(0).shape, [0])
    }

    /// A saved generator resumes where it was, kept-over normal included.
    func testStateRoundTrips() throws {
        var generator = TorchGenerator(seed: 9)
        _ = generator.normal()
        let saved = try JSONDecoder().decode(TorchGenerator.self, from: try JSONEncoder().encode(generator))
        XCTAssertEqual(saved, generator)
        var resumed = saved
        XCTAssertEqual(resumed.normal(), generator.normal())
        XCTAssertEqual(try resumed.normal([20]).toFloatArray(), try generator.normal([20]).toFloatArray())
    }
}
