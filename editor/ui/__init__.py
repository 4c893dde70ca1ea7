"""Qt widgets that present and edit the core's objects."""
