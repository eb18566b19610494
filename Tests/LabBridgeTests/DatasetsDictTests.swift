import XCTest

/// DatasetDict operations on every split, split assignment, and features lookups.
final class DatasetsDictTests: XCTestCase {
    func testDatasetDictOperationsMatchDatasets() throws {
        let output = try runDataLab("""
        from datasets import load_dataset
        dd = load_dataset("json", data_files={"train": FOLDER + "/train.jsonl", "test": [FOLDER + "/test.jsonl"]})
        print(dd.column_names, dd.shape, dd.num_rows, len(dd), list(dd), list(dd.keys()))
        print(dd["train"].features["tags"], dd["train"].features["id"])
        short = dd.filter(lambda batch: [n > 1 for n in batch["n"]], batched=True)
        print(short)
        renamed = short.rename_column("n", "count").remove_columns(["tags"])
        print(renamed["train"][:], renamed["test"].to_list())
        dd["train"].set_format("torch", columns=["n"])
        print(dd["train"][0], dd["test"][0])
        dd["extra"] = dd["test"]
        print(list(dd))
        sorted_dd = dd.sort("n", reverse=True)
        print(sorted_dd["train"]["n"], list(sorted_dd["train"].with_format(None)["id"]))
        try:
            print(sorted_dd["train"]["id"])
        except KeyError as e:
            print("KeyError", e)
        for row in dd["test"]:
            print(row)
        """, files: ["train.jsonl": """
        {"id": "a", "n": 1, "tags": [1, 2]}
        {"id": "b", "n": 2, "tags": [3, 4]}
        {"id": "c", "n": 3, "tags": [5]}

        """, "test.jsonl": "{\"id\": \"d\", \"n\": 4, \"tags\": []}\n"])
        XCTAssertEqual(output, """
        {'train': ['id', 'n', 'tags'], 'test': ['id', 'n', 'tags']} {'train': (3, 3), 'test': (1, 3)} {'train': 3, 'test': 1} 2 ['train', 'test'] ['train', 'test']
        List(Value('int64')) Value('string')
        DatasetDict({
            train: Dataset({
                features: ['id', 'n', 'tags'],
                num_rows: 2
            })
            test: Dataset({
                features: ['id', 'n', 'tags'],
                num_rows: 1
            })
        })
        {'id': ['b', 'c'], 'count': [2, 3]} [{'id': 'd', 'count': 4}]
        {'n': tensor(1)} {'id': 'd', 'n': 4, 'tags': []}
        ['train', 'test', 'extra']
        Column([tensor(3), tensor(2), tensor(1)]) ['c', 'b', 'a']
        KeyError 'id'
        {'id': 'd', 'n': 4, 'tags': []}

        """)
    }
}

final class DatasetsConstructorTests: XCTestCase {
    func testFromDictAndFromListMatchDatasets() throws {
        let output = try runDataLab("""
        from datasets import Dataset
        ds = Dataset.from_dict({'a': [1, 2], 'b': ['x', 'y']})
        print(ds, ds[1])
        print(Dataset.from_list([{'a': 1.5}, {'a': None}]).features)
        """)
        XCTAssertEqual(output, """
        Dataset({
            features: ['a', 'b'],
            num_rows: 2
        }) {'a': 2, 'b': 'y'}
        {'a': Value('float64')}

        """)
        XCTAssertEqual(dataLabError("from datasets import Dataset\nDataset.from_dict({'a': [1, 2], 'b': ['x']})"),
                       "ValueError: Column lengths mismatch: a=2, b=1")
    }
}

final class DatasetsDictShuffleTests: XCTestCase {
    func testShuffleTakesOneSeedOrOnePerSplit() throws {
        let output = try runDataLab("""
        from datasets import Dataset
        ds = Dataset.from_dict({"i": list(range(6))})
        dd = ds.train_test_split(test_size=2, shuffle=False)
        print(dd.shuffle(seed=3)["train"]["i"], dd.shuffle(seeds={"train": 5, "test": 1})["train"]["i"])
        print(ds.shuffle(seed=3)["i"][:4] == dd.shuffle(seed=3)["train"]["i"], dd.shuffle(seeds={"train": 1, "test": 1})["test"]["i"])
        """)
        XCTAssertEqual(output, "Column([3, 2, 1, 0]) Column([3, 1, 2, 0])\nFalse Column([4, 5])\n")
    }
}
