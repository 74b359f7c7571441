"""The sections of an assessment's workspace, in the order of the method's six steps."""
