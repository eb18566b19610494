// LabBridge: see docs/ARCHITECTURE.md.
