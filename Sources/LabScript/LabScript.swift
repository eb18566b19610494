// LabScript: see docs/ARCHITECTURE.md.
