import LabScript
import LabRL

/// `PPOTrainer.dataloader`: shuffled full batches of dataset rows (drop_last), each handed as a
/// list of rows to the data collator (a script function) or, without one, returned as that list.
final class DataLoaderObject: NativeObject {
    let dataset: Value
    let collator: Value
    var sampler: ShuffledBatchSampler

    init(dataset: Value, collator: Value, sampler: ShuffledBatchSampler) {
        self.dataset = dataset
        self.collator = collator
        self.sampler = sampler
    }

    var pyClass: PyType { DataLoaderObject.cls.type }

    static let cls = NativeClass("DataLoader", module: "torch.utils.data.dataloader")

    func length(_ interpreter: Interpreter) throws -> Int? { sampler.batchesPerPass }

    func makeIterator(_ interpreter: Interpreter) throws -> (() throws -> Value?)? {
        var batches = sampler.nextPass()[...]
        return { [dataset, collator] in
            guard let indices = batches.popFirst() else { return nil }
            let rows = Value.list(PyList(try indices.map { try interpreter.getItem(dataset, .int($0)) }))
            return collator.isNone ? rows : try interpreter.call(collator, [rows])
        }
    }
}
