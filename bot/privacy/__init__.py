"""Personal data: masking, encryption at rest, retention and data-subject requests."""
