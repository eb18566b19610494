import XCTest
import LabTensor
@testable import LabNN

/// A small tree with a tied embedding: `embed` and `head.embed` share one module.
private final class Tiny: Module {
    init(_ generator: inout RandomGenerator) throws {
        super.init()
        let shared = registerModule("embed", try Embedding(10, 4, generator: &generator))
        let head = registerModule("head", Module())
        head.registerModule("embed", shared)
        registerModule("layers", ModuleList([try Linear(4, 4, generator: &generator), try Linear(4, 4, generator: &generator)]))
        registerModule("proj", try Linear(4, 2, bias: false, generator: &generator))
        registerModule("drop", Dropout(p: 0.1, source: RandomSource(seed: 1)))
    }
}

final class ModuleTests: XCTestCase {
    private func tiny() throws -> Tiny {
        var generator = RandomGenerator(seed: 0)
        return try Tiny(&generator)
    }

    func testNamedParametersFollowRegistrationOrderAndDropTiedDuplicates() throws {
        let model = try tiny()
        XCTAssertEqual(model.namedParameters().map(\.name),
                       ["embed.weight", "layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias", "proj.weight"])
        XCTAssertEqual(model.stateDict().map(\.name),
                       ["embed.weight", "head.embed.weight", "layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias", "proj.weight"])
        XCTAssertEqual(model.parameterCount(), 40 + 2 * 20 + 8)
    }

    func testSetChildReplacesALayerInPlace() throws {
        let model = try tiny()
        let replacement = Linear(weight: try Tensor.zeros([2, 4]))
        try model.setChild(path: "proj", replacement)
        XCTAssertTrue(model.child("proj") === replacement)
        XCTAssertEqual(try model.layer("proj").forward(Tensor.ones([1, 4])).toFloatArray(), [0, 0])
        XCTAssertThrowsError(try model.setChild(path: "proj", Module()))
        XCTAssertThrowsError(try model.setChild(path: "layers.7", replacement))
    }

    func testLoadStrictReportsMissingAndUnexpectedKeysAndFillsTiedNames() throws {
        let model = try tiny()
        var dict = Dictionary(uniqueKeysWithValues: model.stateDict().map { ($0.name, $0.tensor * 0) })
        dict["embed.weight"] = nil                       // still filled through head.embed.weight
        try model.load(stateDict: dict)
        XCTAssertEqual(model.parameters().flatMap { $0.value.toFloatArray() }.filter { $0 != 0 }, [])
        dict["proj.weight"] = nil
        dict["extra"] = try Tensor.zeros([1])
        XCTAssertThrowsError(try model.load(stateDict: dict)) { error in
            XCTAssertEqual(error as? ModuleError, .stateDictMismatch(missing: ["proj.weight"], unexpected: ["extra"]))
        }
        let report = try model.load(stateDict: dict, strict: false)
        XCTAssertEqual(report.missingKeys, ["proj.weight"])
        dict["proj.weight"] = try Tensor.zeros([4, 2])
        XCTAssertThrowsError(try model.load(stateDict: dict, strict: false))
    }

    func testPrintsLikePyTorch() throws {
        let model = try tiny()
        XCTAssertEqual(model.description, """
        Tiny(
          (embed): Embedding(10, 4)
          (head): Module(
            (embed): Embedding(10, 4)
          )
          (layers): ModuleList(
            (0-1): 2 x Linear(in_features=4, out_features=4, bias=True)
          )
          (proj): Linear(in_features=4, out_features=2, bias=False)
          (drop): Dropout(p=0.1, inplace=False)
        )
        """)
        XCTAssertEqual(try LayerNorm(8).description, "LayerNorm((8,), eps=1e-05, elementwise_affine=True, bias=True)")
    }

    func testEvalTurnsDropoutOff() throws {
        let model = try tiny()
        let drop = model.layer("drop")
        let x = try Tensor.ones([100])
        XCTAssertNotEqual(try drop.forward(x).toFloatArray(), x.toFloatArray())
        model.eval()
        XCTAssertFalse(model.child("layers")!.child("1")!.isTraining)
        XCTAssertEqual(try drop.forward(x).toFloatArray(), x.toFloatArray())
    }

    func testNormsAndActivationsMatchTheirFormulas() throws {
        let x = try Tensor([1, 2, 3, 4], shape: [1, 4])
        let rms = (30.0 / 4 + 1e-6).squareRoot()
        let y = try T5LayerNorm(4)(x).toFloatArray()
        for (a, b) in zip(y, [1, 2, 3, 4].map { Float(Double($0) / rms) }) { XCTAssertEqual(a, b, accuracy: 1e-6) }
        XCTAssertEqual(try Activation(named: "relu")(Tensor([-1, 2])).toFloatArray(), [0, 2])
        XCTAssertThrowsError(try Activation(named: "nope"))
    }
}
