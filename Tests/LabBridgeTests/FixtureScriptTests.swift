import XCTest

/// Runs each Fixtures/<name>.py script through the interpreter with the bridge installed and
/// compares its output with what PyTorch/NumPy printed for the same script (Fixtures/<name>.out,
/// recorded by scripts/fixtures/bridge/record.py with torch, pandas, tqdm and trl 0.11.4 installed).
final class FixtureScriptTests: BridgeTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func check(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).py"), encoding: .utf8)
        let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).out"), encoding: .utf8)
        let output = standardOutput(of: script, file: file, line: line)
        let got = output.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            XCTFail("\(name).py output line \(i + 1):\n  got:  \(g)\n  want: \(w)", file: file, line: line)
            return
        }
        XCTAssertEqual(got.count, want.count, "\(name).py printed \(got.count) lines, PyTorch \(want.count)", file: file, line: line)
    }

    func testTorchTensors() throws { try check("torch_tensors") }
    func testTorchAutograd() throws { try check("torch_autograd") }
    func testTorchNNModulesOpsAndGradients() throws { try check("torch_nn") }
    func testTorchLearningRateSchedulers() throws { try check("torch_lr_scheduler") }
    func testTorchEinsumScatterAndConv1d() throws { try check("torch_contractions") }
    /// torch.manual_seed gives PyTorch's draws: nn.Linear/Embedding/Conv1d weights, randn, multinomial, dropout, a Generator.
    func testTorchRandomStreams() throws { try check("torch_random") }
    /// normal_/uniform_/nn.init on transposed, strided and permuted views draw in memory order.
    func testTorchRandomFillsOfViews() throws { try check("torch_random_views") }
    /// get_rng_state/set_rng_state bytes are PyTorch's; Generator states, fork_rng, uint8 tensors.
    func testTorchRandomStateAndUInt8Tensors() throws { try check("torch_rng_state") }
    /// x[i, j] with several index lists picks pointwise; x[mask] with a mask of the leading dims picks rows; integer matmul.
    func testTorchAdvancedIndexing() throws { try check("torch_indexing") }
    /// int ** int, pow and clamp with int bounds keep integer dtypes; negative powers are refused.
    func testTorchIntegerPowersAndClamps() throws { try check("torch_integers") }
    func testTorchFinfo() throws { try check("torch_finfo") }
    /// A tiny GPT trained and sampled as a learner writes it (slicing with tensor indices, p -= under no_grad, repeat_interleave, mT).
    func testTorchTinyTransformerScript() throws { try check("torch_tiny_transformer") }
    /// 79 everyday calls (layers, losses, reductions, shapes, float16/bfloat16 ops) print what PyTorch prints.
    func testTorchEverydayCalls() throws { try check("torch_everyday") }
    /// norm/linalg norms with gradients, new_* constructors, % and // with Python's sign rules, fmod with C's, Tensor.type.
    func testTorchNormsAndDivision() throws { try check("torch_norms_division") }
    /// Optimizer state_dict()/load_state_dict() in PyTorch's structure; Adam's decoupled_weight_decay; resuming continues exactly.
    func testTorchOptimizerStateDicts() throws { try check("torch_optim_state") }
    /// float16/bfloat16 tensors round to nearest even, compute in float and round per op, print and convert as PyTorch's.
    func testTorchHalfPrecision() throws { try check("torch_half") }
    func testNumPyArrays() throws { try check("numpy_arrays") }
    func testPandasFrames() throws { try check("pandas_frames") }
    /// groupby reductions and agg, value_counts, iloc/loc reads and writes, and their printed forms with index names.
    func testPandasGroupByAndIndexing() throws { try check("pandas_groupby") }
    /// df.columns and the index of grouped results, counts and rows as pandas Index objects.
    func testPandasIndexes() throws { try check("pandas_index") }
    /// df.mean()/sum()/max()/min()/std()/median()/count() per column; Series median, count, to_dict, describe.
    func testPandasColumnReductions() throws { try check("pandas_reductions") }
    /// Series arithmetic and comparisons keep the name (when pandas keeps it) and the index name.
    func testPandasSeriesArithmeticNames() throws { try check("pandas_arithmetic") }

    /// Small data-preparation programs of the kind a lab's cells hold (Fixtures/dataprep/), written
    /// as a learner would write them rather than to exercise one feature, each printing what
    /// numpy and pandas printed.
    func testDataPrepPrograms() throws {
        let folder = Self.fixtures.appendingPathComponent("dataprep")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 15)
        for name in names { try check("dataprep/" + name.dropLast(3)) }
    }
    /// numpy.random's legacy functions, RandomState and default_rng's Generator draw numpy's values, with numpy's errors.
    func testNumPyRandom() throws { try check("numpy_random") }
    func testDatasetColumns() throws { try check("datasets_column") }
    func testNumericEdges() throws { try check("numeric_edges") }

    func testIntegerDivisionByZeroWarnsOnStandardError() {
        let output = run("import numpy as np\nprint(np.array([7, 8]) // 0)\nprint(np.array([7]) % np.array([0]))")
        XCTAssertEqual(output, "RuntimeWarning: divide by zero encountered in floor_divide\n[0 0]\n"
                       + "RuntimeWarning: divide by zero encountered in remainder\n[0]\n")
    }

    func testPandasDescribeSkipsNaNAndScientificNotation() throws { try check("pandas_describe") }
    func testTRLPPOConfigPrintsAndReadsEveryField() throws { try check("trl_ppo_config") }
}
