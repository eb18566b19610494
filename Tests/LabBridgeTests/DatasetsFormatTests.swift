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
        tensor([1, 2, 3]) [tensor([1, 2]), tensor([3, 4]), tensor([5])]
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
        XCTAssertEqual(output, "{'n': 2, 't': [2, 4], 's': 2} Sequence(feature=Value(dtype='int64', id=None), length=-1, id=None)\n")
    }
}
