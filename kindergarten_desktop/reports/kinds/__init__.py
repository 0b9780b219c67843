"""Report kinds: every module here defines ``KINDS`` (see reports.registry for how to add one)."""
