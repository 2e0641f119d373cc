"""chronocheck's spaCy pipeline components, one per module."""
