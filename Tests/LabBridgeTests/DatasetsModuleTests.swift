import Foundation
import LabBridge
import LabScript
import XCTest

/// Runs lab code with the `datasets` and `evaluate` modules installed and returns what it printed.
/// `files` are written to a fresh folder whose path the script sees as `FOLDER`.
func runDataLab(_ source: String, files: [String: String] = [:], numpySeed: UInt32 = 42) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labbridge-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    var output = ""
    let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
    let context = DataBridgeContext(random: NumpyGlobalRandom(seed: numpySeed), stderr: { _ in })
    DataBridge.install(into: interpreter, context: context)
    interpreter.setGlobal("FOLDER", .str(folder.path))
    _ = try interpreter.execute(source, filename: "<lab>")
    return output
}

/// The `ScriptException` line a lab snippet ends with.
func dataLabError(_ source: String, files: [String: String] = [:]) -> String? {
    do {
        _ = try runDataLab(source, files: files)
        return nil
    } catch let error as ScriptException {
        return error.exceptionLine
    } catch {
        return "\(error)"
    }
}

/// Expected outputs come from scripts/fixtures/datasets_bridge.py (datasets 3.1).
final class DatasetsModuleTests: XCTestCase {
    static let dialogsCSV = """
    id,dialogue,summary
    train_0,"#Person1#: Hi, Mr. Smith. I'm Doctor Hawkins.",Mr. Smith is getting a check-up.
    train_1,#Person1#: Hello Mrs. Parker.,Mrs. Parker takes Ricky for his vaccines.
    train_2,"#Person1#: Excuse me, did you see a set of keys?",#Person1#'s looking for a set of keys.
    train_3,#Person1#: Why didn't you tell me?,#Person1# is angry.
    train_4,"#Person1#: Watsup, ladies! Y'll looking'fine tonight.",Malik invites Nikki to dance.
    train_5,#Person1#: Happy birthday!,#Person2# thanks #Person1#.

    """

    func testCSVLabPipelineMatchesDatasets() throws {
        let output = try runDataLab("""
        from datasets import load_dataset
        ds = load_dataset("csv", data_files={"train": FOLDER + "/dialogs.csv"})
        print(ds)
        train = ds["train"]
        print(train)
        print(len(train), train.num_rows, train.shape, train.column_names)
        print(train[0])
        print(train[-1]["id"], train[1:3]["id"], train[4:]["summary"])
        print(train["id"][:2])
        short = train.filter(lambda example: len(example["dialogue"]) < 40)
        print(short["id"])
        def tokenize(example):
            example["input_ids"] = [len(word) for word in example["dialogue"].split()]
            example["query"] = example["dialogue"][:12]
            return example
        tokenized = short.map(tokenize, remove_columns=["summary"])
        print(tokenized)
        print(tokenized[0])
        batched = train.map(lambda batch: {"n": [len(d) for d in batch["dialogue"]]}, batched=True, batch_size=4)
        print(batched["n"])
        indexed = train.filter(lambda example, i: i % 2 == 0, with_indices=True)
        print(indexed["id"])
        parts = tokenized.train_test_split(test_size=0.5, seed=42)
        print(parts)
        print(parts["train"]["id"], parts["test"]["id"])
        print(parts.num_rows)
        """, files: ["dialogs.csv": Self.dialogsCSV])
        XCTAssertEqual(output, """
        DatasetDict({
            train: Dataset({
                features: ['id', 'dialogue', 'summary'],
                num_rows: 6
            })
        })
        Dataset({
            features: ['id', 'dialogue', 'summary'],
            num_rows: 6
        })
        6 6 (6, 3) ['id', 'dialogue', 'summary']
        {'id': 'train_0', 'dialogue': "#Person1#: Hi, Mr. Smith. I'm Doctor Hawkins.", 'summary': 'Mr. Smith is getting a check-up.'}
        train_5 ['train_1', 'train_2'] ['Malik invites Nikki to dance.', '#Person2# thanks #Person1#.']
        ['train_0', 'train_1']
        ['train_1', 'train_3', 'train_5']
        Dataset({
            features: ['id', 'dialogue', 'input_ids', 'query'],
            num_rows: 3
        })
        {'id': 'train_1', 'dialogue': '#Person1#: Hello Mrs. Parker.', 'input_ids': [10, 5, 4, 7], 'query': '#Person1#: H'}
        [45, 29, 48, 34, 53, 26]
        ['train_0', 'train_2', 'train_4']
        DatasetDict({
            train: Dataset({
                features: ['id', 'dialogue', 'input_ids', 'query'],
                num_rows: 1
            })
            test: Dataset({
                features: ['id', 'dialogue', 'input_ids', 'query'],
                num_rows: 2
            })
        })
        ['train_1'] ['train_5', 'train_3']
        {'train': 1, 'test': 2}

        """)
    }

