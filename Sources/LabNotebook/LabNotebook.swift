// LabNotebook: see docs/ARCHITECTURE.md.
