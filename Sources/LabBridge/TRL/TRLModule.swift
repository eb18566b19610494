import LabScript

/// The `trl` module: PPO configuration and trainer, the value-head model, `create_reference_model`,
/// and `trl.core.LengthSampler`.
enum TRLModule {
    /// The module; `random` is the torch stream generation samples from (reseeded by `PPOTrainer`).
    static func make(random: RandomStream) -> NativeModule {
        let numpy = NumPyGlobalState()
        let lengthSampler = LengthSamplerObject.makeClass(global: numpy)
        let trainer = NativeClass("PPOTrainer", module: "trl",
            constructor: Function("PPOTrainer", params: ["config=None", "model=None", "ref_model=None", "tokenizer=None", "dataset=None",
                                                         "optimizer=None", "data_collator=None", "num_shared_layers=None", "lr_scheduler=None"]) { a in
                try PPOTrainerObject.make(a, numpy: numpy)
            })
        return NativeModule("trl", functions: [ValueHeadModels.createReferenceModel],
                            classes: [PPOConfigObject.cls, trainer, ValueHeadModels.autoClass(random: random)],
                            submodules: [NativeModule("trl.core", classes: [lengthSampler])])
    }
}
