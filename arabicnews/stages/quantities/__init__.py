"""The ``quantities`` stage: numbers with their values, bounds, units and kinds."""
