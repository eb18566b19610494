import Foundation
import XCTest

/// A lab's `save_to_disk` and `load_from_disk` through the built labrun, on folders datasets 5.0.1
/// wrote (Tests/LabDataTests/Fixtures/disk); the printed lines are what Python printed.
final class DatasetDiskLabTests: XCTestCase {
    func testALabLoadsDatasetsFoldersAndSavesItsOwn() throws {
        let disk = Labrun.root.appendingPathComponent("Tests/LabDataTests/Fixtures/disk").path
        let folder = try Labrun.temporaryDirectory(self).path
        let lab = try Labrun.lab("""
            # %%
            import os
            from datasets import load_from_disk, load_dataset, Dataset, DatasetDict
            dd = load_from_disk("\(disk)/python-dict")
            print(dd)
            print(dd["train"][0])
            print(dd["test"].features)
            ds = Dataset.from_dict({"a": [[1, 2], []], "b": ["x", None]})
            ds.save_to_disk("\(folder)/saved")
            back = Dataset.load_from_disk("\(folder)/saved")
            print(back.to_dict(), back.features)
            print(DatasetDict.load_from_disk("\(disk)/python-dict")["train"].num_rows)
            t = load_from_disk("\(disk)/python-torch-format")
            print(t.format["type"], t[0])
            try:
                Dataset.load_from_disk("\(disk)/python-dict")
            except FileNotFoundError as e:
                print("FileNotFoundError:", str(e).replace("\(disk)", "D"))
            for options in [{"features": ds.features}, {"writer_batch_size": 10}]:
                try:
                    ds.map(lambda r: r, **options)
                except NotImplementedError as e:
                    print("NotImplementedError:", e)
            print(ds.to_parquet("\(folder)/x.parquet") == os.path.getsize("\(folder)/x.parquet"))
            try:
                ds.to_parquet("\(folder)/y.parquet", compression="snappy")
            except NotImplementedError as e:
                print("NotImplementedError:", e)
            try:
                load_dataset("parquet", data_files="\(folder)/x.parquet")
            except NotImplementedError as e:
                print("NotImplementedError:", e)
            """, in: self)
        let result = try Labrun.run(["--quiet", lab])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            DatasetDict({
                train: Dataset({
                    features: ['text', 'n', 'x', 'b', 'ids', 'nested', 'words', 'empty'],
                    num_rows: 3
                })
                test: Dataset({
                    features: ['text', 'n', 'x', 'b', 'ids', 'nested', 'words', 'empty'],
                    num_rows: 1
                })
            })
            {'text': 'hi', 'n': 1, 'x': 0.5, 'b': True, 'ids': [1, 2], 'nested': [[1.0], [2.0, 3.5]], 'words': ['a'], 'empty': None}
            {'text': Value('string'), 'n': Value('int64'), 'x': Value('float64'), 'b': Value('bool'), 'ids': List(Value('int64')), 'nested': List(List(Value('float64'))), 'words': List(Value('string')), 'empty': Value('null')}
            {'a': [[1, 2], []], 'b': ['x', None]} {'a': List(Value('int64')), 'b': Value('string')}
            3
            torch {'token_ids': tensor([0, 5, 2]), 'label': tensor(1)}
            FileNotFoundError: No such files: 'D/python-dict/dataset_info.json', nor 'D/python-dict/state.json' found. Expected to load a `Dataset` object, but got a `DatasetDict`. Please use either `datasets.load_from_disk` or `DatasetDict.load_from_disk` instead.
            NotImplementedError: map(features=...) is not supported by labrun
            NotImplementedError: map(writer_batch_size=...) is not supported by labrun (it writes batches of 1000 rows)
            True
            NotImplementedError: to_parquet: labrun writes uncompressed PLAIN Parquet and takes no writer options or storage_options
            NotImplementedError: load_dataset("parquet"): labrun writes Parquet (to_parquet) but does not read it; use save_to_disk/load_from_disk or JSON Lines

            """)
    }

    /// Labs/dataset-types.cells prints what the real datasets 5.0.1 printed for it
    /// (Labs/dataset-types.stdout, by scripts/fixtures/data/make_type_fixtures.py): folders of every
    /// Arrow width and a tokenized folder datasets wrote, their round trip, and the types `map` gives.
    func testColumnTypesPrintAsDatasetsPrintsThem() throws {
        let folder = try Labrun.temporaryDirectory(self).path
        let result = try Labrun.run(["--quiet", "-p", "OUT='\(folder)'", "Tests/labrunTests/Labs/dataset-types.cells"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = try String(contentsOf: Labrun.root.appendingPathComponent("Tests/labrunTests/Labs/dataset-types.stdout"), encoding: .utf8)
        XCTAssertEqual(result.stdout, expected)
    }
}