    func testRowOperationsMatchDatasets() throws {
        let output = try runDataLab("""
        from datasets import load_dataset
        ds = load_dataset("csv", data_files={"train": FOLDER + "/dialogs.csv"})
        train = ds["train"]
        print(train.shuffle(seed=7)["id"])
        print(train.select([5, 0, 2])["id"], train.select(range(2))["id"])
        print(train.sort("summary")["id"])
        print(train.rename_column("summary", "label").column_names)
        print(train.remove_columns(["dialogue", "summary"]).to_dict())
        print(train.select(range(2)).remove_columns("dialogue").to_list())
        print([row["id"] for row in train.select([1, 3])])
        doubled = ds.map(lambda example: {"id": example["id"] + "!"})
        print(doubled["train"]["id"][:2], ds.filter(lambda example: example["id"] > "train_3").num_rows)
        try:
            ds["validation"]
        except KeyError as error:
            print("KeyError", error)
        try:
            train["speaker"]
        except KeyError as error:
            print("KeyError", error)
        try:
            train[6]
        except IndexError as error:
            print("IndexError", error)
        """, files: ["dialogs.csv": Self.dialogsCSV])
        XCTAssertEqual(output, """
        ['train_5', 'train_2', 'train_0', 'train_4', 'train_1', 'train_3']
        ['train_5', 'train_0', 'train_2'] ['train_0', 'train_1']
        ['train_3', 'train_2', 'train_5', 'train_4', 'train_0', 'train_1']
        ['id', 'dialogue', 'label']
        {'id': ['train_0', 'train_1', 'train_2', 'train_3', 'train_4', 'train_5']}
        [{'id': 'train_0', 'summary': 'Mr. Smith is getting a check-up.'}, {'id': 'train_1', 'summary': 'Mrs. Parker takes Ricky for his vaccines.'}]
        ['train_1', 'train_3']
        ['train_0!', 'train_1!'] {'train': 2}
        KeyError 'validation'
        KeyError "Column speaker not in the dataset. Current columns in the dataset: ['id', 'dialogue', 'summary']"
        IndexError Invalid key: 6 is out of bounds for size 6

        """)
    }

    func testJSONFeaturesPrintLikeDatasets() throws {
        let output = try runDataLab("""
        from datasets import load_dataset
        ds = load_dataset("json", data_files=FOLDER + "/rows.jsonl", split="train")
        print(ds.features)
        print(ds.map(lambda e: {'lengths': [len(e['id'])], 'score': e['x'] * 2}).features)
        print(ds)
        """, files: ["rows.jsonl": """
        {"id": "a", "n": 1, "x": 0.5, "ok": true, "tags": [1, 2]}
        {"id": "b", "n": 2, "x": 1.5, "ok": false, "tags": [3]}

        """])
        XCTAssertEqual(output, """
        {'id': Value(dtype='string', id=None), 'n': Value(dtype='int64', id=None), 'x': Value(dtype='float64', id=None), 'ok': Value(dtype='bool', id=None), 'tags': Sequence(feature=Value(dtype='int64', id=None), length=-1, id=None)}
        {'id': Value(dtype='string', id=None), 'n': Value(dtype='int64', id=None), 'x': Value(dtype='float64', id=None), 'ok': Value(dtype='bool', id=None), 'tags': Sequence(feature=Value(dtype='int64', id=None), length=-1, id=None), 'lengths': Sequence(feature=Value(dtype='int64', id=None), length=-1, id=None), 'score': Value(dtype='float64', id=None)}
        Dataset({
            features: ['id', 'n', 'x', 'ok', 'tags'],
            num_rows: 2
        })

        """)
    }
}

/// `set_format(type="torch")`, the bridge-wide install, callback errors and progress lines.
final class DatasetsFormatTests: XCTestCase {
    func testTorchFormatGivesTensorsLikeDatasets() throws {
        let output = try runDataLab("""
        from datasets import load_dataset
        ds = load_dataset("json", data_files=FOLDER + "/rows.jsonl", split="train")
        ds.set_format(type="torch", columns=["n", "tags"])
        print(ds[0])
        print(ds["n"], ds["tags"])
        print(ds[:2]["tags"])
        print(ds.format["type"], ds.format["columns"])
        ds.set_format(type="torch", columns=["n"], output_all_columns=True)
        print(ds[1])
        ds.reset_format()
        print(ds[1])
        """, files: ["rows.jsonl": """
        {"id": "a", "n": 1, "tags": [1, 2]}
        {"id": "b", "n": 2, "tags": [3, 4]}
        {"id": "c", "n": 3, "tags": [5]}

        """])
        XCTAssertEqual(output, """
        {'n': tensor(1), 'tags': tensor([1, 2])}
        tensor([1, 2, 3]) [tensor([1, 2]), tensor([3, 4]), tensor([5])]
        tensor([[1, 2],
                [3, 4]])
        torch ['n', 'tags']
        {'n': tensor(2), 'id': 'b', 'tags': [3, 4]}
        {'id': 'b', 'n': 2, 'tags': [3, 4]}

        """)
    }
}

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
        DataBridge.install(into: interpreter, seed: 0)
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
