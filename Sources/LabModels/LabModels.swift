// LabModels: see docs/ARCHITECTURE.md.
