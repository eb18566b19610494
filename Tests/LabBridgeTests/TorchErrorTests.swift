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

    /// What float16/bfloat16 tensors cannot do is refused by name, never done in float32 under
    /// another name: random draws (PyTorch draws them with kernels of their own), optimizer steps
    /// (PyTorch keeps their state in the parameter's dtype), and PyTorch's own refusals.
    func testHalfPrecisionRefusalsNameTheDtype() {
        let draws = failure("import torch\ntorch.randn(3, dtype=torch.float16)")
        XCTAssertEqual(draws, "NotImplementedError: drawing random torch.float16 tensors is not supported; draw float32 and convert with .to(torch.float16)")
        let step = failure("""
        import torch
        w = torch.nn.Parameter(torch.ones(2).bfloat16())
        opt = torch.optim.SGD([w], lr=0.1)
        (w * w).sum().backward()
        opt.step()
        """)
        XCTAssertTrue(step?.contains("optimizing torch.bfloat16 parameters is not supported") == true, step ?? "")
        let mixed = failure("import torch\ntorch.ones(2, 2).half() @ torch.ones(2, 2)")
        XCTAssertEqual(mixed, "RuntimeError: expected m1 and m2 to have the same dtype, but got: c10::Half != float")
        let cast = failure("import torch\nx = torch.ones(2, dtype=torch.long)\nx += torch.ones(2).half()")
        XCTAssertEqual(cast, "RuntimeError: result type Half can't be cast to the desired output type Long")
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
