import LabTensor

extension Module {
    /// Puts `replacement(p)` wherever the tree holds a parameter `p` it maps (every slot, so tied
    /// weights stay tied): how a model rebuilt from a saved form takes the saved parameters, which
    /// other models and tensors of the session share.
    public func replaceParameters(_ replacement: (Parameter) -> Parameter?) {
        for (_, module) in namedModules() {
            for slot in module.parameterSlots {
                if let new = replacement(slot.parameter), new !== slot.parameter { module.registerParameter(slot.name, new) }
            }
        }
    }
}
