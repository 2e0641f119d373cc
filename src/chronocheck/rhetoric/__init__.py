"""The rhetoric stage: how an article argues, read from its plain text."""
