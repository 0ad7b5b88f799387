"""Customer-facing and data exports: bundles, PDF, ICS, XLSX, CSV. No Qt."""
