// LabTokenizers: see docs/ARCHITECTURE.md.
