"""Programs over the topology: the helper API, the sandbox entry point, validation and diffs."""
