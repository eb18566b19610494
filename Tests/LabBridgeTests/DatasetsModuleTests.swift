import Foundation
import LabBridge
import LabScript
import XCTest

/// Runs lab code with the bridge installed (numpy's global state seeded with `numpySeed`) and
/// returns what it printed.
/// `files` are written to a fresh folder whose path the script sees as `FOLDER`.
func runDataLab(_ source: String, files: [String: String] = [:], numpySeed: UInt32 = 42) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("labbridge-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    var output = ""
    let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
    LabBridge.install(into: interpreter, seed: UInt64(numpySeed))
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

/// Expected outputs (here and in the other Datasets*Tests) come from
/// scripts/fixtures/datasets_bridge.py, run with datasets 3.1.
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
        Column(['train_1', 'train_3', 'train_5'])
        Dataset({
            features: ['id', 'dialogue', 'input_ids', 'query'],
            num_rows: 3
        })
        {'id': 'train_1', 'dialogue': '#Person1#: Hello Mrs. Parker.', 'input_ids': [10, 5, 4, 7], 'query': '#Person1#: H'}
        Column([45, 29, 48, 34, 53, ...])
        Column(['train_0', 'train_2', 'train_4'])
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
        Column(['train_1']) Column(['train_5', 'train_3'])
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
        except ValueError as error:
            print("ValueError", error)
        try:
            train[6]
        except IndexError as error:
            print("IndexError", error)
        """, files: ["dialogs.csv": Self.dialogsCSV])
        XCTAssertEqual(output, """
        Column(['train_5', 'train_2', 'train_0', 'train_4', 'train_1', ...])
        Column(['train_5', 'train_0', 'train_2']) Column(['train_0', 'train_1'])
        Column(['train_3', 'train_2', 'train_5', 'train_4', 'train_0', ...])
        ['id', 'dialogue', 'label']
        {'id': ['train_0', 'train_1', 'train_2', 'train_3', 'train_4', 'train_5']}
        [{'id': 'train_0', 'summary': 'Mr. Smith is getting a check-up.'}, {'id': 'train_1', 'summary': 'Mrs. Parker takes Ricky for his vaccines.'}]
        ['train_1', 'train_3']
        ['train_0!', 'train_1!'] {'train': 2}
        KeyError 'validation'
        ValueError Column 'speaker' doesn't exist.
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
        {'id': Value('string'), 'n': Value('int64'), 'x': Value('float64'), 'ok': Value('bool'), 'tags': List(Value('int64'))}
        {'id': Value('string'), 'n': Value('int64'), 'x': Value('float64'), 'ok': Value('bool'), 'tags': List(Value('int64')), 'lengths': List(Value('int64')), 'score': Value('float64')}
        Dataset({
            features: ['id', 'n', 'x', 'ok', 'tags'],
            num_rows: 2
        })

        """)
    }
}
