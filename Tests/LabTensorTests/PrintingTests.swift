import XCTest
@testable import LabTensor

/// Expected strings are PyTorch's default printed forms of the same tensors.
final class PrintingTests: XCTestCase {
    func testFixedIntegerAndBoolForms() throws {
        XCTAssertEqual(try Tensor([3.1141, -2.4896], shape: [1, 2]).description, "tensor([[ 3.1141, -2.4896]])")
        XCTAssertEqual(try Tensor([1, 2, 3]).description, "tensor([1., 2., 3.])")
        XCTAssertEqual(try Tensor(int64: [1, 2, 3]).description, "tensor([1, 2, 3])")
        XCTAssertEqual(try Tensor(int32: [1, -20]).description, "tensor([  1, -20], dtype=torch.int32)")
        XCTAssertEqual(try Tensor(bools: [true, false]).description, "tensor([ True, False])")
        XCTAssertEqual(Tensor(3.5).description, "tensor(3.5000)")
        XCTAssertEqual(try Tensor([-1.5, 2.25]).description, "tensor([-1.5000,  2.2500])")
        XCTAssertEqual(try Tensor([0, 0]).description, "tensor([0., 0.])")
    }

    func testScientificAndNonFinite() throws {
        XCTAssertEqual(try Tensor([1e-5, 1]).description, "tensor([1.0000e-05, 1.0000e+00])")
        XCTAssertEqual(try Tensor([1, 5000]).description, "tensor([1.0000e+00, 5.0000e+03])")
        XCTAssertEqual(try Tensor([.nan, 1]).description, "tensor([nan, 1.])")
        XCTAssertEqual(try Tensor([-.infinity, 0.5]).description, "tensor([  -inf, 0.5000])")
    }

    func testNestingAndWrapping() throws {
        XCTAssertEqual(try Tensor(int64: [1, 2, 3, 4], shape: [2, 2]).description, "tensor([[1, 2],\n        [3, 4]])")
        XCTAssertEqual(try Tensor.arange(0, 8).converted(to: .int64).reshape([2, 2, 2]).description,
                       "tensor([[[0, 1],\n         [2, 3]],\n\n        [[4, 5],\n         [6, 7]]])")
        let long = try Tensor.arange(0, 30).description
        XCTAssertEqual(long, """
        tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12., 13.,
                14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25., 26., 27.,
                28., 29.])
        """)
    }

    func testSummarization() throws {
        XCTAssertEqual(try Tensor.arange(0, 2000).description,
                       "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n        1.9990e+03])")
        let matrix = try Tensor.arange(0, 1010).converted(to: .int64).reshape([101, 10])
        XCTAssertEqual(matrix.description, """
        tensor([[   0,    1,    2,  ...,    7,    8,    9],
                [  10,   11,   12,  ...,   17,   18,   19],
                [  20,   21,   22,  ...,   27,   28,   29],
                ...,
                [ 980,  981,  982,  ...,  987,  988,  989],
                [ 990,  991,  992,  ...,  997,  998,  999],
                [1000, 1001, 1002,  ..., 1007, 1008, 1009]])
        """)
    }

    func testEmptyAndAutogradSuffixes() throws {
        XCTAssertEqual(try Tensor.zeros([0]).description, "tensor([])")
        XCTAssertEqual(try Tensor.zeros([2, 0]).description, "tensor([], size=(2, 0))")
        XCTAssertEqual(try Tensor.zeros([0], dtype: .int64).description, "tensor([], dtype=torch.int64)")
        var x = try Tensor([1, 2])
        x.requiresGrad = true
        XCTAssertEqual(x.description, "tensor([1., 2.], requires_grad=True)")
        XCTAssertEqual((x * 2).description, "tensor([2., 4.], grad_fn=<MulBackward0>)")
        XCTAssertEqual(try x.sum().description, "tensor(3., grad_fn=<SumBackward0>)")
        XCTAssertEqual(try x.mean().description, "tensor(1.5000, grad_fn=<MeanBackward0>)")
        let m = try x.reshape([1, 2])
        XCTAssertEqual(m.gradFunctionName, "ViewBackward0")
        XCTAssertEqual(try m.transposed(0, 1).gradFunctionName, "TransposeBackward0")
        XCTAssertEqual(try Tensor.stack([x, x]).gradFunctionName, "StackBackward0")
        XCTAssertEqual(try x.pow(x).gradFunctionName, "PowBackward1")
        XCTAssertEqual(try m.softmax(dim: -1).gradFunctionName, "SoftmaxBackward0")
        XCTAssertNil(x.gradFunctionName)
    }

    func testPrintOptions() throws {
        var options = PrintOptions()
        options.precision = 2
        XCTAssertEqual(try Tensor([1.12345]).description(options: options), "tensor([1.12])")
        options.scientific = false
        // As in PyTorch, the width still comes from the notation the values would have chosen.
        XCTAssertEqual(try Tensor([1e-5, 1]).description(options: options), "tensor([    0.00,     1.00])")
    }
}
