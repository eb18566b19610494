import LabScript

/// The `trl` module: PPO configuration and trainer, the value-head model, `create_reference_model`,
/// and `trl.core.LengthSampler`.
enum TRLModule {
    /// The module; `random` holds the streams trl draws from: torch's for generation, numpy's for
    /// `LengthSampler` and the minibatch order (both reseeded by a new `PPOTrainer`).
    static func make(random: SessionRandom) -> NativeModule {
        let lengthSampler = LengthSamplerObject.makeClass(random: random)
        let trainer = NativeClass("PPOTrainer", module: "trl",
            constructor: Function("PPOTrainer", params: ["config=None", "model=None", "ref_model=None", "tokenizer=None", "dataset=None",
                                                         "optimizer=None", "data_collator=None", "num_shared_layers=None", "lr_scheduler=None"]) { a in
                try PPOTrainerObject.make(a)
            })
        return NativeModule("trl", functions: [ValueHeadModels.createReferenceModel],
                            classes: [PPOConfigObject.cls, trainer, ValueHeadModels.autoClass(random: random)],
                            submodules: [NativeModule("trl.core", classes: [lengthSampler])])
    }
}
