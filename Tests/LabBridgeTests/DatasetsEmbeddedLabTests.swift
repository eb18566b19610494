import LabBridge
import LabScript
import XCTest

/// The course lab's `build_dataset` on the embedded DialogSum stand-in, with a pure-Python
/// stand-in for the tokenizer; counts are checked against plain Python over the same column.
final class DatasetsEmbeddedLabTests: XCTestCase {
    func testBuildDatasetOnDialogSumMini() throws {
        let output = try runDataLab(#"""
        import math
        from datasets import load_dataset
        dataset = load_dataset("labrun/dialogsum-mini", split="train[:400]")
        print(dataset)
        expected = sum(1 for d in dataset["dialogue"] if 200 < len(d) <= 1000)
        dataset = dataset.filter(lambda x: len(x["dialogue"]) > 200 and len(x["dialogue"]) <= 1000, batched=False)
        print(dataset.num_rows == expected, expected > 0)
        def tokenize(sample):
            prompt = f"""
        Summarize the following conversation.

        {sample["dialogue"]}

        Summary:
        """
            sample["input_ids"] = [len(word) for word in prompt.split()]
            sample["query"] = prompt
            return sample
        dataset = dataset.map(tokenize, batched=False)
        dataset.set_format(type="torch")
        parts = dataset.train_test_split(test_size=0.2, shuffle=False, seed=42)
        n = dataset.num_rows
        print(parts["test"].num_rows == math.ceil(0.2 * n), parts["train"].num_rows + parts["test"].num_rows == n)
        print(parts["test"][0]["query"] == parts["test"][0]["query"].strip("\n").join(["\n", "\n"]))
        print(type(parts["train"][0]["input_ids"]).__name__, parts["train"][0]["input_ids"][:2].tolist() == [len("Summarize"), len("the")])
        print(n - math.ceil(0.2 * n), math.ceil(0.2 * n))
        print(parts)
        """#)
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(lines[0..<4]), ["Dataset({", "    features: ['id', 'dialogue', 'summary', 'topic'],", "    num_rows: 400", "})"])
        XCTAssertEqual(Array(lines[4..<8]), ["True True", "True True", "True", "Tensor True"])
        let counts = lines[8].split(separator: " ")
        lines.removeFirst(9)
        XCTAssertEqual(lines.joined(separator: "\n"), """
        DatasetDict({
            train: Dataset({
                features: ['id', 'dialogue', 'summary', 'topic', 'input_ids', 'query'],
                num_rows: \(counts.first ?? "?")
            })
            test: Dataset({
                features: ['id', 'dialogue', 'summary', 'topic', 'input_ids', 'query'],
                num_rows: \(counts.last ?? "?")
            })
        })

        """)
    }

    func testCallbackErrorsKeepTheirTypeAndTraceback() throws {
        let source = """
        from datasets import load_dataset
        ds = load_dataset("csv", data_files=FOLDER + "/dialogs.csv", split="train")
        def broken(example):
            return {"x": example["missing"]}
        ds.map(broken)
        """
        XCTAssertThrowsError(try runDataLab(source, files: ["dialogs.csv": DatasetsModuleTests.dialogsCSV])) { error in
            guard let exception = error as? ScriptException else { return XCTFail("\(error)") }
            XCTAssertEqual(exception.exceptionLine, "KeyError: 'missing'")
            XCTAssertEqual(exception.frames.map(\.function), ["<module>", "broken"])
            XCTAssertEqual(exception.frames.last?.location.line, 4)
        }
        let csv = ["dialogs.csv": DatasetsModuleTests.dialogsCSV]
        let load = "from datasets import load_dataset\nds = load_dataset('csv', data_files=FOLDER + '/dialogs.csv', split='train')\n"
        XCTAssertEqual(dataLabError(load + "ds.map(lambda x: 3)", files: csv),
                       "TypeError: Provided `function` which is applied to all elements of table returns a variable of type <class 'int'>. Make sure provided `function` returns a variable of type `dict` (or a pyarrow table) to update the dataset or `None` if you are only interested in side effects.")
        XCTAssertEqual(dataLabError(load + "ds.remove_columns('nope')", files: csv),
                       "ValueError: Column name ['nope'] not in the dataset. Current columns in the dataset: ['id', 'dialogue', 'summary']")
    }

    func testLongPassesLeaveAProgressLineOnStderr() throws {
        var errors = ""
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { errors += $0 }))
        LabBridge.install(into: interpreter, seed: 0)
        _ = try interpreter.execute("""
        from datasets import load_dataset
        ds = load_dataset("labrun/dialogsum-mini", split="train[:1200]")
        ds = ds.map(lambda x: {"n": len(x["summary"])}, desc="Tokenizing")
        ds.select(range(10)).filter(lambda x: True)
        """, filename: "<lab>")
        XCTAssertTrue(errors.hasPrefix("Tokenizing: 100%|██████████| 1200/1200 [00:"), errors)
        XCTAssertTrue(errors.hasSuffix(" examples/s]\n"), errors)
        XCTAssertEqual(errors.filter { $0 == "\n" }.count, 1)
    }
}
