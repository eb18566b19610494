extension OneCycleSchedule {
    /// A schedule over given phases (a restored state dict's `_schedule_phases`).
    public init(totalSteps: Int, phases: [Phase], anneal: Anneal, cycleMomentum: Bool, groups: [Group]) {
        (self.totalSteps, self.phases, self.anneal, self.cycleMomentum, self.groups) = (totalSteps, phases, anneal, cycleMomentum, groups)
    }
}
