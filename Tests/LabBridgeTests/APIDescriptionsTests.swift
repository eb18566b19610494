import XCTest
import LabScript
@testable import LabBridge

/// Every public module, class, function and method the bridge offers has a description for
/// `help()`; the table cannot fall behind as the bridge grows.
final class APIDescriptionsTests: XCTestCase {
    /// The names without a description, after importing every module the bridge adds and making
    /// the objects labs reach only through values (tokenizers, models, datasets, trainers).
    func testEveryPublicNameIsDescribed() throws {
        let interpreter = Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in }))
        let plain = Set(Interpreter(configuration: .init(stdout: { _ in }, stderr: { _ in })).availableModules)
        LabBridge.install(into: interpreter)
        _ = try interpreter.execute(Self.reachEveryClass, filename: "<test>")
        let bridgeRoots = Set(interpreter.availableModules.filter { !plain.contains($0) }.map(Self.root))
        var missing = Set<String>()
        var seen = Set<ObjectIdentifier>()
        func check(_ value: Value, as name: String) {
            let key = interpreter.qualifiedName(of: value) ?? name
            // Names a bridge module imported from the standard modules are not the bridge's.
            guard bridgeRoots.contains(Self.root(key)) else { return }
            if interpreter.documentation(of: value).isEmpty { missing.insert(key) }
        }
        func walk(_ type: PyType, as name: String) {
            guard seen.insert(ObjectIdentifier(type)).inserted else { return }
            check(.type(type), as: name)
            for (member, value) in type.dict where Self.isPublic(member) {
                switch value {
                case .function, .builtin, .object(is PyDescriptor): check(value, as: name + "." + member)
                default: continue
                }
            }
        }
        for module in interpreter.availableModules where !plain.contains(module) {
            guard case .object(let m as PyModule) = try interpreter.importModule(named: module) else { continue }
            check(.object(m), as: module)
            for (member, value) in m.dict where Self.isPublic(member) {
                switch value {
                case .type(let t) where bridgeRoots.contains(Self.root(t.module)): walk(t, as: module + "." + member)
                case .function, .builtin: check(value, as: module + "." + member)
                default: continue
                }
            }
        }
        for type in NativeClass.all where bridgeRoots.contains(Self.root(type.module)) {
            walk(type, as: type.module + "." + type.name)
        }
        for name in missing.sorted() { print("undescribed: \(name)") }
        XCTAssertEqual(missing.sorted(), [], "names without a description in APIDescriptions.swift (\(missing.count))")
    }

    /// `__doc__` of a native function, a method, a native instance and a lab-language method is
    /// the table's description.
    func testDocAttributeIsTheDescription() throws {
        var output = ""
        let interpreter = Interpreter(configuration: .init(stdout: { output += $0 }, stderr: { _ in }))
        LabBridge.install(into: interpreter)
        _ = try interpreter.execute("""
            import torch
            print(torch.tensor.__doc__)
            print(torch.tensor([1.0]).sum.__doc__)
            print(torch.tensor([1.0]).__doc__)
            print(torch.nn.Module.parameters.__doc__)
            def mine(): pass
            print(mine.__doc__)
            """, filename: "<test>")
        let table = APIDescriptions.table
        XCTAssertEqual(output, [table["torch.tensor"], table["torch.Tensor.sum"], table["torch.Tensor"],
                                table["torch.nn.modules.module.Module.parameters"], "None"].map { ($0 ?? "<missing>") + "\n" }.joined())
    }

    private static func isPublic(_ name: String) -> Bool { !name.hasPrefix("_") }

    /// The top-level package of a dotted name.
    private static func root(_ name: String) -> String { String(name.prefix { $0 != "." }) }

    /// Makes the classes that no module exports (loaded tokenizers and models, their outputs,
    /// datasets, adapters, pipelines, metrics); a native class exists once a value asks its type.
    static let reachEveryClass = """
        import torch, numpy as np, pandas as pd
        import torch.nn as nn
        import evaluate
        from transformers import AutoTokenizer, AutoModelForSeq2SeqLM, AutoModelForSequenceClassification, GenerationConfig, pipeline
        from datasets import load_dataset
        from peft import LoraConfig, get_peft_model, TaskType
        from trl import AutoModelForSeq2SeqLMWithValueHead
        t = torch.tensor([1.0, 2.0], requires_grad=True)
        y = (t * 2).sum()
        n = y.grad_fn
        s = t.shape
        a = np.array([1.5, 2.0])
        f = a.sum()
        d = a.dtype
        df = pd.DataFrame({"a": [1, 2]})
        grouped, column, rows, labels = df.groupby("a"), df.groupby("a")["a"], df.iloc, df.loc
        col = df["a"]
        opt = torch.optim.AdamW([t], lr=0.1)
        tok = AutoTokenizer.from_pretrained("labrun/flan-t5-tiny")
        enc = tok("hello there", return_tensors="pt")
        model = AutoModelForSeq2SeqLM.from_pretrained("labrun/flan-t5-tiny")
        out = model(**enc, labels=enc["input_ids"])
        gc = GenerationConfig(max_new_tokens=5)
        ds = load_dataset("labrun/dialogsum-mini")
        train = ds["train"]
        feat = train.features
        lora = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q", "v"], lora_dropout=0.0, bias="none", task_type=TaskType.SEQ_2_SEQ_LM))
        vh = AutoModelForSeq2SeqLMWithValueHead.from_pretrained("labrun/flan-t5-tiny")
        clf = pipeline("sentiment-analysis", model="labrun/roberta-hate-tiny")
        rouge = evaluate.load("rouge")
        from trl import PPOConfig, PPOTrainer, create_reference_model
        from trl.core import LengthSampler
        from transformers import TrainingArguments, Trainer
        import evaluate
        toxicity = evaluate.load("toxicity", "labrun/roberta-hate-tiny", module_type="measurement")
        ref = create_reference_model(vh)
        sampler = LengthSampler(2, 4)
        ppo = PPOTrainer(config=PPOConfig(model_name="labrun/flan-t5-tiny", batch_size=2, mini_batch_size=1), model=vh, ref_model=ref, tokenizer=tok, dataset=train.select([0, 1]), data_collator=lambda data: dict((k, [d[k] for d in data]) for k in data[0]))
        args = TrainingArguments(output_dir="unused-output", max_steps=1)
        trainer = Trainer(model=model, args=args, train_dataset=train.select([0, 1]))
        scheduler = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0)
        classifier = AutoModelForSequenceClassification.from_pretrained("labrun/roberta-hate-tiny")
        loader = ppo.dataloader
        state = trainer.state
        value_head = vh.v_head
        classes = [type(value) for value in list(globals().values())]
        """
}
