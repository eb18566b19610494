import XCTest

/// `set_format(type="torch")`: formatted rows and columns come back as torch tensors.
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
        Column([tensor(1), tensor(2), tensor(3)]) Column([tensor([1, 2]), tensor([3, 4]), tensor([5])])
        tensor([[1, 2],
                [3, 4]])
        torch ['n', 'tags']
        {'n': tensor(2), 'id': 'b', 'tags': [3, 4]}
        {'id': 'b', 'n': 2, 'tags': [3, 4]}

        """)
    }
}

final class DatasetsTensorStorageTests: XCTestCase {
    /// datasets stores tensors a function returns as Arrow lists, so rows read back as lists.
    func testTensorsFromMapAreStoredAsLists() throws {
        let output = try runDataLab("""
        import torch
        from datasets import load_dataset
        ds = load_dataset("json", data_files=FOLDER + "/rows.jsonl", split="train")
        ds = ds.map(lambda x: {"t": torch.tensor([x["n"], 2 * x["n"]]), "s": torch.tensor(x["n"])})
        print(ds[1], ds.features["t"])
        """, files: ["rows.jsonl": #"{"n": 1}"# + "\n" + #"{"n": 2}"# + "\n"])
        XCTAssertEqual(output, "{'n': 2, 't': [2, 4], 's': 2} List(Value('int64'))\n")
    }
}

final class DatasetsMappingResultTests: XCTestCase {
    /// A function may return a mapping other than a dict (transformers' `BatchEncoding` is one).
    /// datasets asks for a `collections.abc.Mapping`; here any object with `keys()` and `[]`
    /// counts, since labs cannot subclass the Mapping ABC in this interpreter.
    func testMapAcceptsMappingObjects() throws {
        let output = try runDataLab("""
        from datasets import Dataset
        class Encoding:
            def __init__(self, data):
                self.data = data
            def keys(self):
                return self.data.keys()
            def __getitem__(self, key):
                return self.data[key]
        ds = Dataset.from_dict({"text": ["ab", "cde"]})
        print(ds.map(lambda x: Encoding({"n": len(x["text"])}))[1])
        print(ds.map(lambda b: Encoding({"n": [len(t) for t in b["text"]]}), batched=True)["n"])
        print(ds.select(iter([1, 0]))["text"])
        """)
        XCTAssertEqual(output, "{'text': 'cde', 'n': 3}\nColumn([2, 3])\nColumn(['cde', 'ab'])\n")
    }
}

final class DatasetsCallbackFormatTests: XCTestCase {
    /// map and filter functions see every column, formatted by the format's type.
    func testCallbacksGetFormattedInputs() throws {
        let output = try runDataLab("""
        from datasets import Dataset
        ds = Dataset.from_dict({'a': [[1, 2], [3]], 'b': ['x', 'y'], 'c': [1, 2]})
        ds.set_format('torch', columns=['a'])
        ds.map(lambda x: print(x) or None)
        ds.map(lambda x: print(x) or None, batched=True)
        ds.filter(lambda x: print(x) or True)
        """)
        XCTAssertEqual(output, """
        {'a': tensor([1, 2]), 'b': 'x', 'c': tensor(1)}
        {'a': tensor([3]), 'b': 'y', 'c': tensor(2)}
        {'a': [tensor([1, 2]), tensor([3])], 'b': ['x', 'y'], 'c': tensor([1, 2])}
        {'a': tensor([1, 2]), 'b': 'x', 'c': tensor(1)}
        {'a': tensor([3]), 'b': 'y', 'c': tensor(2)}

        """)
    }
}
