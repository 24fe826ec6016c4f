"""Reading: config.yaml, seeds and notes into plain records (`Source`, `Note`)."""
