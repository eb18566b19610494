import XCTest

/// Failures end in the exception PyTorch raises, with its words (recorded from PyTorch 2).
final class TorchErrorTests: BridgeTestCase {
    func testErrorsUsePyTorchWording() {
        let cases = [
            ("torch.ones(2, 3) + torch.ones(2, 4)", "RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1"),
            ("bool(torch.ones(2))", "RuntimeError: Boolean value of Tensor with more than one value is ambiguous"),
            ("torch.ones(2).item()", "RuntimeError: a Tensor with 2 elements cannot be converted to Scalar"),
            ("torch.ones(2, 3)[5]", "IndexError: index 5 is out of bounds for dimension 0 with size 2"),
            ("torch.ones(2)[0, 0]", "IndexError: too many indices for tensor of dimension 1"),
            ("len(torch.tensor(1.0))", "TypeError: len() of a 0-d tensor"),
            ("torch.tensor([[1, 2], [3]])", "ValueError: expected sequence of length 2 at dim 1 (got 1)"),
            ("torch.tensor([1, 2]).requires_grad_()", "RuntimeError: only Tensors of floating point dtype can require gradients"),
            ("torch.tensor([1.0]).backward()", "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn"),
            // What a CPU-only PyTorch build raises: labrun computes on the CPU.
            ("torch.ones(2).cuda()", "AssertionError: Torch not compiled with CUDA enabled"),
            ("torch.ones(2).to('cuda')", "AssertionError: Torch not compiled with CUDA enabled"),
        ]
        for (expression, expected) in cases {
            XCTAssertEqual(failure("import torch\n" + expression), expected, expression)
        }
    }

    /// A random fill of a view whose elements share storage (an expanded dim) is refused as PyTorch
    /// refuses it; a constant fill of a transposed view is not refused.
    func testRandomFillOfAnExpandedViewIsRefused() {
        for fill in ["x.normal_()", "x.uniform_()", "torch.nn.init.normal_(x)"] {
            let line = failure("import torch\nx = torch.zeros(3, 1).expand(3, 4)\n" + fill)
            XCTAssertTrue(line?.hasPrefix("RuntimeError: unsupported operation: more than one element") == true, line ?? fill)
        }
        XCTAssertEqual(run("import torch\nx = torch.ones(4, 5).transpose(0, 1)\nprint(torch.nn.init.zeros_(x).sum().item())"), "0.0\n")
    }

    func testMatmulShapeErrorNamesBothShapes() {
        let line = failure("import torch\ntorch.ones(2, 3) @ torch.ones(2, 3)")
        XCTAssertTrue(line?.hasPrefix("RuntimeError: ") == true && line?.contains("2x3") == true, line ?? "")
    }

    /// float16/bfloat16 tensors are refused by name, never made as float32 under another name.
    func testHalfPrecisionTensorsAreRefusedByName() {
        XCTAssertEqual(run("""
        import torch
        print(torch.float16, torch.bfloat16 == torch.bfloat16, torch.half == torch.float16)
        for make in [lambda: torch.tensor([1.5], dtype=torch.bfloat16), lambda: torch.ones(2).half(),
                     lambda: torch.ones(2).bfloat16(), lambda: torch.ones(2).to(torch.float16), lambda: torch.zeros(2, dtype=torch.half)]:
            try:
                make()
            except NotImplementedError as e:
                print(str(e).split(":")[0])
        """), "torch.float16 True True\n" + "torch.bfloat16 tensors are not supported\ntorch.float16 tensors are not supported\n"
            + "torch.bfloat16 tensors are not supported\ntorch.float16 tensors are not supported\ntorch.float16 tensors are not supported\n")
    }
}

/// Tensors convert to Python numbers where PyTorch allows it.
final class TensorConversionTests: BridgeTestCase {
    func testFloatIntAndFormat() {
        XCTAssertEqual(run("""
        import torch
        t = torch.tensor(0.123456)
        print(f'{t:.3f}', float(t), int(torch.tensor(3.7)), f'{torch.tensor(5)}', f'{torch.ones(2)}')
        """), "0.123 0.12345600128173828 3 5 tensor([1., 1.])\n")
        XCTAssertEqual(failure("import torch\nfloat(torch.ones(2))"), "ValueError: only one element tensors can be converted to Python scalars")
    }
}
