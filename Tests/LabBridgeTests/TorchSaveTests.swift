import XCTest

/// `torch.save`/`torch.load` write and read safetensors with the object's structure in its
/// metadata, and refuse PyTorch's pickle checkpoints.
final class TorchSaveTests: BridgeTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("labrun-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: directory) }

    func testStateDictsAndNestedContainersRoundTrip() {
        let path = directory.appendingPathComponent("model.pt").path
        let output = run("""
            import torch
            import torch.nn as nn
            model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
            torch.save(model.state_dict(), "\(path)")
            restored = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
            print(restored.load_state_dict(torch.load("\(path)")))
            print(all(torch.equal(a, b) for a, b in zip(model.parameters(), restored.parameters())))
            print(type(torch.load("\(path)")).__name__)
            torch.save({"step": 3, "lr": 0.1, "ids": torch.tensor([1, 2]), "mask": torch.tensor([True, False]), "nested": [(1, "a"), None]}, "\(path)")
            print(torch.load("\(path)", map_location="cpu", weights_only=True))
            """)
        XCTAssertEqual(output, """
            <All keys matched successfully>
            True
            OrderedDict
            {'step': 3, 'lr': 0.1, 'ids': tensor([1, 2]), 'mask': tensor([ True, False]), 'nested': [(1, 'a'), None]}

            """)
    }

    /// float16 and bfloat16 tensors are stored as safetensors' F16 and BF16 (2 bytes each, as
    /// PyTorch's safetensors writes them) and load back in their dtype, bit for bit.
    func testHalfPrecisionTensorsKeepTheirDtype() throws {
        let path = directory.appendingPathComponent("half.pt").path
        let output = run("""
            import torch
            h = torch.tensor([0.1, -2.5, 65504.0, 1e-7]).half()
            b = torch.tensor([0.1, -2.5, 3.0e38, 1e-7]).bfloat16()
            torch.save({"h": h, "b": b}, "\(path)")
            back = torch.load("\(path)")
            print(back["h"], back["b"])
            print(torch.equal(back["h"], h), torch.equal(back["b"], b), back["h"].dtype, back["b"].dtype)
            """)
        XCTAssertEqual(output, """
            tensor([ 9.9976e-02, -2.5000e+00,  6.5504e+04,  1.1921e-07],
                   dtype=torch.float16) tensor([ 1.0010e-01, -2.5000e+00,  3.0041e+38,  1.0012e-07],
                   dtype=torch.bfloat16)
            True True torch.float16 torch.bfloat16

            """)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let header = String(decoding: data.dropFirst(8).prefix(400), as: UTF8.self)
        XCTAssertTrue(header.contains(#""dtype":"F16","shape":[4],"data_offsets":[8,16]"#) && header.contains(#""dtype":"BF16""#), header)
    }

    func testPickleCheckpointsAreRefusedWithHowToConvert() throws {
        let path = directory.appendingPathComponent("pytorch_model.bin")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0]).write(to: path)
        let line = failure("import torch\ntorch.load('\(path.path)')") ?? ""
        XCTAssertTrue(line.hasPrefix("RuntimeError: \(path.path): this file is a PyTorch pickle checkpoint"), line)
        XCTAssertTrue(line.contains("save_file(torch.load(path), \"model.safetensors\")"), line)
        XCTAssertEqual(failure("import torch\ntorch.load('\(directory.path)/missing.pt')"),
                       "FileNotFoundError: [Errno 2] No such file or directory: '\(directory.path)/missing.pt'")
        XCTAssertEqual(failure("import torch\ntorch.save(object(), '\(directory.path)/x.pt')"),
                       "NotImplementedError: torch.save writes tensors, dicts, lists, tuples, str, int, float, bool and None, not object (labrun never pickles)")
    }
}
